// Package dates finds dates and periods in a sentence and resolves relative ones
// against a reference date (the source's publication date).
package dates

import (
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Granularity is how precise a date is.
type Granularity string

const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Half    Granularity = "half"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
)

// Date is one date or period found in a text. Start and End are byte offsets.
type Date struct {
	Start, End int
	// From and To bound the period the text refers to, To exclusive
	// ("in 2023" = [2023-01-01, 2024-01-01)). Both are zero when Resolved is false.
	From, To    time.Time
	Granularity Granularity
	Resolved    bool
	// Relative is true when the date depends on the reference ("two years ago", "last month", "Monday").
	Relative bool
	// Deadline marks "by the end of 2025", "by 2030": the event happens no later than To.
	Deadline bool
	// Future marks a period ahead of the reference that bounds a state or a
	// plan rather than dating an event: "stay in office until a congress next
	// year", "the ban holds until 2030". Rules comparing event dates should skip
	// it as they skip Deadline.
	Future bool
	// Duration marks spans such as "over the past 5 years"; From/To hold the resolved span.
	Duration bool
	// Weekday is the weekday the text names, if any ("Monday, May 5").
	Weekday *time.Weekday
	// Anniversary is N for "the Nth anniversary", 0 otherwise.
	Anniversary int
	// YearsAgo is N for "N years ago" (resolved From/To also set when the reference is known).
	YearsAgo int
	// Since marks an open-ended start ("since 2013", "from 2026"): the state the
	// sentence describes holds from From onwards.
	Since bool
	// Timex is the TIMEX3-style value of what the text itself says, before
	// resolution: "2025-11-25", "XXXX-07-01", "2024-Q3", "197" (the 1970s),
	// "XXXX-WXX-1" (a bare Monday), "P5Y" (a span of five years).
	Timex string
}

// Parse returns the dates in text (tokens toks from token.Scan), resolved against
// ref when ref is not zero. Absolute dates resolve without ref; dates that need it
// ("last month", "July 1" without a year) stay unresolved when ref is zero.
//
// Day-and-month dates without a year take the year that puts the date nearest to
// ref (ties go to the past): news reports mostly look back, and a date more than
// six months ahead of the publication is rarely meant. "Monday" alone is the most
// recent Monday on or before ref.
func Parse(text string, toks []token.Token, ref time.Time) []Date {
	// The roles and the lower-cased text live in arrays of this call, which
	// stay on the stack as the scanner does not escape: a sentence costs no
	// allocation until a date is found. Nothing read from low outlives Parse.
	var clsBuf [scanTokens]class
	toks, cls, all := prepare(text, toks, clsBuf[:])
	if !mayHoldDate(all) {
		return nil
	}
	var lowBuf [scanBytes]byte
	var prefixes weekdayCache
	var today dayCache
	s := &scanner{text: text, toks: toks, low: lowered(text, lowBuf[:]), cls: cls, all: all, ref: ref, prefixes: &prefixes, today: &today}
	// The first date waits in first: most sentences with a date have one,
	// which then takes one exact allocation, and a second starts room for two.
	var out []Date
	var first Date
	n := 0
	// best sets m in full whenever it reports a match, and m is read only
	// then: it needs no zeroing for each token tried.
	var m match
	for i := 0; ; {
		// Most tokens start no date: skip them before best builds a match,
		// in a loop of its own that keeps to registers.
		for i < len(cls) && !mayStart(cls, i) {
			i++
		}
		if i >= len(cls) {
			break
		}
		if !s.best(i, &m) {
			i++
			continue
		}
		m.d.Start = s.toks[m.from].Start
		last := m.to - 1
		if last > m.from && s.sym(last, ".") {
			// "second of Aug." at a sentence end: the dot closes the sentence.
			last--
		}
		m.d.End = s.toks[last].End
		s.applyCue(&m)
		switch n {
		case 0:
			first = m.d
		case 1:
			out = append(make([]Date, 0, 2), first, m.d)
		default:
			out = append(out, m.d)
		}
		n++
		i = m.to
	}
	if n == 1 {
		return []Date{first}
	}
	weekdaysAfterAhead(text, ref, out)
	weekdaysInRange(text, out)
	return out
}

// weekdaysInRange moves a bare weekday that follows a range of days in its
// sentence into that range: "The events run from Wednesday to Saturday, with
// the doubles final on Friday" puts the final on that week's Friday, however
// the weekday alone would have read.
func weekdaysInRange(text string, ds []Date) {
	for i := 0; i+1 < len(ds); i++ {
		a, b := ds[i], ds[i+1]
		if a.Weekday == nil || b.Weekday == nil || !a.Resolved || !b.Resolved || a.Granularity != Day || b.Granularity != Day ||
			b.From.Before(a.From) || b.From.Sub(a.From) > 6*24*time.Hour || a.End > b.Start {
			continue
		}
		if strings.TrimSpace(text[a.End:b.Start]) != "to" || !strings.HasSuffix(strings.TrimSpace(text[:a.Start]), "from") {
			continue
		}
		for k := i + 2; k < len(ds); k++ {
			d := &ds[k]
			if d.Weekday == nil || d.Timex != weekdayTimex(*d.Weekday) || !d.Resolved || !d.From.Before(a.From) && d.From.Before(b.To) {
				continue
			}
			for day := a.From; day.Before(b.To); day = addDays(day, 1) {
				if day.Weekday() == *d.Weekday {
					d.From, d.To = day, addDays(day, 1)
					break
				}
			}
		}
		return
	}
}

// weekdaysAfterAhead moves a bare weekday that a timetable joins with "and"
// to a date ahead of ref to the first such day after that date: "the time
// trial on Friday, June 12, and a summit finish on Saturday" is June 13,
// however the weekday alone would have read.
func weekdaysAfterAhead(text string, ref time.Time, ds []Date) {
	if ref.IsZero() {
		return
	}
	today := day0(ref)
	for i := 1; i < len(ds); i++ {
		d, prev := &ds[i], ds[i-1]
		if d.Weekday == nil || d.Timex != weekdayTimex(*d.Weekday) || !d.Resolved || !d.From.Before(prev.From) ||
			!prev.Resolved || prev.Granularity != Day || !prev.From.After(today) || prev.Deadline || prev.Duration {
			continue
		}
		between := text[prev.End:d.Start]
		if !strings.Contains(between, " and ") || strings.ContainsAny(between, ".;:()") || wordCount(between) > 10 {
			continue
		}
		gap := (int(*d.Weekday) - int(prev.From.Weekday()) + 7) % 7
		if gap == 0 {
			gap = 7
		}
		d.From = addDays(prev.From, gap)
		d.To = addDays(d.From, 1)
	}
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// applyCue reads the preposition before a date: "by 2045" is a deadline,
// "since 2013" and "from 2026" (not "from 2026 to 2030") an open start.
func (s *scanner) applyCue(m *match) {
	if s.untilBefore(m.from) && m.d.Resolved && !s.ref.IsZero() && !m.d.From.Before(s.refDay()) {
		m.d.Future = true
	}
	switch s.word(m.from - 1) {
	case "by":
		m.d.Deadline = true
	case "since":
		m.d.Since = true
		s.sinceBack(&m.d)
	case "from":
		w := s.word(m.to)
		if !m.narrative && w != "to" && w != "until" && w != "till" && w != "through" && !s.dash(m.to) && !isRange(m.d) {
			m.d.Since = true
		}
	}
}

// sinceBack moves a yearless date after "since" that landed after ref back a
// year: "since January" in an October article is the January just past, as
// a state that holds since a time cannot have begun in the future.
func (s *scanner) sinceBack(d *Date) {
	if !d.Resolved || s.ref.IsZero() || !strings.HasPrefix(d.Timex, "XXXX") || !d.From.After(s.refDay()) {
		return
	}
	from := d.From.AddDate(-1, 0, 0)
	if from.Day() != d.From.Day() {
		return // February 29 has no day a year back.
	}
	d.From, d.To = from, d.To.AddDate(-1, 0, 0)
}

// isRange reports a period written as a range ("November 24-25", "2026-2030").
func isRange(d Date) bool { return len(d.Timex) > 0 && d.Timex[0] == '(' }
