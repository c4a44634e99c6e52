package rules

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// countHedges are words before an announced number that make it approximate: a
// list after "more than 30 investors" cannot be counted against 30.
var countHedges = []string{"more than", "over", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "at least", "up to", "close to", "upwards of", "at most", "fewer than", "less than", "dozens of", "hundreds of"}

// partialList reports whether an announcement names only some of its items: its
// count is hedged, or a selection word ("including", "such as", "among them")
// stands between the announcement and its first item. Extraction should not pass
// these as lists; the rule checks again so that a partial list is never an error.
func partialList(f *claims.Fact) bool {
	a := f.Announcement
	if f.Doc == nil || a == nil {
		return false
	}
	text := f.Doc.Text
	start, end := a.Start, a.End
	if start < 0 || end > len(text) || start > end {
		start, end = f.Span.Start, f.Span.End
	}
	if start < 0 || end > len(text) || start > end {
		return false
	}
	if hedgedBefore(text, start) || hedgedStart(text[start:end]) {
		return true
	}
	stop := min(len(text), end+200)
	if len(a.Items) > 0 && a.Items[0].Start > end && a.Items[0].Start <= len(text) {
		stop = a.Items[0].Start
	}
	if strings.Contains(text[end:stop], ". ") || strings.Contains(text[end:stop], ".\n") {
		// The items stand in a later sentence ("… signed seven agreements …, during a
		// visit led by …. The agreements are …"): a selection word must stand near the count.
		stop = min(stop, end+80)
	}
	gap := " " + strings.ToLower(text[end:stop]) + " "
	for _, m := range selectionMarks {
		if strings.Contains(gap, " "+m+" ") || strings.Contains(gap, " "+m+":") || strings.Contains(gap, " "+m+",") {
			return true
		}
	}
	return false
}

// hedgedBefore reports whether a hedge word ends right before off (the
// announcement may itself start with the number).
func hedgedBefore(text string, off int) bool {
	lo := max(0, off-24)
	before := " " + strings.Join(strings.Fields(strings.ToLower(text[lo:off])), " ")
	for _, h := range countHedges {
		if strings.HasSuffix(before, " "+h) {
			if ws := strings.Fields(before); h == "around" && len(ws) >= 2 && quantity.AroundAfterRests(ws[len(ws)-2]) {
				return false // "built around three pillars:": what it rests on
			}
			return true
		}
	}
	return false
}

// hedgedStart reports whether the announcing phrase itself opens with a hedge
// ("More than 30 investors").
func hedgedStart(phrase string) bool {
	p := strings.Join(strings.Fields(strings.ToLower(phrase)), " ") + " "
	for _, h := range countHedges {
		if strings.HasPrefix(p, h+" ") {
			return true
		}
	}
	return false
}
