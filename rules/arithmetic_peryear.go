package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numword"
)

// overYears matches a stated span of whole years between a sum and its
// yearly restatement: "over five years", "over the next 3 years".
var overYears = regexp.MustCompile(`\bover (?:the next |the coming |the )?([a-z]+|[0-9]+) years\b`)

// checkPerYear checks a sum over several years restated as a yearly amount:
// "a $3.6 billion capital program over 2026-2028, or roughly $1.4 billion a
// year" (3.6 / 3 = 1.2). The years are those the sum's period spans, or the
// ones "over N years" states; the yearly amount follows ", or" and is marked
// "a year", "per year", "annually" or "each year".
func checkPerYear(p *Pass, levels []*claims.Fact) {
	for i, a := range levels {
		for _, b := range levels[i+1:] {
			if a.Quantity.Unit != b.Quantity.Unit || b.Span.Start < a.Span.End || a.Quantity.Value <= 0 {
				continue
			}
			if nearerBefore(levels, a, b) {
				continue // "runs 46 nursing homes …, to train 1,200 care workers over three years, or about 400 a year": the 1,200
			}
			text := a.Doc.Text
			gap := text[a.Span.End:b.Span.Start]
			if !strings.HasSuffix(strings.TrimRight(gap, " "), ", or") && !strings.HasSuffix(strings.TrimRight(gap, " "), " or") || strings.ContainsAny(gap, ";:()") {
				continue
			}
			if !yearlyAfter(text[b.Span.End:min(len(text), b.Span.End+12)]) {
				continue
			}
			n, span := yearsOf(a, gap)
			if n < 2 {
				continue
			}
			lo, hi := b.Quantity.Interval.Lo*float64(n), b.Quantity.Interval.Hi*float64(n)
			tv := a.Quantity.Interval
			if tv.Hi >= lo*0.97 && tv.Lo <= hi*1.03 {
				continue // within rounding of the yearly figure
			}
			p.Report(Finding{Claims: ClaimsOf(b, a), Message: fmt.Sprintf("%s a year does not fit %s over %s: %s / %d = %s a year",
				Quote(b), Quote(a), span, FormatNumber(a.Quantity.Value), n, FormatNumber(a.Quantity.Value/float64(n)))})
		}
	}
}

// yearlyAfter reports a yearly marker opening s: " a year", " per year",
// " annually", " each year".
func yearlyAfter(s string) bool {
	s = strings.ToLower(s)
	for _, m := range []string{" a year", " per year", " annually", " each year", " per annum", " a yr"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// yearsOf returns how many whole years a sum runs over, and how the text
// says so: "over five years" in the gap before its restatement, or the
// whole years of its period (2026-01-01/2029-01-01 is 3, "2026 to 2028");
// 0 when neither says.
func yearsOf(a *claims.Fact, gap string) (int, string) {
	if m := overYears.FindStringSubmatch(strings.ToLower(gap)); m != nil {
		if n, ok := numword.Cardinal(m[1]); ok {
			return n, strings.TrimPrefix(m[0], "over ")
		}
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n, strings.TrimPrefix(m[0], "over ")
		}
	}
	from, to, ok := strings.Cut(a.Period, "/")
	if !ok {
		return 0, ""
	}
	f, err1 := time.Parse("2006-01-02", from)
	t, err2 := time.Parse("2006-01-02", to)
	if err1 != nil || err2 != nil || f.Month() != time.January || f.Day() != 1 || t.Month() != time.January || t.Day() != 1 {
		return 0, ""
	}
	return t.Year() - f.Year(), fmt.Sprintf("the %d years %d to %d", t.Year()-f.Year(), f.Year(), t.Year()-1)
}

// nearerBefore reports a level of b's unit between a and b: a is then not
// the amount b restates.
func nearerBefore(levels []*claims.Fact, a, b *claims.Fact) bool {
	for _, f := range levels {
		if f != a && f != b && f.Quantity.Unit == b.Quantity.Unit && f.Span.Start >= a.Span.End && f.Span.End <= b.Span.Start {
			return true
		}
	}
	return false
}
