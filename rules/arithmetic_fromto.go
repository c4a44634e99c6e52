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
	ft, ok := fromToOf(levels)
	if !ok || len(changes) == 0 || ft.unit == "percent" || ft.a.Lo <= 0 {
		// Between two percentages a percent is mostly another rate ("raised its growth
		// forecast to 5.3% from 5.1% and sees growth of 5.6% in 2027"), not the change.
		return
	}
	// The implied change ranges over all values inside both intervals.
	lo, hi := (ft.b.Lo/ft.a.Hi-1)*100, (ft.b.Hi/ft.a.Lo-1)*100
	var misfit *claims.Fact
	for _, c := range changes {
		q := c.Quantity
		if q.Kind != quantity.Change || q.Unit != "percent" {
			continue
		}
		stated := written(q)
		if q.Direction < 0 {
			stated = -stated
		}
		half := statedRounding(q)
		if stated+half >= lo && stated-half <= hi {
			return // one change of the sentence fits: it is the one the levels join
		}
		if misfit == nil || offsetGap(c, ft.facts[0]) < offsetGap(misfit, ft.facts[0]) {
			misfit = c // the nearest change is the one the levels must fit
		}
	}
	if misfit == nil {
		return
	}
	p.Report(Finding{Claims: ClaimsOf(append([]*claims.Fact{misfit}, ft.facts...)...), Message: fmt.Sprintf(
		"%s does not fit %s → %s in the same sentence: %s/%s − 1 = %s",
		Quote(misfit), QuoteText(ft.fromText), QuoteText(ft.toText), FormatNumber(ft.to), FormatNumber(ft.from),
		FormatPercent(ft.to/ft.from-1))})
}

// fromTo is a move between two levels of one unit: two amounts after "from"
// and "to", or one range written "from A to B".
type fromTo struct {
	facts            []*claims.Fact
	a, b             quantity.Interval // the levels' intervals
	from, to         float64           // the numbers as written
	fromText, toText string
	unit             string
}

// fromToOf finds the move of a sentence's levels, if any.
func fromToOf(levels []*claims.Fact) (fromTo, bool) {
	if from, to := fromToPair(levels); from != nil {
		return fromTo{facts: []*claims.Fact{from, to}, a: from.Quantity.Interval, b: to.Quantity.Interval,
			from: written(from.Quantity), to: written(to.Quantity), fromText: from.Text(), toText: to.Text(),
			unit: from.Quantity.Unit}, true
	}
	for _, f := range levels {
		q := f.Quantity
		if !fromToRange(f) || q.Hedge != "" {
			continue
		}
		text := f.Text()
		cut := strings.LastIndex(strings.ToLower(text), " to ")
		return fromTo{facts: []*claims.Fact{f}, a: quantity.Interval{Lo: q.Value, Hi: q.Value},
			b: quantity.Interval{Lo: q.ValueHi, Hi: q.ValueHi}, from: q.Value, to: q.ValueHi,
			fromText: strings.TrimSpace(text[len("from"):cut]), toText: strings.TrimSpace(text[cut+len(" to "):]),
			unit: q.Unit}, true
	}
	return fromTo{}, false
}

// fromToRange reports whether an amount is a range written "from A to B" (a
// move between two levels when a change stands beside it: "rose 38.6 per cent,
// from USD 4.4 billion to USD 6.8 billion").
func fromToRange(f *claims.Fact) bool {
	q := f.Quantity
	if q == nil || !q.IsRange || q.ValueHi <= q.Value {
		return false
	}
	t := strings.ToLower(f.Text())
	return strings.HasPrefix(t, "from ") && strings.Contains(t, " to ")
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
