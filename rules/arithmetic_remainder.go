package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// remainderMarks say that a sentence's amount is what is left of a total the
// sentences before it broke down: "The remaining four regions … together
// contributed 6.9 million tonnes".
var remainderMarks = []string{"the remaining", "the rest of", "the other", "all other"}

// checkRemainder checks a breakdown spread over sentences that a remainder
// closes: "Total output reached 23.4 million tonnes. Central Anatolia led with
// 8.1 million tonnes, ahead of Southeastern Anatolia at 4.6 million and
// Marmara at 3.2 million. The remaining four regions … together contributed
// 6.9 million tonnes" (22.8, not 23.4). The total is the first amount of the
// unit in one of the three sentences before, the parts every amount of the
// unit after it, the remainder included; the total's own sentence gives no
// part ("against 20.5 million tonnes a year earlier" is another year).
func checkRemainder(p *Pass, earlier [][]*claims.Fact, levels []*claims.Fact) {
	if len(levels) == 0 || len(earlier) < 2 {
		return
	}
	// The remainder is the sentence's one amount in a unit; "the remaining
	// four regions" may count what it covers.
	var r *claims.Fact
	for _, f := range levels {
		if !isLevel(f) || f.Quantity.Unit == "count" && len(levels) > 1 {
			continue
		}
		if r != nil {
			return
		}
		r = f
	}
	if r == nil {
		return
	}
	lower := strings.ToLower(r.SentenceText())
	marked := false
	for _, m := range remainderMarks {
		marked = marked || strings.Contains(lower, m)
	}
	if !marked || !strings.Contains(lower, "together") && !strings.Contains(lower, "combined") && !strings.Contains(lower, "between them") {
		return
	}
	unit := r.Quantity.Unit
	parts := []*claims.Fact{r}
	for i, fs := range earlier {
		if i >= 3 {
			return
		}
		var own []*claims.Fact
		for _, f := range fs {
			if isLevel(f) && f.Quantity.Unit == unit {
				own = append(own, f)
			}
		}
		if len(own) == 0 {
			return // a sentence without the unit breaks the run
		}
		if i > 0 && len(parts) >= 3 && own[0].Quantity.Interval.Lo > 0 && isTotalLead(own[0]) {
			reportRemainder(p, own[0], parts)
			return
		}
		parts = append(own, parts...)
	}
}

// isTotalLead reports whether an amount is stated as a whole: "Total output
// reached", "in all", "altogether".
func isTotalLead(f *claims.Fact) bool {
	before := strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	return strings.Contains(before, "total") || strings.Contains(before, "overall") || strings.Contains(before, "in all") ||
		strings.Contains(before, "altogether") || strings.Contains(before, "combined")
}

// reportRemainder compares the parts with the total they should make.
func reportRemainder(p *Pass, total *claims.Fact, parts []*claims.Fact) {
	sum := quantity.Interval{}
	var qs []string
	for _, f := range parts {
		iv := f.Quantity.Interval
		sum.Lo += iv.Lo
		sum.Hi += iv.Hi
		sum.LoOpen = sum.LoOpen || iv.LoOpen
		sum.HiOpen = sum.HiOpen || iv.HiOpen
		qs = append(qs, Quote(f))
	}
	tv := total.Quantity.Interval
	if tv.Overlaps(widenEps(sum)) {
		return
	}
	cmp := "exceed"
	if sum.Hi < tv.Lo {
		cmp = "fall short of"
	}
	p.Report(Finding{Claims: ClaimsOf(append([]*claims.Fact{total}, parts...)...), Message: fmt.Sprintf(
		"%s (%s) is %s but its parts, the last given as the rest, %s add up to %s, which %s it",
		Quote(total), Where(total), sumText(tv), strings.Join(qs, " + "), sumText(sum), cmp)})
}
