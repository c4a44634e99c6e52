package claims

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// A key is the normalised measure a quantity counts: a noun phrase ("vietnamese
// people") optionally followed by qualifiers that start with a preposition
// ("vietnamese people in japan"). Words are lower-cased, diacritics folded,
// stemmed, and mapped through a small lexicon so that "population residing in"
// and "people living in" meet.

// isPreposition reports whether a word is a preposition, which starts a key's
// qualifier. A switch, not a map: it is asked about most words of a phrase,
// and a switch costs a fraction of a map lookup.
func isPreposition(w string) bool {
	switch w {
	case "in", "of", "to", "from", "at", "for", "between", "with", "on", "across", "among", "into",
		"within", "without":
		return true
	}
	return false
}

// isDropWord reports whether w is one of the drop words: they carry no measure: articles, hedges, pronouns, relation verbs.
func isDropWord(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	// Time words place a figure in time; the period is kept apart (Fact.Period).
	case "the", "a", "an", "and", "or", "its", "their", "his", "her", "our", "these", "those", "this",
		"that", "such", "as", "more", "than", "over", "nearly", "about", "around", "approximately",
		"some", "roughly", "almost", "least", "most", "up", "both", "new", "total", "currently",
		"living", "live", "lives", "residing", "reside", "resides", "working", "studying", "staying",
		"based", "who", "there", "other", "all", "many", "several", "various", "only", "just", "under",
		"above", "two", "it", "they", "we", "he", "she", "i", "you", "them", "today", "yesterday",
		"tomorrow", "sides", "side", "own", "annually", "each", "per", "alone", "slightly", "mainly",
		"mostly", "largely", "partly", "below", "last", "next", "year", "years", "month", "months",
		"week", "weeks", "day", "days", "quarter", "half", "first", "same", "period", "so", "far",
		"date", "now", "one", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
		"already", "still", "also", "even", "altogether", "combined", "newly", "official",
		// a day names when, never what: "treated 47 people on Saturday night"
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "afternoon":
		return true
	}
	return false
}

// lexicon maps words that name the same measure to one form, before stemming.
var lexicon = map[string]string{
	"population": "people", "persons": "people", "person": "people", "residents": "people",
	"resident": "people", "citizens": "people", "nationals": "people", "community": "people",
	"communities": "people", "people": "people", "labour": "labor", "programme": "program", "programmes": "program",
	"centre": "center", "centres": "center", "two-way": "", "bilateral": "", "firms": "company",
	"abroad": "export", // "shipped 392.6 million tonnes of coal abroad": coal exports
	"firm":   "company", "companies": "company", "enterprises": "company", "enterprise": "company",
	"businesses": "company", "investment": "investment", "investments": "investment", "fdi": "investment",
	// What investors put in is investment: "foreign investors poured USD 1 billion
	// into the province" measures its foreign investment.
	"investors": "investment", "investor": "investment",
	// A crowd is counted in people who came: "a crowd of 24,140" and "in front of
	// 22,140 fans" state one attendance.
	"crowd": "attendance", "crowds": "attendance", "spectators": "attendance", "spectator": "attendance",
	"attendance": "attendance", "attendances": "attendance", "fans": "attendance",
	// A height is one measure however it is asked: "about 150 metres high"
	// and "nearly 90 metres tall".
	"tall": "high",
	// Where a count lies is one qualifier however it is spread: "farming
	// households across Dak Lak" and "… in Dak Lak".
	"across": "in",
	// Heat is read one way however it is told: "the mercury touched 45.8
	// degrees Celsius", "the thermometer in Corinth reached 46.4C" are the
	// temperature.
	"mercury": "temperature", "temperatures": "temperature", "thermometer": "temperature", "thermometers": "temperature",
	// An economy grows by its output: "the economy expanded 2.3%" and "gross
	// domestic product grew 3.2%" state one growth rate.
	"economy": "gdp", "gdp": "gdp",
	// Rain is measured one way however it is named: "213 mm of rainfall" and
	// "312 mm of rain" at one station.
	"rainfall": "rain", "rainfalls": "rain", "rains": "rain",
}

// stemCache remembers the key form of words within one extraction: stemming is
// the costliest step of building keys, and news text repeats its words.
type stemCache map[string]string

// normWord returns the key form of one word, or "" when the word is dropped,
// looking it up in cache first when cache is not nil.
func normWord(w string, cache stemCache) string {
	if n, ok := cache[w]; ok {
		return n
	}
	if n, ok := corpusStems.Load(w); ok {
		return n.(string) // not copied into cache: filling it cost more than it saved
	}
	n := normWordUncached(w)
	if corpusStemCount.Add(1) <= maxCorpusStems {
		corpusStems.Store(strings.Clone(w), n) // a copy: w would pin its whole document
	} else if cache != nil {
		cache[w] = n // the corpus memo is full: remember the word for this document
	}
	return n
}

// corpusStems memoises key forms across the documents of a run (extraction runs
// in parallel, hence sync.Map); the key form of a word never changes, and a corpus
// repeats its vocabulary. It stops growing at maxCorpusStems words.
var (
	corpusStems     sync.Map
	corpusStemCount atomic.Int64
)

const maxCorpusStems = 200_000

func normWordUncached(w string) string {
	w = fold(w)
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'") {
		return "" // a possessive names the owner (the fact's subject), not the measure
	}
	if isDropWord(w) {
		return ""
	}
	if m, ok := lexicon[w]; ok {
		return m // canonical forms are not stemmed again
	}
	if isPreposition(w) {
		return w
	}
	return textnorm.Stem(w)
}

// fold lower-cases a word and removes diacritics (textnorm.Fold).
func fold(w string) string {
	return textnorm.Fold(w)
}

// NormalizeKey turns a phrase ("Vietnamese population residing in Japan") into a key.
func NormalizeKey(phrase string) string { return normalizeKey(phrase, nil) }

func normalizeKey(phrase string, cache stemCache) string {
	return normalizeWords([]string{phrase}, cache)
}

// normalizeWords is normalizeKey of the phrase strings.Join(parts, " ") without
// building it: the join's spaces only separate words.
func normalizeWords(parts []string, cache stemCache) string {
	var buf [16]string // most keys are short: their words stay on the stack
	words := buf[:0]
	for _, part := range parts {
		if part == "" {
			continue
		}
		if !hasKeySeparator(part) {
			if n := normWord(part, cache); n != "" {
				words = append(words, n)
			}
			continue
		}
		for _, w := range strings.FieldsFunc(part, isKeySeparator) {
			if n := normWord(w, cache); n != "" {
				words = append(words, n)
			}
		}
	}
	return joinKey(carriedOnBoard(customerBase(grossDomesticProduct(words))))
}

// customerBase writes subscribers as customers and drops "base" after them
// or users: a
// "subscriber base" of 18.42 million counts the subscribers. An "order
// backlog", or a backlog alone, is the order book. Lending that
// heads a key is the loans written ("new owner-occupier lending" and "new
// owner-occupier home loans"); a "lending rate" stays a rate.
func customerBase(words []string) []string {
	if n := len(words); n > 0 && words[n-1] == "lend" {
		words = append(words[:n-1:n-1], "loan")
	}
	if len(words) == 1 && words[0] == "backlog" {
		return []string{"order", "book"} // "The backlog stood at 650,000 tonnes": the order book
	}
	for i, w := range words {
		if w == "subscrib" {
			// A service's subscribers are its customers: "48.6 million
			// subscribers", "a customer base of 46.8 million".
			words = append(append(words[:i:i], "custom"), words[i+1:]...)
		}
	}
	for i := 1; i < len(words); i++ {
		if words[i] == "base" {
			switch words[i-1] {
			case "subscrib", "custom", "user", "client":
				return append(words[:i:i], words[i+1:]...)
			}
		}
		if words[i] == "backlog" && words[i-1] == "order" {
			words = append(words[:i:i], append([]string{"book"}, words[i+1:]...)...) // "the order backlog" is the order book
		}
	}
	return words
}

// grossDomesticProduct writes "gross domestic product" as "gdp", as the
// lexicon writes "GDP" and "economy".
func grossDomesticProduct(words []string) []string {
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "gross" && words[i+1] == "domest" && words[i+2] == "product" {
			return append(append(words[:i:i], "gdp"), words[i+3:]...)
		}
	}
	return words
}

// carriedOnBoard writes the people "on board" or "aboard" as the people a
// vessel was carrying: "more than 460 people on board" and "was carrying 470
// people" count one thing.
func carriedOnBoard(words []string) []string {
	n := len(words)
	switch {
	case n >= 2 && words[n-1] == "aboard":
		words = words[:n-1]
	case n >= 3 && words[n-1] == "board" && words[n-2] == "on":
		words = words[:n-2]
	default:
		return words
	}
	return append(words, "=carri")
}

// isKeySeparator reports whether r separates the words of a key phrase.
func isKeySeparator(r rune) bool {
	return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '(' || r == ')' || r == '"' || r == ':' || r == ';'
}

// hasKeySeparator reports strings.IndexFunc(s, isKeySeparator) >= 0 with a
// byte loop: the separators are ASCII, and no other UTF-8 byte equals one.
func hasKeySeparator(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', ',', '\t', '\n', '(', ')', '"', ':', ';':
			return true
		}
	}
	return false
}

// joinKey drops a dangling preposition and joins the words.
func joinKey(words []string) string {
	for len(words) > 0 && isPreposition(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && isPreposition(words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// splitKey returns the noun phrase and the qualifier words of a key; a predicate
// ("=miss") is left out (see predicateOf).
func splitKey(key string) (np, qual []string) {
	ws := strings.Fields(key)
	if n := len(ws); n > 0 && strings.HasPrefix(ws[n-1], "=") {
		ws = ws[:n-1]
	}
	for i, w := range ws {
		if isPreposition(w) {
			return ws[:i], ws[i:]
		}
	}
	return ws, nil
}

// predicateOf returns what happened to the things a key counts ("=miss" in
// "people =miss"), or "".
func predicateOf(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 && strings.HasPrefix(key[i+1:], "=") {
		return key[i+1:]
	}
	return ""
}

// nominalized reports whether key a is key b with its predicate written as
// the noun of the act ("vessel =call" and "vessel call") or as a participle
// before the noun ("home =damag" and "damag home").
func nominalized(a, b string) bool {
	p := predicateOf(a)
	if p == "" {
		return false
	}
	np := strings.TrimSuffix(a, " "+p)
	// "1,263 homes damaged" and "the number of damaged homes": the
	// participle written before the noun.
	return np+" "+p[1:] == b || p[1:]+" "+np == b
}

// deathsAndDead reports a count of deaths (a only "death", or deaths
// confirmed, reported or recorded) and one of people dead or killed.
func deathsAndDead(a, b string) bool {
	switch a {
	case "death", "death =confirm", "death =report", "death =record":
	default:
		return false
	}
	return b == "people =dead" || b == "people =kill"
}

// staffKey reports a key that counts a firm's workforce: "employe",
// "headcount", "workforc", "staff", "people =employ".
func staffKey(k string) bool {
	switch k {
	case "employe", "headcount", "workforc", "staff", "people =employ", "staff =employ":
		return true
	}
	return false
}

// agentOf reports whether key a is one word naming who did what key b's
// predicate says: "finish" (finishers) and "runner =finish".
func agentOf(a, b string) bool {
	if strings.Contains(a, " ") {
		return false
	}
	p := predicateOf(b)
	// "employees" (stemmed "employe") are the "people employed", "trainees"
	// the people trained.
	return p != "" && (p[1:] == a || len(a) > 5 && strings.TrimRight(a, "e") == p[1:] && strings.HasPrefix(b, "people "))
}

// Head returns the head noun of a key: the last word of its noun phrase
// ("vietnamese people in japan" → "people").
func Head(key string) string {
	// A key that closes with a unit is headed by it, qualified or not: "rain
	// mm" and "rain in dadu mm" both measure millimetres (KeysMatch sets the
	// unit aside to compare them).
	if u := closingUnit(key); u != "" {
		return u
	}
	// splitKey without its slices: the last word before the first preposition,
	// leaving out a predicate that ends the key.
	var h headScan
	if !textnorm.IsASCII(key) {
		for w := range strings.FieldsSeq(key) {
			if h.add(w) {
				break
			}
		}
		return h.result()
	}
	// Most keys are ASCII: split them at ASCII spaces (as FieldsSeq would)
	// without its iterator.
	for i := 0; i < len(key); {
		for i < len(key) && asciiSpace(key[i]) {
			i++
		}
		j := i
		for j < len(key) && !asciiSpace(key[j]) {
			j++
		}
		if i == j || h.add(key[i:j]) {
			break
		}
		i = j
	}
	return h.result()
}

// headScan reads the words of a key for Head.
type headScan struct{ head, prev, pred string }

// closingUnit returns the unit that closes a key with a qualifier ("rain in
// dadu mm" → mm), its predicate aside, or "". It is asked of every key Head
// reads, so it rejects most keys on their last word alone.
func closingUnit(key string) string {
	k := key
	i := strings.LastIndexByte(k, ' ')
	if i >= 0 && i+1 < len(k) && k[i+1] == '=' {
		k = k[:i] // the predicate ends the key
		i = strings.LastIndexByte(k, ' ')
	}
	if i < 0 || !measureUnit(k[i+1:]) && !relativeUnit(k[i+1:]) || !strings.Contains(k[:i], " ") {
		return "" // no unit, or one or two words: Head's scan finds the unit itself
	}
	for w := range strings.FieldsSeq(k[:i]) {
		if isPreposition(w) {
			return k[i+1:]
		}
	}
	return ""
}

// add reads the next word; it reports whether the head is found.
func (h *headScan) add(w string) bool {
	if h.pred != "" {
		h.prev, h.head, h.pred = h.head, h.pred, "" // not the last word: a word of the noun phrase
	}
	if isPreposition(w) {
		return true
	}
	if strings.HasPrefix(w, "=") {
		h.pred = w
		return false
	}
	if h.head != "" && (w == "nationwid" || w == "worldwid") {
		return false // "421 stores nationwide": an adverb after the noun, which heads the key
	}
	h.prev, h.head = h.head, w
	return false
}

// result is the head found.
func (h *headScan) result() string { return h.head }

// asciiSpace reports whether c is an ASCII space, as strings.Fields reads it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// KeysMatch reports whether two keys name the same measure: the same head, the
// modifiers of one contained in the other's ("cooperation agreement" and "local
// cooperation agreement"), and, when both carry qualifiers, one qualifier
// contained in the other ("in japan" and "in japan"; a missing qualifier matches).
func KeysMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if agentOf(a, b) || agentOf(b, a) {
		return true // "finishers" are "runners who finished"
	}
	if nominalized(a, b) || nominalized(b, a) {
		return true // "3,142 vessels called" counts the "vessel calls"
	}
	if deathsAndDead(a, b) || deathsAndDead(b, a) {
		return true // "32 deaths had been confirmed" counts the "people confirmed dead"
	}
	if staffKey(a) && staffKey(b) {
		return true // "Headcount stood at 621", "employed 612 people", "612 employees": one workforce
	}
	if pa, pb := predicateOf(a), predicateOf(b); pa != pb && !carriedBy(a, pa, pb) {
		return false // "people missing" is not "people evacuated", nor plain "people"
	}
	npa, qa := splitKey(a)
	npb, qb := splitKey(b)
	// The unit closes a key, inside a qualifier if it has one ("rain in dadu
	// mm"): set it aside so that "rain mm" and "rain in dadu mm" compare as
	// "rain" and "rain in dadu".
	if ua, ub := lastWord(npa, qa), lastWord(npb, qb); ua != "" && ua == ub && unitWord(ua) && (len(qa) > 0 || len(qb) > 0) {
		npa, qa = dropLast(npa, qa)
		npb, qb = dropLast(npb, qb)
		if len(qa) == 1 {
			qa = nil // a qualifier that was only its preposition
		}
		if len(qb) == 1 {
			qb = nil
		}
	}
	if len(qb) == 0 {
		npa, qa = foldQualifier(npa, qa, npb)
	}
	if len(qa) == 0 {
		npb, qb = foldQualifier(npb, qb, npa)
	}
	if len(npa) == 0 || len(npb) == 0 || npa[len(npa)-1] != npb[len(npb)-1] {
		return false
	}
	if n, m := len(npa), len(npb); min(n, m) == 2 && max(n, m) >= 3 && len(npa[n-1]) == 3 && quantity.CurrencyName(npa[n-1]) &&
		moneyHead(npa[:n-1]) != moneyHead(npb[:m-1]) && moneyHead(npa[:n-1]) != "" && moneyHead(npb[:m-1]) != "" {
		return false // "prize pool total myr" and "prize myr": the noun before the unit heads a sum of money
	}
	if !subsetEither(npa, npb) || partitioned(npa, npb) || partitioned(npb, npa) {
		return false
	}
	if slices.ContainsFunc(npa, superlativeWord) != slices.ContainsFunc(npb, superlativeWord) || namedStage(npa) != namedStage(npb) {
		return false // "the largest project in the package at $2.6 billion" is one of the "projects worth $4.2 billion"
	}
	if slices.Contains(npa, "capac") != slices.Contains(npb, "capac") {
		return false // "12 GW of module capacity" is what the plants can make, not the "9.6 GW of modules" shipped
	}
	if len(qa) > 0 && len(qb) > 0 {
		return subsetEither(qa, qb)
	}
	// A qualifier on one side only narrows the measure unless it only places it
	// ("Vietnamese people in Japan" is the measure "Vietnamese people" stated with
	// its place); "runners for cramps" is another measure than "runners".
	for i, q := range [][]string{qa, qb} {
		if len(q) > 0 && (!placePrepositions[q[0]] && q[0] != "without" || scopeQualifier(q)) {
			return false // "without" only states what the counted lack: "customers without electricity" are the customers an outage counts
		}
		if other := [][]string{npb, npa}[i]; len(q) > 0 && slices.ContainsFunc(other, wholeWord) {
			return false // "gross loans" are the group's, "loans in Malaysia" one country's part of them
		}
	}
	return true
}

// namedStage reports a key of one named stage of a race: "final stage",
// "opening stage", stemmed "open stage" (not "final turnout", the end of one
// count).
func namedStage(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "final" || ws[i] == "opening" || ws[i] == "open") && (ws[i+1] == "stage" || ws[i+1] == "leg") {
			return true
		}
	}
	return false
}

// superlativeWord reports a superlative that picks one of the things a key
// counts: the largest one's figure is not the figure of them all.
func superlativeWord(w string) bool {
	switch w {
	case "largest", "biggest", "smallest", "highest", "lowest", "longest", "tallest", "deepest":
		return true
	}
	return false
}

// wholeWord reports a modifier saying a measure is the whole, over every
// place: a place stated beside another figure then narrows that one to a part.
func wholeWord(w string) bool {
	switch w {
	case "gross", "total", "overal", "combin", "group", "nationwid", "worldwid", "global":
		return true
	}
	return false
}

// carriedBy reports two predicates that differ only in one saying its
// passengers or crew were carried: a vessel's passengers are the ones it
// carried ("221 passengers listed on the manifest", "carried 212 passengers").
func carriedBy(key, pa, pb string) bool {
	if pa != "" && pa != "=carri" || pb != "" && pb != "=carri" {
		return false
	}
	switch Head(key) {
	case "passeng", "crew":
		return true
	}
	return false
}

// moneyHead is the noun that heads the words before a sum's currency: the
// last, unless it only says the sum is one ("trade turnover", "export
// value", "prize pool total"), then the one before it; "" when every word
// only says so ("average"), which then heads nothing to tell apart.
func moneyHead(ws []string) string {
	for i := len(ws) - 1; i >= 0; i-- {
		switch ws[i] {
		case "turnov", "valu", "volum", "total", "figur", "amount", "sum", "worth", "averag", "overal":
			continue
		}
		return ws[i]
	}
	return ""
}

// foldQualifier turns a qualifier that the other key writes as a modifier
// back into one: "damage to farms" is "farm damage", "exports of rice" "rice
// exports", when the other key says so. It returns np and q unchanged
// otherwise.
func foldQualifier(np, q, other []string) ([]string, []string) {
	if len(q) < 2 || len(q) > 3 || q[0] != "to" && q[0] != "of" && q[0] != "on" || len(other) < 2 {
		return np, q
	}
	mods := other[:len(other)-1]
	for _, w := range q[1:] {
		if !slices.Contains(mods, w) {
			return np, q
		}
	}
	return append(append([]string(nil), q[1:]...), np...), nil
}

// scopeQualifier reports whether a qualifier names a competition or one
// match of it rather than a place: "goals in all competitions" is more than
// "goals" in the league, "26 points in the final" another match's than 28.
func scopeQualifier(q []string) bool {
	for i, w := range q {
		switch {
		case w == "competit" || w == "leagu" || w == "cup" || w == "tournament" || w == "playoff":
			return true
		case placeWord(w) && i < len(q)-1:
			return true // "attendance at final session": one session's crowd, not the event's ("at the final" is the final's)
		case matchWord(w):
			// "26 points in the final": one match's, not another's; a
			// crowd "at the final" is the one the final drew.
			return q[0] == "in"
		}
	}
	return false
}

// matchWord reports a key stem naming one match of a competition.
func matchWord(st string) bool {
	switch st {
	case "final", "semifin", "quarterfin", "match", "decid":
		return true
	}
	return false
}

// partitioned reports whether a has a modifier that b lacks and that splits a
// measure into parts: "foreign runners" are a part of "runners", "Japanese
// investment" a part of "investment", so their figures are not one measure.
func partitioned(a, b []string) bool {
	for _, w := range a[:len(a)-1] {
		if partitionWord(w) && !contains(b, w) {
			return true
		}
	}
	return false
}

func contains(ws []string, w string) bool {
	for _, v := range ws {
		if v == w {
			return true
		}
	}
	return false
}

// partitionWord reports whether a key word (stemmed) names a part of a whole:
// origin ("foreign", "domestic", nationalities such as "japanes", "korean"),
// place ("rural", "urban") or sector ("privat", "public").
func partitionWord(w string) bool {
	switch w {
	case "foreign", "domest", "intern", "oversea", "rural", "urban", "male", "femal", "privat",
		"public", "state", "american", "german", "french", "british", "thai", "dutch", "swiss", "lao",
		"home", "away", "abroad", "onlin", "offlin", "food", "core", "energi":
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean"))
}

// placePrepositions start qualifiers that locate a measure rather than narrow it.
var placePrepositions = map[string]bool{"in": true, "at": true, "across": true, "between": true,
	"among": true, "within": true}

func subsetEither(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// WithMeasure rewrites a key whose measure is from onto the measure to, keeping
// its predicate and unit ("quay slot =oper" → "contain berth =oper"); ok is false
// when the key measures something else.
func WithMeasure(key, from, to string) (string, bool) {
	if key == from {
		return to, true
	}
	rest, found := strings.CutPrefix(key, from+" ")
	if !found {
		return key, false
	}
	ws := strings.Fields(rest)
	for i, w := range ws {
		// Only a predicate and, last, a unit may follow the measure.
		if !strings.HasPrefix(w, "=") && i != len(ws)-1 {
			return key, false
		}
	}
	if last := ws[len(ws)-1]; !strings.HasPrefix(last, "=") && isPreposition(last) {
		return key, false
	}
	return to + " " + rest, true
}

// lastWord returns the last word of a key split into its noun phrase and
// qualifier.
func lastWord(np, qual []string) string {
	if len(qual) > 0 {
		return qual[len(qual)-1]
	}
	if len(np) > 0 {
		return np[len(np)-1]
	}
	return ""
}

// dropLast drops the last word of a split key.
func dropLast(np, qual []string) ([]string, []string) {
	if len(qual) > 0 {
		return np, qual[:len(qual)-1]
	}
	return np[:len(np)-1], qual
}

// measureUnit reports a unit of measure or a currency ("mm", "tonne", "usd"):
// shares and multiples are left out, their keys headed by the noun they
// measure as growth-mismatch reads them.
// relativeUnit reports the units that say how much of something: "turnout
// in round percent" is headed by percent, as "turnout percent" is.
func relativeUnit(w string) bool {
	switch w {
	case "percent", "fraction", "pp":
		return true
	}
	return false
}

func measureUnit(w string) bool {
	switch w {
	case "percent", "fraction", "pp", "times", "bp", "cent":
		return false
	}
	return unitWord(w)
}

// WithoutUnit returns a key without the measure unit that closes it ("revenu
// usd" is "revenu"), and whether it had one: a percentage change of revenue
// is of the revenue whatever its currency.
func WithoutUnit(key string) (string, bool) {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 || !measureUnit(key[i+1:]) {
		return key, false
	}
	return key[:i], true
}

// unitWord reports a unit as withUnit writes it at the end of a key.
func unitWord(w string) bool {
	switch w {
	case "percent", "fraction", "km", "tonne", "m", "pp", "ha", "°c", "°f", "times", "mm", "mw", "gw", "teu", "bp",
		"km/h", "cent", "cm", "mg", "gwh", "mhz", "inch", "ghz", "twh", "km2", "acre", "kg", "l", "kwh", "mwh":
		return true
	}
	return len(w) == 3 && quantity.CurrencyName(w)
}
