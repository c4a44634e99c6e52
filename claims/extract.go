package claims

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Extract returns the facts of a document, in document order. It never reads
// outside doc.Text and produces nothing inside doc.Skips.
func Extract(doc *Document) []*Fact {
	text := analysedText(doc)
	var facts []*Fact
	var toks []token.Token
	sents := Sentences(text)
	who := attrib.NewDoc(text) // people found once, shared by speakers and quotes
	people := who.People()
	speakers := resolveSpeakers(who, text, sents, people)
	stems := stemCache{}
	for i, s := range sents {
		sent := text[s.Start:s.End]
		toks = token.Scan(sent, toks[:0])
		facts = sentenceFacts(doc, s, words{text: sent, toks: toks, stems: stems}, speakers[i], facts)
	}
	facts = documentFacts(doc, text, sents, speakers, people, who.Quotes(), facts)
	facts = dropCountedNumbers(facts)
	sort.SliceStable(facts, func(i, j int) bool { return facts[i].Span.Start < facts[j].Span.Start })
	return facts
}

// dropCountedNumbers removes the quantity facts of numbers that announce a list
// ("six key developments:"): the count fact says it, and two announced lists of
// different stories are not one measure in conflict.
func dropCountedNumbers(facts []*Fact) []*Fact {
	counted := map[int]bool{}
	for _, f := range facts {
		if f.Kind == KindCount {
			counted[f.Span.Start] = true
		}
	}
	if len(counted) == 0 {
		return facts
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Kind == KindQuantity && counted[f.Span.Start] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// analysedText returns doc.Text with skipped ranges blanked (newlines kept), so
// parsers see no boilerplate and every offset still points into doc.Text.
func analysedText(doc *Document) string {
	if len(doc.Skips) == 0 {
		return doc.Text
	}
	b := []byte(doc.Text)
	for _, s := range doc.Skips {
		for i := max(s.Start, 0); i < min(s.End, len(b)); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// sentenceFacts appends the facts of one sentence: quantities and changes, ranks
// and dates.
func sentenceFacts(doc *Document, s Span, w words, speaker string, facts []*Fact) []*Fact {
	sent, toks := w.text, w.toks
	flow, plan := periodMarkers(w)
	base := s.Start
	ds := dates.Parse(sent, toks, doc.Meta.Published)
	for _, d := range ds {
		plan = plan || d.Deadline
	}
	prevKey := ""
	for _, q := range quantity.Parse(sent, toks) {
		q := q
		if timeUnits[q.Unit] {
			continue // a duration ("five years", "the first eight months"), not an amount
		}
		first, last := tokenRange(toks, q.Start, q.End)
		if definiteReference(w, first, q) || first > 0 && w.lower(first-1) == "aged" {
			continue // "the two countries"; "children aged 1 to 5" is an age
		}
		f := &Fact{Kind: KindQuantity, Doc: doc, Sentence: s, Speaker: speaker, Flow: flow, Plan: plan}
		if q.Kind == quantity.Change || q.Kind == quantity.Multiple {
			f.Kind = KindChange
		}
		var measure string
		measure, f.Subject = quantityKey(w, first, last, q, prevKey)
		if measure != "" {
			prevKey = measure
			if predicateNouns[Head(measure)] && q.Unit == "count" {
				if p := w.predicate(first, last); p != "" {
					measure += " =" + p
				}
			}
		}
		f.Key = withUnit(measure, q.Unit)
		if p := periodOf(ds, sent, q.Start, q.End); p != "" {
			f.Period, f.Flow = p, true
		}
		shiftQuantity(&q, base)
		f.Quantity = &q
		f.Span = Span{q.Start, q.End}
		facts = append(facts, f)
	}
	for _, r := range rank.Parse(sent, toks) {
		r := r
		r.Start += base
		r.End += base
		if r.SubjectStart >= 0 && r.SubjectEnd > r.SubjectStart {
			r.SubjectStart += base
			r.SubjectEnd += base
		}
		facts = append(facts, &Fact{Kind: KindRank, Doc: doc, Span: Span{r.Start, r.End}, Sentence: s,
			Key: strings.Join(r.Categories, " "), Subject: fold(r.Subject), Speaker: speaker, Rank: &r})
	}
	for _, d := range ds {
		d := d
		d.Start += base
		d.End += base
		facts = append(facts, &Fact{Kind: KindDate, Doc: doc, Span: Span{d.Start, d.End}, Sentence: s,
			Speaker: speaker, Date: &d})
	}
	return facts
}

// timeUnits are the units of durations, which are not compared as amounts.
var timeUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "hour": true,
	"minute": true, "second": true}

// periodOf returns the period a figure at [start, end) of sent covers: the nearest
// date of its own clause that spans a month or more ("… 1.2 billion in the first
// six months of 2025"), or of an opening adverbial that governs the whole sentence
// ("In 2023, there were 40 delegations"), formatted "from/to". Dates in other
// clauses ("Bao, who took office in October, said …") and day dates (events, not
// periods) do not count.
func periodOf(ds []dates.Date, sent string, start, end int) string {
	cs, ce := clauseAround(sent, start, end)
	opening := strings.IndexAny(sent, ",;:")
	best, dist := "", -1
	for _, d := range ds {
		if !d.Resolved || d.Deadline || d.Granularity == dates.Day || d.Granularity == dates.Week {
			continue
		}
		inClause := d.Start >= cs && d.End <= ce
		governs := opening > 0 && d.End <= opening && cs > opening
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
	if i := strings.IndexAny(sent[end:], ",;:()"); i >= 0 {
		ce = end + i
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
		// A bare count names its noun earlier ("Of the 150 seats, Civic Renewal won
		// 62, the Social Democrats 41"): the sentence's last measure, or none.
		return prevKey, subjectOf(w, first)
	}
	for _, find := range []func(int) []string{nil, w.npBefore, w.leftPhrase} {
		if find != nil {
			phrase = find(first)
		}
		if namesPerson(phrase) {
			phrase = nil // "Vice Chairman Tran Quoc Bao said …": a speaker, not a measure
		}
		if key = normalizeKey(strings.Join(phrase, " "), w.stems); key != "" {
			break
		}
	}
	if q.Kind != quantity.Amount && prevKey != "" && onlyChangeNouns(key) {
		key = prevKey
	}
	return key, subjectOf(w, first)
}

// subjectOf returns who owns the quantity starting at token first: a possessive
// before it, the sentence subject for "…, with 96 projects", or the named subject
// of the clause.
func subjectOf(w words, first int) string {
	subject := w.possessor(first)
	if subject == "" && first > 0 && w.lower(first-1) == "with" {
		subject = w.sentenceSubject() // "Japan is the largest investor, with 96 projects"
	}
	if subject == "" {
		subject = w.clauseSubject(first)
	}
	return subject
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

// sentenceSpeaker returns who the sentence at s attributes its claims to, or "".
func sentenceSpeaker(who *attrib.Doc, s Span) string {
	if as := who.Attributions(s.Start, s.End); len(as) > 0 {
		return as[0].Speaker
	}
	return ""
}

// documentFacts appends the facts that span sentences: announced counts with their
// listed items, named lists, quotes and people.
func documentFacts(doc *Document, text string, sents []Span, speakers []string, people []attrib.Person, quotes []attrib.Quote, facts []*Fact) []*Fact {
	index := func(off int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	}
	sentenceOf := func(off int) Span {
		if i := index(off); i < len(sents) {
			return sents[i]
		}
		return Span{off, off}
	}
	// speakerAt prefers the announcer named before the phrase, then the sentence's
	// resolved speaker ("He proposed …").
	speakerAt := func(off int) string {
		i := index(off)
		if i >= len(sents) {
			return ""
		}
		if speakers[i] != "" {
			return speakers[i]
		}
		return announcer(text[sents[i].Start:sents[i].End], off-sents[i].Start)
	}
	lists := enum.Scan(text) // one scan for announced counts and named lists
	for _, a := range lists.Announcements() {
		a := a
		s := sentenceOf(a.Start)
		facts = append(facts, &Fact{Kind: KindCount, Doc: doc, Span: Span{a.Start, a.End}, Sentence: s,
			Key: NormalizeKey(a.Noun), Speaker: speakerAt(a.Start), Announcement: &a})
	}
	for _, l := range lists.NamedLists() {
		l := l
		s := sentenceOf(l.Start)
		facts = append(facts, &Fact{Kind: KindNamedList, Doc: doc, Span: Span{l.Start, l.End}, Sentence: s,
			Key: NormalizeKey(l.Name), Speaker: speakerAt(l.Start), List: &l})
	}
	for _, q := range quotes {
		q := q
		facts = append(facts, &Fact{Kind: KindQuote, Doc: doc, Span: Span{q.Start, q.End}, Sentence: sentenceOf(q.Start),
			Speaker: q.Speaker, Quote: &q})
	}
	for _, p := range people {
		p := p
		facts = append(facts, &Fact{Kind: KindPerson, Doc: doc, Span: Span{p.Start, p.End}, Sentence: sentenceOf(p.Start),
			Subject: p.Name, Person: &p})
	}
	return facts
}

// announcer returns who makes an announcement at offset off of a sentence that
// names no source: the last name-like run of capitalised words before it
// ("During his speech, Chinh highlighted six…" → "Chinh").
func announcer(sent string, off int) string {
	toks := token.Scan(sent[:off], nil)
	w := words{text: sent, toks: toks}
	for last := len(toks) - 1; last >= 0; last-- {
		if toks[last].Kind != token.Word || !isCapitalised(w.at(last)) {
			continue
		}
		first := last
		for first > 0 && toks[first-1].Kind == token.Word && isCapitalised(w.at(first-1)) {
			first--
		}
		if name := nameRun(w, first, last); name != "" {
			return name
		}
		last = first
	}
	return ""
}

// nameRun returns the words first..last as a name, or "" when the run is a
// sentence-initial common word.
func nameRun(w words, first, last int) string {
	if first == 0 && first == last && looksCommon(w.at(0)) {
		return ""
	}
	if l := w.at(last); strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
		return "" // a possessive names an owner, not a speaker: "Vietnam's pillars"
	}
	return w.text[w.toks[first].Start:w.toks[last].End]
}
