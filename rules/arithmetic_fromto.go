package rules

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// checkFromTo checks a change stated beside the two levels it joins: "grew from
// 12,400 hectares on Monday to 18,500 hectares by Tuesday, an increase of 25%".
// The levels are two amounts of one unit in the sentence, one after "from" and
// one after "to", in either order; the stated change must lie within
// what any values inside the levels' intervals imply, with the percentage taken as
// rounded to its last written digit.
func checkFromTo(p *Pass, levels, changes []*claims.Fact) {
	if ft, ok := fromToOf(levels); ok {
		checkMove(p, ft, changes, "in the same sentence")
		return
	}
	if checkCopulaFactor(p, levels, changes) {
		return
	}
	moves := comparedMoves(levels, changes)
	if len(moves) == 0 {
		moves = againstMoves(levels)
	}
	if len(moves) == 0 {
		moves = stoodThenMoved(levels, changes)
	}
	for _, ft := range moves[min(1, len(moves)):] {
		if fitsMove(ft, changes) {
			return // "214 entries, 131 novels and 83 collections, up 22 percent from 176": the total moved
		}
	}
	if len(moves) > 0 {
		checkMove(p, moves[0], changes, "in the same sentence")
	}
}

// comparedThan matches what joins a stated change to the level it is
// measured against: " higher than last year's ", " more than the ", " above ",
// " on the " ("an increase of 27 percent on the 4,812 cases reported a week earlier"),
// " from the previous week's ", " on the December quarter's ".
var comparedThan = regexp.MustCompile(`^\s*(?:(?:increase|rise|gain|jump|improvement|drop|fall|decline|decrease)\s+)?(?:higher|lower|more|less|greater|smaller|bigger|above|below|on|over|from)(?:\s+than)?(?:\s+(?:last\s+year['’]?s|last\s+[A-Za-z]+['’]s|the|a\s+(?:year|month|week)\s+earlier['’]?s|the\s+previous\s+(?:year|quarter|month|week|day|session|auction|season)['’]?s|in\s+the\s+previous\s+year['’]?s?|the\s+(?:[A-Z][a-z]+|first|second|third|fourth)\s+(?:quarter|half|month)['’]s))?\s*$`)

// comparedThanOf matches a change joined to its base through the base's noun:
// " more than their combined reserve of " (1 billion zlotys), " above the
// previous record of ".
var comparedThanOf = regexp.MustCompile(`^\s*(?:higher|lower|more|less|greater|smaller|bigger|above|below)(?:\s+than)?\s+(?:the|their|its|his|her|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s*$`)

// sameMagnitude reports two levels within a factor of ten of each other: an
// exchange rate of "300 rupees" between them is no level of Rs 4,400 billion.
func sameMagnitude(a, b *claims.Fact) bool {
	x, y := math.Abs(a.Quantity.Value), math.Abs(b.Quantity.Value)
	return x > 0 && y > 0 && x <= 10*y && y <= 10*x
}

// comparedMoves reads a level compared with an earlier one through a stated
// change: "The number of finishers, 10,964, was 18 percent higher than last
// year's 9,580" moves from 9,580 to 10,964. The later level is one before the
// change, of the earlier one's unit and magnitude: the nearest first, then
// the others, nearest first.
func comparedMoves(levels, changes []*claims.Fact) []fromTo {
	for _, c := range changes {
		if yearlyRate(c) {
			continue // "average annual growth of about 5.4% from last year's $46.2 billion" to a 2030 target: a rate a year, not the whole move
		}
		for _, g := range levels {
			if between := textOf(g.Doc, c.Span.End, g.Span.Start); g.Span.Start < c.Span.End || g.Span.Start-c.Span.End > 50 ||
				!comparedThan.MatchString(between) && !comparedThanOf.MatchString(between) {
				continue
			}
			var laters []*claims.Fact
			for _, f := range levels {
				// "rising 12.5 percent from $480 million, while exports to China
				// slipped 3.0 percent from $1.33 billion": another move's base,
				// in another clause, is no later level.
				if f.Span.End <= c.Span.Start && f.Quantity.Unit == g.Quantity.Unit && sameMagnitude(f, g) &&
					!precededBy(f, "from") && !otherClause(f, c) {
					laters = append(laters, f)
				}
			}
			var out []fromTo
			for i := len(laters) - 1; i >= 0; i-- {
				later := laters[i]
				out = append(out, fromTo{facts: []*claims.Fact{g, later}, a: g.Quantity.Interval, b: later.Quantity.Interval,
					from: written(g.Quantity), to: written(later.Quantity), fromText: g.Text(), toText: later.Text(),
					unit: g.Quantity.Unit})
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// yearlyRate reports a change stated as a rate a year ("average annual
// growth of about 5.4%", "5% a year"): over several years it compounds.
func yearlyRate(c *claims.Fact) bool {
	before := strings.ToLower(textOf(c.Doc, max(c.Sentence.Start, c.Span.Start-40), c.Span.Start))
	after := strings.ToLower(textOf(c.Doc, c.Span.End, min(c.Sentence.End, c.Span.End+14)))
	return strings.Contains(before, "annual") || strings.Contains(before, "compound") || strings.Contains(before, "yearly") ||
		strings.HasPrefix(after, " a year") || strings.HasPrefix(after, " per year") || strings.HasPrefix(after, " annually") || strings.HasPrefix(after, " each year")
}

// againstWords join a later level to the earlier one it is set against:
// "812 new projects against 702 a year earlier".
var againstWords = regexp.MustCompile(`^\s*,?\s*(?:new\s+\w+\s+)?(?:against|compared\s+with|compared\s+to|versus|vs\.?)\s*$`)

// againstMoves reads a level set against an earlier one: "registered 812 new
// projects against 702 a year earlier, a 22.6% rise" moves from 702 to 812.
func againstMoves(levels []*claims.Fact) []fromTo {
	for i, later := range levels {
		for _, earlier := range levels[i+1:] {
			if earlier.Span.Start < later.Span.End || earlier.Span.Start-later.Span.End > 90 || earlier.Quantity.Unit != later.Quantity.Unit ||
				!sameMagnitude(earlier, later) {
				continue
			}
			gap := textOf(later.Doc, later.Span.End, earlier.Span.Start)
			for _, cue := range []string{" against", " compared with", " compared to"} {
				k := strings.Index(gap, cue)
				if k < 0 {
					continue
				}
				if !strings.ContainsAny(gap[:k], ",;") || timePhrase(gap[:k]) || timePhrase(withoutNoun(gap[:k])) {
					// "812 new projects against 702", "9,840 in the first ten weeks of
					// the year, against 4,100", "493 wildfires as of Wednesday,
					// compared with 379"
					gap = gap[k:]
				}
				break
			}
			if !againstWords.MatchString(gap) {
				continue
			}
			return []fromTo{{facts: []*claims.Fact{earlier, later}, a: earlier.Quantity.Interval, b: later.Quantity.Interval,
				from: written(earlier.Quantity), to: written(later.Quantity), fromText: earlier.Text(), toText: later.Text(),
				unit: later.Quantity.Unit}}
		}
	}
	return nil
}

// changeAfterGap matches what stands between a level and the change set
// right after it: ", a drop of ", ", down ", ", a ".
var changeAfterGap = regexp.MustCompile(`^,\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:drop|fall|decline|decrease|rise|increase|jump|gain|cut|reduction)\s+of\s+|(?:a|an)\s+|up\s+|down\s+)?$`)

// stoodThenMoved reads a level stated "at" a first moment and one the
// sentence says it moved "to", with the change set right after it:
// "Reservations stood at 248,000 on the eve of the strike; by this Wednesday
// they had fallen to 186,000, a drop of a third" moves from 248,000 to
// 186,000.
func stoodThenMoved(levels, changes []*claims.Fact) []fromTo {
	for _, g := range levels {
		if !toLevel(g) && !precededBy(g, "reach") {
			continue // "want it to reach $2 billion by 2030, an increase of roughly 35%"
		}
		follows := false
		for _, c := range changes {
			gap := byYearRe.ReplaceAllString(strings.ToLower(textOf(g.Doc, g.Span.End, c.Span.Start)), "")
			if c.Span.Start >= g.Span.End && changeAfterGap.MatchString(gap) {
				follows = true
			}
		}
		if !follows {
			continue
		}
		for _, f := range levels {
			if f.Span.End <= g.Span.Start && f.Quantity.Unit == g.Quantity.Unit && sameMagnitude(f, g) && precededBy(f, "at") && !f.Prior {
				// The later level first: the change stands in its clause.
				return []fromTo{{facts: []*claims.Fact{g, f}, a: f.Quantity.Interval, b: g.Quantity.Interval,
					from: written(f.Quantity), to: written(g.Quantity), fromText: f.Text(), toText: g.Text(), unit: g.Quantity.Unit}}
			}
		}
	}
	return nil
}

// byYearRe matches the year a level is aimed at, between it and its change:
// " by 2030", " in 2027".
var byYearRe = regexp.MustCompile(`^\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?\d{4}`)

// withoutNoun drops the counted noun that opens a gap after a level: "
// wildfires as of Wednesday," is " as of Wednesday,".
func withoutNoun(s string) string {
	t := strings.TrimLeft(s, " ")
	if i := strings.IndexByte(t, ' '); i > 0 && t[0] >= 'a' && t[0] <= 'z' {
		return t[i:]
	}
	return s
}

// timePhrase reports the gap between a level and its ", against" that only
// dates the level: " in the first ten weeks of the year,", " over the
// season,".
func timePhrase(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ",") || strings.Count(s, ",") > 1 || strings.Contains(s, ";") {
		return false
	}
	for _, p := range []string{"in ", "over ", "during ", "for ", "through ", "so far", "as of ", "by "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// checkCopulaFactor checks a level said to be a multiple of another: "The
// fleet of 22 yachts is triple the 11 boats of 2022" (22/11 is 2). It
// reports whether the sentence holds such a comparison.
func checkCopulaFactor(p *Pass, levels, changes []*claims.Fact) bool {
	for _, c := range changes {
		q := c.Quantity
		if q.Kind != quantity.Multiple {
			continue
		}
		var later, earlier *claims.Fact
		for _, f := range levels {
			if f.Span.End <= c.Span.Start && copulaGap(textOf(f.Doc, f.Span.End, c.Span.Start)) && !qualifierOf(f) && (later == nil || f.Span.End > later.Span.End) {
				later = f
			}
			if f.Span.Start >= c.Span.End && earlier == nil && factorOfGap(textOf(f.Doc, c.Span.End, f.Span.Start)) {
				earlier = f
			}
		}
		if later == nil || earlier == nil || later.Quantity.Unit != earlier.Quantity.Unit || earlier.Quantity.Value <= 0 {
			continue
		}
		ft := fromTo{facts: []*claims.Fact{earlier, later}, a: earlier.Quantity.Interval, b: later.Quantity.Interval,
			from: written(earlier.Quantity), to: written(later.Quantity), fromText: earlier.Text(), toText: later.Text(), unit: later.Quantity.Unit}
		if !factorFits(q, ft) {
			p.Report(Finding{Claims: ClaimsOf(c, later, earlier), Message: fmt.Sprintf("%s does not fit %s against %s in the same sentence: %s/%s = %s times, not %s",
				Quote(c), QuoteText(later.Text()), QuoteText(earlier.Text()), FormatNumber(ft.to), FormatNumber(ft.from),
				FormatNumber(math.Round(ft.to/ft.from*100)/100), FormatNumber(q.Value))})
		}
		return true
	}
	return false
}

// qualifierOf reports an amount that qualifies a counted noun after "of"
// ("114 perfect scores of 10"): it is no level of its own.
func qualifierOf(f *claims.Fact) bool {
	if !precededBy(f, "of") {
		return false
	}
	before := textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-30), f.Span.Start)
	return strings.ContainsAny(before, "0123456789")
}

// copulaGap reports the words between a level and the factor after it that
// make the factor the level's: " yachts is", " are now", " was", " trams,".
// factorOfGap reports the words between a factor and the amount it
// multiplies: "double the 12 envisaged", "three times last year's NZ$30,000".
func factorOfGap(s string) bool {
	switch strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "’", "'") {
	case "the", "last year's", "last season's", "the previous year's", "the previous season's", "its", "their":
		return true
	}
	return false
}

func copulaGap(s string) bool {
	if t := strings.TrimSpace(s); strings.HasSuffix(t, ",") && !strings.ContainsAny(t[:len(t)-1], ",;:0123456789") && len(strings.Fields(t)) <= 8 {
		// "16 trams, double the 12 envisaged", "a net VND 8,400 billion of
		// shares between April and June, three times the VND 2,100 billion":
		// the factor in apposition to the amount's phrase.
		return true
	}
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(s, ",;:") {
		return false
	}
	switch ws[len(ws)-1] {
	case "is", "are", "was", "were", "now":
		return true
	}
	return false
}

// fitsMove reports whether a change of changes fits the move ft (see
// checkMove).
func fitsMove(ft fromTo, changes []*claims.Fact) bool {
	if ft.a.Lo <= 0 {
		return false
	}
	unit := "percent"
	lo, hi := (ft.b.Lo/ft.a.Hi-1)*100, (ft.b.Hi/ft.a.Lo-1)*100
	if ft.unit == "percent" {
		unit = "pp"
		lo, hi = ft.b.Lo-ft.a.Hi, ft.b.Hi-ft.a.Lo
	}
	for _, c := range changes {
		q := c.Quantity
		if otherClause(c, ft.facts[0]) {
			continue
		}
		if q.Kind == quantity.Multiple && ft.unit != "percent" {
			if !factorLeads(c, ft) || factorFits(q, ft) {
				return true
			}
			continue
		}
		if q.Kind != quantity.Change || q.Unit != unit {
			continue
		}
		stated := written(q)
		if q.Direction < 0 {
			stated = -stated
		}
		if half := statedRounding(q); stated+half >= lo && stated-half <= hi {
			return true
		}
	}
	return false
}

// factorLeads reports a factor that leads into the move's two levels: "doubled
// this year, to €60,000 from €40,000", "will triple to €38.4 million from
// €21.5 million". One after them, or in a clause of its own ("14 schools, up
// from nine, and it hopes to double that number by 2028"), is another change.
func factorLeads(c *claims.Fact, ft fromTo) bool {
	if f := ft.facts[0]; f.Doc == c.Doc && f.Span.Start >= c.Span.End && factorOfGap(textOf(c.Doc, c.Span.End, f.Span.Start)) {
		return true // "That is triple the F$60,000 …": the factor of the earlier level
	}
	first := ft.facts[0].Span.Start
	for _, f := range ft.facts[1:] {
		first = min(first, f.Span.Start)
	}
	if c.Span.End > first || first-c.Span.End > 40 {
		return false
	}
	gap := strings.ToLower(textOf(c.Doc, c.Span.End, first))
	return !strings.Contains(gap, " and ") && !strings.ContainsAny(gap, ";.")
}

// factorSlack is how far a move may miss a stated factor and still be it:
// "doubled" for ×1.9, "tripled" for ×3.2; ×1.5 is no doubling.
const factorSlack = 0.075

// factorFits reports whether the move ft multiplies its level by the factor
// q states ("doubled", "will triple"), within factorSlack.
func factorFits(q *quantity.Quantity, ft fromTo) bool {
	rlo, rhi := ft.b.Lo/ft.a.Hi, ft.b.Hi/ft.a.Lo
	return rhi >= q.Interval.Lo*(1-factorSlack) && rlo <= q.Interval.Hi*(1+factorSlack)
}

// checkMove reports when no change of changes fits the move ft; where says
// where the move's levels stand for the message.
func checkMove(p *Pass, ft fromTo, changes []*claims.Fact, where string) {
	if len(changes) == 0 || ft.a.Lo <= 0 {
		return
	}
	// The implied change ranges over all values inside both intervals: a ratio
	// for a percent change, a difference in points between two percentages. (Between
	// two percentages a percent is mostly another rate: "raised its growth forecast
	// to 5.3% from 5.1% and sees growth of 5.6% in 2027".)
	unit := "percent"
	lo, hi := (ft.b.Lo/ft.a.Hi-1)*100, (ft.b.Hi/ft.a.Lo-1)*100
	if ft.unit == "percent" {
		unit = "pp"
		lo, hi = ft.b.Lo-ft.a.Hi, ft.b.Hi-ft.a.Lo
	}
	var misfit *claims.Fact
	for _, c := range changes {
		q := c.Quantity
		if q.Kind == quantity.Multiple && ft.unit != "percent" && factorLeads(c, ft) {
			if factorFits(q, ft) {
				return
			}
			if misfit == nil || offsetGap(c, ft.facts[0]) < offsetGap(misfit, ft.facts[0]) {
				misfit = c
			}
			continue
		}
		fraction := q.Unit == "fraction" && unit == "percent" // "raised the purse by a quarter": 25%
		if q.Kind != quantity.Change || q.Unit != unit && !fraction || otherClause(c, ft.facts[0]) || withOtherMeasure(c, ft.facts[0]) {
			continue // "Indonesia's tally rose 12% from 25, while Vietnam's went from 8 to 11": two moves
		}
		stated := written(q)
		half := statedRounding(q)
		if fraction {
			stated, half = q.Value*100, 0.5
		}
		if q.Direction < 0 {
			stated = -stated
		}
		if stated+half >= lo && stated-half <= hi {
			return // one change of the sentence fits: it is the one the levels join
		}
		if improvedLoss(c) && -stated+half >= lo && -stated-half <= hi {
			return // "net loss shrank … to €4.8 million, a 36 percent improvement on the €7.5 million": a loss improves as it falls
		}
		if iv := q.Interval; q.Hedge != "" && !fraction && validInterval(iv) {
			sLo, sHi := iv.Lo, iv.Hi
			if q.Direction < 0 {
				sLo, sHi = -iv.Hi, -iv.Lo
			}
			if sHi >= lo && sLo <= hi {
				return // "more than 40% above the $290 million" for $410 million: +41% lies inside the hedge
			}
		}
		if misfit == nil || offsetGap(c, ft.facts[0]) < offsetGap(misfit, ft.facts[0]) {
			misfit = c // the nearest change is the one the levels must fit
		}
	}
	if misfit == nil {
		return
	}
	implied := fmt.Sprintf("%s/%s − 1 = %s", FormatNumber(ft.to), FormatNumber(ft.from), FormatPercent(ft.to/ft.from-1))
	if misfit.Quantity.Kind == quantity.Multiple {
		implied = fmt.Sprintf("%s/%s = %s times, not %s", FormatNumber(ft.to), FormatNumber(ft.from), FormatNumber(math.Round(ft.to/ft.from*100)/100), factorText(misfit.Quantity))
	} else if unit == "pp" {
		implied = fmt.Sprintf("%s − %s = %s percentage points", FormatNumber(ft.to), FormatNumber(ft.from), FormatNumber(ft.to-ft.from))
	}
	p.Report(Finding{Claims: ClaimsOf(append([]*claims.Fact{misfit}, ft.facts...)...), Message: fmt.Sprintf(
		"%s does not fit %s → %s %s: %s",
		Quote(misfit), QuoteText(ft.fromText), QuoteText(ft.toText), where, implied)})
}

// improvedLoss reports a change told as an improvement or a narrowing of a
// loss or a deficit: it improves as the loss falls.
func improvedLoss(c *claims.Fact) bool {
	k := " " + c.Key + " "
	if !strings.Contains(k, " loss ") && !strings.Contains(k, " deficit ") {
		return false
	}
	after := strings.ToLower(c.Doc.Text[c.Span.End:min(c.Span.End+14, c.Sentence.End)])
	return strings.HasPrefix(after, " improvement") || strings.HasPrefix(after, " narrowing") || strings.HasPrefix(after, " reduction")
}

// factorText writes a stated factor for a message: "2", or with its hedge
// and the factors it admits, "nearly 2 (1.8 to 2)".
func factorText(q *quantity.Quantity) string {
	if q.Hedge == "" || q.Interval.Lo == q.Interval.Hi {
		return FormatNumber(q.Value)
	}
	return fmt.Sprintf("%s %s (%s to %s)", q.Hedge, FormatNumber(q.Value), FormatNumber(q.Interval.Lo), FormatNumber(q.Interval.Hi))
}

// checkThatMarks checks a change that a sentence states about the level of the
// sentence before it: "At the end of June the fund was valued at 20,150
// billion kroner. That marks a 5.2 percent increase from the 19,480 billion
// kroner recorded three months earlier" (+3.4%). The sentence opens with "That"
// or "This" and a verb, names one earlier level after "from" and none after
// "to"; the sentence before gives one level of that unit.
func checkThatMarks(p *Pass, earlier [][]*claims.Fact, levels, changes []*claims.Fact) {
	if len(earlier) == 0 || len(changes) == 0 || len(levels) == 0 {
		return
	}
	first := levels[0]
	text := first.Doc.Text
	lead := strings.ToLower(strings.TrimSpace(text[first.Sentence.Start:min(first.Sentence.End, first.Sentence.Start+24)]))
	ws := strings.Fields(lead)
	if len(ws) >= 3 && ws[0] == "the" {
		switch ws[1] {
		case "figure", "total", "result", "amount", "sum", "tally":
			ws = ws[1:] // "The figure compares with $3.99 billion in fiscal 2024/25"
			ws[0] = "that"
		}
	}
	if len(ws) < 2 || ws[0] != "that" && ws[0] != "this" {
		return
	}
	switch ws[1] {
	case "marks", "marked", "represents", "represented", "is", "was", "means", "meant", "compares", "compared":
	default:
		return
	}
	var from *claims.Fact
	for _, f := range levels {
		switch {
		case precededBy(f, "to"):
			return
		case precededBy(f, "from") || precededBy(f, "from the") || precededBy(f, "compares with") || precededBy(f, "compared with") ||
			precededBy(f, "on the") && strings.Contains(strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start)), " up "):
			// "The figure compares with $3.99 billion …", "That was up 20
			// percent on the 24,500 who watched …": the earlier level
			if from != nil {
				return
			}
			from = f
		}
	}
	if from == nil {
		// "That is triple the F$60,000 on offer last year": the amount a
		// factor multiplies, the level before being the sentence before's.
		for _, c := range changes {
			if c.Quantity == nil || c.Quantity.Kind != quantity.Multiple {
				continue
			}
			for _, f := range levels {
				if f.Span.Start >= c.Span.End && factorOfGap(textOf(f.Doc, c.Span.End, f.Span.Start)) {
					from = f
					break
				}
			}
			break
		}
	}
	prev := earlier[0]
	// The sentence right before, in the paragraph before too: "That" points back
	// across a paragraph break.
	if from == nil || prev[0].Sentence.End > first.Sentence.Start || strings.TrimSpace(text[prev[0].Sentence.End:first.Sentence.Start]) != "" {
		return
	}
	var to, toTotal *claims.Fact
	n := 0
	for _, f := range prev {
		if isLevel(f) && f.Quantity.Unit == from.Quantity.Unit {
			to = f
			n++
			if precededBy(f, "to") && sameMagnitude(f, from) {
				toTotal = f // "Crowds of 7,900 …, 9,300 … and 14,600 … took total attendance to 31,800"
			}
		}
	}
	if n > 1 {
		to = toTotal // several levels of the unit: only the one the sentence brings its measure to moved
	}
	if to == nil {
		return
	}
	checkMove(p, fromTo{facts: []*claims.Fact{from, to}, a: from.Quantity.Interval, b: to.Quantity.Interval,
		from: written(from.Quantity), to: written(to.Quantity), fromText: from.Text(), toText: to.Text(),
		unit: from.Quantity.Unit}, changes, "(the level of the sentence before)")
}

// fromTo is a move between two levels of one unit: two amounts after "from"
// and "to", or one range written "from A to B".
type fromTo struct {
	facts            []*claims.Fact
	a, b             quantity.Interval // the levels' intervals
	from, to         float64           // the numbers as written
	fromText, toText string
	unit             string
}

// fromToOf finds the move of a sentence's levels, if any.
func fromToOf(levels []*claims.Fact) (fromTo, bool) {
	if from, to := fromToPair(levels); from != nil {
		return fromTo{facts: []*claims.Fact{from, to}, a: from.Quantity.Interval, b: to.Quantity.Interval,
			from: written(from.Quantity), to: written(to.Quantity), fromText: from.Text(), toText: to.Text(),
			unit: from.Quantity.Unit}, true
	}
	for _, f := range levels {
		q := f.Quantity
		if !fromToRange(f) || q.Hedge != "" {
			continue
		}
		text := f.Text()
		cut := strings.LastIndex(strings.ToLower(text), " to ")
		return fromTo{facts: []*claims.Fact{f}, a: quantity.Interval{Lo: q.Value, Hi: q.Value},
			b: quantity.Interval{Lo: q.ValueHi, Hi: q.ValueHi}, from: q.Value, to: q.ValueHi,
			fromText: strings.TrimSpace(text[len("from"):cut]), toText: strings.TrimSpace(text[cut+len(" to "):]),
			unit: q.Unit}, true
	}
	return fromTo{}, false
}

// fromToRange reports whether an amount is a range written "from A to B" (a
// move between two levels when a change stands beside it: "rose 38.6 per cent,
// from USD 4.4 billion to USD 6.8 billion").
func fromToRange(f *claims.Fact) bool {
	q := f.Quantity
	if q == nil || !q.IsRange || q.ValueHi <= q.Value {
		return false
	}
	t := strings.ToLower(f.Text())
	if !strings.HasPrefix(t, "from ") || !strings.Contains(t, " to ") {
		return false
	}
	ws := strings.Fields(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-20), f.Span.Start)))
	if n := len(ws); n > 0 {
		switch ws[n-1] {
		case "range", "ranged", "ranges", "ranging", "vary", "varies", "varied", "varying":
			return false // "prices range from VND 10,500 to VND 11,800": a spread, not a move
		}
	}
	return true
}

// fromToPair returns the levels after "from" and after "to" of one unit, in
// either order ("from A to B", "rose 18% to B, from A").
func fromToPair(levels []*claims.Fact) (from, to *claims.Fact) {
	for _, f := range levels {
		if !precededBy(f, "from") {
			continue
		}
		upFrom := precededBy(f, "up from") || precededBy(f, "down from") || changeBeforeFrom(f)
		var first, nearest *claims.Fact
		for _, g := range levels {
			// "up 6.4% from $85.7 billion …, and a goal of lifting it to $150
			// billion": a "to" after an "up … from" is another move.
			if g != f && g.Quantity.Unit == f.Quantity.Unit && toLevel(g) && !(upFrom && g.Span.Start > f.Span.Start) {
				if first == nil {
					first = g
				}
				if g.Span.End <= f.Span.Start && (nearest == nil || g.Span.Start > nearest.Span.Start) {
					nearest = g
				}
			}
		}
		if nearest != nil {
			// "rose 8% to 412,600 tonnes …, when production slipped to 381,900
			// tonnes from 395,200": the "to" nearest before the "from" is its move's.
			return f, nearest
		}
		if first != nil {
			return f, first
		}
		// "5.2 percent of girls …, up from 2.4 percent in 2022": the level
		// nearest before "up from" or "down from" is the later one.
		if upFrom {
			fKey := f.Key
			if timeKey(fKey) {
				fKey = "" // "up from 320 a year earlier": a bare prior figure
			}
			var near, nearObject, nearSame, nearSameObject *claims.Fact
			for _, g := range levels {
				// The nearest level of the same measure (a prior value without a key of
				// its own takes the nearest): "21,400 spectators at their 19 home games,
				// up from 18,900 last season" is no move from 18,900 to 19.
				if g == f || g.Quantity.Unit != f.Quantity.Unit || g.Span.End > f.Span.Start ||
					fKey != "" && !claims.KeysMatch(f.Key, g.Key) && !claims.KeysMatch(f.Key, keyWithoutPredicate(g.Key)) && !setOffBefore(g, f) {
					continue
				}
				if near == nil || g.Span.Start > near.Span.Start {
					near = g
				}
				if !inPhrase(g) && (nearObject == nil || g.Span.Start > nearObject.Span.Start) {
					nearObject = g
				}
				if sameMagnitude(g, f) && (nearSame == nil || g.Span.Start > nearSame.Span.Start) {
					nearSame = g
				}
				if sameMagnitude(g, f) && !inPhrase(g) && (nearSameObject == nil || g.Span.Start > nearSameObject.Span.Start) {
					nearSameObject = g
				}
			}
			// "GH¢3,600 per bag, or GH¢56,250 a tonne, up 20 percent from
			// GH¢3,000 a bag": the restatement per tonne is not what moved from
			// the price per bag; a level of the earlier one's magnitude is.
			if near != nil && nearSame != nil && !sameMagnitude(near, f) {
				near = nearSame
			}
			if nearObject != nil && nearSameObject != nil && !sameMagnitude(nearObject, f) {
				nearObject = nearSameObject
			}
			if fKey == "" && nearObject != nil {
				// "drew 2,340 candidates from 412 schools in all 47 counties, up
				// 18.2% from 1,980": the counts in prepositional phrases only
				// say where the clause's figure came from.
				return f, nearObject
			}
			if near != nil {
				return f, near
			}
		}
	}
	return nil, nil
}

// setOffBefore reports a level that the "up from" or "down from" of f
// follows at once, set off by a comma with at most its own noun between:
// "took 87.9 million tonnes, down from 101.5 million tonnes", "averaging
// 61.8 bags a hectare, up from 57.5 bags".
func setOffBefore(g, f *claims.Fact) bool {
	gap := strings.ToLower(textOf(f.Doc, g.Span.End, f.Span.Start))
	gap = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(gap), "from"), " "))
	for _, d := range []string{"up", "down"} {
		if strings.HasSuffix(gap, d) {
			gap = strings.TrimSpace(strings.TrimSuffix(gap, d))
			if !strings.HasSuffix(gap, ",") || len(gap) > 25 || strings.ContainsAny(gap, "0123456789;:(") || strings.Count(gap, ",") != 1 {
				return false
			}
			// The words between are the counted noun both share ("bags"), or none:
			// "19 home league games, up from 18,900" counts games, then spectators.
			ws := strings.Fields(claims.NormalizeKey(strings.TrimSuffix(gap, ",")))
			return len(ws) == 0 || strings.Contains(" "+f.Key+" ", " "+ws[0]+" ")
		}
	}
	return false
}

// keyWithoutPredicate is a key without the predicate that may close it:
// "486 applications received" and "up from 312" count the same applications.
func keyWithoutPredicate(key string) string {
	if i := strings.LastIndex(key, " ="); i >= 0 {
		return key[:i]
	}
	return key
}

// changeBeforeFrom reports whether "from" before f follows a stated change
// opened by "up" or "down": "up 6.4% from $85.7 billion".
func changeBeforeFrom(f *claims.Fact) bool {
	ws := strings.Fields(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-30), f.Span.Start)))
	n := len(ws)
	if n < 3 || ws[n-1] != "from" {
		return false
	}
	return ws[n-3] == "up" || ws[n-3] == "down" || n >= 4 && (ws[n-4] == "up" || ws[n-4] == "down")
}

// toLevel reports the "to" of a move right before a level, or with a
// forecast's or record's word between: "to the expected 300,000", "to a
// record 1.2 million".
func toLevel(g *claims.Fact) bool {
	if precededBy(g, "to") {
		return true
	}
	ws := strings.Fields(strings.ToLower(textOf(g.Doc, max(g.Sentence.Start, g.Span.Start-30), g.Span.Start)))
	n := len(ws)
	if n < 3 || ws[n-3] != "to" || ws[n-2] != "the" && ws[n-2] != "a" && ws[n-2] != "an" {
		return false
	}
	switch ws[n-1] {
	case "expected", "projected", "estimated", "forecast", "predicted", "record", "targeted", "planned":
		return true
	}
	return false
}

// timeKey reports a key made of time words only ("earlier" of "up from
// 320 a year earlier"): the prior figure names no noun of its own.
func timeKey(key string) bool {
	ws := strings.Fields(key)
	for _, w := range ws {
		switch w {
		case "earlier", "year", "ago", "last", "previou", "previous", "month", "week", "quarter", "season", "befor", "before":
		default:
			return false
		}
	}
	return len(ws) > 0
}

// precededBy reports whether the word right before a fact's span is w.
func precededBy(f *claims.Fact, w string) bool {
	before := strings.TrimRight(f.Doc.Text[f.Sentence.Start:f.Span.Start], " ")
	if text, ok := strings.CutPrefix(strings.ToLower(f.Text()), w+" "); ok && f.Quantity != nil && f.Quantity.Hedge != "" &&
		!strings.HasPrefix(text, "least") && !strings.HasPrefix(text, "most") {
		return true // a hedge that took the word in: "stood at about $1.3 billion" spans "at about $1.3 billion"
	}
	return strings.HasSuffix(strings.ToLower(before), " "+w) || strings.EqualFold(before, w)
}

// statedRounding is half the step of the last written digit of a percentage
// ("25%" stands for 24.5–25.5%, "12.5%" for 12.45–12.55%).
func statedRounding(q *quantity.Quantity) float64 {
	v := written(q)
	if v == math.Trunc(v) {
		return 0.5
	}
	return 0.05
}

// checkDifference checks a percentage change stated beside a level and the
// difference that made it: "registered 996,412 candidates, 33,900 more than in
// 2024, an increase of 4.1%" (33,900 / 962,512 = +3.5%). The difference is a
// change in the level's unit right after it; the percentage follows it.
func checkDifference(p *Pass, levels, changes []*claims.Fact) {
	for _, l := range levels {
		if !isLevel(l) || l.Quantity.Unit == "percent" {
			continue
		}
		var d, pct *claims.Fact
		for _, c := range changes {
			switch {
			case d == nil && c.Quantity.Unit == l.Quantity.Unit && c.Span.Start > l.Span.End && c.Span.Start-l.Span.End <= 30 &&
				strings.HasSuffix(textOf(l.Doc, l.Span.End, c.Span.Start), ", ") && !strings.ContainsAny(textOf(l.Doc, l.Span.End, c.Span.Start), "0123456789;:"):
				d = c // "996,412 candidates, 33,900 more"
			case d != nil && pct == nil && c.Quantity.Unit == "percent" && c.Span.Start > d.Span.End && c.Span.Start-d.Span.End <= 60:
				pct = c
			}
		}
		if d == nil || pct == nil {
			continue
		}
		dir := d.Quantity.Direction
		if dir == 0 {
			// "33,900 more than in 2024", "1,200 fewer than": a difference.
			switch w := strings.Fields(strings.ToLower(textOf(d.Doc, d.Span.End, min(d.Sentence.End, d.Span.End+12)))); {
			case len(w) > 0 && (w[0] == "more" || w[0] == "higher" || w[0] == "up"):
				dir = 1
			case len(w) > 0 && (w[0] == "fewer" || w[0] == "less" || w[0] == "lower" || w[0] == "down"):
				dir = -1
			default:
				continue
			}
		}
		level, diff := written(l.Quantity), written(d.Quantity)
		if dir < 0 {
			diff = -diff
		}
		base := level - diff
		if base <= 0 || d.Quantity.Hedge != "" || l.Quantity.Hedge != "" {
			continue
		}
		implied := diff / base * 100
		stated := written(pct.Quantity)
		if pct.Quantity.Direction < 0 {
			stated = -stated
		}
		if math.Abs(stated-implied) <= statedRounding(pct.Quantity)+0.05 || pct.Quantity.Direction == 0 && math.Abs(-stated-implied) <= statedRounding(pct.Quantity)+0.05 {
			continue
		}
		p.Report(Finding{Claims: ClaimsOf(pct, l, d), Message: fmt.Sprintf(
			"%s does not fit %s and the difference %s in the same sentence: %s/(%s − %s) = %s",
			Quote(pct), Quote(l), Quote(d), FormatNumber(diff), FormatNumber(level), FormatNumber(diff), FormatPercent(diff/base))})
	}
}

// inPhrase reports whether a level stands in a prepositional phrase: a
// preposition one or two words before it ("from 412 schools", "in all 47
// counties").
func inPhrase(f *claims.Fact) bool {
	ws := strings.Fields(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-24), f.Span.Start)))
	if len(ws) > 0 && (ws[len(ws)-1] == "which" || ws[len(ws)-1] == "whom") {
		return false // "qualifiers in which 412 schools took part": the clause's subject
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		switch strings.Trim(ws[k], ",") {
		case "at":
			if k > 0 && levelAt(ws[k-1]) {
				return false // "the price stands at GH¢3,600": the clause's level
			}
			return true
		case "in", "from", "of", "across", "for", "among", "on":
			return true
		}
	}
	return false
}

// levelAt reports a verb that gives its subject's level with "at": "stands
// at", "was put at", "closed at".
func levelAt(w string) bool {
	switch w {
	case "stands", "stood", "stand", "put", "set", "closed", "is", "was", "are", "were", "remains", "remained", "settled", "pegged":
		return true
	}
	return false
}

// otherClause reports whether a contrasting clause ("while", "whereas", a
// semicolon) or a relative clause (", who", ", which") stands between two
// facts of one sentence.
func otherClause(a, b *claims.Fact) bool {
	between, ok := textBetween(a, b)
	if !ok {
		return false
	}
	return strings.Contains(between, " while ") || strings.Contains(between, " whereas ") || strings.Contains(between, ";") ||
		strings.Contains(between, " though ") || strings.Contains(between, " although ") || strings.Contains(between, ", but ") ||
		// "guidance of 5.5%-6.5% growth …, according to Mehta, who cut his
		// price target to Rs 1,620 from Rs 1,750": a relative clause of its own.
		strings.Contains(between, ", who ") || strings.Contains(between, ", which ") && !whichRestates(between) ||
		// "rose 8% to 412,600 tonnes …, when production slipped to 381,900
		// tonnes from 395,200": a when-clause tells another move.
		strings.Contains(between, ", when ")
}

// textBetween returns the lower-cased text between two facts of one
// document; ok is false when they stand in two documents or overlap.
func textBetween(a, b *claims.Fact) (string, bool) {
	if a.Doc != b.Doc {
		return "", false
	}
	from, to := min(a.Span.End, b.Span.End), max(a.Span.Start, b.Span.Start)
	if from >= to {
		return "", false
	}
	return strings.ToLower(textOf(a.Doc, from, to)), true
}

// withOtherMeasure reports a change and a level between which a with-clause
// names another measure than the level's and its move: "revenue rose to
// BZ$118.4 million from BZ$104.0 million, with net profit up 20%" (not "a 16%
// rise in volumes, with sales climbing to 14.6 million litres": the sales are
// the levels' own).
func withOtherMeasure(c, level *claims.Fact) bool {
	between, _ := textBetween(c, level)
	i := strings.Index(between, ", with ")
	if i < 0 {
		return false
	}
	ws := strings.Fields(between[i+7:])
	for k, w := range ws {
		if k > 4 {
			break
		}
		switch w {
		case "up", "down", "rising", "falling", "climbing", "rose", "fell":
			for _, m := range ws[:k] {
				if len(m) > 3 && strings.Contains(" "+level.Key, " "+m[:4]) {
					return false // the levels' own measure
				}
			}
			return k > 0
		}
	}
	return false
}

// whichRestates reports a which-clause that says what the figure before it
// amounts to: "4.2 million kilograms this season, which would be 30% more
// than …" compares that figure.
func whichRestates(between string) bool {
	_, rest, ok := strings.Cut(between, ", which ")
	if !ok {
		return false
	}
	for _, v := range []string{"would be ", "will be ", "is ", "was ", "represents ", "marks ", "means ", "amounts to "} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// checkFromEarlierLevel checks a change whose new level stands in an earlier
// sentence of the same document under the same measure: "Liquid bulk rose 8.5
// percent from 66.1 million tonnes" after "… liquid bulk for 70.2 million"
// (+6.2%). The sentence names one level of the unit, after "from", right after
// its one stated change; exactly one earlier level of that measure, unit and
// period, within a factor of ten, is the level it moved to.
func checkFromEarlierLevel(p *Pass, earlier [][]*claims.Fact, levels, changes []*claims.Fact) {
	if len(changes) != 1 || len(earlier) == 0 {
		return
	}
	c := changes[0]
	var from *claims.Fact
	for _, f := range levels {
		if !isLevel(f) || f.Quantity.Unit != levels[0].Quantity.Unit {
			return // two units: the sentence is about more than one move
		}
		if from != nil {
			return // a second level of the unit: the sentence's own move
		}
		from = f
	}
	if from == nil || from.Key == "" || from.Span.Start < c.Span.End ||
		!strings.EqualFold(strings.TrimSpace(textOf(from.Doc, c.Span.End, from.Span.Start)), "from") {
		return
	}
	var to *claims.Fact
	for _, sent := range earlier {
		for _, f := range sent {
			if !isLevel(f) || f.Key != from.Key || f.Quantity.Unit != from.Quantity.Unit || f.Prior || precededBy(f, "from") ||
				f.Period != from.Period || !sameMagnitude(f, from) {
				continue
			}
			if to != nil && to.Quantity.Value != f.Quantity.Value {
				return // two earlier levels of the measure: which one moved is unclear
			}
			to = f
		}
	}
	if to == nil {
		return
	}
	checkMove(p, fromTo{facts: []*claims.Fact{from, to}, a: from.Quantity.Interval, b: to.Quantity.Interval,
		from: written(from.Quantity), to: written(to.Quantity), fromText: from.Text(), toText: to.Text(),
		unit: from.Quantity.Unit}, changes, "(the level at "+Where(to)+")")
}

// marginWords are the nouns of a difference between two figures stated
// before it: "121,384 votes against 109,027 …, a margin of 13,357".
var marginWords = []string{"a margin of", "a majority of", "a lead of", "a gap of", "a difference of", "the margin of"}

// checkMargin checks a margin stated after the two figures it separates, in
// one sentence: "Garza received 121,384 votes against 109,027 for the
// coalition's candidate, a margin of 13,357 votes" (121,384 − 109,027 =
// 12,357). The two figures are the only unhedged ones of the margin's unit
// before it.
func checkMargin(p *Pass, levels []*claims.Fact) {
	for i, m := range levels {
		if i < 2 || m.Quantity.Hedge != "" || m.Quantity.IsRange {
			continue
		}
		before := strings.ToLower(textOf(m.Doc, max(m.Sentence.Start, m.Span.Start-24), m.Span.Start))
		marked := false
		for _, w := range marginWords {
			marked = marked || strings.HasSuffix(strings.TrimRight(before, " "), w)
		}
		if !marked {
			continue
		}
		var ab []*claims.Fact
		for _, f := range levels[:i] {
			if f.Quantity.Unit == m.Quantity.Unit && isLevel(f) {
				ab = append(ab, f)
			}
		}
		if len(ab) != 2 || ab[0].Quantity.Hedge != "" || ab[1].Quantity.Hedge != "" || ab[0].Quantity.IsRange || ab[1].Quantity.IsRange {
			continue
		}
		a, b := written(ab[0].Quantity), written(ab[1].Quantity)
		diff := math.Abs(a - b)
		if diff == written(m.Quantity) || a <= 0 || b <= 0 {
			continue
		}
		p.Report(Finding{Claims: ClaimsOf(m, ab[0], ab[1]), Message: fmt.Sprintf(
			"the margin %s does not fit %s and %s in the same sentence: %s − %s = %s",
			Quote(m), Quote(ab[0]), Quote(ab[1]), FormatNumber(max(a, b)), FormatNumber(min(a, b)), FormatNumber(diff))})
	}
}
