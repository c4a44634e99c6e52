package quantity

import (
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// fraction reads a fraction in words at token k. When num is 0 the numerator
// is read first ("a half", "three fifths", "fifty-four hundredths");
// otherwise num is the numerator already read and single tells whether it
// was "one", "a" or "an", the only numerators a singular denominator takes
// ("one eighth", but "two millionth" is an ordinal).
func (p *numParser) fraction(k int, num float64, single bool) (float64, int, bool) {
	if num == 0 {
		if p.isAny(k, "a", "an") {
			num, single = 1, true
			k++
		} else {
			c := compoundState{last: math.Inf(1)}
			nk := p.integerPart(k, &c)
			if c.atoms == 0 || c.prev == atLead || c.prev == atAnd || c.value() == 0 {
				return 0, k, false
			}
			num, single, k = c.value(), c.oneWord, nk
		}
	} else if p.isAny(k, "a", "an") && single {
		k++ // "a hundred trillionths" reads the numerator "a hundred" already
	}
	d, plural, next, ok := p.denominator(k)
	if !ok || (!plural && !single) || d <= 1 {
		return 0, k, false
	}
	return num / d, next, true
}

// denominatorAt reports whether a fraction's denominator word starts at token k.
func (p *numParser) denominatorAt(k int) bool {
	d, _, _, ok := p.denominator(k)
	return ok && d > 1
}

// denominator reads a denominator: an ordinal word, singular or plural
// ("third", "fifths", "quarters", "hundredths", "trillionth"), or a tens word
// with an ordinal ("twenty-first", "twenty fifths"). "second" is left out: "one
// second" is a time.
func (p *numParser) denominator(k int) (d float64, plural bool, next int, ok bool) {
	if p.kind(k) != token.Word {
		return 0, false, k, false
	}
	if t, tok := numword.Cardinal(p.text(k)); tok && t >= 20 && t%10 == 0 {
		n := k + 1
		if p.sym(n, "-") && p.glued(n-1, n) {
			n++
		}
		if u, pl, ok := ordinalWord(p.text(n)); ok && u < 10 && u > 0 {
			return float64(t) + u, pl, n + 1, true
		}
		return 0, false, k, false
	}
	v, pl, ok := ordinalWord(p.text(k))
	if !ok || v == 2 && !strings.HasPrefix(strings.ToLower(p.text(k)), "hal") {
		return 0, false, k, false
	}
	return v, pl, k + 1, true
}

// ordinalWord returns the value of an ordinal or denominator word and whether
// it is plural: "fifth" 5, "fifths" 5 plural, "quarter" 4, "halves" 2,
// "trillionth" 1e12. Digit ordinals ("5th") are no denominators.
func ordinalWord(w string) (float64, bool, bool) {
	if len(w) < 4 || len(w) > 16 {
		return 0, false, false
	}
	var buf [16]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	plural := false
	switch string(b) {
	case "half":
		return 2, false, true
	case "halves":
		return 2, true, true
	}
	if b[len(b)-1] == 's' {
		plural, b = true, b[:len(b)-1]
	}
	switch string(b) {
	case "quarter":
		return 4, plural, true
	case "thousandth":
		return 1e3, plural, true
	case "millionth":
		return 1e6, plural, true
	case "billionth":
		return 1e9, plural, true
	case "trillionth":
		return 1e12, plural, true
	}
	if b[0] >= '0' && b[0] <= '9' {
		return 0, false, false
	}
	v, ok := numword.Ordinal(string(b))
	return float64(v), plural, ok
}

// decimals reads the digits after "point" from token k: single digit words
// ("nought three" = .03) or one cardinal ("seventy-one" = .71).
func (p *numParser) decimals(k int) (float64, int, bool) {
	var digits []float64
	var buf [16]float64
	digits = buf[:0]
	for len(digits) < len(buf) {
		kind, v, ok := p.wordAtom(k)
		if !ok || kind != atCard || v > 9 {
			break
		}
		if len(digits) == 0 && v >= 1 {
			// a cardinal such as "seventy-one" or "eleven" is read whole
			break
		}
		digits = append(digits, v)
		k++
	}
	if len(digits) == 0 {
		c := compoundState{last: math.Inf(1)}
		nk := p.integerPart(k, &c)
		v := c.value()
		if c.atoms == 0 || c.prev != atCard || v >= 1000 {
			return 0, k, false
		}
		return v / math.Pow(10, float64(len(formatInt(v)))), nk, true
	}
	d, scale := 0.0, 1.0
	for _, x := range digits {
		scale /= 10
		d += x * scale
	}
	// later single digits: "nought four" after "point"
	for {
		kind, v, ok := p.wordAtom(k)
		if !ok || kind != atCard || v > 9 {
			break
		}
		scale /= 10
		d += v * scale
		k++
	}
	return d, k, true
}

func formatInt(v float64) string {
	var b [24]byte
	i := len(b)
	n := int64(v)
	if n == 0 {
		return "0"
	}
	for n > 0 && i > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// ratio reads "over three", "in twenty-one", "out of five hundred" after the
// numerator v that ends before token k. "over" needs the end of the phrase
// after the denominator ("$2000 over 3 years" is no ratio); "in" and "out of"
// a denominator larger than the numerator ("8 in 5" is two numbers).
func (p *numParser) ratio(k int, v float64) (float64, int, bool) {
	n := k + 1
	switch {
	case p.isAny(k, "over"):
	case p.isAny(k, "in"):
	case p.isAny(k, "out") && p.isAny(k+1, "of"):
		n = k + 2
	default:
		return 0, k, false
	}
	m, next, ok := p.compound(n)
	if !ok || m == 0 {
		return 0, k, false
	}
	if p.isAny(k, "over") {
		if p.kind(next) == token.Word {
			return 0, k, false
		}
	} else if v >= m || v != math.Trunc(v) || m != math.Trunc(m) {
		return 0, k, false
	}
	return v / m, next, true
}

// pluralAt reports whether the denominator at token k is plural ("trillionths").
func (p *numParser) pluralAt(k int) bool {
	_, plural, _, ok := p.denominator(k)
	return ok && plural
}
