package rules

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// NumericConflict flags two figures for the same measure that cannot both be true,
// and reports figures of different dates as a change.
func NumericConflict() *Rule {
	return &Rule{
		ID:        "numeric-conflict",
		Title:     "figures for the same measure do not agree",
		Severity:  Warning,
		SameStory: true,
		Run:       runNumericConflict,
		Doc: `Two amounts of the same measure (same key, unit and subject) whose
intervals do not overlap once hedges are applied: "more than ten agreements" is
(10, 20], "over 110 agreements" is (110, 120], and no number satisfies both.

Amounts are compared only with amounts of the same kind: flows ("ten new
agreements this year") never with stocks ("110 agreements to date"), plans never
with actuals, and a stated subject must match ("a province's 12,000 residents" is
not "the country's 500,000 residents"; a subject on one side only keeps them apart).
A figure for a stated period and one with none are kept apart, except that an
amount or rate with no span of time in its sentence, in a report published
within 45 days after the one period its measure is stated for elsewhere, is
that period's ("Seafood export earnings climbed to $5.34 billion", published
a week after June, against "more than $5.4 billion in the first half").
Two figures in one sentence ("from 500,000 to 630,000") are not compared, nor are
exact counts of one or two ("the two sides"). Sources published on the same or
the next day are taken to describe the same moment. A general key and a more
specific one ("matches", "the 20 football matches") whose figures lie three
times apart or more name different things, unless one figure is a slip of the
other's digits (a scale: "8 million" for "8 billion"; a digit dropped: "ten" for
"110"). Two or more figures hedged "up to" state a maximum and are compared as
the points they give ("up to 142 nanograms" against "up to 124").

When both sources are dated and the dates differ, the figures describe a change,
not a conflict: it is reported as info with the growth it implies, unless the
measure cannot move that way (a cumulative total "to date" falling), which is a
warning. A change is not reported at all when each sentence dates its figure
to a day and the days differ ("$3.84 on Monday", "$3.97 on Friday, October 9"):
the sources themselves say the figure moved; nor is a rise of a running toll
(people killed, injured, evacuated, homes damaged, cases, rescuers sent),
which grows while a story runs, and a toll is of its day: sources a day apart
give two moments of it (a death toll that falls is a warning); nor a rise of a
total to date of a period still running ("hospitalisations this year"), nor a
move its own sentence tells ("bringing the number of shelters to 242", a
count that "spread to 19 districts"). When several sources agree and one disagrees, the odd one is reported once
against the first of the others.

Stated rates of change are compared too: two sources giving one measure's
percentage change over one stated period ("the economy expanded 2.3% last
year", "gross domestic product grew 3.2% in 2025") must agree to their last
written digit, unless one measures against another base ("quarter on
quarter") or its year is only the base's ("in January and February …, up 9
percent from the same period last year").

Two sources' figures whose digits differ only by two neighbours swapped
("521,300" and "512,300", "6.48 million" and "6.84 million") are a slip of the
keys, so they are compared even when their keys only share a head noun
("hotspots in Riau", "hotspots detected"), or when one has no key and its
sentence holds a word of the other's ("Pangasius, long the mainstay, fell to
14,800 tonnes"): one unit, period, subject and kind, three significant digits
at least, and neither source giving both figures. Two digits ("43 huts" and
"34 huts") swap by chance more often, so such figures must also be exact (no
hedge, no trailing zeros), keyed, dated to one day or neither, and told in
sentences whose other figures did not move on (a running tally is no slip).

A match's score line given by two sources with every set the same but one
("21-18, 17-21, 15-12" against "21-18, 17-21, 15-13", the same two players
named) is a conflict too. So is a match result: one pair of teams given two
scores at one stage of a competition ("India beat South Korea 2-1" in the
pools, "South Korea, beaten 3-1 by India in the pool stage"), unless the teams
meet more than once (a series, a numbered Game or Test, a source giving both).

A count of one past day's acts told with its day ("38 flights were cancelled
on Monday") is that day's figure whichever day a source is published, so two
sources days apart still disagree; a death toll is not (a quake's day counts
higher as bodies are found). A capacity ("licensed to carry 150 passengers", "a
capacity of 150") is a fixed property: it never changes between reports, "a
maximum of 54" is the room itself, and it is never compared with the load
carried ("was carrying 212 passengers").

Bad:
    a.txt: To date, over 110 cooperation agreements have been signed.
    b.txt: The two sides have signed more than ten cooperation agreements so far.

Good:
    a.txt: To date, over 110 cooperation agreements have been signed.
    b.txt: More than ten new cooperation agreements were signed this year.

Severity warning: one of the figures is wrong or the two measure different things
the text does not tell apart; an editor must look, but it may be a reading the key
cannot see.`,
	}
}

func runNumericConflict(p *Pass) {
	done := map[pairKey]bool{}
	checkRateConflicts(p, done)
	checkScoreLines(p)
	checkMatchResults(p)
	for _, h := range p.Index.Heads() {
		var ms, bases []member
		for _, f := range withAgents(p, p.Index.Head(h)) {
			// A prior value's moment is unknown; a move "from A to B" beside a change
			// is no range of one level.
			if isLevel(f) && !trivialCount(f) && !f.Prior && !movingRange(f) && !breakdownPart(p, f) && !interimReading(f) && !positionAway(f) {
				stated := intervalOf(f.Quantity, p.Config)
				if capacity(f) && (maxHedge(f) || f.Quantity.Hedge == "at most") {
					// "licensed to carry a maximum of 54": the limit is the room itself
					stated = quantity.Interval{Lo: f.Quantity.Value, Hi: f.Quantity.Value}
				}
				if iv := roundedInterval(f, stated); validInterval(iv) {
					m := member{f: f, iv: iv}
					if iv != stated {
						m.stated = &stated
					}
					if comparisonBase(f) {
						bases = append(bases, m) // it tells keys apart, but is no reading to report
						continue
					}
					ms = append(ms, m)
				}
			}
		}
		if len(ms) < 2 {
			continue
		}
		distinct := distinctKeys(append(append([]member(nil), ms...), bases...))
		for _, set := range measureSets(ms, distinct) {
			for _, g := range comparableGroups(set) {
				checkLevels(p, maximaAsStated(g), distinct, done)
			}
		}
	}
	checkTransposed(p, done)
}

// withAgents adds to the facts of one head those keyed by the agent noun of a
// predicate among them: "finishers" (key "finish") count the "runners who
// finished" (key "runner =finish"), though their heads differ; and those that
// name the act as a noun: "3,412 vessel calls" count the "vessels called".
func withAgents(p *Pass, fs []*claims.Fact) []*claims.Fact {
	var agents []string
	acts := map[string]bool{} // "vessel call" for "vessel =call": the act named as a noun
	for _, f := range fs {
		if i := strings.LastIndex(f.Key, " ="); i >= 0 {
			acts[f.Key[:i]+" "+f.Key[i+2:]] = true
			if !slices.Contains(agents, f.Key[i+2:]) {
				agents = append(agents, f.Key[i+2:])
			}
		}
	}
	if len(agents) == 0 {
		return fs
	}
	out := fs
	if slices.Contains(agents, "dead") || slices.Contains(agents, "kill") {
		agents = append(agents, "death") // "32 deaths had been confirmed" beside "23 people had been confirmed dead"
	}
	for _, a := range agents {
		for _, g := range p.Index.Head(a) {
			if g.Key == a && agentNoun(g, a) || acts[g.Key] || a == "death" && claims.KeysMatch(g.Key, "people =dead") {
				if len(out) == len(fs) {
					out = append([]*claims.Fact(nil), fs...) // the index's slice is shared
				}
				out = append(out, g)
			}
		}
	}
	return out
}

// agentNoun reports whether the noun that gives f its one-word key a names
// doers ("20,838 finishers", "Finishers: 20,838"), not things done ("4,812
// votes", whose stem "vote" is also the predicate of "3,000 people voted").
// The noun is looked for among the four words after the amount, then the three
// before it.
func agentNoun(f *claims.Fact, a string) bool {
	after := strings.Fields(textOf(f.Doc, f.Span.End, min(f.Span.End+40, f.Sentence.End)))
	before := strings.Fields(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-30), f.Span.Start))
	ws := append(after[:min(len(after), 4)], before[max(0, len(before)-3):]...)
	ws = append(ws, strings.Fields(f.Text())...)
	for _, w := range ws {
		w = strings.ToLower(strings.Trim(w, ",.;:()\"'’”“"))
		if textnorm.Stem(w) == a {
			return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ors")
		}
	}
	return false
}

// breakdownCues introduce the parts of a total given before them in the
// sentence.
var breakdownCues = []string{"made up of", "comprising", "consisting of", "of which", "of whom", "including",
	"split into", "divided into", "broken down into", "broken down as"}

// breakdownPart reports whether f is a part of a total given earlier in its
// sentence under the same key: "Finishers: 20,838 across the three races, made
// up of 8,912 in the full marathon, 7,305 in the half marathon and 4,621 in
// the 10-kilometre race". A part is another measure than the total (and
// arithmetic checks the sum), so it must not stand beside the total as one
// more figure of it.
func breakdownPart(p *Pass, f *claims.Fact) bool {
	if colonListPart(p, f) || parallelPart(p, f) {
		return true
	}
	for _, g := range p.Index.Head(claims.Head(f.Key)) {
		if g == f || g.Doc != f.Doc || g.Sentence != f.Sentence || !claims.KeysMatch(g.Key, f.Key) || g.Quantity == nil ||
			g.Quantity.Unit != f.Quantity.Unit || g.Span.End > f.Span.Start || g.Quantity.Value <= f.Quantity.Value {
			continue
		}
		between := strings.ToLower(f.Doc.Text[g.Span.End:f.Span.Start])
		for _, c := range breakdownCues {
			if strings.Contains(between, c) {
				return true
			}
		}
	}
	return false
}

// parallelPart reports an amount set beside another of its key in one
// sentence as a share of two givers or takers: "$230 million from the Boreal
// Climate Fund and $150 million from the Orient Cooperation Agency", "$230
// million and $150 million respectively". Each is a part, and another
// source's one sum of them ("co-financing of $380 million") no reading of
// either.
func parallelPart(p *Pass, f *claims.Fact) bool {
	if f.Doc == nil || f.Span.End > f.Sentence.End || f.Sentence.Start > f.Span.Start || f.Sentence.End > len(f.Doc.Text) {
		return false
	}
	text := f.Doc.Text
	before, after := strings.ToLower(text[f.Sentence.Start:f.Span.Start]), strings.ToLower(text[f.Span.End:f.Sentence.End])
	if strings.Contains(before+after, "respectively") && (strings.HasPrefix(after, " and ") && amountNext.MatchString(after[len(" and "):]) ||
		strings.HasSuffix(before, " and ") && amountLast.MatchString(strings.TrimSuffix(before, " and "))) {
		return true // "$230 million and $150 million respectively"
	}
	if m := giverThenAmount.FindStringSubmatch(after); m != nil && m[1] == m[2] && !perHead(m[0]) {
		return true // the first of "$230 million from A and $150 million from B"
	}
	if m := amountThenGiver.FindStringSubmatch(before); m != nil && strings.HasPrefix(after, " "+m[1]+" ") && !perHead(m[0]+after) {
		return true // the second
	}
	return false
}

// perHead reports a rate paid to each of many ("Rs1 million for the family of
// each person killed and Rs200,000 for each of the injured"): the two
// amounts are rates, not parts of one sum.
func perHead(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "each", "every", "per", "apiece":
			return true
		}
	}
	return false
}

// The parts of parallelPart: an amount ("$150 million", "VND 2,100
// billion", "Tk 3,782 crore"), and a giver's phrase before or after it.
var (
	amountPattern   = `(?:[a-z]{1,3}\$?\s?|\$|€|£)?\d[\d.,]*(?:\s(?:million|billion|trillion|crore|lakh))?`
	amountNext      = regexp.MustCompile(`^` + amountPattern)
	amountLast      = regexp.MustCompile(amountPattern + `$`)
	giverThenAmount = regexp.MustCompile(`^ (from|by|for|to) [^,;:()]{1,60}? and ` + amountPattern + ` (from|by|for|to) `)
	amountThenGiver = regexp.MustCompile(amountPattern + ` (from|by|for|to) [^,;:()]{1,60} and $`)
)

// comparisonBase reports a figure given as what another is measured against
// ("about 11 percent lower than the 320 billion koruna deficit in the draft"):
// a second measure, often of another time or plan, no reading of the first.
func comparisonBase(f *claims.Fact) bool {
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-20), f.Span.Start))
	for _, c := range []string{"than the ", "than a ", "than its ", "than their ", "compared with the ", "compared to the "} {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	return false
}

// colonListPart reports an amount listed after a colon that closes a larger
// total of its unit in the same sentence: "won orders for 23 vessels in
// January-March: nine LNG carriers, eight container ships, …". The part
// names a kind of the total's things ("container ships" of "vessels"), so
// its key may differ from the total's.
func colonListPart(p *Pass, f *claims.Fact) bool {
	if f.Doc == nil || f.Quantity == nil || f.Quantity.Unit != "count" || f.Sentence.Start < 0 || f.Span.Start > len(f.Doc.Text) {
		return false
	}
	before := f.Doc.Text[f.Sentence.Start:f.Span.Start]
	colon := strings.LastIndexByte(before, ':')
	if colon < 0 || strings.ContainsAny(before[colon:], ";") {
		return false
	}
	colon += f.Sentence.Start
	// The total is a count shortly before the colon that exceeds every count
	// listed after it: "evacuated about 1,800 residents from three villages
	// around the plant: 740 from Asgani, …" lists parts of the 1,800, not of
	// the three.
	total, largest := 0.0, 0.0
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != f.Doc || g.Sentence != f.Sentence || g.Quantity == nil || g.Quantity.Unit != "count" {
			continue
		}
		switch {
		case g.Span.End <= colon && colon-g.Span.End <= 60:
			total = max(total, g.Quantity.Value)
		case g.Span.Start > colon:
			largest = max(largest, g.Quantity.Value)
		}
	}
	return total > largest
}

// subjectNames maps the folded subjects of ms to one name per person or body:
// a leading role is dropped ("striker mateus conceicao") and a name that ends
// another ("conceicao", "mateus conceicao") is that one.
func subjectNames(ms []member) map[string]string {
	out := map[string]string{}
	var names []string
	for _, m := range ms {
		s := foldSubject(m.f.Subject)
		if _, ok := out[s]; !ok {
			out[s] = claims.WithoutRole(s)
			names = append(names, out[s])
		}
	}
	for s, n := range out {
		best := n
		for _, o := range names {
			if len(o) > len(best) && strings.HasSuffix(o, " "+n) && !strings.HasSuffix(o, " and "+n) { // "guayas and el oro" is no "el oro"
				best = o
			}
		}
		out[s] = best
	}
	// "the building's 144 flats" and "The block, which had 114 flats": an
	// owner named only by a common noun is the story's one building, firm or
	// city, which a source that names no owner counts too. Two such nouns
	// stay apart ("the city's" and "the company's").
	if _, bare := out[""]; bare {
		var generic []string
		for s := range out {
			if genericOwner(s) {
				generic = append(generic, s)
			}
		}
		if len(generic) == 1 {
			out[generic[0]] = ""
		}
	}
	namedKinds(ms, out)
	return out
}

// namedKinds maps an owner named only by a common noun to the one name that a
// source gives as a thing of that kind: "the reservoir's roughly 25 million
// cubic metres" is the "Kyun Pin reservoir" of another source.
func namedKinds(ms []member, out map[string]string) {
	kinds := map[string]string{}
	for s, n := range out {
		if s != n || !genericOwner(s) {
			continue
		}
		found := ""
		for _, m := range ms {
			o := out[foldSubject(m.f.Subject)]
			if o == "" || genericOwner(o) || o == found ||
				!strings.Contains(textnorm.Fold(m.f.SentenceText()), o+" "+s) {
				continue
			}
			if found != "" {
				found = ""
				break
			}
			found = o
		}
		if found != "" {
			kinds[s] = found
		}
	}
	for s, n := range kinds {
		out[s] = n
	}
}

// subjectInKey returns the one subject of the group that a key with no
// subject places its measure in ("rain in ratnapura gaug mm" beside "its
// Ratnapura station recorded 412 mm"), "" when none or several.
func subjectInKey(key string, subjects map[string]string) string {
	kws := strings.Fields(key)
	found := ""
	for _, n := range subjects {
		ns := strings.Fields(n)
		if len(ns) == 0 || n == found {
			continue
		}
		stem := func(w string) func(string) bool {
			return func(kw string) bool { return kw == w || len(kw) >= 4 && strings.HasPrefix(w, kw) }
		}
		at := slices.IndexFunc(kws, stem(ns[0]))
		all := at > 0 && placePreposition(kws[at-1])
		for _, w := range ns {
			all = all && slices.ContainsFunc(kws, stem(w))
		}
		if all {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// placePreposition reports a preposition that places a measure: "rain in
// Ratnapura", "attendance at Kestrel Park".
func placePreposition(w string) bool {
	return w == "in" || w == "at" || w == "on"
}

// genericOwner reports an owner named by one common noun.
func genericOwner(s string) bool {
	switch s {
	case "building", "block", "tower", "company", "firm", "group", "plant", "factory", "mine", "port", "airline", "bank", "hospital",
		"club", "team", "ship", "vessel", "ferry", "bridge", "dam", "project", "programme", "program", "festival", "event", "race",
		"reservoir", "lake", "hotel", "mall", "market", "stadium", "airport", "station", "refinery", "warehouse", "depot", "train":
		return true
	}
	return false
}

// movingRange reports whether a "from A to B" amount describes a change: a
// change is stated before it in its sentence ("rose 38.6 per cent, from USD 4.4
// billion to USD 6.8 billion", "grew from 12,400 to 18,500").
func movingRange(f *claims.Fact) bool {
	if !fromToRange(f) {
		return false
	}
	before := strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	if strings.ContainsAny(before, "%") || strings.Contains(before, "per cent") || strings.Contains(before, "percent") {
		return true
	}
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return false
	}
	switch strings.Trim(ws[len(ws)-1], ",") {
	case "rose", "risen", "rising", "grew", "grown", "growing", "increased", "fell", "fallen", "falling",
		"dropped", "declined", "jumped", "climbed", "surged", "slipped", "slid", "went", "moved", "up", "down", "expanded", "shrank":
		return true
	}
	return false
}

// positionAway reports a distance that places something from an unnamed
// point ("a bridge about 18 kilometres downstream", "found about nine
// kilometres downstream"), which two sentences rarely share; "upstream of
// Kwamouth" names its point and stays.
func positionAway(f *claims.Fact) bool {
	if f.Quantity == nil || !dimension(f.Quantity.Unit) || f.Quantity.Unit == "storey" || f.Doc == nil || f.Span.End >= f.Sentence.End {
		return false
	}
	ws := strings.Fields(strings.ToLower(f.Doc.Text[f.Span.End:min(f.Sentence.End, f.Span.End+24)]))
	if len(ws) == 0 {
		return false
	}
	if len(ws) > 1 && !strings.ContainsAny(ws[0], ",.;") && (ws[1] == "of" || ws[1] == "from") {
		return false // "some 15 kilometres upstream of Kwamouth": from a named point
	}
	switch strings.Trim(ws[0], ",.;") {
	case "downstream", "upstream", "away", "offshore", "inland", "downriver", "upriver", "north", "south", "east", "west",
		"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return true
	}
	return false
}

// clockAfter matches a clock time right after a figure: " at 4 p.m.", " at
// 10:00", " at noon".
var clockAfter = regexp.MustCompile(`^,? (?:at|by|as of) (?:\d{1,2}(?::\d\d)? ?[ap]\.?m\b|\d{1,2}:\d\d|noon|midday)`)

// risenTo matches a later reading in the rest of the sentence: "it had
// risen to 46.9 percent", "climbed to".
var risenTo = regexp.MustCompile(`\b(?:risen|rose|climbed|grown|grew|reached|fallen|fell|dropped)(?: further)? to \S*\d`)

// interimReading reports a figure read at a clock time that its sentence
// then moves on from: "Turnout stood at 31.8 percent at 4 p.m.; by the time
// polls closed it had risen to 46.9 percent" — the 31.8 is no final figure.
func interimReading(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.End > f.Sentence.End || f.Sentence.End > len(f.Doc.Text) {
		return false
	}
	rest := f.Doc.Text[f.Span.End:f.Sentence.End]
	return clockAfter.MatchString(strings.ToLower(rest)) && risenTo.MatchString(strings.ToLower(rest))
}

// isLevel reports whether f is an amount (a level, not a stated change).
func isLevel(f *claims.Fact) bool {
	if f.Kind != claims.KindQuantity || f.Quantity == nil || f.Doc == nil {
		return false
	}
	return (f.Quantity.Kind == quantity.Amount || f.Quantity.Kind == "") && !exchangeRate(f)
}

// exchangeRate reports whether an amount is a rate of exchange ("at 950 pesos
// per dollar", "an exchange rate of 10.18 kroner per dollar"): each outlet
// converts at a rate of its choosing, checked against its own conversion by
// arithmetic, so a rate is no measure of the story and no part of a total.
func exchangeRate(f *claims.Fact) bool {
	end := min(f.Span.End+40, f.Sentence.End, len(f.Doc.Text))
	if f.Span.End > end {
		return false
	}
	ws := strings.Fields(strings.ToLower(f.Doc.Text[f.Span.End:end]))
	if len(ws) > 0 && quantity.CurrencyName(strings.Trim(ws[0], ",.;:")) {
		ws = ws[1:] // "10.18 kroner per dollar": the amount's own currency
	}
	if len(ws) >= 2 {
		per := ""
		switch ws[0] {
		case "per", "a", "an", "each":
			per = ws[1]
		case "to", "against":
			per = ws[1]
			if (ws[1] == "the" || ws[1] == "one" || ws[1] == "a") && len(ws) >= 3 {
				per = ws[2]
				if (per == "us" || per == "u.s.") && len(ws) >= 4 {
					per = ws[3] // "4.20 ringgit to the US dollar"
				}
			}
		}
		if per != "" && quantity.CurrencyName(strings.Trim(per, ",.;:)")) {
			return true
		}
		if i := slices.Index(ws, per); per != "" && i >= 0 && currencyPhraseAt(ws[i:]) != "" {
			return true // "US$0.725 per Canadian dollar", "15,000 dong to the New Zealand dollar"
		}
	}
	before := strings.ToLower(textOf(f.Doc, max(f.Span.Start-24, f.Sentence.Start), f.Span.Start))
	return strings.HasSuffix(strings.TrimSpace(before), "exchange rate of")
}

// trivialCount reports an exact count of one or two: in news these are mostly
// determiners ("the two sides' localities", "one of the largest"), not measures.
func trivialCount(f *claims.Fact) bool {
	iv := f.Quantity.Interval
	return f.Quantity.Unit == "count" && iv.Lo == iv.Hi && iv.Hi <= 2
}

// measureSets returns, for every maximal key (one no other key of ms extends, keys
// a source tells apart aside), the members whose key matches it and is not told
// apart from it. KeysMatch is not transitive ("local agreement" and "economic
// agreement" both match "agreement"), so each maximal key gets its own set.
func measureSets(ms []member, distinct keyPairs) [][]member {
	var keys []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.f.Key] {
			seen[m.f.Key] = true
			keys = append(keys, m.f.Key)
		}
	}
	var sets [][]member
	for _, k := range keys {
		if extended(k, keys, distinct) {
			continue
		}
		var set []member
		for _, m := range ms {
			if claims.KeysMatch(m.f.Key, k) && !distinct.apart(m.f.Key, k) && (m.f.Quantity.Unit != "h:m:s" || m.f.Key == k) {
				set = append(set, m) // a time taken is one runner's or one record's: its key exactly
			}
		}
		if len(set) > 1 {
			sets = append(sets, set)
		}
	}
	return sets
}

// extended reports whether another key matches k, has more words and is not told
// apart from it.
func extended(k string, keys []string, distinct keyPairs) bool {
	n := len(strings.Fields(k))
	for _, o := range keys {
		if o != k && len(strings.Fields(o)) > n && claims.KeysMatch(k, o) && !distinct.apart(k, o) {
			return true
		}
	}
	return false
}

// comparableGroups splits members by unit, flow, plan, subject and period: only
// members of one group measure the same thing. A figure for a stated period ("in
// the first nine months") and one with none are kept apart too: the period may be
// all that tells them apart.
func comparableGroups(ms []member) [][]member {
	var order []string
	groups := map[string][]member{}
	subjects := subjectNames(ms)
	oneVessel := oneNamedCapacity(ms, subjects)
	for _, m := range ms {
		f := m.f
		flow := f.Flow && !dimension(f.Quantity.Unit) && !capacity(f) // "nearly 90 metres tall … this week": a size has no period, nor a vessel's room
		subject := subjects[foldSubject(f.Subject)]
		if oneVessel && capacity(f) {
			subject = ""
		}
		if subject == "" {
			subject = subjectInKey(f.Key, subjects)
		}
		if subject == "" && f.Quantity.Unit != "count" {
			// "48 millimetres of rain in less than two hours at its Tinghir
			// station": the sentence names the one subject the group has.
			subject = subjectInKey(claims.NormalizeKey(f.SentenceText()), subjects)
		}
		add := func(subject string) {
			k := fmt.Sprintf("%s|%t|%t|%s|%s", f.Quantity.Unit, flow, f.Plan, subject, f.Period)
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], m)
		}
		add(subject)
		if subject == "" {
			// It stays with the figures that name no subject too.
			if n := definiteNounForName(f, subjects); n != "" {
				add(n)
			}
		}
	}
	mergeRecentPeriod(groups, order)
	mergeFlowsOfOneKey(groups, order)
	out := make([][]member, 0, len(order))
	for _, k := range order {
		if len(groups[k]) > 1 {
			out = append(out, groups[k])
		}
	}
	return out
}

// definiteNounForName returns the one named subject of a group for a figure whose
// sentence makes a definite common noun its subject ("the barge had taken on
// some 540,000 litres") in a source that names that subject elsewhere ("Ebitimi
// Star blew up …"): the noun stands for the name, as "The Ebitimi Star was
// carrying about 450,000 litres" says outright.
func definiteNounForName(f *claims.Fact, subjects map[string]string) string {
	named := ""
	for _, n := range subjects {
		if n == "" || genericOwner(n) || n == named {
			continue
		}
		if named != "" {
			return ""
		}
		named = n
	}
	if named == "" || f.Sentence.Start < 0 || f.Span.Start > len(f.Doc.Text) {
		return ""
	}
	before := textOf(f.Doc, f.Sentence.Start, f.Span.Start)
	if i := strings.LastIndexByte(before, ','); i >= 0 {
		before = before[i+1:] // "According to documents seen by X, the barge had taken on"
	}
	ws := strings.Fields(before)
	if len(ws) < 3 || !strings.EqualFold(ws[0], "the") || startsUpper(ws[2]) {
		return "" // "The ferry Marti Yildizi had 221 people on board" names its own
	}
	switch {
	case definiteSubjectNoun(ws[1]):
		if !strings.Contains(textnorm.Fold(f.Doc.Text), named) {
			return ""
		}
	case rank.FirmNoun(ws[1]) && len(ws) == 3:
		// "The company shipped 28,400 tonnes of pepper" in a report whose
		// headline names the firm ("Phúc Hưng Spice posts record 2025"): a
		// firm's story names its plants and units too, so only the firm of
		// the headline.
		if attrib.CountryName(named) != "" || !strings.Contains(" "+textnorm.Fold(f.Doc.Meta.Title)+" ", " "+named+" ") {
			return "" // no country: "Colombia's flower sector employs around 200,000" is no firm's staff
		}
	default:
		return ""
	}
	return named
}

// definiteSubjectNoun reports a common noun that stands for the story's one
// named vehicle when a sentence opens with it ("the barge", "the vessel").
func definiteSubjectNoun(w string) bool {
	switch w {
	case "barge", "boat", "tanker", "plane", "aircraft", "bus", "coach", "truck", "lorry", "vessel", "ship", "ferry", "train":
		return true
	}
	return false // "the company", "the group": a firm's story names its plants and units too
}

// oneNamedCapacity reports capacities of which at most one names its owner:
// "The ferry is licensed to carry 150 passengers" and "the MV Kisiwa Bora was
// licensed to carry 120" give the room of the story's one vessel.
func oneNamedCapacity(ms []member, subjects map[string]string) bool {
	named := ""
	for _, m := range ms {
		if !capacity(m.f) {
			continue
		}
		s := subjects[foldSubject(m.f.Subject)]
		if s != "" && named != "" && s != named {
			return false
		}
		if s != "" {
			named = s
		}
	}
	return true
}

// indefiniteBuildings reports two buildings each introduced as one of many:
// "outside a two-storey building" and "the collapse of a three-storey
// building" after an earthquake are two buildings.
func indefiniteBuildings(a, b *claims.Fact) bool {
	return a.Quantity.Unit == "storey" && b.Quantity.Unit == "storey" &&
		(precededBy(a, "a") || precededBy(a, "an")) && (precededBy(b, "a") || precededBy(b, "an"))
}

// indefiniteOwnerRe matches what ends right before the figure of any one
// thing of a kind: "a factory with ", "one with ", "each plant with ".
var indefiniteOwnerRe = regexp.MustCompile(`(?i)\b(?:a|an|one|any|each|every)(?: [a-z-]+){0,2} with $`)

// indefiniteOwner reports a figure of some one thing of a kind, not of the
// story's: "a crisis for one with 400 workers and two buyers".
func indefiniteOwner(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.Start > len(f.Doc.Text) {
		return false
	}
	return indefiniteOwnerRe.MatchString(f.Doc.Text[max(f.Sentence.Start, f.Span.Start-40):f.Span.Start])
}

// dimension reports a unit of length: a size, never an amount a period adds up.
func dimension(unit string) bool {
	switch unit {
	case "m", "km", "cm", "ft", "mi", "mile", "storey":
		return true
	}
	return false
}

// mergeFlowsOfOneKey joins the counts a sentence's time word marked as
// flows to the group of the same unit, plan and subject without one, when
// neither states a period and every key of the two is one and the same with
// a predicate: "The tournament drew nearly 450 players" and "The
// championship drew 512 players …, up nearly 25% from 410 last year" count
// one field, whatever "last year" marked.
func mergeFlowsOfOneKey(groups map[string][]member, order []string) {
	for _, k := range order {
		ms := groups[k]
		if len(ms) == 0 || !ms[0].f.Flow || ms[0].f.Period != "" || ms[0].f.Quantity.Unit != "count" || !oneKeyWithPredicate(ms, "") {
			continue
		}
		stock := strings.Replace(k, "|true|", "|false|", 1)
		if o := groups[stock]; len(o) > 0 && oneKeyWithPredicate(o, ms[0].f.Key) {
			groups[stock] = append(o, ms...)
			groups[k] = nil
		}
	}
}

// oneKeyWithPredicate reports whether every member has the key key (or the
// first member's, when key is ""), one that says what happened to the
// things counted ("player =drew").
func oneKeyWithPredicate(ms []member, key string) bool {
	if key == "" {
		key = ms[0].f.Key
	}
	if !strings.Contains(key, " =") {
		return false
	}
	for _, m := range ms {
		if m.f.Key != key {
			return false
		}
	}
	return true
}

// periodLag is how long after a period closes a report may give its figure
// without naming the period: "Seafood export earnings climbed to $5.34
// billion", published a week after June, is the first half's.
const periodLag = 45 * 24 * time.Hour

// yearLag is periodLag for a year's figure: annual results are published up
// to three months after the year closes.
const yearLag = 100 * 24 * time.Hour

// runningReading reports figures read "as of" or "as at" a moment.
func runningReading(ms []member) bool {
	for _, m := range ms {
		s := strings.ToLower(textOf(m.f.Doc, m.f.Sentence.Start, m.f.Sentence.End))
		if strings.Contains(s, "as of ") || strings.Contains(s, "as at ") {
			return true
		}
	}
	return false
}

// mergeRecentPeriod moves the members of a group with no stated period into
// the one group of the same measure that states a period, when every such
// member was published after that period closed and within periodLag of it.
func mergeRecentPeriod(groups map[string][]member, order []string) {
	for _, k := range order {
		ms := groups[k]
		if len(ms) == 0 || ms[0].f.Period != "" {
			continue
		}
		target := periodGroup(groups, order, k, sameMeasureGroup)
		if target == "" {
			// "389mm of rain that fell on Segamat in the 24 hours to 8am last
			// Tuesday" names no subject the extractor read, but its sentence
			// names the subject of the one group that states a period.
			if o := periodGroup(groups, order, k, anySubjectGroup); o != "" && allName(ms, strings.Split(o, "|")[3]) {
				target = o
			}
		}
		if target == "" {
			continue
		}
		start, end, ok := parsePeriod(groups[target][0].f.Period)
		if !ok || end.Sub(start) < 7*24*time.Hour && runningReading(groups[target]) {
			// "farm losses at 2.36 billion pesos as of Monday morning": a running
			// figure read on a day, which a later report may have moved on from
			// ("in the 24 hours to 8.30 am on Tuesday" is a closed window).
			continue
		}
		lag := periodLag
		if end.Sub(start) >= 365*24*time.Hour {
			lag = yearLag // annual results come out two or three months after the year
		}
		recent := ms[0].f.Quantity.Unit != "count" // a count is as often a stock as a flow
		for _, m := range ms {
			pub := m.f.Doc.Meta.Published
			if pub.IsZero() || pub.Before(end) || pub.Sub(end) > lag || namesTime(m.f) {
				recent = false
				break
			}
		}
		if recent {
			groups[target] = append(groups[target], ms...)
			groups[k] = nil
		}
	}
}

// periodGroup returns the one group that states a period and measures what
// group k does by same, "" when none or groups of two periods.
func periodGroup(groups map[string][]member, order []string, k string, same func(a, b string) bool) string {
	target := ""
	for _, o := range order {
		if o == k || len(groups[o]) == 0 || groups[o][0].f.Period == "" || !same(k, o) {
			continue
		}
		if target != "" && groups[target][0].f.Period != groups[o][0].f.Period {
			return "" // two periods: no telling which one the bare figure is
		}
		target = o
	}
	return target
}

// allName reports whether the sentence of every member names subject, a
// folded name.
func allName(ms []member, subject string) bool {
	for _, m := range ms {
		words := strings.FieldsFunc(textnorm.Fold(m.f.SentenceText()), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if subject == "" || !strings.Contains(" "+strings.Join(words, " ")+" ", " "+subject+" ") {
			return false
		}
	}
	return true
}

// anySubjectGroup reports whether group a, of no subject, measures what group
// b of any subject does.
func anySubjectGroup(a, b string) bool {
	pa, pb := strings.Split(a, "|"), strings.Split(b, "|")
	return len(pa) == 5 && len(pb) == 5 && pa[0] == pb[0] && pa[2] == pb[2] && pa[3] == ""
}

// namesTime reports whether f's sentence speaks of some span of time that
// the extractor did not read as the figure's period ("the second-quarter
// results … showed revenue of …"): then the bare figure may be that span's.
func namesTime(f *claims.Fact) bool {
	s := textnorm.LowerKeepOffsets(f.SentenceText()) // offsets into the sentence hold in s
	if at := f.Span.End - f.Sentence.Start; at > 0 && at <= len(s) {
		// "$412 million, against $298 million in the first quarter of
		// 2025": the time named after a comparison is the other figure's.
		for _, cue := range []string{" against ", " compared with ", " compared to ", " up from ", " down from ", " versus "} {
			if i := strings.Index(s[at:], cue); i >= 0 {
				s = s[:at+i]
			}
		}
	}
	for _, w := range []string{"quarter", "half", "month", "week", "year", "annual", "daily", "season", "q1", "q2", "q3", "q4",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sameMeasureGroup reports whether two comparableGroups keys differ only in
// flow and period.
func sameMeasureGroup(a, b string) bool {
	pa, pb := strings.Split(a, "|"), strings.Split(b, "|")
	return len(pa) == 5 && len(pb) == 5 && pa[0] == pb[0] && pa[2] == pb[2] && pa[3] == pb[3]
}

// checkLevels reports conflicts among members of the same moment (undated members
// join every moment) and changes between consecutive moments. Members of a group
// share one period: a stated period is itself the moment, so its figures are only
// ever compared, never read as a change. A running total moves every day, so its
// figures are of one moment only when published on the same day.
func checkLevels(p *Pass, ms []member, distinct keyPairs, done map[pairKey]bool) {
	toDate := ongoingPeriods(ms)
	if ms[0].f.Period != "" && !toDate || ms[0].f.Quantity.Unit == "h:m:s" || dimension(ms[0].f.Quantity.Unit) && !anyCumulative(ms) ||
		strings.HasSuffix(ms[0].f.Key, " =finish") || fixedMeasure(ms[0].f) {
		// A time run is fixed once run, and a length or height does not grow
		// between reports ("seven-storey", "five-storey"); nor do a race's
		// finishers once it is over: never a change.
		reportConflicts(p, ms, distinct, done)
		return
	}
	if peaks := peakReadings(ms); len(peaks) >= 2 {
		reportConflicts(p, peaks, distinct, done) // "at its height": one moment, whatever day reports it
	}
	for _, g := range tollsAtOneMoment(p, ms) {
		// "By Tuesday morning 32 deaths had been confirmed" and "As of 8
		// a.m. on Tuesday, 23 people had been confirmed dead": one reading.
		reportConflicts(p, g, distinct, done)
	}
	for _, g := range eventsOfOneDay(p, ms) {
		// "38 flights were cancelled on Monday" and "83 flights were cancelled
		// on Monday alone": one day's events, counted once.
		reportConflicts(p, g, distinct, done)
	}
	for _, g := range votesOfOneDay(p, ms) {
		// "passed the bill on Thursday by 183 votes to 87" and "approval …
		// last Thursday, by 183 votes to 78": one division, counted once.
		reportConflicts(p, g, distinct, done)
	}
	window := sameTimeWindow
	if (anyCumulative(ms) || toDate || runningToll(ms[0].f.Key) || currentState(ms[0].f.Key)) && !allPlans(ms) {
		// A running total or a toll moves from one day to the next, and so do
		// the patients in serious condition; a plan does not.
		window = 0
	}
	dates, byDate, undated := dateBucketsWithin(ms, window)
	if len(dates) == 0 {
		reportConflicts(p, undated, distinct, done)
		return
	}
	var prev *member
	for _, d := range dates {
		reportConflicts(p, append(append([]member(nil), byDate[d]...), undated...), distinct, done)
		cs := clusterize(byDate[d])
		mi, ok := strictMajority(cs)
		if !ok {
			// Sources of this moment disagree evenly (reported above): no figure of
			// it can start or end a change.
			prev = nil
			continue
		}
		rep := cs[mi].ms[0]
		// A plan with no stated period is dated by its target, not by the day it was
		// published: two plans of different dates are two targets, not a change.
		if prev != nil && !rep.f.Plan && !prev.iv.Overlaps(rep.iv) && apart(prev.f, rep.f) && !distinct.apart(prev.f.Key, rep.f.Key) &&
			claims.KeysMatch(prev.f.Key, rep.f.Key) {
			reportChange(p, *prev, rep, done)
		}
		prev = &rep
	}
}

// capacity reports a count of the room a vessel, hall or building is granted
// or built for ("licensed to carry 150 passengers", "a capacity of 150"): a
// fixed property, which no report of a later day changes.
func capacity(f *claims.Fact) bool {
	return f.Key == "capac" || strings.HasPrefix(f.Key, "capac ")
}

// fixedMeasure reports a measure no later day changes: a vessel's room, or an
// earthquake's magnitude ("a magnitude 6.4 earthquake" on the day the search
// ended is the quake of three days before).
// The largest of a series so far is no fixed measure: "the strongest a
// magnitude 4.9" may be outdone by the next aftershock.
func fixedMeasure(f *claims.Fact) bool {
	if capacity(f) {
		return true
	}
	if !strings.HasSuffix(f.Key, " =magnitud") {
		return false
	}
	before := strings.ToLower(f.Doc.Text[max(f.Sentence.Start, f.Span.Start-40):f.Span.Start])
	for _, w := range []string{"largest", "strongest", "biggest", "most powerful"} {
		if strings.Contains(before, w) {
			return false
		}
	}
	return true
}

// ongoingPeriods reports members of one stated period that had not ended
// when any of them was published, in sources of different days: "the number
// of hospitalisations this year" is a total to date, which each day's report
// gives anew ("48,215" on Monday, "57,460" on Sunday).
func ongoingPeriods(ms []member) bool {
	days := map[time.Time]bool{}
	for _, m := range ms {
		_, to, ok := parsePeriod(m.f.Period)
		pub := dateOf(m.f)
		if !ok || m.f.Period != ms[0].f.Period || pub.IsZero() || !to.After(pub) || m.f.Plan {
			return false
		}
		if h := m.f.Quantity.Hedge; h == "fewer than" || h == "up to" {
			return false // "had to cost less than 500 cedis this year": a limit, not a total
		}
		days[pub] = true
	}
	return len(days) > 1
}

// peakReadings returns the members read at the height of an event ("At its
// height, about 214,000 customers were without electricity", "a peak of
// 212,400"): a peak is passed once, so reports of different days give it alike.
func peakReadings(ms []member) []member {
	var out []member
	for _, m := range ms {
		before := strings.ToLower(textOf(m.f.Doc, max(m.f.Sentence.Start, m.f.Span.Start-60), m.f.Span.Start))
		for _, cue := range []string{"at its height", "at the height", "at its peak", "at the peak", "peak of", "peaked at"} {
			if strings.Contains(before, cue) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// allPlans reports whether every member is a plan or target.
func allPlans(ms []member) bool {
	for _, m := range ms {
		if !m.f.Plan {
			return false
		}
	}
	return true
}

// maxClusters is the most groups of agreeing figures one measure may have at one
// moment before the rule stops reading them as a disagreement.
const maxClusters = 3

// reportConflicts clusters agreeing members of one moment and reports each pair of
// clusters that do not overlap once: the smaller cluster's figure against the
// larger's (in document order when they are the same size), with the other
// members of both listed after them.
func reportConflicts(p *Pass, ms []member, distinct keyPairs, done map[pairKey]bool) {
	if len(ms) < 2 {
		return
	}
	cs := clusterize(ms)
	if len(cs) > maxClusters {
		// Many different values for one measure at one moment say the key lumps
		// different things together (seats of several parties, several kinds of
		// houses), not that the sources disagree: say nothing rather than guess.
		return
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			odd, maj := cs[i], cs[j]
			if len(odd.ms) > len(maj.ms) {
				odd, maj = maj, odd
			}
			reportClusterPair(p, odd, maj, distinct, done)
		}
	}
}

// reportClusterPair reports the first pair of members, one of each cluster, that
// stand apart, do not overlap and whose keys no source tells apart.
func reportClusterPair(p *Pass, odd, maj *cluster, distinct keyPairs, done map[pairKey]bool) {
	for _, o := range odd.ms {
		for _, r := range maj.ms {
			if !apart(o.f, r.f) || o.iv.Overlaps(r.iv) || distinct.apart(o.f.Key, r.f.Key) || !claims.KeysMatch(o.f.Key, r.f.Key) || farApart(o, r) || datedApart(p, o.f, r.f) && !dimension(o.f.Quantity.Unit) && !fixedMeasure(o.f) ||
				statesBoth(p, o, r) || nearFloors(o.f, r.f) || unownedPart(o.f) && unownedPart(r.f) || ownersUnknown(o.f, r.f) ||
				pricesOfTwoDays(p, o.f, r.f) || readingsOfTwoPlaces(o.f, r.f) || indefiniteBuildings(o.f, r.f) || indefiniteOwner(o.f) || indefiniteOwner(r.f) ||
				toldMoved(o, r) || toldMoved(r, o) || listsAlso(p, o.f, r) || listsAlso(p, r.f, o) || otherRaces(o.f, r.f) || otherMatches(o.f, r.f) || givesAlso(p, o.f, r.f) || givesAlso(p, r.f, o.f) || splitMark(o.f) != splitMark(r.f) {
				// datedApart: "640,000 … on Friday" against "1.1 million … on
				// Thursday" are two moments. Keys that meet only through a third
				// ("attendance at match" and "attendance at semifin" through "sell out
				// attendance") are two measures.
				continue
			}
			k := newPairKey(o.f, r.f)
			if done[k] {
				return
			}
			done[k] = true
			p.Report(conflictFinding(o, r, odd, maj))
			return
		}
	}
}

// pricesOfTwoDays reports two market prices (a share's, a contract's) that
// the text does not date to one day: "closed unchanged at RM3.23 before the
// announcement" and "rose 6.8% to RM3.45 on Wednesday" are two days' closes.
func pricesOfTwoDays(p *Pass, a, b *claims.Fact) bool {
	if !marketPrice(a) || !marketPrice(b) || !tradedKey(a.Key) || !tradedKey(b.Key) {
		return false // a deal's price is set once, whatever day reports it
	}
	da, db := sentenceDay(p, a), sentenceDay(p, b)
	return da == nil || db == nil || !da.From.Equal(db.From)
}

// tradedKey reports a key of something traded every day: a share, a stock,
// a close, a futures contract.
func tradedKey(key string) bool {
	for _, w := range strings.Fields(key) {
		switch w {
		case "share", "stock", "close", "closed", "futur", "contract":
			return true
		}
	}
	return false
}

// ownersUnknown reports two targets whose owner is not known to be one: a
// goal belongs to whoever set it ("the association's full-year target of $27
// billion" and "the VITAS full-year target of $47 billion" are two
// associations'; "the two sides have set a goal of $20 billion by 2030" may be
// another pair of countries' than "a goal of $5 billion"). Only targets with
// one stated subject are compared.
func ownersUnknown(a, b *claims.Fact) bool {
	if !a.Plan || !b.Plan || !targetKey(a.Key) || !targetKey(b.Key) {
		return false
	}
	return a.Subject == "" || foldSubject(a.Subject) != foldSubject(b.Subject)
}

// targetKey reports a key whose measure is a target itself ("full year target
// usd", "set goal usd").
func targetKey(key string) bool {
	for _, w := range strings.Fields(key) {
		switch w {
		case "target", "goal", "aim", "object", "ambit":
			return true
		}
	}
	return false
}

// nearFloorRatio is how far apart two floors ("at least 223", "at least
// 230") may lie and both hold: the toll a running story gives rises by that
// much between reports, and neither says the other is wrong.
const nearFloorRatio = 1.1

// nearFloors reports whether both figures are floors ("at least", "over",
// "more than") close enough to be one count stated as it rose; far apart
// ("over 110" and "more than ten") they still disagree.
func nearFloors(a, b *claims.Fact) bool {
	floor := func(f *claims.Fact) bool {
		return f.Quantity.Hedge == "at least" || f.Quantity.Hedge == "over"
	}
	lo, hi := a.Quantity.Value, b.Quantity.Value
	if lo > hi {
		lo, hi = hi, lo
	}
	return floor(a) && floor(b) && lo > 0 && hi <= nearFloorRatio*lo
}

// unownedPart reports a count of some of a group that says neither whose
// group it is nor what the part did beyond the sentence ("Four of the nine
// survivors were taken to hospital", "Three of the survivors remain in
// hospital"): two such parts are two subsets, not one figure told twice.
func unownedPart(f *claims.Fact) bool {
	if f.Subject != "" || f.Quantity.Unit != "count" || strings.Contains(f.Key, "=") {
		return false
	}
	after := strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+12, f.Sentence.End)))
	return strings.HasPrefix(after, " of the ") || strings.HasPrefix(after, " of them") || strings.HasPrefix(after, " of those")
}

// statesBoth reports whether the source of either figure also gives the
// other under the same key: two outlets that both write "11 new projects"
// (property) and "119 new projects" (retail) agree on two measures the key
// does not tell apart; neither contradicts the other's second figure.
func statesBoth(p *Pass, a, b member) bool {
	return statesAlso(p, a.f, b) || statesAlso(p, b.f, a)
}

// splitMarkRe finds a split of a long race: "at the 12-hour mark", "at the
// 100-kilometre mark", "at halfway"; or the standings part of the way through
// an event of several runs: "after the second heat", "is third on 1:53.31".
var splitMarkRe = regexp.MustCompile(`(?i)\bat the \d+[- ](?:hour|kilometre|kilometer|km|mile)[- ]mark\b|\bat halfway\b|\bat the halfway (?:mark|point)\b|` +
	`\b(?:after|through) (?:two|three|four|the (?:first|second|third|opening) (?:two |three )?)(?:heats?|runs?|rounds?|legs?|stages?|races?|days?)\b|` +
	`\b(?:is|are|lies|sits|stands) (?:first|second|third|fourth|fifth|sixth|[0-9]+(?:st|nd|rd|th)) on [0-9]+:[0-9]`)

// splitMark reports a figure whose sentence reads it at a split of a race:
// "146.2 km on the clock at the 12-hour mark" is no finish.
func splitMark(f *claims.Fact) bool {
	return f.Doc != nil && splitMarkRe.MatchString(f.SentenceText())
}

// otherRaces reports two times whose races the nearest distance before each
// names differently: "the 400m freestyle … in 3:48.12" and "the 200m
// breaststroke in 2:24.87".
func otherRaces(a, b *claims.Fact) bool {
	if a.Quantity == nil || a.Quantity.Unit != "h:m:s" || b.Quantity == nil {
		return false
	}
	if x, y := a.Quantity.Value, b.Quantity.Value; x > 0 && y > 0 && max(x, y) > 1.5*min(x, y) {
		return true // "Bakken 18:55.0" and the relay's "1:12:48.6": a leg and the whole, or two distances
	}
	da, db := distanceBefore(a), distanceBefore(b)
	return da != "" && db != "" && da != db
}

// otherMatches reports two figures whose sentences each give a match's
// result and share none: "Japan swept Canada 25-18, 25-22, 26-24, with
// Ishizaki scoring 18 points" and "beating Brazil 25-22, 19-25, 25-21, 25-23
// …, with Ishizaki scoring 26 points" tell two matches, each with its own
// tally.
func otherMatches(a, b *claims.Fact) bool {
	if a.Doc == nil || b.Doc == nil {
		return false
	}
	sa, sb := matchScores(a.SentenceText()), matchScores(b.SentenceText())
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, x := range sa {
		if slices.Contains(sb, x) {
			return false
		}
	}
	return true
}

// singleScoreRe matches one match score with a result word before it: "beat
// Laos 2-1", "a 3-1 win" (the word after), "drew 1-1".
var singleScoreRe = regexp.MustCompile(`(?i)\b(?:beat|beating|won|drew|lost|defeated|edged|thrashed|swept)\b[^.;]{0,40}?\b(\d{1,2}[-–]\d{1,2})\b|\b(\d{1,2}[-–]\d{1,2}) (?:win|victory|defeat|draw|loss)\b`)

// matchScores returns the score lines and single match scores of a sentence.
func matchScores(s string) []string {
	out := scoreLineRe.FindAllString(s, -1)
	for _, m := range singleScoreRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}

// distanceBefore returns the race distance written nearest before f in its
// sentence, written one way ("400m", "10km"), "" when none is.
func distanceBefore(f *claims.Fact) string {
	if f.Doc == nil || f.Sentence.Start > f.Span.Start || f.Span.Start > len(f.Doc.Text) {
		return ""
	}
	ms := groupedDistanceRe.FindAllString(f.Doc.Text[f.Sentence.Start:f.Span.Start], -1)
	if len(ms) == 0 {
		return ""
	}
	return canonDistance(strings.NewReplacer(" ", "", ",", "").Replace(ms[len(ms)-1])) // "the women's 3,000 metres" is 3000m, not 000m
}

// groupedDistanceRe is distanceRe with thousands grouped by commas: "3,000
// metres", "5,000m".
var groupedDistanceRe = regexp.MustCompile(`\b(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:x\d+)?[\s-]?(?:m|metres|meters|metre|meter|km|kilometres|kilometers|kilometre|kilometer)\b`)

// listsAlso reports whether f's sentence lists, beside f, a figure of f's
// unit equal to m's: "six stages of 10 km, 5 km, 11.5 km, 6 km, 4.5 km and
// 5.195 km" holds "the 4.5 km fifth stage" however the keys of its items read.
func listsAlso(p *Pass, f *claims.Fact, m member) bool {
	if f.Doc == m.f.Doc || f.Quantity == nil {
		return false
	}
	n := 0
	found := false
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != f.Doc || g.Sentence != f.Sentence || g.Quantity == nil {
			continue
		}
		v := g.Quantity.Value
		if g.Quantity.Unit != f.Quantity.Unit {
			cv := g.Quantity.Conversion // "cashew nuts at 12,300 tonnes ($78 million)": the dollars are the bracket's
			if cv == nil || cv.Unit != f.Quantity.Unit {
				continue
			}
			v = cv.Value
		}
		n++
		if g != f && v == m.f.Quantity.Value && m.f.Quantity.Hedge == "" {
			found = true
		}
	}
	return found && n >= 3
}

// statesAlso reports whether f's source gives, under f's key and unit, a
// figure other than f that overlaps m.
func statesAlso(p *Pass, f *claims.Fact, m member) bool {
	if f.Doc == m.f.Doc {
		return false
	}
	for _, g := range p.Index.Head(claims.Head(f.Key)) {
		if g == f || g.Doc != f.Doc || g.Key != f.Key && !comparisonBase(g) || g.Quantity == nil || g.Quantity.Unit != f.Quantity.Unit || !isLevel(g) {
			continue // a figure the source compares with ("quicker than the 6:09.30 they clocked in the heat") it knows too
		}
		if g.Period != "" && f.Period != "" && g.Period != f.Period {
			continue // "between 44 and 46 degrees" on Friday is no other figure of Sunday's reading
		}
		if iv := intervalOf(g.Quantity, p.Config); validInterval(iv) && iv.Overlaps(m.iv) {
			return true
		}
	}
	return false
}

// maximaAsStated reads figures hedged "up to" as the maximum they state
// when two or more of a group are: "up to 142 nanograms per tablet" and "up
// to 124 nanograms" both give the highest reading, and disagree, though as
// bounds they overlap. Members are copied, not changed in place.
func maximaAsStated(ms []member) []member {
	n := 0
	for _, m := range ms {
		if maxHedge(m.f) {
			n++
		}
	}
	if n < 2 {
		return ms
	}
	out := append([]member(nil), ms...)
	for i, m := range out {
		if maxHedge(m.f) {
			v := m.f.Quantity.Value
			out[i].iv = quantity.Interval{Lo: v, Hi: v}
		}
	}
	return out
}

// toldMoved reports a figure its source says moved to its value from where
// the other figure stands, in a report no earlier than the other's ("its
// winds had eased to 150 km/h" after "sustained winds of 185 kilometres per
// hour"): two moments of one measure, told as such.
func toldMoved(m, other member) bool {
	d := movedTo(m.f)
	if m.f.Period != "" || other.f.Period != "" {
		return false // "rose to more than $5.4 billion in the first half": a period's flow against last year's
	}
	return (d < 0 && m.iv.Hi < other.iv.Lo || d > 0 && m.iv.Lo > other.iv.Hi) && m.f.Doc != nil && other.f.Doc != nil &&
		!m.f.Doc.Meta.Published.Before(other.f.Doc.Meta.Published)
}

// maxHedge reports a figure stated as a maximum ("up to", "as many as").
func maxHedge(f *claims.Fact) bool {
	return f.Quantity.Hedge == "up to" || f.Quantity.Hedge == "as many as"
}

// farApartRatio is how far apart two figures under different keys may be
// and still be read as one measure told two ways.
const farApartRatio = 3

// farApart reports whether two figures whose keys differ (one names more
// than the other: "average price" and "average rice export price", "the 20
// football matches" and "matches") lie so far apart that the general one is
// another thing: a misreported figure is a slip of a digit or two, not a
// figure three times as large. A slip of scale ("USD 8 million" for "USD 8
// billion": the same digits) is still one measure.
func farApart(a, b member) bool {
	// One key is one measure, unless it is a bare noun with no subject ("14.1
	// million bags" produced in a year, "about 310,000 bags" shipped in a week):
	// that names what is counted, not which count.
	if a.f.Key == b.f.Key && !(vagueWithinSource(a.f) && vagueWithinSource(b.f)) {
		return false
	}
	lo, hi := a.f.Quantity.Value, b.f.Quantity.Value
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo <= 0 || hi < farApartRatio*lo {
		return false
	}
	return !digitSlip(lo, hi)
}

// digitSlip reports whether two values are one number miswritten: the same
// digits at another scale ("8 million" for "8 billion"), one digit dropped
// ("ten" for "110"), or two neighbouring digits swapped ("81" for "18").
func digitSlip(a, b float64) bool {
	if r := math.Log10(b / a); math.Abs(r-math.Round(r)) < 0.01 {
		return true
	}
	da, db := strconv.FormatFloat(a, 'f', -1, 64), strconv.FormatFloat(b, 'f', -1, 64)
	if swappedNeighbours(da, db) {
		return true // "81 kilometres" for "18"
	}
	if len(da) > len(db) {
		da, db = db, da
	}
	if len(db) != len(da)+1 {
		return false
	}
	for i := range len(db) {
		if db[:i]+db[i+1:] == da {
			return true
		}
	}
	return false
}

// conflictFinding writes the finding for odd figure o against r, listing the
// other members of r's cluster that also contradict o, then the other members of
// o's cluster that also contradict r.
func conflictFinding(o, r member, odd, maj *cluster) Finding {
	msg := fmt.Sprintf("%s vs %s: %s and %s do not overlap", Quote(o.f), QuoteAt(r.f),
		FormatIntervalIn(o.shown(), o.f.Quantity.Unit), FormatIntervalIn(r.shown(), r.f.Quantity.Unit))
	if neighbourSlip(o.f, r.f) {
		msg += "; the same digits with two neighbours swapped: one is likely mistyped"
	}
	cl := []Claim{ClaimOf(o.f), ClaimOf(r.f)}
	var also []string
	for _, m := range maj.ms {
		if m.f != r.f && apart(m.f, o.f) && !m.iv.Overlaps(o.iv) {
			cl = append(cl, ClaimOf(m.f))
			also = append(also, Where(m.f))
		}
	}
	if len(also) > 0 {
		msg += "; the latter is also stated at " + strings.Join(also, ", ")
	}
	for _, m := range odd.ms {
		if m.f != o.f && apart(m.f, r.f) && !m.iv.Overlaps(r.iv) {
			cl = append(cl, ClaimOf(m.f))
		}
	}
	return Finding{Message: msg, Claims: cl}
}

// tollsAtOneMoment groups the death tolls of ms by the day and part of the
// day their sentences read them at ("As of 8 a.m. on Tuesday", "By Tuesday
// morning"), keeping the moments that two sources or more report: a toll
// read at one moment is one figure, whichever day a source is published.
func tollsAtOneMoment(p *Pass, ms []member) [][]member {
	return groupsOfOneMoment(ms, func(m member) (string, bool) {
		if !deathToll(m.f.Key) || m.f.Quantity == nil || m.f.Quantity.Unit != "count" {
			return "", false
		}
		part := dayPart(m.f)
		day, ok := statedDay(p, m.f)
		return day.Format("2006-01-02") + " " + part, ok && part != ""
	})
}

// dayPart returns the part of the day a toll's sentence reads it at, "am" or
// "pm", when the sentence gives it as a reading up to then ("As of 8 a.m. on
// Tuesday", "By Tuesday morning"); "" otherwise.
func dayPart(f *claims.Fact) string {
	s := strings.ToLower(f.SentenceText())
	if !strings.Contains(s, "as of ") && !strings.Contains(s, "by ") {
		return ""
	}
	am := strings.Contains(s, " morning") || strings.Contains(s, " a.m.") || strings.Contains(s, "am on ")
	pm := strings.Contains(s, " evening") || strings.Contains(s, " night") || strings.Contains(s, " p.m.") || strings.Contains(s, "pm on ")
	switch {
	case am && !pm:
		return "am"
	case pm && !am:
		return "pm"
	}
	return ""
}

// votesOfOneDay groups the vote tallies of ms by the day their sentences
// give, keeping the days that two sources or more report: a division is
// counted once, whichever day a source is published.
func votesOfOneDay(p *Pass, ms []member) [][]member {
	return groupsOfOneMoment(ms, func(m member) (string, bool) {
		if m.f.Key != "vote" && m.f.Key != "vote against" {
			return "", false
		}
		day, ok := statedDay(p, m.f)
		return day.Format("2006-01-02"), ok
	})
}

// eventsOfOneDay groups the counts of ms that tell what happened on one past
// day ("38 flights were cancelled on Monday") by that day, keeping the days
// that two sources or more report. The day must follow the figure after "on",
// in its clause, and the count must be of an act (a keyed verb), not a toll: a
// toll read "on Saturday" may be the day of the quake, which later reports
// count higher.
func eventsOfOneDay(p *Pass, ms []member) [][]member {
	return groupsOfOneMoment(ms, func(m member) (string, bool) {
		f := m.f
		if deathToll(f.Key) || f.Quantity == nil || f.Quantity.Unit != "count" || !strings.Contains(f.Key, "=") || cumulative(f) {
			return "", false
		}
		for _, d := range p.Index.Kind(claims.KindDate) {
			x := d.Date
			if d.Doc != f.Doc || d.Sentence != f.Sentence || d.Span.Start < f.Span.End || x == nil || !x.Resolved ||
				x.Granularity != dates.Day || x.From.After(dateOf(f)) {
				continue
			}
			between := strings.ToLower(textOf(f.Doc, f.Span.End, d.Span.Start))
			if len(between) > 60 || !strings.HasSuffix(between, " on ") || strings.ContainsAny(between, ",;") ||
				strings.Contains(between, " by ") || strings.Contains(between, " said") || strings.Contains(between, " told") {
				return "", false
			}
			after := strings.ToLower(textOf(f.Doc, d.Span.End, min(d.Sentence.End, d.Span.End+10)))
			for _, joint := range []string{" and ", " or ", " to ", " through ", "-", "–", " until "} {
				if strings.HasPrefix(after, joint) {
					return "", false // "on Monday and Tuesday": a count of two days
				}
			}
			return x.From.Format("2006-01-02"), true
		}
		return "", false
	})
}

// statedDay returns the day f's sentence gives it, when that is a whole day
// no later than the report.
func statedDay(p *Pass, f *claims.Fact) (time.Time, bool) {
	d := sentenceDay(p, f)
	if d == nil || d.Granularity != dates.Day || d.From.After(dateOf(f)) {
		return time.Time{}, false
	}
	return d.From, true
}

// groupsOfOneMoment groups ms by the moment at gives each (members it gives
// none stay out), in the order the moments first appear, and keeps the
// groups that two sources or more fill.
func groupsOfOneMoment(ms []member, at func(member) (string, bool)) [][]member {
	byMoment := map[string][]member{}
	var order []string
	for _, m := range ms {
		k, ok := at(m)
		if !ok {
			continue
		}
		if _, seen := byMoment[k]; !seen {
			order = append(order, k)
		}
		byMoment[k] = append(byMoment[k], m)
	}
	var out [][]member
	for _, k := range order {
		g := byMoment[k]
		for _, m := range g[1:] {
			if m.f.Doc != g[0].f.Doc {
				out = append(out, g)
				break
			}
		}
	}
	return out
}
