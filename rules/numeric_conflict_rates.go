package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// checkRateConflicts compares stated percentage changes of one measure over
// one stated period in two sources: "The economy expanded 2.3% last year"
// and "Gross domestic product grew 3.2% in 2025" cannot both hold. Each rate
// stands for what rounds to it ("3.2%" is 3.15 to 3.25); a fall is negative.
// Rates measured against different bases ("year on year", "quarter on
// quarter") or by different subjects are left alone, and so are rates
// without a period: a growth "since 2019" and one "this year" differ.
func checkRateConflicts(p *Pass, done map[pairKey]bool) {
	var rs []*claims.Fact
	for _, f := range p.Index.Kind(claims.KindChange) {
		q := f.Quantity
		if q == nil || f.Doc == nil || q.Kind != quantity.Change || q.Unit != "percent" || f.Period == "" || f.Key == "" ||
			f.Plan || q.Hedge != "" || q.Direction == 0 {
			continue
		}
		if s := strings.ToLower(f.SentenceText()); strings.Contains(s, "same period") || wholeYear(f.Period) && namesMonth(s) {
			continue // "in January and February …, up 9 percent from the same period last year": the year is the base's
		}
		rs = append(rs, f)
	}
	for i, a := range rs {
		for _, b := range rs[i+1:] {
			if !docPair(a, b) || a.Period != b.Period || differentSubjects(a, b) || !claims.KeysMatch(a.Key, b.Key) ||
				rateBase(a) != rateBase(b) {
				continue
			}
			va, vb := signedRate(a), signedRate(b)
			ha, hb := statedRounding(a.Quantity), statedRounding(b.Quantity)
			if math.Abs(va-vb) <= ha+hb {
				continue
			}
			k := newPairKey(a, b)
			if done[k] {
				continue
			}
			done[k] = true
			p.Report(Finding{Claims: ClaimsOf(a, b), Message: fmt.Sprintf(
				"%s vs %s: a change of %s%% and one of %s%% for the same measure and period (%s)",
				Quote(a), QuoteAt(b), FormatNumber(va), FormatNumber(vb), periodText(a.Period))})
		}
	}
}

// signedRate is a stated percentage change, negative for a fall.
func signedRate(f *claims.Fact) float64 {
	v := written(f.Quantity)
	if f.Quantity.Direction < 0 {
		return -v
	}
	return v
}

// rateBase names what a rate is measured against when its sentence says:
// "year on year", "quarter on quarter", "month on month"; "" otherwise.
func rateBase(f *claims.Fact) string {
	s := strings.ToLower(f.SentenceText())
	for _, b := range []string{"quarter", "month", "week"} {
		if strings.Contains(s, b+"-on-"+b) || strings.Contains(s, b+" on "+b) || strings.Contains(s, "previous "+b) {
			return b
		}
	}
	return ""
}

// periodText writes a fact's period for a message: "2025-01-01 to 2026-01-01".
func periodText(period string) string {
	from, to, ok := parsePeriod(period)
	if !ok {
		return period
	}
	return formatPeriod(from, to)
}

// wholeYear reports a period of one calendar year.
func wholeYear(period string) bool {
	from, to, ok := parsePeriod(period)
	return ok && from.Month() == 1 && from.Day() == 1 && to.Equal(from.AddDate(1, 0, 0))
}

// namesMonth reports a month's name in lower-cased text s.
func namesMonth(s string) bool {
	for _, m := range []string{"january", "february", "march", "april", " may ", "june", "july", "august", "september", "october", "november", "december"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
