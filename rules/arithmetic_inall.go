package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// checkSumInAll checks a sentence whose last amount sums the ones before it
// ("held 11 tonnes of toluene, 5 tonnes of methanol and 4 tonnes of acetone
// when the reactor burst, 18 tonnes in all"): "in all", "in total" or
// "altogether" right after it, two amounts or more of its unit before it.
// Counts are left out, as their parts count different things ("12 men and
// 3 women, 15 people in all" is for the count rules), and so is money, as a
// sentence's sums are as often prices, awards and conversions as parts. It
// reports whether it judged the sentence.
func checkSumInAll(p *Pass, fs []*claims.Fact) bool {
	for i, t := range fs {
		q := t.Quantity
		if q == nil || q.Unit == "count" || q.Unit == "percent" || q.Unit == "fraction" || quantity.IsMoney(q.Unit) || t.Kind != claims.KindQuantity || t.Prior || i < 2 {
			continue
		}
		rest := strings.ToLower(textOf(t.Doc, t.Span.End, t.Sentence.End))
		if !strings.HasPrefix(rest, " in all") && !strings.HasPrefix(rest, " in total") && !strings.HasPrefix(rest, " altogether") {
			continue
		}
		var parts []*claims.Fact
		for _, f := range fs[:i] {
			if f.Quantity == nil || f.Kind != claims.KindQuantity || f.Prior || f.Quantity.Unit != q.Unit || f.Span.End > t.Span.Start {
				continue
			}
			parts = append(parts, f)
		}
		if len(parts) < 2 || selection(t) {
			return false
		}
		sum, tv := sumOf(parts), q.Interval
		if tv.Overlaps(sum) {
			return true
		}
		var qs []string
		for _, f := range parts {
			qs = append(qs, Quote(f))
		}
		cmp := "exceed"
		if sum.Hi < tv.Lo {
			cmp = "fall short of"
		}
		p.Report(Finding{Message: fmt.Sprintf("%s (%s) is given as the whole but the amounts before it, %s, add up to %s, which %s it",
			Quote(t), Where(t), strings.Join(qs, " + "), sumText(sum), cmp),
			Claims: ClaimsOf(append([]*claims.Fact{t}, parts...)...)})
		return true
	}
	return false
}
