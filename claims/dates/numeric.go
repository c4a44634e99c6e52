package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// part is one piece of a numeric date: a number or a month name.
type part struct {
	n      int
	digits int
	month  time.Month
}

// numericDate reads all-digit dates: "2025-11-25", "2015/08/12", "02/22/2016",
// "9-18-15", "11/12,2016", "2019-sep-1", dotted "13.5.2015", and, with a cue,
// "4/22", "on 4-22", "on 4.22". Slashed and dashed day-month pairs read
// month first unless the first number is above 12; dotted triples read day first
// (the European order that writes them), unless they start with a year.
func (s *scanner) numericDate(i int) (match, bool) {
	wd, j := s.prefixWeekday(i)
	if s.kind(j) != token.Number {
		return match{}, false
	}
	dotted := strings.Contains(s.raw(j), ".")
	if !dotted && !s.joined(j) {
		return match{}, false
	}
	if (s.adj(j-1) && (s.dash(j-1) || s.sym(j-1, "/") || s.kind(j-1) == token.Number)) ||
		s.sym(j-1, "$") || s.sym(j-1, "€") || s.sym(j-1, "£") {
		return match{}, false
	}
	cue := wd != nil || s.word(j-1) == "on" || s.word(j-1) == "in"
	if dotted {
		return s.dottedDate(i, j, wd, cue)
	}
	var buf [3]part
	parts, sep, end := s.gluedParts(j, &buf)
	if len(parts) < 2 || sep == "" {
		return match{}, false
	}
	var dt Date
	var ok bool
	switch {
	case len(parts) == 3 && parts[0].digits == 4:
		dt, ok = s.ymd(parts[0].n, parts[1], parts[2])
	case len(parts) == 3 && (parts[2].digits == 4 || parts[2].digits == 2):
		y := parts[2].n
		if parts[2].digits == 2 {
			y = twoDigitYear(y)
		}
		dt, ok = s.mdOrDm(y, parts[0], parts[1])
	case len(parts) == 2 && parts[0].month == 0 && parts[1].month == 0:
		if wd == nil && !s.boundary(end) || s.word(end) == "of" {
			return match{}, false
		}
		if sep != "/" && !cue {
			return match{}, false
		}
		dt, ok = s.mdOrDm(noYear, parts[0], parts[1])
	}
	if !ok {
		return match{}, false
	}
	dt.Weekday = wd
	return match{d: dt, from: i, to: end}, true
}

// joined reports a "-" or "/" after token j: gluedParts reads a second part
// only after one, and most numbers touching a symbol are "5%" or "5,".
func (s *scanner) joined(j int) bool { return s.dash(j+1) || s.sym(j+1, "/") }

// gluedParts collects up to three numbers or month names joined by the same
// touching separator ("-" or "/"); a final ",yy" after slashes counts too.
// The parts go into buf, so reading them allocates nothing.
func (s *scanner) gluedParts(j int, buf *[3]part) ([]part, string, int) {
	n, _ := s.plainInt(j)
	parts := append(buf[:0], part{n: n, digits: len(s.raw(j))})
	sep := ""
	k := j + 1
	for len(parts) < 3 && s.adj(k-1) && s.adj(k) {
		sp := s.raw(k)
		if s.dash(k) {
			sp = "-"
		}
		if sp != "-" && sp != "/" && !(sp == "," && sep == "/" && len(parts) == 2) {
			break
		}
		if sp != "," && sep != "" && sp != sep {
			return nil, "", k
		}
		var p part
		if v, ok := s.plainInt(k + 1); ok && len(s.raw(k+1)) <= 4 {
			p = part{n: v, digits: len(s.raw(k + 1))}
		} else if m, _, ok := s.month(k+1, true); ok && len(parts) == 1 && s.toks[k+1].End-s.toks[k+1].Start <= 4 {
			p = part{month: m}
		} else {
			break
		}
		if sp != "," {
			sep = sp
		}
		parts = append(parts, p)
		k += 2
	}
	// "1-2-3-4" or "3/4/2025/26" is not a date.
	if s.adj(k-1) && (s.dash(k) || s.sym(k, "/")) && s.kind(k+1) == token.Number {
		return nil, "", k
	}
	return parts, sep, k
}

// ymd builds a date from a year, a month part and a day part.
func (s *scanner) ymd(y int, m, d part) (Date, bool) {
	mon := m.month
	if mon == 0 {
		if m.digits > 2 || m.n < 1 || m.n > 12 {
			return Date{}, false
		}
		mon = time.Month(m.n)
	}
	if d.month != 0 || d.digits > 2 || d.n < 1 || d.n > 31 {
		return Date{}, false
	}
	return s.dayDate(y, mon, d.n), true
}

// mdOrDm builds a date from two parts in month-day order, or day-month order
// when the first cannot be a month.
func (s *scanner) mdOrDm(y int, a, b part) (Date, bool) {
	if a.month != 0 || a.digits > 2 {
		return Date{}, false
	}
	if b.month != 0 {
		return s.ymd(y, b, a)
	}
	if b.digits > 2 {
		return Date{}, false
	}
	if a.n > 12 {
		return s.ymd(y, b, a)
	}
	return s.ymd(y, a, b)
}

// dottedDate reads a date written as one dotted number token.
func (s *scanner) dottedDate(i, j int, wd *time.Weekday, cue bool) (match, bool) {
	// The fields are cut by hand, not by strings.Split: its slice would make
	// the sentence's buffers escape to the heap (see Parse).
	var buf [3]part
	parts := buf[:0]
	for rest, more := s.raw(j), true; more; {
		var f string
		f, rest, more = strings.Cut(rest, ".")
		if strings.Contains(f, ",") || len(f) == 0 || len(f) > 4 {
			return match{}, false
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			return match{}, false
		}
		if len(parts) == len(buf) {
			// No date has four fields; every case below needs two or three.
			return match{}, false
		}
		parts = append(parts, part{n: n, digits: len(f)})
	}
	end := j + 1
	if s.adj(j) && (s.kind(end) == token.Word || s.kind(end) == token.Number) {
		return match{}, false
	}
	var dt Date
	ok := false
	switch {
	case len(parts) == 3 && parts[0].digits == 4:
		dt, ok = s.ymd(parts[0].n, parts[1], parts[2])
	case len(parts) == 3 && parts[2].digits == 4:
		dt, ok = s.ymd(parts[2].n, parts[1], parts[0])
	case len(parts) == 2 && cue && (wd != nil || s.boundary(end)) && parts[0].digits <= 2 && parts[1].digits <= 2:
		dt, ok = s.ymd(noYear, parts[0], parts[1])
	}
	if !ok {
		return match{}, false
	}
	dt.Weekday = wd
	return match{d: dt, from: i, to: end}, true
}
