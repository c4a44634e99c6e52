package rules

import (
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// listAfter returns the amounts listed from byte from on in the unit of total:
// "A, B and C" where each joint is a comma or "and" with at most a short label
// ("7,300 women and 5,400 men", "won 26, drew 6 and lost 4", "USD 2.61 billion,
// smartphone memory for USD 1.55 billion and ..."). The list ends at its "and";
// one that never reaches it, or meets another unit first, is no list.
func listAfter(text string, from int, total *claims.Fact, items []*claims.Fact) []*claims.Fact {
	var parts []*claims.Fact
	for _, f := range items {
		if f.Span.Start < from || f == total || f.Sentence != total.Sentence {
			continue
		}
		if f.Quantity.Unit != total.Quantity.Unit || (f.Kind == claims.KindChange && !bareChange(text, f)) {
			return nil
		}
		if len(parts) == 0 {
			parts = append(parts, f)
			continue
		}
		if gap := strings.TrimSpace(textOf(f.Doc, parts[len(parts)-1].Span.End, f.Span.Start)); gap == "to" || gap == "in" || gap == "at" {
			continue // "six to two private hospitals": where the part went, no part of its own
		}
		switch listJoint(text, parts[len(parts)-1].Span.End, f.Span.Start) {
		case "and":
			return append(parts, f)
		case ",":
			parts = append(parts, f)
		default:
			return nil
		}
	}
	if len(parts) >= 2 && len(trailingOnes(text, parts[len(parts)-1])) > 0 {
		return parts // "…, three were drivers and one was the owner of a tea stall": a last part the parser reads as no figure
	}
	return nil
}

// clauseListAfter returns the amounts from byte from to the end of the
// sentence when each stands in a clause of its own: "three have since died, 38
// remain under treatment at the burn institute and 19 at hospitals in Savar,
// while 11 have been discharged". Three amounts at least, all in the total's
// unit, each clause joined by a comma, "and" or "while" and holding no other
// number; a comparison or change word ends it as no list.
func clauseListAfter(text string, from int, total *claims.Fact, items []*claims.Fact) []*claims.Fact {
	if parts := clausesAfter(text, from, total, items); len(parts) >= 3 {
		return parts
	}
	return nil
}

// contrastPairAfter returns two amounts from byte from, each in a clause of
// its own, joined by ", while" or ", whereas": "29 have been identified by
// relatives, while nine have yet to be identified". Nil for anything else.
func contrastPairAfter(text string, from int, total *claims.Fact, items []*claims.Fact) []*claims.Fact {
	parts := clausesAfter(text, from, total, items)
	if len(parts) != 2 {
		return nil
	}
	gap := strings.ToLower(text[parts[0].Span.End:parts[1].Span.Start])
	if !strings.Contains(gap, ", while ") && !strings.Contains(gap, ", whereas ") {
		return nil
	}
	return parts
}

// clausesAfter returns the amounts of clauseListAfter, however few.
func clausesAfter(text string, from int, total *claims.Fact, items []*claims.Fact) []*claims.Fact {
	var parts []*claims.Fact
	skipped := false // a count passed over inside a part's label
	for _, f := range items {
		if f.Span.Start < from || f == total || f.Sentence != total.Sentence {
			continue
		}
		if f.Quantity.Unit == "count" && currencyUnit(total.Quantity.Unit) && f.Kind == claims.KindQuantity {
			skipped = true
			continue // "and five smaller deals … worth $350 million": how many, inside a part's label
		}
		if skipped && perItemRe.MatchString(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+12, f.Sentence.End)))) {
			return nil // "six category prizes of GH¢20,000 each": a product, no part as written
		}
		if f.Quantity.Unit != total.Quantity.Unit || f.Kind != claims.KindQuantity {
			return nil
		}
		if len(parts) > 0 && !clauseJoint(text, parts[len(parts)-1].Span.End, f.Span.Start) {
			return nil
		}
		parts = append(parts, f)
	}
	return parts
}

// clauseJoint reports whether the text between two amounts ends one clause
// and opens the next: at most twelve words, no number or bracket, a comma,
// "and" or "while" among them and no comparison word.
func clauseJoint(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 140 || strings.ContainsAny(text[from:to], ";:()0123456789") {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(text[from:to], ",", " , "))
	if len(ws) > 20 {
		return false
	}
	joined := false
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case lw == "," || lw == "and" || lw == "while":
			joined = true
		case lw == "combined" || lw == "total" || lw == "altogether":
			return false // "…, a combined 930 units": the sum, no further part
		case lw == "or" && i < len(ws)-1:
			// "312 collapsed or were damaged so badly …, 455 …": inside a
			// clause; only right before the next amount is it "19 or 20".
		case jointStops[lw] && !placeAfter(ws, i) && !clauseEndAfter(ws, i) || strings.HasSuffix(lw, "."):
			return false
		}
	}
	return joined
}

// jointStops are words that make the next amount a comparison or a change, not a
// further item: "48,000, up from 40,000", "19 or 20".
var jointStops = map[string]bool{
	"from": true, "to": true, "by": true, "than": true, "up": true, "down": true, "against": true,
	"versus": true, "vs": true, "compared": true, "per": true, "each": true, "or": true, "between": true,
}

// numberLabel matches numbers that are names, no amounts: "No. 4", a model
// with its letters glued ("A220-300s", "E190s") or spaced ("ATR 72-600"), a
// numbered street ("5a Avenida", "42nd Street"), a numbered place ("a
// gymnasium in zone 5").
var numberLabel = regexp.MustCompile(`\b(?i:zone|district|ward|block|gate|terminal|platform|building|hall|camp|sector|lot|route|highway|line)\s\d{1,3}\b|\bNo\.\s?\d+|\b[A-Z][A-Za-z]*\d[\w-]*|\b[A-Z]{2,4}\s\d[\d-]*\w*|\b\d{1,3}(?:a|o|st|nd|rd|th)\s[A-Z]\w+`)

// listJoint returns "and" or "," when the text between two amounts joins them as
// items of one list, else "".
// participleBy matches a part's label that tells who or where it came from:
// "sent by the provincial centre", "brought in by a national team".
var participleBy = regexp.MustCompile(`^(?:[a-z]+ed|sent|brought|given|made|built|sold|held|run|won|taken|flown|driven)\s+(?:in\s+|out\s+|over\s+)?(?:by|from)\s`)

func listJoint(text string, from, to int) string {
	maxBytes, maxWords := 50, 7
	if from >= 0 && to <= len(text) && from < to {
		// "38 to Kenyatta University Teaching, Referral and Research Hospital,
		// 17 to …": where each part went may be a long name.
		g := strings.TrimSpace(text[from:to])
		if strings.HasSuffix(g, " and") || strings.HasSuffix(g, ",") {
			// "41 of them to a municipal gymnasium in zone 5 and 25 to …", not
			// "31 of them in Segamat, and said another 12"
			g = strings.TrimPrefix(strings.TrimPrefix(g, "of them "), "of whom ")
		}
		if strings.HasPrefix(g, "to ") || strings.HasPrefix(g, "in ") || strings.HasPrefix(g, "at ") ||
			strings.HasPrefix(g, "were ") || strings.HasPrefix(g, "are ") || // "2,310 of them were staying at the Sanamxay district secondary school, 1,840 in …"
			strings.HasPrefix(g, "for ") || // what a sum is for (see below)
			participleBy.MatchString(g) { // "14 sent by the provincial mine rescue center and 12 …": who sent each part
			maxBytes, maxWords = 110, 18
		}
	}
	if from < 0 || to > len(text) || from > to || to-from > maxBytes {
		return ""
	}
	between := numberLabel.ReplaceAllString(text[from:to], " ") // "City Clinical Hospital No. 4": a name
	if strings.ContainsAny(between, ";:()0123456789") {
		return ""
	}
	if g := strings.TrimSpace(between); strings.HasPrefix(g, "for ") && to-from <= 90 && len(strings.Fields(g)) <= 14 {
		// "PKR 250 million for compensation to bereaved families and owners
		// of destroyed homes, PKR 150 million …": what a sum is for may hold
		// its own "and"; the mark before the next sum joins them.
		switch {
		case strings.HasSuffix(g, ", and") || strings.HasSuffix(g, " and"):
			return "and"
		case strings.HasSuffix(g, ","):
			return ","
		}
	}
	ws := strings.Fields(strings.ReplaceAll(between, ",", " , "))
	if len(ws) > maxWords {
		return ""
	}
	if n := len(ws); n > 1 && holdingVerb(strings.ToLower(ws[n-1])) {
		return "" // "two tractor-trailers and a bus carrying 19 people": what an item holds, no item
	}
	if n := len(ws); n >= 2 && strings.EqualFold(ws[n-2], "and") && strings.EqualFold(ws[n-1], "that") {
		return "" // "said 48 … were treated, 11 of them for frostbite, and that 15 …": another thing said
	}
	joint := ""
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case lw == "and" && i > 0 && i+1 < len(ws) && capitalWord(ws[i-1]) && capitalWord(ws[i+1]):
			// "Kenyatta University Teaching, Referral and Research Hospital": a name's own "and"
		case lw == "and" && i+1 < len(ws) && strings.EqualFold(ws[i+1], "other"):
			// "12 Canadair and other water-bombing planes, six …": the label's own "and"
		case lw == "and":
			joint = "and"
		case lw == "," && joint == "":
			joint = ","
		case jointStops[lw] && !placeAfter(ws, i) && !clauseEndAfter(ws, i) || strings.HasSuffix(lw, "."):
			return ""
		}
	}
	return joint
}

// clauseEndAfter reports a joint word that ends its own item rather than
// comparing the next amount, a comma or "and" standing between them: "41
// voted against and 8 abstained", "picked up by coast guard and navy vessels,
// 71 by fishing boats".
func clauseEndAfter(ws []string, i int) bool {
	for _, w := range ws[i+1:] {
		if w == "and" || w == "," {
			return true // "41 voted against and 8 …", "118 were picked up by coast guard and navy vessels, 71 …"
		}
	}
	return false
}

// capitalWord reports a word opening with a capital letter.
func capitalWord(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// placeAfter reports "from" or "in" before a capitalised word: "17 were from
// Kiwul, 12 from Thimbu" places each part; "up from 40,000" compares. "by"
// before a time dates the part: "280 had been rescued by Monday afternoon".
func placeAfter(ws []string, i int) bool {
	if ws[i] == "by" && i+1 < len(ws) {
		switch strings.ToLower(strings.Trim(ws[i+1], ",")) {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then", "now",
			"midday", "noon", "midnight", "nightfall", "dawn", "evening", "morning", "afternoon", "late":
			return true
		}
	}
	if ws[i] == "to" && i+1 < len(ws) && (ws[i+1] == "the" || ws[i+1] == "a" || ws[i+1][0] >= 'A' && ws[i+1][0] <= 'Z') {
		return true // "nine to City Hospital, five to the burn centre": where a part went
	}
	if ws[i] != "from" || i+1 >= len(ws) {
		return false
	}
	r := ws[i+1][0]
	if r >= 'A' && r <= 'Z' {
		return true
	}
	if i > 0 {
		switch strings.ToLower(ws[i-1]) {
		case "up", "down", "rose", "fell", "risen", "fallen", "increased", "decreased", "climbed", "dropped", "compared", "grew", "jumped":
			return false // "up from the 40,000 of last year": a comparison
		}
	}
	// "20 came from the southern sector, 15 from the middle belt": where each
	// part came from, not what it is compared with.
	return ws[i+1] == "the" && i+2 < len(ws) && !isDigit(ws[i+2][0])
}

// leadsList reports whether the words between a frame's colon or comma and its
// first part are a short label at most ("Rovers won 26", "data-centre memory
// accounted for USD 2.61 billion"), not another clause.
func leadsList(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 60 {
		return false
	}
	return !strings.ContainsAny(text[from:to], ",;:()0123456789")
}

// bareChange reports whether a change fact reads as a gapped count after a verb
// ("and lost 4"): no "by", "from" or "to" before it and no percentage.
func bareChange(text string, f *claims.Fact) bool {
	if f.Quantity == nil || f.Quantity.Unit == "percent" || f.Span.Start > len(text) {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[max(0, f.Span.Start-12):f.Span.Start]))
	return len(ws) > 0 && !jointStops[ws[len(ws)-1]]
}

// nounPhraseOf reports whether the words between a total and its colon only
// restate the total's noun phrase ("12,400 adults:", "150 seats in parliament:"),
// so that what follows the colon breaks the total itself down.
func nounPhraseOf(between, key string) bool {
	np, _ := splitPredicate(key)
	k := claims.NormalizeKey(between)
	return k == "" || wordsIn(k, np)
}

// refineUnder reports whether every part's key narrows the total's, the total's
// predicate applying to parts that state none: "children in urban" under
// "children =receiv" (95,000 children have received a dose: 52,000 children in
// urban wards ...).
func refineUnder(parts []*claims.Fact, total *claims.Fact) bool {
	tk, tp := splitPredicate(total.Key)
	for _, f := range parts {
		pk, pp := splitPredicate(f.Key)
		if (pp != "" && pp != tp) || !refines(pk, tk) || len(strings.Fields(pk)) <= len(strings.Fields(tk)) {
			return false
		}
	}
	return true
}

// splitPredicate splits a key into its measure and its predicate ("children
// =receiv" → "children", "=receiv").
func splitPredicate(key string) (string, string) {
	if i := strings.LastIndexByte(key, ' '); i >= 0 && strings.HasPrefix(key[i+1:], "=") {
		return key[:i], key[i+1:]
	}
	if strings.HasPrefix(key, "=") {
		return "", key
	}
	return key, ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// labelled returns each part as written with its label, so that a message shows
// what was added: the words of a joint before its comma or "and" label the part
// before ("62 for Civic Renewal and"), the words after it the part after (",
// drew 6"); the first part takes the words from from, the last the words after
// it up to a punctuation mark.
func labelled(text string, from int, parts []*claims.Fact) []string {
	starts := make([]int, len(parts))
	ends := make([]int, len(parts))
	for i, f := range parts {
		starts[i], ends[i] = f.Span.Start, f.Span.End
	}
	starts[0] = from
	for i := 1; i < len(parts); i++ {
		sep := text[parts[i-1].Span.End:parts[i].Span.Start]
		cut := strings.LastIndex(sep, " and ")
		if c := strings.LastIndexByte(sep, ','); c > cut {
			cut = c
		}
		if cut < 0 {
			continue
		}
		ends[i-1] = parts[i-1].Span.End + cut
		if sep[cut] == ',' {
			starts[i] = parts[i-1].Span.End + cut + 1
		} else {
			starts[i] = parts[i-1].Span.End + cut + len(" and ")
		}
	}
	last := len(parts) - 1
	stop := parts[last].Sentence.End
	if stop > len(text) || stop < ends[last] {
		stop = ends[last]
	}
	i := strings.IndexAny(text[ends[last]:stop], ",;:.()!?")
	for _, d := range []string{" - ", " — ", " – "} { // "three Sri Lankans - 14 were rescued": the dash closes the list
		if k := strings.Index(text[ends[last]:stop], d); k >= 0 && (i < 0 || k < i) {
			i = k
		}
	}
	if i >= 0 && len(strings.Fields(text[ends[last]:ends[last]+i])) <= 6 &&
		!strings.ContainsAny(text[ends[last]:ends[last]+i], "0123456789") { // the noun, not "for a 372 kg total"
		ends[last] += i
	}
	out := make([]string, len(parts))
	for i := range parts {
		label := strings.TrimSpace(text[starts[i]:ends[i]])
		for _, c := range []string{"while ", "whereas ", "and "} {
			label = strings.TrimPrefix(label, c) // ", while nine have yet to be identified": the joint, no part
		}
		if k := strings.Index(label, " and one "); k > 0 && i == last {
			label = label[:k] // "two in Nizwa and one in Samail": the one is a part of its own
		}
		out[i] = QuoteText(label)
	}
	return out
}

// holdingVerb reports a participle that gives what an item holds or serves:
// the figure after it counts something else than the list's items.
func holdingVerb(w string) bool {
	switch w {
	case "carrying", "holding", "containing", "housing", "employing", "serving", "transporting", "seating":
		return true
	}
	return false
}
