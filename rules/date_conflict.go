package rules

import (
	"fmt"
	"maps"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/dates"
)

// DateConflict flags dates that cannot all be right: a weekday that does not fall
// on its date, and one event dated differently by different sources once relative
// dates, anniversaries and "N years ago" are resolved with each source's date.
func DateConflict() *Rule {
	return &Rule{
		ID:        "date-conflict",
		Title:     "dates for one event disagree",
		Severity:  Warning,
		SameStory: true,
		Run:       runDateConflict,
		Doc: `Dates are resolved against the publication date of their source: "two years
ago" in a 2025 article is 2023, "last month" in a December article is November,
"the 30th anniversary" in 2024 dates the founding to 1994. The checks:

- Weekday (error): "Tuesday, 28 April 2025" when 28 April 2025 is a Monday. One of
  the two is wrong for certain.
- Origins (warning): anniversaries and "N years ago" date the start of something.
  Two sources dating the same start to years that cannot overlap conflict: "50 years
  ago" in 2025 (1975) vs "the 50th anniversary" in 2023 (1973). "N years ago" is
  read loosely, as N−1 to N+1 years before the source's date; an anniversary is
  exact. A plain date is compared with them when its clause says that something
  was established, founded, launched, signed or upgraded.
- Anniversary and start in one sentence (warning): "founded in 1996, … is
  celebrating its 25th anniversary this year" in a 2026 source puts the start in
  2001. Not reported when the sentence dates the celebration itself ("In 2023,
  …") or any start it names fits. With no start in its own sentence, the start
  of the sentence right before or after counts when both speak of one
  organisation ("the company's 30th anniversary in June. The firm was founded in
  1991"); a date beside the anniversary then dates the celebration.
- Possessive dates of a once-only event (warning): "Thursday's Nakuru governor
  by-election" in one source and "last Tuesday's by-election" in another, when
  the days differ. Only events a story has one of (elections, earthquakes,
  collapses, crashes, finals …); meetings and matches recur.
- A relative date and a date given beside it (warning): "at the meeting next
  month, on April 23" in a source of February 16 (next month is March).
- Events (warning): one event dated differently, where at least one date is
  relative ("last month" vs "in October") or both are days ("on 3 May" vs "on 5
  May"), and the dates lie within a granularity (plus a month) of each other, so
  that yearly events of other years are left alone.

Events are matched conservatively by the words around the date in its clause: at
least 2 shared content words making up half of the smaller window, and no proper
names telling them apart, and not two different things that happened (the verbs
of the clauses differ: "the burned area stood at 12,400 hectares on Monday" is
not "the governor toured the burned area on Thursday"). A story's one disaster
may be told by what failed instead of its name: "the embankment gave way on
Saturday", "water poured into the mine on Monday" date the collapse or flood
another source names. Deadlines ("by 2030"), limits ("until next year") and spans ("over the past 5 years")
are not compared, nor periods that a figure in their sentence is measured over
("1.2 million TEU in the first eight months"), nor the date of a report
("officials said on Monday"), nor the days two counts of a running toll were
taken ("21 people injured as of Monday", "31 injured as of Thursday": the words
the dates share are the counted ones), nor relative days inside a quote ("a corridor that
today depends on buses"): they count from the day the speaker spoke, which the
source does not give. Undated sources resolve nothing and are skipped.

Bad:
    a.txt (2025-12-10): Last month, the city opened its new metro line.
    b.txt (2025-12-11): The new metro line opened in October.

Good:
    a.txt (2025-12-10): Last month, the city opened its new metro line.
    b.txt (2025-12-11): The new metro line opened in November.

Severity warning for conflicts between sources (either may be wrong, or the
events may differ after all); error for a weekday that does not match its date.`,
	}
}

// dated is a date fact with the span of time it claims for its event.
type dated struct {
	f        *claims.Fact
	d        *dates.Date
	from, to time.Time
	nominal  string // what the message says the date puts the event in
	origin   bool   // an anniversary or "N years ago": the date of a start
	relative bool
	ev       eventWords
	count    string // the count the date reads out ("1,684 admissions reported on Monday")
}

// otherYearNamed reports a date written without its year whose weekday
// fits the year before or after, which its sentence names: "from Friday,
// November 5, to Sunday, November 7, next year".
func otherYearNamed(f *claims.Fact, d *dates.Date) bool {
	if !strings.HasPrefix(d.Timex, "XXXX") {
		return false
	}
	// The year phrase stands beside the date or its range ("from Friday,
	// November 6, to Sunday, November 8, next year"), not in another clause
	// ("methane ignited late on Monday, March 10, in a mine opened only last
	// year").
	after := strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+48)))
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-24), f.Span.Start)) // "will return next year from Friday, July 23"
	for _, y := range []struct {
		phrase string
		shift  int
	}{{"next year", 1}, {"last year", -1}} {
		k := strings.Index(after, y.phrase)
		beside := strings.Contains(before, y.phrase) || k >= 0 && onlyDateWords(after[:k])
		if beside && d.From.AddDate(y.shift, 0, 0).Weekday() == *d.Weekday {
			return true
		}
	}
	return false
}

// onlyDateWords reports text made only of what joins dates of one range:
// ", to Sunday, November 8, ".
func onlyDateWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '–' }) {
		switch w {
		case "to", "and", "until", "through", "till":
			continue
		}
		if _, _, ok := dates.WeekdayNamed(w); ok {
			continue
		}
		if _, ok := dates.MonthNamed(w); ok || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		return false
	}
	return true
}

func runDateConflict(p *Pass) {
	var ds []dated
	quoted := quoteSpans(p.Index)
	quotedYear := map[*claims.Fact]bool{}
	for _, f := range p.Index.Kind(claims.KindDate) {
		d := f.Date
		if d == nil || f.Doc == nil {
			continue
		}
		// A deadline or plan has its weekday checked too ("by Tuesday, March 25").
		if d.Weekday != nil && d.Resolved && d.Granularity == dates.Day && d.From.Weekday() != *d.Weekday && !otherYearNamed(f, d) {
			p.Report(Finding{Severity: Error, Claims: ClaimsOf(f), Message: fmt.Sprintf(
				"%s (%s): %s is a %s, not a %s", Quote(f), Where(f), d.From.Format("2 January 2006"), d.From.Weekday(), *d.Weekday)})
		}
		if d.Deadline || d.Future || d.Duration {
			continue
		}
		// "Sunday's election" dates the noun after it, not its clause's event: only
		// its weekday is checked.
		if shortRelative(d) && quoted.holds(f) {
			// "a corridor that today depends on buses", quoted: the speaker's day,
			// not the source's, and not an event.
			continue
		}
		if d.Relative && d.Granularity == dates.Year && d.YearsAgo == 0 && quoted.holds(f) {
			// "the rivers were generous this year", quoted: the speaker's
			// year, perhaps a season or a fiscal one; held only against the
			// same remark quoted elsewhere.
			quotedYear[f] = true
		}
		if t := strings.ToLower(f.Text()); strings.HasSuffix(t, "-quarter") || strings.HasSuffix(t, "-half") {
			continue // "first-quarter results": the period the results cover, not when anything happened
		}
		if asOfMoment(f) {
			continue // "186,700 households without electricity as of 3 p.m. on Wednesday": when a count was taken
		}
		if x, ok := datedOf(f); ok && !strings.HasSuffix(f.Text(), "'s") && !strings.HasSuffix(f.Text(), "’s") {
			ds = append(ds, x)
		}
	}
	checkAnniversaryOrigins(p, ds)
	checkPossessiveEvents(p, ds)
	checkApposedDates(p)
	// A plain date in the sentence of an anniversary dates the celebration ("the
	// 28th anniversary of its founding this year"), not the founding.
	type sentKey struct {
		d     *claims.Document
		start int
	}
	// A period in a sentence with a figure ("handled 1.2 million TEU in the first
	// eight months") is what the figure is measured over, not when an event
	// happened: figures of different periods are different measures.
	measured := map[sentKey]bool{}
	counted := map[sentKey]map[string]bool{} // the key words of each sentence's figures
	counts := map[sentKey][]*claims.Fact{}   // each sentence's counts
	for _, q := range p.Index.Kind(claims.KindQuantity) {
		k := sentKey{q.Doc, q.Sentence.Start}
		measured[k] = true
		if q.Quantity != nil && q.Key != "" {
			counts[k] = append(counts[k], q) // counts and amounts: "closed at RM6.22 on Wednesday", "at RM6.41 on Friday"
		}
		if counted[k] == nil {
			counted[k] = map[string]bool{}
		}
		for _, w := range strings.Fields(q.Key) {
			w = strings.TrimPrefix(w, "=")
			counted[k][w] = true
			counted[k][stemWord(w)] = true // keys keep canonical forms ("people") unstemmed
		}
	}
	// countedOnly reports whether the words two dates share are all words of the
	// figures of both their sentences: "21 people injured and 1,340 houses
	// damaged as of Monday" and "31 injured by Thursday" date two counts of a
	// running toll, not one event.
	countedOnly := func(a, b dated, shared []string) bool {
		ca, cb := counted[sentKey{a.f.Doc, a.f.Sentence.Start}], counted[sentKey{b.f.Doc, b.f.Sentence.Start}]
		if len(shared) == 0 || ca == nil || cb == nil || a.ev.anchor != "" && a.ev.anchor == b.ev.anchor {
			return false
		}
		for _, st := range shared {
			if !ca[st] || !cb[st] {
				return false
			}
		}
		return true
	}
	// otherTally reports whether the two dates' sentences count the same things
	// with figures that cannot agree: "At least 32 trains were cancelled … on
	// Sunday" and "More than 40 trains were cancelled … on Monday" are two
	// days of one disruption, not one day told two ways.
	otherTally := func(a, b dated) bool {
		for _, qa := range counts[sentKey{a.f.Doc, a.f.Sentence.Start}] {
			for _, qb := range counts[sentKey{b.f.Doc, b.f.Sentence.Start}] {
				if qa.Key == qb.Key && qa.Quantity.Unit == qb.Quantity.Unit && !qa.Quantity.Interval.Overlaps(qb.Quantity.Interval) {
					return true
				}
			}
		}
		return false
	}
	kept := ds[:0]
	for _, x := range ds {
		// A founding date stays a date whatever figures its sentence holds ("The port,
		// which was founded in 2005, opened six new routes this year").
		if x.origin || x.ev.origin && len(x.ev.verbs) > 0 && !x.relative || x.to.Sub(x.from) <= 24*time.Hour || !measured[sentKey{x.f.Doc, x.f.Sentence.Start}] {
			kept = append(kept, x)
		}
	}
	ds = kept
	originSents := map[sentKey]bool{}
	for _, x := range ds {
		if x.origin {
			originSents[sentKey{x.f.Doc, x.f.Sentence.Start}] = true
		}
	}
	for i := range ds {
		if !ds[i].origin && originSents[sentKey{ds[i].f.Doc, ds[i].f.Sentence.Start}] {
			ds[i].ev.origin = false
		}
	}
	// "Sunday's earthquake": the noun after a possessive date is that date's
	// event, whatever other date its sentence names ("The toll from Sunday's
	// earthquake rose to 14 on Monday").
	possessed := map[sentKey]map[string]bool{}
	for _, f := range p.Index.Kind(claims.KindDate) {
		t := f.Text()
		if f.Doc == nil || !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") {
			continue
		}
		rest := strings.Fields(strings.ToLower(f.Doc.Text[f.Span.End:min(len(f.Doc.Text), f.Span.End+40)]))
		if len(rest) == 0 {
			continue
		}
		k := sentKey{f.Doc, f.Sentence.Start}
		if possessed[k] == nil {
			possessed[k] = map[string]bool{}
		}
		w := strings.Trim(rest[0], ",.;:")
		possessed[k][w], possessed[k][stemWord(w)] = true, true
	}
	// ownedElsewhere reports a shared word that a possessive date in x's
	// sentence owns, unless both tell one act besides ("approved next year's
	// budget on Wednesday" and "approved the city's 2027 budget on Thursday":
	// the approval is dated, the possessive dates the budget).
	ownedElsewhere := func(x, y dated, shared []string) bool {
		owned := possessed[sentKey{x.f.Doc, x.f.Sentence.Start}]
		found := false
		for _, w := range shared {
			if owned[w] {
				found = true
			} else if x.ev.acts[w] && y.ev.acts[w] {
				return false
			}
		}
		return found
	}
	seen := map[string]bool{}
	for _, pr := range eventCandidates(ds) {
		a, b := ds[pr[0]], ds[pr[1]]
		if !docPair(a.f, b.f) || differentSubjects(a.f, b.f) || !comparableDates(a, b) || overlaps(a, b) {
			continue
		}
		if a.count != "" && b.count != "" && a.count != b.count {
			continue // "1,684 admissions reported on Monday", "1,815 admissions on Saturday": two days' readings
		}
		if quotedYear[a.f] != quotedYear[b.f] {
			continue // "generous this year", quoted, and "generous in 2025": the speaker's year is not the calendar's
		}
		if contrastingEvents(a.ev, b.ev) {
			continue // "the men's individual sprint begins on Thursday", "won the men's team sprint yesterday": two events
		}
		if !a.origin && !b.origin && (sinceDate(a.f) || sinceDate(b.f) || alsoDated(b.f, a, ds) || alsoDated(a.f, b, ds)) {
			// "since Friday" starts a span, not an event; and a sentence that also
			// names the other date ("from Monday to Tuesday") does not contradict it.
			continue
		}
		sh, ok := sameEvent(a.ev, b.ev)
		if !ok || !a.origin && !b.origin && (countedOnly(a, b, sh) || otherTally(a, b) && !onceAlike(a.ev, b.ev)) || ownedElsewhere(a, b, sh) || ownedElsewhere(b, a, sh) {
			continue
		}
		if coarseAgainstDay(a, b) && len(sh) < 3 && !namedAlike(a.ev, b.ev) {
			// "arrived in Ho Chi Minh City yesterday" against "the city's
			// expansion last year": a day set against a whole year or month
			// needs more than two shared words to be one event.
			continue
		}
		if otherDistances(a.f, b.f) {
			continue // last, as it searches both sentences: "finals in the men's 800m … today", "finals in the men's 5,000m … today": other races
		}
		key := factPairKey(a.f, b.f)
		if seen[key] {
			continue
		}
		seen[key] = true
		p.Report(Finding{Claims: ClaimsOf(a.f, b.f), Message: fmt.Sprintf(
			"%s (%s) dates %q to %s, but %s (%s) dates it to %s",
			Quote(a.f), whereDated(a.f), labelOf(a.ev, b.ev, sh), a.nominal, Quote(b.f), whereDated(b.f), b.nominal)})
	}
}

// contrastPairs are words that tell two events of one sport apart.
var contrastPairs = [][2]string{{"individu", "team"}, {"men", "women"}, {"singl", "doubl"}, {"junior", "senior"}}

// contrastingEvents reports two events whose words tell them apart: one
// individual, the other a team's; one men's, the other women's.
func contrastingEvents(a, b eventWords) bool {
	for _, c := range contrastPairs {
		x, y := stemWord(c[0]), stemWord(c[1])
		if a.stems[x] && !a.stems[y] && b.stems[y] && !b.stems[x] || a.stems[y] && !a.stems[x] && b.stems[x] && !b.stems[y] {
			return true
		}
	}
	return false
}

// otherDistances reports two sentences that each name races by distance,
// or weight classes, and share none: the events they date are other races
// or other classes' finals.
func otherDistances(a, b *claims.Fact) bool {
	unspaced := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	if noneSharedFold(weightRe.FindAllString(a.SentenceText(), -1), weightRe.FindAllString(b.SentenceText(), -1), unspaced) {
		return true // "won the men's 65kg title … on Tuesday", "won the women's 58kg title on Wednesday": two classes
	}
	return noneSharedFold(raceDistances(a.SentenceText()), raceDistances(b.SentenceText()),
		func(s string) string { return canonDistance(unspaced(s)) }) // "10-kilometre" is "10km"
}

// raceDistances returns the distances distanceRe finds in s that are no
// speeds ("185 kilometers per hour", "225 km/h" are winds, not races).
func raceDistances(s string) []string {
	var out []string
	for _, m := range distanceRe.FindAllStringIndex(s, -1) {
		after := strings.ToLower(s[m[1]:min(len(s), m[1]+9)])
		if strings.HasPrefix(after, "/h") || strings.HasPrefix(after, " per hour") || strings.HasPrefix(after, " an hour") || strings.HasPrefix(after, "ph") {
			continue
		}
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

// weightRe matches a weight class, not a lift: "men's 65kg", "-73 kg",
// "+100kg", "the 94 kg category".
var weightRe = regexp.MustCompile(`(?:(?:men's|women's|[+-])\s?\d+\s?kg\b|\b\d+\s?kg\s+(?:class|category|title|division|final|event|gold))`)

// onceAlike reports two windows naming one event a story has once ("made
// landfall", "came ashore"; "the fire broke out"): its tolls grow from one
// report to the next, but it happened on one day.
func onceAlike(a, b eventWords) bool {
	if oneDisaster(a, b) {
		return true
	}
	if a.core == "" || a.core != b.core {
		return false
	}
	ws := strings.Fields(a.core)
	return onceStems[ws[len(ws)-1]]
}

// onceStems are the stems of what happens once in a story: a landfall, a
// collapse, an explosion.
var onceStems = map[string]bool{"landfal": true, "collaps": true, "explos": true, "erupt": true, "derail": true,
	"crash": true, "capsiz": true, "sank": true, "blast": true}

// coarseAgainstDay reports a date of a day against one of a month or more.
func coarseAgainstDay(a, b dated) bool {
	day := func(x dated) bool { return x.to.Sub(x.from) <= 24*time.Hour }
	return day(a) != day(b)
}

// namedAlike reports two windows that name their event alike: the same noun
// phrase before the date, the same verb and object, the same start or the
// same disaster (see sameEvent).
func namedAlike(a, b eventWords) bool {
	return a.anchor != "" && a.anchor == b.anchor || a.core != "" && a.core == b.core ||
		len(sharedKeys(a.started, b.started)) >= 2 || oneDisaster(a, b)
}

// checkAnniversaryOrigins flags a sentence whose anniversary and start date
// disagree: "Thien Phu, founded in 1996, is celebrating its 25th anniversary
// this year" in a 2026 source puts the founding in 2001. A sentence that also
// dates the celebration with a plain date ("In 2023, …") is left alone: the
// anniversary then counts from that year, not the source's.
func checkAnniversaryOrigins(p *Pass, ds []dated) {
	for _, a := range ds {
		if a.d.Anniversary == 0 {
			continue
		}
		var start *dated
		celebrated, agrees := false, false
		celebYear := 0 // the year of the plain dates beside the anniversary, -1 when several
		// "will celebrate its 30th anniversary next year": the year of the
		// celebration, not the source's, less N is the start.
		year, from := a.f.Doc.Meta.Published.Year(), a.from.Year()
		for i := range ds {
			b := &ds[i]
			if b.f.Doc == a.f.Doc && b.f.Sentence == a.f.Sentence && b.relative && b.d.Anniversary == 0 && b.d.YearsAgo == 0 &&
				!b.from.IsZero() && b.to.Sub(b.from) <= 366*24*time.Hour {
				// "its 30th anniversary in June" in a December source is next year's.
				year = b.from.Year()
				from = year - a.d.Anniversary
			}
		}
		for i := range ds {
			b := &ds[i]
			if b.f.Doc != a.f.Doc || b.f.Sentence != a.f.Sentence || b.f == a.f || b.relative || b.d.YearsAgo > 0 {
				continue
			}
			switch {
			case !b.ev.origin || b.to.Sub(b.from) > 366*24*time.Hour:
				celebrated = true
				if y := b.from.Year(); b.to.Sub(b.from) > 366*24*time.Hour || celebYear != 0 && celebYear != y {
					celebYear = -1
				} else {
					celebYear = y
				}
			case b.from.Year() == year && a.d.Anniversary >= 5:
				// "set for Bangkok in October, in a year that also marks the 50th
				// anniversary": a date of the celebration's own year dates it.
				celebrated = true
			case b.f.Span.Start < a.f.Span.Start && strings.HasSuffix(a.f.Text(), "years"):
				// "a conference in March to mark 10 years since …": what comes
				// before "N years since" dates the celebration; the start follows.
				celebrated = true
			case b.from.Year() == from:
				agrees = true
			case start == nil || offsetGap(b.f, a.f) < offsetGap(start.f, a.f):
				start = b // the nearest start ("…, which were established in 1971")
			}
		}
		where := "the same sentence"
		if start == nil && !agrees && (!celebrated || celebYear > 0) {
			// With no start in its own sentence, a date beside the anniversary
			// dates the celebration ("its 30th anniversary in June").
			if celebrated {
				year, from = celebYear, celebYear-a.d.Anniversary
			}
			if start = neighbourOrigin(a, ds); start != nil {
				celebrated = false
				where, agrees = "the sentence after", start.from.Year() == from
				if start.f.Span.Start < a.f.Span.Start {
					where = "the sentence before"
				}
			}
		}
		if start == nil || celebrated || agrees {
			continue
		}
		p.Report(Finding{Claims: ClaimsOf(a.f, start.f), Message: fmt.Sprintf(
			"%s (%s) puts the start in %d (%d − %d), but %s dates it to %d (%s)",
			Quote(a.f), whereDated(a.f), from, year, a.d.Anniversary, where, start.from.Year(), Quote(start.f))})
	}
}

// neighbourOrigin returns the start date of the sentence right before or after
// an anniversary's, in its paragraph, when both sentences speak of one
// organisation: "… the company's 30th anniversary in June. The Arequipa-based
// firm was founded in 1991 …". A sentence with two starts is left alone.
func neighbourOrigin(a dated, ds []dated) *dated {
	owner := anniversaryOwner(a.f)
	if owner == "" {
		return nil
	}
	var found *dated
	for i := range ds {
		b := &ds[i]
		if b.f.Doc != a.f.Doc || b.f.Sentence == a.f.Sentence || !b.ev.origin || b.relative || b.d.YearsAgo > 0 ||
			b.to.Sub(b.from) > 366*24*time.Hour || !adjacentSentences(b.f, a.f) {
			continue
		}
		if found != nil && found.f.Sentence == b.f.Sentence {
			return nil
		}
		if sameOrganisation(owner, originSubject(b.f)) {
			found = b
		}
	}
	return found
}

// adjacentSentences reports whether the sentences of a and b follow each other
// with nothing but spaces between them: one paragraph, no sentence skipped.
func adjacentSentences(a, b *claims.Fact) bool {
	x, y := a.Sentence, b.Sentence
	if y.Start < x.Start {
		x, y = y, x
	}
	if x.End > y.Start || y.Start > len(a.Doc.Text) {
		return false
	}
	between := a.Doc.Text[x.End:y.Start]
	return strings.TrimSpace(between) == "" && !strings.Contains(between, "\n\n")
}

// organisationNouns are the words news uses in turn for one company: "the
// company", "the firm", "the group".
var organisationNouns = map[string]bool{"company": true, "firm": true, "group": true, "business": true,
	"corporation": true, "conglomerate": true, "operator": true, "producer": true, "maker": true,
	"manufacturer": true, "miner": true, "lender": true, "bank": true, "insurer": true, "carrier": true,
	"airline": true, "retailer": true, "developer": true, "enterprise": true, "cooperative": true}

// anniversaryOwner returns whose anniversary a is: the noun before "'s" ("the
// company's 30th anniversary" → "company"), "name" for a proper name's, the
// subject's organisation noun for "its"; "" when it cannot tell.
func anniversaryOwner(f *claims.Fact) string {
	ws := strings.Fields(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	if len(ws) == 0 {
		return ""
	}
	last := strings.TrimRight(ws[len(ws)-1], ",")
	switch {
	case strings.EqualFold(last, "its"):
		for _, w := range ws[:len(ws)-1] {
			if lw := strings.ToLower(strings.Trim(w, ",")); organisationNouns[lw] {
				return lw
			}
		}
		return ""
	case strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s"):
		noun := strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
		if r, _ := utf8.DecodeRuneInString(noun); unicode.IsUpper(r) {
			return "name"
		}
		return strings.ToLower(noun)
	}
	return ""
}

// originSubject returns the head of the subject of a start date's sentence, in
// lower case: the last word before its first verb ("The Arequipa-based firm was
// founded" → "firm", "It was set up" → "it"); "" when the sentence opens otherwise.
func originSubject(f *claims.Fact) string {
	if s := subjectBeforeVerb(strings.Fields(textOf(f.Doc, f.Sentence.Start, f.Span.Start))); s != "" {
		return s
	}
	// "Founded in 1981, the carrier has grown fast": the subject follows the comma.
	after := textOf(f.Doc, f.Span.End, f.Sentence.End)
	if i := strings.IndexByte(after, ','); i >= 0 && strings.TrimSpace(after[:i]) == "" {
		return subjectBeforeVerb(strings.Fields(after[i+1:]))
	}
	return ""
}

// subjectBeforeVerb returns the lower-cased word before the first finite verb
// of ws: "" when ws opens with the verb or has none.
func subjectBeforeVerb(ws []string) string {
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "was", "is", "has", "had", "were", "opened", "began", "started", "runs", "will":
			if i == 0 {
				return ""
			}
			return strings.ToLower(strings.Trim(ws[i-1], ","))
		}
	}
	return ""
}

// sameOrganisation reports whether an anniversary's owner and a start's subject
// may name one body: the same noun, two organisation nouns, or "it" or a name
// against an organisation noun.
func sameOrganisation(owner, subject string) bool {
	switch {
	case owner == "" || subject == "":
		return false
	case owner == subject && owner != "name":
		return true
	case organisationNouns[subject] || subject == "it":
		return organisationNouns[owner] || owner == "name"
	}
	return false
}

// checkApposedDates flags a relative date restated beside it as a calendar
// date that it cannot mean: "at the meeting next month, on April 23" in a
// source of February 16 (next month is March).
func checkApposedDates(p *Pass) {
	ds := p.Index.Kind(claims.KindDate)
	for i := 0; i+1 < len(ds); i++ {
		a, b := ds[i], ds[i+1]
		ra, rb := a.Date, b.Date
		if a.Doc == nil || a.Doc != b.Doc || a.Sentence != b.Sentence || ra == nil || rb == nil ||
			!ra.Relative || rb.Relative || !ra.Resolved || !rb.Resolved || ra.Duration || ra.Deadline || rb.Deadline ||
			ra.YearsAgo > 0 || ra.Anniversary > 0 || rb.Anniversary > 0 || a.Span.End > b.Span.Start ||
			!apposed(a.Doc.Text[a.Span.End:b.Span.Start]) && !(dayPartComma(a.Doc.Text[a.Span.End:b.Span.Start]) && weekdayRe.MatchString(a.Text()) && oneDay(rb)) {
			// "next Thursday, June 17": a day and its date set side by side
			continue
		}
		if !rb.From.Before(ra.From) && !rb.To.After(ra.To) {
			continue // "next month, on March 23": the date lies in the period
		}
		if nearOffset(ra, rb, a.Doc.Meta.Published) {
			continue // "meets again in eight weeks, on August 13", counted from the meeting, not the story
		}
		if strings.HasPrefix(strings.ToLower(a.Text()), "next ") && weekdayRe.MatchString(a.Text()) && oneDay(rb) &&
			rb.From.Equal(ra.From.AddDate(0, 0, -7)) && rb.From.After(a.Doc.Meta.Published) {
			continue // "next Sunday, April 19" in a Wednesday paper: the coming Sunday, as many write it
		}
		p.Report(Finding{Claims: ClaimsOf(a, b), Message: fmt.Sprintf(
			"%s (%s) is %s, but the date given beside it, %s, is %s",
			Quote(a), whereDated(a), formatPeriod(ra.From, ra.To), Quote(b), formatPeriod(rb.From, rb.To))})
	}
}

// dayPartComma reports the text between a weekday and the date set beside it:
// a comma, after a part of the day at most ("on Saturday evening, March 15").
func dayPartComma(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "morning,", "afternoon,", "evening,", "night,":
		return true
	}
	return false
}

// nearOffset reports whether calendar date b lies within a day per week of
// a day counted weeks or months ahead or back ("in eight weeks"): such an
// offset may count from the event the story reports rather than from its
// publication, a few days apart.
func nearOffset(a, b *dates.Date, published time.Time) bool {
	if published.IsZero() || a.To.Sub(a.From) > 24*time.Hour {
		return false
	}
	dist := a.From.Sub(published)
	if dist < 0 {
		dist = -dist
	}
	if dist < 14*24*time.Hour {
		return false
	}
	gap := b.From.Sub(a.From)
	if gap < 0 {
		gap = -gap
	}
	return gap <= dist/7
}

// apposed reports whether the text between two dates sets the second beside
// the first as the same time: ", on ", " (", ", in ".
// weekdayRe matches a weekday told relative to the story's day: "next
// Thursday", "Thursday", not "the first Saturday" of an event.
var weekdayRe = regexp.MustCompile(`^(?i)(?:(?:next|last|this|this coming|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$`)

// oneDay reports a date of one day.
func oneDay(d *dates.Date) bool {
	return d.To.Sub(d.From) <= 24*time.Hour
}

func apposed(between string) bool {
	switch strings.TrimSpace(between) {
	case ", on", ", in", "(", ", (", "—", "– on", "— on":
		return true
	}
	return false
}

// offsetGap is the distance in bytes between two facts of one document.
func offsetGap(a, b *claims.Fact) int {
	if a.Span.Start > b.Span.Start {
		return a.Span.Start - b.Span.Start
	}
	return b.Span.Start - a.Span.Start
}

// spans holds the quote spans of each document.
type spans map[*claims.Document][]claims.Span

func quoteSpans(ix *claims.Index) spans {
	out := spans{}
	for _, q := range ix.Kind(claims.KindQuote) {
		out[q.Doc] = append(out[q.Doc], q.Span)
	}
	return out
}

// holds reports whether f stands inside one of its document's quotes.
func (s spans) holds(f *claims.Fact) bool {
	for _, sp := range s[f.Doc] {
		if sp.Start <= f.Span.Start && f.Span.End <= sp.End {
			return true
		}
	}
	return false
}

// shortRelative reports whether a date is relative to the day it was said and
// spans no more than a week ("today", "on Monday", "last week"): inside a quote
// it is relative to the speaker's day, which the source does not give.
func shortRelative(d *dates.Date) bool {
	return d.Relative && d.Anniversary == 0 && d.YearsAgo == 0 && d.Resolved && d.To.Sub(d.From) <= 7*24*time.Hour
}

// eventCandidates returns the pairs of dates whose events may be one: sameEvent
// needs eventMinShared (2) shared event words, so each date is filed under every
// pair of its event words.
func eventCandidates(ds []dated) [][2]int {
	g := newPairGroups()
	for i, x := range ds {
		words := x.ev.stems
		if len(x.ev.doers) > 0 {
			// the doers out of the window meet the other's words too
			words = maps.Clone(x.ev.stems)
			maps.Copy(words, x.ev.doers)
		}
		for _, k := range pairKeys(setKeys(words)) {
			g.add(k, i)
		}
		// Events named alike meet however few other words they share.
		if x.ev.anchor != "" {
			g.add("anchor\x00"+x.ev.anchor, i)
		}
		if x.ev.core != "" {
			g.add("core\x00"+x.ev.core, i)
		}
		if x.ev.disaster != "" {
			g.add("disaster\x00"+x.ev.disaster, i)
			g.add("disaster\x00*", i) // a failure told without its name meets any disaster
		} else if genericDisaster(x.ev) {
			g.add("disaster\x00*", i) // "The accident happened …": the story's one disaster
		}
	}
	return g.pairs()
}

// asOfMoment reports a date that says when a figure held ("as of 3 p.m. on
// Wednesday", "as at Friday"), not when something happened.
func asOfMoment(f *claims.Fact) bool {
	if f.Doc == nil {
		return false
	}
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-22), f.Span.Start))
	return strings.Contains(before, "as of ") || strings.Contains(before, "as at ")
}

// levelReadingRe matches a level read at the date after it: a copula or
// "stood at", a figure, its unit, and only time words before the date ("was
// about 57 percent late on Saturday night", "stood at 56.4 percent on").
var levelReadingRe = regexp.MustCompile(`(?i)\b(?:was|were|is|are|stood|stands|remained|remains)(?: at)?(?: about| around| roughly| some| nearly| almost| just| over| under)? [0-9][0-9.,]*(?: ?%| percent| per cent| points?)(?: (?:late|early|by|as of))?(?: on| at)? $`)

// levelReading reports a date that dates a reading of a level: "Labor's vote
// was about 57 percent late on Saturday night" and "stood at 56.4 percent on
// Tuesday" are two readings of a count, not one event on two days.
func levelReading(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.Start > len(f.Doc.Text) {
		return false
	}
	return levelReadingRe.MatchString(f.Doc.Text[max(f.Sentence.Start, f.Span.Start-60):f.Span.Start])
}

// validityStart reports a date that opens the span a measure holds over:
// "runs from October 1 to June 30", "is valid from 1 March", "applies from
// Monday".
func validityStart(f *claims.Fact) bool {
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-24), f.Span.Start))
	for _, v := range []string{"runs from ", "run from ", "running from ", "lasts from ", "valid from ", "applies from ",
		"apply from ", "effective from ", "in force from "} {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// datedOf works out the span of time a date fact claims, when it can be known.
func datedOf(f *claims.Fact) (dated, bool) {
	d := f.Date
	pub := f.Doc.Meta.Published
	x := dated{f: f, d: d, relative: d.Relative}
	switch {
	case d.Anniversary > 0:
		if pub.IsZero() {
			return x, false
		}
		y := pub.Year() - d.Anniversary
		x.from, x.to = yearStart(y), yearStart(y+1)
		x.nominal, x.origin, x.relative = fmt.Sprint(y), true, true
	case d.YearsAgo > 0:
		if pub.IsZero() {
			return x, false
		}
		// "N years ago" is rounded speech: N−1 to N+1 years before the source.
		x.from, x.to = pub.AddDate(-d.YearsAgo-1, 0, 0), pub.AddDate(-d.YearsAgo+1, 0, 0)
		x.nominal, x.origin, x.relative = fmt.Sprint(pub.Year()-d.YearsAgo), true, true
	case d.Resolved && !d.From.IsZero() && d.To.After(d.From):
		x.from, x.to = d.From, d.To
		x.nominal = formatPeriod(d.From, d.To)
	default:
		return x, false
	}
	if !x.origin && reportingDate(f, d.Start) {
		// "officials said on Monday" dates the report, not an event.
		return x, false
	}
	if inDateline(f) {
		return x, false // "HAI PHONG, March 10 - …": the day the story was filed
	}
	if levelReading(f) {
		return x, false // "the vote stood at 56.4 percent on Tuesday": when a figure was read, no event
	}
	if validityStart(f) {
		return x, false // "the quota runs from October 1 to June 30": when a rule applies, no day something happened
	}
	x.ev = eventAround(f, d.Start, d.End)
	x.count = countDated(f)
	return x, true
}

// countDatedRe matches a count that the date after it dates: "1,684
// admissions reported on Monday", "more than 400 dengue patients on".
var countDatedRe = regexp.MustCompile(`(?i)\b([0-9][0-9,.]*)\s+(?:[a-z-]+\s+){1,3}(?:(?:was|were) (?:in|treating|receiving|under)\s+(?:[a-z-]+\s+){0,4})?(?:on|at|by)?\s*$`)

// countAfterDateRe matches a count a sentence-opening date reads out: ", the
// hospital had 640 dengue patients", ", it was treating about 300".
var countAfterDateRe = regexp.MustCompile(`(?i)^,\s+(?:[a-z-]+\s+){0,4}(?:had|held|was treating|were treating|treated|admitted)\s+(?:about |some |nearly |more than |over |around )?([0-9][0-9,.]*)\b`)

// countDated returns the count a date reads out, "" when none: two such
// dates with other counts are two days' readings ("1,684 admissions reported
// on Monday", "1,815 admissions on Saturday"), never one event on two days.
func countDated(f *claims.Fact) string {
	if f.Doc == nil || f.Span.Start > len(f.Doc.Text) {
		return ""
	}
	m := countDatedRe.FindStringSubmatch(f.Doc.Text[max(f.Sentence.Start, f.Span.Start-90):f.Span.Start])
	if m == nil && f.Span.End <= f.Sentence.End {
		// "On Friday, the hospital had 640 dengue patients": the count after
		m = countAfterDateRe.FindStringSubmatch(f.Doc.Text[f.Span.End:min(f.Sentence.End, f.Span.End+60)])
	}
	if m == nil {
		return ""
	}
	return strings.ReplaceAll(m[1], ",", "")
}

// comparableDates decides whether two dates may be compared at all (see the Doc).
func comparableDates(a, b dated) bool {
	switch {
	case a.origin && b.origin:
		return true
	case a.origin:
		return b.ev.origin
	case b.origin:
		return a.ev.origin
	}
	bothDays := a.d.Granularity == dates.Day && b.d.Granularity == dates.Day
	if !a.relative && !b.relative && !bothDays {
		return false
	}
	gap := a.from.Sub(b.to)
	if g := b.from.Sub(a.to); g > gap {
		gap = g
	}
	limit := max(a.to.Sub(a.from), b.to.Sub(b.from)) + 31*24*time.Hour
	return gap < limit
}

// overlaps reports whether the two spans of time share a moment.
func overlaps(a, b dated) bool {
	return a.from.Before(b.to) && b.from.Before(a.to)
}

func yearStart(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

// formatPeriod writes a span the way its granularity reads: "2023", "October
// 2025", "3 May 2025", else "2025-01-01 to 2025-03-31".
func formatPeriod(from, to time.Time) string {
	switch {
	case from.AddDate(0, 0, 1).Equal(to):
		return from.Format("2 January 2006")
	case from.Day() == 1 && from.AddDate(0, 1, 0).Equal(to):
		return from.Format("January 2006")
	case from.YearDay() == 1 && from.AddDate(1, 0, 0).Equal(to):
		return from.Format("2006")
	case from.YearDay() == 1 && to.YearDay() == 1:
		return fmt.Sprintf("%d–%d", from.Year(), to.Year()-1)
	}
	return from.Format("2006-01-02") + " to " + to.AddDate(0, 0, -1).Format("2006-01-02")
}

// whereDated is "file:line, published YYYY-MM-DD", the date relative dates rest on.
func whereDated(f *claims.Fact) string {
	if p := Published(f); p != "" {
		return Where(f) + ", published " + p
	}
	return Where(f)
}

// sinceDate reports whether a date opens a span ("since Friday", "from 2026").
func sinceDate(f *claims.Fact) bool {
	return f.Date != nil && f.Date.Since && !sinceClause(f)
}

// sinceClause reports whether "since" opens a clause whose own verb the date
// dates: "cut off since the storm made landfall late on Saturday" dates the
// landfall, while "cut off since Saturday" only starts a span.
func sinceClause(f *claims.Fact) bool {
	if f.Doc == nil || f.Sentence.Start < 0 || f.Span.Start > len(f.Doc.Text) || f.Sentence.Start > f.Span.Start {
		return false
	}
	before := strings.ToLower(f.Doc.Text[f.Sentence.Start:f.Span.Start])
	i := strings.LastIndex(before, "since ")
	if i < 0 {
		return false
	}
	ws := strings.Fields(before[i+len("since "):])
	if len(ws) < 2 { // "since it opened last Thursday": a subject and its verb
		return false
	}
	for _, w := range ws {
		w = strings.Trim(w, ",;")
		if len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerbs[w] {
			return true
		}
	}
	// "Since the opening ceremony last Thursday": the date dates the event
	// the noun names, as "since it opened" would.
	last := strings.Trim(ws[len(ws)-1], ",;")
	return eventNouns[stemWord(last)]
}

// pastVerbs are irregular past tenses that say something happened.
var pastVerbs = map[string]bool{"made": true, "took": true, "came": true, "began": true, "hit": true,
	"struck": true, "went": true, "fell": true, "won": true, "lost": true, "left": true, "broke": true,
	"burst": true, "tore": true, "swept": true, "gave": true, "rose": true, "sank": true, "ran": true, "spread": true}

// alsoDated reports whether the sentence of f holds another date that overlaps x.
func alsoDated(f *claims.Fact, x dated, ds []dated) bool {
	for _, y := range ds {
		if y.f != f && y.f.Doc == f.Doc && y.f.Sentence == f.Sentence && overlaps(x, y) {
			return true
		}
	}
	return false
}

// inDateline reports a date in a news dateline: a city in capitals and a
// comma before it, a dash or an agency in brackets after it ("HAI PHONG,
// March 10 - ", "BANGKOK, June 12 (AFP) -").
func inDateline(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.Start < f.Sentence.Start || f.Span.Start-f.Sentence.Start > 40 {
		return false
	}
	before := strings.TrimSpace(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	city, ok := strings.CutSuffix(before, ",")
	if c, _, found := strings.Cut(city, ","); found {
		city = c // "CHANDPUR, Bangladesh, May 11 (DWS) –": the city, then its country
	}
	if !ok || city == "" || strings.ToLower(city) == city {
		return false
	}
	after := strings.TrimLeft(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+4)), " ")
	if strings.ToUpper(city) != city {
		// "Bucharest, 18 February /CPA/ -": a city in capitals and lower
		// case heads a dateline only with the agency's slashes after it.
		return strings.HasPrefix(after, "/") && f.Span.Start-f.Sentence.Start <= 30
	}
	return strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "(")
}

// labelOf names the event of two windows for a message: the disaster both
// name, else their shared words.
func labelOf(a, b eventWords, sh []string) string {
	if oneDisaster(a, b) {
		if d := a.disaster; d != struck {
			return d
		}
		if d := b.disaster; d != struck {
			return d
		}
		if len(sh) == 0 {
			return "the disaster" // "the hillside gave way", "the slide came down"
		}
	}
	if len(sh) == 0 && a.core != "" && a.core == b.core {
		return strings.Join(a.written, " ") // "Cyclone Lerato made landfall": the words of one side
	}
	for _, st := range sh {
		if r, ok := strings.CutPrefix(st, "score reading "); ok {
			// "the 51.5C peak" against "climbed to 51.5 degrees": the reading
			// is what both date.
			if l := eventLabel(a, sh); l != "" {
				return "the " + r + " reading, " + l
			}
			return "the " + r + " reading"
		}
	}
	if sameOpponent(a, b) {
		return "the match against " + a.opponent // "beat Spain", "the win over Spain"
	}
	if l := eventLabel(a, sh); l != "" {
		return l
	}
	for _, d := range []string{a.disaster, b.disaster, a.generic, b.generic} {
		if d != "" && d != struck {
			return d // "The accident happened …" against "a cabin came off …": the one disaster
		}
	}
	if a.leadWritten != "" && len(sharedKeys(a.leadVerbs, b.leadVerbs)) > 0 {
		return strings.TrimSpace(a.leadWritten + " " + strings.Join(a.written, " ")) // "signed wide ranging trade logistics agreement"
	}
	return "the event"
}
