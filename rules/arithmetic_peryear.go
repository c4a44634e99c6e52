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
			if fitsYearly(a, b, n) {
				continue
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
		if n, ok := yearCount(m[1]); ok {
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

// forYears matches a term of whole years a deal runs for: "for three years",
// "over the next five years", "over the five-year term".
var forYears = regexp.MustCompile(`\b(?:for|over) (?:the next |a further |another |the |its |a )?([a-z]+|[0-9]+)(?: years\b|-year (?:term|period|deal|contract|agreement|life)\b)`)

// lifeMarks close a sum of every year of a term: "worth some US$480 million
// over its life".
var lifeMarks = []string{" over its life", " over the life", " over the term", " over its term", " over the period", " in total", " in all", " over the three", " over the four", " over the five"}

// checkLifeTotal checks a yearly amount against the sum of a term that its
// sentence or the one before gives in years: "… will supply 400,000 tonnes a
// year … for three years. At about US$140 million a year, the contract is
// worth some US$480 million over its life" (3 × 140 = 420).
func checkLifeTotal(p *Pass, earlier [][]*claims.Fact, levels []*claims.Fact) {
	for i, a := range levels {
		text := a.Doc.Text
		if a.Quantity.Value <= 0 || !yearlyAfter(text[a.Span.End:min(len(text), a.Span.End+12)]) {
			continue
		}
		for _, b := range levels[i+1:] {
			after := strings.ToLower(text[b.Span.End:min(b.Sentence.End, b.Span.End+24)])
			if b.Quantity.Unit != a.Quantity.Unit || nearerBefore(levels, a, b) || !hasAnyPrefix(after, lifeMarks) || otherThingBetween(text[a.Span.End:b.Span.Start]) {
				continue
			}
			n, span := termYears(strings.ToLower(a.SentenceText()))
			if n == 0 && len(earlier) > 0 && len(earlier[0]) > 0 && nextSentenceOf(text, earlier[0][0].Sentence, a.Sentence) {
				n, span = termYears(strings.ToLower(earlier[0][0].SentenceText()))
			}
			if n < 2 {
				continue
			}
			if fitsYearly(b, a, n) {
				continue
			}
			p.Report(Finding{Claims: ClaimsOf(b, a), Message: fmt.Sprintf("%s over the term does not fit %s a year for %s: %s × %d = %s",
				Quote(b), Quote(a), span, FormatNumber(a.Quantity.Value), n, FormatNumber(a.Quantity.Value*float64(n)))})
		}
	}
}

// otherThingBetween reports a clause that turns to another thing between a
// yearly amount and a total: "400,000 tonnes of urea a year …, with cotton
// shipments, 120,000 tonnes in total over three years", "…, while …".
func otherThingBetween(gap string) bool {
	gap = strings.ToLower(gap)
	return strings.Contains(gap, ", with ") || strings.Contains(gap, " while ") || strings.Contains(gap, " whereas ")
}

// termYears returns the whole years a sentence says a deal runs for, and
// how it says so; 0 when it says none.
func termYears(s string) (int, string) {
	m := forYears.FindStringSubmatch(s)
	if m == nil {
		return 0, ""
	}
	if n, ok := yearCount(m[1]); ok {
		return n, m[1] + " years"
	}
	return 0, ""
}

// yearCount reads a count of years written in words or digits.
func yearCount(w string) (int, bool) {
	if n, ok := numword.Cardinal(w); ok {
		return n, true
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// fitsYearly reports a sum within rounding (3%) of a yearly amount times n.
func fitsYearly(sum, yearly *claims.Fact, n int) bool {
	lo, hi := yearly.Quantity.Interval.Lo*float64(n), yearly.Quantity.Interval.Hi*float64(n)
	tv := sum.Quantity.Interval
	return tv.Hi >= lo*0.97 && tv.Lo <= hi*1.03
}

// hasAnyPrefix reports whether s opens with one of ps.
func hasAnyPrefix(s string, ps []string) bool {
	for _, x := range ps {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}
