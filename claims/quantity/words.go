package quantity

import (
	"encoding/binary"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// parser holds one Parse call: the text, its tokens and the lowest token a
// lookback may read (the end of the previous quantity).
type parser struct {
	s    string
	toks []token.Token
	min  int
	buf  [24]byte
	// lowAt is 1 + the token whose lower-case form buf holds (0: none) and
	// lowLen its length, -1 when low answered nil: the parser asks about the
	// word after a number many times in a row (hedge, range, change noun).
	lowAt, lowLen int
	// folded is s with ASCII letters lower-cased, made on first need so that
	// lookbacks compare substrings instead of allocating one string per word.
	folded string
	// pesoP reads "P" glued to a number as pesos (see Context).
	pesoP bool
	// nairaN reads "N" glued to a number as naira (see Context).
	nairaN bool
	// randR reads "R" glued to a number as rand (see Context).
	randR bool
	// shilling is the code "Sh" glued to a number stands for (see Context).
	shilling string
	// kwacha is the code "K" glued to a number stands for (see Context).
	kwacha string
	// pound is the code a bare "pounds" after a number stands for ("25,000
	// pounds" in Egyptian news is EGP), "" where it is a weight or sterling.
	pound string
}

// text returns the text of token j, "" when j is out of range.
func (p *parser) text(j int) string {
	if j < 0 || j >= len(p.toks) {
		return ""
	}
	return p.s[p.toks[j].Start:p.toks[j].End]
}

// kind returns the kind of token j, 0 when j is out of range.
func (p *parser) kind(j int) token.Kind {
	if j < 0 || j >= len(p.toks) {
		return 0
	}
	return p.toks[j].Kind
}

// lower returns word j lower-cased, "" when j is not a word or lies before the
// lookback limit. It only allocates for words with capitals.
func (p *parser) lower(j int) string {
	if j < p.min || j >= len(p.toks) || p.toks[j].Kind != token.Word {
		return ""
	}
	t := p.toks[j]
	w := p.s[t.Start:t.End]
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			if p.folded == "" {
				p.folded = foldASCII(p.s)
			}
			return p.folded[t.Start:t.End]
		}
	}
	return w
}

// foldASCII lower-cases the ASCII letters of s, keeping every byte offset.
// Runs without capitals are copied whole: a sentence has few capitals.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// lw is low for words at or after the lookback limit, nil before it. For a
// comparison with ASCII words it answers as lower does, without folding the
// sentence when the word has capitals.
func (p *parser) lw(j int) []byte {
	if j < p.min {
		return nil
	}
	return p.low(j)
}

// low returns word j lower-cased in p.buf, nil when it is not a short ASCII word.
// The result is overwritten by the next call: use it at once.
func (p *parser) low(j int) []byte {
	if j+1 == p.lowAt && j >= 0 {
		if p.lowLen < 0 {
			return nil
		}
		return p.buf[:p.lowLen]
	}
	if j < 0 || j >= len(p.toks) || p.toks[j].Kind != token.Word {
		return nil
	}
	p.lowAt, p.lowLen = j+1, -1
	t := p.toks[j]
	w := p.s[t.Start:t.End]
	if len(w) > len(p.buf) {
		return nil
	}
	if n := len(w); t.Start+8 <= len(p.s) && n <= 8 {
		// Most words: eight bytes from the word's start in one load, the
		// bytes past it masked off, lower-cased at once.
		x := load8(p.s, t.Start) & (1<<(8*n) - 1) // all ones for n == 8
		if x&0x8080808080808080 != 0 {
			return nil
		}
		binary.LittleEndian.PutUint64(p.buf[:8], lower8(x))
		p.lowLen = n
		return p.buf[:n]
	}
	b := p.buf[:len(w)]
	for i := range b {
		c := w[i]
		if c >= 0x80 {
			return nil
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	p.lowLen = len(w)
	return b
}

// load8 reads s[i:i+8] as a little-endian number (one load).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// lower8 lower-cases the ASCII capitals among the eight ASCII bytes of x.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	// No byte has its top bit set, so these sums carry into no neighbour:
	// the top bit of a byte of the first is set from 'A' on, of the second
	// above 'Z'.
	upper := (x + ones*(0x80-'A')) &^ (x + ones*(0x80-'Z'-1)) & (ones * 0x80)
	return x | upper>>2
}

// isAny reports whether word j is one of words (lower-case), ignoring case.
func (p *parser) isAny(j int, words ...string) bool {
	if j < p.min || j >= len(p.toks) || p.toks[j].Kind != token.Word {
		return false
	}
	t := p.text(j)
	c := t[0]
	if c >= 0x80 {
		return anyFoldEq(t, words) // only a non-ASCII first byte may fold to another letter
	}
	// An ASCII first byte must be w's first letter in either case: most
	// words stop at this test, with the byte read once for all of them.
	c |= 0x20
	for _, w := range words {
		if w[0] == c && foldEq(t, w) {
			return true
		}
	}
	return false
}

// anyFoldEq reports whether t equals one of words under foldEq.
func anyFoldEq(t string, words []string) bool {
	for _, w := range words {
		if foldEq(t, w) {
			return true
		}
	}
	return false
}

// foldEq is strings.EqualFold(t, w) for a lower-case ASCII w, compared in
// place: an ASCII byte of t must be the letter of w in either case, and only
// from a non-ASCII byte on (the Kelvin sign and the long s fold to ASCII
// letters) is the rest left to EqualFold.
func foldEq(t, w string) bool {
	for i := 0; i < len(t); i++ {
		if i >= len(w) {
			return false
		}
		c := t[i]
		if c >= 0x80 {
			return strings.EqualFold(t[i:], w[i:])
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return len(t) == len(w)
}

// opt returns j-1 when word j-1 is one of words (an optional intensifier such as
// "well" in "well over"), else j.
func (p *parser) opt(j int, words ...string) int {
	if p.isAny(j-1, words...) {
		return j - 1
	}
	return j
}

// sym reports whether token j is the symbol sym.
func (p *parser) sym(j int, sym string) bool {
	return j >= 0 && j < len(p.toks) && p.toks[j].Kind == token.Symbol && p.text(j) == sym
}

// dash reports whether token j is a hyphen, en dash or em dash.
func (p *parser) dash(j int) bool {
	if j < 0 || j >= len(p.toks) || p.toks[j].Kind != token.Symbol {
		return false
	}
	switch p.text(j) {
	case "-", "–", "—", "‑":
		return true
	}
	return false
}

// glued reports whether tokens a and b touch with no space between.
func (p *parser) glued(a, b int) bool {
	return a >= 0 && b < len(p.toks) && a < b && p.toks[a].End == p.toks[b].Start
}

// lineStart reports whether token j is the first on its line.
func (p *parser) lineStart(j int) bool {
	if j == 0 {
		return true
	}
	for i := p.toks[j].Start - 1; i >= p.toks[j-1].End; i-- {
		if p.s[i] == '\n' || p.s[i] == '\r' {
			return true
		}
	}
	return false
}

// capitalised reports whether token j is a word starting with an upper-case ASCII letter.
func (p *parser) capitalised(j int) bool {
	if p.kind(j) != token.Word {
		return false
	}
	c := p.s[p.toks[j].Start]
	return c >= 'A' && c <= 'Z'
}
