package claims

import (
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// sentenceSubject returns the capitalised name that opens the sentence, before
// its first verb ("Japan is the largest investor …" → "japan"), or "".
func (w words) sentenceSubject() string {
	start := 0
	if len(w.toks) > 2 && w.toks[1].Kind == token.Symbol && w.at(1) == "," && w.toks[0].Kind == token.Word && isAdverbOpener(w.lower(0)) {
		start = 2 // "Nationwide, Japan is …"
	}
	end := -1
	for j := start; j < len(w.toks) && w.toks[j].Kind == token.Word && isCapitalised(w.at(j)); j++ {
		end = j
		if w.tightHyphen(j+1) && isCapitalised(w.at(j+2)) {
			j += 2 // "Eze-Carter opened with …": one name
			end = j
		}
	}
	if end < start || end == start && w.common(w.at(start)) {
		return ""
	}
	next := end + 1
	if next+2 < len(w.toks) && w.at(next) == "(" && w.toks[next+1].Kind == token.Word && w.at(next+2) == ")" {
		next += 3 // "Samsung Electronics Viet Nam Thai Nguyen (SEVT) was …": the short name in brackets
	}
	if c := w.appositionAfter(next); c > 0 {
		next = c + 1 // "Gauteng, the country's economic hub, saw …"
	}
	if next < len(w.toks) && !(w.toks[next].Kind == token.Word && isVerb(w.lower(next)) && w.lower(next) != "and" && w.lower(next) != "or") {
		return "" // "The Disaster and Emergency Management Authority": a name the run has not ended
	}
	return fold(w.text[w.toks[start].Start:w.toks[end].End])
}

// appositionAfter returns the comma that closes an apposition opened by the
// comma at token j (", the country's economic hub,"), 0 when j opens none.
func (w words) appositionAfter(j int) int {
	if j >= len(w.toks) || w.toks[j].Kind != token.Symbol || w.at(j) != "," {
		return 0
	}
	for c := j + 2; c < len(w.toks) && c <= j+20; c++ {
		if w.toks[c].Kind == token.Symbol {
			if w.appositionBefore(c) == j {
				return c
			}
			return 0
		}
	}
	return 0
}

// isAdverbOpener reports whether a lower-cased word is a sentence adverb that
// a comma follows before the subject ("Nationwide,", "Overall,", "Meanwhile,").
func isAdverbOpener(lw string) bool {
	switch lw {
	case "nationwide", "overall", "meanwhile", "however", "nationally", "globally", "separately", "elsewhere", "altogether", "together":
		return true
	}
	return strings.HasSuffix(lw, "ly") && len(lw) > 4
}

// leadingName returns the capitalised name that opens the sentence, whatever
// follows it ("Dravina won 24, drew 6 and lost 5 of their 34 matches" →
// "dravina"), or "" when the sentence opens with a common word.
func (w words) leadingName() string {
	end := w.nameRunFrom(0)
	if end == 0 || end == 1 && w.common(w.at(0)) || end < len(w.toks) && w.toks[end].Kind != token.Word ||
		isPreposition(w.lower(0)) || isDeterminer(w.lower(0)) {
		return ""
	}
	return fold(w.text[w.toks[0].Start:w.toks[end-1].End])
}

// isPredicateNoun reports whether w is one of the predicate nouns: they name things counted by what happened to them: "six people
// missing" and "61,000 people evacuated" are different measures, as are "870
// houses destroyed" and "5,000 houses damaged".
func isPredicateNoun(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "people", "children", "hous", "home", "build", "case", "patient", "death", "victim",
		"famili", "household", "student", "vehicl", "school", "job", "worker", "miner", "passeng":
		return true
	}
	return false
}

// isAuxiliary reports whether a word is an auxiliary, which stands between a
// noun and its predicate ("were still missing"). A switch, not a map (see
// isPreposition).
func isAuxiliary(w string) bool {
	switch w {
	case "were", "was", "are", "is", "had", "have", "has", "been", "being", "still", "now",
		"reportedly", "also", "already", "remain", "remained", "remains", "be", "got", "get", "so",
		"far", "later":
		return true
	}
	return false
}

// isPredicateAdjective reports whether w is one of the predicate adjectives: they say what happened to people or things without a verb form.
func isPredicateAdjective(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "missing", "dead", "homeless", "injured", "displaced", "affected", "stranded", "unaccounted":
		return true
	}
	return false
}

// partOfDay reports a word for a time of day ("By Tuesday morning 32 deaths
// had been confirmed"): it says when, not what happened to the counted.
func partOfDay(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night", "midday", "noon", "midnight", "dawn":
		return true
	}
	return false
}

// confirmingVerb reports a participle that only states how a state is
// known: "confirmed dead", "reported missing", "presumed dead".
func confirmingVerb(w string) bool {
	switch w {
	case "confirmed", "reported", "presumed", "declared", "feared", "listed", "believed":
		return true
	}
	return false
}

// predicate returns the stemmed word that says what happened to the things a count
// at tokens first..last counts: the verb before it when it is an object ("destroyed
// 870 houses"), else the participle or adjective after its noun phrase ("six
// people were still missing"), or "".
func (w words) predicate(first, last int) string {
	if first > 1 && w.toks[first-1].Kind == token.Word && w.lower(first-1) == "of" && w.toks[first-2].Kind == token.Word {
		// "the evacuation of 214,300 residents": the residents evacuated.
		if p, ok := nominalPredicates[w.lower(first-2)]; ok {
			return textnorm.Stem(p)
		}
	}
	if first > 1 && w.toks[first-1].Kind == token.Word && w.lower(first-1) == "by" && w.toks[first-2].Kind == token.Word {
		// A passive's agent: "used by about 310 million people" are users,
		// "watched by 32,470 spectators" watchers.
		if lw := w.lower(first - 2); len(lw) >= 4 && strings.HasSuffix(lw, "ed") {
			return textnorm.Stem(lw)
		}
	}
	if first > 1 && w.toks[first-2].Kind == token.Word && w.lower(first-1) == "over" && strings.HasSuffix(w.lower(first-2), "ed") {
		return textnorm.Stem(w.lower(first - 2)) // "handed over 9,460 homes": the verb before its particle
	}
	if first > 0 && w.toks[first-1].Kind == token.Word && !isLevelVerb(w.lower(first-1)) && !isClauseOpener(w.lower(first-1)) {
		lw := w.lower(first - 1)
		possessive := strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'")
		if !possessive && !isPreposition(lw) && !otherPrepositions(lw) && !isDeterminer(lw) && !isAuxiliary(lw) && !isSayingVerb(lw) && !partOfDay(lw) && (strings.HasSuffix(lw, "ed") || isVerb(lw) || !isCapitalised(w.at(first-1)) && !isDropWord(lw)) && lw != "and" && lw != "or" && lw != "than" && lw != "by" {
			if tallyVerbs[lw] || leftVerbs[lw] {
				// "preliminary counts showed 6,800 houses destroyed": the count
				// shows what happened to the houses, which the participle says.
				if p := w.participleAfter(last); p != "" {
					return p
				}
			}
			if leftVerbs[lw] && w.withoutAfter(last) {
				return "" // "the cut left roughly 140,000 customers without electricity": a state, not a deed
			}
			return textnorm.Stem(lw)
		}
	}
	j, nouns := last+1, 0
	if j < len(w.toks) && w.toks[j].Kind == token.Word && isPreposition(w.lower(j)) && w.lower(j) != "of" && (levelVerbBefore(w, first) || first > 0 && w.lower(first-1) == "from") {
		return "" // "rose to 1,030 in a count released on Tuesday", "up from 460 in the first count released": what was released is the count
	}
	for j < len(w.toks) && w.toks[j].Kind == token.Word && nouns < 5 {
		lw := w.lower(j)
		if nouns == 0 && timeWordAfter(lw) {
			return "" // "rose to 12 yesterday after three injured people died": the count's verb is before it
		}
		if nouns == 0 && strings.HasSuffix(lw, "ed") && w.nounFollows(j) {
			nouns++ // a participle before its noun is an adjective: "1,341 confirmed cases"
			j++
			continue
		}
		if isAuxiliary(lw) || isPredicateAdjective(lw) || strings.HasSuffix(lw, "ed") && !isCapitalised(w.at(j)) || verbWord(lw) {
			break // "Mohammed" in "the Stade Mohammed V" is a name, no participle
		}
		nouns++
		j++
	}
	if j < len(w.toks) && w.toks[j].Kind == token.Word && nouns > 0 {
		switch w.lower(j) {
		case "who", "that", "which":
			j++ // "the 118,500 people who were evacuated"
		}
	}
	if st := w.remainingState(j); st != "" && nouns > 0 {
		return st // "Fifty people remain in hospital": those in hospital, as "46 remain in hospital" counts them
	}
	for j < len(w.toks) && w.toks[j].Kind == token.Word && isAuxiliary(w.lower(j)) {
		if st := w.remainingState(j); st != "" {
			return st // "46 remain in hospital"
		}
		j++
	}
	if j < len(w.toks) && w.toks[j].Kind == token.Word {
		lw := w.lower(j)
		if j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && confirmingVerb(lw) && isPredicateAdjective(w.lower(j+1)) {
			return textnorm.Stem(w.lower(j + 1)) // "23 people had been confirmed dead": the dead
		}
		if isPredicateAdjective(lw) || strings.HasSuffix(lw, "ed") && !isCapitalised(w.at(j)) {
			return textnorm.Stem(lw)
		}
		if st := w.remainingState(j); st != "" {
			return st // "Fifty people remain in hospital": those in hospital, as "46 remain in hospital" counts them
		}
	}
	if first >= 2 && (w.lower(first-1) == "whom" || w.lower(first-1) == "which") && (w.lower(first-2) == "of" || w.lower(first-2) == "among") {
		return "part" // "8,460 people …, of whom 3,120 are in Mizuhara": a part of the count before
	}
	return ""
}

// withoutAfter reports "without" among the three words after the counted
// noun ending at last.
func (w words) withoutAfter(last int) bool {
	for j := last + 1; j < len(w.toks) && j <= last+3; j++ {
		if w.lower(j) == "without" {
			return true
		}
	}
	return false
}

// leftVerbs put what they count in a state the words after them tell ("left
// 140,000 customers without power", "leaving 3,000 people homeless"): they
// are no predicate of their own.
var leftVerbs = map[string]bool{"left": true, "leaving": true, "leaves": true, "leave": true}

// tallyVerbs report a count without saying what happened to what is counted.
var tallyVerbs = map[string]bool{"showed": true, "shows": true, "show": true, "found": true, "counted": true,
	"listed": true, "tallied": true, "estimated": true, "puts": true, "put": true}

// participleAfter returns the stem of a participle right after the noun of a
// count ending at token last ("6,800 houses destroyed" → "destroy"), or "".
func (w words) participleAfter(last int) string {
	j := last + 1
	for n := 0; j < len(w.toks) && w.toks[j].Kind == token.Word && n < 3; n++ {
		lw := w.lower(j)
		if strings.HasSuffix(lw, "ed") && len(lw) > 4 && n > 0 && !w.nounFollows(j) {
			return textnorm.Stem(lw)
		}
		if isAuxiliary(lw) || verbWord(lw) || isPreposition(lw) {
			return ""
		}
		j++
	}
	return ""
}

// progressive returns the verb of "people were staying in shelters" after
// the count at tokens first..last: an auxiliary, then a verb in -ing. People
// counted by what they are doing are another measure than people counted by
// what happened to them; for other things it says too little to count by.
func (w words) progressive(last int) string {
	j := last + 1
	for j < len(w.toks) && w.toks[j].Kind == token.Word && !isAuxiliary(w.lower(j)) && j < last+4 {
		j++
	}
	aux := 0
	for j < len(w.toks) && w.toks[j].Kind == token.Word && isAuxiliary(w.lower(j)) {
		j, aux = j+1, aux+1
	}
	if aux == 0 || j >= len(w.toks) || w.toks[j].Kind != token.Word {
		return ""
	}
	if lw := w.lower(j); len(lw) > 6 && strings.HasSuffix(lw, "ing") {
		return textnorm.Stem(lw)
	}
	return ""
}

// isClauseOpener reports whether w is one of the clause openers: they open a clause before a count; they are no predicate of it
// ("three days in which 154 enterprises met buyers").
func isClauseOpener(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "which", "that", "who", "whom", "whose", "when", "where", "while", "whereas", "because",
		"since", "if":
		return true
	}
	return false
}

// nounFollows reports whether the word after token j can be the noun a
// participle at j modifies: a word that is no preposition, auxiliary or verb.
func (w words) nounFollows(j int) bool {
	if j+1 >= len(w.toks) || w.toks[j+1].Kind != token.Word {
		return false
	}
	lw := w.lower(j + 1)
	return !isPreposition(lw) && !isAuxiliary(lw) && !isVerb(lw) && !isDeterminer(lw) && !isPredicateAdjective(lw)
}

// possessor returns the word before token i when it is a possessive ("the
// country's 500,000 residents" → "country").
func (w words) possessor(i int) string {
	if i == 0 {
		return ""
	}
	j := i - 1
	if w.toks[j].Kind != token.Word {
		return ""
	}
	s := w.at(j)
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			owner := strings.TrimSuffix(s, suf)
			if lo := strings.ToLower(owner); monthOrDay(lo) || lo == "today" || lo == "yesterday" || lo == "tomorrow" || lo == "year" || lo == "week" {
				return "" // "Wednesday's 182 km queen stage": a day, no owner
			}
			if rank.FirmNoun(owner) && j > 0 && w.lower(j-1) == "the" {
				return "" // "the company's 30-tonne tank": the story's own firm, as unnamed as "an 18-tonne tank"
			}
			if lo := strings.ToLower(owner); (lo == "men" || lo == "women" || lo == "boys" || lo == "girls") && j > 0 && ageClass(w.lower(j-1)) {
				return w.lower(j-1) + " " + fold(owner) // "the junior men's 8-kilometre race": not the senior men's
			}
			return fold(owner)
		}
	}
	return ""
}

// ageClass reports a word that splits a sport's field by age or standing.
func ageClass(w string) bool {
	switch w {
	case "junior", "senior", "youth", "veteran", "veterans", "masters", "under-20", "under-18", "under-23", "u20", "u18", "u23":
		return true
	}
	return false
}

// clauseSubject returns the named owner of an object quantity at token i: the
// capitalised name right before the verb group that governs it ("Gunma is home to
// 16,000 residents", "Civic Renewal won 62 seats", "the Farmers' Union, which won
// 19 seats", "The Green Alliance, with 14 seats"), folded, or "" when the quantity
// is itself the subject, stands in a prepositional phrase, or the owner is not a
// name.
func (w words) clauseSubject(i int) string {
	j := i - 1
	verbs := 0
	for j >= 0 && w.toks[j].Kind == token.Word && !isCapitalised(w.at(j)) && verbs < 4 {
		lw := w.lower(j)
		if (lw == "on" || lw == "at") && verbs > 0 {
			return "" // "went on 76 points": only a verb right before it opens a level
		}
		if (lw == "on" || lw == "at") && j > 0 && w.toks[j-1].Kind == token.Word && strings.HasSuffix(w.lower(j-1), "ed") {
			verbs++ // "finished on 78 points", "closed at 1,200": the level of the subject
			j--
			continue
		}
		if lw == "in" && verbs == 0 && j > 0 && w.toks[j-1].Kind == token.Word && inVerb(w.lower(j-1)) && !w.clockAt(i) {
			verbs++ // "won in 240 seats", "was leading in 232 seats": the subject's tally (a time run is the race's)
			j--
			continue
		}
		if isPreposition(lw) && lw != "to" && lw != "with" || isDeterminer(lw) || monthOrDay(lw) {
			return "" // "in 2,200 projects", "the 17 FTAs": not an object of a named subject
		}
		switch lw {
		case "say", "says", "said", "told", "tell", "tells":
			return "" // "Fire service officials say more than 1,500 workers were inside": the speakers own nothing
		}
		if lw == "which" || lw == "who" || lw == "that" || lw == "with" {
			// A relative clause or an apposition: the name stands before the comma.
			if j > 0 && w.isBoundary(j-1) && w.at(j-1) == "," {
				return w.nameBefore(j - 1)
			}
			if lw == "with" {
				return ""
			}
		}
		verbs++
		j--
	}
	if verbs == 0 || j < 0 {
		return ""
	}
	if w.isBoundary(j) && w.at(j) == "," && j+1 < len(w.toks) && strings.HasSuffix(w.lower(j+1), "ing") {
		// "Yen Bai has had landslides, resulting in 37 deaths": a participle
		// clause's figure is the sentence subject's.
		if s := w.sentenceSubject(); s != "" {
			return s
		}
	}
	if w.isBoundary(j) && w.at(j) == "," {
		// "The National Front, which had polled 15%, won only 9 seats": step over
		// the relative clause to the name it describes.
		for k := j - 1; k > 0; k-- {
			if w.isBoundary(k) && w.at(k) == "," && w.toks[k+1].Kind == token.Word {
				switch w.lower(k + 1) {
				case "which", "who", "whose":
					return w.nameBefore(k)
				}
			}
		}
		// "Savica, champions in each of the last two seasons, finished on 76
		// points": a name opening the sentence, then an apposition.
		if k := w.nameRunFrom(0); k > 0 && k+1 < j && w.isBoundary(k) && w.at(k) == "," && w.apposition(k+1, j) {
			return w.nameBefore(k)
		}
		return ""
	}
	if isAllCaps(w.at(j)) && quantity.CurrencyName(w.lower(j)) {
		return "" // "23 billion USD and nearly 1.7 billion USD": the unit of the amount before
	}
	if lw := strings.TrimSuffix(strings.TrimSuffix(w.lower(j), "'s"), "’s"); monthOrDay(lw) {
		return "" // "won last Sunday's election with 478,312 votes", "by Sunday night and destroyed 640 homes": a day owns nothing
	}
	name := w.nameBefore(j + 1)
	if name != "" && verbs > 0 && j+1 < len(w.toks) && w.lower(j+1) == "together" {
		// "Guayas and El Oro together supplied 85%": the two names own it jointly.
		k := j
		for k >= 0 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
			k--
		}
		if k > 0 && w.toks[k].Kind == token.Word && w.lower(k) == "and" && isCapitalised(w.at(k-1)) {
			o := k - 1
			for o > 0 && w.toks[o-1].Kind == token.Word && isCapitalised(w.at(o-1)) {
				o--
			}
			return fold(w.text[w.toks[o].Start:w.toks[k-1].End]) + " and " + name
		}
	}
	return name
}

// apposition reports whether tokens [i, j) read as an apposition: an age, or
// they open with a lower-case word ("champions in each of …", "the private operator …")
// and hold no punctuation but commas (a dateline's dash is none).
func (w words) apposition(i, j int) bool {
	if w.toks[i].Kind == token.Number && j == i+1 {
		return true // "Jerotich, 22, clocked 9:08.47": an age
	}
	if w.toks[i].Kind != token.Word || isCapitalised(w.at(i)) {
		return false
	}
	for k := i; k < j; k++ {
		if w.isBoundary(k) && w.at(k) != "," {
			return false
		}
	}
	return true
}

// nameRunFrom returns the index after the run of capitalised words starting at
// token i, a hyphenated word taken whole.
func (w words) nameRunFrom(i int) int {
	start := i
	for i < len(w.toks) {
		switch {
		case w.toks[i].Kind == token.Word && isCapitalised(w.at(i)):
			i++
		case i > start && w.tightHyphen(i):
			i += 2 // "Ngozi Okafor-Bello"
		default:
			return i
		}
	}
	return i
}

// nameBefore returns the run of capitalised words (with inner apostrophes and
// hyphens) that ends right before token i, folded, or "" when there is none or it
// is a sentence-initial common word.
func (w words) nameBefore(i int) string {
	end, k := i-1, i-1
	for k >= 0 {
		t := w.toks[k]
		if t.Kind == token.Word && isCapitalised(w.at(k)) {
			k--
			continue
		}
		if t.Kind == token.Symbol && (w.at(k) == "'" || w.at(k) == "’" || w.at(k) == "-") && k > 0 && k < end {
			k--
			continue
		}
		break
	}
	first := k + 1
	for first <= end && (w.toks[first].Kind != token.Word || isDeterminer(w.lower(first))) {
		first++ // a sentence-initial "The" is not part of the name
	}
	if first > end {
		return ""
	}
	if first == 0 && first == end && (w.common(strings.TrimSuffix(strings.TrimSuffix(w.at(0), "'s"), "’s")) || isPreposition(w.lower(0)) || isCardinalWord(w.lower(0))) {
		return "" // "With 12, the fixed costs are heavy", "Fourteen fire tenders and about 80 firefighters": no name
	}
	if first == end && first > 0 && w.toks[first-1].Kind == token.Number && monthOrDay(w.lower(first)) {
		// "the year that began on 1 July is more than 12 million tonnes": a
		// date, no owner ("followed by August with 2,887,400" is the month's).
		return ""
	}
	if first > 1 && w.lower(first-1) == "of" && w.toks[first-2].Kind == token.Word && isCapitalised(w.at(first-2)) {
		return w.nameBefore(first - 1) // "the Social Democrats of Prime Minister Saal took …": the party
	}
	if first > 0 && w.toks[first-1].Kind == token.Word && isPreposition(w.lower(first-1)) && !w.originOf(first-1) {
		return "" // "the population residing in Japan has …": Japan is not the subject
	}
	name := w.text[w.toks[first].Start:w.toks[end].End]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s") // "Vietnam's coffee exporters": Vietnam
	return fold(name)
}

// unitNameBefore returns the name of "the province of Arequipa" ending
// right before token i, folded; "" when no such phrase ends there.
func (w words) unitNameBefore(i int) string {
	k := i - 1
	for k >= 0 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
		k--
	}
	if k == i-1 || k < 1 || w.lower(k) != "of" || w.toks[k-1].Kind != token.Word || !adminUnit(w.lower(k-1)) {
		return ""
	}
	return fold(w.text[w.toks[k+1].Start:w.toks[i-1].End])
}

// adminUnit reports a noun of an administrative area that "of" and a
// name follow: "the province of Arequipa", "the city of Beira".
func adminUnit(w string) bool {
	switch w {
	case "province", "district", "region", "state", "county", "city", "town", "village", "municipality",
		"department", "prefecture", "island", "governorate", "canton", "commune", "parish":
		return true
	}
	return false
}

// comparedNameBefore returns the capitalised name ending right before token
// i when a word of ranking stands before it ("ahead of Chikwawa", "behind
// Kenya", "followed by Blantyre"): the name the figure after "with" belongs
// to, though it stands in a prepositional phrase. "" otherwise.
func (w words) comparedNameBefore(i int) string {
	k := i - 1
	for k >= 0 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) && !isDeterminer(w.lower(k)) {
		k--
	}
	if k == i-1 || k < 0 || w.toks[k].Kind != token.Word {
		return ""
	}
	switch w.lower(k) {
	case "behind", "above", "below", "over":
	case "of":
		if k == 0 || w.lower(k-1) != "ahead" {
			return ""
		}
	case "by":
		if k == 0 || w.lower(k-1) != "followed" {
			return ""
		}
	default:
		return ""
	}
	return fold(w.text[w.toks[k+1].Start:w.toks[i-1].End])
}

// originOf reports whether token k is a "from" that gives the origin of the
// plural noun before it ("companies from Mizuhara run 62 projects"): the name
// after it owns the figure, as in "Mizuhara companies have 68 projects".
func (w words) originOf(k int) bool {
	if w.lower(k) != "from" || k == 0 || w.toks[k-1].Kind != token.Word {
		return false
	}
	switch w.lower(k - 1) {
	case "companies", "firms", "businesses", "enterprises", "investors", "people", "visitors",
		"tourists", "workers", "students", "exporters", "delegations", "delegates":
		return true
	}
	return false
}

// isNeutralPredicate reports whether w is one of the neutral predicates: they only say that the counted things exist or took part; they do
// not make another measure of them ("110 agreements signed" = "ten agreements
// forged" as a measure, "9,500 runners lined up" = "12,000 runners took part").
// remainingState returns the state a "remain" or "stay" at token j puts the
// counted in, stemmed ("remain in hospital" → "hospit", "remain missing" →
// "miss"), "" when j holds no such verb or no state follows.
func (w words) remainingState(j int) string {
	if j < 0 || j >= len(w.toks) || w.toks[j].Kind != token.Word {
		return ""
	}
	copula := false
	switch w.lower(j) {
	case "remain", "remains", "remained", "stay", "stays", "stayed":
	case "were", "was", "are", "is":
		copula = true // "were in a critical condition", "are on ventilators": a state only with such words
	default:
		return ""
	}
	k := j + 1
	if k < len(w.toks) && (w.lower(k) == "in" || w.lower(k) == "on") {
		k++
	}
	if k < len(w.toks) && w.lower(k) == "a" {
		k++ // "in a critical condition"
	}
	if k < len(w.toks) && w.toks[k].Kind == token.Word {
		switch w.lower(k) {
		case "critical", "serious", "stable", "ventilators", "ventilator":
			return textnorm.Stem(w.lower(k)) // "remain in critical condition", "remained on ventilators"
		}
	}
	if copula {
		return ""
	}
	for k < len(w.toks) && w.toks[k].Kind == token.Word && (w.lower(k) == "the" || w.lower(k) == "a" || w.lower(k) == "relief" || w.lower(k) == "evacuation" || w.lower(k) == "temporary") {
		k++
	}
	if k >= len(w.toks) || w.toks[k].Kind != token.Word {
		return ""
	}
	switch st := textnorm.Stem(w.lower(k)); st {
	case "hospit", "miss", "trap", "unaccount", "shelter", "camp", "centr", "strand", "detent", "custodi":
		return st
	}
	return ""
}

func isNeutralPredicate(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	// A crowd that packed, filled or watched only attended; projects a company
	// runs, has or owns are its projects.
	case "score", "sign", "forg", "conclud", "establish", "reach", "record", "report", "regist",
		"count", "made", "set", "seen", "held", "achiev", "host", "attract", "had", "total", "line",
		"attend", "join", "particip", "compet", "gather", "enter", "includ", "involv", "list", "take",
		"took", "estim", "expect", "plan", "schedul", "said", "say", "told", "ad", "note", "confirm",
		"announc", "turn", "run", "have", "has", "own", "oper", "ran", "last", "span",
		// acts that performed or appeared at a festival are its acts
		"perform", "appear",
		// guests that firefighters brought out of a hotel are its guests
		"brought",
		// projects that accounted for a sum or were licensed are the projects
		"account", "represent", "licens", "grant",
		// visitors a market sent or a country welcomed are its visitors
		"send", "sent", "welcom",
		// calls a port received or cargo it handled are its calls and cargo
		"receiv", "handl":
		return true
	}
	return false
}

// isSayingVerb reports whether w is one of the saying verbs: they report a clause, not what happened to what it counts: "officials
// said 45 houses collapsed" counts collapsed houses.
func isSayingVerb(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "said", "says", "say", "told", "added", "noted", "announced", "reported", "estimated",
		"confirmed":
		return true
	}
	return false
}

// attendancePredicates only say a crowd came: "drew 25,470 spectators",
// "packed", "filled", "watched by". Elsewhere they make another measure ("drew
// six" games are draws).
var attendancePredicates = map[string]bool{"drew": true, "draw": true, "pack": true, "fill": true, "watch": true}

// predicateSynonyms map predicates that make one measure to one form: a survey
// that questioned, interviewed, polled or covered 18,450 students has that sample.
var predicateSynonyms = map[string]string{"question": "survey", "interview": "survey", "poll": "survey",
	"sampl": "survey", "ask": "survey", "cover": "survey",
	// flights scrapped or axed are flights cancelled
	"scrap": "cancel", "axe": "cancel", "ax": "cancel",
	// households forced from their homes were displaced
	"forc": "displac",
	// runners who completed a race finished it
	"complet": "finish",
	// an airline's passengers flown are those it carried
	"flew": "carri", "flown": "carri", "transport": "carri",
	// doses given are doses administered
	"given": "administ", "gave": "administ"}

// reportingPredicates only say a figure was reported; for people and houses every
// other predicate makes another measure ("180 people attended the meeting").
var reportingPredicates = map[string]bool{"report": true, "record": true, "count": true,
	"estim": true, "regist": true, "list": true, "includ": true}

// fixtureNouns are what "home" and "away" qualify in sports copy: "away games",
// "home record".
var fixtureNouns = map[string]bool{"game": true, "games": true, "match": true, "matches": true,
	"fixture": true, "fixtures": true, "record": true, "win": true, "wins": true, "draw": true,
	"draws": true, "defeat": true, "defeats": true, "loss": true, "losses": true, "form": true,
	"goals": true, "leg": true, "crowd": true, "crowds": true, "attendance": true, "fans": true}

// venue is a "home" or "away" that splits a sentence's figures by venue.
type venue struct {
	at   int // token index
	word string
}

// venueAt returns the venue of the figure at token first: the last one named
// before it, or one right after it ("17 away games").
func venueAt(vs []venue, first int) string {
	v := ""
	for _, x := range vs {
		if x.at < first {
			v = x.word
		} else if v == "" && x.at <= first+2 {
			return x.word
		}
	}
	return v
}

// seasonWords name periods that are not calendar dates.
var seasonWords = map[string]bool{"season": true, "campaign": true, "term": true, "edition": true,
	"tournament": true, "semester": true, "session": true}

// relativeSeason returns a period a sentence names relative to the story and not
// as a date ("last season", "this campaign", "the previous edition"), so figures of
// different seasons are not compared; "" when there is none.
func relativeSeason(w words) string {
	for i := 0; i+1 < len(w.toks); i++ {
		if w.toks[i].Kind == token.Word {
			if s := w.seasonAt(i); s != "" {
				return s
			}
		}
	}
	return ""
}

// otherPrepositions are prepositions the key's own list leaves out, which say
// when or how much, not what happened to the things counted: "ended after more
// than 40 rounds" counts rounds, not rounds "after".
func otherPrepositions(lw string) bool {
	switch lw {
	case "after", "before", "during", "over", "under", "around", "about", "through", "until", "via", "despite",
		"per", "near", "past", "beyond", "without", "like", "toward", "towards", "amid", "since", "upon":
		return true
	}
	return false
}

// seasonAt returns the relative season that word token i opens ("last
// season", "the current campaign" → "this campaign"), or "".
func (w words) seasonAt(i int) string {
	if i+1 >= len(w.toks) || w.toks[i+1].Kind != token.Word {
		return ""
	}
	switch rel := w.lower(i); rel {
	case "last", "previous", "this", "next", "past", "current", "coming", "prior":
		if !seasonWords[w.lower(i+1)] {
			return ""
		}
		if rel == "current" {
			rel = "this"
		}
		if rel == "previous" || rel == "past" || rel == "prior" {
			rel = "last"
		}
		return rel + " " + w.lower(i+1)
	}
	return ""
}

// sentenceMarks are what a sentence says about all its amounts.
type sentenceMarks struct {
	// venues are where it splits its figures by venue ("At home they won 14",
	// "Their 17 away games produced 10 wins"): figures for home or away games
	// are parts of a season's, not the same measure.
	venues []venue
	// flow: it counts a flow over a period ("ten new agreements this year",
	// "on average per year"); plan: a plan ("30 stations planned").
	flow, plan bool
	season     string // relativeSeason
	// planned are the amounts (indices into qs) a plan word of a relative
	// clause right after them makes plans, and them only: "below the range of
	// 6.5% to 7.5% that Vollrath is targeting" leaves "just under 6%" actual.
	planned []int
	// planFrom is the first token of the clause of the sentence's first plan
	// word: amounts that end before it are no plans ("Trade reached A$24.6
	// billion, and the two sides set a goal of A$30 billion").
	planFrom int
}

// marksOf finds the sentenceMarks of a sentence with the amounts qs in one pass
// over its words: it runs for every sentence with a figure.
func marksOf(w words, qs []quantity.Quantity) sentenceMarks {
	var m sentenceMarks
	for i := range w.toks {
		if w.toks[i].Kind != token.Word {
			continue
		}
		switch lw := w.lower(i); lw {
		case "after":
			if i == 0 && m.season == "" {
				m.season = w.stageAt(qs) // "After six races, Bura has 11 points"
			}
		case "home", "away":
			at := i > 0 && w.lower(i-1) == "at" && lw == "home"
			fixture := i+1 < len(w.toks) && w.toks[i+1].Kind == token.Word && fixtureNouns[w.lower(i+1)]
			if at || fixture { // not "home to 16,000 residents", "passed away"
				m.venues = append(m.venues, venue{i, lw})
			}
		case "new":
			// "ten new agreements": new things counted; "the new models weighed on
			// earnings" counts nothing new.
			m.flow = m.flow || i > 0 && w.endsAmount(i-1, qs) && !w.inAside(i, qs)
		case "annually", "annual", "yearly", "monthly":
			m.flow = m.flow || !w.inAside(i, qs)
		case "per", "each", "every":
			m.flow = m.flow || w.perPeriod(i) && !w.inAside(i, qs)
		case "this", "last":
			m.flow = m.flow || w.perPeriod(i) && !w.inAside(i, qs) && !w.reportedAfterAmounts(i, qs) && w.nearAmount(i, qs)
			if m.season == "" {
				m.season = w.seasonAt(i)
			}
		case "previous", "next", "past", "current", "coming", "prior":
			if m.season == "" {
				m.season = w.seasonAt(i)
			}
		case "planned", "plans", "plan", "target", "targets", "targeted", "aims", "aim", "expected",
			"projected", "forecast", "will", "would", "pledged", "pledging", "pledge", "envisaged", "goal",
			"expects", "expect", "guidance", "outlook", "forecasts", "targeting", "aiming",
			// a demand is no level reached: "the group had sought P150 a day"
			"sought", "seeks", "seeking", "demanded", "demands", "demanding":
			if (lw == "plans" || lw == "plan") && i+1 < len(w.toks) && w.lower(i+1) == "of" {
				continue // "disrupted the plans of more than 60,000 passengers": whose plans, no plan for a figure
			}
			if qi, ok := w.relativeOf(i, qs); ok {
				m.planned = append(m.planned, qi)
				continue
			}
			if !m.plan && !w.inAside(i, qs) {
				m.plan, m.planFrom = true, w.clauseStart(i)
			}
		case "projects", "predicts", "sees":
			// "Toyota said it projects sales of ¥33 trillion": a forecast, when a
			// pronoun makes the word a verb (otherwise "450 projects").
			if i > 0 && forecastSubject(w.lower(i-1)) && !m.plan && !w.inAside(i, qs) {
				m.plan, m.planFrom = true, w.clauseStart(i)
			}
		case "earmarked", "scheduled":
			// money or works set aside for what is to come: "¥150 billion is
			// earmarked for a 74-kilometre extension", "scheduled to open"
			// ("due to" is as often a cause: "closed due to the storm")
			if (lw == "earmarked" || i+1 < len(w.toks) && w.lower(i+1) == "to") && !m.plan && !w.inAside(i, qs) {
				m.plan, m.planFrom = true, w.clauseStart(i)
			}
		case "is", "are":
			// "is to take 230,000 tonnes a year": a duty to come
			if i+2 < len(w.toks) && w.lower(i+1) == "to" && w.toks[i+2].Kind == token.Word && !isDeterminer(w.lower(i+2)) && !m.plan && !w.inAside(i, qs) {
				m.plan, m.planFrom = true, w.clauseStart(i)
			}
		case "commits", "commit", "committed", "obliges", "obliged", "binds":
			// "The deal commits Mozambique to supplying 4.2 million tonnes"
			for k := i + 1; k < min(i+5, len(w.toks)); k++ {
				if w.toks[k].Kind == token.Word && w.lower(k) == "to" && !m.plan && !w.inAside(i, qs) {
					m.plan, m.planFrom = true, w.clauseStart(i)
					break
				}
			}
		case "meant", "intended", "preparing", "prepares", "prepare":
			// "is meant to train 520 engineers", "are preparing to ship
			// 210,000 tonnes": what is to come
			if i+1 < len(w.toks) && w.lower(i+1) == "to" && !m.plan && !w.inAside(i, qs) {
				m.plan, m.planFrom = true, w.clauseStart(i)
			}
		case "needs", "need", "needed", "required":
			// a threshold is no result: "needs to win at least 272 seats"
			if i+1 < len(w.toks) && w.lower(i+1) == "to" && !m.plan && !w.inAside(i, qs) {
				m.plan, m.planFrom = true, w.clauseStart(i)
			}
		}
	}
	return m
}

// clauseStart returns the first token of the clause holding token i: the one
// after the last comma or semicolon before it, or after an "and" that opens a
// clause of its own verb ("processed 42,800 tonnes in the half and kept its
// full-year target"), 0 when there is none.
func (w words) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if w.toks[k].Kind == token.Symbol && (w.at(k) == "," || w.at(k) == ";") {
			return k + 1
		}
		if k+1 < i && w.toks[k].Kind == token.Word && w.lower(k) == "and" && w.toks[k+1].Kind == token.Word && clauseVerb(w.lower(k+1)) {
			return k + 1
		}
	}
	return 0
}

// clauseVerb reports a verb that opens a clause after "and": a past tense or
// an auxiliary ("and kept", "and raised", "and is expected").
func clauseVerb(lw string) bool {
	switch lw {
	case "kept", "set", "cut", "said", "put", "left", "is", "are", "was", "were", "has", "have", "had", "will", "expects", "plans", "aims", "wants":
		return true
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") || irregularPast(lw)
}

// stageAt reads a sentence that opens with the stage of a contest its
// figures stand at: "After six races, Bura has 11 points" gives "after 6
// race"; a later report's final standings are another reading. "" when the
// sentence opens otherwise.
func (w words) stageAt(qs []quantity.Quantity) string {
	if len(qs) == 0 || len(w.toks) < 4 || qs[0].Start != w.toks[1].Start || qs[0].Unit != "count" || qs[0].Hedge != "" {
		return ""
	}
	k := 1
	for k < len(w.toks) && w.toks[k].End <= qs[0].End {
		k++
	}
	if k+1 >= len(w.toks) || w.toks[k].Kind != token.Word || w.at(k+1) != "," {
		return ""
	}
	return "after " + strconv.FormatFloat(qs[0].Value, 'f', -1, 64) + " " + NormalizeKey(w.lower(k))
}

// endsAmount reports whether token k ends one of the amounts qs.
func (w words) endsAmount(k int, qs []quantity.Quantity) bool {
	for _, q := range qs {
		if q.End == w.toks[k].End {
			return true
		}
	}
	return false
}

// relativeOf returns the amount that a relative clause holding token i
// describes: "that" or "which" at most four words before i, no comma between,
// right after that amount ("the range of 6.5% to 7.5% that Vollrath is
// targeting").
func (w words) relativeOf(i int, qs []quantity.Quantity) (int, bool) {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if w.toks[k].Kind == token.Symbol {
			return 0, false
		}
		if lw := w.lower(k); lw != "that" && lw != "which" {
			continue
		}
		for qi, q := range qs {
			if q.End == w.toks[k-1].End {
				return qi, true
			}
		}
		return 0, false
	}
	return 0, false
}

// perPeriod reports whether the word after token i names a calendar period
// ("per year", "this month").
// reportedAfterAmounts reports a word in a "that" clause that follows every
// amount of the sentence: "2,600 workers … were told last week that there
// would be no layoffs this year" counts no flow of this year.
func (w words) reportedAfterAmounts(i int, qs []quantity.Quantity) bool {
	last := -1
	for _, q := range qs {
		last = max(last, q.End)
	}
	if last < 0 {
		return false
	}
	for k := i - 1; k >= 0 && w.toks[k].Start >= last; k-- {
		if w.toks[k].Kind == token.Word && w.lower(k) == "that" {
			return true
		}
	}
	return false
}

// nearAmount reports an amount ending at most eight words before word i, or
// i in the sentence's first three words ("This year, 40 delegations …").
func (w words) nearAmount(i int, qs []quantity.Quantity) bool {
	if i < 3 {
		return true
	}
	from := w.toks[max(0, i-8)].Start
	for _, q := range qs {
		if q.End >= from && q.End <= w.toks[i].Start {
			return true
		}
	}
	return false
}

func (w words) perPeriod(i int) bool {
	if i+1 >= len(w.toks) || w.toks[i+1].Kind != token.Word {
		return false
	}
	switch w.lower(i + 1) {
	case "year", "month", "week", "day", "quarter":
		return true
	}
	return false
}

// inVerb reports a verb whose "in N …" names a tally of its subject ("won in
// 240 seats", "leading in 232", "resulting in 37 deaths") rather than a place.
func inVerb(lw string) bool {
	switch lw {
	case "won", "win", "wins", "winning", "lead", "leads", "leading", "led", "ahead", "trailing", "trailed", "victorious",
		"resulting", "resulted", "results":
		return true
	}
	return false
}

// clockAt reports whether token i opens a clock reading or a time run ("2:24:51").
func (w words) clockAt(i int) bool {
	return i+1 < len(w.toks) && w.toks[i+1].Kind == token.Symbol && w.at(i+1) == ":"
}

// nationalOwner makes a nationality that opens a rank's category its owner:
// "the sixth-largest Indian IT services company" is India's sixth-largest IT
// services company.
func nationalOwner(r *rank.Rank) {
	if r.Owner != "" {
		return
	}
	for i, c := range r.Categories {
		first, rest, ok := strings.Cut(c, " ")
		if !ok {
			continue
		}
		if country := attrib.CountryOfAdjective(first); country != "" {
			r.Owner, r.Categories[i] = country, rest
		}
	}
}

// forecastSubject reports a pronoun before a verb of forecasting.
func forecastSubject(w string) bool {
	switch w {
	case "it", "they", "he", "she", "we", "which", "company", "group", "bank", "government", "ministry", "now", "also":
		return true
	}
	return false
}

// forName returns the name a figure ending at token last is given to, folded:
// "40.9 million for Anies", "27 seats for the Greens' Lena Dorn" → "anies";
// "" when "for" does not follow or no capitalised name comes after it.
func (w words) forName(last int) string {
	j := last + 1
	if j < len(w.toks) && w.toks[j].Kind == token.Word && !isCapitalised(w.at(j)) && !isPreposition(w.lower(j)) && j+1 < len(w.toks) && w.lower(j+1) == "for" {
		j++ // "40.9 million votes for Anies"
	}
	if j+1 >= len(w.toks) || w.toks[j].Kind != token.Word || w.lower(j) != "for" {
		return ""
	}
	k := j + 1
	for k < len(w.toks) && k-j <= 4 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) && !monthOrDay(w.lower(k)) && !isDeterminer(w.lower(k)) {
		k++
	}
	if k == j+1 || k < len(w.toks) && w.toks[k].Kind == token.Word && !isPreposition(w.lower(k)) && w.lower(k) != "and" {
		return "" // no name, or a name that qualifies a noun after it ("for Vietnamese workers")
	}
	return fold(w.text[w.toks[j+1].Start:w.toks[k-1].End])
}

// nominalPredicates maps a noun of what was done to people or things to the
// participle whose stem their count then takes as predicate: "the evacuation
// of 214,300 residents" counts them as "214,300 residents were evacuated" does.
var nominalPredicates = map[string]string{"evacuation": "evacuated", "rescue": "rescued", "arrest": "arrested",
	"relocation": "relocated", "deportation": "deported", "detention": "detained", "release": "released",
	"dismissal": "dismissed", "displacement": "displaced", "hospitalisation": "hospitalised", "hospitalization": "hospitalized"}
