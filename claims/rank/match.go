package rank

import (
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// hit is one rank phrase found at the token level, before subject and owner.
type hit struct {
	start, end int // tokens [start, end) of the rank phrase, determiner and owner included
	trig       int // the rank word ("third", "top", "No", "largest")
	rank       int
	atMost     bool
	cats       []string
	scope      string
	verb       int  // the ranking verb of "ranks second in", -1 otherwise
	onlyTo     bool // "second only to"
	after      bool // the subject is the name right after the phrase: "Third-placed Marlow Athletic"
}

// superlative reports the size words that make "the largest"/"third-largest" a rank.
func superlative(w string) bool {
	switch w {
	case "largest", "biggest", "greatest", "highest":
		return true
	}
	return false
}

// otherSuperlative reports the superlatives other than size that rank after
// an ordinal ("third-fastest", "second-busiest"); the ranking is by that
// quality, so the word goes into the category.
func otherSuperlative(w string) bool {
	switch w {
	case "fastest", "busiest", "deadliest", "richest", "oldest", "tallest", "longest", "smallest", "lowest",
		"strongest", "hottest", "coldest", "wettest", "driest", "worst", "best", "heaviest", "costliest",
		"wealthiest", "poorest", "safest", "cheapest", "youngest", "shortest", "slowest", "warmest":
		return true
	}
	return false
}

// rankVerb reports a verb putting a bare ordinal in rank position: "ranks second", "came third".
func rankVerb(w string) bool {
	switch w {
	case "rank", "ranks", "ranked", "ranking", "placed", "came",
		"comes", "finished", "finishes", "stands", "stood":
		return true
	}
	return false
}

// finishVerb reports a verb giving a final place in a table or race: "finished second", "came third".
func finishVerb(w string) bool {
	switch w {
	case "finished", "finishes", "came", "comes", "placed":
		return true
	}
	return false
}

// standing is the category of a place in a table or race.
const standing = "standing"

// copula reports a copula, which also does so, but only before "in"/"among"/"place": "is first in ODA".
func copula(w string) bool {
	switch w {
	case "is", "are", "was", "were", "remains", "remained",
		"remain", "be", "being", "been", "became", "becomes", "become":
		return true
	}
	return false
}

// match tries every rank pattern at token i of sentence [lo, hi); it appends
// the hits to dst and returns it with the token to resume at.
func (s *scanner) match(dst []hit, i, lo, hi int) ([]hit, int) {
	w := s.word(i)
	switch {
	case w == "top" && s.sellingAt(i+1) > 0:
		// "the company's top-selling category", "the top seller": first by
		// sales, as "best-selling" is.
		if h, ok := s.matchSuperlative(i, s.sellingAt(i+1), 1, lo, hi); ok {
			h.cats = sellingCategories(h.cats)
			return append(dst, h), h.end
		}
	case w == "top":
		if h, ok := s.matchTop(i, lo, hi); ok {
			return append(dst, h), h.end
		}
	case w == "no" || w == "number":
		if h, ok := s.matchNumberOne(i, lo, hi); ok {
			return append(dst, h), h.end
		}
	case superlative(w):
		if h, ok := s.matchSuperlative(i, i, 1, lo, hi); ok && !s.recordAfter(h.end) {
			h.cats = s.trafficBySize(brandBySales(h.cats), i)
			return append(dst, h), h.end
		}
	case w == "best" && s.sellingAt(i+1) > 0:
		// "the best-selling label", "the best seller": first by sales.
		if h, ok := s.matchSuperlative(i, s.sellingAt(i+1), 1, lo, hi); ok {
			h.cats = sellingCategories(h.cats)
			return append(dst, h), h.end
		}
	case otherSuperlative(w) && w != "best":
		// (A bare "best" ranks only by sales, above: "at its best stage", "the
		// best defensive record in the league" name no ranking.)
		// "the busiest airport": first by that quality, kept apart from a
		// ranking by size as "the second-busiest airport" is. Only with a
		// noun after it: "the busiest" alone names no ranking. A record
		// ("the strongest typhoon to hit the Visayas this year") is bounded
		// by a clause the scope does not read.
		if h, ok := s.matchSuperlative(i, i, 1, lo, hi); ok && len(h.cats) > 0 && !s.recordClause(h.end) {
			for k, c := range h.cats {
				h.cats[k] = w + " " + c
			}
			return append(dst, h), h.end
		}
	}
	ord, next, ok := s.ordinalAt(i, hi)
	if !ok {
		return dst, i + 1
	}
	// "third-largest", "second largest", "12th biggest", "second most populous".
	j := next
	if s.isDash(j) && s.adjacent(j-1) {
		j++
	}
	if j < hi && superlative(s.word(j)) && !(s.word(j) == "biggest" && s.sellingAt(j+1) > 0) {
		// ("the second-biggest-selling brand" is a ranking by sales, below)
		if h, ok := s.matchSuperlative(i, j, ord, lo, hi); ok {
			h.cats = s.trafficBySize(brandBySales(h.cats), j)
			return append(dst, h), h.end
		}
	}
	if j < hi && (s.word(j) == "best" || s.word(j) == "biggest") && s.sellingAt(j+1) > 0 {
		// "the chain's second-best-selling own brand", "the second-best seller".
		if h, ok := s.matchSuperlative(i, s.sellingAt(j+1), ord, lo, hi); ok {
			h.cats = sellingCategories(h.cats)
			return append(dst, h), h.end
		}
	}
	if j < hi && otherSuperlative(s.word(j)) {
		// "the third-fastest in the world", "the second-busiest airport": a
		// ranking by that quality, kept apart from one by size. "Second best"
		// with no noun is a verdict ("we were second best for long spells").
		if h, ok := s.matchSuperlative(i, j, ord, lo, hi); ok && !(len(h.cats) == 0 && (s.word(j) == "best" || s.word(j) == "worst") && !s.determinedAt(i-1, lo)) {
			cats := []string{s.word(j)}
			for _, c := range h.cats {
				cats = append(cats, s.word(j)+" "+c)
			}
			if len(h.cats) > 0 {
				cats = cats[1:]
			}
			h.cats = cats
			return append(dst, h), h.end
		}
	}
	if j+1 < hi && s.word(j) == "most" && s.toks[j+1].Kind == token.Word {
		if h, ok := s.matchSuperlative(i, j+1, ord, lo, hi); ok {
			q := qualityNoun(s.word(j + 1))
			switch {
			case len(h.cats) == 0:
				// "the eighth-most profitable of the lenders": ranked by
				// that quality, named by its noun as "by profit" names it.
				h.cats = []string{q}
			case (q == "profit" || q == "value") && h.scope == "":
				// "the third most profitable listed private bank": ranked by
				// profit among listed private banks, the field its scope.
				h.scope, h.cats = "among "+strings.Join(h.cats, " "), []string{q}
			}
			return append(dst, h), h.end
		}
	}
	// "Third-placed Marlow Athletic": a standing, of the name that follows.
	if s.isDash(next) && s.adjacent(next-1) && s.word(next+1) == "placed" && next+2 < hi && isUpper(s.raw(next+2)) {
		h := hit{start: i, end: next + 2, trig: i, rank: ord, verb: -1, cats: []string{standing}, after: true}
		return append(dst, h), h.end
	}
	// "Third-seeded Germany", "the second seed Hana Kovarova", "Germany, the
	// third seeds": a draw's seeding, of the name after it when one follows.
	if s.isDash(next) && s.adjacent(next-1) && s.word(next+1) == "seeded" || s.word(next) == "seed" || s.word(next) == "seeds" {
		end := next + 1
		if s.isDash(next) {
			end = next + 2
		}
		named := end < hi && isUpper(s.raw(end))
		if named || s.word(end-1) != "seeded" {
			h := hit{start: i, end: end, trig: i, rank: ord, verb: -1, cats: []string{"seed"}, after: named}
			return append(dst, h), h.end
		}
	}
	if s.word(next) == "only" && s.word(next+1) == "to" {
		h := hit{start: i, end: next + 2, trig: i, rank: ord, verb: -1, onlyTo: true}
		return append(dst, h), h.end
	}
	n := len(dst)
	if dst = s.matchVerbList(dst, i, lo, hi); len(dst) > n {
		return dst, dst[len(dst)-1].end
	}
	return dst, i + 1
}

// ordinalAt reads an ordinal at token i: "third", "3rd" (split by the scanner into
// "3" and "rd"), "twenty-first".
func (s *scanner) ordinalAt(i, hi int) (val, next int, ok bool) {
	if i >= hi {
		return 0, i, false
	}
	t := s.toks[i]
	switch t.Kind {
	case token.Number:
		if i+1 < hi && s.adjacent(i) {
			switch s.word(i + 1) {
			case "st", "nd", "rd", "th":
				n, err := strconv.Atoi(s.raw(i))
				if err == nil && n > 0 && n < 100000 {
					return n, i + 2, true
				}
			}
		}
	case token.Word:
		w := s.word(i)
		if len(w) >= 5 && ordinalSuffix(w[len(w)-2:]) {
			if v, ok := numword.Ordinal(w); ok {
				return v, i + 1, true
			}
		}
		// "twenty-first": every tens word ends in "ty".
		if strings.HasSuffix(w, "ty") && i+2 < hi && s.isDash(i+1) && s.adjacent(i) && s.adjacent(i+1) {
			if v, ok := numword.OrdinalCompound(s.word(i), s.word(i+2)); ok {
				return v, i + 3, true
			}
		}
	}
	return 0, i, false
}

// cardinalAt reads "five" or "35" at token i.
func (s *scanner) cardinalAt(i, hi int) (int, bool) {
	if i >= hi {
		return 0, false
	}
	switch s.toks[i].Kind {
	case token.Word:
		v, ok := numword.Cardinal(s.word(i))
		return v, ok && v > 0
	case token.Number:
		if i+1 < hi && s.adjacent(i) && s.toks[i+1].Kind == token.Word {
			return 0, false // "3rd", "5km"
		}
		n, err := strconv.Atoi(strings.ReplaceAll(s.raw(i), ",", ""))
		return n, err == nil && n > 0 && n < 100000
	}
	return 0, false
}

// matchSuperlative builds the hit of "[owner's|the] [ordinal] largest category".
// trig is the first rank word, sup the superlative; a plain superlative (no
// ordinal) needs a definite determiner and is no rank after "one of".
func (s *scanner) matchSuperlative(trig, sup, ord, lo, hi int) (hit, bool) {
	start := s.prefixStart(trig, lo)
	if ord == 1 && trig == sup {
		if start == trig || s.partitive(start, lo) {
			return hit{}, false
		}
	}
	h := hit{start: start, trig: trig, rank: ord, verb: -1}
	cats, j := s.categories(sup+1, hi, false)
	if ord == 1 && trig == sup && len(cats) > 0 && s.pluralHead(sup+1) {
		return hit{}, false // "the largest centres" reads as a class, not one winner
	}
	h.cats = cats
	if len(cats) == 0 && s.word(sup+1) == "of" {
		// "the largest of 150 countries and territories investing in
		// Vietnam": the field's participle names what is ranked.
		if c, k := s.fieldAgent(sup+2, hi); c != "" {
			h.cats, j = []string{NormCategory(c)}, k
		}
	}
	h.scope, h.end = s.scope(j, hi)
	if h.end == j && j == sup+1 {
		h.end = sup + 1
	}
	return h, true
}

// fieldAgent reads a field of ranked parties from token j ("150 countries
// and territories investing in"): an optional count, plural nouns joined by
// "and", then a participle that says what they do. It returns the agent
// noun of that participle ("investor") and the token after it, or "".
func (s *scanner) fieldAgent(j, hi int) (string, int) {
	k := j
	if k < hi && s.toks[k].Kind == token.Number {
		k++
	}
	if s.word(k) == "the" {
		k++
	}
	n := 0
	for ; k < hi && n < 4; k, n = k+1, n+1 {
		w := s.word(k)
		if a, ok := agentOf[w]; ok && n > 0 {
			return a, k + 1
		}
		if w == "" || w != "and" && !isPlural(w) {
			return "", j
		}
	}
	return "", j
}

// matchTop reads "top five life insurers" (at most 5) and "its top provider" (1).
func (s *scanner) matchTop(i, lo, hi int) (hit, bool) {
	if s.isDash(i + 1) {
		return hit{}, false // "top-level", "top-notch"
	}
	start := s.prefixStart(i, lo)
	if n, ok := s.cardinalAt(i+1, hi); ok {
		h := hit{start: start, trig: i, rank: n, atMost: true, verb: -1}
		var j int
		h.cats, j = s.categories(i+2, hi, false)
		h.scope, h.end = s.scope(j, hi)
		return h, true
	}
	if start == i || s.partitive(start, lo) {
		return hit{}, false // "a top destination", "one of the top firms"
	}
	cats, j := s.categories(i+1, hi, false)
	if len(cats) == 0 || s.pluralHead(i+1) {
		return hit{}, false
	}
	h := hit{start: start, trig: i, rank: 1, cats: cats, verb: -1}
	h.scope, h.end = s.scope(j, hi)
	return h, true
}

// matchNumberOne reads "number one partner", "No. 1 investor", "No.1".
func (s *scanner) matchNumberOne(i, lo, hi int) (hit, bool) {
	n, j := 0, i+1
	switch {
	case s.word(i) == "number":
		if s.isDash(j) {
			j++
		}
		v, ok := numword.Cardinal(s.word(j))
		if !ok || v < 1 || v > 10 {
			return hit{}, false
		}
		n, j = v, j+1
	case s.raw(i) == "No" || s.raw(i) == "no":
		if s.isSym(j, ".") {
			j++
		} else if s.raw(i) == "no" {
			return hit{}, false // "there is no 1 answer"
		}
		if j >= hi || s.toks[j].Kind != token.Number {
			return hit{}, false
		}
		v, err := strconv.Atoi(s.raw(j))
		if err != nil || v < 1 || v > 1000 {
			return hit{}, false
		}
		n, j = v, j+1
	default:
		return hit{}, false
	}
	switch s.word(j) {
	case "alarm", "alarms", "signal", "signals", "level", "warning", "platform", "gate", "berth", "runway", "terminal", "pier", "shaft", "reactor":
		return hit{}, false // "a No. 4 alarm", "storm signal No. 8": a grade or a numbered thing, no ranking
	}
	h := hit{start: s.prefixStart(i, lo), trig: i, rank: n, verb: -1}
	if i-1 >= lo && s.word(i-1) == "world" && j < hi && s.toks[j].Kind == token.Word && isUpper(s.raw(j)) && !leadCap(s.word(j)) {
		// "world No. 2 Brazil needed five sets": the name after the place
		// is who holds it in the world ranking.
		h.start, h.end, h.scope, h.cats, h.after = i-1, j, "in the world", []string{"ranking"}, true
		return h, true
	}
	var k int
	h.cats, k = s.categories(j, hi, false)
	h.scope, h.end = s.scope(k, hi)
	if i-1 >= lo && s.word(i-1) == "world" && h.scope == "" && len(h.cats) == 0 {
		// "Lindqvist, the world No. 6, lost …": a place in the world ranking.
		h.start, h.scope, h.cats = i-1, "in the world", []string{"ranking"}
		if i-2 >= lo && s.word(i-2) == "the" {
			h.start = i - 2
		}
	}
	return h, true
}

// prefixStart extends a rank phrase back over its determiner and possessive owner:
// "the", "its", "Vietnam's", "the world's".
func (s *scanner) prefixStart(trig, lo int) int {
	j := trig
	bare := j-2 >= lo && s.barePossessive(j-1) && isUpper(s.raw(j-2)) // "the Philippines' third-largest airline"
	if bare || j-1 >= lo && (isPossessive(s.word(j-1)) || possessivePronoun(s.word(j-1))) {
		j--
		if bare {
			j--
		}
		p := j
		for j-1 >= lo && s.toks[j-1].Kind == token.Word && isUpper(s.raw(j-1)) && isUpper(s.raw(j)) {
			j--
		}
		if j-3 >= lo && s.isDash(j-2) && compassHalves(s.word(j-3), s.word(j-1)) && isUpper(s.raw(j-3)) {
			j -= 3 // "South-east Asia's"
			p = j  // one region: no run of two names
		}
		// "That makes South Korea Morocco's sixth-largest investor": two names
		// run together; the owner is the country the run ends with.
		if j < p && isPossessive(s.word(p)) {
			for k := j; k <= p; k++ {
				if attrib.CountryName(trimPossessive(s.text[s.toks[k].Start:s.toks[p].End])) != "" {
					j = k
					break
				}
				if k > j && attrib.CountryName(s.text[s.toks[j].Start:s.toks[k-1].End]) != "" {
					j = k // "South Korea" opens the run: the rest owns the ranking
					break
				}
			}
		}
	}
	if j-1 >= lo && s.word(j-1) == "the" {
		j--
	}
	return j
}

// partitive reports "one of the largest", "among the top firms", "with the
// largest": the phrase then names a class, not a winner.
func (s *scanner) partitive(start, lo int) bool {
	p := s.word(start - 1)
	if start-1 < lo {
		return false
	}
	if p == "of" {
		q := s.word(start - 2)
		return q == "one" || q == "some" || q == "many" || q == "among" || q == "two" || q == "three"
	}
	return p == "among" || p == "with" || p == "a" || p == "an"
}

// matchVerbList reads a bare ordinal after a ranking verb and the list that may
// follow it: "ranking first in ODA (…), second in labor, and fourth in trade".
// It appends the hits to dst.
func (s *scanner) matchVerbList(dst []hit, i, lo, hi int) []hit {
	v := i - 1
	// "Nepal, 174th in the FIFA world rankings, …": an ordinal in apposition
	// to a name ranks it as a copula would.
	apposed := v-1 >= lo && s.isSym(v, ",") && s.toks[v-1].Kind == token.Word && isUpper(s.raw(v-1))
	if v < lo || (!rankVerb(s.word(v)) && !copula(s.word(v)) && !apposed) {
		return dst
	}
	strict := !rankVerb(s.word(v))
	out := dst
	for {
		ord, next, ok := s.ordinalAt(i, hi)
		if !ok {
			break
		}
		h := hit{start: i, trig: i, rank: ord, verb: v}
		if apposed {
			h.verb = -1 // the name before the comma is the subject
		}
		j, placed := next, false
		switch s.word(j) {
		case "place", "position", "spot":
			j, placed = j+1, true
		}
		switch s.word(j) {
		case "in":
			if j+1 < hi && s.toks[j+1].Kind == token.Number {
				// "was third in 2:09:40": a place in a race, timed
				h.cats = []string{standing}
				break
			}
			cats, k := s.categories(j+1, hi, true)
			if len(cats) > 0 {
				h.cats, j = cats, k
			}
			h.scope, j = s.scope(j, hi)
			if len(h.cats) == 0 && v >= lo && finishVerb(s.word(v)) {
				h.cats = []string{standing} // "finished second in the youth category"
			}
		case "among", "globally", "worldwide", "nationwide", "regionally":
			from := j
			h.scope, j = s.scope(j, hi)
			// "ranks fourth among the 41 countries investing in Long Giang": the
			// ranking is of investors.
			for k := from; k < hi && k < j+6; k++ {
				if s.toks[k].Kind == token.Symbol {
					break
				}
				if n, ok := agentOf[s.word(k)]; ok {
					h.cats = []string{NormCategory(n)}
					break
				}
			}
			if len(h.cats) == 0 {
				// "ninth among ASEAN airport operators": ranked as an airport
				// operator, in ASEAN, as "the ninth-largest airport operator in
				// ASEAN" says it.
				if place, cat := s.amongField(from, hi); cat != "" {
					h.scope, h.cats = place, []string{cat}
				}
			}
		case "by":
			// "ranked ninth by pre-tax profit": the measure is the category.
			if c, k := s.measure(j+1, hi); c != "" {
				h.cats, j = []string{c}, k
				h.scope, j = s.scope(j, hi)
			}
		default:
			withCount := s.word(j) == "with" && j+1 < hi && s.toks[j+1].Kind == token.Number
			if strict && !placed && !withCount {
				return out // "is first to arrive", "was second" say too little
			}
			if finishVerb(s.word(v)) || withCount {
				// "finished second", "was second with 1,518,000 arrivals": a
				// place in the standings, of a table the text may name before.
				h.cats = []string{standing}
			}
		}
		if s.word(lo) == "by" {
			// "By pre-tax profit, PhuSaBank ranked ninth among …": the
			// measure opens the sentence; a field read as the category
			// ("among listed private lenders") is then the scope.
			if c, k := s.measure(lo+1, h.start); c != "" && s.isSym(k, ",") {
				if len(h.cats) > 0 && (h.scope == "" || strings.HasPrefix(strings.ToLower(h.scope), "among")) {
					h.scope = "among " + strings.Join(h.cats, " ")
				}
				h.cats = []string{c}
			}
		}
		h.end = j
		out = append(out, h)
		k := s.skipParen(j, hi)
		if s.isSym(k, ",") || s.isSym(k, ";") {
			k++
		}
		if s.word(k) == "and" {
			k++
		}
		if _, n, ok := s.ordinalAt(k, hi); !ok || k == j || (s.word(n) != "in" && s.word(n) != "among") {
			break
		}
		i, strict = k, false
	}
	return out
}

// agentOf maps the participle that says what the ranked group does to the
// agent noun of its category.
var agentOf = map[string]string{"investing": "investor", "exporting": "exporter", "importing": "importer",
	"producing": "producer", "trading": "trader", "lending": "lender", "donating": "donor"}

// skipParen steps over a parenthetical aside starting at token j.
func (s *scanner) skipParen(j, hi int) int {
	if j >= hi || !s.isSym(j, "(") {
		return j
	}
	depth := 0
	for k := j; k < hi; k++ {
		switch {
		case s.isSym(k, "("):
			depth++
		case s.isSym(k, ")"):
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return j
}

// measure reads the measure a ranking is by at token j, "pre-tax profit",
// "market capitalisation", up to the first function word or symbol other
// than a joining hyphen: its head noun, normalised, and the token after it.
func (s *scanner) measure(j, hi int) (string, int) {
	k := j
	for k < hi && k-j < 4 {
		if s.isDash(k) && s.adjacent(k-1) && s.adjacent(k) {
			k++
			continue
		}
		if s.toks[k].Kind != token.Word || npStop(s.word(k)) || isUpper(s.raw(k)) && k > j {
			break
		}
		k++
	}
	if k == j || s.toks[k-1].Kind != token.Word {
		return "", j
	}
	return NormCategory(qualityNoun(s.word(k - 1))), k
}

// qualityNoun is the noun a ranking quality is measured in ("profitable" →
// "profit", "valuable" → "value"); other words as they are.
func qualityNoun(w string) string {
	switch w {
	case "profitable":
		return "profit"
	case "valuable":
		return "value"
	case "populous", "populated":
		return "population"
	case "visited":
		return "visitor"
	case "indebted":
		return "debt"
	}
	return w
}

// recordAfter reports a record's words at token j after "the largest":
// "the largest ever recorded in Ñuble", "the largest since 2019" name no
// ranking of a field.
func (s *scanner) recordAfter(j int) bool {
	switch s.word(j) {
	case "ever", "since", "recorded":
		return true
	}
	return false
}

// recordClause reports a clause at token j that bounds a superlative of
// quality as a record: a record's words (see recordAfter), or "to hit the
// Visayas", "on record", "seen", or an "in" the scope did not read.
func (s *scanner) recordClause(j int) bool {
	switch s.word(j) {
	case "to", "on", "seen", "in":
		return true
	}
	return s.recordAfter(j)
}

// sellingAt returns the index of the word that makes a superlative one of
// sales at token k ("-selling", "selling", "seller", "sellers"), 0 when
// there is none.
func (s *scanner) sellingAt(k int) int {
	if s.isDash(k) && s.adjacent(k-1) {
		k++
	}
	switch s.word(k) {
	case "selling", "seller", "sellers":
		return k
	}
	return 0
}

// brandBySales ranks a brand or label by size as by sales: "its
// third-biggest brand" is its third-best-selling one.
func brandBySales(cats []string) []string {
	if len(cats) == 1 {
		switch cats[0] {
		case "brand", "brands", "label", "labels":
			return sellingCategories(cats)
		}
	}
	return cats
}

// trafficPlaces are places ranked by the traffic through them.
var trafficPlaces = map[string]bool{"base": true, "hub": true, "airport": true, "port": true, "seaport": true,
	"route": true, "station": true, "terminal": true, "gateway": true}

// trafficBySize ranks a place of traffic by size as by its traffic: "its
// largest base by passengers" is its busiest base, which "the airline's
// second-busiest base" ranks too. The place must be the noun right after the
// superlative at sup, the phrase's head ("the largest airport operator" ranks
// operators); a measure of another kind after "by" ("the largest port by
// area") keeps the size.
func (s *scanner) trafficBySize(cats []string, sup int) []string {
	if len(cats) != 1 || !trafficPlaces[cats[0]] {
		return cats
	}
	k := sup + 1
	if w := strings.TrimSuffix(s.word(k), "s"); w != cats[0] {
		return cats
	}
	switch next := s.word(k + 1); {
	case k+1 < len(s.toks) && s.toks[k+1].Kind == token.Word && next != "by" && next != "in" && next != "after" && next != "behind" &&
		next != "of" && next != "for" && next != "and" && next != "with" && next != "on" && next != "at" && next != "is" && next != "was":
		return cats // "the largest airport operator": another noun is the head
	case next == "by":
		switch s.word(k + 2) {
		case "passengers", "passenger", "traffic", "throughput", "arrivals", "departures", "flights", "containers", "cargo", "volume":
		default:
			return cats
		}
	}
	return []string{"busiest " + cats[0]}
}

// sellingCategories names a ranking by sales: "best-selling" and the kind
// of thing sold, without the generic nouns of what a seller offers ("brand",
// "label", "product"), so "the best-selling label" and "the second-best
// seller" rank in one category.
func sellingCategories(cats []string) []string {
	out := []string{"best-selling"}
	for _, c := range cats {
		var ws []string
		for _, w := range strings.Fields(c) {
			switch w {
			case "brand", "label", "product", "item", "line", "own", "model", "category":
				continue
			}
			ws = append(ws, w)
		}
		if len(ws) > 0 {
			out = append(out[:0:0], "best-selling "+strings.Join(ws, " "))
			break
		}
	}
	return out
}

// determinedAt reports a determiner or a possessive at token k ("the",
// "its", "the fund's"): "the fund's third-best" ranks, a bare "second best"
// is a verdict.
func (s *scanner) determinedAt(k, lo int) bool {
	if k < lo || s.toks[k].Kind != token.Word {
		return false
	}
	w := s.word(k)
	return w == "the" || w == "my" || w == "your" || possessivePronoun(w) || isPossessive(w) || w == "s" && k > lo && s.isSym(k-1, "'")
}
