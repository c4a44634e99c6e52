package dates

import (
	"time"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// monthNames maps full month names and their usual abbreviations to months.
// "may" and "march" are also verbs: callers decide how much context they need.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names and abbreviations; abbreviated is true for the
// short forms, which are common words ("sat", "sun", "wed") and need more context.
var weekdayNames = map[string]struct {
	day         time.Weekday
	abbreviated bool
}{
	"monday": {time.Monday, false}, "tuesday": {time.Tuesday, false},
	"wednesday": {time.Wednesday, false}, "thursday": {time.Thursday, false},
	"friday": {time.Friday, false}, "saturday": {time.Saturday, false},
	"sunday": {time.Sunday, false},
	"mon":    {time.Monday, true}, "tue": {time.Tuesday, true}, "tues": {time.Tuesday, true},
	"wed": {time.Wednesday, true}, "thu": {time.Thursday, true}, "thur": {time.Thursday, true},
	"thurs": {time.Thursday, true}, "fri": {time.Friday, true}, "sat": {time.Saturday, true},
	"sun": {time.Sunday, true},
}

// MonthNamed returns the month that a lower-case month name or abbreviation
// ("november", "nov", "sept") names.
func MonthNamed(w string) (time.Month, bool) {
	m, ok := monthNames[w]
	return m, ok
}

// WeekdayNamed returns the weekday that a lower-case weekday name or
// abbreviation ("tuesday", "tues") names; abbreviated is true for the short
// forms, which are also common words and need more context.
func WeekdayNamed(w string) (day time.Weekday, abbreviated, ok bool) {
	e, ok := weekdayNames[w]
	return e.day, e.abbreviated, ok
}

// WeekdayWords returns a new set of every lower-case weekday name and
// abbreviation, for callers that look words up in a set.
func WeekdayWords() map[string]bool {
	out := make(map[string]bool, len(weekdayNames))
	for w := range weekdayNames {
		out[w] = true
	}
	return out
}

// unit is a calendar unit that relative expressions count in.
type unit uint8

const (
	unitNone unit = iota
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
)

// unitWords maps the calendar unit words that relative dates count in.
var unitWords = map[string]unit{
	"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek,
	"month": unitMonth, "months": unitMonth, "year": unitYear, "years": unitYear,
	"yr": unitYear, "yrs": unitYear, "decade": unitDecade, "decades": unitDecade,
}

// granularityOf is the precision of a date counted in u.
func granularityOf(u unit) Granularity {
	switch u {
	case unitWeek:
		return Week
	case unitMonth:
		return Month
	case unitYear:
		return Year
	case unitDecade:
		return Decade
	}
	return Day
}

// addUnits moves t by n units (negative n goes back).
func addUnits(t time.Time, u unit, n int) time.Time {
	switch u {
	case unitDay:
		return addDays(t, n)
	case unitWeek:
		return addDays(t, 7*n)
	case unitMonth:
		return t.AddDate(0, n, 0)
	case unitYear:
		return t.AddDate(n, 0, 0)
	case unitDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t
}

// yearCue reports the words that make a following bare number a year ("in 2023").
func yearCue(w string) bool {
	switch w {
	case "in", "since", "by", "from", "until", "till",
		"of", "during", "before", "after", "through",
		"throughout", "to", "between", "and", "year",
		"early", "late", "mid", "fiscal":
		return true
	}
	return false
}

// quantityCue reports words before a number that make it a quantity, not a year.
func quantityCue(w string) bool {
	switch w {
	case "top", "over", "about", "around", "nearly",
		"almost", "approximately", "some", "least", "than",
		"total", "only", "just", "up", "roughly", "number":
		return true
	}
	return false
}

// yearVerb reports lowercase words ending in "s" that may follow a year used as a
// subject ("2025 marks"); other such words are treated as count nouns ("2025 projects").
func yearVerb(w string) bool {
	switch w {
	case "was", "is", "has", "marks", "sees", "saw",
		"brings", "begins", "ends", "represents", "as",
		"remains", "promises", "looks", "this", "its":
		return true
	}
	return false
}

// cardinalWord reads a cardinal written in words starting at token i: "two",
// "twenty one", "twenty-one", "twenty and four", "a", "an". It returns the value
// and the index after the last token used.
func (s *scanner) cardinalWord(i int) (int, int, bool) {
	w := s.word(i)
	switch w {
	case "a", "an", "one":
		if s.word(i+1) == "few" || s.word(i+1) == "couple" {
			n := 3
			if s.word(i+1) == "couple" {
				n = 2
			}
			if s.word(i+2) == "of" {
				return n, i + 3, true
			}
			return n, i + 2, true
		}
		return 1, i + 1, true
	case "few", "several":
		return 3, i + 1, true
	}
	v, ok := s.cardinal(i)
	if !ok {
		return 0, i, false
	}
	if v >= 20 && v%10 == 0 {
		j := i + 1
		if s.sym(j, "-") && s.adj(i) && s.adj(j) {
			j++
		} else if s.word(j) == "and" {
			j++
		}
		if u, ok := s.cardinal(j); ok && u > 0 && u < 10 {
			return v + u, j + 1, true
		}
	}
	return v, i + 1, true
}

// ordinalWord reads an ordinal: "21st", "third", "twenty-first", "twenty first".
func (s *scanner) ordinalWord(i int) (int, int, bool) {
	// classify marked the tokens that start an ordinal: the others skip the lookups.
	if !s.has(i, clsOrdinal|clsCardinal) {
		return 0, i, false
	}
	if s.kind(i) == token.Number && s.adj(i) {
		if n, ok := s.plainInt(i); ok {
			if v, ok := numword.Ordinal(s.text[s.toks[i].Start:s.toks[i+1].End]); ok && v == n {
				return n, i + 2, true
			}
		}
		return 0, i, false
	}
	w := s.word(i)
	if s.has(i, clsOrdinal) {
		if v, ok := numword.Ordinal(w); ok && s.kind(i) == token.Word {
			return v, i + 1, true
		}
	}
	if t, ok := s.cardinal(i); ok && t >= 20 && t%10 == 0 {
		j := i + 1
		if s.sym(j, "-") && s.adj(i) && s.adj(j) {
			j++
		}
		if v, ok := numword.OrdinalCompound(w, s.word(j)); ok {
			return v, j + 1, true
		}
	}
	return 0, i, false
}

// cardinal reads a single cardinal word at i ("seven", "forty").
func (s *scanner) cardinal(i int) (int, bool) {
	if !s.has(i, clsCardinal) {
		return 0, false
	}
	return numword.Cardinal(s.word(i))
}
