package quantity

import "github.com/claimcheck/claimcheck/claims/token"

// maxQuarters bounds a count of quarters read as a duration: "200 quarters"
// are more likely housing ("staff quarters") than fifty years.
const maxQuarters = 40

// periodBefore are the words that make the count after them a stretch of time
// ("the next two quarters", "for three quarters", "within two quarters").
var periodBefore = map[string]bool{
	"next": true, "past": true, "last": true, "coming": true, "previous": true, "prior": true,
	"first": true, "following": true, "recent": true, "final": true, "remaining": true,
	"for": true, "in": true, "within": true, "over": true, "after": true, "during": true,
	"across": true, "spanning": true, "through": true,
}

// periodAfter are the words after a count of quarters that make it a stretch
// of time ("two quarters ago", "three quarters running").
var periodAfter = map[string]bool{
	"ago": true, "later": true, "earlier": true, "running": true, "straight": true, "before": true,
}

// calendarQuarters reports whether "N quarters" with the count starting at
// token i and the word "quarters" at token j counts calendar quarters, not
// three fourths: a duration word before the count ("the next two quarters"),
// one after the noun ("two quarters ago", "in a row"), or "of" and a year
// ("two quarters of 2025", "of this year"). "Three quarters of voters" stays a
// fraction.
func (p *parser) calendarQuarters(i, j int) bool {
	if p.isAny(j+1, "of") {
		return p.yearAt(j + 2)
	}
	if i-1 >= p.min && periodBefore[p.lower(i-1)] {
		return true
	}
	return periodAfter[p.lower(j+1)] || p.isAny(j+1, "in") && p.isAny(j+2, "a") && p.isAny(j+3, "row")
}

// yearAt reports a year at token k: "2025", "this year", "the year", "fiscal
// 2025", "last year".
func (p *parser) yearAt(k int) bool {
	if p.isAny(k, "this", "last", "next", "the", "that", "fiscal", "financial") {
		if p.isAny(k+1, "year", "fiscal", "financial") {
			return true
		}
		k++
	}
	if p.kind(k) != token.Number {
		return false
	}
	v, comma, bad := digitValue(p.text(k))
	return !bad && !comma && v >= 1900 && v <= 2100 && v == float64(int(v))
}

// quarterDuration reads "quarters" at token k after a whole count c as a
// duration in months ("two quarters" = 6 months), so that a count of time
// units is neither a fraction nor an amount. It returns the token after the
// noun. c is a pointer: amountAt asks at every number, most of which are no
// count of quarters.
func (p *parser) quarterDuration(c *core, k int) (int, bool) {
	// seven to nine bytes, with a long s, spell the noun (TestFoldLengths)
	if n := len(p.text(k)); n < 7 || n > 9 {
		return k, false
	}
	if c.fraction || c.vague || c.multiple || c.scaled || c.value < 1 || c.value > maxQuarters ||
		c.value != float64(int(c.value)) || !p.isAny(k, "quarters", "quarter") {
		return k, false
	}
	if p.isAny(k, "quarter") && c.value != 1 {
		return k, false // "2 quarter" is no English count
	}
	if p.isAny(k+1, "of") && !p.yearAt(k+2) && !(c.value == 2 && p.bareNoun(k+2)) {
		return k, false // "3 quarters of the staff" is not a time
	}
	return k + 1, true
}
