package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// checkShares finds "A of B ..., or P%" in a sentence and checks A/B against P.
func checkShares(p *Pass, fs []*claims.Fact) {
	for i := 0; i+2 < len(fs); i++ {
		a, b, pc := fs[i], fs[i+1], fs[i+2]
		if !isLevel(a) || !isLevel(b) || pc.Quantity.Unit != "percent" || a.Quantity.Unit != b.Quantity.Unit || a.Quantity.Unit == "percent" {
			continue
		}
		text := a.Doc.Text
		if !ofBetween(text, a.Span.End, b.Span.Start) || !appositive(text, b.Span.End, pc.Span.Start) {
			continue
		}
		av, bv := a.Quantity.Interval, b.Quantity.Interval
		if bv.Lo <= 0 {
			continue
		}
		share := widenEps(quantity.Interval{Lo: av.Lo / bv.Hi * 100, Hi: av.Hi / bv.Lo * 100})
		stated := pc.Quantity.Interval
		if stated.Lo == stated.Hi {
			r := rounding(written(pc.Quantity), modePercent)
			stated.Lo, stated.Hi = stated.Lo-r, stated.Hi+r
		}
		if share.Overlaps(stated) {
			continue
		}
		msg := fmt.Sprintf("%s of %s is %s%%, not %s (%s/%s)", Quote(a), Quote(b),
			FormatNumber(roundTo(written(a.Quantity)/written(b.Quantity)*100, 1)), Quote(pc),
			FormatNumber(written(a.Quantity)), FormatNumber(written(b.Quantity)))
		p.Report(Finding{Message: msg, Claims: ClaimsOf(pc, a, b)})
	}
}

// ofBetween reports whether only "of" or "out of" (with "the") joins a count to
// its base.
func ofBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 16 {
		return false
	}
	w := strings.Join(strings.Fields(strings.ToLower(text[from:to])), " ")
	switch w {
	case "of", "of the", "out of", "out of the", "of all", "of a total of":
		return true
	}
	return false
}

// appositive reports whether the percentage restates the share right after the
// base: ", or 25%", "(25%)", ", accounting for 25%".
func appositive(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 40 {
		return false
	}
	w := " " + strings.Join(strings.Fields(strings.ToLower(text[from:to])), " ") + " "
	for _, m := range []string{" or ", "(", " accounting for ", " equal to ", " representing ", " i.e. ", " some ", " about "} {
		if strings.Contains(w, m) {
			return true
		}
	}
	return false
}

// roundTo rounds v to n decimals.
func roundTo(v float64, n int) float64 {
	p := 1.0
	for i := 0; i < n; i++ {
		p *= 10
	}
	if v < 0 {
		return -float64(int64(-v*p+0.5)) / p
	}
	return float64(int64(v*p+0.5)) / p
}

// span text of a fact and its conversion, for quoting: "14.83 trillion VND
// (563.71 million USD)".
func convText(f *claims.Fact) string {
	start, end := f.Span.Start, f.Span.End
	c := f.Quantity.Conversion
	if c.Start >= 0 && c.Start < start {
		start = c.Start
	}
	if c.End > end {
		end = c.End
	}
	if end < len(f.Doc.Text) && f.Doc.Text[end] == ')' {
		end++
	}
	if start < 0 || end > len(f.Doc.Text) || start > end {
		return factText(f)
	}
	return f.Doc.Text[start:end]
}
