package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// core is a bare number before hedges and units: digits, words, a vague amount,
// a fraction or a multiplier word.
type core struct {
	first, next int // tokens toks[first:next]
	value       float64
	// lo and hi bound a vague amount ("hundreds of thousands" = [2e5, 1e6)).
	lo, hi   float64
	vague    bool
	digits   bool // written with digits
	comma    bool // digits with a thousands separator
	scaled   bool // a scale word applied ("million", "bn")
	fraction bool // a proportion in [0, 1]
	multiple bool // a factor word ("doubled", "tenfold")
	word     bool // a lone number word (as opposed to a compound)
	bad      bool // digits that are no number (versions, phone numbers): skip them
}

// digitValue reads a Number token ("630,000", "14.83"). bad is set for forms no
// amount takes: several dots (versions, dotted phone numbers), a leading zero
// before more digits ("024").
func digitValue(t string) (v float64, comma, bad bool) {
	dots, decimals := 0, 0
	var mant uint64
	exact := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ',':
			comma = true
		case c == '.':
			dots++
		default:
			if dots > 0 {
				decimals++
			}
			if mant > 1<<53/10 {
				exact = false
			}
			mant = mant*10 + uint64(c-'0')
			v = v*10 + float64(c-'0')
		}
	}
	if exact {
		// integer mantissa over a power of ten: one correctly rounded division,
		// so "15.73" is 15.73 and not 15.729999999999999
		v = float64(mant)
	}
	if decimals < len(pow10) {
		v /= pow10[decimals]
	} else {
		v = math.Pow10(-decimals) * v
	}
	if dots > 1 || (dots == 1 && comma && !decimalAfterCommas(t)) {
		bad = true
	}
	if len(t) > 1 && t[0] == '0' && t[1] >= '0' && t[1] <= '9' {
		bad = true
	}
	return v, comma, bad
}

// pow10 are the exact powers of ten digitValue divides by: a package table,
// not one built on every call.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16}

// decimalAfterCommas reports whether a number with both separators uses the
// English order ("1,234.5"), not the European one ("1.234,5").
func decimalAfterCommas(t string) bool {
	seenDot := false
	for i := 0; i < len(t); i++ {
		if t[i] == '.' {
			seenDot = true
		} else if t[i] == ',' && seenDot {
			return false
		}
	}
	return true
}

// readCore reads the number that starts at token i.
func (p *parser) readCore(i int) (core, bool) {
	c := core{first: i, next: i + 1}
	if i < 0 || i >= len(p.toks) {
		return c, false
	}
	switch p.toks[i].Kind {
	case token.Number:
		c.digits = true
		c.value, c.comma, c.bad = digitValue(p.text(i))
		if c.bad {
			return c, false
		}
		// fractionDigits reads "3/4" only with a symbol next and oneIn
		// "1 in 5" only with a word next: a number calls at most one.
		switch p.kind(i + 1) {
		case token.Symbol:
			// fractionDigits reads nothing without its slash: no call
			if p.sym(i+1, "/") {
				if f, ok := p.fractionDigits(i); ok || f.bad {
					return f, ok
				}
			}
		case token.Word:
			// oneIn's first test, without a call for most words
			if p.inOrOutLetter(i + 1) {
				if f, ok := p.oneIn(i, c.value, i+1); ok {
					return f, true
				}
			}
		}
		// "10 1/2 miles": a whole number and a fraction
		if !c.comma && c.value == math.Trunc(c.value) && p.kind(i+1) == token.Number && !p.glued(i, i+1) {
			if f, ok := p.fractionDigits(i + 1); ok {
				c.value += f.value
				c.next = f.next
			}
		}
		c.next = p.andAHalf(&c)
		return c, true
	case token.Word:
		c, ok := p.wordCore(i)
		if ok && !c.fraction && !c.vague && !c.multiple {
			c.next = p.andAHalf(&c)
		}
		return c, ok
	}
	return c, false
}

// andAHalf adds the half of "two and a half hours" or "3 and a half years" to
// a whole number c and returns the token after it; c.next when none follows.
func (p *parser) andAHalf(c *core) int {
	k := c.next
	if c.value != math.Trunc(c.value) || c.value == 0 || !p.isAny(k, "and") || !p.isAny(k+1, "a") || !p.isAny(k+2, "half") {
		return k
	}
	c.value += 0.5
	if sc, ok := pluralScale(p.low(k+3), false); ok && sc >= 1e3 {
		c.value *= sc // "five and a half million"
		return k + 4
	}
	return k + 3
}

// wordCore reads a number that starts with a word.
func (p *parser) wordCore(i int) (core, bool) {
	c := core{first: i, next: i + 1}
	lw := p.low(i)
	if lw == nil {
		return c, false
	}
	switch string(lw) {
	case "hundreds", "thousands", "millions", "billions", "trillions", "dozens", "tens", "scores", "several":
		return p.vague(i)
	case "double", "triple", "quadruple":
		// "will triple to €38.4 million", "aims to double exports": the verb
		// after a modal or "to"; "a double room" and "double-digit" are no factor.
		v := map[string]float64{"double": 2, "triple": 3, "quadruple": 4}[string(lw)] // before low(i-1) reuses lw's buffer
		if i+1 < len(p.toks) && p.toks[i+1].Start == p.toks[i].End {
			return c, false
		}
		if !(i > 0 && p.sym(i-1, ",") && p.isAny(i+1, "the")) && !modalBefore(p.low(i-1)) {
			return c, false // "16 trams, double the 12 envisaged" is a factor in apposition
		}
		return p.factor(i, v), true
	case "doubled", "doubling":
		return p.factor(i, 2), true
	case "tripled", "trebled", "tripling":
		return p.factor(i, 3), true
	case "quadrupled", "quadrupling":
		return p.factor(i, 4), true
	case "halved", "halving":
		return p.factor(i, 0.5), true
	case "twofold":
		return p.factor(i, 2), true
	case "threefold":
		return p.factor(i, 3), true
	case "fourfold":
		return p.factor(i, 4), true
	case "fivefold":
		return p.factor(i, 5), true
	case "tenfold":
		return p.factor(i, 10), true
	case "hundredfold":
		return p.factor(i, 100), true
	case "a", "an":
		if !articleAmount(p.low(i + 1)) {
			return c, false // "a delegation": what follows makes neither a fraction nor a number
		}
		if f, ok := p.fractionWords(i, i+1, 1, false); ok {
			return f, true
		}
		if d, plural, ok := denominator(p.low(i + 1)); ok && !plural && (p.isAny(i-1, "by") || p.isAny(i-1, "of") && i >= 2 && changeNoun(p.lw(i-2), true) != 0) && !p.isAny(i+2, "of") {
			// "raised the purse by a quarter", "fell by a third", "a drop of
			// a third": a change told as a fraction of the level before.
			return core{first: i, next: i + 2, value: 1 / d, fraction: true}, true
		}
	case "half":
		if _, ok := numword.ReadCardinal(p.s, p.toks, i); !ok {
			if p.isAny(i-1, "first", "second", "latter", "former", "other", "the") || p.dash(i+1) && p.glued(i, i+1) {
				return c, false
			}
			c.value, c.fraction = 0.5, true
			return c, true
		}
	}
	n, ok := numword.ReadCardinal(p.s, p.toks, i)
	if !ok {
		return c, false
	}
	c.value, c.next = n.Value, n.Next
	c.word = n.Next == i+1
	if n.Value <= 10 && n.Next == i+1 {
		// "one-third", "two thirds", "one in five"
		j := n.Next
		if p.dash(j) && p.glued(j-1, j) && p.glued(j, j+1) {
			j++
		}
		if f, ok := p.fractionWords(i, j, n.Value, j > n.Next); ok {
			return f, true
		}
		if f, ok := p.oneIn(i, n.Value, n.Next); ok {
			return f, true
		}
	}
	return c, true
}

// articleAmount reports whether the lower-cased word after "a" or "an" can make
// an amount of it: a denominator for fractionWords ("a third") or a word that
// numword.ReadCardinal takes after an article ("a quarter", "a hundred", "a
// dozen", "a million"). Other words, most of them, fail both readers.
func articleAmount(w []byte) bool {
	if _, _, ok := denominator(w); ok {
		return true
	}
	switch string(w) {
	case "quarter", "hundred", "dozen", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores":
		return true
	}
	return false
}

// factor is a multiplier word ("doubled").
// modalBefore reports a word after which a bare verb follows ("will",
// "would", "could", "to", …) or a copula before a factor ("is triple the").
func modalBefore(w []byte) bool {
	switch string(w) {
	case "will", "would", "could", "should", "may", "might", "to", "can", "must",
		"is", "are", "was", "were": // "the fleet of 22 yachts is triple the 11 boats of 2022"
		return true
	}
	return false
}

func (p *parser) factor(i int, v float64) core {
	return core{first: i, next: i + 1, value: v, multiple: true}
}

// vague reads "hundreds of thousands", "tens of thousands", "dozens of",
// "millions of", "several hundred": amounts that only give an order of magnitude.
// A plural needs its "of" ("thousands of people") so that "in the thousands" and
// "tens" alone stay out; the "of" itself is left outside the span.
func (p *parser) vague(i int) (core, bool) {
	c := core{first: i, next: i + 1, vague: true}
	unit := 0.0
	switch string(p.low(i)) {
	case "several":
		sc, ok := pluralScale(p.low(i+1), false)
		if !ok {
			return c, false
		}
		c.lo, c.hi, c.next = 3*sc, 10*sc, i+2
		c.value = c.lo
		return c, true
	case "dozens":
		c.lo, c.hi = 24, 100
	case "scores":
		c.lo, c.hi = 40, 100
	case "tens":
		unit = 10
	default:
		sc, _ := pluralScale(p.low(i), true)
		unit = sc
	}
	if unit > 0 {
		// "tens of thousands", "hundreds of millions"
		if p.isAny(i+1, "of") {
			if sc, ok := pluralScale(p.low(i+2), true); ok && sc > unit {
				unit *= sc
				c.next = i + 3
			}
		}
		if unit == 10 && c.next == i+1 {
			return c, false
		}
		c.lo, c.hi = 2*unit, 10*unit
	}
	if !p.isAny(c.next, "of") {
		return c, false
	}
	c.value = c.lo
	return c, true
}

// pluralScale returns the value of "hundred(s)", "thousand(s)", ... .
func pluralScale(b []byte, plural bool) (float64, bool) {
	s := string(b)
	if plural && len(s) > 1 && s[len(s)-1] == 's' {
		s = s[:len(s)-1]
	}
	switch s {
	case "hundred":
		return 1e2, true
	case "thousand":
		return 1e3, true
	case "million":
		return 1e6, true
	case "billion":
		return 1e9, true
	case "trillion":
		return 1e12, true
	}
	return 0, false
}

// mayStart is the cheap test run on every token: can a number start here?
func (p *parser) mayStart(i int) bool {
	switch p.toks[i].Kind {
	case token.Number:
		return true
	case token.Word:
		if !mayStartWord(p.text(i)) {
			return false // most words: no start word has their first letters and length
		}
		return p.startWord(i)
	}
	return false
}

// startWord is mayStart for a word that mayStartWord let through, as Parse's
// candidates are.
func (p *parser) startWord(i int) bool {
	w := p.low(i)
	if w == nil {
		return false
	}
	switch string(w) {
	case "a", "an", "half", "hundreds", "thousands", "millions", "billions", "trillions",
		"dozens", "tens", "scores", "several", "doubled", "doubling", "tripled", "trebled",
		"tripling", "quadrupled", "quadrupling", "halved", "halving", "twofold", "threefold",
		"fourfold", "fivefold", "tenfold", "hundredfold", "quarter", "double", "triple", "quadruple":
		return true
	}
	_, ok := numword.CardinalLower(w) // w is the word lower-cased: as Cardinal reads it
	return ok
}

// bareArticle reports whether token i is "a" or "an" (any case) and the word
// after it makes no amount of it ("a delegation"): wordCore would read nothing
// there, and most articles of a text are such.
func (p *parser) bareArticle(i int) bool {
	t := p.toks[i]
	if t.Kind != token.Word || t.End-t.Start > 2 || p.s[t.Start]|0x20 != 'a' {
		return false
	}
	if t.End-t.Start == 2 && p.s[t.Start+1]|0x20 != 'n' {
		return false
	}
	return !articleAmount(p.low(i + 1))
}
