package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// checkFromTo checks a change stated beside the two levels it joins: "grew from
// 12,400 hectares on Monday to 18,500 hectares by Tuesday, an increase of 25%".
// The levels are two amounts of one unit in the sentence, one after "from" and
// one after "to", in either order; the stated change must lie within
// what any values inside the levels' intervals imply, with the percentage taken as
// rounded to its last written digit.
func checkFromTo(p *Pass, levels, changes []*claims.Fact) {
	from, to := fromToPair(levels)
	if from == nil || len(changes) == 0 || from.Quantity.Unit == "percent" {
		// Between two percentages a percent is mostly another rate ("raised its growth
		// forecast to 5.3% from 5.1% and sees growth of 5.6% in 2027"), not the change.
		return
	}
	for _, c := range changes {
		q := c.Quantity
		if q.Kind != quantity.Change || q.Unit != "percent" {
			continue
		}
		a, b := from.Quantity.Interval, to.Quantity.Interval
		if a.Lo <= 0 {
			return
		}
		// The implied change ranges over all values inside both intervals.
		lo, hi := (b.Lo/a.Hi-1)*100, (b.Hi/a.Lo-1)*100
		stated := written(q)
		if q.Direction < 0 {
			stated = -stated
		}
		half := statedRounding(q)
		if stated+half >= lo && stated-half <= hi {
			return
		}
		p.Report(Finding{Claims: ClaimsOf(c, from, to), Message: fmt.Sprintf(
			"%s does not fit %s → %s in the same sentence: %s/%s − 1 = %s",
			Quote(c), Quote(from), Quote(to), FormatNumber(written(to.Quantity)), FormatNumber(written(from.Quantity)),
			FormatPercent(written(to.Quantity)/written(from.Quantity)-1))})
		return
	}
}

// fromToPair returns the levels after "from" and after "to" of one unit, in
// either order ("from A to B", "rose 18% to B, from A").
func fromToPair(levels []*claims.Fact) (from, to *claims.Fact) {
	for _, f := range levels {
		if !precededBy(f, "from") {
			continue
		}
		for _, g := range levels {
			if g != f && g.Quantity.Unit == f.Quantity.Unit && precededBy(g, "to") {
				return f, g
			}
		}
	}
	return nil, nil
}

// precededBy reports whether the word right before a fact's span is w.
func precededBy(f *claims.Fact, w string) bool {
	before := strings.TrimRight(f.Doc.Text[f.Sentence.Start:f.Span.Start], " ")
	return strings.HasSuffix(strings.ToLower(before), " "+w) || strings.EqualFold(before, w)
}

// statedRounding is half the step of the last written digit of a percentage
// ("25%" stands for 24.5–25.5%, "12.5%" for 12.45–12.55%).
func statedRounding(q *quantity.Quantity) float64 {
	v := written(q)
	if v == math.Trunc(v) {
		return 0.5
	}
	return 0.05
}
