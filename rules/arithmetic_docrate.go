package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// docRate is the one exchange rate a document states for a pair of
// currencies: rate units of lo per one of hi (lo sorts before hi).
type docRate struct {
	f        *claims.Fact // where the document states it
	rate     float64
	conflict bool // the document states two rates for the pair
}

type currencyPair struct {
	doc    *claims.Document
	lo, hi string
}

// checkDocumentRates checks a sum restated in another currency with no rate
// beside it against the rate its document stated elsewhere for that pair:
// "… at about 15,000 dong to the New Zealand dollar …" then "licence fees of
// NZ$3.2 million a year (about 84 billion dong)" (3.2 million × 15,000 = 48
// billion). A document that states two rates for a pair is left alone.
func checkDocumentRates(p *Pass, tol float64, judged map[*claims.Fact]bool) {
	refs := map[currencyPair]*docRate{}
	rateSentences := map[sentenceKey]bool{}
	add := func(f *claims.Fact, unit, per string, rate float64) {
		k, v := currencyPair{f.Doc, unit, per}, rate
		if per < unit {
			k, v = currencyPair{f.Doc, per, unit}, 1/rate
		}
		if r := refs[k]; r != nil {
			if math.Abs(v/r.rate-1) > 0.02 {
				r.conflict = true
			}
			return
		}
		refs[k] = &docRate{f: f, rate: v}
	}
	var amounts []*claims.Fact
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Doc == nil || f.Quantity == nil {
			continue
		}
		if r, ok := rateOf(f); ok && r.per != "" {
			add(f, r.unit, r.per, f.Quantity.Value)
			rateSentences[sentenceKey{f.Doc, f.Sentence}] = true
			continue
		}
		if c := f.Quantity.Conversion; c != nil && c.Rate > 0 && c.Unit != f.Quantity.Unit {
			add(f, f.Quantity.Unit, c.Unit, c.Rate)
			continue
		}
		if isLevel(f) && f.Quantity.Value > 0 && f.Quantity.Conversion == nil && currencyUnit(f.Quantity.Unit) {
			amounts = append(amounts, f)
		}
	}
	if len(refs) == 0 {
		return
	}
	for i := 0; i+1 < len(amounts); i++ {
		from, to := amounts[i], amounts[i+1]
		if from.Doc != to.Doc || from.Sentence != to.Sentence || from.Quantity.Unit == to.Quantity.Unit ||
			judged[from] || judged[to] || rateSentences[sentenceKey{from.Doc, from.Sentence}] || !restatedBy(from, to) {
			continue
		}
		k := currencyPair{from.Doc, from.Quantity.Unit, to.Quantity.Unit}
		implied := from.Quantity.Value / to.Quantity.Value // lo per hi
		if k.hi < k.lo {
			k.lo, k.hi = k.hi, k.lo
			implied = 1 / implied
		}
		ref := refs[k]
		if ref == nil || ref.conflict {
			continue
		}
		// Written the way round that gives a rate above one, as texts write them.
		stated, shown, unit, per := ref.rate, implied, k.lo, k.hi
		if stated < 1 {
			stated, shown, unit, per = 1/stated, 1/implied, k.hi, k.lo
		}
		dev := math.Abs(shown/stated - 1)
		if ratio := math.Max(shown/stated, stated/shown); dev <= tol || ratio > 2 && !powerOfTen(ratio) {
			continue // within rounding, or a sum the text does not restate at this rate
		}
		a, b := from, to
		if a.Quantity.Unit != per {
			a, b = to, from // "3.2 million NZD × 15,000": the sum in the rate's "per" currency first
		}
		judged[from], judged[to] = true, true
		p.Report(Finding{Claims: ClaimsOf(from, to, ref.f), Message: fmt.Sprintf(
			"%s and %s imply %s %s per %s, but the article states %s %s per %s (%s): %s %s × %s = %s %s, %s off; tolerance %s",
			Quote(from), Quote(to), FormatNumber(roundRate(shown)), unit, per, FormatNumber(roundRate(stated)), unit, per,
			Where(ref.f), FormatNumber(a.Quantity.Value), per, FormatNumber(roundRate(stated)),
			FormatNumber(roundRate(a.Quantity.Value*stated)), b.Quantity.Unit,
			strings.TrimPrefix(FormatPercent(dev), "+"), strings.TrimPrefix(FormatPercent(tol), "+"))})
	}
}

// restatedBy reports whether amount to restates from right after it: "210
// million euros for digital government, equal to about 7.8 trillion dong",
// "NZ$3.2 million a year (about 84 billion dong)".
func restatedBy(from, to *claims.Fact) bool {
	if from.Span.End > to.Span.Start {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(textOf(from.Doc, from.Span.End, to.Span.Start)))
	if strings.ContainsAny(gap, ";:)0123456789") || len(strings.Fields(gap)) > 6 {
		return false
	}
	gap = withoutTrailingHedge(gap)
	for _, cue := range []string{"(", ", or", "equal to", "equivalent to", "worth"} {
		if strings.HasSuffix(gap, cue) && strings.Count(gap, "(") == strings.Count(cue, "(") {
			return true
		}
	}
	return false
}
