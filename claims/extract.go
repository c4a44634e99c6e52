package claims

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Extract returns the facts of a document, in document order. It never reads
// outside doc.Text and produces nothing inside doc.Skips.
func Extract(doc *Document) []*Fact {
	text := analysedText(doc)
	var facts []*Fact
	sents := Sentences(text)
	who := attrib.NewDoc(text) // people found once, shared by speakers and quotes
	defer who.Release()        // its token buffer goes to the next document
	people := who.People()
	speakers := resolveSpeakers(who, text, sents, people)
	// The document is tokenised once (by attrib, which needs it anyway); each
	// sentence gets its tokens with offsets relative to it, as the parsers read them.
	buf := sentenceTokenBufs.Get().(*[]token.Token)
	toks, ends := sentenceTokens(who.Tokens(), sents, *buf)
	defer func() { *buf = toks[:0]; sentenceTokenBufs.Put(buf) }() // no fact keeps a token
	lowered := who.Lowered()
	stems, names := stemCache{}, &docNames{text: text, lowered: lowered, sents: sents, toks: toks, ends: ends}
	alloc := &factMem{}
	hasRespectively := strings.Contains(lowered, "respectively") // one search of the document spares most sentences theirs
	for i, s := range sents {
		st := toks[ends[i]:ends[i+1]]
		sent := text[s.Start:s.End]
		w := words{text: sent, lowered: lowered[s.Start:s.End], ascii: textnorm.IsASCII(sent), toks: st[:len(st):len(st)], stems: stems, names: names, alloc: alloc}
		n := len(facts)
		facts = sentenceFacts(doc, s, w, speakers[i], facts)
		if i > 0 && len(st) > 4 && followsOn(w) {
			facts = followedByFacts(doc, s, w, facts, n, sents[i-1])
		}
		facts = nameFacts(doc, s, w, facts)
		if hasRespectively && strings.Contains(w.lowered, "respectively") {
			respectively(text, s, w.lowered, facts[n:])
		}
	}
	resolveDefiniteSubjects(facts, people)
	shareRankSubjects(facts)
	continueStandings(facts)
	n := len(facts)
	facts = documentFacts(doc, text, sents, speakers, people, who.Quotes(), names, facts)
	facts = append(facts, rosters(doc, text, lowered, sents, toks, ends, facts[:n])...)
	// Filtering keeps the order, so it may come before the stable sort.
	return dropCountedNumbers(sortFacts(facts, n))
}

// sortFacts sorts facts stably by where they start. The first n are the
// sentences' facts, sentence after sentence, each within its sentence: sorting
// each sentence's few facts and merging them with the rest costs less than
// sorting them all.
func sortFacts(facts []*Fact, n int) []*Fact {
	byStart := func(a, b *Fact) int { return cmp.Compare(a.Span.Start, b.Span.Start) }
	for i := 0; i < n; {
		j := i + 1
		for j < n && facts[j].Sentence == facts[i].Sentence {
			j++
		}
		slices.SortStableFunc(facts[i:j], byStart)
		i = j
	}
	a, b := facts[:n], facts[n:]
	if !slices.IsSortedFunc(a, byStart) {
		slices.SortStableFunc(a, byStart) // a fact outside its sentence: never seen, but kept right
	}
	slices.SortStableFunc(b, byStart)
	if len(b) == 0 || len(a) == 0 || a[len(a)-1].Span.Start <= b[0].Span.Start {
		return facts // already in order
	}
	out := make([]*Fact, 0, len(facts))
	for len(a) > 0 && len(b) > 0 {
		if b[0].Span.Start < a[0].Span.Start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:] // a tie keeps a sentence's fact first, as a stable sort of all would
		}
	}
	return append(append(out, a...), b...)
}

// sentenceTokenBufs recycles the sentences' token copies from one document to
// the next: at 24 bytes a token, a few bytes of text each, they were a quarter
// of what Extract allocated.
var sentenceTokenBufs = sync.Pool{New: func() any { return new([]token.Token) }}

// sentenceTokens cuts the document's tokens by sentence, with offsets made
// relative to their sentence; the tokens of sentence i are toks[ends[i]:ends[i+1]].
// Sentences begin and end at spaces, which no token crosses, so these are the
// tokens token.Scan finds in each sentence alone. The copies are written into
// buf when it is large enough.
func sentenceTokens(doc []token.Token, sents []Span, buf []token.Token) (toks []token.Token, ends []int) {
	ends = make([]int, 1, len(sents)+1)
	if cap(buf) >= len(doc) {
		toks = buf[:len(doc)] // every token at most once
	} else {
		toks = make([]token.Token, len(doc))
	}
	n, k := 0, 0
	for _, s := range sents {
		for k < len(doc) && doc[k].Start < s.Start {
			k++
		}
		// Copy the sentence's tokens in one go, then shift them: cheaper than
		// appending them one by one.
		j := k
		for j < len(doc) && doc[j].End <= s.End {
			j++
		}
		out := toks[n : n+j-k]
		copy(out, doc[k:j])
		for i := range out {
			out[i].Start -= s.Start
			out[i].End -= s.Start
		}
		n, k = n+j-k, j
		ends = append(ends, n)
	}
	return toks[:n], ends
}

// dropCountedNumbers removes the quantity facts of numbers that announce a list
// ("six key developments:"): the count fact says it, and two announced lists of
// different stories are not one measure in conflict.
func dropCountedNumbers(facts []*Fact) []*Fact {
	counted := map[int]bool{}
	for _, f := range facts {
		if f.Kind == KindCount && !f.Announcement.Bare {
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
		start, end := max(s.Start, 0), min(s.End, len(b))
		// Widen to whole characters, so no broken UTF-8 is left beside a skip.
		for start > 0 && start < len(b) && !utf8.RuneStart(b[start]) {
			start--
		}
		for end < len(b) && end > 0 && !utf8.RuneStart(b[end]) {
			end++
		}
		for i := start; i < end; i++ {
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
	base := s.Start
	ds := dates.Parse(sent, toks, doc.Meta.Published)
	periods := periodDates(ds, w)
	qs := quantity.ParseIn(sent, toks, quantity.Context{PesoPrefix: gluedLetter(sent, 'P') && w.names.pesoPrefix(),
		NairaPrefix: gluedLetter(sent, 'N') && w.names.nairaPrefix(),
		RandPrefix:  gluedLetter(sent, 'R') && w.names.randPrefix(), ShillingCode: shillingCode(sent, w.names),
		KwachaCode: kwachaCode(sent, w.names), PoundCode: poundCode(sent, w.names)})
	localiseCurrencies(qs, sent, w.names)
	inheritUnits(qs, sent)
	bareDegrees(qs, sent, w.names)
	var marks sentenceMarks
	scope := ""
	if len(qs) > 0 {
		// Sentence-wide markers matter only to amounts; most sentences have none.
		marks = marksOf(w, qs)
		for _, d := range ds {
			if !marks.plan && d.Deadline && !pastBefore(w, d.Start) && !(fewWords(sent[:d.Start], 1) && pastAfter(w, d.End)) {
				// "… make up 34.1% of sales, …, and the chief executive wants
				// that share to reach 40% by 2028": the deadline's clause is the plan.
				first, _ := tokenRange(toks, d.Start, d.End)
				marks.plan, marks.planFrom = true, w.clauseStart(first)
			}
		}
		scope = w.openingScope(w.stems)
	}
	flow, plan, season, venues := marks.flow, marks.plan, marks.season, marks.venues
	prevKey := ""
	interim, interimRead := "", false // the standing's moment, read once a sentence
	// Most sentences hold a few amounts: their bookkeeping stays on the stack.
	var madeBuf [8]*Fact
	var intBuf [16]int
	made := madeBuf[:]       // the fact of each amount, for prior values to find their partner
	partners := intBuf[:8:8] // the later value of each prior value, or -1
	lasts := intBuf[8:]      // the last token of each amount
	if len(qs) > len(madeBuf) {
		made, partners, lasts = make([]*Fact, len(qs)), make([]int, len(qs)), make([]int, len(qs))
	}
	made, partners, lasts = made[:len(qs)], partners[:len(qs)], lasts[:len(qs)]
	var scores [][]int
	scoresRead := false
	var pair string // the countries "the two countries" of the sentence stands for (countriesBefore)
	pairRead := false
	for qi, q := range qs {
		if isTimeUnit(q.Unit) {
			continue // a duration ("five years", "the first eight months"), not an amount
		}
		if !scoresRead {
			scores, scoresRead = scoreLists(sent), true
		}
		if inSpans(scores, q.Start, q.End) {
			continue // "(25-16, 25-19, 25-14)": set scores, no amounts
		}
		if insideDate(ds, q) {
			continue // "from December 5 to 14": a day of a date, not an amount
		}
		first, last := tokenRange(toks, q.Start, q.End)
		if definiteReference(w, first, q) || first > 0 && w.lower(first-1) == "aged" || q.IsRange && q.ValueHi <= q.Value {
			continue // "the two countries"; "children aged 1 to 5" is an age; "3-1" is a score
		}
		if labelNumber(w, first, last, q) || eventDistance(w, last, q) {
			continue // "on board three", "District 1"; "the 800m freestyle"
		}
		f := w.alloc.facts.new(Fact{Kind: KindQuantity, Doc: doc, Sentence: s, Speaker: speaker, Flow: flow,
			Plan: plan && last >= marks.planFrom && !w.pastInClauseAfter(marks.planFrom, first) && !w.pastParticipleAfter(last) || slices.Contains(marks.planned, qi)})
		partners[qi] = -1
		if pi, ok := priorOf(w, first, q, qs); ok {
			f.Prior, partners[qi] = true, pi
		}
		if q.Kind == quantity.Change || q.Kind == quantity.Multiple || difference(w, last) {
			f.Kind = KindChange // "6,300 more children than a day earlier" is a difference, not a level
		} else if dir := percentAbove(w, last, q); dir != 0 {
			// "The headcount of 3,612,400 is 11.2% above the 3,310,500
			// recorded at the 2020 census": a change from the level named next.
			f.Kind, q.Kind = KindChange, quantity.Change
			if q.Direction == 0 {
				q.Direction = dir
			}
		}
		lasts[qi] = last
		var measure string
		measure, f.Subject = quantityKey(w, first, last, q, prevKey)
		if q.Unit != "count" && prevKey != "" && qi > 0 && qs[qi-1].Unit == q.Unit && elidedForAlike(sent, qs[qi-1], q) {
			if name := w.elidedAccountsFor(first); name != "" {
				// "Marsabit accounted for 11,200 hectares of the sprayed area,
				// Turkana for 8,100": the sprayed area, Turkana's.
				measure, f.Subject = strings.TrimSuffix(prevKey, " =part"), fold(name)
			}
		}
		if q.Unit == "count" && prevKey != "" && difference(w, last) && !w.nounAt(last+2) {
			measure = prevKey // "had nine medals … and added five more in Sunday's finals": five more medals
		}
		if measure == "" && (q.Unit == "km/h" || q.Unit == "mph") && q.Kind == quantity.Amount {
			measure = "speed" // "showed it travelling at about 72 kilometres per hour": how fast, as "a speed of 98 km/h" is
		}
		if q.Unit == "seat" {
			measure = "capac" // "the 24,000-seat stadium", "the 42,000-capacity ground": the room it has, however the place is named
		}
		if q.Unit == "storey" && (buildingWord(Head(measure)) || possessedBuilding(sent[q.End:])) {
			// "the eight-storey building", "a six-storey knitwear factory in
			// Ashulia", "the six-storey block": one building named several
			// ways ("a two-storey house" stays a house).
			measure = "building"
		}
		if f.Plan {
			measure = plannedMeasure(measure) // "the ministry's target for grain exports is 12 million tonnes"
		}
		if qi > 0 && made[qi-1] != nil {
			measure, f.Subject = w.afterNeighbour(made[qi-1], lasts[qi-1], first, measure, f.Subject)
			if prev := made[qi-1]; prev.Quantity.Unit == "count" && withOf(w, lasts[qi-1], first) {
				// "146 new projects with registered capital of $1.73 billion":
				// the "with" phrase gives the projects' capital, it names no
				// narrower kind of project.
				prev.Key = dropWithQualifier(prev.Key)
			}
		}
		if owner := w.forName(last); owner != "" && f.Subject == "" {
			f.Subject = owner // "96.2 million votes compared to 40.9 million for Anies": Anies's
		}
		if f.Subject == "" || q.Start > 0 && q.End < len(sent) && sent[q.Start-1] == '(' && sent[q.End] == ')' {
			// "the Soviet Union in second (440 gold medals and 1,122 total)": the
			// Union's; a bracket holding the figure alone is the name's before it
			// whatever the sentence is about ("ahead of Hamish Corlett (6:46.43)").
			if owner := bracketOwner(sent, q.Start); owner != "" {
				f.Subject = owner
			}
		}
		if qual := w.ellipticQualifier(first); qual != "" && measure != "" {
			// "The rate among boys was 10.8 percent and among girls 5.2 percent":
			// the second figure's own qualifier replaces the first's.
			np, _ := splitKey(measure)
			if len(np) > 0 {
				measure = strings.Join(append(np, qual), " ")
			}
		}
		if q.Unit == "count" && agreementsAndMemorandums(sent[q.End:]) && Head(measure) == "agreement" {
			// "more than 15 agreements and memorandums of understanding": all
			// the documents signed, as "14 documents" counts them.
			measure = strings.Replace(measure, "agreement", "document", 1)
		}
		if dealPrice(w, first, last, q) {
			// "will pay $2.6 billion for Listo", "agreed to buy Listo for $2.8
			// billion", "the $2.8 billion purchase": one measure, the price, agreed
			// whatever tense reports it.
			measure, f.Plan = "deal price", false
		}
		if qi > 0 && q.Unit == "count" && opposingVotes(sent[:q.Start]) {
			measure = "vote against" // "passed by 159 votes to 61": the other side's count
		} else if measure == "vote against" {
			measure = "vote" // "won 88 votes against 41": 88 are the votes for
		}
		if measure != "" {
			if measure != "capac" && !(prevKey != "" && first > 0 && w.toks[first-1].Kind == token.Word && sourcePreposition(w.lower(first-1))) &&
				!(prevKey != "" && marginKey(measure)) {
				// "486 applications from 41 countries, up from 312": a count in a
				// phrase saying where the figure came from is no measure a bare
				// figure after it restates; nor is a capacity ("certified for 150
				// passengers, but the manifest showed 172").
				prevKey = measure
			}
			if q.Unit == "count" && q.Kind == quantity.Amount && measure != "vote against" && measure != "capac" && predicateOf(measure) != "=carri" {
				// Things are counted by what happened to them: "six people missing"
				// and "61,000 people evacuated", "26 games won" and "38 games" are
				// different measures. Verbs that only say the things exist or took
				// part ("agreements signed", "runners lined up") do not count. A
				// capacity is the room granted, whatever verb grants it, and "all
				// 321 passengers on board had been accounted for" counts the people
				// aboard, whatever the verb says of them after.
				if p := w.countPredicate(first, last, Head(measure)); p != "" && !(strings.HasPrefix(measure, "vote") && votesGained(p)) && !w.wholeOfPart(first) {
					if measure == "other" && harmPredicates[p] {
						measure = "people" // "More than 30 others were injured": people, as "21 people injured" counts them
					}
					measure += " =" + p // (not the whole of "263 of the 311 people had been rescued": the rescued are the 263)
				} else if predicateOf(measure) == "" && last+2 < len(w.toks) && w.toks[last+1].Kind == token.Word && w.lower(last+1) == "of" && w.countedWhole(last+2) {
					measure += " =part" // "Six of the nine deaths were recorded in Cox's Bazar": a part of the nine, no count of the deaths
				}
			}
		}
		measure = withoutDanglingPreposition(measure)
		if q.Unit == "percent" && w.seatsFilled(first, last, measure) {
			measure = "load factor" // "filled 84.6 per cent of its seats", "its planes were 84.7% full": the load factor
		}
		if (q.Unit == "percent" || q.Unit == "fraction") && measure != "" {
			if p := w.sharePredicate(last, q.Unit == "fraction"); p != "" {
				measure += " =" + p // "8.1 percent of students were current users"
			}
		}
		if q.Unit == "count" {
			measure = withScope(measure, w.scopeNear(last)) // "four goals in the national cup"
			if !interimRead {
				interim, interimRead = w.interimStanding(), true
			}
			measure = withScope(measure, interim) // "lead the medal table after the first day with seven medals"
		}
		if !w.placeClauseBefore(first) {
			measure = withScope(measure, scope) // "Among boys, the rate reached 10.8 percent"
		}
		if v := venueAt(venues, first); v != "" && measure != "" && !spacedContains(measure, v) {
			measure = v + " " + measure // "At home they won 14 of their 17 matches": home matches
		}
		day := readingDay(ds, periods, w, q)
		if day != "" {
			// "recorded 46.2C on Sunday", "On Sunday the thermometer … reached
			// 46.8C": a reading of that day, whatever instrument the noun names.
			_, qual := splitKey(measure)
			measure = strings.Join(append([]string{"temperature"}, qual...), " ")
		}
		if q.Unit == "count" && q.Kind == quantity.Amount && measure != "" && f.Subject == "" && predicateOf(measure) == "" &&
			qi > 0 && made[0] != nil && made[0].Quantity.Unit == "count" && w.afterOfFrame(first) && w.bareCount(last) {
			// "Of the 96 riders who started, 78 reached the finish": some of
			// the riders, whatever count came just before.
			if np, _ := splitKey(made[0].Key); len(np) > 0 {
				measure = strings.Join(np, " ") + " =part"
			}
		} else if q.Unit == "count" && q.Kind == quantity.Amount && f.Subject == "" && qi > 0 && made[0] != nil && made[0].Quantity.Unit == "count" &&
			w.afterOfFrame(first) && w.bareCount(last) && verbOnlyKey(measure) && predicateOf(made[0].Key) != "" {
			// "Of the 58 women who started, 55 finished": the women who
			// finished, not the finishers of another race. A frame with no
			// act of its own ("Of the 105 contests, 63 ended by ippon") keeps
			// its parts apart.
			if np, _ := splitKey(made[0].Key); len(np) > 0 {
				measure = strings.Join(np, " ") + " " + predicateOf(measure)
			}
		}
		if q.Unit == "count" && q.Kind == quantity.Amount && measure != "" && predicateOf(measure) == "" &&
			first > 0 && w.toks[first-1].Kind == token.Word && (w.lower(first-1) == "including" || w.lower(first-1) == "other" || w.lower(first-1) == "remaining") {
			measure += " =part" // "14 remain in hospital, including three children": some of the 14; "The other three plants": the rest of them
		}
		if q.Unit == "count" && measure != "" && w.partOfAfter(last) && last+3 < len(w.toks) {
			switch p := predicateOf(measure); {
			case w.toks[last+3].Kind == token.Number && w.partVerb(last+3, measure) != "":
				// "263 of the 311 people on board had been rescued": the rescued,
				// as "Of the 311 people on board, 271 have been rescued" counts them.
				measure += " =" + w.partVerb(last+3, measure)
			case p == "" && w.toks[last+3].Kind == token.Number:
				measure += " =part" // "74,700 of the 180,000 children": some of them
			case p != "" && w.toks[last+3].Kind == token.Word && strings.HasSuffix(w.lower(last+3), "ed") &&
				textnorm.Stem(w.lower(last+3)) == strings.TrimPrefix(p, "="):
				// "four of the trapped men had been pulled out": some of the
				// trapped, not the trapped.
				measure = strings.TrimSpace(measure[:len(measure)-len(p)]) + " =part"
			}
		}
		if q.Unit != "count" && q.Unit != "percent" && q.Unit != "fraction" && measure != "" && predicateOf(measure) == "" && w.partOfAfter(last) {
			// "more than Rs 3 billion of the Sindh allocation had been
			// released": a part of the allocation, not the allocation.
			measure += " =part"
		}
		// "rder" ("order", "Order", "ordered") is a cheap test that orderBefore has work.
		if q.Unit == "count" && measure != "" && strings.Contains(sent, "rder") && w.orderBefore(first) {
			// "placed firm orders for 32 new aircraft", "The order covers 20
			// jets": aircraft ordered, not the fleet flying today.
			if i := strings.LastIndex(measure, " ="); i >= 0 {
				measure = measure[:i]
			}
			measure += " =order"
		}
		if q.Unit != "count" && Head(measure) == "prize" {
			if place := w.placing(first); place != "" && !spacedContains(measure, place) {
				// "The choir's second place brings a prize of 250,000 pesos",
				// "The win brings a prize of 500,000 pesos": two prizes.
				measure = place + " " + measure
			}
		}
		if f.Subject == "" && measure != "" && w.names.pairWords() && pairAnaphor(w.lowered[:w.toks[first].Start]) {
			// "Trade between the two countries was nearly $1.9 billion": the
			// countries the text named last, Chile and Vietnam, not Brazil and
			// Vietnam. Read once a sentence.
			if !pairRead {
				pair, pairRead = countriesBefore(doc.Text, s.End), true
			}
			f.Subject = pair
		}
		if q.Unit != "count" && measure != "" && !strings.Contains(measure, " per ") && !strings.Contains(measure, " for each") &&
			(strings.Contains(sent, "each") || strings.Contains(sent, "apiece")) && w.eachAfter(last) {
			measure += " for each" // "₹10 lakh for the families of each of the dead": per family, never a total
		}
		if (q.Unit == "km" || q.Unit == "mile" || q.Unit == "nmi") && q.Kind == quantity.Amount {
			if place := distancePlace(sent[q.End:]); place != "" {
				// "some 64 nautical miles off Catarman", "about 46 nautical
				// miles (85 km) northeast of Catarman": how far from the place.
				measure = "distance from " + place
			}
		}
		if q.Unit == "mm" && measure != "" && !rainWord(measure) && !attributive(w, last) {
			// "Nakuru station logged 112mm in the 24 hours to Sunday": millimetres
			// a station logs are rain, at the place the key names.
			measure = "rain in " + measure
		}
		if measure != "" && q.Unit != "count" && q.Unit != "percent" && perShare(w, first, last, measure) {
			measure = "earn per share" // "earnings of NT$3.17 per share", "Earnings per share were NT$3.71", "EPS"
		}
		if q.Unit == "count" && Head(measure) == "attendance" && !strings.Contains(measure, " at ") {
			if ev := w.watchedEvent(last); ev != "" {
				measure += " at " + ev // "A crowd of about 6,500 watched Thursday's match": that match's crowd
			}
		}
		if q.Unit == "count" && classAttribute(w, first, boundHedge(q.Hedge)) {
			measure = "" // "a small eatery with three workers": what a kind of thing has, no measure
		}
		if f.Kind == KindChange && f.Subject != "" && changeVerbKey(measure) {
			// "Construction was again the standout sector, expanding 12.1%":
			// the participle names no measure; the subject that changed does.
			if k := NormalizeKey(f.Subject); k != "" {
				measure, f.Subject = k, ""
			}
		}
		f.Key = withUnit(unhyphenated(measure), q.Unit)
		if day != "" {
			f.Period, f.Flow = day, true
		} else if attributiveLength(w, first, last, q) {
			// "sealed in the 1990s and broke through at the 130-metre level": a
			// depth or span that names a thing has no period of its own.
		} else if p := periodOf(levelPeriods(periods, f.Kind == KindQuantity, w, qs), w, q.Start, q.End, q.Unit == "count" && (Head(measure) == "vote" || measure == "vote against"), doc.Meta.Published); p != "" {
			f.Period, f.Flow = p, true
		} else if season != "" {
			f.Period, f.Flow = season, true
		} else if f.Plan && len(periods.deadlines) > 0 {
			// "a target of $5 billion in annual trade by 2030": the target's
			// year tells one plan from another, whenever it was reported.
			deadlines := sentencePeriods{dates: periods.deadlines, opening: periods.opening, marks: periods.marks}
			f.Period = periodOf(deadlines, w, q.Start, q.End, false, doc.Meta.Published)
		}
		shiftQuantity(&q, base)
		f.Quantity = w.alloc.quantities.new(q)
		f.Span = Span{q.Start, q.End}
		facts = append(facts, f)
		made[qi] = f
	}
	for qi, f := range made {
		// A prior value names no measure of its own: "rose to USD 4.82 billion …,
		// from USD 4.30 billion" is revenue both times.
		if f != nil && f.Prior && f.Key == "" && partners[qi] >= 0 && made[partners[qi]] != nil {
			f.Key = made[partners[qi]].Key
		}
		if qi+1 < len(made) && f != nil && made[qi+1] != nil {
			partOfOwned(w.text, base, f, made[qi+1])
		}
	}
	w.placeBreakdown(made, lasts)
	var prevRank rank.Rank // the last rank with a category, in sentence offsets
	for _, r := range rank.Parse(sent, toks) {
		if len(r.Categories) == 0 && len(prevRank.Categories) > 0 && ellipticRank(sent, prevRank, r) {
			// "Indolink is the second-largest mobile operator …, and Merah Putih
			// Telekom the third-largest": the gapped rank keeps the category, and
			// the name before it is its subject.
			r.Categories = prevRank.Categories
			if start, name := gappedSubject(sent, r.Start); name != "" {
				r.Subject, r.SubjectStart, r.SubjectEnd = name, start, start+len(name)
			}
		}
		if prevRank.Owner != "" && r.Start+4 <= len(sent) && strings.EqualFold(sent[r.Start:r.Start+4], "its ") {
			// "Vietnam's largest trading partner in Central and Eastern Europe
			// and its seventh-largest in the European Union": "its" is the
			// owner of the rank before, not the last name read.
			r.Owner = prevRank.Owner
		}
		if len(r.Categories) > 0 {
			prevRank = r
		}
		nationalOwner(&r)
		// A rank of another period ("finished third last season", "the largest
		// investor in 2023") is another claim than this one's.
		period := periodOf(periods, w, r.Start, r.End, false, doc.Meta.Published)
		if period == "" && len(qs) > 0 {
			period = season // found with the amounts' marks
		} else if period == "" {
			period = relativeSeason(w)
		}
		r.Start += base
		r.End += base
		if r.SubjectStart >= 0 && r.SubjectEnd > r.SubjectStart {
			r.SubjectStart += base
			r.SubjectEnd += base
		}
		facts = append(facts, w.alloc.facts.new(Fact{Kind: KindRank, Doc: doc, Span: Span{r.Start, r.End}, Sentence: s,
			Key: strings.Join(r.Categories, " "), Subject: fold(r.Subject), Speaker: speaker, Period: period, Rank: w.alloc.ranks.new(r)}))
	}
	for _, d := range ds {
		d.Start += base
		d.End += base
		facts = append(facts, w.alloc.facts.new(Fact{Kind: KindDate, Doc: doc, Span: Span{d.Start, d.End}, Sentence: s,
			Speaker: speaker, Date: w.alloc.dates.new(d)}))
	}
	return facts
}

// pastParticipleAfter reports a counted noun that a past participle
// describes right after the figure ending at token last: "the owners of the
// 1,263 homes damaged in the storm" counts homes already damaged, whatever
// plan the sentence tells.
func (w words) pastParticipleAfter(last int) bool {
	j := last + 1
	if j >= len(w.toks) || w.toks[j].Kind != token.Word || isPreposition(w.lower(j)) || isVerb(w.lower(j)) {
		return false
	}
	j++ // the counted noun
	if j+1 >= len(w.toks) || w.toks[j].Kind != token.Word || w.toks[j+1].Kind != token.Word || !isPreposition(w.lower(j+1)) {
		return false // "homes damaged in …": a participle with its phrase, not a verb ("homes built will …")
	}
	lw := w.lower(j)
	switch lw {
	case "expected", "planned", "scheduled", "projected", "targeted", "proposed", "promised", "pledged", "budgeted", "forecasted":
		return false // "out of 512 calls expected for the full year": still the plan
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") || irregularPast(lw)
}

// attributiveLength reports a length written as a hyphenated modifier of
// the noun after it ("the 130-metre level", "the 86-metre section").
func attributiveLength(w words, first, last int, q quantity.Quantity) bool {
	if !quantity.LengthUnit(q.Unit) || last+1 >= len(w.toks) || w.toks[last+1].Kind != token.Word {
		return false
	}
	for k := first; k < last; k++ {
		if w.toks[k].Kind == token.Symbol && w.at(k) == "-" {
			return true
		}
	}
	return false
}

// distancePlace returns the place a distance is measured from when the text
// after the figure names it ("off Catarman", " (85 km) northeast of
// Catarman", "from the capital Manila"), folded; "" otherwise.
func distancePlace(after string) string {
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "(") {
		if i := strings.IndexByte(after, ')'); i > 0 && i < 24 {
			after = strings.TrimLeft(after[i+1:], " ") // "(85 km)": the same distance converted
		}
	}
	ws := strings.Fields(after)
	if len(ws) > 6 {
		ws = ws[:6]
	}
	i := 0
	switch {
	case i < len(ws) && (ws[i] == "off" || ws[i] == "from"):
		i++
	case i+1 < len(ws) && ws[i] == "away" && ws[i+1] == "from":
		i += 2
	case i+1 < len(ws) && compassWord(strings.ToLower(ws[i])) && ws[i+1] == "of":
		i += 2
	default:
		return ""
	}
	if i < len(ws) && ws[i] == "the" {
		i++
	}
	var name []string
	for ; i < len(ws) && isCapitalised(ws[i]); i++ {
		w := strings.TrimRight(ws[i], ",.;:)")
		name = append(name, w)
		if w != ws[i] {
			break
		}
	}
	if len(name) == 0 {
		return ""
	}
	return fold(strings.TrimSuffix(strings.TrimSuffix(strings.Join(name, " "), "'s"), "’s"))
}

// compassWord reports a direction a distance is told in: "north", "north-east",
// "southwest".
func compassWord(w string) bool {
	switch strings.ReplaceAll(w, "-", "") {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// levelPeriods is sp told whether its figure is a level, and, for a level
// in a sentence with "from", which of the sentence's amounts qs are earlier
// values.
func levelPeriods(sp sentencePeriods, level bool, w words, qs []quantity.Quantity) sentencePeriods {
	sp.level = level
	if !level || len(sp.dates) == 0 || len(qs) < 2 || !strings.Contains(w.text, " from ") {
		return sp
	}
	sp.priors = nil
	for _, q := range qs {
		first, _ := tokenRange(w.toks, q.Start, q.End)
		if _, ok := priorOf(w, first, q, qs); ok {
			sp.priors = append(sp.priors, q.Start)
		}
	}
	return sp
}

// afterNeighbour refines the measure and subject of the amount starting at
// token first from the amount before it (fact prev, ending at token prevLast):
// a listed amount shares its neighbour's subject ("Indonesia were third with 64
// golds, 70 silvers and 82 bronzes (216 medals)"), and a "with … of" measure
// takes the place of the things counted before it ("33 valid projects in
// Vietnam with total registered capital of about USD 153 million").
func (w words) afterNeighbour(prev *Fact, prevLast, first int, measure, subject string) (string, string) {
	if subject == "" && coordinated(w, prevLast, first) {
		subject = prev.Subject
	}
	if measure != "" && withOf(w, prevLast, first) {
		if np, qual := splitKey(measure); len(qual) == 0 {
			if _, pq := splitKey(prev.Key); len(pq) > 0 && placePrepositions[pq[0]] {
				measure = strings.Join(append(np, pq...), " ")
			}
		}
	}
	return measure, subject
}

// countPredicate returns what happened to the things a count at tokens
// first..last counts, when that makes another measure of them (head is the
// measure's head noun), in its canonical form; "" when it does not.
func (w words) countPredicate(first, last int, head string) string {
	p := w.predicate(first, last)
	if p == "age" {
		return "" // "children aged nine months to 14 years": an age says who is counted, not what happened to them
	}
	if p == "" {
		// "Shipments rose 14% to 48.6 million units": the units shipped, as
		// "shipped 46.8 million units" counts them.
		if np := w.npBefore(first); len(np) == 1 {
			if v, ok := actNouns[strings.ToLower(np[0])]; ok {
				return textnorm.Stem(v)
			}
		}
	}
	if p == "" && isPredicateNoun(head) {
		p = w.progressive(last)
	}
	if (p == "" || reportingPredicates[p]) && w.onBoardAfter(last) {
		return "carri" // "Nineteen people, including the driver, were on board", as "carrying 19 people"
	}
	if p == "reach" && w.reachesStage(last) {
		return "qualifi" // "Eight choirs reached the final": the finalists, not the field
	}
	if p == "" || isNeutralPredicate(p) && !(isPredicateNoun(head) && !reportingPredicates[p]) ||
		attendancePredicates[p] && head == "attendance" {
		return ""
	}
	if syn, ok := predicateSynonyms[p]; ok {
		return syn
	}
	if (p == "pull" || p == "brought" || p == "dug") && w.aliveAfter(last) {
		return "rescu" // "had pulled 23 people alive from the debris": 23 rescued
	}
	if movedToSafety(w, p, last) {
		return "evacu" // "120,000 people had been moved to evacuation centres" were evacuated
	}
	return p
}

// verbOnlyKey reports a key that is only its predicate's act: "finish
// =finish" for "55 finished", which names nothing counted.
func verbOnlyKey(key string) bool {
	p := predicateOf(key)
	if p == "" {
		return false
	}
	np := strings.TrimSpace(strings.TrimSuffix(key, p))
	return np == "" || np == p[1:]
}

// withoutDanglingPreposition drops a preposition that closes a key with no
// noun after it: "6,480 towers after adding 720 sites" counts towers, not
// "towers after".
func withoutDanglingPreposition(key string) string {
	ws := strings.Fields(key)
	n := len(ws)
	for n > 0 && strings.HasPrefix(ws[n-1], "=") {
		n-- // the predicate stays where it is
	}
	if n < 2 {
		return key
	}
	switch ws[n-1] {
	case "after", "before", "with", "from", "for", "of", "by", "to", "at", "on", "in":
		return strings.Join(append(append([]string{}, ws[:n-1]...), ws[n:]...), " ")
	}
	return key
}

// seatsFilled reports a share of seats filled told without the words "load
// factor": "filled 84.6 per cent of its seats", "its planes were 84.7% full".
func (w words) seatsFilled(first, last int, measure string) bool {
	switch Head(measure) {
	case "seat":
		return first > 0 && w.toks[first-1].Kind == token.Word && (w.lower(first-1) == "filled" || w.lower(first-1) == "fill")
	case "plane", "aircraft", "flight", "jet":
		return last+1 < len(w.toks) && w.toks[last+1].Kind == token.Word && w.lower(last+1) == "full"
	}
	return false
}

// harmPredicates are what happens to people in a disaster: a bare "others"
// counted by one of them are people.
var harmPredicates = map[string]bool{"injur": true, "kill": true, "die": true, "wound": true, "hurt": true,
	"rescu": true, "evacu": true, "hospitalis": true, "hospitaliz": true, "treat": true, "miss": true}

// pastInClauseAfter reports a figure told by a past verb of its own in a
// clause opened after the plan's: "will channel most of its investment into
// storage, after a first quarter in which the company shipped 36.8 GWh".
func (w words) pastInClauseAfter(planFrom, first int) bool {
	v := first - 1
	if v > 0 && w.toks[v].Kind == token.Word {
		switch w.lower(v) {
		case "the", "a", "an", "its", "their":
			v-- // "the southern pier that carried the 86-metre section"
		case "to", "at", "by":
			v-- // "after the level of its dams fell to 14.6 per cent"
		}
	}
	if v < 1 || w.toks[v].Kind != token.Word || !strings.HasSuffix(w.lower(v), "ed") && !irregularPast(w.lower(v)) {
		return false
	}
	switch w.lower(v - 1) {
	case "will", "would", "be", "been", "to", "is", "are", "has", "have", "had", "being":
		return false // "will be shipped", "to be invested": still the plan
	}
	for k := max(planFrom, 0); k < v; k++ {
		switch w.lower(k) {
		case "which", "that", "when", "after", "where", "whom":
			return true
		}
	}
	return false
}

// onBoardAfter reports a count whose clause goes on to say it was aboard:
// "260 passengers were on board", "Nineteen people, including the driver,
// were on board", "more than 300 passengers were on the Katowice service".
func (w words) onBoardAfter(last int) bool {
	j := last + 1
	for k := 0; k < 2 && j < len(w.toks) && w.toks[j].Kind == token.Word && w.lower(j) != "were" && w.lower(j) != "was" && w.lower(j) != "and"; k++ {
		j++ // the counted noun
	}
	if j+1 < len(w.toks) && w.lower(j) == "and" && (w.toks[j+1].Kind == token.Number || isCardinalWord(w.lower(j+1))) {
		// "about 260 passengers and five crew members were on board"
		j += 2
		for k := 0; k < 2 && j < len(w.toks) && w.toks[j].Kind == token.Word && w.lower(j) != "were"; k++ {
			j++
		}
	}
	if j < len(w.toks) && w.at(j) == "," {
		// an aside between commas
		for j++; j < len(w.toks) && j <= last+10 && w.at(j) != ","; j++ {
		}
		j++
	}
	if j+2 >= len(w.toks) || w.lower(j) != "were" && w.lower(j) != "was" {
		return false
	}
	switch next := w.lower(j + 1); {
	case next == "aboard":
		return true
	case next == "on" && w.lower(j+2) == "board":
		return true
	case next == "on" && w.lower(j+2) == "the":
		for k := j + 3; k < len(w.toks) && k <= j+6 && w.at(k) != "," && w.at(k) != "."; k++ {
			if vehicleNoun(w.lower(k)) {
				return true
			}
		}
	}
	return false
}

// isCardinalWord reports a number written as a word ("five").
func isCardinalWord(lw string) bool {
	_, ok := numword.Cardinal(lw)
	return ok
}

// vehicleNoun reports a noun for what carries passengers.
func vehicleNoun(lw string) bool {
	switch lw {
	case "train", "bus", "minibus", "coach", "boat", "ferry", "vessel", "ship", "launch", "plane", "flight", "aircraft", "service", "truck":
		return true
	}
	return false
}

// actNouns name an act by its noun, so that the count of what it moved is
// the count its verb gives: "Shipments rose to 48.6 million units" and
// "shipped 48.6 million units".
var actNouns = map[string]string{"shipments": "shipped", "deliveries": "delivered"}

// movedToSafety reports whether predicate p, after the count ending at token
// last, moves people to a shelter: "moved to evacuation centres", "taken to
// safe places", "relocated to shelters", "led out of the building".
func movedToSafety(w words, p string, last int) bool {
	switch p {
	case "move", "moved", "taken", "brought", "transferr", "relocat":
	case "led":
		// "about 1,100 residents were led out of the building": evacuated
		for j := last + 1; j < len(w.toks) && j <= last+4; j++ {
			if w.lower(j) == "out" {
				return true
			}
		}
		return false
	default:
		return false
	}
	for j := last + 1; j < len(w.toks) && j <= last+12; j++ {
		switch lw := w.lower(j); {
		case strings.HasPrefix(lw, "evacuation"), strings.HasPrefix(lw, "shelter"), lw == "safety", lw == "safe", lw == "safer":
			return true
		}
	}
	return false
}

// withOf reports whether the amount at token first is the "with … of" measure
// of the things counted just before it ("33 projects in Vietnam with total
// registered capital of about USD 153 million"): only a few words, "with" first
// and "of" last, stand between them.
func withOf(w words, prev, first int) bool {
	if first-prev < 4 || first-prev > 12 || w.toks[first-1].Kind != token.Word || w.lower(first-1) != "of" {
		return false
	}
	for k := prev + 1; k < first-1; k++ {
		if w.toks[k].Kind != token.Word {
			return false
		}
		if w.lower(k) == "with" {
			return true
		}
	}
	return false
}

// dropWithQualifier removes a "with …" qualifier from a count's key,
// keeping its predicate: "project with regist =licens" → "project =licens".
func dropWithQualifier(key string) string {
	ws := strings.Fields(key)
	i := slices.Index(ws, "with")
	if i <= 0 {
		return key
	}
	j := i
	for j < len(ws) && !strings.HasPrefix(ws[j], "=") {
		j++
	}
	return strings.Join(append(ws[:i:i], ws[j:]...), " ")
}

// ellipticQualifier returns the qualifier of an elliptic clause that a figure
// at token first ends ("… and among girls 5.2 percent" → "among girl"), as key
// words, or "".
func (w words) ellipticQualifier(first int) string {
	for k := first - 1; k >= 1 && k >= first-5; k-- {
		if w.toks[k].Kind != token.Word {
			return ""
		}
		switch w.lower(k) {
		case "among", "in", "for":
			prev := w.toks[k-1]
			if !(prev.Kind == token.Word && w.lower(k-1) == "and" || prev.Kind == token.Symbol && w.at(k-1) == ",") || k+1 >= first {
				return ""
			}
			var np []string
			for j := k + 1; j < first; j++ {
				np = append(np, w.at(j))
			}
			if key := normalizeWords(np, w.stems); key != "" {
				return w.lower(k) + " " + key
			}
			return ""
		}
		if isVerb(w.lower(k)) {
			return ""
		}
	}
	return ""
}

// readingDay returns the day a temperature was read, as a period
// ("2025-08-10/2025-08-11"): a resolved day date in the figure's own clause.
// "" for other units, or when the clause names no day.
func readingDay(ds []dates.Date, sp sentencePeriods, w words, q quantity.Quantity) string {
	if q.Unit != "°C" && q.Unit != "°F" || q.Kind != quantity.Amount {
		return ""
	}
	cs, ce := sp.clauseAround(w.text, q.Start, q.End)
	best, dist := -1, 0
	for i, d := range ds {
		if !d.Resolved || d.Since || d.Granularity != dates.Day || d.Start < cs || d.End > ce {
			continue // "the first day below 40C since August 6" starts a span
		}
		n := d.Start - q.Start
		if n < 0 {
			n = -n
		}
		if best < 0 || n < dist {
			best, dist = i, n // "confirmed on Wednesday that the reading of 46.2C … on Sunday": the nearer
		}
	}
	if best < 0 {
		return ""
	}
	return ds[best].From.Format("2006-01-02") + "/" + ds[best].To.Format("2006-01-02")
}

// coordinated reports whether the amount starting at token first is listed
// right after the one ending at token prev: only its noun and a comma, "and",
// "or" or an opening bracket stand between them ("64 golds, 70 silvers and 82
// bronzes (216 medals)", "98 gold medals and 253 medals in all").
func coordinated(w words, prev, first int) bool {
	if first-prev-1 > 3 || first <= prev {
		return false
	}
	joined := false
	for k := prev + 1; k < first; k++ {
		switch t := w.toks[k]; {
		case t.Kind == token.Symbol && (w.at(k) == "," || w.at(k) == "("):
			joined = true
		case t.Kind == token.Word && (w.lower(k) == "and" || w.lower(k) == "or"):
			joined = true
		case k == prev+1 && t.Kind == token.Word && w.lower(k) == "in":
			// "$23 billion in revenue and $1.7 billion in profit": the first
			// amount's measure phrase.
		case t.Kind == token.Word && !isVerb(w.lower(k)) && !isPreposition(w.lower(k)) && !isCapitalised(w.at(k)):
		default:
			return false
		}
	}
	return joined
}

// insideDate reports whether an amount lies within a date of its sentence.
func insideDate(ds []dates.Date, q quantity.Quantity) bool {
	for _, d := range ds {
		if d.Start <= q.Start && q.End <= d.End {
			return true
		}
	}
	return false
}

// sentenceSpeaker returns who the sentence at s attributes its claims to, or "".
func sentenceSpeaker(who *attrib.Doc, s Span) string {
	if as := who.Attributions(s.Start, s.End); len(as) > 0 {
		return as[0].Speaker
	}
	return ""
}

// opposingVotes reports whether the text before an amount makes it the second
// count of a vote: "by 159 votes to 61", "159 votes against 61", "by a vote of
// 159 to 61".
func opposingVotes(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	switch {
	case strings.HasSuffix(b, " votes to"), strings.HasSuffix(b, " votes against"), strings.HasSuffix(b, " votes in favour to"),
		strings.HasSuffix(b, " votes in favor to"):
		return true
	case strings.HasSuffix(b, " to"):
		// "by a vote of 159 to 61": the first count follows "vote of".
		b = strings.TrimSuffix(b, " to")
		i := strings.LastIndexByte(b, ' ')
		return i >= 0 && i+1 < len(b) && isDigit(b[i+1]) && strings.HasSuffix(b[:i], "vote of")
	}
	return false
}

// votesGained reports whether predicate p only says a side got its votes
// ("won 88 votes", "received 61 votes"): votes for one side whatever the verb.
func votesGained(p string) bool {
	switch p {
	case "won", "win", "receiv", "got", "secur", "garner", "poll", "obtain", "took", "gain", "captur":
		return true
	}
	return false
}

// ellipticRank reports whether rank r, which names no category, repeats the
// superlative of the rank before it in a coordinated clause ("the
// second-largest mobile operator with 98 million, and Merah Putih Telekom the
// third-largest"), so it ranks in the same category.
func ellipticRank(sent string, prev, r rank.Rank) bool {
	if prev.End > r.Start || r.End > len(sent) || prev.End > len(sent) {
		return false
	}
	between := sent[prev.End:r.Start]
	if !strings.Contains(between, " and ") || strings.ContainsAny(between, ";:") || len(between) > 80 {
		return false
	}
	sup := superlativeOf(sent[r.Start:r.End])
	return sup != "" && sup == superlativeOf(sent[prev.Start:prev.End])
}

// superlativeOf returns the superlative word of a rank phrase ("largest" in
// "the third-largest"), "" when it has none.
func superlativeOf(phrase string) string {
	for _, w := range strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(w) > 4 && strings.HasSuffix(w, "est") {
			if w == "biggest" {
				return "largest" // one size, two words
			}
			return w
		}
	}
	return ""
}

// gappedSubject returns the capitalised name that ends right before byte at,
// after the "and" of a gapped clause ("…, and Merah Putih Telekom the
// third-largest"), and where it starts; "" when there is none.
func gappedSubject(sent string, at int) (int, string) {
	before := sent[:at]
	i := strings.LastIndex(before, " and ")
	if i < 0 {
		return 0, ""
	}
	name := strings.TrimSpace(before[i+5:])
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 5 {
		return 0, ""
	}
	for _, w := range ws {
		if !isCapitalised(w) {
			return 0, ""
		}
	}
	return i + 5 + strings.Index(before[i+5:], name), name
}

// nounAt reports a word at token i that may be a noun: not a preposition,
// conjunction or "than", and not the sentence's end.
func (w words) nounAt(i int) bool {
	if i >= len(w.toks) || w.toks[i].Kind != token.Word {
		return false
	}
	switch lw := w.lower(i); lw {
	case "than", "and", "or", "but", "on", "in", "at", "by", "for", "to", "from", "during", "over", "after", "before", "since", "this", "last", "that", "as", "while":
		return false
	}
	return true
}

// marginKey reports a key that is only a margin word: "8,590 points, 57
// behind, and … took bronze with 8,531" gives the bronze the points, not
// the margin.
func marginKey(k string) bool {
	switch k {
	case "behind", "ahead", "clear", "adrift", "back":
		return true
	}
	return false
}

// inheritUnits gives a bare scaled amount the unit of the amount before it in
// its sentence, when nothing names what it counts: "Central Anatolia led with
// 8.1 million tonnes, ahead of Southeastern Anatolia at 4.6 million and
// Marmara at 3.2 million" are three amounts in tonnes.
func inheritUnits(qs []quantity.Quantity, sent string) {
	for i := 1; i < len(qs); i++ {
		q, prev := &qs[i], qs[i-1]
		if i >= 2 && measureModifier(sent, qs[i-2], prev) {
			prev = qs[i-2] // "sold 4.8 million nine-litre cases, up from 4.2 million": cases, not litres
		}
		if q.Unit == "count" && prev.Unit != "count" && prev.Unit != "percent" && prev.Unit != "pp" && q.Kind == prev.Kind &&
			q.End <= len(sent) && prev.End <= q.Start && allocatedAlike(sent, prev, *q) {
			q.Unit = prev.Unit // "450 tonnes for Chilmari, 350 for Ulipur": each share in the first one's unit
			continue
		}
		if q.Unit == "count" && prev.Unit != "count" && prev.Unit != "percent" && prev.Unit != "pp" && q.Kind == prev.Kind &&
			prev.End <= q.Start && q.End <= len(sent) && elidedForAlike(sent, prev, *q) {
			q.Unit = prev.Unit // "Marsabit accounted for 11,200 hectares of the sprayed area, Turkana for 8,100": hectares
			continue
		}
		if q.Unit == "count" && prev.Unit != "count" && prev.Unit != "percent" && prev.Unit != "pp" && q.Kind == prev.Kind &&
			prev.End <= q.Start && q.End <= len(sent) && ofPartsAlike(sent, prev, *q) {
			q.Unit = prev.Unit // "21,400 hectares of wheat, 6,300 of barley": hectares of barley
			continue
		}
		if q.Unit == "count" && prev.Unit != "count" && prev.Unit != "percent" && prev.Unit != "pp" && q.Kind == prev.Kind &&
			prev.End <= q.Start && bracketedAmount(sent, prev) && bracketedAmount(sent, *q) {
			q.Unit = prev.Unit // "Thot Not (92,000 tonnes), Long Xuyen (81,000)": the list's unit
			continue
		}
		if q.Unit != "count" || prev.Unit == "count" || prev.Unit == "percent" || prev.Unit == "pp" || q.Kind != prev.Kind ||
			q.End > len(sent) || !scaledAmount(sent[q.Start:q.End]) {
			continue
		}
		rest := strings.TrimLeft(sent[q.End:], " ")
		if rest != "" && rest[0] >= 'a' && rest[0] <= 'z' && !bareAmountFollower(rest) {
			continue // "4.6 million people": its own noun
		}
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			continue // "about 3.4 million 60-kilogram bags": its own noun after a measure word
		}
		q.Unit = prev.Unit
	}
}

// measureModifier reports an amount written as a hyphenated measure right
// after another amount, which it qualifies: "4.8 million nine-litre cases",
// "3.4 million 60-kilogram bags".
func measureModifier(sent string, before, q quantity.Quantity) bool {
	if before.End > q.Start || q.End > len(sent) || strings.TrimSpace(sent[before.End:q.Start]) != "" {
		return false
	}
	return strings.Contains(sent[q.Start:q.End], "-")
}

// elidedForAlike reports two amounts each after "for", the second after a
// name and its verb left out: "Marsabit accounted for 11,200 hectares of the
// sprayed area, Turkana for 8,100".
func elidedForAlike(sent string, prev, q quantity.Quantity) bool {
	if prev.Start < 5 || q.Start < 5 || !strings.HasSuffix(sent[:prev.Start], " for ") || !strings.HasSuffix(sent[:q.Start], " for ") {
		return false
	}
	between := sent[prev.End : q.Start-len(" for ")]
	if strings.ContainsAny(between, "0123456789;") || !strings.Contains(between, ", ") && !strings.Contains(between, " and ") {
		return false
	}
	ws := strings.Fields(between)
	return len(ws) > 0 && isCapitalised(ws[len(ws)-1])
}

// ofPartsAlike reports two amounts of a list that each say what they are
// "of", the second after a comma or "and" with its unit left out: "21,400
// hectares of wheat, 6,300 of barley".
func ofPartsAlike(sent string, prev, q quantity.Quantity) bool {
	if !strings.HasPrefix(sent[prev.End:], " of ") || !strings.HasPrefix(sent[q.End:], " of ") {
		return false
	}
	between := sent[prev.End:q.Start]
	if len(between) > 40 {
		return false
	}
	return strings.HasSuffix(between, ", ") || strings.HasSuffix(between, " and ")
}

// bracketedAmount reports an amount that fills a bracket on its own: "(81,000)".
func bracketedAmount(sent string, q quantity.Quantity) bool {
	return q.Start > 0 && q.End < len(sent) && sent[q.Start-1] == '(' && sent[q.End] == ')'
}

// bareDegrees reads "48.2 degrees" as a temperature in the one scale the
// document names elsewhere ("touched 48.6 degrees Celsius" … "the mercury
// reached 48.2 degrees on Monday"), when nothing makes the degrees an angle
// or an academic degree.
func bareDegrees(qs []quantity.Quantity, sent string, names *docNames) {
	for i := range qs {
		q := &qs[i]
		if q.Unit != "count" || q.Conversion != nil || q.End > len(sent) {
			continue
		}
		rest := sent[q.End:]
		n := len(" degrees")
		if !strings.HasPrefix(rest, " degrees") {
			if !strings.HasPrefix(rest, " degree") {
				continue
			}
			n = len(" degree")
		}
		if next := strings.TrimLeft(rest[n:], " "); next != "" && (isLetterByte(rest[n]) || angleFollower(next)) {
			continue // "degreesC", "180 degrees of latitude", "45 degrees north"
		}
		if !heatSentence(sent) {
			continue
		}
		if scale := names.temperatureScale(); scale != "" {
			q.Unit = scale
			q.End += n
		}
	}
}

// angleFollower reports words after "degrees" that make it an angle or a
// place on the globe.
func angleFollower(next string) bool {
	for _, w := range []string{"of ", "north", "south", "east", "west", "angle", "turn", "to the", "latitude", "longitude"} {
		if strings.HasPrefix(next, w) {
			return true
		}
	}
	return false
}

// heatSentence reports whether a sentence may speak of a temperature: it
// speaks of no angle, slope or academic degree.
func heatSentence(sent string) bool {
	ls := strings.ToLower(sent)
	for _, w := range []string{"angle", "slope", "tilt", "incline", "rotat", "turned", "latitude", "longitude",
		"graduat", "universit", "bachelor", "master's", "honorary", "academic"} {
		if strings.Contains(ls, w) {
			return false
		}
	}
	return true
}

// changeVerbKey reports a key that is only a verb of change: "expand",
// "grow", "rise".
func changeVerbKey(k string) bool {
	switch k {
	case "expand", "grow", "grew", "rise", "rose", "jump", "increas", "climb", "fall", "fell", "declin", "drop", "slip", "surg", "gain":
		return true
	}
	return false
}

// bareAmountFollower reports words that may follow a bare scaled amount
// without being its noun: a conjunction or a preposition ("up from 20,010
// billion at the end of December").
func bareAmountFollower(rest string) bool {
	for _, w := range []string{"and ", "while ", "in ", "for ", "at ", "on ", "by ", "as ", "a year", "a month", "last ", "this ", "during ", "since "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// allocatedAlike reports two amounts each given to a name or a short
// recipient with "for" and listed one after the other ("450 tonnes for
// Chilmari, 350 for Ulipur", "6,000 francs for the winner, 3,500 for second
// place"): the second, bare, shares the first's unit.
func allocatedAlike(sent string, prev, q quantity.Quantity) bool {
	forName := func(s string) (int, bool) {
		if !strings.HasPrefix(s, " for ") || len(s) < 6 || !unicode.IsLetter(rune(s[5])) {
			return 0, false
		}
		end := strings.IndexAny(s[5:], ",;.")
		if end < 0 {
			end = len(s) - 5
		}
		if a := strings.Index(s[5:], " and "); a >= 0 && a < end {
			end = a
		}
		if s[5] < 'A' || s[5] > 'Z' {
			// "6,000 francs for the winner, 3,500 for second place": a
			// short lower-case recipient, no figure in it.
			if phrase := s[5 : 5+end]; len(strings.Fields(phrase)) > 3 || strings.ContainsAny(phrase, "0123456789") {
				return 0, false
			}
		}
		return 5 + end, true
	}
	n, ok := forName(sent[prev.End:])
	if !ok || prev.End+n > q.Start {
		return false
	}
	gap := sent[prev.End+n : q.Start]
	if gap != ", " && gap != " and " && gap != ", and " {
		return false
	}
	_, ok = forName(sent[q.End:])
	return ok
}

// partOfOwnedRe matches what joins a part to the whole that follows it
// with its owner: " of the Kohsar Mail's ", " of the bus's ".
var partOfOwnedRe = regexp.MustCompile(`^ of the (?:[\w-]+ ){0,3}[\w-]+(?:'s|’s) $`)

// partOfOwned rekeys "Nine of the Kohsar Mail's 16 coaches derailed": the
// nine are the coaches that derailed, the 16 all of them. The part takes
// the whole's key and predicate; the whole keeps its noun.
func partOfOwned(sent string, base int, part, whole *Fact) {
	if part.Quantity == nil || whole.Quantity == nil || part.Quantity.Unit != "count" || whole.Quantity.Unit != "count" {
		return
	}
	from, to := part.Span.End-base, whole.Span.Start-base
	if from < 0 || to > len(sent) || from > to || to-from > 60 || !strings.HasPrefix(sent[from:to], " of the ") ||
		whole.Key == "" || !partOfOwnedRe.MatchString(sent[from:to]) {
		return
	}
	if predicateOf(whole.Key) == "" {
		if part.Key == "" {
			// "Nine of the train's 22 coaches left the tracks": the key names
			// what they did, the nine are some of the coaches.
			part.Key = whole.Key + " =part"
		}
		return
	}
	part.Key = whole.Key
	whole.Key = strings.TrimSpace(strings.TrimSuffix(whole.Key, predicateOf(whole.Key)))
}

// bracketOwner returns the name a bracket holding the amount at i follows
// ("the Soviet Union in second (440 gold medals …)", "Kenya (14)"), folded,
// or "": the bracket gives that name's figures.
func bracketOwner(sent string, i int) string {
	open := strings.LastIndexByte(sent[:i], '(')
	if open < 1 || strings.ContainsAny(sent[open:i], ")") {
		return ""
	}
	ws := strings.Fields(sent[:open])
	if n := len(ws); n >= 3 && ws[n-2] == "in" {
		if _, ok := numword.Ordinal(ws[n-1]); ok {
			ws = ws[:n-2] // "in second": its place in the table
		}
	}
	k := len(ws)
	for k > 0 && ws[k-1] != "" && ws[k-1][0] >= 'A' && ws[k-1][0] <= 'Z' && !strings.ContainsAny(ws[k-1], ",.;:") {
		k--
	}
	if k == len(ws) || k == 0 && len(ws)-k < 2 {
		return "" // no name, or only the sentence's opening word
	}
	return fold(strings.Join(ws[k:], " "))
}

// sourcePreposition reports a preposition whose phrase says where a figure
// came from or lies: "from 41 countries", "in 47 counties", "across 12 regions"
// ("crowds of 18,400" is the measure itself).
func sourcePreposition(w string) bool {
	switch w {
	case "from", "in", "across":
		return true
	}
	return false
}

// scaledAmount reports whether an amount's text ends in a scale word.
func scaledAmount(text string) bool {
	for _, s := range []string{" million", " billion", " trillion", " thousand"} {
		if strings.HasSuffix(text, s) {
			return true
		}
	}
	return false
}

// agreementsAndMemorandums reports text that opens with "agreements and
// memorandums" (or MoUs): a count of every kind of document signed.
func agreementsAndMemorandums(s string) bool {
	if len(s) < 20 || s[0] != ' ' || s[1] != 'a' && s[1] != 'A' {
		return false // most counts: no "agreements" right after
	}
	ws := strings.Fields(strings.ToLower(s[:min(len(s), 60)]))
	if len(ws) < 3 || !strings.HasPrefix(ws[0], "agreement") || ws[1] != "and" {
		return false
	}
	return strings.HasPrefix(ws[2], "memorand") || strings.HasPrefix(ws[2], "mou")
}

// gluedLetter reports a capital letter glued to a digit in sent ("P190
// billion", "N842.6 billion"): only then does the document's currency context
// matter, which costs a look at the whole document.
func gluedLetter(sent string, letter byte) bool {
	return gluedAfter(sent, string(letter))
}

// kwachaCode is the code "K" glued to a number stands for in sent: "" unless
// the sentence has one and the document names a country that writes its
// money so.
func kwachaCode(sent string, names *docNames) string {
	if !gluedLetter(sent, 'K') {
		return ""
	}
	return names.kwachaCode()
}

// shillingCode is the code "Sh" glued to a number stands for in sent: ""
// unless the sentence has one and the document names a country of shillings.
func shillingCode(sent string, names *docNames) string {
	if !gluedAfter(sent, "Sh") {
		return ""
	}
	return names.shillingCode()
}

// poundCode is the code a bare "pounds" stands for in sent: "" unless the
// sentence says "pound" and the document names a country of pounds.
func poundCode(sent string, names *docNames) string {
	if !strings.Contains(sent, "pound") {
		return ""
	}
	return names.poundCode()
}

// gluedAfter reports whether prefix stands right before a digit in sent.
func gluedAfter(sent, prefix string) bool {
	for i := 0; i+len(prefix) < len(sent); {
		j := strings.Index(sent[i:], prefix)
		if j < 0 || i+j+len(prefix) >= len(sent) {
			return false
		}
		if c := sent[i+j+len(prefix)]; c >= '0' && c <= '9' {
			return true
		}
		i += j + 1
	}
	return false
}

// watchedEvent returns the event a crowd counted at token last watched or
// attended ("watched Thursday's match" → match, "attended the semifinals"),
// stemmed, or "".
func (w words) watchedEvent(last int) string {
	for k := last + 1; k < len(w.toks) && k <= last+4; k++ {
		if w.toks[k].Kind != token.Word {
			return ""
		}
		switch w.lower(k) {
		case "watched", "attended", "saw", "watch", "attend":
		default:
			continue
		}
		place := "" // "the first session", "the final day": which one of several
		for j := k + 1; j < len(w.toks) && j <= k+4; j++ {
			if w.toks[j].Kind != token.Word {
				return ""
			}
			lw := w.lower(j)
			if isDeterminer(lw) || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
				continue
			}
			if isPreposition(lw) || isVerb(lw) || isCapitalised(w.at(j)) {
				return ""
			}
			if j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && !isPreposition(w.lower(j+1)) && !isVerb(w.lower(j+1)) && w.lower(j+1) != "and" {
				if placeWord(lw) {
					place = lw + " "
				}
				continue // "the opening match": the noun is last
			}
			if noun := normalizeWords([]string{lw}, w.stems); noun != "" {
				return place + noun
			} else if place != "" {
				return place + lw // "the final day": "day" names no measure, the day does
			}
			return ""
		}
		return ""
	}
	return ""
}

// placeWord reports a word that tells one of an event's sessions or days
// from the others: "first", "final", "opening".
func placeWord(w string) bool {
	switch w {
	case "first", "second", "third", "final", "last", "opening", "closing":
		return true
	}
	return false
}

// scoreLists returns the spans of sent that list two or more scores
// ("25-16, 25-19, 25-14", "23-25, 25-21"): the sets of a match. Most
// sentences have no digit, hyphen and digit in a row, and are not searched.
func scoreLists(sent string) [][]int {
	var margins [][]int
	if strings.IndexByte(sent, '&') >= 0 {
		margins = matchPlayPattern.FindAllStringIndex(sent, -1) // "a 5&4 win": a match-play margin, no amounts
	}
	if lists := setScoreLists(sent); lists != nil {
		return append(lists, margins...)
	}
	return margins
}

// setScoreLists returns the spans of sent that list two or more set scores.
func setScoreLists(sent string) [][]int {
	pairs := 0
	for i := strings.IndexByte(sent, '-'); i > 0 && i+1 < len(sent); {
		if isDigit(sent[i-1]) && isDigit(sent[i+1]) {
			if pairs++; pairs == 2 {
				return scoreListPattern.FindAllStringIndex(sent, -1) // two scores at least
			}
		}
		k := strings.IndexByte(sent[i+1:], '-')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return nil
}

// inSpans reports whether [start, end) lies inside one of spans.
func inSpans(spans [][]int, start, end int) bool {
	for _, m := range spans {
		if m[0] <= start && end <= m[1] {
			return true
		}
	}
	return false
}

var matchPlayPattern = regexp.MustCompile(`\b\d{1,2}&\d{1,2}\b`)

var scoreListPattern = regexp.MustCompile(`\b\d{1,2}-\d{1,2}(?:, \d{1,2}-\d{1,2})+\b`)

// eachAfter reports whether the clause after token last gives its amount to
// each of several ("for the families of each of the dead", "apiece").
func (w words) eachAfter(last int) bool {
	for k := last + 1; k < len(w.toks) && k <= last+10; k++ {
		if w.toks[k].Kind == token.Number || w.isBoundary(k) && w.at(k) != "(" && w.at(k) != ")" {
			return false
		}
		if w.toks[k].Kind == token.Word && (w.lower(k) == "each" || w.lower(k) == "apiece") {
			return true
		}
	}
	return false
}

// orderBefore reports whether the clause before token first places or
// describes an order for the things counted ("firm orders for", "The order
// covers", "ordered").
func (w words) orderBefore(first int) bool {
	for k := first - 1; k >= 0 && k >= first-10; k-- {
		switch t := w.toks[k]; {
		case t.Kind == token.Number:
			continue // "an order for 20 jets and 12 aircraft": the second count too
		case t.Kind != token.Word:
			if w.at(k) != "," && w.at(k) != "-" {
				return false
			}
			continue
		}
		switch lw := w.lower(k); {
		case lw == "order" || lw == "orders" || lw == "ordered" || lw == "ordering":
			return true
		case isVerb(lw) && lw != "and" && lw != "for":
			return false
		}
	}
	return false
}

// rainWord reports a key that already names what fell or rose in millimetres.
func rainWord(key string) bool {
	for _, w := range strings.Fields(key) {
		switch w {
		case "rain", "rainfal", "precipit", "snow", "snowfal", "water", "level", "flood", "downpour", "shower":
			return true
		}
	}
	return false
}

// buildingWord reports a stemmed head that names a building of several
// storeys the way news names the one at the centre of a story.
// possessedBuilding reports a building noun in the possessive right after a
// storey count: "the nine-storey building's central stairwell" counts the
// building's storeys, not the stairwell's.
func possessedBuilding(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	w = strings.ToLower(w)
	base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return base != w && buildingWord(textnorm.Stem(base))
}

func buildingWord(h string) bool {
	switch h {
	case "build", "factori", "block", "tower", "complex", "structur", "premis", "plant", "mall", "hotel", "hospit":
		return true
	}
	return false
}

// attributive reports an amount right before the noun it describes ("a 9mm
// pistol").
func attributive(w words, last int) bool {
	k := last + 1
	if k < len(w.toks) && w.toks[k].Kind == token.Symbol && w.at(k) == "-" {
		k++
	}
	return k < len(w.toks) && w.toks[k].Kind == token.Word && !isPreposition(w.lower(k)) && !isVerb(w.lower(k)) && !isDeterminer(w.lower(k))
}

// afterOfFrame reports whether the count at token first stands in the clauses
// after a sentence's "Of the N X," frame: "Of the 27 people injured, 12 were
// still in hospital", "Of the 17 swept away, 11 were from Sialkot, four from
// Mardan and three from Swat" count some of the N.
func (w words) afterOfFrame(first int) bool {
	if first < 4 || w.toks[0].Kind != token.Word || w.lower(0) != "of" {
		return false
	}
	number := false
	for k := 1; k < first; k++ {
		switch {
		case w.toks[k].Kind == token.Number:
			number = true
		case w.at(k) == ",":
			return number
		case w.at(k) == ";" || w.at(k) == ":":
			return false
		}
	}
	return false
}

// bareCount reports whether the count ending at token last names no noun of
// its own: a verb, an auxiliary or punctuation follows it ("12 were", "78
// reached", "45, or 75%"), not "two families".
func (w words) bareCount(last int) bool {
	next := last + 1
	if next >= len(w.toks) || w.toks[next].Kind != token.Word {
		return true
	}
	lw := w.lower(next)
	return isAuxiliary(lw) || isVerb(lw) || strings.HasSuffix(lw, "ed")
}

// wholeOfPart reports an amount at token first that is the whole of "N of
// the M": the verb after M's noun tells what happened to N.
func (w words) wholeOfPart(first int) bool {
	return first >= 3 && w.toks[first-3].Kind == token.Number && w.lower(first-2) == "of" && w.lower(first-1) == "the"
}

// partVerb returns the predicate of the clause whose subject is "N of the M
// …" with M at token m, "" when there is none or measure holds it already.
func (w words) partVerb(m int, measure string) string {
	p := w.countPredicate(m, m, Head(measure))
	if p == "" || strings.Contains(measure, "="+p) {
		return ""
	}
	return p
}

// partOfAfter reports "of the", "of its" or "of their" right after token
// last: the amount is a part of the whole named next.
func (w words) partOfAfter(last int) bool {
	k := last + 1
	if k+1 >= len(w.toks) || w.toks[k].Kind != token.Word || w.lower(k) != "of" || w.toks[k+1].Kind != token.Word {
		return false
	}
	switch w.lower(k + 1) {
	case "the", "its", "their", "this", "that":
		return true
	}
	return false
}

// perShare reports an amount of earnings per share, however written:
// "earnings of NT$3.17 per share", "Earnings per share were NT$3.71", "EPS
// rose to NT$3.50".
func perShare(w words, first, last int, measure string) bool {
	if measure == "ep" || strings.HasPrefix(measure, "ep ") {
		return true // "EPS", stemmed
	}
	if last+2 < len(w.toks) && w.lower(last+1) == "per" && w.lower(last+2) == "share" {
		return strings.Contains(measure, "earn") || strings.Contains(measure, "profit") || strings.Contains(measure, "incom")
	}
	if Head(measure) == "share" || strings.HasPrefix(measure, "share ") {
		for k := max(0, first-6); k+2 < first; k++ {
			if strings.HasPrefix(w.lower(k), "earning") && w.lower(k+1) == "per" && w.lower(k+2) == "share" {
				return true
			}
		}
	}
	return false
}

// unhyphenated writes a key's hyphens between letters as spaces: "non-perform
// loan" and "non perform loan" are one key, however the phrase reached it.
// Model codes keep theirs ("a350-900", "e195-e2").
func unhyphenated(key string) string {
	if !strings.Contains(key, "-") {
		return key
	}
	b := []byte(key)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '-' && isLetter(b[i-1]) && isLetter(b[i+1]) && !codeAround(b, i) {
			if particleAfter(b[i+1:]) {
				// "all-in sustaining costs", "roll-out": one word, not a word
				// and a preposition that would open a qualifier
				b = append(b[:i], b[i+1:]...)
				continue
			}
			b[i] = ' '
		}
	}
	return string(b)
}

// particleAfter reports whether b opens with a particle word that closes a
// compound ("in" of "all-in", "out" of "roll-out").
func particleAfter(b []byte) bool {
	n := 0
	for n < len(b) && isLetter(b[n]) {
		n++
	}
	switch strings.ToLower(string(b[:n])) {
	case "in", "on", "off", "out", "up", "over":
		return true
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// codeAround reports a digit in the word on either side of the hyphen at i:
// a model code ("e195-e2").
func codeAround(b []byte, i int) bool {
	for k := i - 1; k >= 0 && b[k] != ' '; k-- {
		if isDigit(b[k]) {
			return true
		}
	}
	for k := i + 1; k < len(b) && b[k] != ' '; k++ {
		if isDigit(b[k]) {
			return true
		}
	}
	return false
}

// plannedMeasure returns the measure a planned figure's key names after its
// word of intent ("target for grain" → "grain"): a target of 11 million tonnes
// of grain and the target for grain are one measure. Other keys are kept.
func plannedMeasure(key string) string {
	w, rest, ok := strings.Cut(key, " ")
	if !ok {
		return key
	}
	switch w {
	case "target", "goal", "forecast", "estim":
	default:
		return key
	}
	if prep, measure, ok := strings.Cut(rest, " "); ok && (prep == "for" || prep == "of") && measure != "" && !strings.HasPrefix(measure, "=") {
		return measure
	}
	return key
}

// pairAnaphor reports whether the words of a sentence before a figure name
// its owners "the two countries" or "both sides": a pair the text named
// before.
func pairAnaphor(lowered string) bool {
	for _, p := range pairPhrases {
		if strings.Contains(lowered, p) {
			return true
		}
	}
	return false
}

// pairPhrases are the words that name a pair the text named before.
var pairPhrases = []string{"two countries", "both countries", "two sides", "both sides", "two nations"}

// countriesBefore returns the countries named in the 600 bytes before end,
// folded, sorted and joined ("chile vietnam"), "" when fewer than two.
func countriesBefore(text string, end int) string {
	from := max(0, end-600)
	for from > 0 && from < end && text[from]&0xc0 == 0x80 {
		from++ // start on a rune
	}
	var names []string
	win := text[from:end]
	for k := 0; k < len(win); {
		// The capitalised runs of ASCII letters, read in place: a country
		// name is one ("Chile", "Vietnam"), and most words are not asked.
		if c := win[k]; c < 'A' || c > 'Z' {
			k++
			continue
		}
		e := k + 1
		for e < len(win) && (win[e]|0x20 >= 'a' && win[e]|0x20 <= 'z') {
			e++
		}
		w := win[k:e]
		k = e
		if e < len(win) && win[e] == '$' || len(w) < 4 && w != "UAE" {
			continue // "US$16.0 billion" is a currency, no country named
		}
		if c := attrib.CountryName(w); c != "" && !slices.Contains(names, fold(c)) {
			names = append(names, fold(c))
		}
	}
	if len(names) < 2 {
		return ""
	}
	slices.Sort(names)
	return strings.Join(names, " ")
}

// reachesStage reports whether the words after a count at token last say
// the things reached a later stage of a contest ("Eight choirs reached the
// final", "16 teams reached the knockout rounds").
func (w words) reachesStage(last int) bool {
	for j := last + 1; j < len(w.toks) && j <= last+7; j++ {
		switch w.lower(j) {
		case "final", "finals", "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
			"quarter-final", "quarter-finals", "knockout", "playoffs", "podium":
			return true
		}
	}
	return false
}

// placing returns the place a prize before token first is for, as a key
// word: "winner" for a win or first place, "runner" for second place or a
// runner-up, "third" for third place; "" when the sentence names none.
func (w words) placing(first int) string {
	for j := 0; j < first; j++ {
		switch lw := w.lower(j); lw {
		case "win", "winner", "winners", "champion", "champions", "victory":
			return "winner"
		case "runner-up", "runners-up":
			return "runner"
		case "first", "second", "third":
			if j+1 < len(w.toks) && (w.lower(j+1) == "place" || w.lower(j+1) == "prize") {
				return map[string]string{"first": "winner", "second": "runner", "third": "third"}[lw]
			}
		}
	}
	return ""
}

// aliveAfter reports "alive" within three words after the count ending at
// token last: "pulled 23 people alive from the debris".
func (w words) aliveAfter(last int) bool {
	for j := last + 1; j < len(w.toks) && j <= last+3; j++ {
		if w.toks[j].Kind == token.Word && w.lower(j) == "alive" {
			return true
		}
	}
	return false
}
