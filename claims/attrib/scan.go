package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// scanner holds a text and its tokens; the parsers walk token indexes.
type scanner struct {
	text string
	toks []token.Token
}

func newScanner(text string) *scanner {
	return &scanner{text: text, toks: token.Scan(text, make([]token.Token, 0, len(text)/5+1))}
}

func (s *scanner) n() int { return len(s.toks) }

// tok returns the text of token i, "" when i is out of range.
func (s *scanner) tok(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Text(s.text)
}

func (s *scanner) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == token.Word
}

// fold returns token i folded ("Minister’s" → "minister's").
func (s *scanner) fold(i int) string { return Fold(s.tok(i)) }

// isCap reports whether token i is a word starting with an upper-case letter.
func (s *scanner) isCap(i int) bool {
	if !s.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.tok(i))
	return unicode.IsUpper(r)
}

// isAllCaps reports whether token i is an upper-case word of two or more
// letters: an acronym ("VNA", "JETRO"), not a name.
func (s *scanner) isAllCaps(i int) bool {
	w := s.tok(i)
	if !s.isWord(i) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// is reports whether token i is the symbol or word sym.
func (s *scanner) is(i int, sym string) bool { return s.tok(i) == sym }

// joined reports whether tokens i-1 and i touch, with no space between.
func (s *scanner) joined(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i-1].End == s.toks[i].Start
}

// gap returns the text between tokens i-1 and i.
func (s *scanner) gap(i int) string {
	if i <= 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i-1].End:s.toks[i].Start]
}

// lineBreak reports whether a blank line or a newline separates tokens i-1 and i.
func (s *scanner) lineBreak(i int) bool { return strings.Contains(s.gap(i), "\n") }

// span returns the text from the start of token i to the end of token j-1.
func (s *scanner) span(i, j int) string {
	if i >= j || i < 0 || j > len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[j-1].End]
}

// honorific returns how many tokens an honorific at i takes ("Mr" and ".").
func (s *scanner) honorific(i int) int {
	switch s.tok(i) {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Mme", "Mx":
		if s.is(i+1, ".") && s.joined(i+1) {
			return 2
		}
		return 1
	case "Madam", "Madame", "Sir", "Miss", "Mister", "Professor", "Doctor":
		return 1
	}
	return 0
}

// isOrgHead reports whether the folded word ends the name of an organisation,
// place or portfolio, so that what follows a title's "of" complement is the name.
func isOrgHead(w string) bool {
	switch w {
	case "committee", "prefecture", "province", "city", "ministry", "affairs", "party",
		"assembly", "council", "department", "agency", "bank", "group", "corporation",
		"company", "organization", "organisation", "association", "alliance", "union",
		"office", "commission", "board", "authority", "university", "institute", "fund",
		"forum", "centre", "center", "government", "state", "republic", "federation",
		"trade", "security", "defence", "defense", "finance", "justice", "health",
		"education", "development", "investment", "planning", "agriculture", "environment",
		"resources", "transport", "construction", "culture", "sports", "tourism", "labour",
		"labor", "invalids", "science", "technology", "information", "communications",
		"interior", "industry", "economy", "district", "county", "town", "village",
		"court", "police", "army", "navy", "forces", "front", "chamber", "commerce",
		"inc", "ltd", "co", "holdings", "airlines", "station", "port", "school", "club",
		"embassy", "consulate", "secretariat", "politburo", "cabinet", "parliament", "senate",
		"congress", "region", "area", "zone":
		return true
	}
	return countryName(w) != ""
}

// notName reports whether the folded capitalised word cannot be part of a
// person's name: function words at a sentence start, months, weekdays, and
// words that begin a title.
func notName(w string) bool {
	switch w {
	case "the", "a", "an", "in", "on", "at", "for", "and", "but", "of", "with", "from", "by",
		"as", "this", "that", "these", "those", "his", "her", "their", "its", "it", "he", "she",
		"they", "we", "i", "you", "our", "after", "before", "during", "while", "when", "if",
		"january", "february", "march", "april", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "photo", "source", "vna", "former", "said", "says",
		"mr", "mrs", "ms", "dr":
		return true
	}
	return isRankWord(w) || isCoreWord(w) || isOrgHead(w) || countryOfAdjective(w) != ""
}
