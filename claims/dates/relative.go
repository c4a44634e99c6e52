package dates

import (
	"fmt"
	"github.com/claimcheck/claimcheck/claims/token"
	"strings"
	"time"
)

// amount is one "N units" of a relative expression ("2 years", "a month").
type amount struct {
	n        int
	u        unit
	business bool
}

// amounts reads "two years", "1 month 21 days", "1 month, 21 days", "a few days",
// "four business days". It returns the amounts and the index after them.
func (s *scanner) amounts(j int) ([]amount, int) {
	var out []amount
	for {
		k := j
		if len(out) > 0 && (s.sym(k, ",") || s.word(k) == "and") {
			k++
		}
		var n, e int
		if v, ok := s.plainInt(k); ok && len(s.raw(k)) <= 4 {
			n, e = v, k+1
		} else if v, e2, ok := s.cardinalWord(k); ok {
			n, e = v, e2
		} else {
			return out, j
		}
		a := amount{n: n}
		if s.word(e) == "business" || s.word(e) == "working" {
			a.business = true
			e++
		}
		u := unitWords[s.word(e)]
		if u == unitNone || a.business && u != unitDay {
			return out, j
		}
		a.u = u
		out = append(out, a)
		j = e + 1
	}
}

// finest is the smallest unit among the amounts.
func finest(as []amount) unit {
	f := unitDecade
	for _, a := range as {
		if a.u < f {
			f = a.u
		}
	}
	return f
}

// shift moves t by the amounts, forwards (sign 1) or backwards (sign -1);
// business days skip Saturdays and Sundays.
func shift(t time.Time, as []amount, sign int) time.Time {
	for _, a := range as {
		if !a.business {
			t = addUnits(t, a.u, sign*a.n)
			continue
		}
		for left := a.n; left > 0; {
			t = addDays(t, sign)
			if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
				left--
			}
		}
	}
	return t
}

// anchorDay reads "today", "yesterday", "tomorrow", "the day before yesterday",
// "the day after tomorrow" and returns the offset in days from ref.
func (s *scanner) anchorDay(i int) (int, int, bool) {
	switch strings.TrimSuffix(s.word(i), "'s") { // "yesterday's final"
	case "today", "tonight", "now":
		return 0, i + 1, true
	case "yesterday":
		return -1, i + 1, true
	case "tomorrow", "tmrw":
		return 1, i + 1, true
	}
	k := i
	if s.word(k) == "the" {
		k++
	}
	if s.word(k) == "day" {
		switch {
		case s.word(k+1) == "before" && s.word(k+2) == "yesterday":
			return -2, k + 3, true
		case s.word(k+1) == "after" && (s.word(k+2) == "tomorrow" || s.word(k+2) == "tmrw"):
			return 2, k + 3, true
		}
	}
	return 0, i, false
}

// relativeDay reads "yesterday", "today", "tomorrow" and the day before or after.
func (s *scanner) relativeDay(i int) (match, bool) {
	off, end, ok := s.anchorDay(i)
	if !ok || s.word(i) == "now" {
		return match{}, false
	}
	return match{d: s.dayFromRef(off), from: i, to: end}, true
}

// dayFromRef is the day off days from ref.
func (s *scanner) dayFromRef(off int) Date {
	if s.ref.IsZero() {
		return Date{Granularity: Day, Relative: true}
	}
	return resolvedAt(addDays(s.refDay(), off), Day)
}

// agoLater reads "two years ago", "a decade ago", "1 month 21 days ago", "two
// weeks from now", "2 years later", "three weeks from tomorrow", "two days
// before yesterday", "in 3 weeks". "N years ago" is a year, not a day: news
// uses it loosely ("upgraded two years ago" for an event in that year).
func (s *scanner) agoLater(i int) (match, bool) {
	start := i
	in := s.word(i) == "in"
	if in {
		i++
	}
	as, e := s.amounts(i)
	if len(as) == 0 {
		return match{}, false
	}
	sign, base, end := 0, 0, e
	switch w := s.word(e); {
	case in:
		// "the highest in 20 years", "for the first time in 40 years", "the
		// strongest storm in two decades" look back over a span; they are no
		// point in the future.
		if p := s.word(start - 1); p == "years" || s.backwardSpan(start) ||
			s.word(e) == "of" || s.word(e) == "between" || s.countAfter(e) {
			return match{}, false
		}
		if w := s.word(e); w == "that" || w == "which" || w == "when" || w == "where" {
			return match{}, false // "in a year that also marks the 50th anniversary": a year described, not one ahead
		}
		if start >= 2 && s.kind(start-2) == token.Number && s.kind(start-1) == token.Word && countNoun(s.word(start-1)) {
			return match{}, false // "played over 11 rounds in five days": how long it took
		}
		sign = 1
		if (s.sym(e, "’") || s.sym(e, "'")) && s.word(e+1) == "time" {
			end = e + 2
		} else if len(as) == 1 && as[0].n == 1 && as[0].u == unitDay {
			// "58 centimetres of snow in one day", "in a single day": how
			// long it took, not a day ahead.
			return match{}, false
		}
	case w == "ago":
		sign, end = -1, e+1
	case w == "hence":
		sign, end = 1, e+1
	case w == "later" || w == "earlier":
		// "two years later" counts from the narrative, not from the publication:
		// found, but left unresolved.
		dt := Date{Granularity: granularityOf(finest(as)), Relative: true}
		return match{d: dt, from: start, to: e + 1, narrative: true}, true
	case w == "from" || w == "after" || w == "before":
		off, e2, ok := s.anchorDay(e + 1)
		if !ok || w == "before" && s.word(e+1) == "now" {
			return match{}, false
		}
		sign, base, end = 1, off, e2
		if w == "before" {
			sign = -1
		}
	default:
		return match{}, false
	}
	g := granularityOf(finest(as))
	if g == Decade {
		// "a decade ago" names a year about ten years back, not a decade.
		g = Year
	}
	// A count of days or weeks from a day is a day; months and years stay coarse.
	if len(as) > 1 || as[0].business || g == Week {
		g = Day
	}
	dt := Date{Granularity: g, Relative: true}
	if !s.ref.IsZero() {
		dt = resolvedAt(shift(addDays(s.refDay(), base), as, sign), g)
	}
	if sign < 0 && base == 0 && len(as) == 1 && (as[0].u == unitYear || as[0].u == unitDecade) {
		dt.YearsAgo = as[0].n
		if as[0].u == unitDecade {
			dt.YearsAgo *= 10
		}
	}
	return match{d: dt, from: start, to: end}, true
}

// pastSpan reads "over the past 5 years", "the past decade", "the last two
// months", "the next three years": a span ending (or starting) at ref.
func (s *scanner) pastSpan(i int) (match, bool) {
	k := i
	if s.word(k) == "over" {
		k++
	}
	if s.word(k) != "the" {
		return match{}, false
	}
	sign := 0
	switch s.word(k + 1) {
	case "past", "last", "previous":
		sign = -1
	case "next", "coming":
		sign = 1
	default:
		return match{}, false
	}
	as, e := s.amounts(k + 2)
	if len(as) == 0 {
		u := unitWords[s.word(k+2)]
		if u == unitNone || s.word(k + 2)[len(s.word(k+2))-1] == 's' {
			return match{}, false
		}
		as, e = []amount{{n: 1, u: u}}, k+3
	}
	if len(as) > 1 {
		return match{}, false
	}
	a := as[0]
	dt := Date{Granularity: granularityOf(a.u), Relative: true, Duration: true,
		Timex: durationTimex(a)}
	if !s.ref.IsZero() {
		r := s.refDay()
		other := shift(r, as, sign)
		dt.From, dt.To, dt.Resolved = other, r, true
		if sign > 0 {
			dt.From, dt.To = r, other
		}
	}
	return match{d: dt, from: i, to: e}, true
}

// durationTimex writes an ISO 8601 duration: P5Y, P3M, P2W, P10D.
func durationTimex(a amount) string {
	switch a.u {
	case unitYear:
		return fmt.Sprintf("P%dY", a.n)
	case unitDecade:
		return fmt.Sprintf("P%dY", 10*a.n)
	case unitMonth:
		return fmt.Sprintf("P%dM", a.n)
	case unitWeek:
		return fmt.Sprintf("P%dW", a.n)
	}
	return fmt.Sprintf("P%dD", a.n)
}

// countNoun reports a plural noun a number counts ("rounds", "goals",
// "kilometres"), after which "in five days" says how long the count took.
func countNoun(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && !yearVerb(w)
}
