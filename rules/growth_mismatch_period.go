package rules

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// maxPeriodGap is how far a level's date may lie from the end of a stated period
// and still stand for it.
const maxPeriodGap = 366 * 24 * time.Hour

// periodLevels picks the levels at the start and the end of the change's period:
// the period stated in its sentence, else the earliest and the latest dates.
func periodLevels(p *Pass, ch *claims.Fact, own []*claims.Fact, levels []member) (start, end member, ok bool) {
	// A stated period dates a level better than its publication date does.
	dates, byDate, _ := dateBucketsBy(levels, levelDate, sameTimeWindow)
	if len(dates) < 2 {
		return member{}, member{}, false
	}
	rep := func(d time.Time) member {
		cs := clusterize(byDate[d])
		return cs[majority(cs)].ms[0]
	}
	from, to, stated := periodOf(p, ch, own)
	if !stated {
		return rep(dates[0]), rep(dates[len(dates)-1]), true
	}
	a, b := closest(dates, from), closest(dates, to)
	gap := maxPeriodGap
	if periodLength(levels[0].f) != "" {
		// Levels over stated periods (all of one length here) stand for the change's
		// ends only when their periods end exactly there: the figure for the
		// period before and the figure for the period itself.
		gap = 0
	}
	if !a.Before(b) || absDur(a.Sub(from)) > gap || absDur(b.Sub(to)) > gap {
		return member{}, member{}, false
	}
	return rep(a), rep(b), true
}

// periodOf reads the period of a change from a date in its sentence, a span ("over
// the past two years") or a start ("since 2023", "two years ago") running to the
// source's date, else from its Period.
func periodOf(p *Pass, ch *claims.Fact, own []*claims.Fact) (from, to time.Time, ok bool) {
	if from, to, ok := basePeriod(ch, own); ok {
		return from, to, true
	}
	if from, to, ok := sentencePeriod(p, ch); ok {
		return from, to, true
	}
	return parsePeriod(ch.Period)
}

// basePeriod reads the period of a change whose sentence dates only the base
// it starts from: "Revenue climbed 18 percent from $231 million in 2024" runs
// over the year after 2024. own are the levels of the change's sentence.
func basePeriod(ch *claims.Fact, own []*claims.Fact) (from, to time.Time, ok bool) {
	for _, f := range own {
		if !f.Prior || f.Span.Start < ch.Span.End || !precededBy(f, "from") || !baseYearAfter.MatchString(ch.Doc.Text[f.Span.End:f.Sentence.End]) {
			continue
		}
		from, to, ok := parsePeriod(f.Period)
		if !ok {
			continue
		}
		months := monthsBetween(from, to)
		return to, to.AddDate(0, months, 0), months > 0
	}
	return time.Time{}, time.Time{}, false
}

// baseYearAfter matches the year set right after a base: " in 2024".
var baseYearAfter = regexp.MustCompile(`^\s+in\s+(?:fiscal\s+)?\d{4}\b`)

// sentencePeriod reads the period of a change from a date in its sentence. It
// comes before the change's Period because it knows a start ("since July") runs
// to the source's date, where a period names only the month of July.
func sentencePeriod(p *Pass, ch *claims.Fact) (from, to time.Time, ok bool) {
	for _, d := range p.Index.Kind(claims.KindDate) {
		if d.Doc != ch.Doc || d.Date == nil || !d.Date.Resolved {
			continue
		}
		if d.Span.Start < ch.Sentence.Start || d.Span.End > ch.Sentence.End {
			continue
		}
		dt := d.Date
		if dt.Duration {
			return dt.From, dt.To, true
		}
		end := dateOf(ch)
		if end.IsZero() {
			continue
		}
		if dt.YearsAgo > 0 || startsPeriod(ch.Doc.Text, d.Span.Start) {
			return dt.From, end, true
		}
	}
	return time.Time{}, time.Time{}, false
}

// startsPeriod reports whether the words just before off open a period: "since",
// "from".
func startsPeriod(text string, off int) bool {
	lo := off - 16
	if lo < 0 {
		lo = 0
	}
	if off > len(text) {
		return false
	}
	before := strings.ToLower(text[lo:off])
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return w == "since" || w == "from"
}

// closest returns the date nearest to t.
func closest(dates []time.Time, t time.Time) time.Time {
	best := dates[0]
	for _, d := range dates[1:] {
		if absDur(d.Sub(t)) < absDur(best.Sub(t)) {
			best = d
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

// growthMessage quotes the change and both levels and shows the bound it breaks.
func growthMessage(ch *claims.Fact, s, e member, mode changeMode, implied, stated quantity.Interval) string {
	var bound, formula, cmp string
	if implied.Lo > stated.Hi || (implied.Lo == stated.Hi && stated.HiOpen) {
		bound, cmp = "at least "+changeValue(changeBetween(s.iv.Hi, e.iv.Lo, mode), mode), "more"
		formula = arith(e.iv.Lo, s.iv.Hi, mode)
	} else {
		bound, cmp = "at most "+changeValue(changeBetween(s.iv.Lo, e.iv.Hi, mode), mode), "less"
		formula = arith(e.iv.Hi, s.iv.Lo, mode)
	}
	return fmt.Sprintf("%s vs %s (%s, %s) → %s (%s, %s): these imply %s (%s), %s than the %s stated",
		Quote(ch), Quote(s.f), levelWhen(s.f), Where(s.f), Quote(e.f), levelWhen(e.f), Where(e.f),
		bound, formula, cmp, statedText(ch.Quantity, mode))
}

// levelWhen says when a level holds: its stated period ("2024-01-01/2025-01-01")
// when it has one, else its publication date.
func levelWhen(f *claims.Fact) string {
	if _, _, ok := parsePeriod(f.Period); ok {
		return f.Period
	}
	return Published(f)
}

// changeBetween is the change from s to e in the mode's terms.
func changeBetween(s, e float64, mode changeMode) float64 {
	switch mode {
	case modePercent:
		return (e/s - 1) * 100
	case modeRatio:
		return e / s
	}
	return e - s
}

// changeValue writes a change in its mode: "+26%", "×1.3", "+4.5 percentage points".
func changeValue(v float64, mode changeMode) string {
	switch mode {
	case modePercent:
		return FormatPercent(v / 100)
	case modeRatio:
		return "×" + FormatNumber(math.Round(v*100)/100)
	}
	s := FormatNumber(v)
	if v > 0 {
		s = "+" + s
	}
	if mode == modePoints {
		s += " percentage points"
	}
	return s
}

// arith shows the computation behind a bound: "630,000/500,000 − 1".
func arith(e, s float64, mode changeMode) string {
	switch mode {
	case modePercent:
		return FormatNumber(e) + "/" + FormatNumber(s) + " − 1"
	case modeRatio:
		return FormatNumber(e) + "/" + FormatNumber(s)
	}
	return FormatNumber(e) + " − " + FormatNumber(s)
}

// statedText writes the stated change with its interval when hedged.
func statedText(q *quantity.Quantity, mode changeMode) string {
	stated := q.Interval
	if mode != modeRatio && q.Direction < 0 && stated.Lo >= 0 {
		stated = negate(stated)
	}
	v := written(q)
	if mode != modeRatio && stated.Hi < 0 && v > 0 {
		v = -v
	}
	var s string
	switch mode {
	case modePercent:
		s = FormatNumber(v) + "%"
	case modeRatio:
		s = "×" + FormatNumber(v)
	case modePoints:
		s = FormatNumber(v) + " percentage points"
	default:
		s = FormatNumber(v)
		if q.Unit != "" && q.Unit != "count" {
			s = q.Unit + " " + s
		}
	}
	if stated.Lo != stated.Hi {
		s += " " + FormatInterval(stated)
	}
	return s
}
