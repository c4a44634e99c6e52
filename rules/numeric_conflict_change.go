package rules

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// reportChange reports two figures of different dates as a change with the growth
// they imply. The later figure is the primary claim: it is the news.
func reportChange(p *Pass, before, after member, done map[pairKey]bool) {
	k := newPairKey(before.f, after.f)
	if done[k] || farApart(before, after) || neighbourSlip(before.f, after.f) {
		return // a slip of the keys is no change: checkTransposed weighs it
	}
	done[k] = true
	from, to := dateOf(before.f), dateOf(after.f)
	msg := fmt.Sprintf("%s (%s, %s) → %s (%s): %s in %s",
		Quote(before.f), from.Format("2006-01-02"), Where(before.f),
		Quote(after.f), to.Format("2006-01-02"),
		changeText(written(before.f.Quantity), written(after.f.Quantity)), elapsed(from, to))
	if lo, hi, ok := ratioRange(before, after); ok {
		msg += fmt.Sprintf(" (%s given the hedges)", rangeText(lo-1, hi-1))
	}
	if strings.HasSuffix(before.f.Key, " =part") && strings.HasSuffix(after.f.Key, " =part") {
		return // "including six on ventilator support", "five of them in critical condition": parts of two wholes
	}
	if givesAlso(p, after.f, before.f) || movedInSource(p, after.f) {
		// "nine dead by the first night, 12 by Sunday and 14 by Monday": the
		// later source tells the earlier figure too; "bringing the number of
		// survivors to 24": it tells the move.
		return
	}
	sev := Info
	falling := after.iv.Hi < before.iv.Lo || (after.iv.Hi == before.iv.Lo && (after.iv.HiOpen || before.iv.LoOpen))
	rising := before.iv.Hi < after.iv.Lo
	if parts, ok := buildingParts(before.f, after.f); ok && !datedApart(p, before.f, after.f) {
		sev = Warning
		msg += ": a building's " + parts + " do not change between reports"
	} else if falling && (cumulative(before.f) || cumulative(after.f) || deathToll(before.f.Key)) {
		sev = Warning
		msg += ": a cumulative total cannot fall"
	} else if before.f.Quantity.Unit == "storey" {
		sev = Warning
		msg += ": a building's storeys do not change between reports"
	} else if datedApart(p, before.f, after.f) && !dimension(before.f.Quantity.Unit) {
		return // "$3.84 on Monday", "$3.97 on Friday": the sources say it moved
	} else if rising && (runningToll(before.f.Key) || runningToll(after.f.Key) || ongoingPeriods([]member{before, after})) {
		return // "21 people injured", then "31 injured"; "hospitalisations this year": a toll or a total to date grows while the story runs
	} else if broughtTo(after.f) || (runningCount(after.f) || runningMeasure(after.f)) && (rising && movedTo(after.f) > 0 || falling && movedTo(after.f) < 0) {
		return // "put up 45 tents, bringing the number of shelters to 242", "spread to 19 districts": the source tells the move
	} else if stillMissing(before.f.Key) && stillMissing(after.f.Key) || currentState(before.f.Key) && currentState(after.f.Key) {
		return // the missing are found, or found dead; the injured leave hospital: their count moves either way
	} else if toldChange(p, after.f) || nowState(after.f) {
		return // "nine excavators, three more than in the first days": the source tells the move

	} else if deployed(before.f.Key) && deployed(after.f.Key) {
		return // "2,100 firefighters … on the lines", then "about 1,400": crews and aircraft come and go
	} else if rising && (provisional(before.f) || provisional(after.f)) {
		return // "according to first assessments", "the updated assessment, still incomplete": an assessment in progress grows
	} else if rising && tally(before.f.Key) && tally(after.f.Key) {
		return // "8 match points", then "11": a tournament's tallies grow round by round
	} else if reading(before.f) && before.f.Period == "" && after.f.Period == "" {
		return // "19C at the start", "24C by the finish": readings of no stated moment
	} else if givesAlso(p, before.f, after.f) { // the later source's restatement of the earlier figure returned above
		return // "had reached 950 tonnes …, up from the 600 tonnes first released", "about 9,400 people, 5,100 of them in East Kalimantan": one source gives both
	} else if otherStages(before.f, after.f) || otherWindows(before.f, after.f) {
		return // "watched the two semi-finals", "filled the stadium for the final"; rain "in the 24 hours to 8:30 a.m." and "in the week before"
	} else if overDays(before.f) != overDays(after.f) {
		return // "about 4,100 spectators attended over the three days" sums the days; "1,460 spectators" watched one
	} else if marketPrice(before.f) || marketPrice(after.f) {
		return // a share or a futures contract closes at another price every day
	} else if strings.HasSuffix(before.f.Key, " =part") && strings.HasSuffix(after.f.Key, " =part") {
		return // "Of the 60 communes, 45 have reached …", later "54": more of a whole as the work goes on
	} else if unownedPart(before.f) && unownedPart(after.f) {
		return // "Four of the nine survivors were taken to hospital", "Three of the survivors remain": two subsets
	}
	p.Report(Finding{Severity: sev, Message: msg, Claims: ClaimsOf(after.f, before.f)})
}

// givesAlso reports whether f's sentence also gives, as another figure of
// its unit, the value of earlier: the source knows both and tells them apart
// ("950 tonnes …, up from the 600 tonnes first released"; "five tries in
// Perth, three in pool play and two in the final").
func givesAlso(p *Pass, f, earlier *claims.Fact) bool {
	if f.Quantity == nil || earlier.Quantity == nil {
		return false
	}
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g == f || g.Doc != f.Doc || g.Sentence != f.Sentence || g.Quantity == nil ||
			g.Quantity.Unit != earlier.Quantity.Unit || g.Quantity.Value != earlier.Quantity.Value {
			continue
		}
		if g.Quantity.Hedge == "" && g.Quantity.Interval.Lo == g.Quantity.Interval.Hi {
			return true // exact: not "dozens of host families"
		}
		if earlier.Quantity.Hedge != "" && g.Quantity.Hedge == earlier.Quantity.Hedge {
			return true // "up from nearly 2,300 on Wednesday": the earlier hedge, restated
		}
	}
	return false
}

// stageRe finds the stage of a tournament a sentence names.
var stageRe = regexp.MustCompile(`(?i)(?:semi|quarter)-?finals?|\bfinals?\b|\bopener\b|\bgroup stage\b`)

// windowRe finds the span a reading accumulates over: "in the 24 hours to
// 8:30 a.m.", "in the week before the slip".
var windowRe = regexp.MustCompile(`(?i)\b(?:in|over|during) the (?:past |last |previous )?((?:[0-9]+|one|two|three|four|five|six|seven) )?(hours?|days?|weeks?|months?)\b`)

// otherStages reports two sentences that name tournament stages and share
// none: a semi-final's crowd is no earlier reading of the final's.
func otherStages(a, b *claims.Fact) bool {
	return noneSharedFold(stageRe.FindAllString(a.SentenceText(), -1), stageRe.FindAllString(b.SentenceText(), -1), func(s string) string {
		return strings.TrimSuffix(strings.ReplaceAll(strings.ToLower(s), "-", ""), "s")
	})
}

// otherWindows reports two readings accumulated over different spans.
func otherWindows(a, b *claims.Fact) bool {
	return noneSharedFold(windowRe.FindAllString(a.SentenceText(), -1), windowRe.FindAllString(b.SentenceText(), -1), func(s string) string {
		ws := strings.Fields(strings.ToLower(s))[2:] // "in the past 24 hours" is "24 hours"
		if ws[0] == "past" || ws[0] == "last" || ws[0] == "previous" {
			ws = ws[1:]
		}
		return strings.Join(ws, " ")
	})
}

// noneSharedFold reports two non-empty lists that share no item once each
// is folded by norm.
func noneSharedFold(xs, ys []string, norm func(string) string) bool {
	if len(xs) == 0 || len(ys) == 0 {
		return false
	}
	seen := map[string]bool{}
	for _, x := range xs {
		seen[norm(x)] = true
	}
	for _, y := range ys {
		if seen[norm(y)] {
			return false
		}
	}
	return true
}

// overDaysRe finds a figure summed over several days or sessions.
var overDaysRe = regexp.MustCompile(`^[^.;]{0,40}?\b(?:over|across|during|in) (?:the|all|its) (?:[a-z]+ ){0,2}(?:days|weeks|sessions|rounds|nights|matchdays|legs|stages|races|games|matches|events)\b`)

// overDays reports a figure its sentence sums over several days ("attended
// over the three days"): a total, not one day's figure.
func overDays(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.End > f.Sentence.End || f.Sentence.End > len(f.Doc.Text) {
		return false
	}
	if overDaysRe.MatchString(f.Doc.Text[f.Span.End:f.Sentence.End]) {
		return true
	}
	// "About 420 athletes … are competing over three days, with 40 medal
	// events on the programme": the span stated before the figure.
	return spanBeforeRe.MatchString(strings.ToLower(f.Doc.Text[f.Sentence.Start:f.Span.Start]))
}

// spanBeforeRe finds a span of several days or sessions told before a figure.
var spanBeforeRe = regexp.MustCompile(`\b(?:over|across|during) (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks|sessions|rounds|nights|matchdays|legs|stages)\b`)

// toldChange reports a change by an amount in f's own sentence of f's
// measure ("nine excavators, three more than in the first days"): the source
// tells how the figure moved. A planned change ("plans to add about 250
// more") tells no move yet.
func toldChange(p *Pass, f *claims.Fact) bool {
	for _, c := range p.Index.Kind(claims.KindChange) {
		if c.Doc == f.Doc && c.Sentence == f.Sentence && c.Quantity != nil && f.Quantity != nil && c.Quantity.Unit == f.Quantity.Unit && !c.Plan &&
			claims.Head(c.Key) == claims.Head(f.Key) {
			return true
		}
	}
	return false
}

// movedInSource reports a figure that its source, in another sentence, says
// its measure was brought to: "bringing the number of survivors to 24", then
// "the tally at 24 survivors".
func movedInSource(p *Pass, f *claims.Fact) bool {
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc == f.Doc && g != f && g.Quantity != nil && f.Quantity != nil && g.Quantity.Unit == f.Quantity.Unit &&
			g.Quantity.Value == f.Quantity.Value && claims.KeysMatch(strings.TrimPrefix(g.Key, "number of "), strings.TrimPrefix(f.Key, "number of ")) && broughtTo(g) {
			return true
		}
	}
	return false
}

// provisionalRe finds a figure its sentence calls an assessment in progress
// (a vote count or a campaign's total "so far" is reported as it moves).
var provisionalRe = regexp.MustCompile(`(?i)\b(?:first|initial|preliminary|early|updated|partial) (?:damage )?(?:assessments?|estimates?)\b|\bstill incomplete\b`)

// provisional reports a figure its sentence gives as an assessment in progress.
func provisional(f *claims.Fact) bool {
	return f.Doc != nil && provisionalRe.MatchString(f.SentenceText())
}

// nowState reports a figure its clause gives as the state of now: "Six
// treatment centres are now open", "the toll now stands at 48": the source
// says it has moved, whatever it was before.
func nowState(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.End > f.Sentence.End || f.Sentence.End > len(f.Doc.Text) {
		return false
	}
	after := strings.ToLower(f.Doc.Text[f.Span.End:min(f.Span.End+40, f.Sentence.End)])
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i]
	}
	return strings.Contains(" "+after+" ", " now ")
}

// broughtTo reports a figure that a participle of change brings its measure
// to in its own sentence ("bringing the number of night shelters in the city
// to 242", "pushing the total to 48,215"): the source reports the move itself.
func broughtTo(f *claims.Fact) bool {
	if f.Doc == nil || f.Sentence.Start < 0 || f.Span.Start > len(f.Doc.Text) || f.Sentence.Start > f.Span.Start {
		return false
	}
	before := strings.ToLower(f.Doc.Text[f.Sentence.Start:f.Span.Start])
	if !strings.HasSuffix(strings.TrimSpace(before), " to") {
		return false
	}
	i := max(strings.LastIndex(before, "bringing "), strings.LastIndex(before, "pushing "), strings.LastIndex(before, "taking "), strings.LastIndex(before, "raising "))
	return i >= 0 && len(before)-i < 90 && !strings.ContainsAny(before[i:], ";.")
}

// movedTo reports the way a verb right before "to" and the figure says its
// measure moved: +1 for "rose to", "spread to", "climbed to"; -1 for "fell
// to", "dropped to"; 0 for none. A later report that says the figure rose to
// its value tells the rise it shows against an earlier one.
func movedTo(f *claims.Fact) int {
	if f.Doc == nil || f.Sentence.Start < 0 || f.Span.Start > len(f.Doc.Text) || f.Sentence.Start > f.Span.Start {
		return 0
	}
	ws := strings.Fields(strings.ToLower(f.Doc.Text[max(f.Sentence.Start, f.Span.Start-40):f.Span.Start]))
	for len(ws) > 0 && hedgeWord(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 || ws[len(ws)-1] != "to" {
		return 0
	}
	switch ws[len(ws)-2] {
	case "rose", "risen", "rising", "climbed", "climbing", "spread", "spreading", "increased", "grew", "grown", "jumped", "swelled", "mounted",
		"strengthened", "intensified", "surged", "soared", "widened":
		return 1
	case "fell", "fallen", "falling", "dropped", "declined", "decreased", "eased", "shrank", "weakened", "slowed", "dipped", "slipped", "narrowed":
		return -1
	}
	return 0
}

// runningCount reports a count of no stated period: one that moves from day to
// day as a story runs ("spread to 19 districts"), not a quarter's revenue that
// "rose to" its level against the year before.
func runningCount(f *claims.Fact) bool {
	return f.Quantity != nil && f.Quantity.Unit == "count" && f.Period == ""
}

// runningMeasure reports a physical measure of no stated period, such as
// a power shortfall in megawatts, that moves as a story runs; a share or a
// sum of money "rose to" its level against another period.
func runningMeasure(f *claims.Fact) bool {
	if f.Quantity == nil || f.Period != "" {
		return false
	}
	u := f.Quantity.Unit
	return u != "percent" && u != "count" && !quantity.IsMoney(u)
}

// hedgeWord reports a word of a hedge between "to" and its figure ("rose to
// more than 40").
func hedgeWord(w string) bool {
	switch w {
	case "more", "than", "about", "nearly", "almost", "over", "some", "around", "roughly", "at", "least":
		return true
	}
	return false
}

// datedApart reports whether the sentences of a and b each date their figure
// to a day (or week) and the two do not meet: the writers themselves give the
// figures as of different moments, so the move between them is no news to
// report.
func datedApart(p *Pass, a, b *claims.Fact) bool {
	if a.Period != "" || b.Period != "" {
		return false // a stated period is the figures' time, not the day of the report
	}
	da, db := sentenceDay(p, a), sentenceDay(p, b)
	return da != nil && db != nil && (!da.From.Before(db.To) || !db.From.Before(da.To))
}

// sentenceDay returns the resolved date of a day (or week) in f's sentence
// that dates its figure: the nearest one within 80 bytes, nil when there is
// none ("640,000 households remained without electricity on Friday, down from
// 1.1 million on Thursday" dates each figure by its own day).
func sentenceDay(p *Pass, f *claims.Fact) *dates.Date {
	var found *dates.Date
	best := 81
	for _, d := range p.Index.Kind(claims.KindDate) {
		x := d.Date
		if d.Doc != f.Doc || d.Sentence != f.Sentence || x == nil || !x.Resolved || x.Duration || x.Anniversary > 0 ||
			x.YearsAgo > 0 || x.Deadline && x.To.After(f.Doc.Meta.Published) || x.To.Sub(x.From) > 7*24*time.Hour || reportDay(d) {
			continue // a deadline gone by dates a count: "had recovered 22 bodies by Tuesday evening"
		}
		gap := d.Span.Start - f.Span.End
		if d.Span.End <= f.Span.Start {
			gap = f.Span.Start - d.Span.End
		}
		if gap < best {
			found, best = x, gap
		}
	}
	return found
}

// changeText writes the relative change from a to b ("+26%"), or the difference
// when a is zero.
func changeText(a, b float64) string {
	if a == 0 {
		d := b - a
		s := FormatNumber(d)
		if d > 0 {
			s = "+" + s
		}
		return s
	}
	return FormatPercent(b/a - 1)
}

// ratioRange returns the smallest and largest ratio after/before that values inside
// both intervals allow; ok is false when a ratio is undefined (a bound at or below 0).
func ratioRange(before, after member) (lo, hi float64, ok bool) {
	b, a := before.shown(), after.shown()
	if b.Lo <= 0 || a.Lo < 0 || math.IsInf(b.Hi, 0) {
		return 0, 0, false
	}
	lo, hi = a.Lo/b.Hi, a.Hi/b.Lo
	if lo == hi {
		return 0, 0, false
	}
	return lo, hi, true
}

// rangeText writes a range of relative changes: "+26% to +31%", "at least +26%".
func rangeText(lo, hi float64) string {
	if math.IsInf(hi, 1) {
		return "at least " + FormatPercent(lo)
	}
	l, h := FormatPercent(lo), FormatPercent(hi)
	if l == h {
		return l
	}
	return l + " to " + h
}

// runningToll reports whether a key counts what an unfolding event does to
// people or things (the killed, injured, evacuated, homes damaged, cases,
// bodies recovered, survivors pulled out alive) or
// sends against it (firefighters, rescuers): counts that grow from one day's
// report to the next, where a rise is the news, not a contradiction.
func runningToll(key string) bool {
	for _, w := range strings.Fields(key) {
		switch strings.TrimPrefix(w, "=") {
		case "kill", "die", "dead", "death", "injur", "wound", "damag", "destroy", "evacu", "displac", "affect",
			"infect", "hospit", "rescu", "miss", "arrest", "detain", "collaps", "flood", "strand", "burn",
			"case", "fatal", "casualti", "victim", "firefight", "rescuer", "patient", "cancel", "fire", "blaze", "wildfir",
			"bodi", "recov", "surviv", "survivor", "aliv", "aftershock", "tremor", "account", "treat":
			return true
		}
	}
	return false
}

// deployed reports whether a key counts people or machines sent to work on
// something (firefighters, rescuers, aircraft): a number that rises and falls
// with the need.
func deployed(key string) bool {
	for _, w := range strings.Fields(key) {
		switch strings.TrimPrefix(w, "=") {
		case "firefight", "rescuer", "soldier", "troop", "personnel", "aircraft", "helicopt", "plane", "boat", "excav", "bulldoz", "pump",
			"vehicl", "truck", "engin", "deploy", "support", "volunt", "crew", "brigad", "polic", "offic", "medic":
			return true
		}
	}
	return false
}

// tally reports whether a key counts what a competition or an event adds up
// as it goes: points, rounds, goals, medals, wins, a fair's visitors. (One
// match's crowd does not grow: crowds stay out.)
func tally(key string) bool {
	for _, w := range strings.Fields(key) {
		switch strings.TrimPrefix(w, "=") {
		case "point", "round", "goal", "medal", "gold", "silver", "bronz", "win", "victori", "titl", "stage", "lap",
			"visitor", "visit", "inning", "wicket", "match", "over", "tie":
			return true
		}
	}
	return false
}

// deathToll reports whether a key counts the dead: a count that only grows.
// A rate of the dead ("the case fatality rate is about 2.4 per cent") is no
// count: it falls as cases grow faster than deaths.
func deathToll(key string) bool {
	if slices.ContainsFunc(strings.Fields(key), func(w string) bool { return w == "rate" || w == "percent" }) {
		return false
	}
	for _, w := range strings.Fields(key) {
		switch strings.TrimPrefix(w, "=") {
		case "kill", "die", "dead", "death", "fatal", "toll":
			return !currentState(key)
		}
	}
	return false
}

// stillMissing reports whether a key counts people still missing or trapped.
func stillMissing(key string) bool {
	for _, w := range strings.Fields(key) {
		switch strings.TrimPrefix(w, "=") {
		case "miss", "trap", "unaccount":
			return true
		}
	}
	return false
}

// reportDay reports whether a date is not the day of its sentence's figure:
// a dateline ("BINH LAM, July 8 (MDW) -"), the day someone said it
// ("officials said at a review on Monday") or a limit ("until Wednesday").
func reportDay(d *claims.Fact) bool {
	before := strings.ToLower(textOf(d.Doc, max(d.Sentence.Start, d.Span.Start-40), d.Span.Start))
	for _, w := range []string{"said", "told", "announced", "reported", "says"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	if ws := strings.Fields(before); len(ws) > 0 {
		switch ws[len(ws)-1] {
		case "by":
			// "must be cleared by Friday" is a limit; "had recovered 22 bodies by
			// Tuesday evening", a day gone by, is when the count stood.
			return d.Date == nil || d.Doc == nil || d.Date.To.After(d.Doc.Meta.Published)
		case "until", "till", "through", "before", "after", "since":
			return true // "runs until Wednesday": a limit, not the figure's day
		}
	}
	after := strings.TrimLeft(textOf(d.Doc, d.Span.End, min(d.Sentence.End, d.Span.End+4)), " ")
	return d.Span.Start-d.Sentence.Start < 40 && (strings.HasPrefix(after, "(") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—"))
}

// reading reports a temperature: it moves hour by hour, so two of them with
// no stated day are no change to report.
func reading(f *claims.Fact) bool {
	if f.Quantity != nil && f.Quantity.Unit == "count" && slices.Contains(strings.Fields(f.Key), "degre") {
		return true // "the temperature had passed 24 degrees": a reading with its scale unsaid
	}
	return f.Quantity != nil && (f.Quantity.Unit == "°C" || f.Quantity.Unit == "°F")
}

// marketPrice reports whether f is a price a market sets from day to day: an
// amount of money keyed by a share, a close, a futures contract or a price.
func marketPrice(f *claims.Fact) bool {
	if f.Quantity == nil || len(f.Quantity.Unit) != 3 || strings.ToUpper(f.Quantity.Unit) != f.Quantity.Unit {
		return false // not a currency code
	}
	if strings.Contains(f.Key, "earn per share") {
		return false // earnings per share are a result of a period, not a price of the day
	}
	for _, w := range strings.Fields(f.Key) {
		switch w {
		case "share", "close", "futur", "price", "stock", "bond", "yield":
			return true
		}
	}
	return false
}

// buildingParts names the parts of a building both figures count ("the
// building's 144 flats", "The block, which had 114 flats"): a building's flats
// or floors are fixed, so two counts of them conflict, whatever else their
// sentences call preliminary or revised.
func buildingParts(a, b *claims.Fact) (string, bool) {
	plural := map[string]string{"flat": "flats", "apart": "apartments", "floor": "floors", "entranc": "entrances"}
	if a.Quantity == nil || b.Quantity == nil || a.Quantity.Unit != "count" || b.Quantity.Unit != "count" || a.Key != b.Key {
		return "", false
	}
	parts, ok := plural[claims.Head(a.Key)]
	return parts, ok && namesBuilding(a) && namesBuilding(b)
}

// namesBuilding reports whether f's sentence names a building before f.
func namesBuilding(f *claims.Fact) bool {
	if f.Doc == nil || f.Sentence.Start < 0 || f.Span.Start > len(f.Doc.Text) || f.Sentence.Start > f.Span.Start {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(f.Doc.Text[f.Sentence.Start:f.Span.Start])) {
		switch strings.Trim(w, ",.;:'’s") {
		case "building", "block", "tower", "complex", "apartment", "house", "hotel":
			return true
		}
	}
	return false
}

// cumulativeMarks are words saying a figure counts everything so far; such a total
// can only grow.
var cumulativeMarks = []string{"to date", "so far", "as of", "up to now", "until now", "in total", "cumulative", "accumulated", "all-time", "since its", "since their", "since the",
	"since yesterday", "since monday", "since tuesday", "since wednesday", "since thursday", "since friday", "since saturday", "since sunday",
	// Tolls move from day to day too.
	"toll"}

// estimateMarks say a figure is a running estimate; unlike the marks above,
// each tells of the figure in its own clause only: "engineers estimate that
// roughly 2.6 million cubic metres escaped" makes no running total of the 4.1
// million the facility held, told before the comma.
var estimateMarks = []string{"estimate", "preliminary", "raised", "revised", "climbed to", "rose to"}

// cumulative reports whether the sentence of f presents it as a running total, or
// f counts years since an event (which can only grow with time).
func cumulative(f *claims.Fact) bool {
	if f.Doc == nil || f.Sentence.Start < 0 || f.Sentence.End > len(f.Doc.Text) || f.Sentence.Start >= f.Sentence.End {
		return false
	}
	if currentState(f.Key) || strings.HasPrefix(f.Key, "depth ") || slices.Contains(strings.Fields(f.Key), "rate") ||
		f.Quantity != nil && (f.Quantity.Unit == "km/h" || f.Quantity.Unit == "mph") {
		// a depth is where something is, a rate a ratio of two counts, a
		// speed a distance over a time ("the fastest race average of the
		// season so far"): not a running total
		return false
	}
	s := strings.ToLower(f.SentenceText())
	for _, m := range cumulativeMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	c := strings.ToLower(clauseOf(f))
	for _, m := range estimateMarks {
		if strings.Contains(c, m) {
			return true
		}
	}
	if f.Quantity != nil && f.Quantity.Unit == "year" && strings.Contains(s, " ago") {
		return true
	}
	return false
}

// clauseOf returns the clause of f's sentence that holds f: the text between
// the boundaries (", ", "; ", "and", "while") nearest f on either side, with
// the sentence's opening phrase, which scopes every clause ("According to
// preliminary figures, …").
func clauseOf(f *claims.Fact) string {
	sent := f.SentenceText()
	at, end := f.Span.Start-f.Sentence.Start, f.Span.End-f.Sentence.Start
	if at < 0 || end > len(sent) || at > end {
		return sent
	}
	from, to := 0, len(sent)
	for _, b := range []string{", ", "; ", " while ", " and "} {
		if i := strings.LastIndex(sent[:at], b); i >= 0 && i+len(b) > from {
			from = i + len(b)
		}
		if i := strings.Index(sent[end:], b); i >= 0 && end+i < to {
			to = end + i
		}
	}
	if rest := strings.ToLower(sent[to:]); strings.HasPrefix(rest, ", according to ") {
		to += len(", according to ") + len(clauseEnd(rest[len(", according to "):])) // "Turnout was 68.1%, according to the preliminary count": the source scopes its clause
	}
	clause := sent[from:to]
	if open, _, ok := strings.Cut(sent, ", "); ok && len(open) < from {
		clause = open + " " + clause
	}
	return clause
}

// clauseEnd returns s up to its first clause boundary.
func clauseEnd(s string) string {
	for _, b := range []string{", ", "; ", " while ", " and "} {
		if i := strings.Index(s, b); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// currentState reports whether a figure's key counts a state that can end:
// people still missing, staying in shelters or in hospital can be found, go home
// or recover, so their count falls even beside a death toll that cannot.
func currentState(key string) bool {
	for _, w := range strings.Fields(key) {
		switch strings.TrimPrefix(w, "=") {
		case "still", "currently", "remain", "miss", "stay", "hospit", "shelter", "strand", "displac",
			"critic", "ventil", "serious", "stabl": // patients are admitted, discharged, taken off ventilators
			return true
		}
	}
	return false
}
