package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// relativeNamed reads "last month", "this year", "next week", "last Sunday",
// "next week on Friday", "last March", "this quarter".
func (s *scanner) relativeNamed(i int) (match, bool) {
	dir := 0
	switch s.word(i) {
	case "last", "past", "previous":
		dir = -1
	case "this", "current":
		dir = 0
	case "next", "coming":
		dir = 1
	default:
		return match{}, false
	}
	j := i + 1
	coming := s.word(i) == "coming"
	if s.word(i) == "this" && s.word(j) == "coming" {
		coming, dir = true, 1
		j++
	}
	if s.kind(j) != token.Word {
		return match{}, false
	}
	switch {
	case s.word(i) == "last" && s.word(j) == "night":
		// "opened last night": the evening before the story, yesterday.
		return match{d: s.dayFromRef(-1), from: i, to: j + 1}, true
	case s.word(i) == "this" && (s.word(j) == "morning" || s.word(j) == "afternoon" || s.word(j) == "evening"):
		return match{d: s.dayFromRef(0), from: i, to: j + 1}, true
	}
	if wd, e, ok := s.weekday(j); ok {
		if coming {
			// "this coming Friday" is the first Friday after ref, whatever its week.
			dt := s.nearWeekday(wd, true, true)
			if dt.Resolved {
				dt.Timex = timex(dt.From.Year(), dt.From.Month(), dt.From.Day())
			}
			return match{d: dt, from: i, to: e}, true
		}
		return match{d: s.weekdayInWeek(dir, wd), from: i, to: e}, true
	}
	if m, e, ok := s.month(j, false); ok && s.capital(j) {
		return match{d: s.relativeMonth(dir, m), from: i, to: e}, true
	}
	var g Granularity
	unit := s.word(j)
	if base, ok := strings.CutSuffix(unit, "'s"); ok {
		unit = base // "last year's rate": the year the rate is of
	} else if base, ok := strings.CutSuffix(unit, "’s"); ok {
		unit = base
	}
	switch unit {
	case "week":
		if e, wd, ok := s.weekdayAfter(j + 1); ok {
			return match{d: s.weekdayInWeek(dir, wd), from: i, to: e}, true
		}
		g = Week
	case "month":
		g = Month
	case "year":
		g = Year
	case "decade":
		g = Decade
	case "quarter":
		g = Quarter
	default:
		return match{}, false
	}
	dt := Date{Granularity: g, Relative: true}
	if !s.ref.IsZero() {
		dt = s.shiftedPeriod(g, dir)
	}
	return match{d: dt, from: i, to: j + 1}, true
}

// shiftedPeriod is the calendar period of granularity g holding ref, moved dir periods.
func (s *scanner) shiftedPeriod(g Granularity, dir int) Date {
	r := s.refDay()
	switch g {
	case Week:
		from := addDays(weekStart(r), 7*dir)
		dt := resolvedAt(from, Week)
		dt.Timex = fmt.Sprintf("%d-W%02d", isoWeekYear(from), isoWeekNum(from))
		return dt
	case Month:
		return resolvedAt(time.Date(r.Year(), r.Month()+time.Month(dir), 1, 0, 0, 0, 0, time.UTC), Month)
	case Year:
		return resolvedAt(r.AddDate(dir, 0, 0), Year)
	case Decade:
		return resolvedAt(r.AddDate(10*dir, 0, 0), Decade)
	}
	q := (int(r.Month())-1)/3 + dir
	from := time.Date(r.Year(), time.Month(q*3+1), 1, 0, 0, 0, 0, time.UTC)
	return Date{Granularity: Quarter, From: from, To: from.AddDate(0, 3, 0), Resolved: true,
		Relative: true, Timex: fmt.Sprintf("%04d-Q%d", from.Year(), (int(from.Month())-1)/3+1)}
}

func isoWeekYear(t time.Time) int { y, _ := t.ISOWeek(); return y }
func isoWeekNum(t time.Time) int  { _, w := t.ISOWeek(); return w }

// relativeMonth is "last March" (the latest March before ref's month), "this
// March" (ref's year) or "next March" (the first March after ref's month).
func (s *scanner) relativeMonth(dir int, m time.Month) Date {
	if s.ref.IsZero() {
		return Date{Granularity: Month, Relative: true, Timex: timex(noYear, m, 0)}
	}
	y := s.ref.Year()
	switch {
	case dir < 0 && m >= s.ref.Month():
		y--
	case dir > 0 && m <= s.ref.Month():
		y++
	}
	dt := s.monthDate(y, m)
	dt.Relative = true
	return dt
}
