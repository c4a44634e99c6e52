package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/token"
)

// digitsFirst reads a number that starts with digits at token j (or with a
// decimal point: ".08"): fractions ("3/4", "2 1/4"), exponents ("1e10",
// "1.3x10^6", "1.1^23") and abbreviated scales ("10k", "1.2b", "10M"). done
// is set when the number is complete; otherwise c holds the digits and the
// caller reads on ("4 thousand 3 hundred"). ok is false for digits glued to
// letters that are no scale ("180ml", "4th").
func (p *numParser) digitsFirst(j int, c *compoundState) (v float64, next int, done, ok bool) {
	lead := p.sym(j, ".") && p.kind(j+1) == token.Number && p.glued(j, j+1) &&
		!(j > 0 && p.glued(j-1, j) && p.kind(j-1) != token.Symbol)
	if lead {
		d, ok := digitsValue("0." + p.text(j+1))
		return d, j + 2, true, ok
	}
	if p.kind(j) != token.Number {
		return 0, j, false, true
	}
	v, k, ok := p.spaceGroups(j)
	if !ok {
		v, ok = digitsValue(p.text(j))
		k = j + 1
		if !ok {
			return 0, j + 1, false, false
		}
	}
	// "3/4" and, not in a chain of slashes ("5/17/2018"), only a proper fraction
	if p.sym(k, "/") && p.glued(k-1, k) && p.glued(k, k+1) && p.kind(k+1) == token.Number {
		d, dok := digitsValue(p.text(k + 1))
		chained := (p.sym(j-1, "/") && p.glued(j-1, j)) || (p.sym(k+2, "/") && p.glued(k+1, k+2))
		if dok && !chained && v < d && v == math.Trunc(v) && d == math.Trunc(d) {
			return v / d, k + 2, true, true
		}
		return v, k, true, true
	}
	if p.sym(j-1, "/") && p.glued(j-1, j) {
		return v, k, true, true
	}
	// "2 1/4": a whole number and a proper fraction
	if v == math.Trunc(v) && p.kind(k) == token.Number && !p.glued(k-1, k) && p.sym(k+1, "/") &&
		p.glued(k, k+1) && p.glued(k+1, k+2) && p.kind(k+2) == token.Number && !(p.sym(k+3, "/") && p.glued(k+2, k+3)) {
		n, _ := digitsValue(p.text(k))
		d, dok := digitsValue(p.text(k + 2))
		if dok && n < d && d > 0 {
			return v + n/d, k + 3, true, true
		}
	}
	if e, nk, ok := p.exponent(k); ok {
		return v * math.Pow(10, e), nk, true, true
	}
	if p.sym(k, "^") && p.glued(k-1, k) {
		if e, nk, ok := p.signedDigits(k + 1); ok {
			return math.Pow(v, e), nk, true, true
		}
	}
	if sc, nk, ok := p.abbrevScale(k); ok {
		return v * sc, nk, true, true
	}
	if p.kind(k) == token.Word && p.glued(k-1, k) {
		if kind, sc, ok := p.wordAtom(k); ok && kind == atScale {
			c.total, c.last, c.prev, c.atoms = v*sc, sc, atScale, 1
			return 0, k + 1, false, true
		}
		return 0, k + 1, false, false
	}
	c.cur, c.prev, c.atoms = v, atDigits, 1
	if kind, _, ok := p.wordAtom(k); ok && kind == atHundred {
		c.cur *= 100 // "322 hundred"
		c.prev, c.atoms = atHundred, 2
		k++
	}
	return 0, k, false, true
}

// exponent reads "e10", "e+14", "e-1" or "x10^6" glued after digits ending
// before token k.
func (p *numParser) exponent(k int) (float64, int, bool) {
	if !p.glued(k-1, k) || p.kind(k) != token.Word {
		return 0, k, false
	}
	switch p.text(k) {
	case "e", "E":
		if e, nk, ok := p.signedDigits(k + 1); ok && p.glued(k, k+1) {
			return e, nk, true
		}
	case "x", "X", "×":
		if p.text(k+1) == "10" && p.glued(k, k+1) && p.sym(k+2, "^") && p.glued(k+1, k+2) {
			if e, nk, ok := p.signedDigits(k + 3); ok {
				return e, nk, true
			}
		}
	}
	return 0, k, false
}

// signedDigits reads an integer with glued signs from token k ("+23", "--23").
func (p *numParser) signedDigits(k int) (float64, int, bool) {
	neg := false
	for p.sym(k, "-") || p.sym(k, "+") {
		if p.sym(k, "-") {
			neg = !neg
		}
		if !p.glued(k, k+1) {
			return 0, k, false
		}
		k++
	}
	if p.kind(k) != token.Number || !p.glued(k-1, k) {
		return 0, k, false
	}
	e, ok := digitsValue(p.text(k))
	if !ok || e > 400 {
		return 0, k, false
	}
	if neg {
		e = -e
	}
	return e, k + 1, true
}

// abbrevScale reads a letter scale after digits at token k: glued "10k",
// "10M", "1MM", "2mil", "1.2b", "10G", or spaced "2.33 k", "1,674.5 G". A
// lower-case "m" is metres, not millions.
func (p *numParser) abbrevScale(k int) (float64, int, bool) {
	if p.kind(k) != token.Word {
		return 0, k, false
	}
	glued := p.glued(k-1, k)
	var sc float64
	switch p.text(k) {
	case "k", "K":
		sc = 1e3
	case "M", "MM", "mil", "MIL":
		sc = 1e6
	case "G", "B", "bln":
		sc = 1e9
	case "b":
		if !glued {
			return 0, k, false
		}
		sc = 1e9
	case "tln", "T":
		sc = 1e12
	default:
		return 0, k, false
	}
	if p.kind(k+1) == token.Word && p.glued(k, k+1) {
		return 0, k, false
	}
	return sc, k + 1, true
}

// halfOf reads "half a million", "half a dozen", "half million", "quarter
// million" and a lone "half" at token k.
func (p *numParser) halfOf(k int) (float64, int, bool) {
	f := 0.0
	switch string(p.low(k)) {
	case "half":
		f = 0.5
	case "quarter":
		f = 0.25
	default:
		return 0, k, false
	}
	n := k + 1
	if p.isAny(n, "a", "an") {
		n++
	}
	if kind, sc, ok := p.wordAtom(n); ok && (kind == atScale || kind == atHundred) {
		return f * sc, n + 1, true
	}
	if f == 0.5 && !p.isAny(k-1, "a", "an", "the", "first", "second", "other") {
		return 0.5, k + 1, true
	}
	return 0, k, false
}

// vulgar returns the value of a vulgar fraction sign ("½", "⅔").
func vulgar(s string) (float64, bool) {
	switch s {
	case "½":
		return 0.5, true
	case "⅓":
		return 1.0 / 3, true
	case "⅔":
		return 2.0 / 3, true
	case "¼":
		return 0.25, true
	case "¾":
		return 0.75, true
	case "⅕":
		return 0.2, true
	case "⅙":
		return 1.0 / 6, true
	case "⅛":
		return 0.125, true
	}
	return 0, false
}
