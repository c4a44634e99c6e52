package claims

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// timeUnits are the units of durations, which are not compared as amounts.
var timeUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "hour": true,
	"minute": true, "second": true}

// periodOf returns the period a figure at [start, end) of sent covers: the nearest
// date of its own clause that spans a month or more ("… 1.2 billion in the first
// six months of 2025"), or of an opening adverbial that governs the whole sentence
// ("In 2023, there were 40 delegations"), formatted "from/to". Dates in other
// clauses ("Bao, who took office in October, said …") and day dates (events, not
// periods) do not count.
func periodOf(ds []dates.Date, w words, start, end int) string {
	sent := w.text
	cs, ce := clauseAround(sent, start, end)
	opening := strings.IndexAny(sent, ",;:")
	best, dist := "", -1
	for _, d := range ds {
		// A day dates an event, not a period, unless an opening adverbial gives it
		// to the whole sentence ("On Monday's preliminary count, … had 51 seats").
		opens := opening > 0 && d.End <= opening && len(strings.Fields(sent[:d.Start])) <= 3
		if !d.Resolved || (d.Granularity == dates.Day || d.Granularity == dates.Week) && !opens {
			continue
		}
		if since := strings.LastIndex(sent[:d.Start], "since "); since >= 0 && d.Start-since < 30 && len(strings.Fields(sent[since:d.Start])) >= 3 {
			continue // "the highest since records began in 1951": the start of a record, not the period
		}
		if d.Deadline && !pastBefore(w, d.Start) {
			continue // "by the end of 2026" in a plan is a target date; "had reached … by the end of 2025" dates the figure
		}
		inClause := d.Start >= cs && d.End <= ce
		// An opening adverbial ("In 2023, there were …") governs the sentence; a
		// date at the end of a first main clause ("Revenue rose … in the third
		// quarter, from …") does not.
		governs := opening > 0 && d.End <= opening && cs > opening && len(strings.Fields(sent[:d.Start])) <= 3
		if !inClause && !governs {
			continue
		}
		n := d.Start - start
		if n < 0 {
			n = -n
		}
		if dist < 0 || n < dist {
			best, dist = d.From.Format("2006-01-02")+"/"+d.To.Format("2006-01-02"), n
		}
	}
	return best
}

// clauseAround returns the bounds of the clause of sent holding [start, end):
// the text between the nearest commas, semicolons, colons or brackets.
func clauseAround(sent string, start, end int) (int, int) {
	cs := strings.LastIndexAny(sent[:start], ",;:()") + 1
	ce := len(sent)
	for k := end; k < len(sent); {
		i := strings.IndexAny(sent[k:], ",;:()")
		if i < 0 {
			break
		}
		k += i
		// A short aside in brackets ("investment (FDI) in the first half") does
		// not end the clause.
		if sent[k] == '(' {
			if j := strings.IndexByte(sent[k:], ')'); j > 0 && j < 40 && !strings.ContainsAny(sent[k:k+j], ",;:") {
				k += j + 1
				continue
			}
		}
		ce = k
		break
	}
	return cs, ce
}

// withUnit appends the unit to a measure key, so "USD 8 billion" and "8 billion
// tonnes" of one measure never meet.
func withUnit(measure, unit string) string {
	if measure == "" || unit == "count" {
		return measure
	}
	return measure + " " + strings.ToLower(unit)
}

// quantityKey builds the measure key (without the unit) and the subject of a
// quantity whose tokens are first..last. Counts name their measure after the number
// ("110 cooperation agreements"); amounts with a unit name it after "of"/"in" ("70%
// of Japanese businesses", "USD 1.2 billion in foreign investment") or else in the
// clause subject ("Japanese investments in Vietnam have jumped by USD 8 billion");
// a change named only by its noun (", an increase of 12%") measures the figure
// before it in the sentence (prevKey).
func quantityKey(w words, first, last int, q quantity.Quantity, prevKey string) (key, subject string) {
	next := last + 1
	var phrase []string
	before := ""
	if first > 0 && w.toks[first-1].Kind == token.Word {
		before = w.lower(first - 1)
	}
	switch {
	case before == "worth" || before == "valued":
		phrase = w.phraseBefore(first - 1) // "projects worth USD 2 billion"
	case next < len(w.toks) && w.toks[next].Kind == token.Word && w.lower(next) == "of":
		phrase = w.rightPhrase(w.skipArticleAndNumber(next + 1)) // "1,066,000 of the 2,790,000 valid votes"
	case measureBefore[before]:
		phrase = w.phraseBefore(first - 1) // "capital of USD 9.8 billion"
	case q.Unit == "count" && q.Kind == quantity.Amount:
		phrase = w.rightPhrase(next)
	case q.Kind == quantity.Amount && next < len(w.toks) && startsMeasure(w, next) && !prepositions[w.lower(next)] && !isVerb(w.lower(next)):
		phrase = w.rightPhrase(next) // an attribute: "a 10 km run", "a USD 2 billion project"
	case next+1 < len(w.toks) && w.toks[next].Kind == token.Word && w.lower(next) == "in" && startsMeasure(w, next+1):
		phrase = w.rightPhrase(next + 1)
	}
	if len(phrase) == 0 && q.Unit == "count" && q.Kind == quantity.Amount {
		// A count that a level verb gives to a common noun phrase counts that
		// phrase ("confirmed cases had reached 1,431").
		np := w.npBefore(first)
		if q.Hedge != "" && q.Hedge != "about" {
			// "the children who died were all under three": an age or a bound,
			// not the sentence's last measure again.
			return "", subjectOf(w, first)
		}
		if !levelVerbBefore(w, first) || !hasCommonWord(np) {
			// A bare count names its noun earlier ("Of the 150 seats, Civic Renewal
			// won 62, the Social Democrats 41"): the sentence's last measure, or none.
			subject := subjectOf(w, first)
			if subject == "" && first > 0 && w.toks[first-1].Kind == token.Word && isCapitalised(w.at(first-1)) && !monthOrDay(w.lower(first-1)) {
				subject = w.nameBefore(first) // "Civic Renewal won 62, the Social Democrats 41": the item named
			}
			return withScope(prevKey, w.scopeAfter(next)), subject
		}
		phrase = np
	}
	for _, find := range []func(int) []string{nil, w.npBefore, w.leftPhrase} {
		if find != nil {
			phrase = find(first)
		}
		if namesPerson(phrase) {
			phrase = nil // "Vice Chairman Tran Quoc Bao said …": a speaker, not a measure
		}
		if key = normalizeWords(phrase, w.stems); key != "" {
			break
		}
	}
	if q.Kind != quantity.Amount && prevKey != "" && onlyChangeNouns(key) {
		key = prevKey
	}
	return key, subjectNotMeasure(subjectOf(w, first), key, w.stems)
}

// subjectNotMeasure drops a one-word subject that is the measure itself: a
// capitalised noun opening the sentence ("Turnout was 68.4%") is no owner.
func subjectNotMeasure(subject, key string, cache stemCache) string {
	if subject == "" || strings.Contains(subject, " ") {
		return subject
	}
	n := normWord(subject, cache)
	for _, k := range strings.Fields(key) {
		if k == n {
			return ""
		}
	}
	return subject
}

// subjectOf returns who owns the quantity starting at token first: a possessive
// before it, the sentence subject for "…, with 96 projects", or the named subject
// of the clause.
func subjectOf(w words, first int) string {
	subject := w.possessor(first)
	if subject == "" && first > 0 {
		switch w.lower(first - 1) {
		case "with", "their", "its":
			// "Japan is the largest investor, with 96 projects"; "Dravina won 24 of
			// their 34 league matches"
			subject = w.sentenceSubject()
			if subject == "" && w.lower(first-1) != "with" {
				subject = w.leadingName()
			}
		}
	}
	if subject == "" {
		subject = w.clauseSubject(first)
	}
	return subject
}

// pastBefore reports whether the clause before byte offset at of the sentence
// is in the past or perfect ("had reached 68,400 children by Monday"): a
// deadline there dates a figure already reached, not a target. A "will" or "to"
// before it keeps it a target ("aims to reach 180,000 by March").
func pastBefore(w words, at int) bool {
	past := false
	for i := 0; i < len(w.toks) && w.toks[i].End <= at; i++ {
		if w.toks[i].Kind != token.Word {
			continue
		}
		switch lw := w.lower(i); {
		case lw == "will" || lw == "would" || lw == "to" || lw == "shall":
			past = false
		case lw == "had" || lw == "has" || lw == "have" || lw == "was" || lw == "were" || len(lw) > 4 && strings.HasSuffix(lw, "ed"):
			past = true
		}
	}
	return past
}

// priorOf reports whether quantity q, at token first, is the earlier value of
// a change stated in its sentence, and which of qs is the later value: q is
// introduced by "from" while another amount of the same unit is introduced by
// "to" ("rose to EUR 312 million from EUR 268 million", "from 252 miles to 287
// miles", "grew to 1,341, up from 1,284").
func priorOf(w words, first int, q quantity.Quantity, qs []quantity.Quantity) (int, bool) {
	if first == 0 || w.toks[first-1].Kind != token.Word || w.lower(first-1) != "from" {
		return 0, false
	}
	for _, o := range qs {
		// "fell 5.2 points from 29.8%": a stated change right before "from".
		if o.Start < q.Start && (o.Kind == quantity.Change || o.Unit == "pp") {
			if _, l := tokenRange(w.toks, o.Start, o.End); l+2 >= first-1 {
				return -1, true
			}
		}
	}
	for i, o := range qs {
		if o.Start == q.Start || o.Unit != q.Unit {
			continue
		}
		k, l := tokenRange(w.toks, o.Start, o.End)
		if k == 0 || w.toks[k-1].Kind != token.Word || w.lower(k-1) != "to" {
			continue
		}
		// The two stand together: "to X from Y" (a few words between, as in "to
		// 1,341 cases, up from" or "to X in the third quarter, from") or "from Y to X".
		if near := first - 1 - l; !(near >= 0 && near <= 8 || k > first && k-first <= 4) {
			continue
		}
		if changeWord(w, first-2) {
			return i, true // "up from Y", "grew from Y to X"
		}
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if changeWord(w, j) {
				return i, true // "rose 16% to X from Y", "lifting the margin to X from Y"
			}
		}
	}
	return 0, false
}

// changeWord reports whether token i is a verb of change or "up"/"down", which
// make "to … from …" a change of level rather than a route or a source.
func changeWord(w words, i int) bool {
	if i < 0 || w.toks[i].Kind != token.Word {
		return false
	}
	switch lw := w.lower(i); lw {
	case "up", "down", "rose", "rise", "rises", "grew", "grow", "grows", "fell", "fall", "falls", "climb", "climbs":
		return true
	default:
		return len(lw) > 4 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing"))
	}
}

// difference reports whether the amount ending at token last is a difference
// ("6,300 more children than a day earlier", "five fewer seats"): "more",
// "fewer" or "less" right after the number.
func difference(w words, last int) bool {
	if last+1 >= len(w.toks) || w.toks[last+1].Kind != token.Word {
		return false
	}
	switch w.lower(last + 1) {
	case "more", "fewer", "less", "extra", "additional":
		return true
	}
	return false
}

// scopeAfter returns the key form of a competition named right after a bare
// count ("took him to 24 in the league" → "in leagu"), or "".
func (w words) scopeAfter(i int) string {
	if i >= len(w.toks) || w.toks[i].Kind != token.Word || w.lower(i) != "in" {
		return ""
	}
	var ws []string
	for j := i; j < len(w.toks) && j < i+4 && w.toks[j].Kind == token.Word; j++ {
		ws = append(ws, w.at(j))
	}
	k := normalizeWords(append([]string{"x"}, ws...), w.stems)
	if q := strings.TrimPrefix(k, "x "); q != k && scopeQualifier(strings.Fields(q)) {
		return q
	}
	return ""
}

// withScope appends a scope qualifier to a key that has none.
func withScope(key, scope string) string {
	if key == "" || scope == "" || strings.Contains(key, " in ") {
		return key
	}
	if p := predicateOf(key); p != "" {
		return strings.TrimSuffix(key, " "+p) + " " + scope + " " + p
	}
	return key + " " + scope
}

// dealPrice reports whether a money amount at tokens [first, last] is the price
// of a purchase: paid ("will pay $2.6 billion"), bought for ("agreed to buy
// Listo … for $2.8 billion") or naming the deal ("a $2.8 billion purchase").
func dealPrice(w words, first, last int, q quantity.Quantity) bool {
	if q.Unit == "" || q.Unit == "count" || q.Unit == "percent" || q.Unit == "pp" || q.Kind != quantity.Amount {
		return false
	}
	if first > 0 && w.toks[first-1].Kind == token.Word {
		switch w.lower(first - 1) {
		case "pay", "pays", "paid", "paying", "offered", "offering", "bid":
			return true
		case "for":
			for j := first - 2; j >= 0 && j >= first-16; j-- {
				if w.toks[j].Kind == token.Word && purchaseVerbs[w.lower(j)] {
					return true
				}
			}
		}
	}
	if last+1 < len(w.toks) && w.toks[last+1].Kind == token.Word {
		switch w.lower(last + 1) {
		case "purchase", "acquisition", "takeover", "deal", "buyout":
			return true
		}
	}
	return false
}

// purchaseVerbs buy or sell a company or asset "for" a price.
var purchaseVerbs = map[string]bool{"buy": true, "buys": true, "bought": true, "buying": true,
	"acquire": true, "acquires": true, "acquired": true, "acquiring": true, "sell": true,
	"sells": true, "sold": true, "selling": true, "purchase": true, "purchased": true}

// scopeNear returns the competition a count is counted in when its sentence
// names one right after it ("four goals in the national cup" → "in cup"), or "".
func (w words) scopeNear(last int) string {
	for j := last + 1; j < len(w.toks) && j <= last+4; j++ {
		if w.toks[j].Kind != token.Word {
			return ""
		}
		if w.lower(j) != "in" {
			continue
		}
		for k := j + 1; k < len(w.toks) && k <= j+3 && w.toks[k].Kind == token.Word; k++ {
			if st := normWord(w.lower(k), w.stems); scopeQualifier([]string{st}) {
				return "in " + st
			}
		}
		return ""
	}
	return ""
}

// levelVerbs say that a measure stands at a level: the amount after them is the
// value of the noun phrase before them, and they say nothing of what happened
// to the things counted.
var levelVerbs = map[string]bool{"reached": true, "reach": true, "reaches": true, "totalled": true,
	"totaled": true, "totals": true, "stood": true, "stands": true, "numbered": true,
	"rose": true, "climbed": true, "grew": true, "jumped": true, "increased": true, "fell": true,
	"dropped": true, "declined": true, "decreased": true, "topped": true, "exceeded": true,
	"surpassed": true, "amounted": true}

// levelVerbBefore reports whether a level verb stands right before token first,
// or before the "to" or "at" that introduces it ("rose to", "stood at").
func levelVerbBefore(w words, first int) bool {
	j := first - 1
	if j >= 0 && w.toks[j].Kind == token.Word && (w.lower(j) == "to" || w.lower(j) == "at") {
		j--
	}
	return j >= 0 && w.toks[j].Kind == token.Word && levelVerbs[w.lower(j)]
}

// hasCommonWord reports whether a phrase has a word that is not capitalised: a
// common noun phrase ("confirmed cases"), not a name ("Civic Renewal").
func hasCommonWord(phrase []string) bool {
	for _, p := range phrase {
		if !isCapitalised(p) {
			return true
		}
	}
	return false
}

// measureBefore are words after which an amount measures the noun phrase before
// them: "projects worth USD 2 billion", "capital of USD 9.8 billion".
var measureBefore = map[string]bool{"worth": true, "valued": true, "of": true, "totalling": true,
	"totaling": true}

// namesPerson reports whether a phrase names a person by title rather than a measure.
func namesPerson(phrase []string) bool {
	for _, w := range phrase {
		lw := strings.ToLower(w)
		if roleWords[lw] && lw != "the" && lw != "of" && lw != "foreign" && lw != "general" && lw != "head" {
			return true
		}
	}
	return false
}

// startsMeasure reports whether token i begins a lowercase noun phrase that can
// name what an amount measures ("in foreign investment"), not a place ("in
// Vietnam"), a time ("in 2024", "in the first half") or an article.
func startsMeasure(w words, i int) bool {
	if w.toks[i].Kind != token.Word || isCapitalised(w.at(i)) && !isAllCaps(w.at(i)) {
		return false
	}
	switch w.lower(i) {
	case "the", "a", "an", "this", "that", "its", "their", "total", "terms", "revenue":
		return w.lower(i) == "revenue"
	case "cash", "stock", "shares", "addition", "advance", "full", "part", "person", "return", "turn", "all":
		return false // how an amount is paid or counted, not what it measures ("$2.6 billion in cash")
	}
	return !monthOrDay(w.lower(i))
}

// changeNouns name a change without naming what changed.
var changeNouns = map[string]bool{"increas": true, "rise": true, "growth": true, "jump": true,
	"declin": true, "drop": true, "fall": true, "gain": true, "decreas": true, "surg": true, "up": true}

func onlyChangeNouns(key string) bool {
	for _, w := range strings.Fields(key) {
		if !changeNouns[w] && !prepositions[w] {
			return false
		}
	}
	return true
}

// definiteReference reports whether a small number written as a word refers back
// to known things instead of claiming an amount: "the two countries", "both
// sides", "these three pillars".
func definiteReference(w words, first int, q quantity.Quantity) bool {
	if first == 0 || q.Hedge != "" || q.Unit != "count" || q.IsRange || q.Value > 12 {
		return false
	}
	if w.toks[first].Kind != token.Word {
		return false
	}
	switch w.lower(first - 1) {
	case "the", "these", "those", "both", "all", "its", "their", "our", "his", "her":
		return true
	case "last", "first", "past", "next", "final", "opening":
		return true // a window, not a measure: "won two of their last six games"
	}
	return false
}

// tokenRange returns the indexes of the first and last tokens inside [start, end).
func tokenRange(toks []token.Token, start, end int) (int, int) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	last := first
	for last+1 < len(toks) && toks[last+1].End <= end {
		last++
	}
	if first >= len(toks) {
		first, last = len(toks)-1, len(toks)-1
	}
	return first, last
}

func shiftQuantity(q *quantity.Quantity, base int) {
	q.Start += base
	q.End += base
	if q.Conversion != nil {
		c := *q.Conversion
		c.Start += base
		c.End += base
		q.Conversion = &c
	}
}

// periodMarkers reports whether a sentence counts a flow over a period ("ten new
// agreements this year", "on average per year") or a plan ("30 stations planned").
func periodMarkers(w words) (flow, plan bool) {
	for i := range w.toks {
		if w.toks[i].Kind != token.Word {
			continue
		}
		switch w.lower(i) {
		case "new", "annually", "annual", "yearly", "monthly":
			flow = true
		case "per", "each", "every", "this", "last":
			if i+1 < len(w.toks) && w.toks[i+1].Kind == token.Word {
				switch w.lower(i + 1) {
				case "year", "month", "week", "day", "quarter":
					flow = true
				}
			}
		case "planned", "plans", "plan", "target", "targets", "targeted", "aims", "aim", "expected",
			"projected", "forecast", "will", "pledged", "pledging", "pledge", "envisaged", "goal",
			"expects", "expect", "guidance", "outlook", "forecasts", "targeting", "aiming":
			plan = true
		}
	}
	return flow, plan
}
