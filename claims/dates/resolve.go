package dates

import (
	"fmt"
	"time"
)

// noYear marks a date whose text gives no year.
const noYear = -1

// validDay reports whether y-m-d exists (no February 30).
// It counts the days of the month, as time.Date would normalise them, without
// building a time: nearestYear asks it for seventeen years a date.
func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// daysIn is the length of month m (1 to 12) of year y in the proleptic
// Gregorian calendar package time uses.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// day0 is the reference day at midnight UTC, the anchor of relative dates.
func day0(ref time.Time) time.Time {
	return time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
}

// timex writes a TIMEX3 date: unknown year or month become X ("XXXX-07-01");
// d = 0 leaves the day out ("2025-04"). It is built by hand, not with fmt:
// grammars build it for every candidate date they try.
func timex(y int, m time.Month, d int) string {
	if m == 0 && d == 0 && y >= firstTableYear && y < firstTableYear+len(yearTimex) {
		// Bare years are the commonest dates ("in 2023"): their values
		// come from a table instead of an allocation each.
		return yearTimex[y-firstTableYear]
	}
	var buf [16]byte
	b := buf[:0]
	if y == noYear {
		b = append(b, "XXXX"...)
	} else {
		b = appendPadded(b, y, 4)
	}
	if m == 0 && d == 0 {
		return string(b)
	}
	if m == 0 {
		b = append(b, "-XX"...)
	} else {
		b = appendPadded(append(b, '-'), int(m), 2)
	}
	if d != 0 {
		b = appendPadded(append(b, '-'), d, 2)
	}
	return string(b)
}

// firstTableYear is the first year of yearTimex, which covers the years
// four digits write in news text.
const firstTableYear = 1000

// yearTimex holds the TIMEX3 value of each year from firstTableYear to 2999.
var yearTimex = func() []string {
	out := make([]string, 3000-firstTableYear)
	for k := range out {
		out[k] = string(appendPadded(nil, firstTableYear+k, 4))
	}
	return out
}()

// appendPadded appends n in decimal, zero-padded to width digits.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	k := len(digits)
	for n > 0 || k == len(digits) {
		k--
		digits[k] = byte('0' + n%10)
		n /= 10
	}
	for pad := width - (len(digits) - k); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, digits[k:]...)
}

// futureWindow is how far ahead of ref a day-and-month date without a year may
// fall: a news report names upcoming events of the next weeks ("on December 12"
// in late November), while a date months ahead is usually last year's.
const futureWindow = 92 * 24 * time.Hour

// nearestYear picks the year for month m, day d: the latest occurrence on or
// before ref, unless an occurrence within futureWindow after ref is nearer.
// Only valid dates count, so "Feb 29" finds a leap year.
func nearestYear(ref time.Time, m time.Month, d int) (int, bool) {
	r := day0(ref)
	ry, rm, rd := ref.Date()
	past, future := 0, 0
	for y := ry - 8; y <= ry+8; y++ {
		if !validDay(y, m, d) {
			continue
		}
		// Both are valid days at midnight UTC: y-m-d is not after r exactly
		// when it does not come later in the calendar.
		if y < ry || y == ry && (m < rm || m == rm && d <= rd) {
			past = y
		} else if future == 0 {
			future = y
		}
	}
	if future != 0 {
		ahead := time.Date(future, m, d, 0, 0, 0, 0, time.UTC).Sub(r)
		if past == 0 || ahead <= futureWindow && ahead < r.Sub(time.Date(past, m, d, 0, 0, 0, 0, time.UTC)) {
			return future, true
		}
	}
	return past, past != 0
}

// nearestMonthYear picks the year of month m the way nearestYear does for days:
// the latest occurrence that has begun by ref, unless one starts within
// futureWindow after it ("in January" written in late November).
func nearestMonthYear(ref time.Time, m time.Month) int {
	r := day0(ref)
	next := time.Date(ref.Year(), m, 1, 0, 0, 0, 0, time.UTC)
	if !next.After(r) {
		next = next.AddDate(1, 0, 0)
	}
	if next.Sub(r) <= futureWindow {
		return next.Year()
	}
	return next.Year() - 1
}

// dayDate builds a one-day date (y may be noYear: then the year comes from ref).
func (s *scanner) dayDate(y int, m time.Month, d int) Date {
	dt := Date{Granularity: Day, Timex: timex(y, m, d)}
	if y == noYear {
		if s.ref.IsZero() {
			return dt
		}
		ny, ok := nearestYear(s.ref, m, d)
		if !ok {
			return dt
		}
		y = ny
	}
	if !validDay(y, m, d) {
		return dt
	}
	dt.From = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	dt.To = addDays(dt.From, 1)
	dt.Resolved = true
	return dt
}

// dayDateOn is dayDate for a date that names its weekday ("Sunday, 12 May").
// The year comes from proximity to the reference as for any yearless date and
// the stated weekday is kept as written: searching years for one that fits
// would hide a wrong weekday, which the date-conflict rule must see. Only a
// date beyond the window of the weeks around the reference, where proximity
// cannot tell last year from next, takes the one of the two the weekday fits:
// "is scheduled for Thursday, September 17" in April is the coming September.
func (s *scanner) dayDateOn(y int, m time.Month, d int, wd *time.Weekday) Date {
	dt := s.dayDate(y, m, d)
	dt.Weekday = wd
	if y != noYear || !dt.Resolved || wd == nil || dt.From.Weekday() == *wd {
		return dt
	}
	r := s.refDay()
	if gap := dt.From.Sub(r); gap < 0 && -gap <= futureWindow || gap >= 0 && gap <= futureWindow {
		return dt // near the reference: the nearest date stands, a wrong weekday is news
	}
	other := dt.From.AddDate(1, 0, 0)
	if dt.From.After(r) {
		other = dt.From.AddDate(-1, 0, 0)
	}
	if other.Day() != d || other.Weekday() != *wd || absDur(other.Sub(r)) > 366*24*time.Hour {
		return dt
	}
	dt.From, dt.To = other, addDays(other, 1)
	return dt
}

// dayRange builds the period from day d1 to day d2 (inclusive) of one month.
func (s *scanner) dayRange(y int, m time.Month, d1, d2 int) Date {
	first := s.dayDate(y, m, d1)
	dt := Date{Granularity: Day}
	dt.Timex = fmt.Sprintf("(%s,%s,P%dD)", timex(y, m, d1), timex(y, m, d2+1), d2-d1+1)
	if !first.Resolved || !validDay(first.From.Year(), m, d2) {
		return dt
	}
	dt.From = first.From
	dt.To = addDays(time.Date(first.From.Year(), m, d2, 0, 0, 0, 0, time.UTC), 1)
	dt.Resolved = true
	return dt
}

// monthDate builds a month period; y may be noYear (then the year comes from ref).
func (s *scanner) monthDate(y int, m time.Month) Date {
	dt := Date{Granularity: Month, Timex: timex(y, m, 0)}
	if y == noYear {
		if s.ref.IsZero() {
			return dt
		}
		y = nearestMonthYear(s.ref, m)
	}
	dt.From = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	dt.To = dt.From.AddDate(0, 1, 0)
	dt.Resolved = true
	return dt
}

// yearDate builds the period of years y1 through y2.
func yearDate(y1, y2 int) Date {
	dt := Date{Granularity: Year, Resolved: true,
		From: time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC),
		To:   time.Date(y2+1, 1, 1, 0, 0, 0, 0, time.UTC)}
	dt.Timex = timex(y1, 0, 0)
	if y2 != y1 {
		dt.Timex = fmt.Sprintf("(%04d,%04d,P%dY)", y1, y2+1, y2-y1+1)
	}
	return dt
}

// truncate makes t the start of its period of granularity g and returns the end.
func truncate(t time.Time, g Granularity) (time.Time, time.Time) {
	switch g {
	case Week:
		return t, addDays(t, 7)
	case Month:
		f := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(0, 1, 0)
	case Year:
		f := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(1, 0, 0)
	case Decade:
		f := time.Date(t.Year()-t.Year()%10, 1, 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(10, 0, 0)
	}
	return t, addDays(t, 1)
}

// resolvedAt builds a relative date: the period of granularity g containing t.
func resolvedAt(t time.Time, g Granularity) Date {
	from, to := truncate(t, g)
	dt := Date{Granularity: g, From: from, To: to, Resolved: true, Relative: true}
	switch g {
	case Year:
		dt.Timex = timex(from.Year(), 0, 0)
	case Month:
		dt.Timex = timex(from.Year(), from.Month(), 0)
	case Decade:
		dt.Timex = fmt.Sprintf("%03d", from.Year()/10)
	default:
		dt.Timex = timex(from.Year(), from.Month(), from.Day())
	}
	return dt
}

// weekStart is the Monday of the ISO week holding t.
func weekStart(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7
	return addDays(t, -off)
}

// maxDayShift bounds the days addDays adds as a Duration, far inside its range.
const maxDayShift = 100000

// addDays is t.AddDate(0, 0, n). In UTC, where the grammars build every
// date, a day is 24 hours: adding them skips AddDate's calendar arithmetic,
// which the grammars would run for most dates they try. Round(0) drops a
// monotonic reading as AddDate does.
func addDays(t time.Time, n int) time.Time {
	if t.Location() == time.UTC && n > -maxDayShift && n < maxDayShift {
		return t.Round(0).Add(time.Duration(n) * 24 * time.Hour)
	}
	return t.AddDate(0, 0, n)
}
