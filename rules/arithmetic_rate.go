package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// statedRate is an exchange rate written as an amount of its own: "a rate of
// 940 pesos per dollar" is 940 of unit per one of per.
type statedRate struct {
	f         *claims.Fact
	unit, per string
}

// rateOf reads f as an exchange rate: its unit (or the currency word after its
// number) and the currency after "per", "to the" or "a".
func rateOf(f *claims.Fact) (statedRate, bool) {
	if !exchangeRate(f) || f.Quantity.Value <= 0 {
		return statedRate{}, false
	}
	end := min(f.Span.End+40, f.Sentence.End, len(f.Doc.Text))
	ws := strings.Fields(strings.ToLower(f.Doc.Text[f.Span.End:end]))
	unit := f.Quantity.Unit
	if len(ws) > 0 {
		if c := quantity.CurrencyOfWord(strings.Trim(ws[0], ",.;:")); c != "" {
			unit, ws = c, ws[1:]
		}
	}
	for len(ws) > 0 && (ws[0] == "per" || ws[0] == "to" || ws[0] == "against" || ws[0] == "the" || ws[0] == "one" || ws[0] == "a" || ws[0] == "an" || ws[0] == "each") {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(unit) != 3 {
		return statedRate{}, false
	}
	per := quantity.CurrencyOfWord(strings.Trim(ws[0], ",.;:)"))
	if per == "" || per == unit {
		return statedRate{}, false
	}
	return statedRate{f: f, unit: unit, per: per}, true
}

// checkSentenceRates reports a sentence that gives an amount in two currencies
// and the rate between them when the three do not agree: "18.5 billion pesos
// …, converted to roughly $21 million using a rate of 940 pesos per dollar"
// (18.5 billion / 940 = $19.7 million). Amounts the parser already joined with
// their stated rate are checked by checkStatedRate instead.
func checkSentenceRates(p *Pass, tol float64) {
	bySentence := map[sentenceKey][]*claims.Fact{}
	var order []sentenceKey
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Doc == nil || f.Quantity == nil {
			continue
		}
		k := sentenceKey{f.Doc, f.Sentence}
		if _, ok := bySentence[k]; !ok {
			order = append(order, k)
		}
		bySentence[k] = append(bySentence[k], f)
	}
	for _, k := range order {
		fs := bySentence[k]
		for _, r := range fs {
			rate, ok := rateOf(r)
			if !ok {
				continue
			}
			from, to := onlyAmountIn(fs, rate.unit, r), onlyAmountIn(fs, rate.per, r)
			toValue := 0.0
			if to != nil {
				toValue = to.Quantity.Value
			} else if to = onlyAmountIn(fs, "cent", r); to != nil {
				toValue = to.Quantity.Value / 100 // "roughly 78 US cents at ₦1,600 to the dollar"
			}
			if from == nil || to == nil || statedWithRate(from) || statedWithRate(to) {
				continue
			}
			implied := from.Quantity.Value / toValue
			dev := math.Abs(implied/rate.f.Quantity.Value - 1)
			if dev <= tol {
				continue
			}
			p.Report(Finding{Claims: ClaimsOf(from, to, rate.f), Message: fmt.Sprintf(
				"%s and %s imply %s %s per %s, but the sentence states %s: %s %s / %s = %s %s, %s off; tolerance %s",
				Quote(from), Quote(to), FormatNumber(roundRate(implied)), rate.unit, rate.per, Quote(rate.f),
				FormatNumber(from.Quantity.Value), rate.unit, FormatNumber(rate.f.Quantity.Value),
				FormatNumber(roundRate(from.Quantity.Value/rate.f.Quantity.Value)), rate.per,
				strings.TrimPrefix(FormatPercent(dev), "+"), strings.TrimPrefix(FormatPercent(tol), "+"))})
		}
	}
}

// onlyAmountIn returns the one amount of fs in unit that comes before the
// rate, nil when there is none or more than one (which would it be?).
func onlyAmountIn(fs []*claims.Fact, unit string, rate *claims.Fact) *claims.Fact {
	var found *claims.Fact
	for _, f := range fs {
		if f == rate || f.Span.Start > rate.Span.Start || f.Quantity.Unit != unit || !isLevel(f) || f.Quantity.Value <= 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// statedWithRate reports whether the parser joined f to a conversion with
// its rate, which checkStatedRate checks.
func statedWithRate(f *claims.Fact) bool {
	c := f.Quantity.Conversion
	return c != nil && c.Rate > 0
}
