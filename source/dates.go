package source

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/dates"
)

// weekdays are the weekday names a dateline may start with (the date lexicon's,
// so the dateline and the body of an article read the same names).
var weekdays = dates.WeekdayWords()

// dateWord is one word or number of a date candidate and where it ends in the input.
type dateWord struct {
	s   string
	end int
}

// dateWords splits s into letter runs and digit runs, dropping punctuation, and
// stops after max words.
func dateWords(s string, max int) []dateWord {
	var out []dateWord
	for i := 0; i < len(s) && len(out) < max; {
		c := s[i]
		j := i + 1
		switch {
		case isDigit(c):
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		case isLetter(c):
			for j < len(s) && isLetter(s[j]) {
				j++
			}
		default:
			i++
			continue
		}
		out = append(out, dateWord{strings.ToLower(s[i:j]), j})
		i = j
	}
	return out
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// parseDate reads a date at the start of s (leading white space and a weekday
// allowed): "2023-11-07" (also RFC 3339 timestamps), "November 7, 2023",
// "Nov. 7, 2023", "7 November 2023", "Tuesday, November 7, 2023". It returns
// the date at midnight UTC and how many bytes of s it used.
func parseDate(s string) (time.Time, int, bool) {
	w := dateWords(s, 6)
	if len(w) > 0 && weekdays[w[0].s] {
		w = w[1:]
	}
	if len(w) < 3 {
		return time.Time{}, 0, false
	}
	num := func(x dateWord, digits ...int) (int, bool) {
		ok := false
		for _, d := range digits {
			ok = ok || len(x.s) == d
		}
		if !ok {
			return 0, false
		}
		n, err := strconv.Atoi(x.s)
		return n, err == nil
	}
	var y, d int
	var m time.Month
	var ok1, ok2, ok3 bool
	switch {
	case isDigit(w[0].s[0]) && len(w[0].s) == 4: // 2023-11-07
		y, ok1 = num(w[0], 4)
		mi, okm := num(w[1], 1, 2)
		m, ok2 = time.Month(mi), okm
		d, ok3 = num(w[2], 1, 2)
		if !isoSeparated(s, w) {
			return time.Time{}, 0, false
		}
	case isDigit(w[0].s[0]): // 7 November 2023
		d, ok1 = num(w[0], 1, 2)
		m, ok2 = dates.MonthNamed(w[1].s)
		y, ok3 = num(w[2], 4)
	default: // November 7, 2023
		m, ok1 = dates.MonthNamed(w[0].s)
		d, ok2 = num(w[1], 1, 2)
		y, ok3 = num(w[2], 4)
	}
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || y < 1000 {
		return time.Time{}, 0, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February
		return time.Time{}, 0, false
	}
	return t, w[2].end, true
}

// isoSeparated checks that the three numbers of an ISO date are joined by '-'
// (or '/' or '.') with nothing else between them.
func isoSeparated(s string, w []dateWord) bool {
	first := w[0].end
	sep := s[first : first+1]
	if sep != "-" && sep != "/" && sep != "." {
		return false
	}
	return w[1].end < len(s) && s[w[1].end:w[1].end+1] == sep &&
		w[1].end-first == len(w[1].s)+1 && w[2].end-w[1].end == len(w[2].s)+1
}

// parseMetaDate parses a metadata date value; the whole value must be a date,
// an optional time after it aside.
func parseMetaDate(v string) (time.Time, bool) {
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	t, n, ok := parseDate(v)
	if !ok {
		return time.Time{}, false
	}
	rest := strings.TrimSpace(v[n:])
	if rest == "" || rest[0] == 'T' || rest[0] == '|' || rest[0] == ',' || isDigit(rest[0]) {
		return t, true
	}
	return time.Time{}, false
}

// findDateline looks for a publication date in the first lines of a text: a line
// that starts with a date (after a place name and comma, as in "HANOI, Nov. 7,
// 2023"), or a short line holding one. Lines for which skipped is true (captions,
// file names) are passed over. It returns the zero time if none.
func findDateline(text string, maxLines int, skipped func(off int) bool) time.Time {
	n := 0
	for i, l := range splitLines(text) {
		if i >= 5*maxLines { // bounds the work when the top is all captions
			break
		}
		s := l.trimmed(text)
		if s == "" || skipped(l.Start) || skipped(l.End-1) {
			continue
		}
		if n++; n > maxLines {
			break
		}
		if len(s) > 200 {
			continue
		}
		for off := 0; off < len(s); off++ {
			if off > 0 && !isDateBoundary(s[off-1]) {
				continue
			}
			t, end, ok := parseDate(s[off:])
			if ok && (off < 40 || len(s) <= 80) && (off+end == len(s) || isDateBoundary(s[off+end])) {
				return t
			}
		}
	}
	return time.Time{}
}

// isDateBoundary reports whether c may stand next to a dateline date: not part
// of a word, a number or a file name.
func isDateBoundary(c byte) bool {
	return !isLetter(c) && !isDigit(c) && !strings.ContainsRune("-_./", rune(c)) && c < 0x80
}
