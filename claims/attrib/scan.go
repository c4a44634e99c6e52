package attrib

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims/token"
)

// scanner holds a text, its tokens, and what the parsers ask of every token
// again and again: the folded text and the letter-case flags, computed once.
type scanner struct {
	text  string
	toks  []token.Token
	flags []uint8 // per token: fWord, fCap, fAllCaps, fWide
	// lower is the text with ASCII upper-case letters lowered: the fold of
	// an ASCII token lies at the token's own offsets in it.
	lower string
	// wide holds the folds of the tokens whose fold is not their lowered
	// text (non-ASCII words and marks), in token order, so that fold finds
	// one by binary search; they are few in English news.
	wide     []wideFold
	wideText string
	// folded finds the fold in wideText of a token text folded before.
	folded map[string][2]int
	// marks holds where the text may hold a quote mark, for the pairing
	// of quote marks (see markPositions).
	marks []int
	// verbs holds the tokens flagged fVerb, in order: the only tokens
	// where an attribution can be anchored.
	verbs []int
	// buf holds toks, flags, marks and verbs, until release gives it back
	// for a later scanner to fill.
	buf *scanBuf
}

// wideFold is where the fold of non-ASCII token tok lies in scanner.wideText.
type wideFold struct{ tok, lo, hi int }

const (
	fWord    uint8 = 1 << iota // a word token
	fCap                       // a word starting with an upper-case letter
	fAllCaps                   // an upper-case word of two or more letters: an acronym
	fWide                      // a token whose fold is in scanner.wide
	// fVerb marks a word that can head an attribution: a speech verb or
	// "According"/"according". Only these tokens need the attribution
	// matchers, so the parsers walk scanner.verbs instead of every word.
	fVerb
	// fMention marks a token where a titled or honorific mention can start:
	// an honorific, or a token of a run of words and hyphens leading to an
	// office word (see scanner.scan). mention fails at every other token.
	fMention
)

// newScanner scans text into a pooled buffer: call release when done with
// the scanner, else the buffer is left to the garbage collector.
func newScanner(text string) *scanner {
	s := &scanner{text: text, lower: lowerASCII(text), buf: scanBufs.Get().(*scanBuf)}
	s.scan(s.buf)
	return s
}

// release gives the scanner's buffer back for reuse and empties the
// scanner: what it returned that is not a slice of toks, flags, marks or
// verbs stays valid (Person, Quote and Attribution hold no such slice).
func (s *scanner) release() {
	if s.buf != nil && cap(s.buf.toks) <= maxPooledTokens {
		scanBufs.Put(s.buf)
	}
	*s = scanner{}
}

// scanBuf holds the slices scan fills before it knows how many tokens,
// marks and verbs a text has. The scanner reads them in place, and its
// release passes them on to the next scanner: copying them out to exact
// size, as scanners once did, cost as much as the scan's loop, in
// allocation and garbage collection; sizing each text's slices from a
// guess allocates a sixth more than the tokens take, zeroed.
//
// It holds the scan's scratch for the folds of non-ASCII tokens too: s.wide,
// and the bytes wideText is copied from.
type scanBuf struct {
	toks         []token.Token
	flags        []uint8
	marks, verbs []int
	wide         []wideFold
	wideBytes    []byte
	people       []Person // scratch of scanner.people
}

var scanBufs = sync.Pool{New: func() any { return new(scanBuf) }}

// maxPooledTokens bounds the buffers kept for reuse, so that one huge text
// does not pin its buffer.
const maxPooledTokens = 1 << 20

// fAnchor marks an office word, from which a titled mention may start
// anywhere in the run of words and hyphens before it: it is the bit
// fMention, since the office word is such a start itself.
const fAnchor = fMention

// lexFlags returns the flags a word earns from the lexicons, given its text
// w and its fold: fVerb, and fAnchor for an office word ("minister", "PM")
// that a titled mention must reach.
func lexFlags(w, fold string) uint8 {
	if !mayBeLexWord(fold) {
		return 0
	}
	var f uint8
	if w == "According" || w == "according" {
		f |= fVerb
	} else if ok, _ := speechVerb(fold); ok {
		f |= fVerb
	}
	if isCoreWord(fold) || isTitleAbbrev(w) {
		f |= fAnchor
	}
	return f
}

// lowerASCII returns text with ASCII upper-case letters lowered. It works
// on eight bytes at a time: a word of text gets 0x20 added to each byte in
// 'A'..'Z', found by adding to each byte (its high bit cleared, so no carry
// crosses bytes) the amount that sets that high bit from 'A' and from '['
// on. Bytes of multi-byte runes have their high bit set and stay as they are.
func lowerASCII(text string) string {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	b := []byte(text)
	// w walks b thirty-two bytes at a time (stepping costs about as much
	// as lowering eight bytes), then sixteen and eight, so that the
	// compiler sees every load and store in bounds.
	w := b
	lower := func(x uint64) uint64 {
		a := x &^ high
		upper := (a + (0x80-'A')*ones) &^ (a + (0x80-'Z'-1)*ones) &^ x & high
		return x | upper>>2
	}
	// Written back whether or not it changed: news has a capital every
	// few words, too often for a branch to be predicted.
	for len(w) >= 32 {
		binary.LittleEndian.PutUint64(w, lower(binary.LittleEndian.Uint64(w)))
		binary.LittleEndian.PutUint64(w[8:], lower(binary.LittleEndian.Uint64(w[8:])))
		binary.LittleEndian.PutUint64(w[16:], lower(binary.LittleEndian.Uint64(w[16:])))
		binary.LittleEndian.PutUint64(w[24:], lower(binary.LittleEndian.Uint64(w[24:])))
		w = w[32:]
	}
	if len(w) >= 16 {
		binary.LittleEndian.PutUint64(w, lower(binary.LittleEndian.Uint64(w)))
		binary.LittleEndian.PutUint64(w[8:], lower(binary.LittleEndian.Uint64(w[8:])))
		w = w[16:]
	}
	if len(w) >= 8 {
		binary.LittleEndian.PutUint64(w, lower(binary.LittleEndian.Uint64(w)))
		w = w[8:]
	}
	for k, c := range w {
		if 'A' <= c && c <= 'Z' {
			w[k] = c + 'a' - 'A'
		}
	}
	// b is not written again, so it backs the string without a second
	// copy of the text, as strings.Builder does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// plainMark reports a non-ASCII punctuation mark that Fold leaves as it is,
// so that quote marks and dashes skip the Unicode normalisation.
func plainMark(w string) bool {
	switch w {
	case "“", "”", "–", "—", "«", "»", "·", "•":
		return true
	}
	return false
}

// wordFlags returns the flags of a word token's text.
func wordFlags(w string, ascii bool) uint8 {
	f := fWord
	if ascii {
		if c := w[0]; 'A' <= c && c <= 'Z' {
			f |= fCap
		}
		if len(w) < 2 {
			return f
		}
		for k := 0; k < len(w); k++ {
			if c := w[k]; 'a' <= c && c <= 'z' {
				return f
			}
		}
		return f | fAllCaps
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		f |= fCap
	}
	if utf8.RuneCountInString(w) < 2 {
		return f
	}
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return f
		}
	}
	return f | fAllCaps
}

// nextFlagged returns the first token from i on whose flags have bit,
// len(flags) if none. It tests eight tokens' flags in one load.
func nextFlagged(flags []uint8, i int, bit uint8) int {
	for ; i+8 <= len(flags); i += 8 {
		if x := binary.LittleEndian.Uint64(flags[i:]) & (uint64(bit) * 0x0101010101010101); x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	for ; i < len(flags); i++ {
		if flags[i]&bit != 0 {
			return i
		}
	}
	return i
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
	return i >= 0 && i < len(s.toks) && s.flags[i]&fWord != 0
}

// fold returns token i folded ("Minister’s" → "minister's"), "" when i is out of range.
func (s *scanner) fold(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	if s.flags[i]&fWide == 0 {
		return s.lower[s.toks[i].Start:s.toks[i].End]
	}
	k := sort.Search(len(s.wide), func(k int) bool { return s.wide[k].tok >= i })
	return s.wideText[s.wide[k].lo:s.wide[k].hi]
}

// isCap reports whether token i is a word starting with an upper-case letter.
func (s *scanner) isCap(i int) bool {
	return i >= 0 && i < len(s.toks) && s.flags[i]&fCap != 0
}

// isAllCaps reports whether token i is an upper-case word of two or more
// letters: an acronym ("VNA", "JETRO"), not a name.
func (s *scanner) isAllCaps(i int) bool {
	return i >= 0 && i < len(s.toks) && s.flags[i]&fAllCaps != 0
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
func (s *scanner) lineBreak(i int) bool {
	// A loop, not strings.Contains: gaps are a byte or two, most often one
	// space, and the loop lets callers inline lineBreak.
	g := s.gap(i)
	for k := 0; k < len(g); k++ {
		if g[k] == '\n' {
			return true
		}
	}
	return false
}

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
		"congress", "region", "area", "zone", "cooperative", "co-operative", "society", "bureau", "directorate":
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
		"mr", "mrs", "ms", "dr", "then", "now", "meanwhile", "however", "also", "later",
		"today", "yesterday", "tomorrow", "earlier", "still", "yet", "so":
		return true
	}
	return isRankWord(w) || isCoreWord(w) || isOrgHead(w) || countryOfAdjective(w) != ""
}
