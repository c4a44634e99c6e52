package dates

import (
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Duration is a length of time named in a text: "for 3 years", "two decades",
// "half an hour", "1 year 1 month 21 days". Start and End are byte offsets.
type Duration struct {
	Start, End int
	// Parts holds each amount and unit in text order ("1 year 1 month" has two).
	Parts []DurationPart
	// Approx is true for vague amounts: "a few days", "several years".
	Approx bool
	// Timex is the ISO 8601 duration: "P3Y", "PT1.5H", "P1Y1M21D".
	Timex string
}

// DurationPart is one amount of one unit.
type DurationPart struct {
	Amount float64
	// Unit is one of "decade", "year", "month", "week", "day", "hour", "minute", "second".
	Unit string
}

// durationUnits maps unit words, including the short forms of chat and tables.
var durationUnits = map[string]string{
	"decade": "decade", "decades": "decade", "year": "year", "years": "year", "yr": "year",
	"yrs": "year", "y": "year", "ys": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "wk": "week", "wks": "week", "fortnight": "fortnight",
	"fortnights": "fortnight", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
	"h": "hour", "hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute",
	"min": "minute", "mins": "minute", "second": "second", "seconds": "second",
	"sec": "second", "secs": "second",
}

// Durations returns the lengths of time in text (tokens toks from token.Scan).
func Durations(text string, toks []token.Token) []Duration {
	// Durations need no trigger: "an hour" holds none.
	var clsBuf [scanTokens]class
	toks, cls, all := prepare(text, toks, clsBuf[:])
	var lowBuf [scanBytes]byte
	s := &scanner{text: text, toks: toks, low: lowered(text, lowBuf[:]), cls: cls, all: all}
	var out []Duration
	for i := 0; i < len(s.toks); {
		d, end, ok := s.duration(i)
		if !ok {
			i++
			continue
		}
		d.Start, d.End = s.toks[i].Start, s.toks[end-1].End
		out = append(out, d)
		i = end
	}
	return out
}

// duration reads one or more amount-unit parts starting at i.
func (s *scanner) duration(i int) (Duration, int, bool) {
	var d Duration
	j := i
	for {
		k := j
		if len(d.Parts) > 0 && (s.sym(k, ",") || s.word(k) == "and") {
			k++
		}
		p, e, approx, ok := s.durationPart(k)
		if !ok {
			break
		}
		d.Parts = append(d.Parts, p)
		d.Approx = d.Approx || approx
		j = e
	}
	if len(d.Parts) == 0 {
		return d, i, false
	}
	d.Timex = durationISO(d.Parts)
	return d, j, true
}

// durationPart reads "3 hours", "3h", "3-min", "two and a half hours", "an hour
// and a half", "half an hour", "a half hour", "all day", "full-week", "a few
// minutes", "another week", "four business days".
func (s *scanner) durationPart(i int) (DurationPart, int, bool, bool) {
	amount, approx, j, ok := s.durationAmount(i)
	if !ok {
		return DurationPart{}, i, false, false
	}
	if s.dash(j) && s.adj(j-1) && s.adj(j) {
		j++
	}
	if s.word(j) == "business" || s.word(j) == "working" {
		j++
	}
	u, ok := durationUnits[s.word(j)]
	// Short units ("h", "yr") only count after digits: "an h" is no duration.
	if !ok || len(s.word(j)) <= 2 && s.kind(j-1) != token.Number {
		return DurationPart{}, i, false, false
	}
	end := j + 1
	if s.word(end) == "and" && (s.word(end+1) == "half" || s.word(end+1) == "a" && s.word(end+2) == "half") {
		amount += 0.5
		end += 2
		if s.word(end-1) == "a" {
			end++
		}
	}
	if u == "fortnight" {
		u, amount = "week", amount*2
	}
	return DurationPart{Amount: amount, Unit: u}, end, approx, true
}

// durationAmount reads the amount before a unit word.
func (s *scanner) durationAmount(i int) (float64, bool, int, bool) {
	switch w := s.word(i); w {
	case "all", "full":
		return 1, false, i + 1, true
	case "another":
		return 1, false, i + 1, true
	case "some":
		return 3, true, i + 1, true
	case "half":
		j := i + 1
		if s.word(j) == "an" || s.word(j) == "a" {
			j++
		}
		return 0.5, false, j, true
	case "a", "an":
		if s.word(i+1) == "half" {
			return 0.5, false, i + 2, true
		}
	}
	if s.kind(i) == token.Number {
		r := s.raw(i)
		if strings.Count(r, ".") > 1 || strings.Contains(r, ",") && !thousands(r) {
			return 0, false, i, false
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(r, ",", ""), 64)
		if err != nil {
			return 0, false, i, false
		}
		return v, false, i + 1, true
	}
	if _, ok := s.cardinal(i); !ok {
		switch s.word(i) {
		case "a", "an", "few", "several":
		default:
			return 0, false, i, false
		}
	}
	n, j, ok := s.cardinalWord(i)
	if !ok {
		return 0, false, i, false
	}
	approx := s.word(i) == "few" || s.word(i) == "several" || s.word(i+1) == "few"
	v := float64(n)
	if s.word(j) == "and" && s.word(j+1) == "a" && s.word(j+2) == "half" {
		v += 0.5
		j += 3
	}
	return v, approx, j, true
}

// durationISO writes parts as one ISO 8601 duration.
func durationISO(parts []DurationPart) string {
	var date, clock strings.Builder
	for _, p := range parts {
		n := p.Amount
		letter := ""
		switch p.Unit {
		case "decade":
			n, letter = n*10, "Y"
		case "year":
			letter = "Y"
		case "month":
			letter = "M"
		case "week":
			letter = "W"
		case "day":
			letter = "D"
		}
		if letter != "" {
			date.WriteString(strconv.FormatFloat(n, 'f', -1, 64) + letter)
			continue
		}
		clock.WriteString(strconv.FormatFloat(n, 'f', -1, 64) + strings.ToUpper(p.Unit[:1]))
	}
	out := "P" + date.String()
	if clock.Len() > 0 {
		out += "T" + clock.String()
	}
	return out
}
