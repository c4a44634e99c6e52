package dates

import (
	"time"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// dayNum reads a day of the month at i: "25", "07", "25th", "twenty-first", and
// with cardinals also "fifteen", "twenty one".
func (s *scanner) dayNum(i int, cardinals bool) (int, int, bool) {
	if v, j, ok := s.ordinalWord(i); ok {
		return v, j, v >= 1 && v <= 31
	}
	if n, ok := s.plainInt(i); ok && len(s.raw(i)) <= 2 {
		return n, i + 1, n >= 1 && n <= 31
	}
	if cardinals && s.kind(i) == token.Word {
		if _, ok := s.cardinal(i); ok {
			v, j, _ := s.cardinalWord(i)
			return v, j, v >= 1 && v <= 31
		}
	}
	return 0, i, false
}

// year4 reads a four-digit year at i.
func (s *scanner) year4(i int) (int, bool) {
	n, ok := s.plainInt(i)
	return n, ok && len(s.raw(i)) == 4 && n >= 1000 && n <= 2999
}

// yearAfter reads an optional year after a day or month: ", 2025", "2025",
// "of 2016". It returns noYear and j when none follows.
func (s *scanner) yearAfter(j int) (int, int) {
	k := j
	if s.sym(k, ",") || s.word(k) == "of" {
		k++
	}
	if y, ok := s.year4(k); ok && !s.scaleAfter(k+1) {
		return y, k + 1
	}
	if w := s.word(k); (w == "last" || w == "next") && s.word(k+1) == "year" && !s.ref.IsZero() {
		// "on Tuesday, August 19 last year", "from November 5 to 7 next year"
		if w == "last" {
			return s.ref.Year() - 1, k + 2
		}
		return s.ref.Year() + 1, k + 2
	}
	if s.sym(j, ",") && s.adj(j) && s.adj(j-1) {
		// "11/12,16": a two-digit year glued by a comma.
		if n, ok := s.plainInt(k); ok && len(s.raw(k)) == 2 {
			return twoDigitYear(n), k + 1
		}
	}
	return noYear, j
}

// twoDigitYear maps "89" to 1989 and "27" to 2027 (pivot at 50).
func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// scaleAfter reports a quantity continuing at i ("15 million", "20%"), which
// means the number before it is not part of a date.
func (s *scanner) scaleAfter(i int) bool {
	if s.sym(i, "%") || s.sym(i, ".") && s.kind(i+1) == token.Number && s.adj(i) {
		return true
	}
	w := s.word(i)
	if _, ok := numword.Scale(w); ok && len(w) > 1 {
		return true
	}
	return w == "percent" || w == "per" || w == "percentage"
}

// countAfter is scaleAfter or a plural noun at i ("2025 projects"): a bare
// year must not be followed by what it would count.
func (s *scanner) countAfter(i int) bool {
	if s.scaleAfter(i) {
		return true
	}
	w := s.word(i)
	return w != "" && !s.capital(i) && len(w) > 2 && w[len(w)-1] == 's' && !yearVerb(w) && unitWords[w] == unitNone
}

// monthDayFirst reads "[Monday,] November 25[, 2025]", "Nov. 24-25", "Oct-2",
// "may the eleventh", "April 2025".
func (s *scanner) monthDayFirst(i int) (match, bool) {
	wd, j := s.prefixWeekday(i)
	m, j, ok := s.month(j, true)
	if !ok {
		return match{}, false
	}
	k := j
	if (s.dash(k) || s.sym(k, "/")) && s.adj(k-1) && s.adj(k) {
		k++
	} else if s.word(k) == "the" || s.sym(k, ",") || s.sym(k, ".") && s.adj(k-1) {
		k++
	}
	if d, e, ok := s.dayNum(k, true); ok && !s.scaleAfter(e) && !s.sym(e, ":") {
		// A range "24-25" or "24 to 25" shares the month and year.
		if r := e; s.dash(r) || s.word(r) == "to" || s.word(r) == "through" {
			if d2, e2, ok := s.dayNum(r+1, false); ok && d2 > d {
				y, end := s.yearAfter(e2)
				dt := s.dayRange(y, m, d, d2)
				return match{d: dt, from: i, to: end}, s.strictMonth(i, j, end, y)
			}
		}
		if r := e; s.word(r) == "and" {
			// "on Tuesday and Wednesday, March 10 and 11": two days running.
			if d2, e2, ok := s.dayNum(r+1, false); ok && d2 == d+1 && (s.boundary(e2) || s.sym(e2, ",") || s.word(e2) == "at" || s.word(e2) == "in") {
				y, end := s.yearAfter(e2)
				dt := s.dayRange(y, m, d, d2)
				return match{d: dt, from: i, to: end}, s.strictMonth(i, j, end, y)
			}
		}
		y, end := s.yearAfter(e)
		dt := s.dayDateOn(y, m, d, wd)
		return match{d: dt, from: i, to: end}, s.strictMonth(wdEnd(i, wd, s), j, end, y)
	}
	if y, end := s.yearAfter(j); y != noYear && wd == nil {
		return match{d: s.monthDate(y, m), from: i, to: end}, s.strictMonth(i, j, end, y)
	}
	return match{}, false
}

// wdEnd is the index of the month token after an optional weekday prefix.
func wdEnd(i int, wd *time.Weekday, s *scanner) int {
	if wd == nil {
		return i
	}
	_, j := s.prefixWeekday(i)
	return j
}

// strictMonth keeps lower-case "may"/"march" only when the date ends at a
// boundary or carries a year: "may 15" in "you may 15 times" is no date.
func (s *scanner) strictMonth(mi, j, end, y int) bool {
	w := s.word(mi)
	if (w == "may" || w == "march" || w == "mar") && !s.capital(mi) {
		return y != noYear || s.boundary(end)
	}
	return true
}

// dayMonthFirst reads "25 November 2025", "1st jan", "fourth of may",
// "16. nov. 2016", "22april", "28-nov", "24-25 November", "Wed, 22 of Jan".
func (s *scanner) dayMonthFirst(i int) (match, bool) {
	wd, j := s.prefixWeekday(i)
	d, e, ok := s.dayNum(j, false)
	if !ok {
		return match{}, false
	}
	d2 := 0
	if s.dash(e) {
		if v, e2, ok := s.dayNum(e+1, false); ok && v > d {
			d2, e = v, e2
		}
	}
	k := e
	switch {
	case s.word(k) == "of":
		k++
	case (s.dash(k) || s.sym(k, ".")) && s.adj(k-1):
		k++
	}
	m, k2, ok := s.month(k, true)
	if !ok {
		return match{}, false
	}
	y, end := s.yearAfter(k2)
	if w := s.word(k); (w == "may" || w == "march" || w == "mar") && !s.capital(k) &&
		y == noYear && !s.boundary(end) {
		return match{}, false
	}
	if d2 > 0 {
		return match{d: s.dayRange(y, m, d, d2), from: i, to: end}, true
	}
	return match{d: s.dayDateOn(y, m, d, wd), from: i, to: end}, true
}

// monthWithCue reads a month name alone after a cue ("in April", "since March"),
// in the year nearest to ref.
func (s *scanner) monthWithCue(i int) (match, bool) {
	if !yearCue(s.word(i-1)) && s.word(i+1) != "alone" || !s.capital(i) {
		return match{}, false // "August alone brought shipments of …": the month's own figure
	}
	m, j, ok := s.month(i, false)
	if !ok || j == i+2 {
		// An abbreviation with its dot alone ("in Dec.") is too weak a cue.
		return match{}, false
	}
	d := s.monthDate(noYear, m)
	if d.Resolved && d.To.Before(day0(s.ref)) && s.futureBefore(i) {
		// "The next forum is set for Bangkok in October", written in May: the
		// coming October, however far.
		d = s.monthDate(d.From.Year()+1, m)
	}
	return match{d: d, from: i, to: j}, true
}
