package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// perMeasureRe matches the words after a price that make it a price of one
// unit of measure: " a litre", " per tonne", " per kilogram".
var perMeasureRe = regexp.MustCompile(`^\s*(?:a|an|per|for\s+each)\s+(litre|liter|kilogram|kilo|kg|tonne|ton|metric\s+ton|pound|lb|gallon|barrel|bottle|case)\b`)

// measureCodes are the parser's units of the words perMeasureRe names.
var measureCodes = map[string]string{
	"litre": "l", "liter": "l", "kilogram": "kg", "kilo": "kg", "kg": "kg", "tonne": "tonne", "ton": "tonne",
	"metric ton": "tonne", "pound": "pound", "lb": "pound", "gallon": "gallon", "barrel": "barrel",
}

// unitPriceCues are the words that give a price as the quotient of the
// sentence's sum and measure: "€78.2 million on 18.4 million litres works
// out at about €4.60 a litre".
var unitPriceCues = []string{"works out", "worked out", "work out", "average", "implies", "implying", "equivalent to", "which is", "or about", "or roughly"}

// unitPriceSlack is how far a sum over a measure may miss its stated price,
// beyond the price's own rounding, and still be it.
const unitPriceSlack = 0.02

// checkUnitPrices reports a price per unit of measure that the sum and the
// measure of its own sentence do not give: "Revenue of €78.2 million on 18.4
// million litres works out at about €4.60 a litre" (78.2 / 18.4 = €4.25).
// The sentence must say the price is that quotient (unitPriceCues) and hold
// exactly one larger sum in the price's currency before the price and one
// amount in its unit of measure.
func checkUnitPrices(p *Pass, fs []*claims.Fact) {
	for _, a := range fs {
		if a.Quantity == nil || a.Doc == nil || !isLevel(a) || a.Quantity.Value <= 0 || !currencyUnit(a.Quantity.Unit) {
			continue
		}
		m := perMeasureRe.FindStringSubmatch(strings.ToLower(textOf(a.Doc, a.Span.End, min(a.Span.End+30, a.Sentence.End))))
		if m == nil {
			continue
		}
		unit := measureCodes[strings.Join(strings.Fields(m[1]), " ")]
		if unit == "" {
			continue
		}
		before := strings.ToLower(textOf(a.Doc, a.Sentence.Start, a.Span.Start))
		cued := false
		for _, c := range unitPriceCues {
			cued = cued || strings.Contains(before, c)
		}
		if !cued {
			continue
		}
		var sum, measure *claims.Fact
		sums, measures := 0, 0
		for _, f := range fs {
			if f == a || f.Quantity == nil || !isLevel(f) || f.Prior || f.Quantity.Value <= 0 || f.Span.Start > a.Span.Start {
				continue
			}
			switch f.Quantity.Unit {
			case a.Quantity.Unit:
				sum, sums = f, sums+1
			case unit:
				measure, measures = f, measures+1
			}
		}
		if sums != 1 || measures != 1 || sum.Quantity.Value <= a.Quantity.Value {
			continue
		}
		implied := sum.Quantity.Value / measure.Quantity.Value
		iv := a.Quantity.Interval
		if implied >= iv.Lo*(1-unitPriceSlack) && implied <= iv.Hi*(1+unitPriceSlack) {
			continue
		}
		if r := implied / a.Quantity.Value; r < 0.5 || r > 2 {
			continue // another sum or measure than the one priced
		}
		p.Report(Finding{Claims: ClaimsOf(a, sum, measure), Message: fmt.Sprintf(
			"%s %s does not fit %s over %s: %s / %s = %s %s per %s, %s off",
			Quote(a), strings.TrimSpace(m[0]), Quote(sum), Quote(measure),
			FormatNumber(sum.Quantity.Value), FormatNumber(measure.Quantity.Value), FormatNumber(roundRate(implied)),
			a.Quantity.Unit, strings.Join(strings.Fields(m[1]), " "), strings.TrimPrefix(strings.TrimPrefix(FormatPercent(a.Quantity.Value/implied-1), "+"), "-"))})
	}
}
