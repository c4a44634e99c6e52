package rules

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// member is a fact with the interval of values it commits to.
type member struct {
	f  *claims.Fact
	iv quantity.Interval
	// stated is iv before rounding widened it (see roundedInterval), the
	// interval messages show; zero when iv is as stated.
	stated *quantity.Interval
}

// shown is the interval a message gives for m: as the text states it.
func (m member) shown() quantity.Interval {
	if m.stated != nil {
		return *m.stated
	}
	return m.iv
}

// cluster is a set of facts that can all be true together: the intersection of
// their intervals (meet) is not empty.
type cluster struct {
	ms   []member
	meet quantity.Interval
}

// clusterize puts each member into the first cluster it agrees with, in input
// order, so the result is deterministic. Agreement with the running intersection
// (not just with one member) keeps every cluster internally consistent.
func clusterize(ms []member) []*cluster {
	var cs []*cluster
	for _, m := range ms {
		placed := false
		for _, c := range cs {
			if c.meet.Overlaps(m.iv) {
				c.ms = append(c.ms, m)
				c.meet = intersect(c.meet, m.iv)
				placed = true
				break
			}
		}
		if !placed {
			cs = append(cs, &cluster{ms: []member{m}, meet: m.iv})
		}
	}
	return cs
}

// majority returns the index of the largest cluster. Ties go to the latest, so that
// between two lone figures the earlier one is the primary claim, read in document
// order.
func majority(cs []*cluster) int {
	best := 0
	for i, c := range cs {
		if len(c.ms) >= len(cs[best].ms) {
			best = i
		}
	}
	return best
}

// strictMajority returns the index of the one largest cluster; ok is false when
// two clusters tie for largest.
func strictMajority(cs []*cluster) (int, bool) {
	best, tie := 0, false
	for i, c := range cs[1:] {
		switch n := len(c.ms); {
		case n > len(cs[best].ms):
			best, tie = i+1, false
		case n == len(cs[best].ms):
			tie = true
		}
	}
	return best, !tie
}

// intersect returns the common part of two overlapping intervals.
func intersect(a, b quantity.Interval) quantity.Interval {
	out := a
	if b.Lo > a.Lo || (b.Lo == a.Lo && b.LoOpen) {
		out.Lo, out.LoOpen = b.Lo, b.LoOpen
	}
	if b.Hi < a.Hi || (b.Hi == a.Hi && b.HiOpen) {
		out.Hi, out.HiOpen = b.Hi, b.HiOpen
	}
	return out
}

// validInterval rejects intervals a broken parse could produce: NaN or reversed.
func validInterval(iv quantity.Interval) bool {
	return !math.IsNaN(iv.Lo) && !math.IsNaN(iv.Hi) && iv.Lo <= iv.Hi
}

// intervalOf returns the fact's interval, widened around the written value when
// Settings.Granularity asks for looser hedges.
func intervalOf(q *quantity.Quantity, s Settings) quantity.Interval {
	iv := q.Interval
	g := s.Granularity
	if g <= 0 || g == 1 || math.IsInf(g, 0) || math.IsNaN(g) {
		return iv
	}
	v := q.Value
	if q.IsRange {
		v = (q.Value + q.ValueHi) / 2
	}
	if v < iv.Lo || v > iv.Hi {
		v = (iv.Lo + iv.Hi) / 2
	}
	iv.Lo = v - (v-iv.Lo)*g
	iv.Hi = v + (iv.Hi-v)*g
	return iv
}

// roundedInterval widens an exact figure written with decimals to the
// numbers that round to it: "€14.6 billion" is [14.55, 14.65] billion, so it
// agrees with "€14.62 billion" and "$1.7 billion" with "$1.68 billion". Whole
// numbers stay exact: "120 delegates" and "118 delegates" still differ.
func roundedInterval(f *claims.Fact, iv quantity.Interval) quantity.Interval {
	q := f.Quantity
	if q == nil || q.Hedge != "" || q.IsRange || iv.Lo != iv.Hi || iv.Lo != q.Value || q.Value == 0 {
		return iv
	}
	lit, decimals, ok := firstDecimal(f.Text())
	if !ok && measuredUnit(q.Unit) && q.Value >= 10 && q.Value == math.Trunc(q.Value) && !strings.ContainsAny(f.Text(), ".") {
		// "the 212 kilometres from Halle" against "the 212.4 km from Halle":
		// a whole number of a measured unit is that length rounded, not
		// exact to the decimal.
		return quantity.Interval{Lo: q.Value - 0.49, Hi: q.Value + 0.49}
	}
	if !ok || lit == 0 {
		return iv
	}
	half := 0.5 * math.Pow(10, -float64(decimals)) * math.Abs(q.Value/lit)
	return quantity.Interval{Lo: q.Value - half, Hi: q.Value + half}
}

// measuredUnit reports a unit of length, distance or weight, whose whole
// figures are rounded readings.
func measuredUnit(u string) bool {
	switch u {
	case "km", "mile", "nmi", "m", "kg", "tonne":
		return true
	}
	return false
}

// firstDecimal reads the first number written with a decimal point in s
// ("€14.6 billion" → 14.6, one decimal); ok is false when the first number
// has none.
func firstDecimal(s string) (lit float64, decimals int, ok bool) {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return 0, 0, false
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++
	}
	num := strings.ReplaceAll(s[i:j], ",", "")
	dot := strings.IndexByte(num, '.')
	if dot < 0 {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, len(num) - dot - 1, true
}

// written returns the number as written: the value, or the middle of a range.
func written(q *quantity.Quantity) float64 {
	if q.IsRange {
		return (q.Value + q.ValueHi) / 2
	}
	return q.Value
}

// foldSubject normalises a subject for comparison: case-folded, without a leading
// "the" and a possessive ending.
func foldSubject(s string) string {
	s = textnorm.Fold(strings.Join(strings.Fields(s), " ")) // "Kovářová" is "Kovarova"
	s = strings.TrimPrefix(s, "the ")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// dateOf is the source's publication date (zero when undated).
func dateOf(f *claims.Fact) time.Time {
	if f.Doc == nil {
		return time.Time{}
	}
	return f.Doc.Meta.Published
}

// sameSentence reports whether two facts stand in the same sentence of one document.
func sameSentence(a, b *claims.Fact) bool {
	return a.Doc == b.Doc && a.Sentence == b.Sentence && a.Sentence.End > a.Sentence.Start
}

// dateBucketsWithin splits facts by publication date: the distinct dates in
// order (dates within window of the first of a run merged into it; 0 merges
// only equal dates), and for each date the facts of that date. Undated facts
// are returned apart.
func dateBucketsWithin(ms []member, window time.Duration) (dates []time.Time, byDate map[time.Time][]member, undated []member) {
	return dateBucketsBy(ms, dateOf, window)
}

// dateBucketsBy splits facts by the date dateFn gives them, merging dates within
// window of the first of a run into it.
func dateBucketsBy(ms []member, dateFn func(*claims.Fact) time.Time, window time.Duration) (dates []time.Time, byDate map[time.Time][]member, undated []member) {
	byDate = map[time.Time][]member{}
	for _, m := range ms {
		d := dateFn(m.f)
		if d.IsZero() {
			undated = append(undated, m)
			continue
		}
		if _, ok := byDate[d]; !ok {
			dates = append(dates, d)
		}
		byDate[d] = append(byDate[d], m)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	// Sources a few weeks apart report the same state of affairs: a gap that short
	// is a disagreement, not a change.
	var merged []time.Time
	for _, d := range dates {
		if n := len(merged); n > 0 && d.Sub(merged[n-1]) <= window {
			byDate[merged[n-1]] = append(byDate[merged[n-1]], byDate[d]...)
			delete(byDate, d)
			continue
		}
		merged = append(merged, d)
	}
	return merged, byDate, undated
}

// sameTimeWindow is how close two publication dates must be for their figures to
// count as stated at the same time: the same or the next day, because news follows
// moving figures (evacuations, firefighters deployed, vaccination coverage, damage
// estimates) that change from one day to the next, while reports of one event
// appear on the day or the day after.
const sameTimeWindow = 24 * time.Hour

// pairKey identifies an unordered pair of facts, so a rule reports a pair once even
// when it meets it in several candidate sets.
type pairKey struct{ a, b *claims.Fact }

func newPairKey(a, b *claims.Fact) pairKey {
	if factLess(b, a) {
		a, b = b, a
	}
	return pairKey{a, b}
}

// factLess orders facts by file and offset.
func factLess(a, b *claims.Fact) bool {
	pa, pb := "", ""
	if a.Doc != nil {
		pa = a.Doc.Path
	}
	if b.Doc != nil {
		pb = b.Doc.Path
	}
	if pa != pb {
		return pa < pb
	}
	return a.Span.Start < b.Span.Start
}

// elapsed writes the time between two dates the way a reader says it: "2 years",
// "5 months", "12 days".
func elapsed(from, to time.Time) string {
	days := to.Sub(from).Hours() / 24
	switch {
	case days >= 365*0.95:
		y := math.Round(days / 365.25)
		if y < 1 {
			y = 1
		}
		return plural(int(y), "year", "years")
	case days >= 28:
		return plural(int(math.Round(days/30.44)), "month", "months")
	}
	return plural(int(math.Round(days)), "day", "days")
}
