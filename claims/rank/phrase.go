package rank

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// npStop reports a word ending a category noun phrase: function words, verbs and adverbs that
// never sit inside "trading and tourism partner".
func npStop(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those",
		"its", "their", "his", "her", "our", "my", "your",
		"in", "of", "to", "for", "with", "by", "from",
		"at", "on", "as", "than", "among", "after",
		"before", "since", "about", "into", "over", "under",
		"between", "across", "through", "per", "behind",
		"and", "or", "but", "nor", "while", "when",
		"where", "which", "who", "whom", "whose", "because",
		"if", "is", "are", "was", "were", "be", "been",
		"being", "has", "have", "had", "will", "would",
		"can", "could", "should", "may", "might", "must",
		"do", "does", "did", "remains", "ranks", "ranked",
		"ranking", "became", "said", "says", "only", "ever",
		"also", "still", "now", "last", "next", "so",
		"far", "year", "years", "globally", "worldwide",
		"both", "all", "not", "just", "more", "most",
		"top", "largest", "biggest", "there", "here", "it",
		"they", "he", "she", "we", "up", "out", "down",
		"off", "like", "such", "including", "via", "toward",
		"towards", "within", "without", "against", "during",
		"together", "combined", "alone", "each", "altogether": // "the top three together made up 44 percent": no noun follows
		return true
	}
	return false
}

// allCapsASCII reports a word of ASCII capitals only ("IT", "ODA").
func allCapsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// possessivePronoun reports a pronoun owning a ranking like a possessive noun: "its top provider".
func possessivePronoun(w string) bool {
	switch w {
	case "its", "their", "his", "her", "our":
		return true
	}
	return false
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}

// npWord reports whether token j can sit in a category noun phrase; n is the
// number of words already taken.
func (s *scanner) npWord(j, hi, n int) bool {
	if j >= hi || s.toks[j].Kind != token.Word {
		return false
	}
	w := s.word(j)
	if r := s.raw(j); len(r) > 1 && allCapsASCII(r) && !placeAcronyms[r] {
		return true // "IT services company": an acronym, whatever word it spells
	}
	if npStop(w) || isPossessive(w) {
		return false
	}
	if _, ok := s.ordinalWord(j); ok {
		return false
	}
	if n > 0 && (strings.HasSuffix(w, "ed") && !edNoun(w) || strings.HasSuffix(w, "ly")) {
		return false // "the largest investor contributed", "… partner currently"
	}
	return true
}

// edNoun reports a noun that ends like a past tense: "the second-largest
// salmon feed producer", "seed", "speed".
func edNoun(w string) bool {
	switch w {
	case "feed", "seed", "speed", "breed", "bed", "shed", "weed", "reed":
		return true
	}
	return false
}

func (s *scanner) ordinalWord(j int) (int, bool) {
	v, _, ok := s.ordinalAt(j, len(s.toks))
	return v, ok
}

// conjunct reads one coordinated category: "tourism partner", "provider of ODA",
// "partner in labour cooperation". It returns the token after it and whether it
// has a prepositional tail.
func (s *scanner) conjunct(k, hi int) (from, to int, pp bool) {
	j, n := k, 0
	for n < 5 && s.npWord(j, hi, n) {
		plural := isPlural(s.word(j))
		j, n = j+1, n+1
		if plural {
			break // "the top leaders met": nouns rarely follow a plural inside the phrase
		}
		// "people-to-people", "high-tech": hyphenated compounds stay one word.
		for j+1 < hi && s.isDash(j) && s.adjacent(j-1) && s.adjacent(j) && s.toks[j+1].Kind == token.Word {
			j += 2
		}
	}
	if n == 0 {
		return k, k, false
	}
	w := s.word(j)
	start := j + 1
	if (w == "of" || w == "in") && (s.word(start) == "such" || s.word(start) == "these") {
		start++ // "the third-largest maker of such cameras": the cameras
	}
	if (w == "of" || w == "in") && start < hi && s.categoryStart(start, hi) {
		m := start
		c := 0
		for c < 4 && s.npWord(m, hi, c) {
			plural := isPlural(s.word(m))
			m, c = m+1, c+1
			if plural {
				break
			}
			// "maker of interchangeable-lens cameras": a hyphenated compound is one word.
			for m+1 < hi && s.isDash(m) && s.adjacent(m-1) && s.adjacent(m) && s.toks[m+1].Kind == token.Word {
				m += 2
			}
		}
		if c > 0 {
			return k, m, true
		}
	}
	return k, j, false
}

// categoryStart reports whether token j can start a category rather than a place:
// "in labour cooperation", "in ODA" yes; "in Japan", "in the world" no.
func (s *scanner) categoryStart(j, hi int) bool {
	if j >= hi || s.toks[j].Kind != token.Word || npStop(s.word(j)) {
		return false
	}
	r := s.raw(j)
	if !isUpper(r) {
		return true
	}
	return r == strings.ToUpper(r) && len(r) > 1 && !placeAcronyms[r] // acronyms: ODA, FDI; not ASEAN
}

// categories reads a coordinated category phrase at k and returns the normalised
// categories and the token after the phrase. afterIn marks "first in …", where a
// place ("in Asia") is a scope, not a category.
func (s *scanner) categories(k, hi int, afterIn bool) ([]string, int) {
	if afterIn && !s.categoryStart(k, hi) {
		return nil, k
	}
	type span struct {
		from, to int
		pp       bool
	}
	var parts []span
	j := k
	for len(parts) < 6 {
		from, to, pp := s.conjunct(j, hi)
		if to == from {
			break
		}
		parts = append(parts, span{from, to, pp})
		j = to
		c := j
		if s.isSym(c, ",") {
			c++
		}
		if s.word(c) == "and" || s.word(c) == "or" {
			c++
		} else if c == j || !s.categoryWordAt(c) {
			break
		}
		if !s.categoryStart(c, hi) || clauseVerb(s.word(c)) || s.verbWithObject(c, hi) {
			break // "the fourth-largest copper mine and produced 318,000 tonnes": a clause goes on
		}
		if f, t, _ := s.conjunct(c, hi); t == f {
			break
		}
		j = c
	}
	if len(parts) == 0 {
		return nil, k
	}
	last := parts[len(parts)-1]
	head := ""
	if !last.pp && last.to-last.from > 1 {
		head = s.raw(last.to - 1)
	}
	var cats []string
	for i, p := range parts {
		txt := s.text[s.toks[p.from].Start:s.toks[p.to-1].End]
		if i < len(parts)-1 && !p.pp && p.to-p.from == 1 && head != "" {
			txt += " " + head // "trading and tourism partner" = trading partner, tourism partner
		}
		c := NormCategory(txt)
		if c != "" && !slices.Contains(cats, c) { // a handful: no set needed
			cats = append(cats, c)
		}
	}
	return cats, last.to
}

// clauseVerb reports a word that opens a clause, not a category: a past
// tense or an auxiliary.
func clauseVerb(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "said", "says", "made", "makes", "took", "employs":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// verbWithObject reports a present-tense verb at j with its object after it:
// "the second-largest sawmill operator and runs seven sawmills", "… and owns
// the port": a clause, not a second category.
func (s *scanner) verbWithObject(j, hi int) bool {
	w := s.word(j)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || j+1 >= hi {
		return false
	}
	if s.toks[j+1].Kind == token.Number {
		return true
	}
	switch s.word(j + 1) {
	case "the", "a", "an", "its", "more", "about", "nearly", "some", "over", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// categoryWordAt reports whether a comma-joined word is itself a known category,
// so "first in ODA, investment and trade" continues but ", contributing 10%" does not.
func (s *scanner) categoryWordAt(j int) bool {
	_, ok := categoryWord(s.word(j))
	return ok
}

// pluralHead reports whether the first category phrase at k has a plural head:
// "the largest factories" names a class, "the largest source of tourists" one winner.
func (s *scanner) pluralHead(k int) bool {
	_, to, _ := s.conjunct(k, len(s.toks))
	head := to - 1
	for j := k; j < to; j++ {
		if w := s.word(j); w == "of" || w == "in" {
			head = j - 1
			break
		}
	}
	return head >= k && isPlural(s.word(head))
}

// isPlural guesses a regular plural: "ports", "economies"; not "business", "status".
func isPlural(w string) bool {
	switch w {
	case "species", "series", "means", "news":
		return false // one of them as well as many: "the largest species at 31,400 tonnes"
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics") &&
		!isPossessive(w)
}

// scope reads where a ranking holds, at token j: "in Asia and Oceania", "in the
// world", "among Baltic ports", "worldwide". It returns the scope as written and
// the token after it; ("", j) when there is none.
func (s *scanner) scope(j, hi int) (string, int) {
	w := s.word(j)
	switch w {
	case "worldwide", "globally", "nationwide", "regionally":
		return s.raw(j), j + 1
	case "based", "headquartered", "located":
		// "the largest coconut oil exporter headquartered in Mindanao": a field
		// narrowed to the firms of one place, another ranking than the nation's
		// ("listed on Bursa Malaysia" is where any ranking of listed firms is).
		if s.word(j+1) != "in" {
			return "", j
		}
		k := j + 2
		if s.word(k) == "the" {
			k++
		}
		end := k
		for end < hi && s.toks[end].Kind == token.Word && isUpper(s.raw(end)) {
			end++
		}
		if end == k {
			return "", j
		}
		return s.text[s.toks[j].Start:s.toks[end-1].End], end
	case "from":
		// "the largest blueberry exporter from the La Libertad region": a
		// region bounds the ranking as "in" it would; any other "from" names
		// where the ranked things come from.
		if s.word(j+1) == "the" {
			for k := j + 2; k < hi && k <= j+6 && s.toks[k].Kind == token.Word; k++ {
				switch s.word(k) {
				case "region", "province", "state", "district", "county", "area", "valley":
					return s.text[s.toks[j].Start:s.toks[k].End], k + 1
				}
			}
		}
		if k := j + 1; k+1 < hi && s.toks[k].Kind == token.Word && s.toks[k+1].Kind == token.Word && isUpper(s.raw(k)) && isUpper(s.raw(k+1)) {
			// "the largest supplier of tea to Azerbaijan from Southeast Asia":
			// the suppliers of one region, another field than all of them.
			switch strings.ToLower(s.raw(k)) {
			case "southeast", "south", "east", "west", "north", "central", "latin", "eastern", "western", "northern", "southern", "sub-saharan":
				return s.text[s.toks[j].Start:s.toks[k+1].End], k + 2
			}
		}
		return "", j
	case "in", "within", "outside", "excluding":
		// "the largest buyer of Kazakh wheat outside Central Asia": a field
		// that leaves part out is another ranking than the whole one.
		k := j + 1
		if s.word(k) == "the" {
			k++
			n := 0
			for n < 3 && k < hi && s.toks[k].Kind == token.Word && !npStop(s.word(k)) {
				k, n = k+1, n+1
				for k+1 < hi && s.isDash(k) && s.adjacent(k-1) && s.toks[k+1].Kind == token.Word {
					k += 2
				}
			}
			if n == 0 || timeNoun(s.word(k-1)) {
				return "", j // "in the first quarter" is when, not where
			}
			return s.text[s.toks[j].Start:s.toks[k-1].End], k
		}
		end := s.properRun(k, hi)
		if end == k {
			return "", j
		}
		return s.text[s.toks[j].Start:s.toks[end-1].End], end
	case "to":
		// "the second-largest Ukrainian supplier of sunflower oil to India":
		// one buyer's market, not the whole trade's.
		if end := s.properRun(j+1, hi); end > j+1 {
			return s.text[s.toks[j].Start:s.toks[end-1].End], end
		}
		return "", j
	case "on":
		// "the largest Vietnamese carrier on the India market": one market's
		// ranking, not the whole one's.
		k := j + 1
		if s.word(k) != "the" {
			return "", j
		}
		for n := 0; n < 4 && k+1 < hi && s.toks[k+1].Kind == token.Word; n++ {
			k++
			switch s.word(k) {
			case "market", "markets", "route", "routes", "segment", "corridor":
				return s.text[s.toks[j].Start:s.toks[k].End], k + 1
			}
		}
		return "", j
	case "among":
		k, n := j+1, 0
		if s.word(k) == "the" {
			k++
		}
		if w := s.word(k); (w == "roughly" || w == "some" || w == "about" || w == "nearly" || w == "around" || w == "over") &&
			k+1 < hi && s.toks[k+1].Kind == token.Number {
			k++ // "among the roughly 150 countries": the count's hedge
		}
		if k < hi && s.toks[k].Kind == token.Number {
			k++ // "among the 41 countries and territories"
		}
		generic := true
		for n < 5 && k < hi && s.toks[k].Kind == token.Word && !npStop(s.word(k)) {
			generic = generic && (population(s.word(k)) || firmField(s.word(k)) || s.word(k) == "and")
			k, n = k+1, n+1
		}
		if n == 0 {
			return "", j
		}
		if generic {
			// "among the 41 countries and territories investing in …" names the
			// whole field, as a ranking without a scope does; "among Asian
			// investors" narrows it.
			return "", k
		}
		return s.text[s.toks[j].Start:s.toks[k-1].End], k
	}
	return "", j
}

// amongField splits the field after "among" at token j into the place that
// narrows it and the kind of thing ranked: "among ASEAN airport operators" is
// ("ASEAN", "airport operator"), "among Baltic ports" ("Baltic", "port"), "among
// the world's flour exporters" ("world", "flour exporter"), "among flour
// exporters" ("", "flour exporter"). A bare plural of the whole field ("among
// exporters", "among companies") gives no category.
func (s *scanner) amongField(j, hi int) (place, category string) {
	k := j + 1
	if s.word(k) == "the" {
		k++
	}
	if w := s.word(k); w == "roughly" || w == "some" || w == "about" || w == "nearly" || w == "around" || w == "over" {
		k++ // "among the roughly 150 countries": the hedge is the count's
	}
	if k < hi && s.toks[k].Kind == token.Word && isPossessive(s.word(k)) {
		w := s.word(k)
		place = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		k++
	} else if end := s.properRun(k, hi); end > k {
		place = s.text[s.toks[k].Start:s.toks[end-1].End]
		k = end
	}
	m, n := k, 0
	for n < 4 && s.npWord(m, hi, n) && !isUpper(s.raw(m)) {
		m, n = m+1, n+1
	}
	if n == 0 || !isPlural(s.word(m-1)) || place == "" && (n < 2 || population(s.word(m-1))) && !agentField(s.word(m-1)) {
		return "", ""
	}
	return place, NormCategory(s.text[s.toks[k].Start:s.toks[m-1].End])
}

// placeAcronyms are the upper-case names of places and blocs, which scope a
// ranking ("in ASEAN") where other acronyms name a category ("in ODA", "in FDI").
var placeAcronyms = map[string]bool{
	"ASEAN": true, "EU": true, "UK": true, "US": true, "USA": true, "UAE": true, "APEC": true,
	"OECD": true, "GCC": true, "BRICS": true, "CIS": true, "MENA": true, "EMEA": true, "APAC": true,
	"EAEU": true, "RCEP": true, "CPTPP": true, "OPEC": true, "G7": true, "G20": true,
}

// population reports the plain nouns of a whole field of ranked things.
func population(w string) bool {
	switch w {
	case "countries", "territories", "economies", "nations",
		"partners", "investors", "companies", "firms", "members", "provinces",
		// participles that only place the field: "countries present in Long Giang"
		"present", "active", "operating", "investing", "listed":
		return true
	}
	return false
}

// firmField reports the plural of a kind of firm, which as a whole field
// ("among the 27 lenders listed") narrows nothing a ranking of firms does not
// already say; with a qualifier ("among regional carriers") it is a category.
func firmField(w string) bool {
	switch w {
	case "lenders", "banks", "airlines", "carriers", "insurers", "groups", "operators":
		return true
	}
	return false
}

// properRun reads capitalised place words at k, joined by "and" or hyphens:
// "Asia and Oceania", "Southeast Asia", "Asia-Pacific".
func (s *scanner) properRun(k, hi int) int {
	end := k
	for k < hi && s.toks[k].Kind == token.Word && isUpper(s.raw(k)) {
		k++
		if k < hi && s.toks[k].Kind == token.Number && s.adjacent(k-1) {
			k++ // "the K3", "an A350": a model's number is its name's
		}
		end = k
		if s.isDash(k) && k+1 < hi && compassHalves(s.word(k-1), s.word(k+1)) {
			k += 2 // "South-east Asia"
			end = k
			continue
		}
		if s.isDash(k) && k+1 < hi && isUpper(s.raw(k+1)) {
			k++
			continue
		}
		if s.word(k) == "and" && k+1 < hi && s.toks[k+1].Kind == token.Word && isUpper(s.raw(k+1)) {
			k++
		}
	}
	return end
}

// agentField reports the plural of an agent noun, which ranks a party in
// what it does however bare the field: "third among foreign investors",
// "second among investors".
func agentField(w string) bool {
	switch w {
	case "investors", "exporters", "importers", "producers", "lenders", "donors", "buyers", "suppliers":
		return true
	}
	return false
}

// compassHalves reports the halves of a compass point written with a
// hyphen, "South-east", "north-west": one word of a region's name.
func compassHalves(a, b string) bool {
	return (a == "south" || a == "north") && (b == "east" || b == "west")
}
