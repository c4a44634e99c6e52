package rank

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// npStops end a category noun phrase: function words, verbs and adverbs that
// never sit inside "trading and tourism partner".
var npStops = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true,
	"in": true, "of": true, "to": true, "for": true, "with": true, "by": true, "from": true,
	"at": true, "on": true, "as": true, "than": true, "among": true, "after": true,
	"before": true, "since": true, "about": true, "into": true, "over": true, "under": true,
	"between": true, "across": true, "through": true, "per": true, "behind": true,
	"and": true, "or": true, "but": true, "nor": true, "while": true, "when": true,
	"where": true, "which": true, "who": true, "whom": true, "whose": true, "because": true,
	"if": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"do": true, "does": true, "did": true, "remains": true, "ranks": true, "ranked": true,
	"ranking": true, "became": true, "said": true, "says": true, "only": true, "ever": true,
	"also": true, "still": true, "now": true, "last": true, "next": true, "so": true,
	"far": true, "year": true, "years": true, "globally": true, "worldwide": true,
	"both": true, "all": true, "not": true, "just": true, "more": true, "most": true,
	"top": true, "largest": true, "biggest": true, "there": true, "here": true, "it": true,
	"they": true, "he": true, "she": true, "we": true, "up": true, "out": true, "down": true,
	"off": true, "like": true, "such": true, "including": true, "via": true, "toward": true,
	"towards": true, "within": true, "without": true, "against": true, "during": true,
}

// possessivePronouns own a ranking like a possessive noun: "its top provider".
var possessivePronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}

// npWord reports whether token j can sit in a category noun phrase; n is the
// number of words already taken.
func (s *scanner) npWord(j, hi, n int) bool {
	if j >= hi || s.toks[j].Kind != token.Word {
		return false
	}
	w := s.word(j)
	if npStops[w] || isPossessive(w) {
		return false
	}
	if _, ok := s.ordinalWord(j); ok {
		return false
	}
	if n > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")) {
		return false // "the largest investor contributed", "… partner currently"
	}
	return true
}

func (s *scanner) ordinalWord(j int) (int, bool) {
	v, _, ok := s.ordinalAt(j, len(s.toks))
	return v, ok
}

// conjunct reads one coordinated category: "tourism partner", "provider of ODA",
// "partner in labour cooperation". It returns the token after it and whether it
// has a prepositional tail.
func (s *scanner) conjunct(k, hi int) (from, to int, pp bool) {
	j, n := k, 0
	for n < 5 && s.npWord(j, hi, n) {
		plural := isPlural(s.word(j))
		j, n = j+1, n+1
		if plural {
			break // "the top leaders met": nouns rarely follow a plural inside the phrase
		}
		// "people-to-people", "high-tech": hyphenated compounds stay one word.
		for j+1 < hi && s.isDash(j) && s.adjacent(j-1) && s.adjacent(j) && s.toks[j+1].Kind == token.Word {
			j += 2
		}
	}
	if n == 0 {
		return k, k, false
	}
	w := s.word(j)
	if (w == "of" || w == "in") && j+1 < hi && s.categoryStart(j+1, hi) {
		m := j + 1
		c := 0
		for c < 4 && s.npWord(m, hi, c) {
			m, c = m+1, c+1
		}
		if c > 0 {
			return k, m, true
		}
	}
	return k, j, false
}

// categoryStart reports whether token j can start a category rather than a place:
// "in labour cooperation", "in ODA" yes; "in Japan", "in the world" no.
func (s *scanner) categoryStart(j, hi int) bool {
	if j >= hi || s.toks[j].Kind != token.Word || npStops[s.word(j)] {
		return false
	}
	r := s.raw(j)
	if !isUpper(r) {
		return true
	}
	return r == strings.ToUpper(r) && len(r) > 1 && !placeAcronyms[r] // acronyms: ODA, FDI; not ASEAN
}

// categories reads a coordinated category phrase at k and returns the normalised
// categories and the token after the phrase. afterIn marks "first in …", where a
// place ("in Asia") is a scope, not a category.
func (s *scanner) categories(k, hi int, afterIn bool) ([]string, int) {
	if afterIn && !s.categoryStart(k, hi) {
		return nil, k
	}
	type span struct {
		from, to int
		pp       bool
	}
	var parts []span
	j := k
	for len(parts) < 6 {
		from, to, pp := s.conjunct(j, hi)
		if to == from {
			break
		}
		parts = append(parts, span{from, to, pp})
		j = to
		c := j
		if s.isSym(c, ",") {
			c++
		}
		if s.word(c) == "and" || s.word(c) == "or" {
			c++
		} else if c == j || !s.categoryWordAt(c) {
			break
		}
		if !s.categoryStart(c, hi) {
			break
		}
		if f, t, _ := s.conjunct(c, hi); t == f {
			break
		}
		j = c
	}
	if len(parts) == 0 {
		return nil, k
	}
	last := parts[len(parts)-1]
	head := ""
	if !last.pp && last.to-last.from > 1 {
		head = s.raw(last.to - 1)
	}
	var cats []string
	for i, p := range parts {
		txt := s.text[s.toks[p.from].Start:s.toks[p.to-1].End]
		if i < len(parts)-1 && !p.pp && p.to-p.from == 1 && head != "" {
			txt += " " + head // "trading and tourism partner" = trading partner, tourism partner
		}
		c := NormCategory(txt)
		if c != "" && !slices.Contains(cats, c) { // a handful: no set needed
			cats = append(cats, c)
		}
	}
	return cats, last.to
}

// categoryWordAt reports whether a comma-joined word is itself a known category,
// so "first in ODA, investment and trade" continues but ", contributing 10%" does not.
func (s *scanner) categoryWordAt(j int) bool {
	_, ok := categoryLexicon[s.word(j)]
	return ok
}

// pluralHead reports whether the first category phrase at k has a plural head:
// "the largest factories" names a class, "the largest source of tourists" one winner.
func (s *scanner) pluralHead(k int) bool {
	_, to, _ := s.conjunct(k, len(s.toks))
	head := to - 1
	for j := k; j < to; j++ {
		if w := s.word(j); w == "of" || w == "in" {
			head = j - 1
			break
		}
	}
	return head >= k && isPlural(s.word(head))
}

// isPlural guesses a regular plural: "ports", "economies"; not "business", "status".
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics") &&
		!isPossessive(w)
}

// scope reads where a ranking holds, at token j: "in Asia and Oceania", "in the
// world", "among Baltic ports", "worldwide". It returns the scope as written and
// the token after it; ("", j) when there is none.
func (s *scanner) scope(j, hi int) (string, int) {
	w := s.word(j)
	switch w {
	case "worldwide", "globally", "nationwide", "regionally":
		return s.raw(j), j + 1
	case "in":
		k := j + 1
		if s.word(k) == "the" {
			k++
			n := 0
			for n < 3 && k < hi && s.toks[k].Kind == token.Word && !npStops[s.word(k)] {
				k, n = k+1, n+1
				for k+1 < hi && s.isDash(k) && s.adjacent(k-1) && s.toks[k+1].Kind == token.Word {
					k += 2
				}
			}
			if n == 0 || timeNouns[s.word(k-1)] {
				return "", j // "in the first quarter" is when, not where
			}
			return s.text[s.toks[j].Start:s.toks[k-1].End], k
		}
		end := s.properRun(k, hi)
		if end == k {
			return "", j
		}
		return s.text[s.toks[j].Start:s.toks[end-1].End], end
	case "among":
		k, n := j+1, 0
		if s.word(k) == "the" {
			k++
		}
		if k < hi && s.toks[k].Kind == token.Number {
			k++ // "among the 41 countries and territories"
		}
		generic := true
		for n < 5 && k < hi && s.toks[k].Kind == token.Word && !npStops[s.word(k)] {
			generic = generic && (populations[s.word(k)] || s.word(k) == "and")
			k, n = k+1, n+1
		}
		if n == 0 {
			return "", j
		}
		if generic {
			// "among the 41 countries and territories investing in …" names the
			// whole field, as a ranking without a scope does; "among Asian
			// investors" narrows it.
			return "", k
		}
		return s.text[s.toks[j].Start:s.toks[k-1].End], k
	}
	return "", j
}

// amongField splits the field after "among" at token j into the place that
// narrows it and the kind of thing ranked: "among ASEAN airport operators" is
// ("ASEAN", "airport operator"), "among Baltic ports" ("Baltic", "port"). A
// field without a place before its nouns gives no category.
func (s *scanner) amongField(j, hi int) (place, category string) {
	k := j + 1
	if s.word(k) == "the" {
		k++
	}
	end := s.properRun(k, hi)
	if end == k {
		return "", ""
	}
	m, n := end, 0
	for n < 4 && s.npWord(m, hi, n) && !isUpper(s.raw(m)) {
		m, n = m+1, n+1
	}
	if n == 0 || !isPlural(s.word(m-1)) {
		return "", ""
	}
	return s.text[s.toks[k].Start:s.toks[end-1].End], NormCategory(s.text[s.toks[end].Start:s.toks[m-1].End])
}

// placeAcronyms are the upper-case names of places and blocs, which scope a
// ranking ("in ASEAN") where other acronyms name a category ("in ODA", "in FDI").
var placeAcronyms = map[string]bool{
	"ASEAN": true, "EU": true, "UK": true, "US": true, "USA": true, "UAE": true, "APEC": true,
	"OECD": true, "GCC": true, "BRICS": true, "CIS": true, "MENA": true, "EMEA": true, "APAC": true,
	"EAEU": true, "RCEP": true, "CPTPP": true, "OPEC": true, "G7": true, "G20": true,
}

// populations are the plain nouns of a whole field of ranked things.
var populations = map[string]bool{"countries": true, "territories": true, "economies": true, "nations": true,
	"partners": true, "investors": true, "companies": true, "firms": true, "members": true, "provinces": true,
	// participles that only place the field: "countries present in Long Giang"
	"present": true, "active": true, "operating": true, "investing": true}

// properRun reads capitalised place words at k, joined by "and" or hyphens:
// "Asia and Oceania", "Southeast Asia", "Asia-Pacific".
func (s *scanner) properRun(k, hi int) int {
	end := k
	for k < hi && s.toks[k].Kind == token.Word && isUpper(s.raw(k)) {
		k++
		end = k
		if s.isDash(k) && k+1 < hi && isUpper(s.raw(k+1)) {
			k++
			continue
		}
		if s.word(k) == "and" && k+1 < hi && s.toks[k+1].Kind == token.Word && isUpper(s.raw(k+1)) {
			k++
		}
	}
	return end
}
