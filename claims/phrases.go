package claims

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// rightPhrase collects the noun phrase after token index i (exclusive): words up
// to a verb or punctuation, at most one prepositional qualifier of a few words, and
// participles before it ("Vietnamese people living in Japan"). It appends them to
// buf, which must be empty: a caller's buffer of nine words (the phrase rarely
// grows past them) spares an allocation per amount.
func (w words) rightPhrase(buf []string, i int) []string {
	out := buf[:0]
	nouns, inQual, open := 0, false, false // open: right after the qualifier's preposition
	qualAt := 0                            // where the qualifier starts in out
	j := i
	for ; j < len(w.toks) && len(out) < 9; j++ {
		t := w.toks[j]
		if !inQual && t.Kind == token.Word {
			if code := w.modelCode(j); code != "" {
				// "16 Airbus A350-900 widebodies", "16 A350-900s": the model is what
				// is counted, whatever generic noun follows it.
				out = append(out, code)
				break
			}
		}
		if nouns == 0 && !inQual && w.packedMeasureAt(j) {
			j += 2 // "4.8 million nine-litre cases", "60-kilogram bags": the cases and bags, whatever each holds
			continue
		}
		if w.isBoundary(j) || t.Kind == token.Number {
			break
		}
		if t.Kind == token.Symbol {
			continue
		}
		lw := w.lower(j)
		if subordinator(lw) {
			break // "7,500 jobs once both phases are running": a condition, not the measure
		}
		if isPreposition(lw) {
			if inQual || nouns == 0 {
				break
			}
			if m := j + 1; m < len(w.toks) && (isCapitalised(w.at(m)) && isMonth(w.lower(m)) ||
				w.lower(m) == "the" && m+1 < len(w.toks) && isCapitalised(w.at(m+1)) && isMonth(w.lower(m+1))) {
				break // "tonnes of cashew kernels between January and August", "tyres in the January–March quarter": the period, kept apart
			}
			if j+1 < len(w.toks) && (w.lower(j+1) == "less" || w.lower(j+1) == "under") && (lw == "in" || lw == "within") {
				break // "48 millimetres of rain in less than two hours": a span of time, no qualifier
			}
			inQual, open, qualAt = true, true, len(out)
			out = append(out, lw)
			continue
		}
		if open && lw == "all" {
			out = append(out, lw) // "goals in all competitions": the qualifier goes on
			continue
		}
		if strings.HasSuffix(lw, "ed") && j >= 2 && w.toks[j-1].Kind == token.Symbol && w.at(j-1) == "-" && !w.isBoundary(j-1) && w.toks[j-1].Start == w.toks[j-2].End && w.toks[j-1].End == t.Start {
			out = append(out, lw) // "heat-related deaths", "flood-hit districts": a compound modifier, its noun still to come
			nouns = 0
			continue
		}
		if verbWord(lw) || (strings.HasSuffix(lw, "ed") && nouns > 0 && !inQual) || isResidenceVerb(lw) && nouns > 0 {
			if nouns > 0 {
				out = append(out, w.residencePlace(j)...)
			}
			break
		}
		if strings.HasSuffix(lw, "ing") && nouns > 0 && !inQual {
			// A participle: keep going only if a qualifier follows ("living in").
			if j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && isPreposition(w.lower(j+1)) {
				continue
			}
			break
		}
		if inQual && !isCapitalised(w.at(j)) && len(out) > 0 && !open {
			break
		}
		open = false
		if !inQual && nouns > 0 && isCapitalised(w.at(j)) && !isAllCaps(w.at(j)) && !isCapitalised(out[len(out)-1]) {
			break // a new noun phrase starts: "3 points Japanese investors weigh"
		}
		out = append(out, w.at(j))
		nouns++
	}
	if inQual && len(out) > qualAt+1 && isCapitalised(out[len(out)-1]) && w.placeListAt(j) {
		// "1.26 million households across Metro Manila, Cavite and Rizal": the
		// places are the whole the figure covers, no one of them its scope.
		out = out[:qualAt]
	}
	return out
}

// packedMeasureAt reports a number at j joined by a hyphen to a unit of
// weight or volume that a counted noun is packed in: "nine-litre",
// "60-kilogram".
func (w words) packedMeasureAt(j int) bool {
	if j+2 >= len(w.toks) || w.at(j+1) != "-" || w.toks[j+1].Start != w.toks[j].End || w.toks[j+2].Start != w.toks[j+1].End {
		return false
	}
	if t := w.toks[j]; t.Kind != token.Number {
		if _, ok := numword.Cardinal(w.lower(j)); t.Kind != token.Word || !ok {
			return false
		}
	}
	switch w.lower(j + 2) {
	case "litre", "liter", "kilogram", "kilogramme", "kilo", "kg", "tonne", "ton", "pound", "lb", "gallon", "ounce", "gram", "gramme":
		return true
	}
	return false
}

// placeListAt reports whether a list of names goes on at token j, the comma
// after a first name: ", Cavite and Rizal", ", Cavite, Laguna and Rizal".
func (w words) placeListAt(j int) bool {
	if j+1 >= len(w.toks) || w.at(j) != "," {
		return false
	}
	for k := j + 1; k < len(w.toks) && k < j+16; {
		if w.toks[k].Kind != token.Word || !isCapitalised(w.at(k)) || monthOrDay(w.lower(k)) {
			return false
		}
		for k < len(w.toks) && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
			k++
		}
		if k >= len(w.toks) {
			return false
		}
		switch w.at(k) {
		case ",":
			k++
			if k < len(w.toks) && w.lower(k) == "and" {
				k++
			}
		case "and":
			k++
			return k < len(w.toks) && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) && !monthOrDay(w.lower(k))
		default:
			return false
		}
	}
	return false
}

// modelCode returns the model code that starts at token j, lower-cased and
// without a plural s: up to three capital letters glued to digits, with more
// letters, digits and hyphens glued on ("A350-900", "E195-E2s" → "e195-e2",
// "A321neo"); "" when token j starts none.
func (w words) modelCode(j int) string {
	end := j
	for end+1 < len(w.toks) && w.toks[end+1].Start == w.toks[end].End &&
		(w.toks[end+1].Kind != token.Symbol || w.at(end+1) == "-" && end+2 < len(w.toks) && w.toks[end+2].Start == w.toks[end+1].End) {
		end++
	}
	code := w.text[w.toks[j].Start:w.toks[end].End]
	letters := 0
	for letters < len(code) && code[letters] >= 'A' && code[letters] <= 'Z' {
		letters++
	}
	if letters == 0 || letters > 3 || letters == len(code) || code[letters] < '0' || code[letters] > '9' {
		return ""
	}
	if n := len(code); n > letters+2 && code[n-1] == 's' && (code[n-2] >= '0' && code[n-2] <= '9' || code[n-2] >= 'A' && code[n-2] <= 'Z') {
		code = code[:n-1] // "E195-E2s": a plural
	}
	return strings.ToLower(code)
}

// isResidenceVerb reports whether w is one of the residence verbs: they say where the people counted live: the place after them
// belongs to the measure ("8,460 people from Long Giang are now living, working
// and studying in Japan" are people in Japan, not all of them).
func isResidenceVerb(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "live", "lives", "living", "work", "works", "working", "study", "studies", "studying",
		"reside", "resides", "residing", "stay", "stays", "staying", "settled":
		return true
	}
	return false
}

// residencePlace returns "in" and the capitalised place after a verb group of
// residence verbs starting at token j ("are now living, working and studying in
// Japan" → in Japan), or nil when the group is anything else.
func (w words) residencePlace(j int) []string {
	seen := false
	for ; j < len(w.toks); j++ {
		if w.toks[j].Kind == token.Symbol && w.at(j) == "," {
			continue
		}
		if w.toks[j].Kind != token.Word {
			return nil
		}
		lw := w.lower(j)
		switch {
		case isResidenceVerb(lw):
			seen = true
			continue
		case isAuxiliary(lw) || lw == "and" || lw == "currently":
			continue
		case (lw == "in" || lw == "at") && seen:
			place := []string{lw}
			for k := j + 1; k < len(w.toks) && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)); k++ {
				place = append(place, w.at(k))
			}
			if len(place) == 1 {
				return nil
			}
			return place
		}
		return nil
	}
	return nil
}

// leftPhrase finds the subject noun phrase of the clause that holds token i: the
// words from the clause start up to the first verb ("Japanese investments in
// Vietnam have jumped by …"). When that clause has no subject (it starts at a
// comma before a participle), the sentence's first clause is used.
func (w words) leftPhrase(i int) []string {
	start := 0
	for j := i - 1; j >= 0; j-- {
		if w.isBoundary(j) {
			s := w.at(j)
			if s == ":" || s == ";" || s == "," || s == "(" || s == "–" || s == "—" || s == "-" {
				start = j + 1
				break
			}
		}
	}
	if a := w.namedItemAfterAnd(start, i); a > 0 {
		// "…, Yendal 44,900 tonnes and Birrigan 22,300 tonnes": the last name
		// of a list of named figures labels its own, as the ones before do.
		ph := make([]string, 0, i-a)
		for k := a; k < i; k++ {
			ph = append(ph, w.at(k))
		}
		return ph
	}
	if a := w.gappedItemStart(start, i); a > 0 {
		// "…, liquid bulk for 70.2 million and dry bulk for 14.6 million": the
		// last item of a gapped list names its own measure after "and".
		if ph := w.subjectFrom(a, i); len(ph) > 0 {
			return ph
		}
	}
	if ph := w.subjectFrom(start, i); len(ph) > 0 {
		return ph
	}
	if start > 0 {
		return w.subjectFrom(0, i)
	}
	return nil
}

// namedItemAfterAnd returns the first token of a name of one to four
// capitalised words between "and" and the figure at token i, when the
// clause from start opens with a name and a figure of its own ("Yendal
// 44,900 tonnes and Birrigan 22,300 tonnes"); 0 otherwise.
func (w words) namedItemAfterAnd(start, i int) int {
	a := i
	for a-1 > start && i-a < 4 && w.toks[a-1].Kind == token.Word && isCapitalised(w.at(a-1)) {
		a--
	}
	if a == i || a-1 <= start || w.toks[a-1].Kind != token.Word || w.lower(a-1) != "and" {
		return 0
	}
	if w.toks[start].Kind != token.Word || !isCapitalised(w.at(start)) || isDeterminer(w.lower(start)) {
		return 0
	}
	k := start
	for k < a-1 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
		k++
	}
	if k == start || k >= a-1 || w.toks[k].Kind != token.Number {
		return 0
	}
	return a
}

// gappedItemStart returns the token after the "and" that opens a gapped
// item ending at the figure at token i ("and dry bulk for"): one to three
// words, none a verb, then "for"; or, after a figure earlier in the clause,
// the words right before the figure ("Private equity returned 14.2 per cent
// and infrastructure 11.8 per cent"); 0 when there is none after start.
func (w words) gappedItemStart(start, i int) int {
	if i < 3 || w.toks[i-1].Kind != token.Word {
		return 0
	}
	last := i - 2 // the item's last word
	if w.lower(i-1) != "for" {
		last = i - 1
	}
	qualified := false // a name or a preposition seen: "and imports from Azerbaijan $2.7 billion"
	for j := last; j > start && j >= i-6; j-- {
		if w.toks[j].Kind != token.Word {
			return 0
		}
		lw := w.lower(j)
		if lw == "and" {
			if j == last || last == i-1 && !w.numberBetween(start, j) {
				return 0
			}
			if qualified {
				// only a common noun after "and" heads the item: "… and the FCI 1.2
				// lakh tonnes" names whose share it is, the measure is the sentence's
				n := w.lower(j + 1)
				if last != i-1 || isCapitalised(w.at(j+1)) || isDeterminer(n) || isVerb(n) || isPreposition(n) || j+2 > last || !isPreposition(w.lower(j+2)) ||
					isDeterminer(w.lower(i-1)) { // "134kg in the clean and jerk for a 241kg total": no item
					return 0
				}
			}
			return j + 1
		}
		if last == i-1 && (isCapitalised(w.at(j)) || isPreposition(lw) && j < i-1) {
			qualified = true // "from Azerbaijan" qualifies the item; what opens it decides at "and"
			continue
		}
		if isVerb(lw) || isPreposition(lw) {
			return 0
		}
	}
	return 0
}

// numberBetween reports a number token in [from, to): the figure a gapped
// item leaves its verb to.
func (w words) numberBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if w.toks[k].Kind == token.Number {
			return true
		}
	}
	return false
}

func (w words) subjectFrom(start, stop int) []string {
	var out []string
	for j := start; j < stop && len(out) < 8; j++ {
		t := w.toks[j]
		if t.Kind == token.Number {
			if len(out) > 0 {
				break
			}
			continue // a list marker "2."
		}
		if w.isBoundary(j) {
			if len(out) > 0 {
				break
			}
			continue
		}
		if t.Kind == token.Symbol {
			continue
		}
		lw := w.lower(j)
		if isVerb(lw) {
			if len(out) > 0 {
				break
			}
			continue
		}
		if monthOrDay(lw) {
			continue
		}
		if strings.HasSuffix(lw, "ing") && j+1 < stop && isPreposition(w.lower(j+1)) {
			continue // "residing in"
		}
		out = append(out, w.at(j))
	}
	return out
}

// phraseBefore collects the noun phrase that ends right before token i, walking
// back to a number, a verb or punctuation ("15 green energy projects worth …").
func (w words) phraseBefore(i int) []string {
	k := i
	for k > 0 {
		t := w.toks[k-1]
		if t.Kind == token.Symbol && w.at(k-1) == "-" && !w.isBoundary(k-1) && k >= 2 && w.toks[k-2].Kind == token.Word && k < i {
			k-- // "pre-tax profit of VND 1.45 trillion": a tight hyphen joins the words
			continue
		}
		if t.Kind != token.Word || isVerb(w.lower(k-1)) && !w.participleAdjective(k-1, i) || isPreposition(w.lower(k-1)) {
			break
		}
		k--
	}
	var out []string
	for j := k; j < i; j++ {
		if w.toks[j].Kind == token.Word {
			out = append(out, w.at(j))
		} else if len(out) > 0 {
			out[len(out)-1] += "-" // joined with the next word below
		}
	}
	return joinHyphens(out)
}

// holdingParticiple reports a participle that tells what a vehicle or
// place holds: "a bus carrying 46 people".
func holdingParticiple(w string) bool {
	switch w {
	case "carrying", "transporting", "ferrying", "holding", "housing", "hauling":
		return true
	}
	return false
}

// participleAdjective reports whether the past participle at token j
// qualifies the noun after it inside a phrase ending before token end, as an
// adjective does: "Disbursed capital, …, came to", "with combined registered
// capital of". It opens the sentence or follows a determiner, a preposition
// or "combined".
func (w words) participleAdjective(j, end int) bool {
	lw := w.lower(j)
	if !measureParticiples[lw] || j+1 >= end || w.toks[j+1].Kind != token.Word {
		return false
	}
	if next := w.lower(j + 1); isPreposition(next) || isDeterminer(next) || isVerb(next) && !strings.HasSuffix(next, "ed") {
		return false
	}
	if j == 0 {
		return true
	}
	prev := w.lower(j - 1)
	if strings.HasSuffix(prev, "ly") && w.toks[j-1].Kind == token.Word {
		// "bringing in newly registered capital of": the adverb is the participle's
		if j == 1 {
			return true
		}
		j, prev = j-1, w.lower(j-2)
	}
	return w.toks[j-1].Kind == token.Word && (isDeterminer(prev) || isPreposition(prev) || prev == "combined")
}

// measureParticiples tell one measure of money from another of the same noun:
// registered, disbursed and pledged capital are three figures ("confirmed
// cases" are cases, and stay so).
var measureParticiples = map[string]bool{"registered": true, "disbursed": true, "pledged": true, "committed": true,
	"realised": true, "realized": true, "implemented": true}

// isDeterminer reports whether a word is a determiner, which opens a noun
// phrase; walking back, it ends it. A switch, not a map (see isPreposition).
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "that":
		return true
	}
	return false
}

// npBefore returns the noun phrase that is the subject of the verb right before
// token i ("Japanese investments in Vietnam have jumped by USD 8 billion" →
// "Japanese investments in Vietnam"), with at most one prepositional qualifier,
// or nil when no verb stands right before the amount. A possessive ends the
// phrase: it names the owner, not the measure.
func (w words) npBefore(i int) []string {
	j := i - 1
	if j >= 0 && w.toks[j].Kind == token.Word && (w.lower(j) == "by" || w.lower(j) == "to" || w.lower(j) == "at") {
		j--
	}
	if j > 1 && w.lower(j+1) == "to" && (w.toks[j].Kind == token.Symbol && w.at(j) == "%" || w.toks[j].Kind == token.Word && w.lower(j) == "percent") &&
		w.toks[j-1].Kind == token.Number {
		j -= 2 // "rose 6.1% to 34.8 billion baht": the change between the verb and its level
	}
	if j > 0 && w.toks[j].Kind == token.Word && w.lower(j) == "in" {
		switch w.lower(j - 1) {
		case "came", "come", "comes", "coming":
			j-- // "came in at $5.5 billion": the verb's particle
		}
	}
	verbEnd := j
	for j >= 0 && w.toks[j].Kind == token.Word && (isVerb(w.lower(j)) || isAdverb(w.lower(j))) && !isPreposition(w.lower(j)) {
		j--
	}
	if j == verbEnd || j < 0 {
		return nil
	}
	if c := w.relativeAsideBefore(j); c > 0 {
		j = c - 1 // "Core inflation, which strips out food and energy, eased to 2.5 percent"
	} else if c := w.appositionBefore(j); c > 0 {
		j = c - 1 // "Disbursement, the number economists watch, came in at $5.5 billion"
	}
	if k := w.monthRunBefore(j); k > 0 && w.toks[k-1].Kind == token.Word && isPreposition(w.lower(k-1)) {
		j = k - 2 // "Net profit for January to June reached …": the profit, whatever months it covers
	}
	if j >= 3 && w.toks[j].Kind == token.Word && w.toks[j-1].Kind == token.Number && w.toks[j-2].Kind == token.Word && holdingParticiple(w.lower(j-2)) {
		j -= 3 // "A bus carrying 46 people plunged about 300 metres": the bus plunged, not the people it carried
	}
	end := j
	crossed := false
	for j >= 0 {
		t := w.toks[j]
		if t.Kind == token.Symbol {
			if w.at(j) == "-" && !w.isBoundary(j) {
				j--
				continue
			}
			break
		}
		if t.Kind == token.Number && j > 1 && w.toks[j-1].Kind == token.Word && isDeterminer(w.lower(j-1)) && w.toks[j-2].Kind == token.Word && isPreposition(w.lower(j-2)) {
			j-- // "Occupancy across its 14 properties reached 94.6%": a count inside the qualifier
			continue
		}
		if t.Kind != token.Word {
			break
		}
		lw := w.lower(j)
		if isPreposition(lw) {
			if crossed || j == end {
				break
			}
			crossed = true
			j--
			continue
		}
		if isDeterminer(lw) {
			// Inside a qualifier ("between the nations") the article stays; before
			// the head noun it ends the phrase.
			if crossed && j >= 2 && (w.lower(j-1) == "from" || w.lower(j-1) == "of") {
				// "The death toll from the heatwave in Sindh had risen to 38": the
				// toll, whatever it is from.
				if head := w.headBefore(j - 1); len(head) > 0 {
					return head
				}
			}
			if crossed || j == 0 || !isPreposition(w.lower(j-1)) {
				break
			}
			j--
			continue
		}
		if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			if head := w.headBeforeOwner(j); len(head) > 0 {
				return head // "The death toll from Sunday evening's tornado … rose to 12": the toll
			}
			break
		}
		if isVerb(lw) && lw != "to" && !w.participleAdjective(j, end+1) {
			break
		}
		j--
	}
	if head := w.openingToll(j, end); len(head) > 0 {
		return head // "The death toll from Sunday's stampede at the Kailashnath Dham temple in Uttar Pradesh rose to 18"
	}
	var out []string
	for k := j + 1; k <= end; k++ {
		if w.toks[k].Kind == token.Word {
			out = append(out, w.at(k))
		} else if len(out) > 0 && w.at(k) == "-" {
			out[len(out)-1] += "-" // "two-way": joined with the next word below
		}
	}
	return joinHyphens(out)
}

// openingToll returns the toll or tally that opens the sentence ("The death
// toll from …") when the phrase read back from token end stopped at j inside
// its long qualifier, with no verb or comma between; nil otherwise. A toll's
// qualifier names what it is from, never what is counted.
func (w words) openingToll(j, end int) []string {
	if j <= 0 {
		return nil
	}
	k := -1
	for i := 1; i <= 7 && i < j; i++ { // a dateline may open the sentence ("BAREILLY — The death toll from …")
		if w.toks[i].Kind == token.Word && (w.lower(i) == "from" || w.lower(i) == "of" || w.lower(i) == "in") {
			k = i
			break
		}
	}
	if k < 0 || (w.lower(k-1) != "toll" && w.lower(k-1) != "tally") {
		return nil
	}
	for i := k + 1; i <= end; i++ {
		if w.toks[i].Kind == token.Symbol && w.at(i) == "," || w.toks[i].Kind == token.Word && isVerb(w.lower(i)) {
			return nil
		}
	}
	return w.headBefore(k)
}

// headBefore returns the noun phrase of at most three common words that ends
// right before token k after an article that opens the sentence or follows
// a dateline ("The death toll" before "from"), or nil.
func (w words) headBefore(k int) []string {
	j := k - 1
	for j >= 0 && k-j <= 3 && w.toks[j].Kind == token.Word && !isDeterminer(w.lower(j)) {
		lw := w.lower(j)
		if isPreposition(lw) || isVerb(lw) || isCapitalised(w.at(j)) && j > 0 {
			return nil
		}
		j--
	}
	if j == k-1 || j < 0 || !isDeterminer(w.lower(j)) || j > 0 && w.toks[j-1].Kind != token.Symbol && !clauseOpener(w.lower(j-1)) {
		return nil // the phrase must open its sentence or clause, or follow a dateline's dash
	}
	out := make([]string, 0, k-j-1)
	for i := j + 1; i < k; i++ {
		out = append(out, w.at(i))
	}
	return out
}

// clauseOpener reports a conjunction that opens a clause whose subject
// follows: "…, as the official death toll from Wednesday's flood reached 13".
func clauseOpener(lw string) bool {
	switch lw {
	case "as", "while", "when", "after", "since", "and", "but":
		return true
	}
	return false
}

// appositionBefore returns the comma that opens an apposition closed by the
// comma at token j (", the money actually spent on factories, equipment and
// wages,"): a determiner right after it, a word before it; 0 when j closes
// none.
func (w words) appositionBefore(j int) int {
	if j < 3 || w.toks[j].Kind != token.Symbol || w.at(j) != "," {
		return 0
	}
	for c := j - 1; c > 0 && c >= j-20; c-- {
		if w.toks[c].Kind != token.Symbol {
			continue
		}
		if w.at(c) != "," {
			return 0
		}
		if c+1 < j && w.toks[c+1].Kind == token.Word && w.toks[c-1].Kind == token.Word {
			switch w.lower(c + 1) {
			case "the", "a", "an":
				return c
			}
		}
	}
	return 0
}

// relativeAsideBefore returns the comma that opens a relative clause closed
// by the comma at token j (", which strips out food and energy,"), 0 when j
// closes none.
func (w words) relativeAsideBefore(j int) int {
	if j < 3 || w.toks[j].Kind != token.Symbol || w.at(j) != "," {
		return 0
	}
	for c := j - 1; c > 0 && c >= j-16; c-- {
		if w.toks[c].Kind != token.Symbol {
			continue
		}
		if w.at(c) != "," {
			return 0
		}
		switch w.lower(c + 1) {
		case "which", "who", "whose":
			return c
		}
		return 0
	}
	return 0
}

// joinHyphens glues words that npBefore split at tight hyphens back together.
func joinHyphens(ws []string) []string {
	if !slices.ContainsFunc(ws[:max(len(ws)-1, 0)], func(w string) bool { return strings.HasSuffix(w, "-") }) {
		return ws // nothing to join: most phrases
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		if strings.HasSuffix(ws[i], "-") && i+1 < len(ws) {
			out = append(out, ws[i]+ws[i+1])
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// skipArticleAndNumber returns the index after an article and a number starting
// at i ("the 2,790,000 valid votes" → "valid"), or i.
func (w words) skipArticleAndNumber(i int) int {
	if i < len(w.toks) && w.toks[i].Kind == token.Word && isDeterminer(w.lower(i)) {
		i++
	}
	if i < len(w.toks) && w.toks[i].Kind == token.Number {
		i++
	}
	return i
}

// amountAfter reports a sum of money or a number at token i, after a
// determiner or possessive: "the Rp 19.8 trillion", "its $9 billion".
func (w words) amountAfter(i int) bool {
	for i < len(w.toks) && w.toks[i].Kind == token.Word && (isDeterminer(w.lower(i)) || strings.HasSuffix(w.lower(i), "'s")) {
		i++
	}
	if i >= len(w.toks) {
		return false
	}
	switch t := w.toks[i]; t.Kind {
	case token.Number:
		return true
	case token.Symbol:
		return i+1 < len(w.toks) && w.toks[i+1].Kind == token.Number // "$9 billion"
	}
	return quantity.CurrencyBefore(w.at(i)) && i+1 < len(w.toks) && w.toks[i+1].Kind == token.Number
}

// subordinator reports a word opening a subordinate clause of time or
// condition after a noun phrase.
func subordinator(lw string) bool {
	switch lw {
	case "once", "when", "whenever", "until", "unless", "if", "whereas", "although", "though", "because":
		return true
	}
	return false
}

// monthRunBefore returns the first token of a run of capitalised month names
// ending at token j and joined by "to", "through", "and" or a hyphen
// ("January to June", "April-June"), or -1 when token j is no month.
func (w words) monthRunBefore(j int) int {
	k := -1
	for j >= 0 && w.toks[j].Kind == token.Word && isCapitalised(w.at(j)) && isMonth(w.lower(j)) {
		k = j
		if j < 2 {
			break
		}
		switch sep := w.lower(j - 1); {
		case sep == "to" || sep == "through" || sep == "and", w.toks[j-1].Kind == token.Symbol && sep == "-":
			j -= 2
		default:
			return k
		}
	}
	return k
}

// isMonth reports a month's name, in full or shortened.
func isMonth(lw string) bool {
	switch lw {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return false
	}
	return monthOrDay(lw)
}

// headBeforeOwner returns the head noun phrase before "from" or "of" when
// the possessive at token j opens that preposition's object ("the death toll
// from Sunday evening's tornado"), or nil.
func (w words) headBeforeOwner(j int) []string {
	k := j - 1
	for k >= 0 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) && k >= j-3 {
		k--
	}
	if k < 1 || w.toks[k].Kind != token.Word || w.lower(k) != "from" && w.lower(k) != "of" {
		return nil
	}
	return w.headBefore(k)
}
