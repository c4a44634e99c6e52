package dates

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// spanCue reports the prepositions that let a part of a year stand without its
// year ("in the first half", "during the first nine months"): the year is then
// the reference's, as for "the first half of the year".
func spanCue(w string) bool {
	switch w {
	case "in", "during", "for", "over", "throughout", "through":
		return true
	}
	return false
}

// monthsOfYear reads "the first nine months of 2025", "the last four months of
// the year", "the first three quarters of this year", and with a cue before it
// "in the first eight months": the leading or trailing months of one year.
func (s *scanner) monthsOfYear(i int) (match, bool) {
	k := i
	if s.word(k) == "the" {
		k++
	}
	first := false
	switch s.word(k) {
	case "first":
		first = true
	case "last", "final":
	default:
		return match{}, false
	}
	n, ok := s.plainInt(k + 1)
	e := k + 2
	if !ok && s.kind(k+1) == token.Word {
		n, ok = s.cardinal(k + 1)
	}
	per := 0
	switch s.word(e) {
	case "months":
		per = 1
	case "quarters":
		per = 3
	}
	months := n * per
	if !ok || per == 0 || n < 2 || months > 12 {
		return match{}, false
	}
	y, rel, end := noYear, false, e+1
	if w := s.word(e + 1); w == "of" || w == "in" {
		var yok bool
		y, rel, end, yok = s.yearExpr(e + 2)
		if !yok {
			return match{}, false
		}
	} else if !s.cued(i) || !s.boundary(e+1) || !first {
		// "the last four months" alone counts back from the reference (pastSpan).
		return match{}, false
	} else if !s.ref.IsZero() {
		y, rel = s.ref.Year(), true
	}
	start := time.Month(1)
	if !first {
		start = time.Month(13 - months)
	}
	return match{d: monthsDate(y, start, months, rel), from: i, to: end}, true
}

// monthsTo reads the months up to and including a month: "the six months to
// June", "the nine months ended September 30, 2025", "the 12 months through
// March", "the year to December". Without a year the month is the last one of that name begun by the
// reference date.
func (s *scanner) monthsTo(i int) (match, bool) {
	k := i
	if s.word(k) == "the" {
		k++
	}
	n, ok := s.plainInt(k)
	if !ok && s.kind(k) == token.Word {
		n, ok = s.cardinal(k)
	}
	if k > i && s.word(k) == "year" {
		n, ok, k = 12, true, k-1 // "the year to December", "the year ended June 30": twelve months
	} else if !ok || n < 2 || n > 24 || s.word(k+1) != "months" {
		return match{}, false
	}
	switch s.word(k + 2) {
	case "to", "ended", "ending", "through", "till", "until":
	default:
		return match{}, false
	}
	m, end, ok := s.month(k+3, true)
	if !ok {
		return match{}, false
	}
	if d, ok := s.plainInt(end); ok && d >= 1 && d <= 31 {
		end++ // "September 30"
	}
	y, rel := noYear, false
	yearAt := end
	if s.sym(yearAt, ",") {
		yearAt++
	}
	if v, ok := s.plainInt(yearAt); ok && v >= 1900 && v <= 2100 && len(s.raw(yearAt)) == 4 {
		y, end = v, yearAt+1
	} else if !s.ref.IsZero() {
		y, rel = s.ref.Year(), true
		if m > s.ref.Month() {
			y--
		}
	}
	startMonth, startYear := int(m)-n+1, y
	for startMonth < 1 && y != noYear {
		startMonth += 12
		startYear--
	}
	if startMonth < 1 {
		return match{}, false // months of a year the text does not give
	}
	return match{d: monthsDate(startYear, time.Month(startMonth), n, rel), from: i, to: end}, true
}

// cued reports whether a span starting at i ("the first half") follows a
// preposition that makes it a time ("in the first half").
func (s *scanner) cued(i int) bool {
	if s.word(i) == "the" {
		return spanCue(s.word(i - 1))
	}
	return s.word(i-1) == "the" && spanCue(s.word(i-2))
}

// monthsDate is the period of n months from month m of year y (y may be noYear:
// then it stays unresolved).
func monthsDate(y int, m time.Month, n int, rel bool) Date {
	tx := fmt.Sprintf("(%s,%s,P%dM)", timex(y, m, 0), timex(y, m+time.Month(n), 0), n)
	if m+time.Month(n) > 12 {
		tx = fmt.Sprintf("(%s,%s,P%dM)", timex(y, m, 0), timex(nextYear(y), 1, 0), n)
	}
	dt := Date{Granularity: Month, Relative: rel, Timex: tx}
	if y == noYear {
		return dt
	}
	dt.From = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	dt.To = dt.From.AddDate(0, n, 0)
	dt.Resolved = true
	return dt
}

func nextYear(y int) int {
	if y == noYear {
		return y
	}
	return y + 1
}

// bareHalf reads "the first half", "the third quarter" after a cue and before
// a boundary ("grew in the first half."), and a hyphenated part before what a
// report measures ("fourth-quarter profit", "first-half revenue"): the latest
// such part that began by the reference date, so "fourth-quarter results"
// published in February are those of the year before.
func (s *scanner) bareHalf(i int) (match, bool) {
	v, per, e, ok := s.ordinalPart(i)
	if !ok {
		v, per, e, ok = s.hyphenPart(i)
		if !ok {
			return match{}, false
		}
	} else if !s.cued(i) || !s.boundary(e+1) && !(s.word(e+1) == "alone" && s.boundary(e+2)) {
		return match{}, false // "In the fourth quarter alone, net profit fell"
	}
	y := noYear
	if !s.ref.IsZero() {
		y = s.ref.Year()
		if time.Month((v-1)*12/per+1) > s.ref.Month() && !s.futureBefore(i) {
			y-- // the fourth quarter, read in February: last year's ("will open … in the third quarter" is this year's)
		}
	}
	return match{d: partDate(y, per, v, true), from: i, to: e + 1}, true
}

// hyphenPart reads "fourth-quarter" or "first-half" joined by a tight hyphen
// to the word before a reported measure ("fourth-quarter results"), not to a
// match's ("a first-half goal"). It returns what ordinalPart does.
func (s *scanner) hyphenPart(i int) (n, per, e int, ok bool) {
	n, e, ok = s.ordinalWord(i)
	if !ok || !s.sym(e, "-") || !s.adj(e-1) || !s.adj(e) {
		return 0, 0, i, false
	}
	switch s.word(e + 1) {
	case "quarter":
		per = 4
	case "half":
		per = 2
	default:
		return 0, 0, i, false
	}
	e++
	if n < 1 || n > per || !reportedMeasures[s.word(e+1)] {
		return 0, 0, i, false
	}
	return n, per, e, true
}

// reportedMeasures are what a company or an economy reports for a quarter
// or a half year.
var reportedMeasures = map[string]bool{"results": true, "profit": true, "profits": true, "revenue": true,
	"revenues": true, "earnings": true, "sales": true, "net": true, "loss": true, "losses": true, "gdp": true,
	"growth": true, "output": true, "exports": true, "imports": true, "figures": true, "income": true,
	"deliveries": true, "shipments": true, "operating": true, "margin": true, "margins": true, "pre-tax": true,
	"turnover": true, "ebitda": true, "dividend": true, "report": true, "numbers": true, "pre": true, "after": true}

// wholeYear reads "the whole of 2024", "all of last year", "the full year
// 2024", "full-year 2024", "the whole year", "the entire year": one year named
// as a whole, which periods such as "the first nine months" are set against.
func (s *scanner) wholeYear(i int) (match, bool) {
	k := i
	if s.word(k) == "the" {
		k++
	}
	switch w := s.word(k); {
	case w == "whole" || w == "entire" || w == "full":
	case w == "all" && k == i:
	default:
		return match{}, false
	}
	k++
	if s.word(k) == "of" {
		if y, rel, end, ok := s.yearExpr(k + 1); ok {
			dt := yearDate(y, y)
			dt.Relative = rel
			return match{d: dt, from: i, to: end}, true
		}
		return match{}, false
	}
	if s.dash(k) && s.adj(k-1) {
		k++
	}
	if s.word(k) != "year" || s.word(i) == "all" {
		return match{}, false
	}
	if y, ok := s.year4(k + 1); ok && !s.countAfter(k+2) {
		return match{d: yearDate(y, y), from: i, to: k + 2}, true
	}
	if s.word(i) != "the" {
		return match{}, false
	}
	if s.ref.IsZero() {
		return match{d: Date{Granularity: Year, Relative: true, Timex: "XXXX"}, from: i, to: k + 1}, true
	}
	dt := yearDate(s.ref.Year(), s.ref.Year())
	dt.Relative = true
	return match{d: dt, from: i, to: k + 1}, true
}

// digitGroupAfter reports a group of three or more plain digits after the
// number at i, apart from it: "1900 9095" and "hotline 1800 1234" are phone
// numbers, not years. A short count may still follow a year ("In 2024 15 firms").
func (s *scanner) digitGroupAfter(i int) bool {
	if s.adj(i) || s.kind(i+1) != token.Number {
		return false
	}
	_, ok := s.plainInt(i + 1)
	return ok && len(s.raw(i+1)) >= 3
}
