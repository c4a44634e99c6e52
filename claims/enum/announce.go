package enum

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// nounStop reports a word that ends the counted noun phrase ("six key
// developments that …"). A switch, not a map: countedNoun asks it of the
// words after every number.
func nounStop(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "to", "for", "with", "by", "from", "at", "on", "as",
		"that", "which", "who", "and", "or", "is", "are", "was", "were", "have", "has", "had",
		"will", "including", "namely", "such", "between", "among", "across", "this", "these",
		"their", "its", "been", "be", "more":
		return true
	}
	return false
}

// notItem reports a counted noun that never introduces a list: a unit of
// time or repetition ("three times", "five years").
func notItem(w string) bool {
	switch w {
	case "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "decades",
		"centuries", "percent", "per", "folds", "sides",
		"ways": // "split four ways:" divides a sum, it lists no items
		return true
	}
	return false
}

// announcer reports a verb that announces what follows: "outlined several
// directions". A switch, not a map: it runs on every word of a document.
func announcer(w string) bool {
	switch w {
	case "outlined", "outlines", "proposed", "proposes", "presented", "presents",
		"highlighted", "highlights", "identified", "identifies", "listed", "lists", "set",
		"laid", "unveiled", "announced", "named", "cited", "suggested", "suggests", "raised",
		"put", "offered", "gave", "shared", "introduced", "mentioned", "made", "stressed",
		"emphasized", "emphasised", "recommended", "detailed", "following":
		return true
	}
	return false
}

// countWord reports whether the lower-case word w can open a count: a
// cardinal that countAt accepts (2 to 50 as one word), "dozen", "several" or
// "following". A switch, not a lookup through numword: it runs on every word
// of a document and most words are none of these.
func countWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "dozen", "several", "following":
		return true
	}
	return false
}

// collectiveNouns name a whole made of counted parts: "a six-book shortlist",
// "a five-point plan", "a 12-member squad".
var collectiveNouns = map[string]bool{"shortlist": true, "list": true, "plan": true, "agenda": true, "package": true,
	"strategy": true, "programme": true, "program": true, "roadmap": true, "framework": true, "proposal": true,
	"squad": true, "team": true, "panel": true, "jury": true, "committee": true, "lineup": true, "line-up": true,
	"slate": true, "portfolio": true, "consortium": true, "coalition": true, "delegation": true,
	"advisory": true, "charter": true, "manifesto": true, "blueprint": true, "declaration": true, "directive": true}

// compoundCount reads the hyphenated unit and the collective noun after a
// number at token j-1 ("six-book shortlist"): the tokens of the unit and the
// noun.
func compoundCount(text string, toks []token.Token, low *lowered, j int) (unit, noun int, ok bool) {
	if j+2 >= len(toks) || toks[j].Kind != token.Symbol || text[toks[j].Start:toks[j].End] != "-" || toks[j].Start != toks[j-1].End ||
		toks[j+1].Start != toks[j].End || toks[j+1].Kind != token.Word || toks[j+2].Kind != token.Word ||
		!collectiveNouns[low.at(j+2)] || hasLineBreak(text[toks[j+1].End:toks[j+2].Start]) {
		return 0, 0, false
	}
	return j + 1, j + 2, true
}

// count is an announcing phrase found in the tokens.
type count struct {
	start, end int // bytes of "six key developments"
	first      int // token index of the number
	n          int // 0 when unstated ("several")
	noun       string
	announced  bool // an announcing verb stands before it
	definite   bool // "the two countries", "these three": a reference, not an announcement
}

// countAt reads "six key developments", "3 points", "a dozen ideas", "several
// key directions" at token i.
func countAt(text string, toks []token.Token, low *lowered, i int) (count, int, bool) {
	n, j := 0, i+1
	t, w := toks[i], low.at(i)
	switch {
	case t.Kind == token.Number:
		if i+1 < len(toks) && toks[i+1].Start == t.End {
			return count{}, 0, false // "3rd", "5km", "20%"
		}
		if i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == token.Symbol {
			return count{}, 0, false // "$20", "#3"
		}
		v, ok := smallInt(text[t.Start:t.End])
		if !ok {
			return count{}, 0, false // "14.83", "1,000": an amount, never a count of items
		}
		n = v
	case len(w) < 3 || len(w) > 9:
		return count{}, 0, false // no number word is shorter or longer ("one", "following")
	case w == "dozen":
		n = 12
	case w == "several" || w == "following":
		n = 0
	default:
		v, ok := numword.Cardinal(w)
		if !ok {
			return count{}, 0, false
		}
		n = v
	}
	if n == 1 || n > 50 || (n == 0 && w != "several" && w != "following") || afterCount(toks, low, i) {
		return count{}, 0, false
	}
	if j < len(toks) {
		switch low.at(j) {
		case "million", "billion", "thousand", "trillion", "hundred", "lakh", "crore":
			return count{}, 0, false // "a capacity of 10 million tonnes: Norzagaray (3.2 million tonnes), …": an amount, no count of items
		}
	}
	first, last := j, -1
	if f, l, ok := compoundCount(text, toks, low, j); ok {
		// "a six-book shortlist:", "a five-point plan:": the number counts the
		// things the collection is made of.
		first, last = f, l
	} else {
		if j+1 < len(toks) && low.at(j) == "more" && toks[j+1].Kind == token.Word && !nounStop(low.at(j+1)) {
			// "Four more settlements were emptied: …": the four more are listed.
			j++
			first = j
		}
		if j+2 < len(toks) && low.at(j) == "of" && partOfOwner(low.at(j+1)) && toks[j+2].Kind == token.Word {
			// "six of its existing international routes:": the six are listed.
			j += 2
			first = j
		}
		for k := 0; k < 5 && j < len(toks); k++ {
			if toks[j].Kind != token.Word || hasLineBreak(text[toks[j-1].End:toks[j].Start]) {
				break // a line break (\n, or a lone \r) ends the phrase: "3\nkey goals" is a number then a heading
			}
			if nounStop(low.at(j)) && !(low.at(j) == "of" && last >= 0 && isCapital(text[toks[last].Start]) &&
				j+1 < len(toks) && toks[j+1].Kind == token.Word && isCapital(text[toks[j+1].Start])) {
				break // "of" inside a name goes on: "six Medical Officer of Health areas"
			}
			last = j
			j++
			for j+1 < len(toks) && toks[j].Kind == token.Symbol && text[toks[j].Start:toks[j].End] == "-" &&
				toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End && toks[j+1].Kind == token.Word {
				last, j = j+1, j+2
			}
			if plural(low.at(last)) {
				break
			}
		}
		if last < 0 || !plural(low.at(last)) || notItem(low.at(last)) {
			return count{}, 0, false
		}
	}
	if i > 1 && low.at(i-1) == "on" && scoreNoun(low.at(last)) && standingWord(low.at(i-2)) {
		return count{}, 0, false // "China were second on five points, Spain third on four": a score, no list
	}
	if perItemCount(toks, low, i) {
		return count{}, 0, false // "Three films won two prizes each: …": a count per item, which lists nothing
	}
	c := count{start: t.Start, end: toks[last].End, first: i, n: n, noun: text[toks[first].Start:toks[last].End]}
	if i > 0 {
		switch p := low.at(i - 1); p {
		case "the", "these", "those", "both", "its", "their", "our", "his", "her", "all":
			c.definite = w != "following"
		default:
			c.definite = strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
		}
	}
	if n, k, ok := partitive(text, toks, low, i); ok {
		// "Two of the 14 agreements …: one …, and one …" lists the two, not the 14.
		c.start, c.first, c.n, c.definite = toks[k].Start, k, n, false
		i = k
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if mayOpen(text, toks[k], &annShape, 3, 12) && announcer(low.at(k)) {
			c.announced = true
		}
	}
	return c, last + 1, true
}

// partOfOwner reports the determiners of "N of its routes", "N of their
// stores": the N are some of a whole, and the list after them names the N.
func partOfOwner(w string) bool {
	switch w {
	case "its", "their", "our", "his", "her", "the":
		return true
	}
	return false
}

// afterCount reports a count at k right after "after" ("after six rounds",
// "after three days of talks"): how far a series has gone, which counts no
// listed items.
func afterCount(toks []token.Token, low *lowered, k int) bool {
	if k == 0 || low.at(k-1) != "after" {
		return false
	}
	if toks[k].Kind == token.Number {
		return true
	}
	_, ok := numword.Cardinal(low.at(k))
	return ok
}

// hasLineBreak reports whether s holds a '\n' or a '\r', as
// strings.ContainsAny(s, "\n\r") does: neither byte is part of any other rune.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// partitive returns N of "N of the M things" ("of its M", "of the train's M") when
// the count at token i is M, and the index of N.
func partitive(text string, toks []token.Token, low *lowered, i int) (int, int, bool) {
	j := i - 1 // the word before M: "the", "its", or a possessive ("the train's")
	if j >= 1 && (strings.HasSuffix(low.at(j), "'s") || strings.HasSuffix(low.at(j), "’s")) && low.at(j-1) == "the" {
		j-- // "Three of the train's 22 carriages"
	}
	if j < 2 || low.at(j) != "the" && low.at(j) != "its" && low.at(j) != "their" || low.at(j-1) != "of" {
		return 0, 0, false
	}
	k := j - 2
	t := toks[k]
	if t.Kind == token.Number {
		n, ok := smallInt(text[t.Start:t.End])
		return n, k, ok
	}
	if t.Kind != token.Word {
		return 0, 0, false
	}
	n, ok := numword.Cardinal(low.at(k))
	return n, k, ok
}

// smallInt reads a run of at most four digits without allocating (strconv
// builds an error value for every "1,000" it refuses); larger numbers are never
// counts of items.
func smallInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// plural guesses a plural noun: "directions", "pillars", "priorities", "togethers".
func plural(w string) bool {
	if len(w) <= 3 || w[len(w)-1] != 's' {
		switch w {
		case "people", "memoranda", "criteria", "men", "women", "children": // irregular plurals
			return true
		}
		return false // most words: no final s
	}
	return !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "’s")
}

// The cues that can follow a count.
const (
	cueNone    = iota
	cueColon   // "four aims: …"
	cueNamely  // "two sectors, namely …": the whole list follows
	cuePartial // "including", "such as", "among them": a selection follows
)

// mainVerbAfterComma reports a finite auxiliary that, right after a comma,
// opens the sentence's main verb after a relative clause.
func mainVerbAfterComma(w string) bool {
	switch w {
	case "has", "have", "had", "will", "would":
		return true
	}
	return false
}

// copulaWithin reports "was", "were", "is" or "are" at a token from a to b.
func copulaWithin(low *lowered, a, b int) bool {
	for j := a; j <= b && j < len(low.toks); j++ {
		switch low.at(j) {
		case "was", "were", "is", "are":
			return true
		}
	}
	return false
}

// cue finds what follows a count in its sentence: a colon, "namely", or a cue
// of a selection ("including", "such as", "among them"). It returns the byte
// offset after the cue and its kind, or -1. It gives up at a number, since the
// cue would then belong to that number's phrase.
func cue(text string, toks []token.Token, low *lowered, k, sentEnd int) (int, int) {
	from := k
	comma := false  // a comma passed: a pronoun after it opens another clause
	valued := false // a value phrase passed: a dash after it opens an aside
	for n := 0; k < len(toks) && toks[k].Start < sentEnd && n < 25; k, n = k+1, n+1 {
		t := toks[k]
		if t.Kind == token.Symbol && text[t.Start:t.End] == "," {
			comma = true
		} else if comma && t.Kind == token.Word && clausePronoun(low.at(k)) && !(k > 0 && phraseJoiner(low.at(k-1))) {
			// "addressed the heads of 21 Japanese prefectures in Hai Phong
			// last Tuesday, his message was blunt: …": the colon is the
			// message's, not the prefectures'.
			return -1, cueNone
		} else if comma && t.Kind == token.Word && k > from && low.at(k-1) == "" && mainVerbAfterComma(low.at(k)) {
			// "The fire, which killed three workers, has done more than destroy
			// a building: it has left …": the sentence's own verb after the
			// relative clause; the colon is its clause's.
			return -1, cueNone
		} else if comma && t.Kind == token.Word && low.at(k) == "the" && copulaWithin(low, k+2, k+4) {
			// "signed seven education agreements in Hanoi last Tuesday, the
			// headline item was money: …": the colon is the new clause's.
			return -1, cueNone
		}
		if timeSpan(toks, low, k) {
			k, n = k+1, n+1 // "for the next two years:" dates the list, it counts nothing
			continue
		}
		w := low.at(k) // "" but for words
		switch {
		case t.Kind == token.Number && yearAfterPreposition(text, toks, low, k):
			continue // "four new routes in 2026:" dates the list, it counts nothing
		case t.Kind == token.Number && k >= 2 && yearAfterPreposition(text, toks, low, k-2) && toks[k-1].End == t.Start &&
			toks[k-2].End == toks[k-1].Start && text[toks[k-1].Start:toks[k-1].End] == "-":
			continue // "four priorities for 2026-27:": a fiscal year's end
		case t.Kind == token.Number && (k > 0 && monthWord(low.at(k-1)) || k+1 < len(toks) && monthWord(low.at(k+1))):
			continue // "the text approved on May 5:", "on 5 May:": a date, it counts nothing
		case t.Kind == token.Number && k > 0 && toks[k-1].End == t.Start && toks[k-1].Kind == token.Word:
			continue // "from T2:", "the A321 fleet": part of a name, no amount
		case t.Kind == token.Number && k+2 < len(toks) && toks[k+1].Start == t.End && text[toks[k+1].Start:toks[k+1].End] == "-" &&
			toks[k+2].Start == toks[k+1].End && toks[k+2].Kind == token.Word:
			continue // "to soften the ₦1,250-per-litre petrol price:": a modifier, no amount of its own
		case t.Kind == token.Number && k+1 < len(toks) && (text[toks[k+1].Start:toks[k+1].End] == "%" || low.at(k+1) == "percent" || low.at(k+1) == "per"):
			continue // "Three regions grew by more than 4% a year:": a rate, it counts nothing
		case t.Kind == token.Number && k+1 < len(toks) && toks[k+1].Start == t.End && text[toks[k+1].Start:toks[k+1].End] == "s":
			continue // "Four surfers posted perfect 10s at Peniche:": a score's plural, no amount
		case t.Kind == token.Number && perItemCount(toks, low, k):
			continue // "Three films won 2 prizes each:": the films are listed
		case t.Kind == token.Number && k > from && thresholdWord(low.at(k-1)):
			continue // "Three lifters went past 250 kilograms in total:": a bar the items cleared, it counts nothing
		case t.Kind == token.Number && valueAfterCount(low, from, k):
			valued = true
			continue // "Seven agreements worth $186 million, or about 4.72 trillion dong, were signed:": what they are worth
		case t.Kind == token.Number:
			return -1, cueNone
		case t.Kind == token.Symbol && text[t.Start:t.End] == "," && k+2 < len(toks) && (low.at(k+1) == "at" || low.at(k+1) == "to") &&
			isCapital(text[toks[k+2].Start]) && placeList(text, toks[k+2].Start, sentEnd):
			// "has opened four camps for displaced people, at Danja Central
			// Primary School, … and the Kahutu town hall", "seven new routes
			// from Gdańsk this year, to Reykjavik, Tbilisi, … and Billund": the
			// sites or destinations are the items ("five hotels, in Singapore,
			// Kuala Lumpur and Bangkok" may hold several to a city).
			return toks[k+1].End, cueColon
		case t.Kind == token.Symbol && text[t.Start:t.End] == ":" && n > 0 && titleColon(text, toks, from, k):
			return -1, cueNone // "a regional Mobile Legends: Bang Bang tournament": a title's colon
		case t.Kind == token.Symbol && text[t.Start:t.End] == ":":
			return t.End, cueColon
		case t.Kind == token.Symbol && (text[t.Start:t.End] == "—" || text[t.Start:t.End] == "–" ||
			text[t.Start:t.End] == "-" && k+1 < len(toks) && t.End < toks[k+1].Start && !namesHyphen(text, toks, k)) && k > 0 && toks[k-1].End < t.Start &&
			!closesAside(text, t.Start) && !valued:
			// "in five districts — Chala, Atico, … and Bella Unión —": a spaced
			// dash (or a hyphen typed for one) sets the list off as a colon does.
			return t.End, cueColon
		case w == "and" && k+1 < len(toks) && (low.at(k+1) == "a" || low.at(k+1) == "an"):
			return -1, cueNone // "produced 14 agreements and a pointed message for business:": the colon is the message's
		case w == "namely":
			return t.End, cueNamely
		case w == "as" && n == 0 && listedAs(low, from):
			return t.End, cueColon // "He listed the federation's three priorities as A, B and C": the whole list
		case w == "including" || w == "notably" || w == "especially":
			return t.End, cuePartial
		case k+1 < len(toks) && (w == "such" && low.at(k+1) == "as" ||
			w == "among" && (low.at(k+1) == "them" || low.at(k+1) == "which" || low.at(k+1) == "others")):
			return toks[k+1].End, cuePartial
		}
		if _, ok := numword.Cardinal(w); ok && !perItemCount(toks, low, k) {
			return -1, cueNone
		}
	}
	return -1, cueNone
}

// thresholdWord reports a word that makes the amount after it a bar the
// counted things pass or stay under: "went past 250 kg", "more than 20 points".
func thresholdWord(w string) bool {
	switch w {
	case "past", "over", "above", "beyond", "under", "below", "exceeding", "surpassing", "topping", "than",
		// "Four vaulters cleared 5.85:", "Two sprinters broke 10 seconds:"
		"cleared", "clear", "clears", "topped", "tops", "broke", "break", "breaks", "exceeded", "exceed", "exceeds", "surpassed", "bettered":
		return true
	}
	return false
}

// valueAfterCount reports an amount at token k that a value word right after
// the counted noun opens: "Seven agreements worth $186 million, or about 4.72
// trillion dong, …", "five contracts valued at …".
func valueAfterCount(low *lowered, from, k int) bool {
	for j := from; j < k && j <= from+2; j++ {
		switch low.at(j) {
		case "worth", "valued", "totalling", "totaling":
			return k-j <= 8
		}
	}
	return false
}

// namesHyphen reports a spaced hyphen at token k between two capitalised
// words with no comma in the four tokens after it: one name's hyphen typed
// with spaces ("the EU - Viet Nam Free Trade Agreement"), not a dash opening a
// list.
func namesHyphen(text string, toks []token.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k-1].Kind != token.Word || toks[k+1].Kind != token.Word ||
		!isCapital(text[toks[k-1].Start]) || !isCapital(text[toks[k+1].Start]) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Kind == token.Symbol {
			return false
		}
	}
	return true
}

// monthWord reports a month's name or its abbreviation.
func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
		"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// perItemCount reports a count at k that "each" follows within two words
// ("two prizes each"): it counts per item of another list.
func perItemCount(toks []token.Token, low *lowered, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].Kind != token.Word {
			return false
		}
		if low.at(j) == "each" {
			return true
		}
	}
	return false
}

// listedAs reports a verb of listing a few words before the count that ends
// before token from: "listed the three priorities as", "named its four
// targets as".
func listedAs(low *lowered, from int) bool {
	for j := from - 1; j >= 0 && j >= from-7; j-- {
		switch low.at(j) {
		case "listed", "lists", "list", "named", "names", "identified", "identifies", "gave", "gives":
			// not "described the nine agreements as \"a beginning\"": a judgement
			return true
		}
	}
	return false
}

// placeList reports a list of three or more items at least, joined by
// commas and a last "and", from a to the sentence's end: "Danja Central
// Primary School, Government Girls' Secondary School Danja and the Kahutu
// town hall".
func placeList(text string, a, end int) bool {
	s := text[a:end]
	if k := strings.IndexByte(s, '.'); k >= 0 {
		s = s[:k]
	}
	if first, _, _ := strings.Cut(s, ","); strings.ContainsAny(first, "0123456789") {
		return false // "the 19 people killed, at Rs 4 lakh per family, and …": a rate, not a place
	}
	return strings.Count(s, ", ") >= 1 && strings.Contains(s, " and ")
}

// titleColon reports a colon at token k inside a title, a capitalised word
// glued before it and a capitalised word after it on the same line ("Mobile
// Legends: Bang Bang"), after a comma since the count's end at token from:
// the count's clause ended before it.
func titleColon(text string, toks []token.Token, from, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k-1].Kind != token.Word || toks[k-1].End != toks[k].Start ||
		toks[k+1].Kind != token.Word || !isCapital(text[toks[k-1].Start]) || !isCapital(text[toks[k+1].Start]) ||
		hasLineBreak(text[toks[k].End:toks[k+1].Start]) {
		return false
	}
	for j := k - 1; j >= from; j-- {
		if toks[j].Kind == token.Symbol && text[toks[j].Start:toks[j].End] == "," {
			return true
		}
	}
	return false
}

// coverList finds the items a verb of scope gives a count, after an aside
// at most: "The seven agreements, signed at the People's Committee building,
// cover a joint trade action plan, rice and farm standards, … and vocational
// training". Three items at least; it returns where they start, or -1.
func coverList(text string, toks []token.Token, low *lowered, k, sentEnd, n int) int {
	if k+1 < len(toks) && low.at(k) == "of" && toks[k+1].Kind == token.Word && !isCapital(text[toks[k+1].Start]) {
		k += 2 // "seven memorandums of understanding, covering …": the noun's complement
	}
	if j := shortModifier(text, toks, low, k); j > k {
		// "The seven resolutions adopted by the assembly covered …", "seven
		// agreements after the talks, covering …": what the noun is, before the verb.
		k = j
	}
	if k+1 < len(toks) && toks[k].Kind == token.Symbol && text[toks[k].Start:toks[k].End] == "," &&
		(low.at(k+1) == "covering" || low.at(k+1) == "spanning") {
		k++ // "…, covering A, B and C": the participle gives the items
	} else if k < len(toks) && toks[k].Kind == token.Symbol && text[toks[k].Start:toks[k].End] == "," {
		// the aside runs to its closing comma, with no number inside
		n := k + 1
		for n < len(toks) && n <= k+14 && toks[n].Start < sentEnd && !(toks[n].Kind == token.Symbol && text[toks[n].Start:toks[n].End] == ",") {
			if toks[n].Kind == token.Number {
				return -1
			}
			n++
		}
		if n >= len(toks) || n > k+14 || toks[n].Start >= sentEnd {
			return -1
		}
		k = n + 1
	}
	if k >= len(toks) || toks[k].Kind != token.Word || toks[k].Start >= sentEnd {
		return -1 // (a verb of the next sentence covers nothing of this one)
	}
	switch low.at(k) {
	case "cover", "covered", "span", "spanned", "concern", "concerned", "covering", "spanning":
	default:
		return -1
	}
	if k+1 < len(toks) && low.at(k+1) == "by" {
		return -1 // "the four municipalities covered by the emergency order": a passive, no list
	}
	end := withoutAttribution(text, toks[k].End, sentEnd)
	ps, stop := splitList(text, toks[k].End, end)
	if len(ps) < 3 || strings.TrimSpace(text[stop:end]) != "" {
		return -1
	}
	if d := len(ps) - n; d > 1 || d < -1 {
		// "eight cooperation documents covering farm market access, vocational
		// training, energy supply and critical minerals": the fields the
		// documents cover, not the documents one by one.
		return -1
	}
	return toks[k].End
}

// shortModifier returns the token after a short phrase that follows a counted
// noun at k before its verb of scope: a participle with its agent ("adopted by
// the assembly") or a phrase of time ("after the talks"), up to five words with
// no number or comma inside; k when there is none.
func shortModifier(text string, toks []token.Token, low *lowered, k int) int {
	if k+1 >= len(toks) || toks[k].Kind != token.Word {
		return k
	}
	w := low.at(k)
	reach := 6
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ed") && low.at(k+1) == "by":
	case w == "after" || w == "at" || w == "during" || w == "following":
	case len(w) > 4 && strings.HasSuffix(w, "ed") && (low.at(k+1) == "in" || low.at(k+1) == "on" || low.at(k+1) == "at" || low.at(k+1) == "during"):
		reach = 10 // "The six documents signed in Hanoi on Tuesday cover …"
	case len(w) > 4 && strings.HasSuffix(w, "ed") && scopeVerb(low.at(k+1)):
		return k + 1 // "The six documents signed cover …"
	case (w == "were" || w == "was") && k+2 < len(toks) && len(low.at(k+1)) > 4 && strings.HasSuffix(low.at(k+1), "ed"):
		reach = 12 // "Seven documents were exchanged in the presence of the two leaders, covering …"
	default:
		return k
	}
	for n := k + 1; n < len(toks) && n <= k+reach; n++ {
		if toks[n].Kind == token.Number {
			return k
		}
		if toks[n].Kind == token.Symbol && text[toks[n].Start:toks[n].End] == "," {
			return n // the comma before "covering"
		}
		switch low.at(n) {
		case "cover", "covered", "span", "spanned", "concern", "concerned":
			return n
		}
	}
	return k
}

// copulaList finds a list of names a count is equated with: "The top five
// source markets were India, Russia, the United Kingdom, Germany, China and
// France". Only names (capitalised items, three or more) make it a list: "five
// people were killed, 12 injured and three missing" splits a toll. It returns
// the offset where the list starts, as a colon would, or -1.
func copulaList(text string, toks []token.Token, low *lowered, k, sentEnd, n int) (int, int) {
	if pos := coverList(text, toks, low, k, sentEnd, n); pos >= 0 {
		return pos, cueColon
	}
	if k < len(toks) && low.at(k) == "of" {
		// "The top five sources of investment were …": the noun's complement.
		for n := k + 1; n < len(toks) && n <= k+3 && toks[n].Kind == token.Word && !isCapital(text[toks[n].Start]); n++ {
			if low.at(n) == "were" || low.at(n) == "are" {
				k = n
				break
			}
		}
	}
	if k+2 < len(toks) && timeAfterNoun(text, toks, low, k) {
		k += 2 // "The top five markets last year were …", "… in 2025 were …"
	}
	if k < len(toks) && (low.at(k) == "who" || low.at(k) == "that") {
		// "The four ministers who signed them were …": the noun's relative clause.
		for n := k + 2; n < len(toks) && n <= k+4 && toks[n].Kind == token.Word && !isCapital(text[toks[n].Start]); n++ {
			if low.at(n) == "were" || low.at(n) == "are" {
				k = n
				break
			}
		}
	}
	if k < len(toks) && (strings.HasSuffix(low.at(k), "ed") || strings.HasSuffix(low.at(k), "ing") && len(low.at(k)) > 4) {
		// "The seven documents signed at the closing session were …", "The
		// eight teams taking part were …", "The six documents signed in Hanoi
		// were …": the noun's participle phrase, which may name a place or day.
		for n := k + 1; n < len(toks) && n <= k+6 && toks[n].Kind == token.Word; n++ {
			if low.at(n) == "were" || low.at(n) == "are" {
				k = n
				break
			}
		}
	}
	if k < len(toks) && (low.at(k) == "the" || low.at(k) == "its" || low.at(k) == "their") {
		// "The five districts the agency classes as worst hit are …": a
		// relative clause without "that".
		for n := k + 1; n < len(toks) && n <= k+7 && toks[n].Kind == token.Word && !isCapital(text[toks[n].Start]); n++ {
			if low.at(n) == "were" || low.at(n) == "are" {
				k = n
				break
			}
		}
	}
	consist := false
	if k+1 < len(toks) && (low.at(k) == "consist" || low.at(k) == "consisted" || low.at(k) == "consists") && low.at(k+1) == "of" {
		k, consist = k+1, true // "The seven documents consist of …": the whole list, as "are" gives it
	}
	if k >= len(toks) || toks[k].Kind != token.Word || !consist && !listCopula(low.at(k)) {
		return -1, cueNone
	}
	sentEnd = withoutAttribution(text, toks[k].End, sentEnd)
	sentEnd = withoutRelative(text, toks[k].End, sentEnd, false)
	ps, _ := splitList(text, toks[k].End, sentEnd)
	if len(ps) < 3 {
		return -1, cueNone
	}
	for _, p := range ps {
		item := text[p.a:p.b]
		named := true
		if n := strings.TrimPrefix(item, "the "); n == "" || n[0] < 'A' || n[0] > 'Z' {
			named = false
		}
		w, rest, _ := strings.Cut(item, " ")
		determined := (w == "a" || w == "an" || w == "the") && rest != ""
		if !named && !determined {
			// "five people were killed, 12 injured and three missing": a toll
			// split, not things named one by one ("the saline-intrusion
			// network, the Savannakhet-Lao Bao railway study and a flood-data
			// platform", "India, Russia and the United Kingdom")
			return -1, cueNone
		}
	}
	return toks[k].End, cueColon
}

// listCopula reports a verb that equates a count with its whole list: "The
// seven documents are …", "… comprise …" (not "include": a selection).
func listCopula(w string) bool {
	switch w {
	case "were", "are", "comprise", "comprised", "comprises":
		return true
	}
	return false
}

// timeAfterNoun reports a two-word time phrase at token k: "last year",
// "this month", "in 2025".
func timeAfterNoun(text string, toks []token.Token, low *lowered, k int) bool {
	switch low.at(k) {
	case "last", "this":
		switch low.at(k + 1) {
		case "year", "month", "week", "quarter", "season":
			return true
		}
	case "in":
		t := toks[k+1]
		return t.Kind == token.Number && t.End-t.Start == 4 && text[t.Start] >= '1' && text[t.Start] <= '2'
	}
	return false
}

// withoutRelative returns where a list running from from to end stops when
// a relative or time clause closes the sentence after the list's "and":
// "…, Nhamatanda and Muanza, where rivers burst their banks" ends before
// ", where", "…: Seoul, Incheon and Busan, before flying home" before ", before".
func withoutRelative(text string, from, end int, colon bool) int {
	s := text[from:end]
	and := strings.Index(s, " and ")
	if and < 0 {
		return end
	}
	markers := []string{", where ", ", which ", ", who ", ", before ", ", after ", ", while ", ", since ", ", because "}
	if colon {
		// After a colon the items may carry relative clauses of their own
		// ("Khae Rai, where passengers can transfer, …"): only a time clause
		// ends the list.
		markers = markers[3:]
	}
	for _, r := range markers {
		if c := strings.Index(s[and:], r); c >= 0 {
			return from + and + c
		}
	}
	for _, r := range []string{", taking ", ", bringing ", ", raising ", ", lifting ", ", making ", ", giving ", ", adding "} {
		// "…, Krakow and Recife, taking its network from 118 to 123": what
		// the items do to a whole, after the list's last item
		if c := strings.Index(s[and:], r); c >= 0 {
			return from + and + c
		}
	}
	return end
}

// withoutAttribution returns where a list running from from to end stops
// when a reporting clause closes the sentence: "…, India and Japan, the
// provincial Department of Tourism said." ends before ", the provincial",
// "…, according to the agency." before ", according".
func withoutAttribution(text string, from, end int) int {
	if from >= end {
		return end
	}
	tail := strings.TrimRight(text[from:end], ". ")
	if c := strings.LastIndex(tail, ", according to "); c >= 0 && len(strings.Fields(tail[c:])) <= 14 {
		return from + c // "…: 31 alive and 12 dead, according to the agency."
	}
	reported := false
	for _, v := range []string{" said", " says", " reported", " announced"} {
		reported = reported || strings.HasSuffix(tail, v)
	}
	if !reported {
		return end
	}
	// The clause opens at a comma before "the …" or a lower-case word
	// ("officials said"); commas inside a name ("Culture, Sports and
	// Tourism") are passed over.
	for c := len(tail); ; {
		c = strings.LastIndex(tail[:c], ", ")
		if c < 0 || len(strings.Fields(tail[c:])) > 14 {
			return end
		}
		if rest := tail[c+2:]; strings.HasPrefix(rest, "the ") || rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
			return from + c
		}
	}
}

// listBefore reads names listed before the count at token first that a
// copula equates with it: "Germany, Italy, Spain, Japan and the United States
// were the five biggest buyers", "… were Vietnam's top five coffee markets".
// Three names at least, opening the sentence; nil when there is no such list.
func listBefore(text string, toks []token.Token, low *lowered, first int) []Item {
	k := first - 1
	if k >= 0 && low.at(k) == "top" {
		k--
	}
	if k >= 0 && (low.at(k) == "the" || strings.HasSuffix(low.at(k), "'s") || strings.HasSuffix(low.at(k), "’s")) {
		k--
	}
	if k >= 1 && toks[k].Kind == token.Symbol && text[toks[k].Start:toks[k].End] == "," {
		if n := first + 2; n < len(toks) && opensClause(low.at(n)) {
			// "…, Lieve De Backer and Hoang Minh Tuan, the two partners said",
			// "…, Ho Chi Minh City and Manila, the two countries will be
			// linked": the count opens a clause of its own, no apposition.
			return nil
		}
		return namesBeforeComma(text, toks, low, k) // "He carried A, B and C, the three constituencies …"
	}
	if k >= 2 && low.at(k) == "as" {
		return namedAs(text, toks, low, k) // "had named A, B and C as the three areas"
	}
	if k < 1 || toks[k].Kind != token.Word || low.at(k) != "were" && low.at(k) != "are" {
		return nil
	}
	end := toks[k].Start
	start := end
	for start > 0 && text[start-1] != '\n' && !(text[start-1] == ' ' && start >= 2 && (text[start-2] == '.' || text[start-2] == '?' || text[start-2] == '!')) {
		start--
	}
	// "… told the delegation that agriculture, education, aviation and
	// tourism were the four sectors …": a that-clause opens the list, whose
	// items may be common nouns.
	clause := false
	if t := strings.LastIndex(text[start:end], " that "); t >= 0 {
		start, clause = start+t+len(" that "), true
	}
	ps, stop := splitList(text, start, end)
	if len(ps) < 3 || strings.TrimSpace(text[stop:end]) != "" {
		return nil
	}
	for _, p := range ps {
		item := strings.TrimPrefix(text[p.a:p.b], "the ")
		if item == "" || !clause && (item[0] < 'A' || item[0] > 'Z') || clause && (prose(item) || len(strings.Fields(item)) > 4) {
			return nil
		}
	}
	return items(text, ps)
}

// namedAs reads the items a naming verb lists before "as" at token k: "had
// named ball retention, set pieces and pressing as the three areas he wanted
// to improve". Two items at least, the verb at most 16 tokens back.
func namedAs(text string, toks []token.Token, low *lowered, k int) []Item {
	for v := k - 1; v >= 0 && v >= k-16; v-- {
		if toks[v].Kind == token.Symbol && (text[toks[v].Start:toks[v].End] == "." || text[toks[v].Start:toks[v].End] == ";") {
			return nil
		}
		switch low.at(v) {
		case "named", "listed", "identified", "cited", "picked", "chose", "singled",
			"names", "lists", "identifies", "cites", "picks", "chooses", "singles": // "a joint statement that lists A, B and C as the five priority areas"
		default:
			continue
		}
		start, end := toks[v].End, toks[k].Start
		if (low.at(v) == "singled" || low.at(v) == "singles") && v+1 < k && low.at(v+1) == "out" {
			start = toks[v+1].End
		}
		ps, stop := splitList(text, start, end)
		if len(ps) < 2 || strings.TrimSpace(text[stop:end]) != "" {
			return nil
		}
		return items(text, ps)
	}
	return nil
}

// opensClause reports a word after a count's noun that makes the count a
// clause's subject rather than an apposition: a verb of saying (those of an
// attribution tail, and "says", "announced", "wrote") or an auxiliary.
func opensClause(w string) bool {
	switch w {
	case "say", "says", "announced", "wrote", "will", "would", "are", "were", "have", "has", "had", "can", "could":
		return true
	}
	return reportingVerb(w)
}

// namesBeforeComma reads the names a count stands in apposition to: "He
// carried Kuresoi South, Kuresoi North and Rongai, the three constituencies
// where …", the comma at token k. The names run back from the comma to the
// first lower-case word that is not "and"; three at least, each capitalised.
func namesBeforeComma(text string, toks []token.Token, low *lowered, k int) []Item {
	j := k - 1
	for j >= 0 && (toks[j].Kind != token.Word || isCapital(text[toks[j].Start]) || low.at(j) == "and" ||
		low.at(j) == "the" && j+1 < k && isCapital(text[toks[j+1].Start])) { // "the Western Cape"
		if toks[j].Kind == token.Symbol && text[toks[j].Start:toks[j].End] != "," && text[toks[j].Start:toks[j].End] != "-" {
			return nil
		}
		j--
	}
	if j+1 >= k {
		return nil // a list may open the sentence: j is then -1
	}
	ps, stop := splitList(text, toks[j+1].Start, toks[k].Start)
	if len(ps) < 3 || strings.TrimSpace(text[stop:toks[k].Start]) != "" || !strings.Contains(text[toks[j+1].Start:toks[k].Start], " and ") {
		return nil
	}
	for _, p := range ps {
		if !capitalName(text[p.a:p.b]) {
			return nil
		}
	}
	its := items(text, ps)
	for _, it := range its {
		if strings.ContainsAny(it.Label, "0123456789") {
			return nil // "Malaysia had 32 ranked universities, Indonesia 28 and Thailand 20": counts of others
		}
	}
	return its
}

// capitalName reports an item that is a name: capitalised, after "the" if
// it has one ("the Western Cape").
func capitalName(item string) bool {
	item = strings.TrimPrefix(item, "the ")
	return item != "" && isCapital(item[0])
}

// gappedCounts reports a gapped list of counts after a count: names, each
// with its own number ("Bharatpur and Jaipur three each, Dausa two").
func gappedCounts(s string) bool {
	if strings.Contains(s, " each") {
		return true
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		if _, ok := numword.Cardinal(strings.ToLower(w)); ok {
			return true
		}
	}
	return false
}

// namesAfterComma reads the names set after a count and its comma: "Langat
// won three constituencies, Kuresoi South, Kuresoi North and Molo, all areas
// where …". Three names at least (two for a count of three or more), each
// capitalised, the last after "and", closed by a comma or the sentence's end
// (se).
func namesAfterComma(text string, end, se, count int) []Item {
	at := appositionStart(text[end:se])
	if at < 0 {
		return nil
	}
	from := end + at
	stop := se
	if k := strings.Index(text[from:se], " and "); k >= 0 {
		// The list closes at the first comma after its "and".
		if j := strings.IndexByte(text[from+k:se], ','); j >= 0 {
			stop = from + k + j
		}
	} else {
		return nil
	}
	if gappedCounts(text[from:stop]) {
		return nil // "Alwar has recorded four deaths, Bharatpur and Jaipur three each, Dausa two, …": the others' counts
	}
	ps, last := splitList(text, from, stop)
	// Two names for a count of three or more ("three international routes,
	// Recife-Lisbon and Fortaleza-Miami, both of which …") are a short list.
	if len(ps) < 2 || len(ps) < 3 && count < 3 || strings.TrimSpace(text[last:stop]) != "" {
		return nil
	}
	for i, p := range ps {
		if r := roleBefore(text[p.a:p.b]); r > 0 {
			ps[i].a += r // "left-armer Theunis Lötter": the name, without the role
			p = ps[i]
		}
		if !capitalName(text[p.a:p.b]) {
			return nil
		}
	}
	its := items(text, ps)
	for _, it := range its {
		if strings.ContainsAny(it.Label, "0123456789") {
			return nil // "Malaysia had 32 ranked universities, Indonesia 28 and Thailand 20": counts of others
		}
	}
	return its
}

// heldInList returns the places a count's events were held in, after a
// comma and a participle: "four regional events, held in Stirling, Kinross,
// Aberdeen and Dumfries". Several events may share a place ("six matches,
// played in Doha and Lusail"), so only a list of exactly count names is one
// place per event.
func heldInList(text string, end, se, count int) []Item {
	if !heldInAfter(text[end:se]) {
		return nil
	}
	from := end + 2 + strings.Index(text[end+2:se], " ") + 4 // past ", held in " (or "at ")
	stop := strings.TrimRight(text[:se], ". ")
	ps, last := splitList(text, from, len(stop))
	if len(ps) != count || strings.TrimSpace(text[last:len(stop)]) != "" {
		return nil
	}
	for _, p := range ps {
		if !capitalName(text[p.a:p.b]) {
			return nil
		}
	}
	return items(text, ps)
}

// inPlacesList returns the places after a count's noun set off by ", in"
// ("its three plants, in Hai Phong, Bac Ninh, Dong Nai and Long An, ran …";
// "three training centres in Vietnam, in Hanoi, Bac Ninh, …"): one thing to
// a place. Several things may share a place ("five hotels, in Singapore,
// Kuala Lumpur and Bangkok"), so a list is kept only when it names more
// places than the count, as many, or one fewer of a handful: a slip of the
// count, not things shared out.
func inPlacesList(text string, end, se, count int) []Item {
	s := text[end:se]
	if strings.HasPrefix(s, " in ") {
		// "three training centres in Vietnam, in …": the country they are all in.
		k := strings.IndexByte(s, ',')
		if k < 0 || !capitalName(strings.TrimSpace(s[4:k])) {
			return nil
		}
		end, s = end+k, s[k:]
	}
	if !strings.HasPrefix(s, ", in ") || len(s) < 6 || !isCapital(s[5]) {
		return nil
	}
	from := end + 5
	stop := se
	k := strings.Index(text[from:se], " and ")
	if k < 0 {
		return nil
	}
	if j := strings.IndexByte(text[from+k:se], ','); j >= 0 {
		stop = from + k + j // the list closes at the first comma after its "and"
	}
	ps, last := splitList(text, from, stop)
	if len(ps) < 2 || strings.Trim(text[last:stop], " .") != "" {
		return nil
	}
	for _, p := range ps {
		if !placeName(text[p.a:p.b]) {
			return nil // "Rayong and Saraburi in Thailand", "Sriracha plus the factory near Phnom Penh": grouped, not one to a place
		}
	}
	if strings.HasPrefix(text[stop:se], ", ") && len(text) > stop+2 && isCapital(text[stop+2]) {
		return nil // "Zamboanga City and Bitung, Indonesia": the last place's country, or a list going on
	}
	if len(ps) < count && !(count-len(ps) == 1 && count <= 6) {
		return nil
	}
	return items(text, ps)
}

// placeName reports a label of one to four capitalised words and no
// figure: "Chakan", "Hai Phong", "General Santos" (nameOnly with one word
// allowed).
func placeName(label string) bool {
	if strings.ContainsAny(label, "0123456789") {
		return false
	}
	ws := strings.Fields(label)
	return nameOnly(label) || len(ws) == 1 && isUpperASCII(ws[0][0])
}

// appositionAfter reports whether s, from the end of a count's noun, opens
// with a comma and a capitalised word: ", Kuresoi South, …".
func appositionAfter(s string) bool { return appositionStart(s) >= 0 }

// appositionStart returns where the first name of a list in apposition starts
// in s, from the end of a count's noun: after ", " and, before it, at most a
// time ("three routes this year, Recife-Lisbon and …"); -1 when s opens no
// such list.
func appositionStart(s string) int {
	for _, t := range []string{" this year", " next year", " last year", " so far"} {
		if strings.HasPrefix(s, t) {
			s2 := s[len(t):]
			if k := appositionStart(s2); k >= 0 {
				return len(t) + k
			}
		}
	}
	if len(s) > 2 && s[0] == ',' && s[1] == ' ' && (isCapital(s[2]) || roleBefore(s[2:]) > 0) {
		return 2 // ", Kuresoi South, …", ", left-armer Theunis Lötter, …"
	}
	// A short lower-case qualifier of the noun may come first: "the six
	// villages inside it, Jontona, Amakaka, …", "the five villages on the far
	// bank, Shingrai, …" (four words at most).
	i := 0
	for n := 0; n < 4 && i+1 < len(s) && s[i] == ' ' && s[i+1] >= 'a' && s[i+1] <= 'z'; n++ {
		i++
		for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
			i++
		}
		if i+2 < len(s) && s[i] == ',' && s[i+1] == ' ' && isCapital(s[i+2]) {
			return i + 2
		}
	}
	return -1
}

// roleBefore returns where the name starts in an item that opens with the
// one lower-case word of a player's or official's role ("left-armer Theunis
// Lötter", "striker Ana Souza"), 0 when it does not.
func roleBefore(item string) int {
	sp := strings.IndexByte(item, ' ')
	if sp < 3 || sp+1 >= len(item) || !isCapital(item[sp+1]) {
		return 0
	}
	w := item[:sp]
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && w[i] != '-' {
			return 0
		}
	}
	switch w {
	case "under", "after", "over", "other", "either", "neither", "rather", "whether", "together", "never", "ever",
		"later", "former", "major", "minor", "for", "nor", "and", "including", "with", "from", "among":
		return 0
	case "captain", "coach", "keeper", "chief", "deputy", "minister", "secretary", "chairman", "chairwoman",
		"envoy", "mayor", "governor", "senator", "president":
		return sp + 1
	}
	if strings.Contains(w, "-") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist") {
		return sp + 1
	}
	return 0
}

// isCapital reports an ASCII capital letter.
func isCapital(b byte) bool { return b >= 'A' && b <= 'Z' }

// dashed reports whether the cue ending at pos is a dash.
func dashed(text string, pos int) bool {
	return strings.HasSuffix(text[:pos], "—") || strings.HasSuffix(text[:pos], "–") || strings.HasSuffix(text[:pos], " -")
}

// closesAside reports whether the spaced dash at byte at closes an aside its
// sentence opened with another ("18 aircraft - 11 planes and seven
// helicopters - including …"): an odd number of spaced dashes before it.
func closesAside(text string, at int) bool {
	start := strings.LastIndexAny(text[:at], ".!?\n") + 1
	before := text[start:at]
	return (strings.Count(before, " - ")+strings.Count(before, " — ")+strings.Count(before, " – "))%2 == 1
}

// closingDash returns where a list set off by a dash ends: at the closing
// dash before end, or at end.
func closingDash(text string, pos, end int) int {
	for _, d := range []string{" — ", " – ", " - "} {
		if k := strings.Index(text[pos:end], d); k >= 0 {
			return pos + k
		}
	}
	return end
}

// nextSentenceList reads the items a count closing its sentence leaves to the
// next one: "… nine cooperation documents. They cover A, B and C." Three
// items at least. partial is set for "They include …", a selection.
func nextSentenceList(text string, end int) (listed []Item, partial bool) {
	if end >= len(text) || text[end] != '.' {
		return nil, false
	}
	i := end + 1
	for i < len(text) && text[i] == ' ' {
		i++
	}
	rest := text[i:]
	var verb string
	for _, lead := range []string{"They ", "These ", "Those "} {
		if strings.HasPrefix(rest, lead) {
			verb, _, _ = strings.Cut(rest[len(lead):], " ")
			i += len(lead) + len(verb) + 1
			break
		}
	}
	switch verb {
	case "cover", "covered", "are", "were", "span", "spanned", "concern", "concerned":
	case "include", "included", "including":
		return nil, true
	default:
		return nil, false
	}
	if i >= len(text) {
		return nil, false
	}
	se := sentenceEnd(text, i)
	ps, stop := splitList(text, i, se)
	if len(ps) < 3 || strings.TrimSpace(text[stop:se]) != "" {
		return nil, false
	}
	return items(text, ps), false
}

// namedNextList reads the items the sentence after a count's lists under
// the count's own noun: "The agreements are A; B; …; and F." Three items at
// least, the list closing that sentence.
func namedNextList(text string, end int, noun string) []Item {
	if noun == "" || end >= len(text) || text[end] != '.' {
		return nil
	}
	i := end + 1
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	rest, ok := strings.CutPrefix(text[i:], "The ")
	if !ok {
		return nil
	}
	w, after, _ := strings.Cut(rest, " ")
	if !strings.EqualFold(strings.TrimSuffix(w, "s"), strings.TrimSuffix(noun, "s")) {
		return nil
	}
	verb, _, _ := strings.Cut(after, " ")
	if verb != "are" && verb != "were" {
		return nil
	}
	i += len("The ") + len(w) + 1 + len(verb) + 1
	if i >= len(text) {
		return nil
	}
	se := sentenceEnd(text, i)
	ps, stop := splitList(text, i, se)
	if len(ps) < 3 || strings.TrimSpace(text[stop:se]) != "" {
		return nil
	}
	for _, p := range ps {
		// Each item a noun phrase: "a veterinary protocol …", not "chosen by
		// a committee: A, B …" or "signed on Tuesday, April 15, …".
		w, _, _ := strings.Cut(text[p.a:p.b], " ")
		if w != "a" && w != "an" && w != "the" {
			return nil
		}
	}
	return items(text, ps)
}

// listGoesOn reports whether the text after a split list goes on with more
// names (", and Piódão and Benfeita in Arganil"): the list's groups are then
// more than its split parts.
func listGoesOn(rest string) bool {
	for _, lead := range []string{", and ", " and ", ", as well as "} {
		if r, ok := strings.CutPrefix(rest, lead); ok {
			r = strings.TrimPrefix(r, "the ")
			return r != "" && r[0] >= 'A' && r[0] <= 'Z'
		}
	}
	return false
}

// institutionName reports a name that ends in an institution's word, so
// that an "and" inside it joins words of one name: "the Lagos State Burns
// and Trauma Centre" (in Gbagada) is one centre.
func institutionName(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	switch s[k+1:] {
	case "Centre", "Center", "Hospital", "Clinic", "School", "College", "University", "Institute", "Authority",
		"Agency", "Commission", "Council", "Department", "Ministry", "Bank", "Company", "Corporation", "Museum", "Park":
		return true
	}
	return false
}

// groupedByPlace reports whether a list's items are groups of names with their
// place ("Janeiro and Dornelas in Pampilhosa", "A and B of Vietnam"): each part then holds several
// of the counted things.
func groupedByPlace(text string, ps []part) bool {
	for _, p := range ps {
		item := text[p.a:p.b]
		a := strings.Index(item, " and ")
		if a < 0 || strings.Contains(item[:a], "between ") {
			continue // "a supply deal between Saigon Weave and Lanificio Rondani of Biella": one thing two parties share
		}
		if !namesAround(item, a) {
			continue // "the best design award to BK-Orbit and the fair play award to … of …", "a canola and lentil trial in Lam Dong"
		}
		if i := strings.LastIndex(item, " in "); i > a && i+4 < len(item) && isCapital(item[i+4]) && !institutionName(item[:i]) {
			return true
		}
		for _, prep := range []string{" of ", " from "} {
			// "Trần Hà Linh and Phạm Quốc Bảo of Vietnam": two people from one place.
			if i := strings.LastIndex(item, prep); i > a && i+len(prep) < len(item) && isCapital(item[i+len(prep)]) {
				return true
			}
		}
		for _, prep := range []string{" on the ", " in the ", " at the ", " along the ", " near the "} {
			// "Dostyk and Altynkol on the Chinese border": two names sharing a place.
			if i := strings.Index(item, prep); i > a {
				return true
			}
		}
	}
	return false
}

// namesOfPlaceGroups splits a list grouped by place into its names: a part
// "Tanjung Seri and Gudang Timur in Malaysia" gives the two names, "Pasir
// Laut in Singapore" and "Kluang" one each. Every part must be capitalised
// names, each group closed by "in" and a capitalised place; otherwise nil,
// as the groups cannot be told apart from items that only hold an "and".
func namesOfPlaceGroups(text string, ps []part) []part {
	out := make([]part, 0, 2*len(ps))
	for _, p := range ps {
		item := text[p.a:p.b]
		end := len(item)
		if i := strings.LastIndex(item, " in "); i > 0 && i+4 < len(item) && isCapital(item[i+4]) && allCapitalised(item[i+4:]) {
			end = i
		}
		names := item[:end]
		from := 0
		for {
			k := strings.Index(names[from:], " and ")
			if k < 0 {
				break
			}
			if !allCapitalised(names[from : from+k]) {
				return nil
			}
			out = append(out, part{p.a + from, p.a + from + k})
			from += k + len(" and ")
		}
		if !allCapitalised(names[from:]) {
			return nil
		}
		out = append(out, part{p.a + from, p.a + len(names)})
	}
	return out
}

// sharedHead reports whether the list's items share a head noun that only the
// last of their modifiers carries ("men's and women's singles, men's, women's
// and mixed doubles"): each part then names several of the counted things.
func sharedHead(text string, ps []part) bool {
	for _, p := range ps {
		item := strings.ReplaceAll(text[p.a:p.b], "’", "'")
		if strings.Contains(item, "'s and ") || strings.HasSuffix(item, "'s") && !strings.Contains(item, " ") {
			return true
		}
	}
	return false
}

// namesAround reports whether the words on both sides of the " and " at a in
// item are capitalised, as two names joined are.
func namesAround(item string, a int) bool {
	before := item[:a]
	if k := strings.LastIndexByte(before, ' '); k >= 0 {
		before = before[k+1:]
	}
	after, _ := utf8.DecodeRuneInString(item[a+5:])
	first, _ := utf8.DecodeRuneInString(before)
	return unicode.IsUpper(first) && unicode.IsUpper(after)
}

// placeGroupBefore reports whether a comma-separated part of the list in
// text[a:b] other than the last is a group with its place ("A, B and C of
// Vietnam, D and E of Singapore, and F"): the split ends the list at the
// first group's "and" and would count only its names.
func placeGroupBefore(text string, a, b int) bool {
	ps := splitTop(text, a, b, ',')
	return len(ps) > 1 && groupedByPlace(text, ps[:len(ps)-1])
}

// yearAfterPreposition reports whether number token k is a year after "in",
// "by", "for" or "from" ("in 2026").
func yearAfterPreposition(text string, toks []token.Token, low *lowered, k int) bool {
	t := toks[k]
	if k == 0 || t.End-t.Start != 4 || (text[t.Start] != '1' && text[t.Start] != '2') {
		return false
	}
	switch low.at(k - 1) {
	case "in", "by", "for", "from", "until", "through", "to", "till": // "four priority sectors to 2030:"
		return true
	case "the":
		// "in the 2026-27 financial year", "for the 2025 season"
		switch low.at(k - 2) {
		case "in", "by", "for", "from", "until", "through", "during", "over":
			return k >= 2
		}
	}
	return false
}

// hedges mark an approximate or bounding amount before a number: "more than
// 30 investors", "nearly 50 localities", "at least 12 firms", "up to 20 ships".
var hedges = map[string]bool{
	"than": true, "nearly": true, "almost": true, "about": true, "around": true,
	"approximately": true, "roughly": true, "some": true, "over": true, "under": true,
	"least": true, "most": true, "estimated": true, "circa": true,
	"upwards": true,
}

// hedged reports whether the count at token i is hedged: a hedged count is an
// amount, so what follows it is a selection and never its full list.
func hedged(low *lowered, i int) bool {
	if i == 0 {
		return false
	}
	p := low.at(i - 1)
	switch {
	case p == "around" && i >= 2 && quantity.AroundAfterRests(low.at(i-2)):
		return false // "built around three pillars:": what it rests on
	case hedges[p]:
		return true
	case p == "to" && i >= 2 && (low.at(i-2) == "up" || low.at(i-2) == "close"):
		return true
	}
	return false
}

// lineOf returns the index of the line holding offset off.
func lineOf(ls []line, off int) int {
	lo, hi := 0, len(ls)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if ls[m].a <= off {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

// timeSpan reports whether token k is a number of a time unit ("two years",
// "12 months") or a count after "after" ("after six rounds").
func timeSpan(toks []token.Token, low *lowered, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if afterCount(toks, low, k) {
		return true // "perfect after six rounds:": a point in a series, not what is listed
	}
	if next := low.at(k + 1); !notItem(next) || next == "times" || next == "percent" {
		return false
	}
	if toks[k].Kind == token.Number {
		return true
	}
	_, ok := numword.Cardinal(low.at(k))
	return ok
}

// phraseJoiner reports a word after which a possessive stays inside the
// noun phrase: "the minister and his counterpart", "with their families".
func phraseJoiner(w string) bool {
	switch w {
	case "and", "or", "of", "with", "by", "to":
		return true
	}
	return false
}

// clausePronoun reports a pronoun or possessive that opens a clause of its
// own after a comma: "…, his message was …", "…, they said: …".
func clausePronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "his", "her", "their", "our":
		return true
	}
	return false
}

// scoreNoun reports the plural of what a table scores: "on five points".
func scoreNoun(w string) bool {
	switch w {
	case "points", "goals", "wins", "runs", "votes", "seats":
		return true
	}
	return false
}

// standingWord reports a place in a table before "on N points": "second on
// five points", "level on four".
func standingWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "last", "top", "bottom", "level", "finished", "ended", "are", "were", "is", "was":
		return true
	}
	return false
}
