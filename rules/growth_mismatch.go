package rules

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// GrowthMismatch flags a stated change that the dated figures of the same measure
// do not allow.
func GrowthMismatch() *Rule {
	return &Rule{
		ID:        "growth-mismatch",
		Title:     "stated change disagrees with the dated figures",
		Severity:  Warning,
		SameStory: true,
		Run:       runGrowthMismatch,
		Doc: `A stated change ("expanded by 20%", "doubled", "rose by 5 percentage
points", "rose by USD 8 billion") is checked against the values of the same measure
at two dates, in the same or other sources. Hedged values are intervals, and the
claim fails only when no values inside both intervals make it true: "nearly
500,000" in 2023 and "more than 630,000" in 2025 imply growth of at least
630,000/500,000 − 1 = +26%, so "expanded by 20%" cannot hold.

Percent changes are relative; percentage points apply only to measures in percent;
an absolute change ("by USD 8 billion") needs values in the same unit; "50-fold"
and "doubled" are factors. The period comes from a date in the sentence of the
change ("since 2023", "over the past two years") when there is one; otherwise the
earliest and the latest dated values published no later than the change are used.
A bare stated figure is taken as rounded to its last written digit ("20%" allows
19.5% to 20.5%); factors are exact.

Bad:
    a.txt (2023): Nearly 500,000 Vietnamese people live in Japan.
    b.txt (2025): More than 630,000 Vietnamese people live in Japan.
    c.txt (2025): The Vietnamese community in Japan has grown by 20%.

Good:
    c.txt (2025): The Vietnamese community in Japan has grown by more than a quarter.

Severity warning: the change or one of the figures is wrong, or they measure
different periods the text does not name.`,
	}
}

// changeMode says how a stated change relates two levels.
type changeMode int

const (
	modePercent  changeMode = iota // relative change in percent
	modeRatio                      // a factor: "doubled", "50-fold"
	modePoints                     // percentage points between two percentages
	modeAbsolute                   // a difference in the levels' unit
)

func runGrowthMismatch(p *Pass) {
	levels := sentenceLevels(p)
	for _, f := range p.Index.Kind(claims.KindChange) {
		checkGrowth(p, f, levels)
	}
	// A quantity parsed as a change but filed as a plain quantity is checked too.
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Quantity != nil && (f.Quantity.Kind == quantity.Change || f.Quantity.Kind == quantity.Multiple) {
			checkGrowth(p, f, levels)
		}
	}
}

// sentenceLevels files the levels of every sentence by the sentence.
func sentenceLevels(p *Pass) map[sentenceKey][]*claims.Fact {
	out := map[sentenceKey][]*claims.Fact{}
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if isLevel(f) {
			k := sentenceKey{f.Doc, f.Sentence}
			out[k] = append(out[k], f)
		}
	}
	return out
}

// thanOther reports a change compared "than" a capitalised name that is no
// month or day: a difference between two parties ("four more than France").
func thanOther(ch *claims.Fact) bool {
	rest := ch.Doc.Text[ch.Span.End:min(ch.Span.End+40, ch.Sentence.End)]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, " more"), " fewer")
	w, ok := strings.CutPrefix(rest, " than ")
	if !ok {
		return false
	}
	w = strings.TrimPrefix(w, "the ")
	f := strings.Fields(w)
	if len(f) == 0 || f[0][0] < 'A' || f[0][0] > 'Z' {
		return false
	}
	switch strings.Trim(strings.ToLower(f[0]), ",.;") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return false
	}
	return true
}

// moreAfter reports a count told as "N more" that no "than" follows: "two
// more died after …" adds to a figure, "25% more than" compares.
func moreAfter(ch *claims.Fact) bool {
	rest := strings.ToLower(ch.Doc.Text[ch.Span.Start:min(ch.Span.End+12, ch.Sentence.End)])
	return strings.Contains(rest, "more") && !strings.Contains(rest, "than")
}

// checkGrowth checks one stated change against the levels of its measure.
func checkGrowth(p *Pass, ch *claims.Fact, levels map[sentenceKey][]*claims.Fact) {
	q := ch.Quantity
	if q == nil || ch.Doc == nil || !validInterval(q.Interval) {
		return
	}
	if thanOther(ch) {
		return // "12 medals in all, four more than France": against another party, not an earlier figure
	}
	own := levels[sentenceKey{ch.Doc, ch.Sentence}]
	if ownLevels(ch, own) {
		return // "rose to 1.27 million vehicles from 1.19 million, up about 6.7 percent": arithmetic checks the sentence's own ends
	}
	mode := modeOf(q)
	stated := statedInterval(q, mode)
	for _, group := range levelGroups(p, ch, own, mode) {
		start, end, ok := periodLevels(p, ch, own, group)
		if !ok || farApart(start, end) {
			continue // levels too far apart to be one measure (see farApart)
		}
		if yearOnYear(ch) && levelDate(end.f).Sub(levelDate(start.f)) < yearOnYearGap {
			// "Revenue of VND 21.6 trillion was up 14.3 percent from a year
			// earlier" against the same revenue reported six days before: a
			// change on the year needs a level a year apart.
			continue
		}
		if end.f.Doc == ch.Doc && end.f.Sentence == ch.Sentence && end.f.Span.End <= ch.Span.Start && ch.Quantity.Unit == "count" && moreAfter(ch) {
			continue // "Seven patients died in the unit and two more died after …": more than its own sentence's figure
		}
		if start.iv == end.iv && start.f.Quantity.Hedge == "" {
			// "Of 412 million orders in the quarter" and "orders rose 18 per
			// cent to 412 million": one figure told twice, not two moments.
			continue
		}
		implied, ok := impliedChange(start.iv, end.iv, mode)
		if !ok || stated.Overlaps(implied) {
			continue
		}
		if q.Direction == 0 && mode != modeRatio && negate(stated).Overlaps(implied) {
			continue
		}
		p.Report(Finding{Message: growthMessage(ch, start, end, mode, implied, stated), Claims: ClaimsOf(ch, start.f, end.f)})
		return
	}
}

// ownLevels reports a change whose sentence gives both its ends: an earlier
// level ("from 1.19 million") and another of the same unit. Those are the ends
// the change is of; levels of other sources are not.
func ownLevels(ch *claims.Fact, levels []*claims.Fact) bool {
	var prior, now *claims.Fact
	for _, f := range levels {
		if f == ch {
			continue
		}
		if f.Prior {
			prior = f
		} else {
			now = f
		}
	}
	return prior != nil && now != nil && prior.Quantity.Unit == now.Quantity.Unit
}

// yearOnYearGap is the least time between two levels that can stand for the
// ends of a change on the year: nine months, for reports published late.
const yearOnYearGap = 270 * 24 * time.Hour

// yearOnYear reports whether a change's sentence states it against the same
// time a year before ("up 14.3 percent from a year earlier", "year-on-year").
func yearOnYear(ch *claims.Fact) bool {
	s := strings.ToLower(ch.SentenceText())
	for _, cue := range []string{"a year earlier", "a year ago", "a year before", "year-on-year", "year on year",
		"from last year", "than last year", "on the year", "same period last year", "same period a year", "y/y",
		"from the previous year", "over the previous year", "on-year"} {
		if strings.Contains(s, cue) {
			return true
		}
	}
	return false
}

// modeOf tells how the change is stated.
func modeOf(q *quantity.Quantity) changeMode {
	switch {
	case q.Kind == quantity.Multiple:
		return modeRatio
	case q.Unit == "percent":
		return modePercent
	case q.Unit == "pp":
		return modePoints
	}
	return modeAbsolute
}

// statedInterval is the change as a signed interval: a fall is negative.
func statedInterval(q *quantity.Quantity, mode changeMode) quantity.Interval {
	iv := q.Interval
	if iv.Lo == iv.Hi {
		// A bare figure is rounded to its last written digit: "20%" allows 20.4%.
		r := rounding(written(q), mode)
		iv.Lo, iv.Hi = iv.Lo-r, iv.Hi+r
	}
	if mode != modeRatio && q.Direction < 0 && iv.Lo >= 0 {
		iv = negate(iv)
	}
	return iv
}

// rounding is half a unit of the last digit a stated change was written with:
// 0.5 for "20%", 0.05 for "2.5%", half a billion for "USD 8 billion". Factors
// ("doubled") are exact.
func rounding(v float64, mode changeMode) float64 {
	v = math.Abs(v)
	switch {
	case mode == modeRatio || v == 0:
		return 0
	case mode == modePercent || mode == modePoints:
		if v == math.Trunc(v) {
			return 0.5
		}
		return 0.05
	}
	scale := math.Pow(10, math.Floor(math.Log10(v)))
	if r := v / scale; math.Abs(r-math.Round(r)) < 1e-9 {
		return scale / 2
	}
	return scale / 20
}

// negate mirrors an interval around zero.
func negate(iv quantity.Interval) quantity.Interval {
	return quantity.Interval{Lo: -iv.Hi, Hi: -iv.Lo, LoOpen: iv.HiOpen, HiOpen: iv.LoOpen}
}

// levelGroups returns the dated levels of the change's measure, split by unit,
// flow and length of stated period so the two ends of a change measure the same
// thing (a nine-month total is not compared with a full-year one, nor with a
// figure that names no period).
func levelGroups(p *Pass, ch *claims.Fact, own []*claims.Fact, mode changeMode) [][]member {
	limit := dateOf(ch)
	var order []string
	groups := map[string][]member{}
	for _, f := range levelCandidates(p, ch, fromBase(ch, own)) {
		if f == ch || !isLevel(f) || f.Plan {
			continue
		}
		if foldSubject(f.Subject) != foldSubject(ch.Subject) {
			continue
		}
		if levelDate(f).IsZero() || (!limit.IsZero() && dateOf(f).After(limit)) {
			continue
		}
		u := f.Quantity.Unit
		switch mode {
		case modePoints:
			if u != "percent" {
				continue
			}
		case modeAbsolute:
			if u != ch.Quantity.Unit {
				continue
			}
		default:
			if u == "percent" || u == "pp" {
				continue
			}
		}
		iv := intervalOf(f.Quantity, p.Config)
		if !validInterval(iv) {
			continue
		}
		k := fmt.Sprintf("%s|%t|%s", u, f.Flow, periodLength(f))
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], member{f: f, iv: iv})
	}
	out := make([][]member, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

// changeUnitWords are words a change's key may carry from its unit ("number of
// people ... percent"); they say how the change is written, not what it measures.
var changeUnitWords = map[string]bool{"percent": true, "pp": true, "point": true, "percentag": true, "percentage": true, "time": true, "fold": true, "number": true, "of": true}

// levelCandidates returns the facts whose key names the measure of a change key:
// KeysMatch, or every word of the level's key (two words at least, or the change's
// only word) found among the change key's words once unit words are dropped. The
// index is read by the head words of the change key, never by scanning all facts.
func levelCandidates(p *Pass, ch, base *claims.Fact) []*claims.Fact {
	key := ch.Key
	words := map[string]bool{}
	var order []string
	for _, w := range strings.Fields(key) {
		if !changeUnitWords[w] && !words[w] {
			words[w] = true
			order = append(order, w)
		}
	}
	var out []*claims.Fact
	seen := map[*claims.Fact]bool{}
	for _, h := range order {
		for _, f := range p.Index.Head(h) {
			if seen[f] {
				continue
			}
			seen[f] = true
			if claims.KeysMatch(f.Key, key) || wordsWithin(f.Key, words, len(order)) {
				out = append(out, f)
			}
		}
		// "Revenue climbed 18 percent from $231 million in 2024" is of "revenue
		// of $262.4 million" told earlier in its article, whose key closes with
		// its currency and is filed under it. Only there: other sources' prices
		// and totals under a currency are too loosely keyed to be its ends.
		for _, f := range p.measureHead(h) {
			if base == nil || f.Doc != ch.Doc || f.Quantity == nil || f.Quantity.Unit != base.Quantity.Unit {
				continue
			}
			if k, _ := claims.WithoutUnit(f.Key); !seen[f] && wordsWithin(k, words, len(order)) {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return factLess(out[i], out[j]) })
	return out
}

// wordsWithin reports whether every word of key is in words, and key is specific
// enough (two words, or the whole of a one-word change key).
func wordsWithin(key string, words map[string]bool, n int) bool {
	ws := strings.Fields(key)
	if len(ws) == 0 || (len(ws) < 2 && n != 1) {
		return false
	}
	for _, w := range ws {
		if !words[w] {
			return false
		}
	}
	return true
}

// impliedChange returns the changes from a start value to an end value that values
// inside both intervals allow, as a closed interval (lenient at the edges).
func impliedChange(s, e quantity.Interval, mode changeMode) (quantity.Interval, bool) {
	if math.IsInf(s.Lo, 0) || math.IsInf(s.Hi, 0) {
		return quantity.Interval{}, false
	}
	switch mode {
	case modePercent, modeRatio:
		if s.Lo <= 0 || e.Lo < 0 {
			return quantity.Interval{}, false
		}
		lo, hi := e.Lo/s.Hi, e.Hi/s.Lo
		if mode == modePercent {
			lo, hi = (lo-1)*100, (hi-1)*100
		}
		return widenEps(quantity.Interval{Lo: lo, Hi: hi}), true
	}
	return widenEps(quantity.Interval{Lo: e.Lo - s.Hi, Hi: e.Hi - s.Lo}), true
}

// widenEps widens an interval by a hair so float error (240/200 − 1 =
// 0.19999999999999996) never decides a finding.
func widenEps(iv quantity.Interval) quantity.Interval {
	eps := 1e-9 * math.Max(1, math.Max(math.Abs(iv.Lo), math.Abs(iv.Hi)))
	iv.Lo -= eps
	iv.Hi += eps
	return iv
}

// measureHead returns the facts whose key, without the measure unit that
// closes it, has the head h.
func (p *Pass) measureHead(h string) []*claims.Fact {
	if p.byMeasure == nil {
		p.byMeasure = map[string][]*claims.Fact{}
		for _, f := range p.Index.Facts {
			if k, ok := claims.WithoutUnit(f.Key); ok && k != "" {
				hk := claims.Head(k)
				p.byMeasure[hk] = append(p.byMeasure[hk], f)
			}
		}
	}
	return p.byMeasure[h]
}

// fromBase returns the level a change's sentence says it started from ("rose
// 18 percent from $231 million"), or nil.
func fromBase(ch *claims.Fact, own []*claims.Fact) *claims.Fact {
	for _, f := range own {
		if f.Prior && f.Span.Start > ch.Span.End && precededBy(f, "from") {
			return f
		}
	}
	return nil
}
