package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/textnorm"
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
func checkRemainder(p *Pass, earlier [][]*claims.Fact, levels, changes []*claims.Fact) {
	if len(levels) == 0 || len(earlier) < 2 {
		return
	}
	// "the rest of the world added 62,000": what the rest adds is its part,
	// though "added" reads as a change.
	if n := len(changes); n > 0 && changes[n-1].Span.Start > levels[len(levels)-1].Span.Start && changes[n-1].Quantity.Unit != "percent" {
		levels = append(levels[:len(levels):len(levels)], changes[n-1])
	}
	// The remainder is the sentence's last amount, after its mark; amounts of
	// its unit before it in the sentence are parts too ("China accounted for
	// 148,300 units and North America for 97,500, while the rest of the world
	// added 62,000"). "The remaining four regions" may count what it covers.
	r := levels[len(levels)-1]
	if r.Quantity == nil || r.Kind == claims.KindQuantity && !isLevel(r) {
		return
	}
	lower := strings.ToLower(textOf(r.Doc, r.Sentence.Start, r.Span.Start))
	mark := ""
	for _, m := range remainderMarks {
		if strings.Contains(lower, m) {
			mark = m
		}
	}
	if mark == "" {
		return
	}
	after := lower[strings.LastIndex(lower, mark):]
	if ws := strings.Fields(strings.TrimPrefix(after, mark)); len(ws) > 0 && (ws[0] == "the" && len(ws) > 1 && timeWord(ws[1]) || timeWord(ws[0])) {
		return // "for the rest of the year": a time, no remainder
	}
	if mark != "the rest of" && !strings.Contains(after, "together") && !strings.Contains(after, "combined") && !strings.Contains(after, "between them") {
		return // "the other regions grew faster": no sum of them
	}
	unit := r.Quantity.Unit
	var parts []*claims.Fact
	for _, f := range levels {
		if (f == r || isLevel(f)) && f.Quantity.Unit == unit && !(unit == "count" && f != r && strings.Contains(after, strings.ToLower(f.Text()))) {
			parts = append(parts, f)
		}
	}
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
		strings.Contains(before, "altogether") || strings.Contains(before, "combined") || strings.Contains(before, "worldwide")
}

// reportRemainder compares the parts with the total they should make.
func reportRemainder(p *Pass, total *claims.Fact, parts []*claims.Fact) {
	sum := sumOf(parts)
	var qs []string
	for _, f := range parts {
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

// timeWord reports the calendar words "the rest of" may take: then it is a
// time, not what is left of a total.
func timeWord(w string) bool {
	switch strings.Trim(w, ",.") {
	case "year", "month", "week", "day", "quarter", "season", "decade", "term", "summer", "winter", "spring", "autumn", "campaign":
		return true
	}
	return false
}

// checkRemainingPercent checks shares of a whole that a sentence completes
// with "the remaining" or "the rest": "Lakandula will own 65 percent, the
// Dang family will keep 30 percent and an employee plan will hold the
// remaining 10 percent" says the three make 100 percent, and they make 105.
func checkRemainingPercent(p *Pass, levels []*claims.Fact) {
	var parts []*claims.Fact
	for _, f := range levels {
		if f.Quantity != nil && f.Quantity.Unit == "percent" && f.Kind == claims.KindQuantity {
			parts = append(parts, f)
		}
	}
	if len(parts) < 2 {
		return
	}
	last := parts[len(parts)-1]
	before := strings.Fields(strings.ToLower(textOf(last.Doc, max(last.Sentence.Start, last.Span.Start-24), last.Span.Start)))
	if n := len(before); n < 2 || before[n-1] != "remaining" && !(before[n-2] == "the" && before[n-1] == "rest") {
		return
	}
	// Parts that fall short may have been given in the sentences before ("…
	// holds a 15 percent share." then "… 55 percent, while … the remaining
	// 30 percent"); parts beyond the whole cannot.
	sum := sumOf(parts)
	if sum.Overlaps(quantity.Interval{Lo: 100, Hi: 100}) || sum.Hi <= 100 {
		return
	}
	var qs []string
	for _, f := range parts {
		qs = append(qs, Quote(f))
	}
	msg := fmt.Sprintf("%s (%s) add up to %s%%, more than the whole (100%%) that the remaining share completes",
		strings.Join(qs, " + "), Where(parts[0]), sumText(sum))
	p.Report(Finding{Message: msg, Claims: ClaimsOf(parts...)})
}

// checkNamedBreakdown checks a sentence that gives a count by place right
// after the sentence that gives its total: "The ministry put the national
// total at 468. Guayas had 205 cases, Manabí 108, Los Ríos 79, El Oro 43 and
// Esmeraldas 23." Three parts at least, all of one key, each after a name
// but the first; the total is the sentence before's one amount of the unit
// that the word "total" names. Parts that exceed it are wrong; parts that
// fall short are wrong only when they miss by less than a tenth (a list of
// the worst-hit places leaves the rest out).
func checkNamedBreakdown(p *Pass, earlier [][]*claims.Fact, fs []*claims.Fact) bool {
	if len(earlier) == 0 || len(fs) < 3 {
		return false
	}
	parts := fs
	for k, f := range parts {
		if f.Quantity == nil || f.Quantity.Unit != "count" || f.Kind != claims.KindQuantity || f.Key == "" || f.Key != parts[0].Key ||
			k > 0 && f.Subject == "" {
			return false
		}
	}
	var total *claims.Fact
	for _, t := range earlier[0] {
		if t.Quantity == nil || t.Quantity.Unit != "count" || !isLevel(t) || !nextSentenceOf(t.Doc.Text, t.Sentence, parts[0].Sentence) {
			continue
		}
		if !strings.Contains(strings.ToLower(textOf(t.Doc, max(t.Sentence.Start, t.Span.Start-30), t.Span.Start)), "total") {
			continue
		}
		if total != nil {
			return false // two totals: no telling which one the places break down
		}
		total = t
	}
	if total == nil {
		return false
	}
	sum, tv := sumOf(parts), total.Quantity.Interval
	if tv.Overlaps(sum) {
		return false
	}
	short := sum.Hi < tv.Lo
	if short && !nearMiss(sum, tv, len(parts)) {
		return false
	}
	cmp := "exceed"
	if short {
		cmp = "fall short of"
	}
	var qs []string
	for _, f := range parts {
		qs = append(qs, QuoteText(placeAndFigure(f)))
	}
	msg := fmt.Sprintf("%s is %s but its parts in the next sentence %s (%s) add up to %s, which %s it",
		Quote(total), sumText(tv), strings.Join(qs, " + "), Where(parts[0]), sumText(sum), cmp)
	p.Report(Finding{Message: msg, Claims: ClaimsOf(append([]*claims.Fact{total}, parts...)...)})
	return true
}

// placeAndFigure returns a part of a list by place with its name: the words
// from the separator before it to its figure ("Manabí 108", "Guayas had 205
// cases" cut to its last five words).
func placeAndFigure(f *claims.Fact) string {
	if remainderPart(f) {
		// "35 cases have been traced to other parts of the camp": the words
		// after the figure say it is the rest.
		after := textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+60))
		if i := strings.IndexAny(after, ",;"); i >= 0 {
			after = after[:i]
		}
		return strings.TrimRight(f.Text()+after, ".")
	}
	if f.Subject != "" {
		// "12 deaths in Beira, eight in Dondo": the place follows the figure.
		after := textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+40))
		if i := strings.Index(after, ","); i >= 0 {
			after = after[:i]
		}
		if i := strings.Index(after, " and "); i >= 0 {
			after = after[:i]
		}
		if strings.HasSuffix(textnorm.Fold(strings.TrimRight(after, ".;")), " "+f.Subject) {
			return f.Text() + strings.TrimRight(after, ".;")
		}
	}
	before := textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-40), f.Span.Start)
	if i := max(strings.LastIndex(before, ", "), strings.LastIndex(before, " and "), strings.LastIndex(before, ": ")); i >= 0 {
		before = before[i:]
	}
	before = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(before, ", "), " and "), ": ")
	if strings.HasSuffix(before, "(") && f.Span.End < len(f.Doc.Text) && f.Doc.Text[f.Span.End] == ')' {
		// "the districts of Machala (27)": the place and its bracketed figure
		if i := strings.LastIndex(before, " of "); i >= 0 {
			before = before[i+len(" of "):]
		}
		return before + f.Text() + ")"
	}
	ws := strings.Fields(before + f.Text())
	ws = ws[max(0, len(ws)-5):]
	for len(ws) > 2 && (ws[0] == "by" || ws[0] == "followed") {
		ws = ws[1:] // "followed by Kakuma 2 with 102": the list's joint, not the part
	}
	return strings.Join(ws, " ")
}
