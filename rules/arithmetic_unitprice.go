package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// perMeasureRe matches the words after a price that make it a price of one
// unit of measure: " a litre", " per tonne", " per kilogram".
var perMeasureRe = regexp.MustCompile(`^\s*(?:a|an|per|for\s+each)\s+(litre|liter|kilogram|kilo|kg|tonne|ton|metric\s+ton|pound|lb|gallon|barrel)\b`)

// measureCodes are the parser's units of the words perMeasureRe names, one
// for each (TestMeasureCodes).
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
// measure of its own sentence (or of the sentence just before, when its own
// has none) do not give: "Revenue of €78.2 million on 18.4
// million litres works out at about €4.60 a litre" (78.2 / 18.4 = €4.25).
// The sentence must say the price is that quotient (unitPriceCues) and hold
// exactly one larger sum in the price's currency before the price and one
// amount in its unit of measure.
func checkUnitPrices(p *Pass, earlier [][]*claims.Fact, fs []*claims.Fact) {
	for _, a := range fs {
		// Not isLevel: "$3.10 a pound" reads like a rate of exchange to it.
		if a.Quantity == nil || a.Doc == nil || a.Kind != claims.KindQuantity || a.Quantity.Kind != quantity.Amount && a.Quantity.Kind != "" ||
			a.Quantity.Value <= 0 || !currencyUnit(a.Quantity.Unit) {
			continue
		}
		m := perMeasureRe.FindStringSubmatch(strings.ToLower(textOf(a.Doc, a.Span.End, min(a.Span.End+30, a.Sentence.End))))
		if m == nil {
			continue
		}
		unit := measureCodes[strings.Join(strings.Fields(m[1]), " ")] // every word perMeasureRe names has a code
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
			switch {
			case f.Quantity.Unit == a.Quantity.Unit:
				sum, sums = f, sums+1
			case measuredIn(f, unit, a):
				measure, measures = f, measures+1
			}
		}
		if measures == 0 && len(earlier) > 0 && nextSentenceOf(a.Doc.Text, earlier[0][0].Sentence, a.Sentence) {
			// "The company harvested 312 million pounds …. With revenue of
			// $845 million, that works out to an average of about $3.10 a
			// pound": the measure of the sentence before.
			for _, f := range earlier[0] {
				if f.Quantity != nil && measuredIn(f, unit, a) && isLevel(f) && !f.Prior && f.Quantity.Value > 0 {
					measure, measures = f, measures+1
				}
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

// measuredIn reports an amount in the unit of measure a price is per. Pounds
// the parser read as sterling are weight beside a price in another currency
// per pound: "harvested 312 million pounds" and "about $3.10 a pound".
func measuredIn(f *claims.Fact, unit string, price *claims.Fact) bool {
	if f.Quantity.Unit == unit {
		return true
	}
	return unit == "pound" && f.Quantity.Unit == "GBP" && price.Quantity.Unit != "GBP" && strings.Contains(strings.ToLower(f.Text()), "pound")
}
