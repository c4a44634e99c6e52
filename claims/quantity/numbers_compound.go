package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// atom kinds of a compound number.
const (
	atNone = iota
	atDigits
	atCard    // a cardinal word below one hundred
	atHundred // "hundred"
	atScale   // thousand, million, lakh, crore, k, M, bn ...
	atAnd
	atLead // "a", "an" before a scale
)

// compoundState accumulates a compound number: total holds the groups closed
// by a big scale, cur the group being read.
type compoundState struct {
	total, cur float64
	last       float64 // the last big scale: scales fall ("million ... thousand")
	prev       int     // the kind of the last atom
	atoms      int
	oneWord    bool // the whole number so far is the word "one", "a" or "an"
}

func (c *compoundState) value() float64 { return c.total + c.cur }

// compound reads the number that starts at token j: its value, the token after
// it and whether there is one.
func (p *numParser) compound(j int) (float64, int, bool) {
	c := compoundState{last: math.Inf(1)}
	k := j
	if v, next, done, ok := p.digitsFirst(j, &c); !ok {
		return 0, next, false
	} else if done {
		return v, next, true
	} else {
		k = next
	}
	if c.atoms == 0 {
		if v, next, ok := p.halfOf(k); ok {
			return v, next, true
		}
		if v, ok := vulgar(p.text(k)); ok && p.kind(k) == token.Symbol {
			return v, k + 1, true
		}
	}
	k = p.integerPart(k, &c)
	if c.atoms == 0 {
		if f, next, ok := p.fraction(k, 1, true); ok && p.isAny(k, "a", "an") {
			return f, next, true
		}
		return 0, k, false
	}
	v := c.value()
	if c.prev == atLead {
		return 0, k, false
	}
	// "one hundred and three and two thirds", "3 million and a half",
	// "five and a half million"
	if p.isAny(k, "and") {
		if f, next, ok := p.fraction(k+1, 0, false); ok {
			sc, after := p.bigScaleAt(next)
			switch {
			case c.cur == 0 && c.prev == atScale && sc > 0:
				v, k = c.total+f*sc, after
			case c.cur == 0 && c.prev == atScale:
				v, k = c.total+f*c.last, next
			case sc > 0:
				v, k = (v+f)*sc, after
			default:
				v, k = v+f, next
			}
			return v, k, true
		}
	}
	// "two thirds", "one eighth", "twenty-three fifths", "one-eighth"
	if c.prev != atDigits {
		single := c.oneWord
		fk := k
		if (p.sym(k, "-") || p.sym(k, "–")) && p.glued(k-1, k) == p.glued(k, k+1) && p.denominatorAt(k+1) {
			fk, single = k+1, true
		}
		if f, next, ok := p.fraction(fk, v, single); ok && (c.prev != atScale || p.pluralAt(fk)) {
			if p.isAny(next, "of") && p.isAny(next+1, "a", "an") {
				if sc, after := p.bigScaleAt(next + 2); sc > 0 {
					return f * sc, after, true
				}
			}
			return f, next, true
		}
	}
	if p.isAny(k, "point") && c.prev != atDigits {
		if d, next, ok := p.decimals(k + 1); ok {
			return v + d, next, true
		}
	}
	// "one over three", "1 in twenty-one", "two out of five hundred"
	if v2, next, ok := p.ratio(k, v); ok {
		return v2, next, true
	}
	if c.oneWord && c.atoms == 1 && v == 1 && p.isAny(j-1, "the", "this", "that", "which", "each", "every", "any", "another", "no", "a", "an") {
		return 0, k, false // a pronoun: "the one you mentioned"
	}
	return v, k, true
}

// integerPart reads cardinal words, digits, hundreds, scales and "and" from
// token k into c and returns the token after them.
func (p *numParser) integerPart(k int, c *compoundState) int {
	for k < len(p.toks) {
		kind, v, ok := p.wordAtom(k)
		if !ok {
			if p.kind(k) == token.Number && (c.prev == atScale || c.prev == atAnd) {
				d, ok := digitsValue(p.text(k))
				if !ok || d != math.Trunc(d) || p.glueEnd(k+1) {
					break
				}
				kind, v = atDigits, d
			} else if (p.sym(k, "-") || p.sym(k, "–")) && c.prev == atCard && isTensValue(c.cur) {
				// "fifty-two", "fifty - two"
				if kk, u, ok := p.wordAtom(k + 1); ok && kk == atCard && u > 0 && u < 10 {
					c.cur += u
					k += 2
					continue
				}
				break
			} else {
				break
			}
		}
		switch kind {
		case atDigits, atCard:
			switch c.prev {
			case atNone, atScale, atHundred, atAnd:
			case atCard:
				if !fitsAfter(c.cur, v) {
					return k
				}
			default:
				return k
			}
			if kind == atDigits && c.prev != atNone && c.prev != atScale && c.prev != atAnd {
				return k
			}
			c.oneWord = c.atoms == 0 && v == 1 && kind == atCard
			c.cur += v
		case atHundred:
			if c.prev == atNone {
				c.cur = 1
			}
			if c.cur >= 100 || c.cur == 0 || c.prev == atAnd {
				return k
			}
			c.cur *= 100
			c.oneWord = false
		case atScale:
			switch {
			case c.cur == 0 && c.prev == atScale && v > c.last:
				c.total *= v // "three lakh crore"
			case c.cur == 0 && c.prev == atLead:
				c.total += v
			case c.cur == 0 || v >= c.last:
				return k
			default:
				c.total += c.cur * v
			}
			c.cur, c.last = 0, v
			c.oneWord = false
		case atLead:
			if c.prev != atNone {
				return k
			}
			nk, _, ok := p.wordAtom(k + 1)
			if !ok || (nk != atHundred && nk != atScale) {
				return k
			}
			c.oneWord = true
			if nk == atHundred {
				c.cur = 1
				kind = atCard
			}
		case atAnd:
			if (c.prev != atHundred && c.prev != atScale) || !p.andContinues(k+1, c.prev) {
				return k
			}
		}
		c.prev = kind
		c.atoms++
		k++
	}
	return k
}

// andContinues reports whether the group after "and" at token k belongs to the
// number: a cardinal or integer that is neither a fraction's numerator nor
// the start of a new hundred ("3 hundred and 2 hundred" are two numbers).
func (p *numParser) andContinues(k, prev int) bool {
	kind, v, ok := p.wordAtom(k)
	if !ok && p.kind(k) == token.Number {
		d, dok := digitsValue(p.text(k))
		kind, v, ok = atDigits, d, dok && d == math.Trunc(d)
	}
	if !ok || (kind != atCard && kind != atDigits) || v == 0 {
		return false
	}
	n := k + 1
	if (p.sym(n, "-") && p.glued(n-1, n)) || (kind == atCard && isTensValue(v) && p.kind(n) == token.Word) {
		if kk, u, ok := p.wordAtom(n + boolInt(p.sym(n, "-"))); ok && kk == atCard && u < 10 {
			n += 1 + boolInt(p.sym(n, "-"))
		}
	}
	if kk, _, ok := p.wordAtom(n); ok && kk == atHundred && prev == atHundred {
		return false
	}
	return !p.denominatorAt(n)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// wordAtom classifies word k as a part of a compound number.
func (p *numParser) wordAtom(k int) (int, float64, bool) {
	if p.kind(k) != token.Word {
		return 0, 0, false
	}
	w := p.low(k)
	switch string(w) {
	case "nought", "naught":
		return atCard, 0, true
	case "hundred":
		return atHundred, 100, true
	case "lakh", "lakhs", "lac":
		return atScale, 1e5, true
	case "crore", "crores":
		return atScale, 1e7, true
	case "and":
		return atAnd, 0, true
	case "a", "an":
		return atLead, 1, true
	case "dozen", "dozens", "dz", "dzs", "doz", "dozs":
		return atScale, 12, true
	}
	if v, ok := numword.Cardinal(p.text(k)); ok {
		return atCard, float64(v), true
	}
	if sc, ok := numword.Scale(p.text(k)); ok && len(w) > 1 {
		return atScale, sc, true
	}
	return 0, 0, false
}

// fitsAfter reports whether cardinal v may follow the group cur: a unit after a
// tens word ("twenty one").
func fitsAfter(cur, v float64) bool {
	if math.Mod(cur, 100) == 0 {
		return v > 0 && cur > 0
	}
	return isTensValue(cur) && v > 0 && v < 10
}

// isTensValue reports whether v ends in a bare tens word ("twenty", "three hundred forty").
func isTensValue(v float64) bool {
	t := math.Mod(v, 100)
	return t >= 20 && math.Mod(t, 10) == 0
}

// bigScaleAt returns the value of a big scale word at token k and the token after it.
func (p *numParser) bigScaleAt(k int) (float64, int) {
	kind, v, ok := p.wordAtom(k)
	if !ok || kind != atScale || v < 1000 {
		return 0, k
	}
	return v, k + 1
}
