package rules

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Events are matched by the words around their dates: the nearest content words on
// each side of the date, within its clause. Two dates are about the same event when
// their windows share at least eventMinShared stems making up at least
// eventMinOverlap of the smaller window, and their proper names do not tell the
// events apart (each side naming someone or something the other does not).
const (
	eventWindow     = 5
	eventMinShared  = 2
	eventMinOverlap = 0.5
)

// dateWords are the words of dates themselves: they say when, not what.
var dateWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "year": true, "years": true, "ago": true, "anniversary": true, "last": true,
	"next": true, "month": true, "months": true, "week": true, "weeks": true, "day": true,
	"days": true, "today": true, "yesterday": true, "tomorrow": true, "earlier": true, "later": true,
	"this": true, "decade": true, "decades": true, "th": true, "st": true, "nd": true, "rd": true,
	"early": true, "late": true, "mid": true, "end": true, "beginning": true, "half": true,
	"quarter": true, "recent": true, "recently": true, "past": true, "previous": true,
	"a.m": true, "p.m": true, "a.m.": true, "p.m.": true, "am": true, "pm": true, "hour": true, "hours": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "noon": true, "midnight": true,
}

// placeWords say where, not what: "near the mine", "outside the court".
var placeWords = map[string]bool{"near": true, "nearby": true, "outside": true, "inside": true, "beside": true,
	"across": true, "around": true, "along": true, "within": true}

// placeStems are the stems of nouns of places: two things that happened at
// one mine or in one city are not one event for sharing them.
var placeStems = map[string]bool{"mine": true, "shaft": true, "site": true, "citi": true, "provinc": true,
	"district": true, "villag": true, "town": true, "zone": true, "area": true, "region": true, "port": true,
	"hospit": true, "school": true, "stadium": true, "hall": true, "centr": true, "center": true, "capit": true,
	"border": true, "coast": true, "island": true, "river": true, "street": true, "road": true, "squar": true,
	"build": true, "hotel": true, "airport": true, "countri": true, "nation": true, "state": true, "counti": true,
	"highway": true, "motorway": true}

// subordinators open a clause that may tell of another time.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "until": true, "once": true, "where": true}

// datedAhead reports whether the tokens up to the clause's end hold a day or
// a month word: a date of their own.
func datedAhead(toks []token.Token, text string) bool {
	prev := ""
	for _, t := range toks {
		if isClauseBreak(t, text) {
			return false
		}
		if t.Kind != token.Word {
			continue
		}
		switch f := foldWord(t.Text(text)); f {
		case "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "ago":
			return true
		case "week", "weekend", "month", "night":
			if prev == "last" {
				return true // "where a fire killed 16 people last week"
			}
		}
		prev = foldWord(t.Text(text))
	}
	return false
}

// eventSynonyms give one stem to the words news uses for one kind of event.
var eventSynonyms = map[string]string{"drive": "campaign", "began": "start", "begin": "start"}

// auxiliaryStart reports "began" or "started" that only opens another verb
// ("began returning on Friday", "started to fall"): no start of its own.
func auxiliaryStart(text string, end int) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text[end:min(len(text), end+24)], " "), " ")
	w = strings.ToLower(strings.Trim(w, ",."))
	return w == "to" || len(w) > 4 && strings.HasSuffix(w, "ing")
}

// canonStem is a stem as eventSynonyms name it.
func canonStem(st string) string {
	if c, ok := eventSynonyms[st]; ok {
		return c
	}
	return st
}

// startVerbs are the origin verbs that say one thing began: "started",
// "began", "opened" a campaign on one day are one start.
var startVerbs = map[string]bool{"start": true, "began": true, "begin": true, "open": true, "launch": true}

// sameStart reports two origin verbs of one start ("started", "began").
func sameStart(a, b map[string]bool) bool {
	for v := range a {
		if !startVerbs[v] {
			continue
		}
		for w := range b {
			if startVerbs[w] {
				return true
			}
		}
	}
	return false
}

// originStems mark a date as the start of something, which is what anniversaries
// and "N years ago" date.
var originStems = map[string]bool{
	"establish": true, "found": true, "foundat": true, "inaugur": true, "launch": true,
	"creat": true, "began": true, "begin": true, "start": true, "set": true, "normal": true,
	"open": true, "sign": true, "forg": true, "elev": true, "upgrad": true, "born": true,
}

// eventWords is what a date is about: the content stems of the words around it,
// the proper names among them, and the words as written for messages.
type eventWords struct {
	stems map[string]bool
	names map[string]bool
	// doers are the names before the clause's verb that the window left out
	doers   map[string]bool
	written []string
	origin  bool
	// verbs are the origin stems present ("establish", "upgrad").
	verbs map[string]bool
	// leadVerbs are those of verbs written before the date: the clause's
	// own ("Vietnam and Panama signed … yesterday"), not a later one's.
	leadVerbs map[string]bool
	// leadWritten is the last of them as written ("signed").
	leadWritten string
	// degree is "fully", "partially" or "partly" when the clause says how
	// far it went: one stage of a reopening.
	degree string
	// acts are the clause's other verbs: what happened on the date.
	acts map[string]bool
	// anchor is the noun phrase right before the date's preposition ("a capital
	// markets day on November 18" → "capit market"): the name of the event.
	anchor string
	// core is the clause's verb and the word it takes ("made landfall" →
	// "made landfal"): what happened, however the rest of the clause reads.
	core string
	// started is what an origin verb or an anniversary starts ("established
	// diplomatic relations", "the 35th anniversary of diplomatic relations").
	started map[string]bool
	// again marks a repeat of what the words name: "a new spell of heavy
	// rain that began on Thursday" is not the rain that began on August 9.
	again bool
	// subject is the stems of the name opening the sentence ("Thailand, ranked
	// 14th, will play Chinese Taipei on Saturday"): who did it.
	subject map[string]bool
	// ends marks a clause with a word that ends something ("wrapped up",
	// "closed"): no opening.
	ends bool
	// ordinal is the number its clause gives one of a series ("2" of "won
	// the second stage"), and stage the noun it numbers ("stage"): "the sixth
	// round on Saturday" and "the sixth round will be played on Friday" name
	// one round, whatever else their clauses say.
	ordinal, stage string
	// disaster is the disaster its clause names ("fire", "landslide"): a
	// story has one, whatever else the clauses say about it.
	disaster string
	// generic is "accident", "disaster" or "tragedy" when the clause names
	// its event only so ("The accident happened …"; not "since the accident").
	generic string
	// number is 'p' for the stems written in the plural ("finals": several
	// events, of which "the final" elsewhere may be any other one) and 's'
	// for a singular noun after a determiner ("the final").
	number map[string]byte
	// qualifiers are origin stems written as a noun's qualifier ("the open
	// section"): no opening, though another window's "opened" shares the stem.
	qualifiers []string
	// opponent is the side a result was won against, as written ("beat
	// Spain", "the win over Spain"): the match, told by who was beaten.
	opponent string
	// winner is the side named right before the result ("Laos beat"), "" when none is.
	winner string
}

// eventAround collects the words around the date span [start, end) of f's sentence.
func eventAround(f *claims.Fact, start, end int) eventWords {
	ev := eventWords{stems: map[string]bool{}, names: map[string]bool{}, verbs: map[string]bool{}, acts: map[string]bool{}}
	sent := f.Sentence
	if f.Doc == nil || sent.Start < 0 || sent.End > len(f.Doc.Text) || sent.Start > start || end > sent.End || start > end {
		return ev
	}
	text := f.Doc.Text[sent.Start:sent.End]
	toks := token.Scan(text, nil)
	s, e := start-sent.Start, end-sent.Start
	var before, after []token.Token
	firstSince := false
	skipTo := -1 // the end of an age aside the window steps over
scan:
	for k, t := range toks {
		if k <= skipTo {
			continue
		}
		switch {
		case t.End <= s:
			if predicateAnd(toks, k, text) {
				// "The hotel opened in 2009 and was renovated two years ago":
				// the second predicate is the date's; the first has its own.
				before = before[:0]
				continue
			}
			if c := ageAsideEnd(toks, k, text); c > 0 && toks[c].End <= s {
				// "Police arrested two men, aged 34 and 57, yesterday": the
				// ages are an aside; the arrest is what the date dates.
				skipTo = c
				continue
			}
			if isClauseBreak(t, text) {
				// A relative clause is about the noun before its comma: "The port,
				// which was founded in 2005, …" dates the port's founding.
				if !(t.Text(text) == "," && k+1 < len(toks) && (relativeWord(toks[k+1].Text(text)) || originParticiple(toks[k+1].Text(text)))) &&
					!closesNamedApposition(before, toks, k, text) {
					before = before[:0]
				}
				continue
			}
			if t.Kind == token.Word && foldWord(t.Text(text)) == "since" && k+1 < len(toks) && foldWord(toks[k+1].Text(text)) == "the" {
				for _, u := range before[max(0, len(before)-4):] {
					if foldWord(u.Text(text)) == "first" {
						// "The first passenger train since the accident left … on
						// Saturday": one after the story's event, not "since it
						// broke out on Monday", which dates the event itself.
						firstSince = true
					}
				}
			}
			if t.Kind == token.Word && foldWord(t.Text(text)) == "since" && sinceVerbClause(toks[k+1:], s, text) && !firstSince && !sinceEventPhrase(toks[k+1:], text) {
				// "has drawn crowds since it opened last Thursday": the
				// since-clause is what the date dates.
				before = before[:0]
				continue
			}
			before = append(before, t)
		case t.Start >= e:
			// A date fronting its clause ("Last month, the city opened ...") is
			// about the clause after the comma.
			if isClauseBreak(t, text) && (contentCount(after, text) > 0 || contentCount(before, text) > 0) {
				break scan
			}
			if predicateAnd(toks, k, text) && contentCount(before, text) > 0 {
				break scan // "opened in 2009 and was renovated in 2024": the renovation has its own date
			}
			if t.Kind == token.Word && foldWord(t.Text(text)) == "and" && k+1 < len(toks) && contentCount(before, text) > 0 &&
				(foldWord(toks[k+1].Text(text)) == "a" || foldWord(toks[k+1].Text(text)) == "an") {
				break scan // "after a win over Singapore on Friday and a draw in the final round": another thing, undated
			}
			if t.Kind == token.Word && foldWord(t.Text(text)) == "that" && k > 0 && foldWord(toks[k-1].Text(text)) == "and" {
				// "would decide on a dividend in October and that net debt had
				// fallen": the second reported clause is another event.
				after = after[:max(0, len(after)-1)] // "and" is no event word either
				break scan
			}
			if t.Kind == token.Word && subordinators[foldWord(t.Text(text))] && contentCount(before, text) > 0 && datedAhead(toks[k+1:], text) {
				// "were still trapped this evening after a shaft collapsed …
				// late yesterday": the after-clause has a date of its own, and
				// is that date's event.
				break scan
			}
			after = append(after, t)
		}
	}
	// Origin verbs count anywhere in the clause: "upgrading their diplomatic
	// relations to a Comprehensive Strategic Partnership two years ago". So do
	// the clause's other verbs: an event is what happened, so "the burned area
	// stood at 12,400 hectares on Monday" and "Ibarra toured the burned area on
	// Thursday" are two events, while "made landfall on Sunday" and "made
	// landfall late on Saturday" are one.
	clause := append(before[:len(before):len(before)], after...)
	for i, t := range clause {
		if t.Kind != token.Word {
			continue
		}
		st := stemWord(t.Text(text))
		// "won the open section": a bare word after "the" qualifies a noun.
		qualifier := i > 0 && determinerWord(foldWord(clause[i-1].Text(text))) && foldWord(t.Text(text)) == st
		if qualifier && originStems[st] {
			ev.qualifiers = append(ev.qualifiers, st)
		}
		if !qualifier && originStems[st] || firstDone(clause, i, text) {
			ev.origin = true
			ev.verbs[st] = true
			if i < len(before) && foldWord(t.Text(text)) != st && f.Date != nil && oneDay(f.Date) {
				// A verb written as one ("signed", not "set" of "the fifth
				// set") that dates a day: "for 2027-2031" after "signed" is
				// the span of what was signed.
				if ev.leadVerbs == nil {
					ev.leadVerbs = map[string]bool{}
				}
				ev.leadVerbs[st] = true
				ev.leadWritten = t.Text(text)
			}
			if ev.started == nil && i < len(before) {
				ev.started = objectStems(clause[i+1:], text) // "established diplomatic relations"
			}
		} else if clauseVerb(clause, i, text) {
			ev.acts[st] = true
			if i < len(before) {
				if c := verbObject(clause, i, text, st); c != "" {
					ev.core = c // the verb nearest before the date wins
				}
			}
		}
	}
	for i, t := range before {
		// "Verhoeven's victory in the men's 2000m … on Sunday capped …": a
		// win named by its noun is what the date dates, as "won" would be.
		if w := foldWord(t.Text(text)); (w == "victory" || w == "win" || w == "triumph") && i > 0 &&
			(strings.HasSuffix(before[i-1].Text(text), "'s") || strings.HasSuffix(before[i-1].Text(text), "’s") || possessiveWord(foldWord(before[i-1].Text(text)))) {
			ev.acts["won"] = true
		}
	}
	for _, t := range clause {
		switch w := foldWord(t.Text(text)); w {
		case "fully", "partially", "partly":
			ev.degree = w
		}
	}
	ev.anchor = anchorBefore(before, text)
	ev.winner, ev.opponent = opponentIn(clause, text)
	for _, t := range clause {
		if t.Kind == token.Word && endStems[stemWord(t.Text(text))] {
			ev.ends = true // "wrapped up a two-day review … yesterday"
		}
	}
	ev.ordinal, ev.stage = ordinalIn(clause, text)
	// "… where devotees had been gathering since Friday night": a day after
	// "since" starts what went on before the disaster, never its strike.
	sinceDay := len(before) > 0 && foldWord(before[len(before)-1].Text(text)) == "since"
	for i, t := range clause {
		if sinceDay {
			break
		}
		if t.Kind != token.Word {
			continue
		}
		w := foldWord(t.Text(text))
		// "since the blast on Wednesday morning": the date dates the noun
		// that a preposition of time governs (not "battled the blaze on
		// Wednesday", a day of the battle).
		nounDated := disasterNouns[w] && (i == len(before)-1 || i == len(before)-2 && foldWord(clause[i+1].Text(text)) == "on" ||
			i >= 2 && foldWord(clause[i-2].Text(text)) != "since" && i < len(before) && len(before)-i <= 14 && noVerbIn(clause[i+1:len(before)], text)) &&
			i >= 2 && determinerWord(foldWord(clause[i-1].Text(text))) && timePreposition(foldWord(clause[i-2].Text(text)))
		if i >= len(before) && afterClauseBefore(clause[len(before):i], text) {
			break // "remained trapped on Tuesday after a methane explosion tore through": earlier than the day
		}
		if disasterNouns[w] && (strikesNext(clause, i, text) && !relativeBeforeMainVerb(clause, i, len(before), text) || nounDated) ||
			(disasterVerbs[w] != "" || impactInto(clause, i, text)) && i < len(before) && !(i > 0 && determinerWord(foldWord(clause[i-1].Text(text)))) && !tallyVerbBetween(clause[i+1:len(before)], text) {
			// "a fire tore through … late last night", "the blast on
			// Wednesday morning", "a gas tanker exploded … early on Tuesday",
			// "the express ploughed into a crowded bus last Sunday"
			ev.disaster = disasterCanon(w)
			ev.stems[stemWord(ev.disaster)] = true
			break
		}
	}
	if ev.disaster == "" && !sinceDay && physicalFailure(toks, before, text) {
		// "The hillside … gave way shortly before 2 a.m. on Sunday", "Water
		// poured into the mine on Tuesday": the story's disaster, told by
		// what gave way or broke loose.
		ev.disaster = struck
	}
	if ev.disaster == "" && !sinceDay {
		if d := openingDisaster(toks, text, s); d != "" {
			// "The explosion, on the evening of Sunday, March 8, tore through
			// the market": the subject set off before the date is what it dates.
			ev.disaster = d
			ev.stems[stemWord(d)] = true
		}
	}
	ev.again = repeatMarked(clause, text) || firstSince
	for i, t := range clause {
		switch t.Text(text) {
		case "disaster", "tragedy", "accident":
			// "The accident happened … on Sunday": the subject of what
			// happened, not "witnessed the accident" or "the disaster agency".
			if i >= 1 && i+1 < len(clause) && determinerWord(foldWord(clause[i-1].Text(text))) && happenedVerb(foldWord(clause[i+1].Text(text))) {
				ev.generic = t.Text(text)
			}
		}
	}
	for _, t := range toks {
		if rt := raceTimeStem(t, text); rt != "" {
			ev.stems[rt] = true // "finishing in 3:52:14": the result names the race, wherever the sentence gives it
		}
		if rd := readingStem(t, text); rd != "" {
			ev.stems[rd] = true // "the 51.5C peak", "climbed to 51.5 degrees Celsius": the reading names its day
		}
	}
	for k := range clause {
		if sc := scoreStem(clause, k, text); sc != "" {
			ev.stems[sc] = true // "a 3-1 win": the score names the match
		}
		if sc := marginStem(clause, k, text); sc != "" {
			ev.stems[sc] = true // "a five-wicket win", "won by 56 runs": the margin names the match as a score does
		}
	}
	if len(after) > 1 && after[0].Kind == token.Word && foldWord(after[0].Text(text)) == "of" && strings.Contains(strings.ToLower(text[s:e]), "anniversar") {
		ev.started = objectStems(after[1:], text) // "the 35th anniversary of diplomatic relations"
	}
	for _, t := range openingName(toks, text) {
		if t.Start >= s {
			break
		}
		if f := foldWord(t.Text(text)); f != "" && !stopWords[f] && !dateWords[f] {
			if ev.subject == nil {
				ev.subject = map[string]bool{}
			}
			ev.subject[stemWord(t.Text(text))] = true
		}
	}
	var picked []token.Token
	n := 0
	if len(before) > 0 && before[0].Kind == token.Word && foldWord(before[0].Text(text)) == "it" {
		// "The MRT Brown Line … has drawn crowds since it opened last
		// Thursday": the pronoun's clause is about the name opening the sentence.
		for _, t := range openingName(toks, text) {
			if ev.add(t, text, false) {
				picked = append(picked, t)
			}
		}
	}
	i := len(before) - 1
	for ; i >= 0 && n < eventWindow; i-- {
		if ev.add(before[i], text, i == 0 && sent.Start == 0) {
			picked = append([]token.Token{before[i]}, picked...)
			n++
		}
	}
	// "Japan's Kenji Morisawa and Sofia Albuquerque won the individual
	// trampoline titles at the World Cup in Coimbra yesterday": the doers
	// named before the verb, out of the window, tell whose event it is.
	for k, t := range before[:i+1] {
		if clauseVerb(before, k, text) {
			break
		}
		if t.Kind != token.Word || !startsUpper(t.Text(text)) {
			continue
		}
		if len(toks) > 0 && t.Start == toks[0].Start && (k+1 >= len(before) || !startsUpper(before[k+1].Text(text))) && !coordinatedName(before, k, text) {
			continue // "Rescue teams reached …": a capital that opens the sentence, no name
		}
		if f := foldWord(t.Text(text)); len(f) > 1 && !stopWords[f] && !dateWords[f] && !placeWords[f] {
			if ev.doers == nil {
				ev.doers = map[string]bool{}
			}
			ev.doers[stemWord(t.Text(text))] = true
		}
	}
	n = 0
	for _, t := range after {
		if n >= eventWindow {
			break
		}
		if ev.add(t, text, false) {
			picked = append(picked, t)
			n++
		}
	}
	for _, t := range picked {
		ev.written = append(ev.written, t.Text(text))
	}
	return ev
}

// coordinatedName reports a word joined by "and" to a capitalised one
// ("Panama and Vietnam signed"): a name, though it opens the sentence.
func coordinatedName(toks []token.Token, k int, text string) bool {
	return k+2 < len(toks) && foldWord(toks[k+1].Text(text)) == "and" && startsUpper(toks[k+2].Text(text))
}

// closesNamedApposition reports a comma at toks[k] that closes a name in
// apposition before the clause's verb: "The captain, Elias Mwakyusa, was
// arrested on Monday" keeps who was arrested in the date's window.
func closesNamedApposition(before, toks []token.Token, k int, text string) bool {
	if toks[k].Text(text) != "," || k+1 >= len(toks) || len(before) == 0 || len(before) > 4 {
		return false
	}
	switch foldWord(toks[k+1].Text(text)) {
	case "was", "were", "is", "are", "has", "had", "have", "will", "would":
	default:
		return false
	}
	for _, t := range before {
		if t.Kind != token.Word || !startsUpper(t.Text(text)) {
			return false
		}
	}
	return true
}

// predicateAnd reports an "and" at toks[k] that opens a second predicate of
// the clause's subject: "and was renovated", "and has since reopened".
func predicateAnd(toks []token.Token, k int, text string) bool {
	if toks[k].Kind != token.Word || foldWord(toks[k].Text(text)) != "and" || k+1 >= len(toks) || toks[k+1].Kind != token.Word {
		return false
	}
	switch foldWord(toks[k+1].Text(text)) {
	case "was", "were", "is", "are", "has", "have", "had", "will":
		return true
	}
	return false
}

// ageAsideEnd returns the index of the comma closing an age set off by
// commas from toks[k], a comma: ", aged 34 and 57,", ", 57,"; 0 when there
// is none.
func ageAsideEnd(toks []token.Token, k int, text string) int {
	if toks[k].Text(text) != "," || k+2 >= len(toks) {
		return 0
	}
	j := k + 1
	if foldWord(toks[j].Text(text)) == "aged" {
		j++
	}
	for ; j < len(toks) && j <= k+6; j++ {
		switch {
		case toks[j].Kind == token.Number, toks[j].Kind == token.Word && foldWord(toks[j].Text(text)) == "and":
		case toks[j].Text(text) == ",":
			if j > k+1 && toks[j-1].Kind == token.Number {
				return j
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// happenedVerb reports a verb that says an event took place: "happened",
// "struck", "occurred".
func happenedVerb(w string) bool {
	switch w {
	case "happened", "occurred", "struck", "hit", "took", "unfolded", "began", "started", "came":
		return true
	}
	return false
}

// sinceEventPhrase reports "since the accident", "since the blast" at the
// start of toks: a phrase of time before the clause's own verb ("waiting
// since the accident walked down …" is no clause of the accident's).
func sinceEventPhrase(toks []token.Token, text string) bool {
	if len(toks) < 2 || !determinerWord(foldWord(toks[0].Text(text))) {
		return false
	}
	w := foldWord(toks[1].Text(text))
	return disasterNouns[w] || w == "accident" || w == "disaster" || w == "tragedy"
}

// repeatMarked reports words marking an event as a repeat of one before:
// "another", "renewed", "its own" (another body's), or "new" or "fresh"
// before a spell, wave, round or bout.
func repeatMarked(clause []token.Token, text string) bool {
	for i, t := range clause {
		if i+1 < len(clause) && foldWord(clause[i+1].Text(text)) == "more" && (i+2 >= len(clause) || foldWord(clause[i+2].Text(text)) != "than") {
			if _, isCount := numword.Cardinal(foldWord(t.Text(text))); t.Kind == token.Number || isCount {
				return true // "recovered four more bodies on Monday": one more day of a search
			}
		}
		if t.Kind != token.Word {
			continue
		}
		switch foldWord(t.Text(text)) {
		case "another", "renewed", "again": // "the council will meet again on 17 December": a later meeting
			return true

		case "own": // "the region approved its own budget on Tuesday": another one than the city's
			if i > 0 && possessiveWord(foldWord(clause[i-1].Text(text))) {
				return true
			}
		case "new", "fresh": // not "fresh snow"
			if i+1 < len(clause) {
				switch foldWord(clause[i+1].Text(text)) {
				case "spell", "wave", "round", "bout", "burst", "outbreak":
					return true
				}
			}
		}
	}
	return false
}

// ingPrepositions end in "-ing" but do nothing: "during the storm",
// "according to officials".
var ingPrepositions = map[string]bool{"during": true, "including": true, "according": true, "following": true,
	"regarding": true, "concerning": true, "excluding": true, "pending": true, "notwithstanding": true}

// matchResult folds the words of a match's result to one stem: "beat
// Malaysia 3-1", "a 3-1 win over Malaysia", "victory over Malaysia".
var matchResult = map[string]string{"win": "win", "won": "win", "wins": "win", "beat": "win", "beats": "win",
	"victory": "win", "defeated": "win", "defeat": "win", "thrashed": "win", "edged": "win"}

// opponentIn returns the side a clause's result was won against, and the
// winner when a name right before the result says so: "Laos beat Spain"
// (Laos, Spain), "a 2-1 win over Spain" ("", Spain), "victory against the
// Netherlands". A pronoun before the result ("watched them beat Guam") hides
// which side won, so no opponent is returned: other teams beat Guam too.
func opponentIn(clause []token.Token, text string) (winner, opponent string) {
	for i, t := range clause {
		if t.Kind != token.Word {
			continue
		}
		j := i + 1
		switch foldWord(t.Text(text)) {
		case "beat", "beats", "beating", "defeated", "defeating", "edged", "edging", "thrashed", "overcame", "downed":
		case "win", "victory":
			if j >= len(clause) || clause[j].Kind != token.Word {
				continue
			}
			if w := foldWord(clause[j].Text(text)); w != "over" && w != "against" {
				continue
			}
			j++
		default:
			continue
		}
		if i > 0 && clause[i-1].Kind == token.Word {
			w := clause[i-1].Text(text)
			switch foldWord(w) {
			case "them", "they", "he", "she", "it", "we", "us", "who", "which":
				return "", ""
			}
			if startsUpper(w) {
				winner = w
			}
		}
		if j < len(clause) && clause[j].Kind == token.Word && foldWord(clause[j].Text(text)) == "the" {
			j++
		}
		if j < len(clause) && clause[j].Kind == token.Word && startsUpper(clause[j].Text(text)) {
			return winner, clause[j].Text(text)
		}
		return "", ""
	}
	return "", ""
}

// sameStage reports two clauses about one numbered part of a series: "the
// sixth round on Saturday", "the sixth round will be played on Friday".
func sameStage(a, b eventWords) bool {
	return a.stage != "" && a.stage == b.stage && a.ordinal == b.ordinal
}

// sameOpponent reports two results won against one side, by one winner as
// far as the clauses tell.
func sameOpponent(a, b eventWords) bool {
	if a.opponent == "" || b.opponent == "" || stemWord(a.opponent) != stemWord(b.opponent) {
		return false
	}
	return a.winner == "" || b.winner == "" || stemWord(a.winner) == stemWord(b.winner)
}

// scoreStem returns a match score written at token k ("3-1": digits joined
// by a tight dash) as an event stem, "" when there is none.
func scoreStem(clause []token.Token, k int, text string) string {
	if k+2 >= len(clause) || clause[k].Kind != token.Number || clause[k+2].Kind != token.Number ||
		clause[k+1].Text(text) != "-" || clause[k].End != clause[k+1].Start || clause[k+1].End != clause[k+2].Start {
		return ""
	}
	a, b := clause[k].Text(text), clause[k+2].Text(text)
	if len(a) > 2 || len(b) > 2 {
		return "" // "2025-26", "10-12": no score
	}
	return "score " + a + "-" + b
}

// raceTimeRe matches a race time: hours, minutes and seconds ("3:52:14"), or
// minutes, seconds and hundredths ("1:45.32"); a clock time ("5:40") is none.
var raceTimeRe = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?|\.\d{1,2})`)

// raceTimeStem returns the race time that token t starts as a score stem,
// "" when it starts none.
func raceTimeStem(t token.Token, text string) string {
	if t.Kind != token.Number || t.Start > 0 && (text[t.Start-1] == ':' || text[t.Start-1] == '.' || text[t.Start-1] >= '0' && text[t.Start-1] <= '9') {
		return ""
	}
	if m := raceTimeRe.FindString(text[t.Start:]); m != "" {
		return "score time " + m
	}
	return ""
}

// readingRe matches a reading of an instrument written with its decimal:
// "51.5C", "51.5 degrees", "231.4 mm". Whole numbers are left out: "48C"
// is reached on many days of a heatwave, "51.5C" once.
var readingRe = regexp.MustCompile(`^(\d+\.\d+)\s?(?:°\s?C\b|C\b|degrees\b|mm\b|millimet(?:re|er)s\b)`)

// readingStem returns the reading that token t starts as a score stem, ""
// when it starts none.
func readingStem(t token.Token, text string) string {
	if t.Kind != token.Number || t.Start > 0 && (text[t.Start-1] == '.' || text[t.Start-1] >= '0' && text[t.Start-1] <= '9') {
		return ""
	}
	if m := readingRe.FindStringSubmatch(text[t.Start:]); m != nil {
		return "score reading " + m[1]
	}
	return ""
}

// marginUnits are what a match is won by: "a five-wicket win", "by 56 runs".
var marginUnits = map[string]string{"wicket": "wicket", "wickets": "wicket", "run": "run", "runs": "run",
	"goal": "goal", "goals": "goal", "point": "point", "points": "point", "stroke": "stroke", "strokes": "stroke", "try": "try", "tries": "try"}

// marginStem returns the margin of a match written at token k ("five-wicket",
// "56-run", or "by 56 runs") as a score stem, "" when there is none.
func marginStem(clause []token.Token, k int, text string) string {
	if k+2 < len(clause) && clause[k+1].Text(text) == "-" && clause[k].End == clause[k+1].Start && clause[k+1].End == clause[k+2].Start {
		if u, ok := marginUnits[foldWord(clause[k+2].Text(text))]; ok && !strings.HasSuffix(clause[k+2].Text(text), "s") {
			if n, ok := marginNumber(clause[k].Text(text)); ok {
				return "score margin " + n + " " + u
			}
		}
	}
	if k+2 < len(clause) && foldWord(clause[k].Text(text)) == "by" {
		if u, ok := marginUnits[foldWord(clause[k+2].Text(text))]; ok {
			if n, ok := marginNumber(clause[k+1].Text(text)); ok {
				return "score margin " + n + " " + u
			}
		}
	}
	return ""
}

// marginNumber reads a margin's number in digits or words.
func marginNumber(w string) (string, bool) {
	if n, ok := numword.Cardinal(foldWord(w)); ok {
		return strconv.Itoa(n), true
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return strconv.Itoa(n), true
	}
	return "", false
}

// scoresOf returns the match scores among an event's stems, sorted (a map's
// order would make the choice of one differ from run to run).
func scoresOf(ev eventWords) []string {
	var out []string
	for st := range ev.stems {
		if strings.HasPrefix(st, "score ") {
			out = append(out, st)
		}
	}
	sortStrings(out)
	return out
}

// sharesString reports a string in both a and b.
func sharesString(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// firstDone reports whether clause word i is "first" before what was done:
// "first been staged in 2015", "first held in 1996", "first run in 2015".
func firstDone(clause []token.Token, i int, text string) bool {
	if foldWord(clause[i].Text(text)) != "first" {
		return false
	}
	for k := i + 1; k < len(clause) && k <= i+2; k++ {
		w := foldWord(clause[k].Text(text))
		if w == "been" || w == "was" || w == "were" {
			continue
		}
		return strings.HasSuffix(w, "ed") || w == "run" || w == "held" || w == "built" || w == "made" || w == "sold"
	}
	return false
}

// sinceVerbClause reports whether the tokens after a "since", up to the date
// at byte s, hold a subject and a past verb ("it opened", "the storm made").
func sinceVerbClause(toks []token.Token, s int, text string) bool {
	n, verb := 0, false
	for _, t := range toks {
		if t.End > s {
			break
		}
		if t.Kind != token.Word {
			return false
		}
		n++
		w := foldWord(t.Text(text))
		if len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerbs[w] {
			verb = true
		}
	}
	return n >= 2 && verb
}

// openingName returns the capitalised words that open a sentence after its
// article ("The MRT Brown Line, a monorail, …" → MRT Brown Line), none when
// it opens otherwise.
func openingName(toks []token.Token, text string) []token.Token {
	k := 0
	if k < len(toks) && toks[k].Kind == token.Word && foldWord(toks[k].Text(text)) == "the" {
		k++
	}
	e := k
	for e < len(toks) && toks[e].Kind == token.Word && startsUpper(toks[e].Text(text)) {
		if w := toks[e].Text(text); len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w && len(w) > 4 {
			return nil // "PAMPILHOSA DA SERRA —": a dateline, not the sentence's subject
		}
		e++
	}
	if e-k > 4 {
		return nil
	}
	return toks[k:e]
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// originParticiple reports whether w starts a participle clause of an origin
// ("the observatory near Arequipa, founded in 1986, said …"), which, like a
// relative clause, is about the noun before its comma.
func originParticiple(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ed") && originStems[stemWord(lw)]
}

// contentCount counts the content words among toks.
func contentCount(toks []token.Token, text string) int {
	n := 0
	for _, t := range toks {
		if t.Kind == token.Word {
			if f := foldWord(t.Text(text)); f != "" && !stopWords[f] && !dateWords[f] {
				n++
			}
		}
	}
	return n
}

// add records a token when it is a content word; it reports whether it was.
func (ev *eventWords) add(t token.Token, text string, first bool) bool {
	if t.Kind != token.Word {
		return false
	}
	w := t.Text(text)
	f := foldWord(w)
	if len(f) < 2 || stopWords[f] || dateWords[f] || placeWords[f] {
		return false // a lone letter is a unit's ("800m"), not a word
	}
	st := stemWord(w)
	if n := t.Start; n > 0 && text[n-1] >= '0' && text[n-1] <= '9' {
		// "the women's 53kg", "the women's 77kg": the figure tells one
		// weight class, distance or event from another.
		for n > 0 && (text[n-1] >= '0' && text[n-1] <= '9' || text[n-1] == '.') {
			n--
		}
		st = text[n:t.Start] + f
	}
	if m, ok := matchResult[f]; ok && !(f == "won" && afterNumber(text, t.Start)) {
		st = m // "a 3-1 win", "victory", "beat": one result of a match; not "38,650 won", a price
	}
	if !auxiliaryStart(text, t.End) {
		st = canonStem(st) // "the drive, which started on Tuesday", "the campaign, which began on Monday": one campaign
	}
	ev.stems[st] = true
	if ev.number == nil {
		ev.number = map[string]byte{}
	}
	switch {
	case pluralOf(f, st) && !ev.acts[st] && !ev.verbs[st]: // "marks" may be a verb
		ev.number[st] = 'p'
	case determinerBefore(text, t.Start):
		ev.number[st] = 's' // "the final": a noun, and one
	}
	if originStems[st] && !(f == st && determinerBefore(text, t.Start)) {
		ev.origin = true // not "won the open section": a bare word after "the" qualifies a noun
		ev.verbs[st] = true
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !first {
		ev.names[st] = true
	}
	return true
}

// afterNumber reports whether a number ends right before the word at i,
// a space between: "38,650 won".
func afterNumber(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	return j < i && j > 0 && text[j-1] >= '0' && text[j-1] <= '9'
}

// isClauseBreak reports whether a token ends a clause: the words beyond it are
// about something else.
func isClauseBreak(t token.Token, text string) bool {
	if t.Kind != token.Symbol {
		return false
	}
	if (t.Text(text) == ":" || t.Text(text) == ".") && t.Start > 0 && t.End < len(text) && isDigit(text[t.Start-1]) && isDigit(text[t.End]) {
		return false // "3:40 pm", "2.5": inside a number
	}
	switch t.Text(text) {
	case ",", ";", ":", "(", ")", "—", "–", ".", "!", "?":
		return true
	}
	return false
}

// sameEvent reports whether two windows are about the same event, and the shared
// stems.
func sameEvent(a, b eventWords) ([]string, bool) {
	sh := sharedKeys(a.stems, b.stems)
	// "Vietnam and Panama signed an economic cooperation agreement in Panama
	// City yesterday" and "the agreement Vietnam signed with Panama … on
	// Monday": the clause's origin verb, however far from the date, is shared.
	for _, v := range sharedKeys(a.leadVerbs, b.leadVerbs) {
		if !slices.Contains(sh, v) {
			sh = append(sh, v)
		}
	}
	// Doers named out of one window that the other names count towards
	// the words shared, though not as the event's own.
	doers := 0
	for st := range a.doers {
		if b.stems[st] && !a.stems[st] {
			doers++
		}
	}
	for st := range b.doers {
		if a.stems[st] && !b.stems[st] {
			doers++
		}
	}
	// "The olympiad opened on Monday" and "won the open section yesterday"
	// share "open" only as a verb and a qualifier.
	sh = slices.DeleteFunc(sh, func(st string) bool {
		return a.verbs[st] && slices.Contains(b.qualifiers, st) || b.verbs[st] && slices.Contains(a.qualifiers, st)
	})
	small := min(len(a.stems), len(b.stems))
	// Both name the event alike: "a capital markets day on …", "made landfall … on",
	// "established diplomatic relations in …" / "anniversary of diplomatic relations".
	named := namedAlike(a, b)
	// "The disaster began before dawn on July 11" and "The landslide struck
	// early on Sunday": the story's one disaster, named once generically.
	storyDisaster := genericDisaster(a) && b.disaster != "" || genericDisaster(b) && a.disaster != ""
	// "a gas tanker exploded … early on Tuesday" and "since the blast on
	// Wednesday morning": the story's one disaster, told with other words.
	named = named || storyDisaster || oneDisaster(a, b)
	if len(a.started) >= 2 && len(b.started) >= 2 && len(sharedKeys(a.started, b.started)) == 0 {
		return nil, false // the starts of two things: relations and a partnership
	}
	if !named && (len(sh)+doers < eventMinShared || small == 0 || float64(len(sh)+doers)/float64(small) < eventMinOverlap) {
		return sh, false
	}
	if !named && doers > 0 && (len(sh) < eventMinShared || float64(len(sh))/float64(small) < eventMinOverlap) &&
		(len(sharedKeys(a.acts, b.acts)) == 0 && len(sharedKeys(a.leadVerbs, b.leadVerbs)) == 0 || !namedAmongDoers(a, b) && !namedAmongDoers(b, a)) {
		return sh, false // met through the doers only: one act, by one of them
	}
	if otherDoers(a, b) {
		return sh, false // "Thailand will play Chinese Taipei on Saturday", "South Korea will play Chinese Taipei on Sunday"
	}
	if a.ordinal != "" && b.ordinal != "" && a.ordinal != b.ordinal {
		return sh, false // "won the second stage yesterday", "won the fourth stage on Tuesday": two stages
	}
	if marketClose(a) || marketClose(b) {
		return sh, false // "LKP shares closed at RM6.22 on Wednesday": a market closes every trading day
	}
	if a.stems["due"] || b.stems["due"] || a.stems["payabl"] || b.stems["payabl"] {
		return sh, false // "due to announce … on Friday", "a dividend payable on June 5": a plan, which the rule leaves alone
	}
	if numberMismatch(a, b, sh) > 0 {
		return sh, false // "the finals are scheduled for today", "the final is scheduled for Friday": one of several
	}
	if a.degree != b.degree {
		return sh, false // "reopened to single-lane traffic on Tuesday", "fully reopened on Thursday": two stages
	}
	if a.again != b.again {
		return sh, false // "a new spell of rain began on Thursday", "rains began on August 9"
	}
	if a.again && b.again && !sharesCount(a, b) {
		return sh, false // "recovered eight bodies yesterday and seven more", "found six more bodies … Thursday": two days of one search
	}
	if sa, sb := scoresOf(a), scoresOf(b); len(sa) > 0 && len(sb) > 0 {
		if !sharesString(sa, sb) {
			return sh, false // "beat Laos 2-1 on Tuesday", "a 2-0 win over Laos on Saturday": two matches
		}
		for n := range a.names {
			if b.names[n] {
				return sh, true // "beat Malaysia 3-1 … last night", "a 3-1 win over Malaysia two days ago"
			}
		}
	}
	// "Establishing relations" and "upgrading relations" are different starts.
	if len(a.verbs) > 0 && len(b.verbs) > 0 && len(sharedKeys(a.verbs, b.verbs)) == 0 && !sameStart(a.verbs, b.verbs) {
		return sh, false
	}
	// A start and an end are two events: "began talks on Monday", "ended the visit on Tuesday".
	if len(a.verbs) > 0 && endsSomething(b) || len(b.verbs) > 0 && endsSomething(a) {
		return sh, false
	}
	if onlyDeaths(a, b, sh) {
		return sh, false // "three injured passengers died" on Tuesday, "a 21st victim died" on Thursday: the injured die on their own days
	}
	if liftsSomething(a) != liftsSomething(b) {
		return sh, false // "placed three provinces on red warning on Monday", "lifted the red warning on Wednesday"
	}
	// Names alone do not make an event: "put to sea from Nueva Solana on Saturday" and
	// "visit Nueva Solana on Friday" share a place, not what happened there.
	common := a.core != "" && a.core == b.core || storyDisaster || oneDisaster(a, b) // "made landfall", "came ashore": no word shared, one event
	// "beat Spain on Monday", "the win over Spain on Sunday": one match, told by
	// the side beaten; "the sixth round" of both: one round.
	common = common || sameOpponent(a, b) || sameStage(a, b)
	for _, st := range sh {
		if (!a.names[st] || !b.names[st] || eventNouns[st]) && !multiDayEvents[st] && !medalStems[st] && !reportStems[st] && !placeStems[st] {
			common = true
			break
		}
	}
	if !common {
		return sh, false
	}
	// Two things that happened ("stood at 12,400 hectares", "toured the area")
	// are two events, whatever words their sentences share.
	sameDisaster := oneDisaster(a, b) || storyDisaster              // "a fire tore through", "the fire broke out": one fire told two ways
	sameCore := a.core != "" && a.core == b.core || sameStage(a, b) // "made landfall", "came ashore": one thing told two ways
	if !a.origin && !b.origin && len(a.acts) > 0 && len(b.acts) > 0 && len(sharedKeys(a.acts, b.acts)) == 0 && !sameDisaster && !sameCore {
		return sh, false
	}

	onlyA, onlyB := false, false
	for n := range a.names {
		if !b.stems[n] && !b.doers[n] {
			onlyA = true
		}
	}
	for n := range b.names {
		if !a.stems[n] && !a.doers[n] {
			onlyB = true
		}
	}
	// Names on both sides that the other lacks are two things, unless one
	// disaster is told: "the fire broke out … in the warehouse operated by
	// Marina Cold Stores" and "fire tore through a warehouse in Apapa".
	return sh, !(onlyA && onlyB) || sameDisaster
}

// onlyDeaths reports two windows that share, besides names, only a verb of
// dying: people hurt in one disaster die on different days.
func onlyDeaths(a, b eventWords, sh []string) bool {
	died := false
	for _, st := range sh {
		switch {
		case st == "die" || st == "died" || st == "dies":
			died = true
		case a.names[st] || b.names[st] || placeStems[st]:
		default:
			return false
		}
	}
	return died
}

// liftsSomething reports a clause that ends a measure: "lifted the red
// warning", "cancelled the alert", "revoked the order".
func liftsSomething(ev eventWords) bool {
	for st := range ev.acts {
		switch st {
		case "lift", "cancel", "revok", "rescind", "scrap", "resum", "reopen", "restor":
			return true // "suspended all departures on Sunday", "departures resumed on Wednesday": a halt and its end
		}
	}
	return false
}

// struck is the disaster of a clause that tells a physical failure without
// naming it: it is whichever disaster the other source names.
const struck = "struck"

// oneDisaster reports two windows that tell one disaster: the same one named,
// or a failure told on one side and any disaster on the other.
func oneDisaster(a, b eventWords) bool {
	if a.disaster == "" || b.disaster == "" {
		return false
	}
	if a.disaster == b.disaster || a.disaster == struck || b.disaster == struck {
		return true
	}
	// "a petrol tanker crashed … and exploded" names the crash the other
	// source's "The crash happened …" dates.
	sa, sb := stemWord(a.disaster), stemWord(b.disaster)
	return a.acts[sb] || a.stems[sb] || b.acts[sa] || b.stems[sa]
}

// failureVerbs tell a physical thing failing or breaking loose; with the
// particles a phrasal verb needs, one of which must follow ("gave way",
// "came down", "came off").
var failureVerbs = map[string]string{"gave": "way", "came": "down off", "caved": "in", "fell": "", "swept": "", "tore": "",
	"burst": "", "poured": "", "flooded": "", "escaped": "", "leaked": "", "gushed": "", "surged": "", "slid": "", "broke": "away loose apart"}

// failingThings are nouns of physical things that give way or break loose:
// a failure verb with one of them among its subject's words tells a disaster.
var failingThings = map[string]bool{"hillside": true, "slope": true, "building": true, "block": true, "bridge": true,
	"wall": true, "roof": true, "ceiling": true, "dam": true, "embankment": true, "dyke": true, "levee": true,
	"tower": true, "structure": true, "slide": true, "mud": true, "rock": true, "rocks": true, "boulders": true,
	"water": true, "floodwater": true, "floodwaters": true, "gas": true, "torrent": true, "surge": true,
	"tunnel": true, "shaft": true, "crane": true, "scaffolding": true, "mountainside": true, "cliff": true,
	"heap": true, "mound": true, "tailings": true, "spoil": true, "cabin": true, "gondola": true, "carriage": true,
	"carriages": true, "coach": true, "coaches": true, "wagon": true, "wagons": true}

// physicalFailure reports a failure verb in the date's clause before it whose
// subject, the up to twelve words of the sentence before the verb, names a
// physical thing: "the seven-storey block fell", "a torrent of mud and rock
// swept through", "The Phu Linh bridge over the Chay River in Lao Cai province
// came down". Prices and shares fall too, so the thing must be named.
func physicalFailure(toks, before []token.Token, text string) bool {
	for i, t := range before {
		particle, ok := failureVerbs[foldWord(t.Text(text))]
		if !ok {
			continue
		}
		if particle != "" && (i+1 >= len(before) || !slices.Contains(strings.Fields(particle), foldWord(before[i+1].Text(text)))) {
			continue
		}
		at, _ := slices.BinarySearchFunc(toks, t.Start, func(x token.Token, s int) int { return x.Start - s })
		if at > 0 && determinerWord(foldWord(toks[at-1].Text(text))) {
			continue // "pumping water out of a flooded coal mine": an adjective
		}
		for k := at - 1; k >= 0 && k >= at-12; k-- {
			if failingThings[foldWord(toks[k].Text(text))] {
				return true
			}
			if isClauseBreak(toks[k], text) && toks[k].Text(text) != "," {
				break
			}
		}
	}
	return false
}

// genericDisaster reports a window that names its event only as "the
// disaster", "the tragedy" or "the accident".
func genericDisaster(ev eventWords) bool {
	if ev.disaster != "" {
		return false
	}
	// Written in lower case: "the Ministry of Disaster Management" names no
	// disaster; a "state of catastrophe" is declared, not struck.
	return ev.generic != ""
}

// eventLabel writes the shared words as a's text has them.
func eventLabel(a eventWords, sh []string) string {
	set := map[string]bool{}
	for _, s := range sh {
		set[s] = true
	}
	var out []string
	for _, w := range a.written {
		if set[canonStem(stemWord(w))] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// speechVerbs say that something was said: a date right after one ("said on
// Monday", "told reporters on Tuesday") dates the report.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "noted": true, "stated": true,
	"stressed": true, "explained": true,
	"remarked": true, "commented": true, "reporters": true, "press": true, "briefing": true,
}

// reportingDate reports whether the date at start follows a speech verb in its
// sentence, with at most "on" between them.
func reportingDate(f *claims.Fact, start int) bool {
	sent := f.Sentence
	if f.Doc == nil || sent.Start < 0 || start > len(f.Doc.Text) || sent.Start > start {
		return false
	}
	ws := wordTokens(f.Doc.Text[sent.Start:start])
	if n := len(ws); n > 0 && strings.EqualFold(ws[n-1], "on") {
		ws = ws[:n-1]
	}
	// "said in a statement on Tuesday", "told reporters on Monday": the
	// medium or the audience between the verb and the date.
	if n := len(ws); n >= 3 && (strings.EqualFold(ws[n-1], "statement") || strings.EqualFold(ws[n-1], "reporters") ||
		strings.EqualFold(ws[n-1], "briefing") || strings.EqualFold(ws[n-1], "conference")) {
		for k := n - 2; k >= 0 && k >= n-5; k-- {
			if speechVerbs[strings.ToLower(ws[k])] {
				return true
			}
		}
	}
	if n := len(ws); n > 0 && speechVerbs[strings.ToLower(ws[n-1])] {
		return true
	}
	// "said at the club's training ground on Friday", "told members at a
	// forum on Tuesday": where it was said, after the audience if any.
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-8; k-- {
		if w := strings.ToLower(ws[k]); w == "at" || w == "in" {
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if speechVerbs[strings.ToLower(ws[j])] {
					return !strings.ContainsAny(f.Doc.Text[sent.Start:start][strings.LastIndex(f.Doc.Text[sent.Start:start], ws[j]):], ",;")
				}
			}
		}
	}
	return false
}

// irregularVerbs are past forms news uses for events that do not end in -ed.
var irregularVerbs = map[string]bool{"made": true, "began": true, "begun": true, "held": true,
	"grew": true, "spread": true, "ran": true, "burnt": true, "shut": true, "built": true,
	"hit": true, "struck": true, "stood": true, "took": true, "went": true, "came": true,
	"met": true, "won": true, "lost": true, "broke": true, "fell": true, "rose": true,
	"left": true, "led": true, "saw": true, "gave": true, "spoke": true, "sent": true,
	"died": true, "fled": true, "told": true, "sold": true, "paid": true}

// travelPresent are verbs of a journey in a timetable's present: "leaves
// for Egypt tonight and arrives in Cairo on Sunday".
var travelPresent = map[string]bool{"leaves": true, "arrives": true, "departs": true, "returns": true,
	"travels": true, "flies": true, "heads": true, "sails": true}

// directionAdverbs follow a verb without being its noun: "returned home",
// "flew back".
var directionAdverbs = map[string]bool{"home": true, "back": true, "away": true, "out": true, "off": true,
	"ashore": true, "abroad": true, "there": true, "here": true, "overseas": true}

// clauseVerb reports whether word i of a clause is a verb of the event: an
// irregular past form, a journey's present ("leaves"), or a word in -ed that is not an adjective before a noun
// ("the burned area").
func clauseVerb(cl []token.Token, i int, text string) bool {
	w := strings.ToLower(cl[i].Text(text))
	if irregularVerbs[w] || travelPresent[w] {
		return true
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 && i > 0 && subordinators[strings.ToLower(cl[i-1].Text(text))] {
		return true // "after touring the site": what was done
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 && i == 0 && !ingPrepositions[w] {
		return true // "…, speaking to reporters at the shaft head on Monday": what the clause's person did
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 {
		return false
	}
	if i+1 < len(cl) && cl[i+1].Kind == token.Word {
		next := cl[i+1].Text(text)
		lower := strings.ToLower(next)
		if _, isCount := numword.Cardinal(lower); next == lower && !stopWords[lower] && !dateWords[lower] && !isCount && !directionAdverbs[lower] {
			return false // an adjective: "the burned area", "registered capital"; not "recovered three more bodies"
		}
	}
	return true
}

// pluralOf reports whether a folded word is the plural of its stem: "finals"
// of "final", "matches" of "match" (not "press" or "campus").
func pluralOf(f, st string) bool {
	if len(f) < 4 || f[len(f)-1] != 's' || strings.HasSuffix(f, "ss") || strings.HasSuffix(f, "us") || strings.HasSuffix(f, "is") {
		return false
	}
	return stemWord(f[:len(f)-1]) == st || strings.HasSuffix(f, "es") && stemWord(f[:len(f)-2]) == st
}

// numberMismatch counts the shared stems one window writes as a plural noun
// and the other as a singular one.
func numberMismatch(a, b eventWords, sh []string) int {
	n := 0
	for _, st := range sh {
		x, y := a.number[st], b.number[st]
		// "Morisawa and Albuquerque won the titles", "Morisawa won the title":
		// one of the doers of the plural is the singular's.
		if x == 'p' && y == 's' && !doerOf(b, a) || x == 's' && y == 'p' && !doerOf(a, b) {
			n++
		}
	}
	return n
}

// namedAmongDoers reports whether the names of window one are all named in
// window other, one of them among its doers out of the window.
func namedAmongDoers(one, other eventWords) bool {
	if len(one.names) == 0 {
		return false
	}
	doer := false
	for n := range one.names {
		switch {
		case other.doers[n]:
			doer = true
		case placeStems[n]:
			// "in Panama City": where, which the other need not say
		case !other.stems[n]:
			return false
		}
	}
	return doer
}

// doerOf reports namedAmongDoers(one, many) for a window many whose doers
// out of the window are two at least: a plural event of several doers.
func doerOf(one, many eventWords) bool {
	return len(many.doers) >= 2 && namedAmongDoers(one, many)
}

// determinerBefore reports whether the word before byte i of text is an
// article or possessive determiner: the word at i is a noun.
func determinerBefore(text string, i int) bool {
	ws := strings.Fields(text[:i])
	if len(ws) == 0 {
		return false
	}
	return determinerWord(strings.ToLower(ws[len(ws)-1]))
}

// otherDoers reports whether two windows' sentences open with different names,
// neither of which the other window mentions: two parties doing the same
// kind of thing, as two matches against one team are.
func otherDoers(a, b eventWords) bool {
	if len(a.subject) == 0 || len(b.subject) == 0 {
		return false
	}
	for st := range a.subject {
		if b.subject[st] || b.stems[st] {
			return false
		}
	}
	for st := range b.subject {
		if a.stems[st] {
			return false
		}
	}
	return true
}

// disasterNouns name events a story has one of, dated by when they struck.
var disasterNouns = map[string]bool{"fire": true, "blaze": true, "explosion": true, "blast": true, "earthquake": true,
	"quake": true, "landslide": true, "collapse": true, "derailment": true, "crash": true, "collision": true, "capsizing": true,
	"flood": true, "storm": true, "cyclone": true, "typhoon": true, "hurricane": true, "tornado": true, "avalanche": true,
	"mudslide": true, "wildfire": true, "slide": true, "stampede": true, "crush": true}

// openingDisaster returns the disaster a sentence opens with when a date
// phrase set off by commas follows it: "The blast, on the evening of March 9,
// tore through …". "" otherwise.
func openingDisaster(toks []token.Token, text string, dateStart int) string {
	toks = afterDateline(toks, text)
	if len(toks) < 4 || toks[0].Kind != token.Word || toks[1].Kind != token.Word {
		return ""
	}
	if d := foldWord(toks[0].Text(text)); d != "the" && d != "a" && d != "an" {
		return ""
	}
	w := foldWord(toks[1].Text(text))
	if !disasterNouns[w] || toks[2].End > dateStart {
		return ""
	}
	if toks[2].Text(text) == "," && dateStart-toks[2].End <= 30 {
		return disasterCanon(w)
	}
	// "The blast ripped through a gallery of the mine, in a rural area of
	// Gameza, shortly after 10 p.m. on Wednesday": the disaster opening the
	// sentence with its verb, the date at the end of its clause.
	if v := foldWord(toks[2].Text(text)); toks[2].Kind == token.Word && (strings.HasSuffix(v, "ed") || irregularVerbs[v] || v == "tore" || v == "ripped") &&
		dateStart-toks[2].End <= 160 && !strings.Contains(text[toks[2].End:dateStart], ";") {
		for k := 3; k < len(toks); k++ {
			t := toks[k]
			if t.Start >= dateStart {
				break
			}
			if u := foldWord(t.Text(text)); t.Kind == token.Word && (len(u) > 4 && strings.HasSuffix(u, "ed") || irregularVerbs[u]) {
				if p := foldWord(toks[k-1].Text(text)); (toks[k-1].Kind == token.Number || determinerWord(p) || numberWord(p)) &&
					k+1 < len(toks) && toks[k+1].Kind == token.Word && !timePreposition(foldWord(toks[k+1].Text(text))) &&
					!prepositionWord(foldWord(toks[k+1].Text(text))) {
					continue // "two crowded night buses": an adjective before its noun, no verb of its own ("37 counted on Tuesday" is one)
				}
				return "" // "The fire destroyed 64 homes, up from 37 counted on Tuesday": the date is another verb's
			}
		}
		return disasterCanon(w)
	}
	return ""
}

// afterClauseBefore reports "after" or "before" among the words between a
// date and a disaster noun after it: the noun's clause tells another time.
func afterClauseBefore(ts []token.Token, text string) bool {
	for _, t := range ts {
		if w := foldWord(t.Text(text)); w == "after" || w == "before" {
			return true
		}
	}
	return false
}

// timePreposition reports a preposition that places something in time
// relative to an event: "since the blast", "after the quake".
func timePreposition(w string) bool {
	switch w {
	case "since", "after", "before", "following":
		return true
	}
	return false
}

// determinerWord reports an article or possessive before a participle used
// as an adjective: "a collapsed gold mine".
func determinerWord(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "this", "that":
		return true
	}
	return false
}

// noVerbIn reports words with no verb among them: "between a bus and a
// truck near Gairo early on" keeps a noun and its date in one phrase
// ("following the collision between a bus and a truck near Gairo early on
// Sunday").
func noVerbIn(ts []token.Token, text string) bool {
	for _, t := range ts {
		if t.Kind != token.Word {
			if t.Kind == token.Symbol && strings.ContainsAny(t.Text(text), ",;:") {
				return false // a clause break
			}
			continue
		}
		w := foldWord(t.Text(text))
		if len(w) > 3 && strings.HasSuffix(w, "ed") || happenedVerb(w) || clauseOpener(w) {
			return false
		}
	}
	return true
}

// clauseOpener reports a form of "be" or "have", or a relative pronoun: a
// word that opens a clause of its own after the noun ("the collision that
// was …", "the fire, which had …").
func clauseOpener(w string) bool {
	switch w {
	case "is", "was", "were", "are", "been", "has", "have", "had", "that", "which", "who":
		return true
	}
	return false
}

// disasterVerbs give the disaster a verb tells: "a gas tanker exploded".
var disasterVerbs = map[string]string{"exploded": "blast", "collapsed": "collapse", "capsized": "capsizing", "overturned": "capsizing",
	"derailed": "derailment", "erupted": "eruption", "collided": "crash", "crashed": "crash"}

// impactVerbs tell a vehicle striking something when "into" follows: "a
// train slammed into a bus", "ploughed into the crowd" is a crash.
var impactVerbs = map[string]bool{"ploughed": true, "plowed": true, "slammed": true, "smashed": true, "rammed": true, "careered": true, "veered": true}

// impactThings are what a crash is told with: the vehicle that struck, or
// what it struck. "Ploughed into new markets" is no crash.
var impactThings = map[string]bool{"bus": true, "buses": true, "minibus": true, "train": true, "express": true, "truck": true, "lorry": true,
	"car": true, "cars": true, "van": true, "tanker": true, "coach": true, "tram": true, "vehicle": true, "vehicles": true, "motorcycle": true, "jeep": true,
	"tractor": true, "trailer": true, "ferry": true, "boat": true, "vessel": true, "ship": true, "plane": true, "aircraft": true,
	"crowd": true, "pedestrians": true, "wall": true, "tree": true, "pole": true, "barrier": true, "ravine": true, "gorge": true}

// impactInto reports an impact verb at clause[i] with "into" right after it
// and a vehicle or what one strikes within four words either side.
func impactInto(clause []token.Token, i int, text string) bool {
	if !impactVerbs[foldWord(clause[i].Text(text))] || i+1 >= len(clause) || foldWord(clause[i+1].Text(text)) != "into" {
		return false
	}
	for k := max(0, i-4); k < min(len(clause), i+6); k++ {
		if impactThings[foldWord(clause[k].Text(text))] {
			return true
		}
	}
	return false
}

// disasterCanon is one name for a disaster told by several words: a blast is
// an explosion, a blaze a fire.
func disasterCanon(w string) string {
	if v := disasterVerbs[w]; v != "" {
		return v
	}
	if impactVerbs[w] {
		return "crash"
	}
	switch w {
	case "explosion":
		return "blast"
	case "blaze":
		return "fire"
	case "quake":
		return "earthquake"
	case "slide":
		return "landslide" // "since the slide buried the highway"
	case "crush":
		return "stampede" // "since the crush on Sunday morning"
	case "collision":
		return "crash" // "the collision between a bus and a truck", "the crash"
	}
	return w
}

// strikesNext reports a verb of striking within three words after the
// disaster noun at clause[i]: "the fire broke out", "a fire tore through",
// not "the death toll from the fire has risen".
func strikesNext(clause []token.Token, i int, text string) bool {
	for k := i + 1; k < len(clause) && k <= i+3; k++ {
		switch foldWord(clause[k].Text(text)) {
		case "broke", "tore", "struck", "hit", "erupted", "started", "began", "swept", "ripped", "destroyed", "shook", "rocked", "jolted",
			"engulfed", "gutted", "killed", "occurred", "happened", "erupts", "breaks", "strikes", "hits",
			"buried", "blocked", "swallowed", "flattened", "inundated", "submerged", "damaged": // "A landslide buried 150 metres of road early on Monday"
			return true
		}
	}
	return false
}

// relativeBeforeMainVerb reports a disaster noun whose verb of striking
// stands in a relative clause ("the avalanche that struck a trekking
// party"), followed before the date (at index dated of the clause) by a
// main verb of its own: "The death toll from an avalanche that struck … rose
// to six on Wednesday" dates the toll's rise, not the avalanche.
func relativeBeforeMainVerb(clause []token.Token, i, dated int, text string) bool {
	if i+1 >= len(clause) {
		return false
	}
	if rel := foldWord(clause[i+1].Text(text)); rel != "that" && rel != "which" {
		return false
	}
	for k := i + 3; k < dated && k < len(clause); k++ {
		switch foldWord(clause[k].Text(text)) {
		case "rose", "risen", "climbed", "reached", "stood", "increased", "jumped", "grew", "hit", "passed", "topped", "was", "were", "is", "has", "had":
			return true
		}
	}
	return false
}

// tallyVerbBetween reports a verb of a count's change among the words from
// a disaster verb to its date: "confirmed dead after a ferry overturned on
// Lake Victoria rose to 27 by midday on Tuesday" dates the toll, not the
// capsizing.
func tallyVerbBetween(between []token.Token, text string) bool {
	for _, t := range between {
		switch foldWord(t.Text(text)) {
		case "rose", "risen", "climbed", "reached", "stood", "increased", "jumped", "grew", "hit", "passed", "topped":
			return true
		}
	}
	return false
}

// ordinalWord reports an ordinal that numbers one of a series.
func ordinalWord(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return false
}

// ordinalIn returns which of a series the clause's event is, as a number
// ("the second stage", "round nine", "game 3" give "2", "9", "3"; "the
// opening round" gives "1"), or "final" for "the final stage", with the
// noun it numbers when the clause has one; "" when the clause tells none. A
// bare "first" is left out: "his first World Cup win".
func ordinalIn(clause []token.Token, text string) (ordinal, stage string) {
	for i, t := range clause {
		if t.Kind != token.Word {
			continue
		}
		w := foldWord(t.Text(text))
		nw := ""
		if i+1 < len(clause) {
			nw = foldWord(clause[i+1].Text(text))
		}
		if !stageNoun(nw) {
			nw = ""
		}
		if ordinalWord(w) {
			n, _ := numword.Ordinal(w)
			return strconv.Itoa(n), nw // "the second stage"
		}
		if nw != "" && (w == "final" || w == "opening") {
			if w == "opening" {
				return "1", nw // "the opening round"
			}
			return "final", nw // "on the final stage": not the sixth
		}
		if !stageNoun(w) || i+1 >= len(clause) {
			continue
		}
		next := clause[i+1]
		if next.Kind == token.Number {
			if n, err := strconv.Atoi(next.Text(text)); err == nil {
				return strconv.Itoa(n), w // "round 9", "Game 3"
			}
		}
		if n, ok := numword.Cardinal(foldWord(next.Text(text))); ok && next.Kind == token.Word {
			return strconv.Itoa(n), w // "round nine"
		}
	}
	return "", ""
}

// stageNoun reports a noun that numbers part of a contest: "stage", "round".
func stageNoun(w string) bool {
	switch w {
	case "stage", "leg", "round", "game":
		return true
	}
	return false
}

// marketClose reports a window about shares or an index closing or trading
// at a level: an event of every trading day.
func marketClose(ev eventWords) bool {
	if (ev.stems["close"] || ev.stems["closed"]) && priceStem(ev) {
		return true // "closed on Monday at Rp 1,960": a close, whatever the window names
	}
	return (ev.stems["share"] || ev.stems["stock"] || ev.stems["index"]) && (ev.stems["close"] || ev.stems["trade"] || ev.stems["rose"] || ev.stems["fell"])
}

// priceStem reports a currency among the window's words ("Rp", "RM", "baht").
func priceStem(ev eventWords) bool {
	for st := range ev.stems {
		switch st {
		case "rp", "rm", "rs", "r", "p", "kes", "ngn", "php", "sgd", "myr", "idr", "inr", "thb", "vnd":
			return true // the symbols written before an amount
		}
		if quantity.CurrencyOfWord(st) != "" {
			return true
		}
	}
	return false
}

// numberWord reports a cardinal written as a word: "two crowded buses".
func numberWord(w string) bool {
	_, ok := numword.Cardinal(w)
	return ok
}

// afterDateline drops a dateline that opens a sentence ("KATHMANDU, July 13
// (APW) - A landslide buried …"): a capitalised place, then a dash within
// a dozen tokens.
func afterDateline(toks []token.Token, text string) []token.Token {
	if len(toks) < 3 || toks[0].Kind != token.Word {
		return toks
	}
	if w := toks[0].Text(text); strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return toks
	}
	for k := 1; k < len(toks) && k < 12; k++ {
		switch toks[k].Text(text) {
		case "-", "–", "—":
			return toks[k+1:]
		}
	}
	return toks
}

// prepositionWord reports a preposition that can follow a participle: "37
// counted on Tuesday", "homes damaged by the flood".
func prepositionWord(w string) bool {
	switch w {
	case "on", "in", "at", "by", "from", "to", "for", "with", "since", "during", "after", "before", "over", "until":
		return true
	}
	return false
}

// sharesCount reports a count both windows give, in words or digits: two
// repeats of one act ("four more bodies") are one event only when they
// count alike.
func sharesCount(a, b eventWords) bool {
	for st := range a.stems {
		if !b.stems[st] {
			continue
		}
		if _, ok := numword.Cardinal(st); ok {
			return true
		}
		if _, err := strconv.Atoi(st); err == nil {
			return true
		}
	}
	return false
}

// possessiveWord reports a possessive determiner: "his", "her", "their", "its".
func possessiveWord(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our":
		return true
	}
	return false
}
