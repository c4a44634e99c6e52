package rules

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// placeBreakdownMin is the fewest places a breakdown must name before a total
// told sentences earlier is taken as the one it breaks down: two or three
// named figures are as often the worst-hit few as the whole.
const placeBreakdownMin = 4

// placeBreakdownSlack is how far, as a share of the total (or by one), a
// breakdown by place may miss a total told earlier and still be read as
// meant to make it:
// a list of the worst-hit few falls well short, one with a slip in one
// figure comes within a few percent.
const placeBreakdownSlack = 0.05

// checkPlaceBreakdown checks a sentence that breaks a count down by place
// ("By province, Albay has confirmed 10 deaths, Camarines Sur seven,
// Catanduanes five and Sorsogon three") against a total of the same measure
// told up to six sentences before in its source ("The storm has now killed
// 26 people in Bicol"). The figure of the sentence just before, when it is
// the only one of the measure and names its place ("Ulaanbaatar remains the
// worst-hit area with 681 cases."), opens the breakdown. Only a near miss is
// reported: parts within placeBreakdownSlack of the total that do not make it.
func checkPlaceBreakdown(p *Pass, earlier [][]*claims.Fact, fs []*claims.Fact) {
	parts := placeParts(fs)
	if len(parts) > placeBreakdownMin && parts[0].Subject == "" && parts[0].Quantity.Value >= 0.8*sumOf(parts[1:]).Lo {
		// "had reached 43 by Sunday, spread across four districts: Kiruhura
		// with 19, Kazo with 12, …": the total opens the sentence of its parts
		// (a first figure well short of the rest is their first part, whose
		// place went unread: "… the heaviest burden with 689, ahead of …").
		earlier = append([][]*claims.Fact{{parts[0]}}, earlier...)
		parts = parts[1:]
	}
	if len(earlier) == 0 || len(parts) == 0 {
		return
	}
	key := parts[0].Key
	if lead := placeParts(earlier[0]); len(lead) == 1 && lead[0].Subject != "" && lead[0].Key != "" && (key == "" || lead[0].Key == key) &&
		sentenceJustBefore(lead[0].Doc.Text, lead[0].Sentence, parts[0].Sentence) {
		// "Ulaanbaatar remains the worst-hit area with 681 cases. Outside
		// the capital, Darkhan-Uul has recorded 236, Orkhon 205, …": the
		// place of the sentence before opens the list and names its measure.
		parts, key = append(lead, parts...), lead[0].Key
	}
	last := parts[len(parts)-1]
	// "…, Mazowieckie two and Kujawsko-Pomorskie one": a last part of one,
	// which the parser leaves unread, still counts.
	rest := remainderPart(last) // the parts end with the rest counted
	one := !rest && onePartAfter(last.Doc.Text[last.Span.End:last.Sentence.End])
	n := len(parts)
	if one {
		n++
	}
	if n < placeBreakdownMin || selection(last) || !rest && !one && restFollows(last) {
		return
	}
	bare := key == "" // "the recaptures were made in Machala (27), Pasaje (15), …": the sentence's noun tells what is counted
	sum := sumOf(parts)
	if one {
		sum.Lo, sum.Hi = sum.Lo+1, sum.Hi+1
	}
	var total *claims.Fact
	for _, sent := range earlier {
		for _, t := range sent {
			if t.Quantity == nil || t.Prior || t.Quantity.Unit != parts[0].Quantity.Unit || !isLevel(t) || t.Quantity.IsRange ||
				strings.Contains(t.Key, "=part") || !bare && !sameCounted(t.Key, key) || bare && !keyWordInSentence(t.Key, parts[0]) {
				continue
			}
			tv := t.Quantity.Interval
			if tv.Hi > 1.5*tv.Lo {
				continue // "thousands of Karo people": too vague to be the total the parts make
			}
			if tv.Overlaps(sum) {
				return // the parts make a total the source gives
			}
			if total == nil && math.Abs(sum.Lo-tv.Lo) <= math.Max(placeBreakdownSlack*tv.Lo, 1) && math.Abs(sum.Hi-tv.Hi) <= math.Max(placeBreakdownSlack*tv.Hi, 1) {
				total = t // nearest first
			}
		}
	}
	if total == nil {
		return
	}
	tv := total.Quantity.Interval
	cmp := "exceeds"
	if sum.Hi < tv.Lo {
		cmp = "falls short of"
	}
	var qs []string
	for _, f := range parts {
		qs = append(qs, QuoteText(placeAndFigure(f)))
	}
	if one {
		qs = append(qs, QuoteText(strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(last.Doc.Text[last.Span.End:last.Sentence.End]), "and")), ".")))
	}
	p.Report(Finding{Message: fmt.Sprintf("%s (%s) is %s but its breakdown by place %s (%s) adds up to %s, which %s it",
		Quote(total), Where(total), sumText(tv), strings.Join(qs, " + "), Where(parts[0]), sumText(sum), cmp),
		Claims: ClaimsOf(append([]*claims.Fact{total}, parts...)...)})
}

// keyWordInSentence reports a word of key, a predicate too, that f's
// sentence writes: "recaptured 71 of the inmates" (inmat =recaptur) and
// "the recaptures were made in …".
func keyWordInSentence(key string, f *claims.Fact) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(f.SentenceText()), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words[stemWord(w)] = true
	}
	for _, w := range strings.Fields(key) {
		if w = strings.TrimPrefix(w, "="); len(w) >= 4 && words[stemWord(w)] {
			return true
		}
	}
	return false
}

// restFollows reports a breakdown whose sentence, or the next, gives the rest
// ("Other markets accounted for 62,000 units", "the remaining 14 were …"):
// the places named are not the whole.
func restFollows(last *claims.Fact) bool {
	d := last.Doc
	end := min(len(d.Text), last.Sentence.End+160)
	s := strings.ToLower(d.Text[last.Sentence.Start:end])
	for _, w := range []string{"other ", "others", "remaining", "the rest"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// onePartAfter reports whether the text after a breakdown's last read part
// holds one more place with "one" ("…, Hue three and Quang Tri one"): the
// parser leaves a bare "one" unread, as it is as often a pronoun.
func onePartAfter(rest string) bool {
	ws := strings.Fields(strings.NewReplacer(",", " ", ".", " ", ";", " ").Replace(rest))
	i := 0
	if i < len(ws) && ws[i] == "and" {
		i++
	}
	j := i
	for j < len(ws) && ws[j] != "" && ws[j][0] >= 'A' && ws[j][0] <= 'Z' {
		j++
	}
	return j > i && j < len(ws) && ws[j] == "one"
}

// sameCounted reports whether a total's key and its parts' key count one
// thing: keys that match, one head ("measl case in mongolia", "case"), or
// the dead told as deaths ("people in bicol =kill", "death").
func sameCounted(total, part string) bool {
	if claims.KeysMatch(total, part) || claims.Head(total) == claims.Head(part) {
		return true
	}
	fatal := func(k string) bool {
		// "the number of people killed" gives "people kill …": the dead as
		// much as "=kill" does.
		return claims.Head(k) == "death" || strings.HasSuffix(k, " =kill") || strings.HasSuffix(k, " =die") || strings.HasSuffix(k, " =dead") ||
			strings.HasPrefix(k, "people kill") || strings.HasPrefix(k, "people dead") || strings.HasPrefix(k, "death toll")
	}
	// "has now infected 412 people" counts the cases a breakdown gives.
	infected := func(k string) bool {
		return claims.Head(k) == "case" || claims.Head(k) == "infect" || strings.HasSuffix(k, " =infect")
	}
	// "4,236 people were registered at 11 shelters" counts the evacuees a
	// breakdown by village gives: people, named by what befell them.
	people := claims.Head(total) == "people" && personNouns[claims.Head(part)] || claims.Head(part) == "people" && personNouns[claims.Head(total)]
	return fatal(total) && fatal(part) || infected(total) && infected(part) || people
}

// personNouns name people by what befell them or where they are.
var personNouns = map[string]bool{"evacue": true, "resid": true, "victim": true, "patient": true, "survivor": true,
	"displac": true, "refuge": true, "passeng": true, "inhabit": true}

// remainderPart reports a figure its clause gives to the rest of the
// places: "35 cases have been traced to other parts of the camp", "12
// elsewhere", "the remaining 20".
func remainderPart(f *claims.Fact) bool {
	if f.Subject != "" {
		return false
	}
	after := strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+60)))
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i]
	}
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-12), f.Span.Start))
	return strings.Contains(after, " other ") || strings.Contains(after, " elsewhere") || strings.Contains(after, " rest of") ||
		strings.HasSuffix(before, "remaining ")
}

// withoutPredicate is a key without its closing predicate ("dead =dead" →
// "dead").
func withoutPredicate(key string) string {
	if i := strings.LastIndex(key, " ="); i >= 0 {
		return key[:i]
	}
	return key
}

// placeParts returns the figures of one sentence that break a measure down
// by place: all its exact counts share one key, each after the first names
// its place, and no other figure of that unit stands among them.
func placeParts(fs []*claims.Fact) []*claims.Fact {
	var parts []*claims.Fact
	for _, f := range fs {
		if f.Quantity == nil || f.Kind != claims.KindQuantity || f.Quantity.Unit == "percent" || f.Quantity.Unit == "fraction" || f.Prior ||
			len(parts) > 0 && f.Quantity.Unit != parts[0].Quantity.Unit {
			continue // (a breakdown holds counts, or amounts of one unit: "Marsabit accounted for 11,200 hectares, Turkana for 8,100, …")
		}
		if len(parts) >= 2 && f.Quantity.Hedge == "" && f.Key != parts[0].Key && claims.Head(f.Key) == claims.Head(parts[0].Key) && remainderPart(f) {
			// "…, Block 11 with 96, while 35 cases have been traced to other
			// parts of the camp": the rest, counted, closes the breakdown.
			parts = append(parts, f)
			continue
		}
		if f.Quantity.Hedge != "" || len(parts) > 0 && (remainderPart(parts[len(parts)-1]) ||
			f.Key != parts[0].Key && f.Key != withoutPredicate(parts[0].Key) || f.Subject == "") {
			return nil // (the first part alone may carry its verb: "with 23 dead, followed by Castilla with 17")
		}
		parts = append(parts, f)
	}
	return parts
}
