package quantity

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Number is one number as written, before any news reading: digits ("1,234.5",
// "1e10", "3/4"), words ("one hundred and six", "two thirds", "nine point
// nought four") or both ("4 thousand 3 hundred and 21").
type Number struct {
	Start, End int // byte offsets of the number, its sign and scale
	Value      float64
}

// Numbers returns every number written in text, whose tokens (from
// token.Scan) are toks, in order. It is the raw layer under Parse: years, the
// parts of dates, codes and phone numbers are numbers here, and no hedge,
// unit or news filter applies. Digits glued to letters that are no scale
// ("180ml", "4th") are no number. Numbers never panics.
func Numbers(text string, toks []token.Token) []Number {
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			return nil
		}
	}
	p := numParser{parser: parser{s: text, toks: toks}}
	var out []Number
	for i := 0; i < len(toks); {
		ns, next := p.numberAt(i)
		out = append(out, ns...)
		i = max(next, i+1)
	}
	return out
}

// numParser reads raw numbers; it reuses the token helpers of parser.
type numParser struct {
	parser
}

// numberAt reads the numbers that start at token i; it returns them and the
// token to resume from.
func (p *numParser) numberAt(i int) ([]Number, int) {
	start, j, neg := p.sign(i)
	if j != i && !p.startsNumber(j) {
		return nil, i + 1
	}
	if p.kind(j) == token.Number {
		if list, next, ok := p.digitList(j); ok {
			return list, next
		}
	}
	v, next, ok := p.compound(j)
	if !ok {
		return nil, max(next, i+1)
	}
	if neg {
		v = -v
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil, next
	}
	return []Number{{Start: p.toks[start].Start, End: p.toks[next-1].End, Value: v}}, next
}

// sign reads "-", "−", "negative" or "minus" before a number at token i. A
// hyphen glued to a word or number before it joins a label ("SCP-173",
// "1-222"), not a sign.
func (p *numParser) sign(i int) (start, j int, neg bool) {
	switch {
	case p.isAny(i, "negative", "minus"):
		return i, i + 1, true
	case p.sym(i, "-") || p.sym(i, "−"):
		if i > 0 && p.glued(i-1, i) && (p.kind(i-1) == token.Word || p.kind(i-1) == token.Number) {
			return i, i, false
		}
		return i, i + 1, true
	}
	return i, i, false
}

// startsNumber reports whether a number may start at token j.
func (p *numParser) startsNumber(j int) bool {
	if p.kind(j) == token.Number {
		return true
	}
	_, _, ok := p.wordAtom(j)
	return ok
}

// digitList reads a digits token that holds several numbers ("192.168.1.2",
// "22,24,26,31") and returns each; ok is false for one number.
func (p *numParser) digitList(j int) ([]Number, int, bool) {
	t := p.text(j)
	dots, commas := 0, 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.':
			dots++
		case ',':
			commas++
		}
	}
	sep := byte(0)
	switch {
	case dots > 1 && commas == 0:
		sep = '.'
	case commas > 1 && dots == 0 && !thousandsGroups(t):
		sep = ','
	default:
		return nil, j, false
	}
	var out []Number
	base := p.toks[j].Start
	from := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != sep {
			continue
		}
		v, err := strconv.ParseFloat(t[from:i], 64)
		if err == nil {
			out = append(out, Number{Start: base + from, End: base + i, Value: v})
		}
		from = i + 1
	}
	return out, j + 1, true
}

// thousandsGroups reports whether the commas of t split it into thousands
// ("22,240,260"): every group after the first has three digits.
func thousandsGroups(t string) bool {
	n := 0
	for i := len(t) - 1; i >= 0; i-- {
		if t[i] == ',' {
			if n != 3 {
				return false
			}
			n = 0
			continue
		}
		n++
	}
	return n >= 1 && n <= 3
}

// digitsValue reads one number written in digits with either separator order:
// "1,234.5", "1.234,5", "12,34,567.89", "4.800"; a lone comma before one, two
// or four or more digits is a decimal comma ("1,3", "5,00").
func digitsValue(t string) (float64, bool) {
	var buf [64]byte
	if len(t) > len(buf) {
		return 0, false
	}
	last := -1
	for i := 0; i < len(t); i++ {
		if t[i] == ',' || t[i] == '.' {
			last = i
		}
	}
	dec := byte('.')
	if last >= 0 && t[last] == ',' {
		dec = ','
		if !hasByte(t, '.') && thousandsGroups(t) {
			dec = '.' // "12,567", "1,234,567": thousands
		}
	}
	b := buf[:0]
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == dec && i == last:
			b = append(b, '.')
		case c == ',' || c == '.':
		default:
			b = append(b, c)
		}
	}
	v, err := strconv.ParseFloat(string(b), 64)
	return v, err == nil
}

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// spaceGroups reads digits grouped by single spaces ("1 234 567", "40 000"
// with a narrow no-break space) from token j; it returns the joined digits'
// value and the token after, or ok false.
func (p *numParser) spaceGroups(j int) (float64, int, bool) {
	first := p.text(j)
	if len(first) > 3 || hasByte(first, ',') || hasByte(first, '.') {
		return 0, j, false
	}
	var buf [64]byte
	b := append(buf[:0], first...)
	k := j + 1
	for p.kind(k) == token.Number && oneSpace(p.s[p.toks[k-1].End:p.toks[k].Start]) {
		t := p.text(k)
		if len(t) < 3 || hasByte(t[:3], ',') || hasByte(t[:3], '.') || (len(t) > 3 && t[3] != '.') || len(b)+len(t) > len(buf) {
			break
		}
		b = append(b, t...)
		k++
	}
	if k == j+1 {
		return 0, j, false
	}
	v, err := strconv.ParseFloat(string(b), 64)
	return v, k, err == nil
}

// oneSpace reports whether gap is one space rune: " ", a no-break or a narrow
// no-break space.
func oneSpace(gap string) bool {
	r, n := utf8.DecodeRuneInString(gap)
	return n == len(gap) && (r == ' ' || r == '\u00a0' || r == '\u202f')
}
