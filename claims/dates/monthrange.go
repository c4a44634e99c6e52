package dates

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims/token"
)

// rangeNoun reports the words that may close a month range: "the October-December
// quarter", "the July-September period".
func rangeNoun(w string) bool {
	switch w {
	case "quarter", "period", "season", "months":
		return true
	}
	return false
}

// monthRange reads a range of whole months: "the October-December quarter",
// "January-March 2025", "the July–September period", "for January to June". Both months need a
// capital, and without a year a noun ("quarter") or a cue ("in", "for") must
// frame the range, so "May-June" in a name stays out. A range of the three
// months of a calendar quarter is that quarter. Without a year the range
// starts in the year nearest ref, as a month alone does.
func (s *scanner) monthRange(i int) (match, bool) {
	k := i
	lead := s.word(i)
	led := lead == "between" || lead == "from"
	if led {
		k++ // "between January and March", "from January to March"
	}
	if s.word(k) == "the" {
		k++
	}
	if led {
		k = s.monthPart(k) // "between mid-January and early April": the months the range runs through
	}
	m1, j, ok := s.month(k, false)
	if !ok || !s.capital(k) {
		return match{}, false
	}
	switch w := s.word(j); {
	case s.dash(j) && !led:
	case lead == "between" && w == "and", lead == "from" && (w == "to" || w == "until" || w == "through" || w == "till"),
		!led && (w == "to" || w == "through") && spanCue(s.word(i-1)): // "for January to June"
		if s.kind(j+2) == token.Number && !s.year4ok(j+2) {
			return match{}, false // "from January to March 5": a day closes it, read elsewhere
		}
	default:
		return match{}, false
	}
	j2 := j + 1
	if led {
		j2 = s.monthPart(j2)
	}
	m2, e, ok := s.month(j2, false)
	if !ok || !s.capital(j2) || m2 == m1 {
		return match{}, false
	}
	n := int(m2-m1+12)%12 + 1
	end := e
	y, yearGiven := noYear, false
	if yy, ye := s.yearAfter(e); yy != noYear {
		y, end, yearGiven = yy, ye, true
	}
	noun := rangeNoun(s.word(end))
	if noun {
		end++
		if w := s.word(end); (w == "of" || w == "in") && !yearGiven {
			if yy, _, ye, ok := s.yearExpr(end + 1); ok {
				y, end, yearGiven = yy, ye, true
			}
		}
	}
	if !yearGiven && !noun && !led && !spanCue(s.word(i-1)) && !yearCue(s.word(i-1)) {
		return match{}, false
	}
	rel := false
	if y == noYear && !s.ref.IsZero() {
		// The year whose last month of the range is nearest: "the
		// January-November period" in a December report is this year's.
		y, rel = nearestMonthYear(s.ref, m2), true
		if m2 < m1 {
			y-- // "November-January" starts the year before
		}
	}
	if n == 3 && (m1-1)%3 == 0 {
		return match{d: partDate(y, 4, int(m1-1)/3+1, rel), from: i, to: end}, true
	}
	dt := monthsDate(y, m1, n, rel)
	if dt.Resolved && int(m1)+n > 13 {
		// "November-January" runs into the next year.
		dt.Timex = fmt.Sprintf("(%s,%s,P%dM)", timex(y, m1, 0), timex(dt.To.Year(), dt.To.Month(), 0), n)
	}
	return match{d: dt, from: i, to: end}, true
}

// monthPart returns the token after a part of a month that opens at k
// ("mid-", "early", "late"), k when there is none.
func (s *scanner) monthPart(k int) int {
	switch s.word(k) {
	case "mid", "early", "late":
		if s.dash(k + 1) {
			return k + 2
		}
		return k + 1
	}
	return k
}

// year4ok reports whether token j is a four-digit year.
func (s *scanner) year4ok(j int) bool {
	_, ok := s.year4(j)
	return ok
}
