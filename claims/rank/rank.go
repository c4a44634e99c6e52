// Package rank finds rank claims ("the third-largest investor", "ranking first in
// ODA", "top five life insurers") with who is ranked, in what, and where.
package rank

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Rank is one rank claim. Start and End are byte offsets of the rank phrase.
type Rank struct {
	Start, End int
	Rank       int  // 1 = first/top/largest
	AtMost     bool // "top five" = rank <= 5
	// Categories are normalised category words, one per category when one rank covers
	// several ("the fourth-largest trading and tourism partner" = ["trade", "tourism"]).
	Categories []string
	// Subject is who is ranked, as written ("Japan"); SubjectStart/End locate it (-1 when unknown).
	Subject                  string
	SubjectStart, SubjectEnd int
	// Owner is whose ranking it is ("Vietnam's third-largest investor" = "Vietnam"), "" when unstated.
	Owner string
	// Scope is where the ranking holds ("in Asia and Oceania", "in the world"), "" when unstated.
	Scope string
}

// Parse returns the rank claims in text (tokens toks), in text order. toks may
// cover one sentence or a whole document: sentences are found again here so that
// subjects and owners never leak across sentence boundaries.
func Parse(text string, toks []token.Token) []Rank {
	if len(toks) == 0 || !hasCue(text, toks) {
		return nil
	}
	s := newScanner(text, toks)
	if s == nil {
		return nil
	}
	var out []Rank
	for _, b := range s.sentences() {
		out = append(out, s.sentence(b[0], b[1])...)
	}
	return out
}

// scanner holds one text with its tokens and their lower-cased forms.
type scanner struct {
	text string
	toks []token.Token
	low  []string // lower-cased word text, "" for non-words
}

// newScanner returns nil when a token does not lie inside text, since spans
// would then be meaningless.
func newScanner(text string, toks []token.Token) *scanner {
	low := make([]string, len(toks))
	// The words with ASCII capitals are folded one after another into one
	// buffer and made one string, not a string each.
	var stack [256]byte
	fold := stack[:0]
	for i, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start > t.End {
			return nil
		}
		if t.Kind != token.Word {
			continue
		}
		w := text[t.Start:t.End]
		switch wordCase(w) {
		case casePlain:
			low[i] = w
		case caseUpperASCII:
			fold = appendFolded(fold, w) // low[i] is filled below
		default:
			low[i] = strings.ToLower(w)
		}
	}
	if len(fold) > 0 {
		f, off := string(fold), 0
		for i, t := range toks {
			if t.Kind == token.Word && low[i] == "" && t.End > t.Start {
				n := t.End - t.Start
				low[i] = f[off : off+n]
				off += n
			}
		}
	}
	return &scanner{text: text, toks: toks, low: low}
}

// The cases of a word, as newScanner lower-cases them.
const (
	casePlain      = iota // no capital and ASCII: its own lower-case form
	caseUpperASCII        // ASCII with capitals: folded byte by byte
	caseOther             // non-ASCII: strings.ToLower
)

// wordCase classes w for lower-casing.
func wordCase(w string) int {
	c := casePlain
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 0x80:
			return caseOther
		case b >= 'A' && b <= 'Z':
			c = caseUpperASCII
		}
	}
	return c
}

// appendFolded appends w with its ASCII capitals folded.
func appendFolded(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// sentenceAbbrevs end with a dot that does not end a sentence.
var sentenceAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "jr": true,
	"sr": true, "vs": true, "inc": true, "co": true, "ltd": true, "corp": true, "gov": true,
	"prof": true, "gen": true, "col": true, "lt": true, "sen": true, "rep": true,
}

// sentences splits the tokens at sentence punctuation followed by a capital, a
// quote or a line break, and at every line break (news bodies put one paragraph
// or heading per line).
func (s *scanner) sentences() [][2]int {
	var out [][2]int
	lo := 0
	for i := range s.toks {
		end := false
		if i+1 == len(s.toks) {
			end = true
		} else if strings.IndexByte(s.text[s.toks[i].End:s.toks[i+1].Start], '\n') >= 0 {
			end = true
		} else if s.isSym(i, ".") || s.isSym(i, "!") || s.isSym(i, "?") {
			next := s.text[s.toks[i+1].Start:s.toks[i+1].End]
			abbrev := i > 0 && sentenceAbbrevs[s.low[i-1]] && s.toks[i-1].End == s.toks[i].Start
			if !abbrev && next != "" && (isUpper(next) || next == "\"" || next == "“") {
				end = true
			}
		}
		if end {
			out = append(out, [2]int{lo, i + 1})
			lo = i + 1
		}
	}
	return out
}

// sentence finds the ranks of tokens [lo, hi).
func (s *scanner) sentence(lo, hi int) []Rank {
	var out []Rank
	var hits []hit
	for i := lo; i < hi; {
		if !s.mayOpen(i, hi) {
			i++ // match finds nothing here; most tokens of a cued sentence are plain words
			continue
		}
		hs, next := s.match(i, lo, hi)
		if len(hs) == 0 {
			i++
			continue
		}
		hits = append(hits, hs...)
		i = next
	}
	prevVerb := -2
	prevOwner := ""
	prevRank := 0
	for _, h := range hits {
		if s.isGoal(h.start, lo) {
			continue // "aims for a top-five finish": a plan, not a rank held
		}
		r, verb := s.build(h, lo, hi)
		if h.onlyTo && prevRank == r.Rank && len(out) > 0 {
			// "the second-largest investor, second only to Korea" says one thing twice.
			continue
		}
		if r.Owner == "" && verb == prevVerb && verb >= 0 {
			r.Owner = prevOwner
		}
		prevVerb, prevOwner, prevRank = verb, r.Owner, r.Rank
		out = append(out, r)
	}
	return out
}

// mayOpen reports whether match can find a rank phrase at token i of a
// sentence ending at hi: at "top", "no", "number", a superlative, an ordinal
// ("third", "3" before "rd") or a tens word before a dash ("twenty-first").
// Every other token makes match return nothing, so sentence skips it without
// the map lookups match makes. Every superlative and ordinal word has five
// letters or more and ends in st, nd, rd or th.
func (s *scanner) mayOpen(i, hi int) bool {
	switch s.toks[i].Kind {
	case token.Number:
		return i+1 < hi && s.adjacent(i)
	case token.Word:
		w := s.low[i]
		switch n := len(w); {
		case n == 2:
			return w == "no"
		case n == 3:
			return w == "top"
		case n < 5:
			return false
		case w[n-1] == 'y':
			return w[n-2] == 't' // "twenty", "thirty": a compound may follow
		case n == 6 && w == "number":
			return true
		}
		return ordinalSuffix(w[len(w)-2:])
	}
	return false
}

func (s *scanner) isSym(i int, sym string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.Kind == token.Symbol && s.text[t.Start:t.End] == sym
}

func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.low[i]
}

func (s *scanner) raw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (s *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// isUpper reports whether w starts with an upper-case letter.
func isUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// isDash reports whether token i is a hyphen or dash joining words.
func (s *scanner) isDash(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != token.Symbol {
		return false
	}
	switch s.raw(i) {
	case "-", "‑", "–":
		return true
	}
	return false
}
