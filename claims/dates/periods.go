package dates

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// yearWithCue reads a bare year: after a cue ("in 2023", "since 2013", "by 2045",
// "Year 2027"), before a possessive ("2025's"), or standing alone when it is a
// plausible modern year (1900–2100) that no count noun follows and no quantity
// word precedes ("Expo 2025 Osaka", but not "top 2000 firms").
func (s *scanner) yearWithCue(i int) (match, bool) {
	y, ok := s.year4(i)
	if !ok || s.gluedBefore(i) || s.digitGroupAfter(i) {
		return match{}, false
	}
	if s.adj(i) && (s.kind(i+1) != token.Symbol || s.sym(i+1, "%") || s.dash(i+1) || s.sym(i+1, "/")) {
		return match{}, false
	}
	prev := s.word(i - 1)
	if s.countAfter(i+1) && (prev != "year" || s.scaleAfter(i+1)) {
		return match{}, false
	}
	possessive := (s.sym(i+1, "’") || s.sym(i+1, "'")) && s.word(i+2) == "s" && s.adj(i+1)
	if !yearCue(prev) && !possessive {
		if y < 1900 || y > 2100 || quantityCue(prev) || s.kind(i-1) == token.Number {
			return match{}, false
		}
	}
	return match{d: yearDate(y, y), from: i, to: i + 1}, true
}

// gluedBefore reports a number glued to what precedes it ("$2025", "v-2025", "3/2025").
func (s *scanner) gluedBefore(i int) bool {
	if s.sym(i-1, "$") || s.sym(i-1, "€") || s.sym(i-1, "£") || s.sym(i-1, "#") {
		return true
	}
	return s.adj(i-1) && s.kind(i-1) != token.Symbol || s.adj(i-1) && (s.dash(i-1) || s.sym(i-1, "/") || s.sym(i-1, "."))
}

// yearRange reads "2026-2030", "2026–30", "2026 to 2030" (after "from"),
// "2026 and 2030" (after "between").
func (s *scanner) yearRange(i int) (match, bool) {
	y1, ok := s.year4(i)
	if !ok || s.gluedBefore(i) {
		return match{}, false
	}
	k := i + 1
	switch {
	case s.dash(k):
	case s.word(k) == "to" || s.word(k) == "through" || s.word(k) == "until":
		if s.word(i-1) != "from" {
			return match{}, false
		}
	case s.word(k) == "and":
		if s.word(i-1) != "between" {
			return match{}, false
		}
	default:
		return match{}, false
	}
	k++
	y2, ok := s.year4(k)
	split := false // "2025-26": a financial year or season astride two years
	if !ok && s.dash(k-1) && s.adj(k-1) {
		if n, ok2 := s.plainInt(k); ok2 && len(s.raw(k)) == 2 {
			y2, ok = y1/100*100+n, true
			split = y2 == y1+1 && s.adj(k-2)
		}
	}
	if !ok || y2 <= y1 || y2-y1 > 100 || s.countAfter(k+1) || s.adj(k) && s.kind(k+1) != token.Symbol {
		return match{}, false
	}
	if split {
		// Twelve months, not two years: "shipped 4.8 million cases in the
		// 2025-26 financial year". Financial years start in April, July or
		// October, seasons in summer or autumn; July is the middle.
		dt := Date{Granularity: Year, Resolved: true,
			From:  time.Date(y1, 7, 1, 0, 0, 0, 0, time.UTC),
			To:    time.Date(y2, 7, 1, 0, 0, 0, 0, time.UTC),
			Timex: fmt.Sprintf("(%04d-07-01,%04d-07-01,P1Y)", y1, y2)}
		return match{d: dt, from: i, to: k + 1}, true
	}
	return match{d: yearDate(y1, y2), from: i, to: k + 1}, true
}

// decade reads "1970s", "1970’s".
func (s *scanner) decade(i int) (match, bool) {
	y, ok := s.year4(i)
	if !ok || y%10 != 0 || !s.adj(i) {
		return match{}, false
	}
	end := 0
	switch {
	case s.word(i+1) == "s":
		end = i + 2
	case (s.sym(i+1, "’") || s.sym(i+1, "'")) && s.adj(i+1) && s.word(i+2) == "s":
		end = i + 3
	default:
		return match{}, false
	}
	dt := Date{Granularity: Decade, Resolved: true,
		From:  time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC),
		To:    time.Date(y+10, 1, 1, 0, 0, 0, 0, time.UTC),
		Timex: fmt.Sprintf("%03d", y/10)}
	return match{d: dt, from: i, to: end}, true
}

// yearExpr reads a year as a part of a larger phrase: "2024", "this year",
// "last year", "next year", "the year".
func (s *scanner) yearExpr(j int) (y int, relative bool, end int, ok bool) {
	if y, ok := s.year4(j); ok {
		return y, false, j + 1, true
	}
	if s.word(j+1) != "year" || s.ref.IsZero() {
		return 0, false, j, false
	}
	switch s.word(j) {
	case "this", "the", "current":
		return s.ref.Year(), true, j + 2, true
	case "last", "previous", "past":
		return s.ref.Year() - 1, true, j + 2, true
	case "next", "coming":
		return s.ref.Year() + 1, true, j + 2, true
	}
	return 0, false, j, false
}

// partOfYear reads quarters and halves: "Q3 2024", "H1 2024", "the first half
// of 2024", "the third quarter of this year".
func (s *scanner) partOfYear(i int) (match, bool) {
	n, per, j := 0, 0, i
	switch w := s.word(i); {
	case (w == "q" || w == "h") && s.adj(i):
		v, ok := s.plainInt(i + 1)
		per = 4
		if w == "h" {
			per = 2
		}
		if !ok || v < 1 || v > per {
			return match{}, false
		}
		n, j = v, i+2
		if s.sym(j, ",") || s.word(j) == "of" {
			j++
		}
	default:
		v, p, e, ok := s.ordinalPart(i)
		if !ok || s.word(e+1) != "of" && s.word(e+1) != "in" {
			return match{}, false
		}
		n, per, j = v, p, e+2
	}
	y, rel, end, ok := s.yearExpr(j)
	if !ok {
		if s.word(i) != "q" && s.word(i) != "h" {
			return match{}, false
		}
		if end = j; s.word(j-1) == "of" || s.sym(j-1, ",") {
			end = j - 1
		}
		if s.ref.IsZero() {
			return match{d: partDate(noYear, per, n, false), from: i, to: end}, true
		}
		y, rel = s.ref.Year(), true
	}
	return match{d: partDate(y, per, n, rel), from: i, to: end}, true
}

// ordinalPart reads an ordinal part of a year at i: "first half", "third
// quarter", "last quarter". It returns the part's number n (1..per), how many
// such parts a year has (4 or 2) and the index of the "quarter"/"half" word.
func (s *scanner) ordinalPart(i int) (n, per, e int, ok bool) {
	n, e, ok = s.ordinalWord(i)
	if s.word(i) == "last" {
		n, e, ok = -1, i+1, true
	}
	if !ok {
		return 0, 0, i, false
	}
	switch s.word(e) {
	case "quarter":
		per = 4
	case "half":
		per = 2
	default:
		return 0, 0, i, false
	}
	if n == -1 {
		n = per
	}
	if n < 1 || n > per {
		return 0, 0, i, false
	}
	return n, per, e, true
}

// partDate is part n of per parts of year y; for y == noYear it stays
// unresolved, with only its granularity and TIMEX.
func partDate(y, per, n int, rel bool) Date {
	if y == noYear {
		return Date{Granularity: partGran(per), Relative: rel, Timex: partTimex(noYear, per, n)}
	}
	months := 12 / per
	from := time.Date(y, time.Month((n-1)*months+1), 1, 0, 0, 0, 0, time.UTC)
	return Date{Granularity: partGran(per), From: from, To: from.AddDate(0, months, 0),
		Resolved: true, Relative: rel, Timex: partTimex(y, per, n)}
}

func partGran(per int) Granularity {
	if per == 2 {
		return Half
	}
	return Quarter
}

func partTimex(y, per, n int) string {
	letter := "Q"
	if per == 2 {
		letter = "H"
	}
	return fmt.Sprintf("%s-%s%d", timex(y, 0, 0), letter, n)
}

// yearEdge is the part of year y an edge word names: "the end of 2025" is a
// point near its end, [Dec 1, Jan 1), "the beginning of 2026" one near its
// start, [Jan 1, Feb 1); "mid-2026" stays the whole year, too vague to narrow.
func yearEdge(y int, edge string) Date {
	dt := yearDate(y, y)
	switch edge {
	case "end", "close", "late":
		dt.From, dt.Granularity = time.Date(y, 12, 1, 0, 0, 0, 0, time.UTC), Month
	case "beginning", "start", "early":
		dt.To, dt.Granularity = time.Date(y, 2, 1, 0, 0, 0, 0, time.UTC), Month
	}
	return dt
}

// deadline reads "the end of 2025", "the beginning of next year", "the end of
// this month", "mid-2024": the edge word joins the span, the period stays that
// of the named date. Parse sets Deadline when "by" precedes.
func (s *scanner) deadline(i int) (match, bool) {
	k := i
	if s.word(k) == "the" {
		k++
	}
	switch s.word(k) {
	case "end", "beginning", "start", "middle", "close":
	case "mid", "early", "late":
		if !s.dash(k+1) || !s.adj(k) {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if s.word(k+1) != "of" && !s.dash(k+1) {
		return match{}, false
	}
	j := k + 2
	if y, rel, end, ok := s.yearExpr(j); ok {
		dt := yearEdge(y, s.word(k))
		dt.Relative = rel
		return match{d: dt, from: i, to: end}, true
	}
	if m, ok := s.monthDayFirst(j); ok {
		return match{d: m.d, from: i, to: m.to}, true
	}
	if m, ok := s.relativeNamed(j); ok {
		return match{d: m.d, from: i, to: m.to}, true
	}
	if m, e, ok := s.month(j, false); ok && s.capital(j) {
		return match{d: s.monthDate(noYear, m), from: i, to: e}, true
	}
	return match{}, false
}

// yearsSince reads an anniversary told as a count of years being celebrated:
// "celebrate 50 years since the founding", "marking 60 years of ties".
func (s *scanner) yearsSince(i int) (match, bool) {
	v, ok := s.plainInt(i)
	if !ok {
		v, ok = s.cardinal(i)
	}
	if !ok || v < 2 || v > 1000 || s.word(i+1) != "years" || s.word(i+2) != "since" && s.word(i+2) != "of" {
		return match{}, false
	}
	p := i - 1
	if s.word(p) == "the" || s.word(p) == "its" || s.word(p) == "their" {
		p--
	}
	switch s.word(p) {
	case "celebrate", "celebrates", "celebrated", "celebrating", "mark", "marks", "marked", "marking",
		"commemorate", "commemorates", "commemorated", "commemorating":
		return match{d: Date{Granularity: Year, Anniversary: v}, from: i, to: i + 2}, true
	}
	return match{}, false
}

// anniversary reads "50th anniversary", "fiftieth founding anniversary".
func (s *scanner) anniversary(i int) (match, bool) {
	v, j, ok := s.ordinalWord(i)
	if !ok {
		return match{}, false
	}
	if s.word(j) != "anniversary" && s.kind(j) == token.Word && !s.capital(j) && s.word(j+1) == "anniversary" {
		j++
	}
	if s.word(j) != "anniversary" {
		return match{}, false
	}
	return match{d: Date{Granularity: Year, Anniversary: v}, from: i, to: j + 1}, true
}
