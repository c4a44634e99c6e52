package quantity

import (
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// denominator returns the denominator named by a fraction word and whether the
// word is plural ("thirds").
func denominator(b []byte) (float64, bool, bool) {
	switch string(b) {
	case "half":
		return 2, false, true
	case "halves":
		return 2, true, true
	case "third":
		return 3, false, true
	case "thirds":
		return 3, true, true
	case "quarter", "fourth":
		return 4, false, true
	case "quarters", "fourths":
		return 4, true, true
	case "fifth":
		return 5, false, true
	case "fifths":
		return 5, true, true
	case "sixth":
		return 6, false, true
	case "sixths":
		return 6, true, true
	case "eighth":
		return 8, false, true
	case "eighths":
		return 8, true, true
	case "tenth":
		return 10, false, true
	case "tenths":
		return 10, true, true
	case "hundredth":
		return 100, false, true
	case "hundredths":
		return 100, true, true
	}
	return 0, false, false
}

// fractionWords reads a fraction whose numerator (num, starting at token i) is
// followed by a denominator word at token j: "two-thirds", "one third of",
// "a quarter of". A singular denominator is an ordinal unless it is hyphenated or
// followed by "of" ("a third term" is not a fraction, "a third of" is), and
// plural quarters of the calendar are a duration ("the past two quarters").
func (p *parser) fractionWords(i, j int, num float64, hyphen bool) (core, bool) {
	d, plural, ok := denominator(p.low(j))
	if !ok || num <= 0 || num >= d {
		return core{}, false
	}
	if !plural && !hyphen && !p.isAny(j+1, "of") {
		return core{}, false
	}
	if plural && num == 1 {
		return core{}, false
	}
	if plural && !hyphen && d == 4 && (p.calendarQuarters(i, j) || num == 2 && p.isAny(j+1, "of") && p.bareNoun(j+2)) {
		// "the next two quarters" is half a year, not one half; so are "two
		// quarters of growth" (a half is "two quarters of the budget")
		return core{}, false
	}
	return core{first: i, next: j + 1, value: num / d, fraction: true}, true
}

// fractionDigits reads "1/3": a proper fraction with a small denominator. Any
// other digits around a slash ("24/7", "25/11/2023", "15/2023") are not amounts.
func (p *parser) fractionDigits(i int) (core, bool) {
	if !p.sym(i+1, "/") || !p.glued(i, i+1) || !p.glued(i+1, i+2) || p.kind(i+2) != token.Number {
		return core{}, false
	}
	n, _, _ := digitValue(p.text(i))
	d, _, bad := digitValue(p.text(i + 2))
	if bad || n <= 0 || n >= d || d > 100 || (p.sym(i+3, "/") && p.glued(i+2, i+3)) {
		return core{first: i, next: i + 3, bad: true}, false
	}
	return core{first: i, next: i + 3, value: n / d, fraction: true, digits: true}, true
}

// inOrOutLetter reports whether the word j may be "in" or "out" as isAny
// reads them: its first byte is their letter in either case or not ASCII.
func (p *parser) inOrOutLetter(j int) bool {
	c := p.s[p.toks[j].Start]
	return c|0x20 == 'i' || c|0x20 == 'o' || c >= 0x80
}

// oneIn reads "one in five", "1 in 5", "two out of three" with the numerator
// num ending before token j.
func (p *parser) oneIn(i int, num float64, j int) (core, bool) {
	if j >= len(p.toks) || p.toks[j].Kind != token.Word {
		return core{}, false // most numbers: no word follows
	}
	if !p.inOrOutLetter(j) {
		return core{}, false
	}
	k := j + 1
	switch {
	case p.isAny(j, "in"):
	case p.isAny(j, "out") && p.isAny(j+1, "of"):
		k = j + 2
	default:
		return core{}, false
	}
	var d float64
	switch p.kind(k) {
	case token.Number:
		v, comma, bad := digitValue(p.text(k))
		if bad || comma {
			return core{}, false
		}
		d = v
	case token.Word:
		v, ok := numword.Cardinal(p.text(k))
		if !ok {
			return core{}, false
		}
		d = float64(v)
	default:
		return core{}, false
	}
	if num <= 0 || num >= d || d > 100 || d != float64(int(d)) || num != float64(int(num)) {
		return core{}, false
	}
	if u, _ := p.unitAt(k+1, false); i > 0 && p.sym(i-1, "-") && p.glued(i-1, i) || timeUnit(u) {
		return core{}, false // "won 21-18 in 41 minutes": a score, then how long it took
	}
	return core{first: i, next: k + 1, value: num / d, fraction: true}, true
}

// bareNoun reports a lower-case word at token k that no determiner opens:
// "of improvement", not "of the budget" or "of its staff".
func (p *parser) bareNoun(k int) bool {
	if p.kind(k) != token.Word || p.isAny(k, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all") {
		return false
	}
	w := p.text(k)
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}
