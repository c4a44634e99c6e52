package dates

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// isoDay numbers weekdays from Monday = 1 to Sunday = 7, as TIMEX3 does.
func isoDay(wd time.Weekday) int { return (int(wd)+6)%7 + 1 }

// weekdayTimex is the TIMEX3 value of a bare weekday ("XXXX-WXX-1" for
// Monday), from a table: every weekday the text names builds one.
func weekdayTimex(wd time.Weekday) string {
	if n := isoDay(wd); n >= 1 && n <= 7 {
		return bareWeekdayTimex[n]
	}
	return fmt.Sprintf("XXXX-WXX-%d", isoDay(wd))
}

var bareWeekdayTimex = [8]string{1: "XXXX-WXX-1", 2: "XXXX-WXX-2", 3: "XXXX-WXX-3",
	4: "XXXX-WXX-4", 5: "XXXX-WXX-5", 6: "XXXX-WXX-6", 7: "XXXX-WXX-7"}

// weekdayInWeek is weekday wd in the week holding ref, moved dir weeks
// (weeks start on Monday): "last Sunday" on a Monday is the day before.
func (s *scanner) weekdayInWeek(dir int, wd time.Weekday) Date {
	if s.ref.IsZero() {
		return Date{Granularity: Day, Relative: true, Weekday: &wd,
			Timex: weekdayTimex(wd)}
	}
	t := addDays(weekStart(s.refDay()), 7*dir+isoDay(wd)-1)
	dt := resolvedAt(t, Day)
	dt.Weekday = &wd
	return dt
}

// weekdayAfter reads the weekday after a week phrase: "on Friday", ", Friday", "Friday".
func (s *scanner) weekdayAfter(j int) (int, time.Weekday, bool) {
	if s.word(j) == "on" || s.sym(j, ",") {
		j++
	}
	wd, e, ok := s.weekday(j)
	return e, wd, ok
}

// weekAfter reads "next week", "of this week", "last week" after a weekday.
func (s *scanner) weekAfter(j int) (int, int, bool) {
	if s.word(j) == "of" {
		j++
	}
	dir := 0
	switch s.word(j) {
	case "last", "previous", "past":
		dir = -1
	case "this", "current":
	case "next", "coming":
		dir = 1
	default:
		return 0, j, false
	}
	if s.word(j+1) != "week" {
		return 0, j, false
	}
	return dir, j + 2, true
}

// weekdayAlone reads "Monday" (the latest Monday on or before ref, or the
// next one after a future marker: "will meet on Monday"), "Friday
// next week", "Thursday the 21st" (the 21st nearest ref that is a Thursday).
func (s *scanner) weekdayAlone(i int) (match, bool) {
	wd, j, ok := s.weekday(i)
	if !ok {
		return match{}, false
	}
	// "Black Friday", "Cyber Monday" are names, not dates.
	if s.kind(i-1) == token.Word && s.capital(i-1) && s.in(i-2) && !s.sym(i-2, ".") {
		return match{}, false
	}
	if dir, e, ok := s.weekAfter(j); ok {
		return match{d: s.weekdayInWeek(dir, wd), from: i, to: e}, true
	}
	// "Wed" alone (a calendar widget, a name) is too weak; "on Wed" is a date.
	if weekdayNames[s.word(i)].abbreviated && s.word(i-1) != "on" {
		return match{}, false
	}
	if s.word(j) == "the" {
		if d, e, ok := s.dayNum(j+1, true); ok {
			return match{d: s.weekdayDay(wd, d), from: i, to: e}, true
		}
	}
	dateAt := func(k int) bool { // a date follows at k: "June 8", "8 June"
		_, _, isMonth := s.month(k, false)
		return isMonth || s.kind(k) == token.Number
	}
	if (s.word(j) == "and" || s.word(j) == "or") && s.sym(j+2, ",") && dateAt(j+3) {
		if _, _, ok := s.weekday(j + 1); ok {
			return match{}, false // "Monday and Tuesday, June 15 and 16": the dates say which days
		}
	}
	if i >= 2 && (s.word(i-1) == "and" || s.word(i-1) == "or" || s.word(i-1) == "to") {
		if s.sym(j, ",") && dateAt(j+1) {
			return match{}, false
		}
		if wd0, _, ok := s.weekday(i - 2); ok && wd0 != wd {
			// "on Monday and Tuesday": the Tuesday after that Monday.
			first := s.nearWeekday(wd0, s.futureBefore(i-2) || s.futureAfter(j), false)
			if first.Resolved {
				dt := first
				dt.Weekday = &wd
				dt.Timex = weekdayTimex(wd)
				dt.From = addDays(first.From, (int(wd)-int(wd0)+7)%7)
				dt.To = addDays(dt.From, 1)
				return match{d: dt, from: i, to: j}, true
			}
		}
	}
	if s.word(i-1) == "the" && eventRelative(s.word(j)) {
		// "on the Sunday before the meeting", "the Friday after the vote":
		// a day counted from an event, not from the day of the report.
		return match{d: Date{Granularity: Day, Relative: true, Weekday: &wd, Timex: weekdayTimex(wd)}, from: i, to: j}, true
	}
	return match{d: s.nearWeekday(wd, s.futureBefore(i) || s.futureAfter(j) && !s.pastVerbBefore(i) || s.afterTodayInTimetable(i), false), from: i, to: j}, true
}

// afterTodayInTimetable reports a weekday listed after today's item in a
// timetable the sentence opens with a colon: "covers 652 kilometres: …,
// today's 163 km to Sigulda, a 28 km time trial on Saturday and …": the
// days after today's are ahead.
func (s *scanner) afterTodayInTimetable(i int) bool {
	colon, today := false, false
	for k := 0; k < i; k++ {
		if s.sym(k, ":") {
			colon = true
		}
		if colon && (s.word(k) == "today's" || s.word(k) == "today" || s.word(k) == "tonight's") {
			today = true
		}
	}
	return today
}

// eventRelative reports a word that counts a day from an event named after
// it: "the Sunday before the meeting".
func eventRelative(w string) bool {
	switch w {
	case "before", "after", "following", "preceding":
		return true
	}
	return false
}

// nearWeekday is weekday wd nearest ref in one direction: the latest on or
// before ref, or with ahead the first on or after it ("will meet on
// Thursday"); strict skips ref itself ("this coming Tuesday" on a Tuesday).
func (s *scanner) nearWeekday(wd time.Weekday, ahead, strict bool) Date {
	dt := Date{Granularity: Day, Relative: true, Weekday: &wd,
		Timex: weekdayTimex(wd)}
	if s.ref.IsZero() {
		return dt
	}
	r := s.refDay()
	if ahead {
		off := (int(wd) - int(r.Weekday()) + 7) % 7
		if off == 0 && strict {
			off = 7
		}
		dt.From = addDays(r, off)
	} else {
		dt.From = addDays(r, -((int(r.Weekday()) - int(wd) + 7) % 7))
	}
	dt.To = addDays(dt.From, 1)
	dt.Resolved = true
	return dt
}

// weekdayDay finds the day d of the month nearest ref on which d falls on wd.
func (s *scanner) weekdayDay(wd time.Weekday, d int) Date {
	dt := Date{Granularity: Day, Weekday: &wd, Timex: timex(noYear, 0, d)}
	if s.ref.IsZero() {
		return dt
	}
	best := nearestDay(s.refDay(), d, 12, func(t time.Time) bool { return t.Weekday() == wd })
	if best.IsZero() {
		return dt
	}
	out := resolvedAt(best, Day)
	out.Weekday, out.Relative = &wd, false
	return out
}

// nearestDay returns day d of the month, within months months of r, that is
// nearest r and accepted by ok; the zero time when there is none (ties to the
// earlier month).
func nearestDay(r time.Time, d, months int, ok func(time.Time) bool) time.Time {
	var best time.Time
	for off := -months; off <= months; off++ {
		first := time.Date(r.Year(), r.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		if !validDay(first.Year(), first.Month(), d) {
			continue
		}
		t := addDays(first, d-1)
		if ok(t) && (best.IsZero() || absDur(t.Sub(r)) < absDur(best.Sub(r))) {
			best = t
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dayOfMonthNear is day d of the month nearest ref that has it (ties to the past).
func (s *scanner) dayOfMonthNear(d int) Date {
	dt := Date{Granularity: Day, Timex: timex(noYear, 0, d)}
	if s.ref.IsZero() {
		return dt
	}
	best := nearestDay(s.refDay(), d, 1, func(time.Time) bool { return true })
	out := resolvedAt(best, Day)
	out.Timex, out.Relative = dt.Timex, false
	return out
}

// monthOfRef reads "next month", "this month", "last month" and returns the
// first day of that month.
func (s *scanner) monthOfRef(j int) (time.Time, int, bool) {
	dir := 0
	switch s.word(j) {
	case "last", "previous", "past":
		dir = -1
	case "this", "current":
	case "next", "coming":
		dir = 1
	default:
		return time.Time{}, j, false
	}
	if s.word(j+1) != "month" || s.ref.IsZero() {
		return time.Time{}, j, false
	}
	r := s.refDay()
	return time.Date(r.Year(), r.Month()+time.Month(dir), 1, 0, 0, 0, 0, time.UTC), j + 2, true
}

// theNth reads a day of the month alone: "the 27th", "the second", "on 22nd",
// "on 15", "the 20th of next month". Alone it needs "on"/"for" before it and
// a phrase boundary after it, so "the 27th floor" and "the first prize" stay out.
func (s *scanner) theNth(i int) (match, bool) {
	if !s.nthCue(i) {
		return match{}, false
	}
	k := i
	if s.word(k) == "the" {
		k++
	}
	d, e, ok := s.dayNum(k, k > i)
	if !ok || s.dash(e) || s.sym(e, "/") {
		return match{}, false
	}
	j := e
	if s.word(j) == "of" {
		j++
	}
	if first, end, ok := s.monthOfRef(j); ok {
		dt := s.dayDate(first.Year(), first.Month(), d)
		dt.Relative = true
		return match{d: dt, from: i, to: end}, true
	}
	prev := s.word(i - 1)
	if !s.boundary(e) || (prev != "on" && prev != "for") {
		return match{}, false
	}
	if k == i {
		if _, isNum := s.plainInt(k); isNum && prev != "on" {
			return match{}, false
		}
		if s.kind(k) == token.Word && prev == "for" {
			return match{}, false // "2,000 francs for third": a place; "went back on twenty second" is a day
		}
	}
	return match{d: s.dayOfMonthNear(d), from: i, to: e}, true
}

// nthCue reports whether a day of the month alone can start at i (see
// theNth): every one needs "on"/"for" before it or the direction word of
// "next month" (see monthOfRef) within the five tokens after i, as the day
// takes at most four and "of" one more. Most numbers have neither.
func (s *scanner) nthCue(i int) bool {
	prev := s.word(i - 1)
	return prev == "on" || prev == "for" || s.soon(i, 5, clsDir)
}

// nthWeekday reads "the first Friday of July", "the second Monday of next
// month", "third Tuesday" (of ref's month).
func (s *scanner) nthWeekday(i int) (match, bool) {
	k := i
	if s.word(k) == "the" {
		k++
	}
	n, e, ok := s.ordinalWord(k)
	if s.word(k) == "last" {
		n, e, ok = -1, k+1, true
	}
	if !ok || n > 5 || n == 0 {
		return match{}, false
	}
	wd, e, ok := s.weekday(e)
	if !ok {
		return match{}, false
	}
	end := e
	y, m := noYear, time.Month(0)
	if w := s.word(e); w == "of" || w == "in" {
		if mm, e2, ok := s.month(e+1, false); ok {
			m, end = mm, e2
		} else if first, e2, ok := s.monthOfRef(e + 1); ok {
			y, m, end = first.Year(), first.Month(), e2
		}
	}
	if m == 0 {
		if s.word(i) == "the" || n < 0 || s.ref.IsZero() {
			return match{}, false
		}
		y, m = s.ref.Year(), s.ref.Month()
	}
	tx := fmt.Sprintf("XXXX-%02d-WXX-%d-#%d", int(m), isoDay(wd), n)
	dt := Date{Granularity: Day, Weekday: &wd, Timex: tx, Relative: y != noYear}
	if y == noYear {
		if s.ref.IsZero() {
			return match{d: dt, from: i, to: end}, true
		}
		y = nearestMonthYear(s.ref, m)
	}
	if t, ok := nthWeekdayOf(y, m, wd, n); ok {
		dt.From, dt.To, dt.Resolved = t, addDays(t, 1), true
	}
	return match{d: dt, from: i, to: end}, true
}

// nthWeekdayOf is the nth wd of month m (n = -1: the last one).
func nthWeekdayOf(y int, m time.Month, wd time.Weekday, n int) (time.Time, bool) {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	if n < 0 {
		last := first.AddDate(0, 1, -1)
		return addDays(last, -((int(last.Weekday()) - int(wd) + 7) % 7)), true
	}
	t := addDays(first, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
	return t, t.Month() == m
}
