package rules

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// A frame is a total a sentence announces as broken down by the list that
// follows it: "12,400 adults: 7,300 women and 5,400 men", "83 of the 150 seats:
// 62 for A and 19 for B", "Of their 38 matches, Rovers won 26, drew 6 and lost 4".
type frame struct {
	total  *claims.Fact
	phrase claims.Span // the total as the writer framed it, for quoting; empty: the total's own text
	parts  []*claims.Fact
	list   int // where the list of parts starts, after the colon or comma
	// nearOnly: the list may name only some of the total ("Of the X, ..."), so a
	// shortfall is flagged only when it is a near miss (see nearMiss).
	nearOnly bool
	// exceedOnly: the list names some of the total ("includes"), so only parts
	// that add up to more than it are flagged.
	exceedOnly bool
}

// checkFramed finds a framed list in a sentence and checks its sum. It reports
// whether the sentence holds one, so that the looser reading of checkParts does
// not judge the same list again.
func checkFramed(p *Pass, levels, changes []*claims.Fact) bool {
	levels = append([]*claims.Fact(nil), levels...)
	sort.SliceStable(levels, func(i, j int) bool { return levels[i].Span.Start < levels[j].Span.Start })
	items := append(append([]*claims.Fact(nil), levels...), changes...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Span.Start < items[j].Span.Start })
	fr, ok := colonFrame(levels, items)
	if !ok {
		fr, ok = ofFrame(levels, items)
	} else if of, found := ofFrame(levels, items); found && of.total != nil && fr.total != nil {
		switch {
		case of.list > fr.list && partsApart(of, fr):
			// "Of the 246 people … — 210 guests and 34 employees — 31 have
			// died, …": the aside splits the total one way, the clauses after
			// it another.
			reportFrame(p, fr, levels)
			fr = of
		case len(of.parts) > len(fr.parts) && !slices.ContainsFunc(fr.parts, func(f *claims.Fact) bool { return !slices.Contains(of.parts, f) }):
			fr = of // "… — 31 have died, 162 were rescued and 40 got out, leaving 21 still missing": the rest the dash's list leaves out
		}
	}
	if !ok {
		fr, ok = whichFrame(levels, items)
	}
	if !ok {
		fr, ok = verbFrame(levels, items)
	}
	if !ok {
		fr, ok = tailOfFrame(levels)
	}
	if !ok {
		fr, ok = totalAfterFrame(levels)
	}
	if !ok {
		fr, ok = ofThemFrame(levels, items)
	}
	if !ok {
		fr, ok = amongThemFrame(levels, items)
	}
	if !ok {
		fr, ok = bringFrame(levels)
	}
	if !ok {
		fr, ok = withFrame(levels)
	} else if wf, found := withFrame(levels); found && wf.total != fr.total && disjoint(wf, fr) {
		// "The Italians collected 30 medals, 12 gold, nine silver and eight
		// bronze, while France finished with 28: 11 gold, …": two frames.
		reportFrame(p, wf, levels)
	}
	if !ok {
		return checkBracketed(p, levels)
	}
	if fr.total != nil { // nil: a selection, whose parts need not add up
		reportFrame(p, fr, levels)
	}
	return true
}

// partsApart reports whether two frames share no part.
func partsApart(a, b frame) bool {
	for _, f := range a.parts {
		if slices.Contains(b.parts, f) {
			return false
		}
	}
	return true
}

// disjoint reports whether two frames share no amount.
func disjoint(a, b frame) bool {
	for _, f := range append([]*claims.Fact{a.total}, a.parts...) {
		if f == b.total || slices.Contains(b.parts, f) {
			return false
		}
	}
	return true
}

// allocation reports whether a total set aside "for" something is split into
// parts of its unit, each "for" a share of it: "PLN 1.8 billion for investment:
// PLN 950 million for transport, PLN 400 million for schools and …".
func allocation(text, between string, total *claims.Fact, parts []*claims.Fact) bool {
	if !strings.HasPrefix(strings.TrimSpace(between), "for ") || total.Quantity.Unit == "count" {
		return false
	}
	for _, f := range parts {
		if f.Quantity.Unit != total.Quantity.Unit || !strings.HasPrefix(text[f.Span.End:], " for ") {
			return false
		}
	}
	return true
}

// trailingOnes returns the last items "…, one …" and "and one …" right after
// the last part, in its clause: counts of one written as words, which the
// parser reads as no figure.
func trailingOnes(text string, last *claims.Fact) []string {
	end := min(last.Sentence.End, last.Span.End+80, len(text))
	if last.Span.End >= end {
		return nil
	}
	orig := text[last.Span.End:end]
	if k := strings.IndexAny(orig, ".;"); k >= 0 {
		orig = orig[:k]
	}
	rest := strings.ToLower(orig)
	if name, ok := gappedOne(orig); ok {
		return []string{QuoteText(name + " one")} // "Switzerland two and Germany one": Germany's one
	}
	i := strings.Index(rest, " and one ")
	if i < 0 || strings.HasPrefix(rest[i+len(" and one "):], "of ") {
		return nil
	}
	var ones []string
	for _, at := range append(commaOnes(rest[:i]), i+len(" and ")) {
		item := orig[at:]
		if k := strings.IndexAny(item, ",()"); k >= 0 {
			item = item[:k]
		}
		if k := strings.Index(item, " and "); k >= 0 {
			item = item[:k]
		}
		ones = append(ones, QuoteText(strings.TrimSpace(item)))
	}
	return ones
}

// lastClauseParts keeps the parts of the last clause when a clause of a
// new subject starts among them ("Malaysia collected 11 gold, 13 silver and
// 9 bronze, and Japan were third with 9 gold, 8 silver and 12 bronze, a
// total of 29"): a total told after them is that clause's.
func lastClauseParts(text string, parts []*claims.Fact) []*claims.Fact {
	for i := len(parts) - 1; i > 0; i-- {
		between := text[parts[i-1].Span.End:parts[i].Span.Start]
		if k := strings.Index(between, ", and "); k >= 0 && k+6 < len(between) && between[k+6] >= 'A' && between[k+6] <= 'Z' {
			return parts[i:]
		}
	}
	return parts
}

// innerOneRe matches a part of one inside a list: ", one is missing",
// ", one silver,".
var innerOneRe = regexp.MustCompile(`, one (?:is|was|has|had|remains|remained|died|drowned|[a-z]+,|[a-z]+ and )`)

// otherPartRe matches the rest of a breakdown told after it: "the other
// two", "the remaining 14".
var otherPartRe = regexp.MustCompile(`\bthe (?:(?:other|remaining) (?:us\$|\$|€|£)?([0-9][0-9,]*|[a-z]+)|([0-9][0-9,]*|[a-z]+) others)\b`)

// otherPart returns the count of "the other two" or "the remaining 14" in
// the rest of last's sentence, after its clause, and its quote; 0 if none.
func otherPart(text string, last *claims.Fact) (float64, string) {
	if last.Span.End >= last.Sentence.End || last.Sentence.End > len(text) {
		return 0, ""
	}
	rest := text[last.Span.End:last.Sentence.End]
	k := strings.IndexAny(rest, ";")
	if w := strings.Index(strings.ToLower(rest), ", with the remaining "); k < 0 && w >= 0 {
		k = w // "…, and $50,000 for fourth, with the remaining $50,000 split among …"
	}
	if k < 0 {
		// "… 35 have been discharged and five remain in hospital. The two
		// others died …": the next sentence may open with the rest.
		next := text[last.Sentence.End:min(len(text), last.Sentence.End+60)]
		if j := strings.IndexByte(next, '\n'); j >= 0 {
			next = next[:j]
		}
		rest, k = next, 0
		m := otherPartRe.FindStringIndex(strings.ToLower(rest))
		// "… and seven to the children's hospital. Paramedics treated the
		// remaining three at the scene.": "the remaining" anywhere near.
		if m == nil || strings.TrimSpace(rest[:m[0]]) != "" && !strings.HasPrefix(strings.ToLower(rest[m[0]:]), "the remaining ") {
			return 0, ""
		}
	}
	m := otherPartRe.FindStringSubmatchIndex(strings.ToLower(rest[k:]))
	if m == nil {
		return 0, ""
	}
	lo, hi := m[2], m[3]
	if lo < 0 {
		lo, hi = m[4], m[5] // "the two others"
	}
	w := strings.ToLower(rest[k:])[lo:hi]
	v, ok := numword.Cardinal(w)
	if !ok {
		f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, ""
		}
		return f, QuoteText(rest[k+m[0] : k+m[1]])
	}
	return float64(v), QuoteText(rest[k+m[0] : k+m[1]])
}

// gappedOne reads the last item of a gapped list that counts one, right
// after the last part: " and Germany one" gives "Germany".
func gappedOne(s string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimRight(s, " ,"), " and ")
	name, ok2 := strings.CutSuffix(rest, " one")
	ws := strings.Fields(name)
	if !ok || !ok2 || len(ws) == 0 || len(ws) > 3 {
		return "", false
	}
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return "", false
		}
	}
	return name, true
}

// commaOnes returns where each ", one " of s has its "one".
func commaOnes(s string) []int {
	var at []int
	for from := 0; ; {
		k := strings.Index(s[from:], ", one ")
		if k < 0 {
			return at
		}
		at = append(at, from+k+2)
		from += k + 2
	}
}

// withoutSubParts drops a part that is "N of them" right after another
// part: "eight remain in hospital, two of them in critical condition, and 12
// have been discharged" counts the two among the eight.
func withoutSubParts(text string, parts []*claims.Fact) []*claims.Fact {
	out := parts[:0:0]
	for i, f := range parts {
		if i > 0 && f.Span.End <= len(text) && strings.TrimSpace(text[parts[i-1].Span.End:f.Span.Start]) != "" {
			after := text[f.Span.End:min(len(text), f.Span.End+9)]
			between := text[parts[i-1].Span.End:f.Span.Start]
			if (strings.HasPrefix(after, " of them") || strings.HasPrefix(after, " of whom")) &&
				strings.HasSuffix(strings.TrimSpace(between), ",") && !strings.Contains(between, " and ") {
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(between), ",") && aloneAfter(text, f) {
				continue // "served four of them, three in the first set alone": three of the four
			}
		}
		out = append(out, f)
	}
	return out
}

// aloneAfter reports a part whose clause closes with "alone": a share of
// the part before it ("three in the first set alone").
func aloneAfter(text string, f *claims.Fact) bool {
	rest := text[f.Span.End:min(len(text), f.Sentence.End)]
	if k := strings.IndexAny(rest, ",;"); k >= 0 {
		rest = rest[:k]
	}
	return strings.HasSuffix(strings.TrimRight(strings.TrimSpace(rest), "."), " alone")
}

// reportFrame compares the sum of a frame's parts with its total.
func reportFrame(p *Pass, fr frame, levels []*claims.Fact) {
	fr.parts = withoutSubParts(fr.total.Doc.Text, fr.parts)
	if wholeShares(fr) {
		return // "35 percent …, 20 percent … and the remaining 45 percent": a whole of its own, no part of a rate told elsewhere
	}
	if fr.total.Span.Start > fr.parts[len(fr.parts)-1].Span.End {
		fr.parts = lastClauseParts(fr.total.Doc.Text, fr.parts)
	}
	for _, f := range fr.parts {
		if m := perItemRe.FindStringSubmatch(fr.total.Doc.Text[f.Span.End:min(len(fr.total.Doc.Text), f.Span.End+20)]); m != nil && !totalPerSame(fr, m[1]) {
			return // "Nightjar and Wavelength took three apiece": a part counted per item, whose sum the list does not give
		}
	}
	if first := fr.parts[0]; len(fr.parts) >= 3 && strings.HasPrefix(fr.total.Doc.Text[first.Span.End:], " of them") {
		rest := sumOf(fr.parts[1:])
		if rest.Overlaps(first.Quantity.Interval) {
			return // "accounted for 39 of them, 12 dead and 27 injured": a subtotal and its own breakdown
		}
	}
	if tv := fr.total.Quantity.Interval; fr.total.Quantity.Unit == "count" {
		// A count larger than the whole is no part of it: the last ones
		// read into the list are dropped ("…, a Rescue 1122 spokesman
		// said"); one before them leaves the list unread ("five centuries
		// in all: Breck made 112, 134 and 127").
		n := len(fr.parts)
		for n > 2 && fr.parts[n-1].Quantity.Interval.Lo > tv.Hi && closedBefore(fr.total.Doc.Text, fr.parts[n-3], fr.parts[n-2]) {
			n-- // read past the "and" that closed the list
		}
		for _, f := range fr.parts[:n] {
			if f.Quantity.Interval.Lo > tv.Hi {
				return
			}
		}
		if n < 2 {
			return
		}
		fr.parts = fr.parts[:n]
	}
	if text := fr.total.Doc.Text; fr.total.Span.End < fr.parts[0].Span.Start && listedSiblings(text, fr.total, fr.parts) {
		return // "comprised eight bulk carriers, six container feeders, …": the first of a list, not its total
	}
	if last := fr.parts[len(fr.parts)-1]; last.Span.End < last.Sentence.End && last.Sentence.End <= len(fr.total.Doc.Text) &&
		oneEachRe.MatchString(strings.ToLower(fr.total.Doc.Text[last.Span.End:last.Sentence.End])) {
		return // "…, two at Maros, and one each at Kupang and Palu": a part counted per item
	}
	for _, f := range fr.parts {
		if after := strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+30, f.Sentence.End))); strings.HasPrefix(after, " each ") ||
			strings.HasPrefix(after, " for each ") ||
			strings.Contains(after, " on each of ") || strings.Contains(after, " in each of ") || strings.Contains(after, " for each of ") {
			return // "three rounds on the opening day and two on each of the following four days": a part counted per item
		}
	}
	sum := sumOf(fr.parts)
	ones := trailingOnes(fr.total.Doc.Text, fr.parts[len(fr.parts)-1])
	if n := len(ones); n > 0 {
		// "seven were from Bijoynagar, four from Sarail and one from
		// Nasirnagar", "…, one Turkish citizen and one Dutch national": "one"
		// is a part the parser reads as no figure.
		sum.Lo, sum.Hi = sum.Lo+float64(n), sum.Hi+float64(n)
	}
	tv := fr.total.Quantity.Interval
	tv.Lo, tv.Hi = roundSignificant(tv.Lo), roundSignificant(tv.Hi) // "$2.14 billion" is 2,140,000,000.0000002 in binary
	if n := float64(len(innerOneRe.FindAllStringIndex(textOf(fr.total.Doc, fr.parts[0].Span.End, fr.parts[len(fr.parts)-1].Span.Start), -1))); n > 0 &&
		!tv.Overlaps(sum) && tv.Overlaps(quantity.Interval{Lo: sum.Lo + n, Hi: sum.Hi + n}) {
		return // "42 were rescued, nine died, one is missing and the remaining 10 …": a part of one the parser reads as no figure
	}
	if n, _ := otherPart(fr.total.Doc.Text, fr.parts[len(fr.parts)-1]); n > 0 && !tv.Overlaps(sum) &&
		tv.Overlaps(quantity.Interval{Lo: sum.Lo + n, Hi: sum.Hi + n}) {
		// "62 have been discharged and 23 remain under treatment, seven of
		// them in intensive care; the other two died in hospital": the rest
		// the list leaves out. ("… and 22 at Nansio. The other 64 were
		// treated at the lakeshore": others than the total, when the list
		// already makes it up.)
		return
	}
	if n := nextOpeningCount(fr.total.Doc.Text, fr.parts[len(fr.parts)-1]); n > 0 && !tv.Overlaps(sum) &&
		tv.Overlaps(quantity.Interval{Lo: sum.Lo + n, Hi: sum.Hi + n}) {
		return // "…, Dadu for eight and Sukkur for six. Three people died in Shikarpur": the breakdown goes on
	}
	if n := clauseAfterCount(fr.total.Doc.Text, fr.parts[len(fr.parts)-1]); n > 0 && !tv.Overlaps(sum) &&
		tv.Overlaps(quantity.Interval{Lo: sum.Lo + n, Hi: sum.Hi + n}) {
		return // "Of the 52 aboard, 13 died and 38 were rescued; one passenger … is still missing": the rest, after a semicolon
	}
	if leaves(fr.total.Doc.Text, fr.parts[len(fr.parts)-1]) {
		for _, n := range hospitalDeaths(fr.total.Doc.Text) {
			if !tv.Overlaps(sum) && tv.Overlaps(quantity.Interval{Lo: sum.Lo + n, Hi: sum.Hi + n}) {
				// "Of the 46 workers admitted, 19 had been discharged, leaving
				// 25 in the three hospitals" where "two men died in Witbank
				// Provincial Hospital": those who died are the rest.
				return
			}
		}
	}
	qs := append(labelled(fr.total.Doc.Text, fr.list, fr.parts), ones...)
	if tv.Overlaps(sum) || countsItems(tv, len(fr.parts)+len(ones)) || otherTotalFits(fr, levels, sum) {
		return
	}
	short := sum.Hi < tv.Lo || (sum.Hi == tv.Lo && (sum.HiOpen || tv.LoOpen))
	if short && (fr.exceedOnly || fr.nearOnly && !nearMiss(sum, tv, len(fr.parts)+len(ones)) && !complementaryParts(fr.total.Doc.Text, fr.parts)) {
		return
	}
	if !short && leadingRunAddsUp(fr.parts, tv) {
		// "Of the 50 people on board, 48 passengers and two drivers, 21 have
		// now died, 24 remain in hospital and five escaped": the first parts
		// make the total up, the rest break it down again another way.
		return
	}
	cmp := "exceed"
	if short {
		cmp = "fall short of"
	}
	quote := Quote(fr.total)
	if fr.phrase.End > fr.phrase.Start {
		quote = QuoteText(fr.total.Doc.Text[fr.phrase.Start:fr.phrase.End])
	}
	msg := fmt.Sprintf("%s is %s but its parts %s (%s) add up to %s, which %s it",
		quote, sumText(tv), strings.Join(qs, " + "), Where(fr.parts[0]), sumText(sum), cmp)
	p.Report(Finding{Message: msg, Claims: ClaimsOf(append([]*claims.Fact{fr.total}, fr.parts...)...)})
}

// hospitalDeathRe finds a count of people who died of their injuries or in
// hospital: "after two men died in Witbank Provincial Hospital".
var hospitalDeathRe = regexp.MustCompile(`(?i)\b([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[a-z]+){0,2}\s+(?:have |had |has )?died\s+(?:in|at|of)\b[^.;]{0,60}?\b(?:hospital|injuries|wounds)`)

// hospitalDeaths returns the counts of people text says died in hospital.
func hospitalDeaths(text string) []float64 {
	var out []float64
	for _, m := range hospitalDeathRe.FindAllStringSubmatch(text, -1) {
		if v, ok := numword.Cardinal(strings.ToLower(m[1])); ok {
			out = append(out, float64(v))
		} else if v, err := strconv.Atoi(m[1]); err == nil {
			out = append(out, float64(v))
		}
	}
	return out
}

// semicolonCountRe finds a clause after a semicolon that opens with a count.
var semicolonCountRe = regexp.MustCompile(`^[^;.]{0,40};\s+([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b`)

// nextOpeningCount returns the count that opens the sentence after the last
// part's, in its paragraph ("Three people died in Shikarpur"), 0 when none does.
func nextOpeningCount(text string, last *claims.Fact) float64 {
	if last.Sentence.End >= len(text) {
		return 0
	}
	next := text[last.Sentence.End:min(len(text), last.Sentence.End+30)]
	if strings.ContainsRune(next[:min(len(next), 3)], '\n') {
		return 0 // another paragraph
	}
	ws := strings.Fields(next)
	if len(ws) < 2 {
		return 0
	}
	return cardinal(strings.ToLower(ws[0]))
}

// clauseAfterCount returns the count that opens the clause after a
// semicolon following the last part ("…; one passenger, a German man, is
// still missing"), 0 when none does.
func clauseAfterCount(text string, last *claims.Fact) float64 {
	if last.Span.End >= last.Sentence.End || last.Sentence.End > len(text) {
		return 0
	}
	m := semicolonCountRe.FindStringSubmatch(strings.ToLower(text[last.Span.End:last.Sentence.End]))
	if m == nil {
		return 0
	}
	return cardinal(m[1])
}

// otherTotalFits reports another amount of the total's unit, before the
// parts in their sentence, that the parts add up to: "61,200 people were
// sheltering in 305 relief camps: 24,300 in Dhemaji, …" breaks down the
// people, not the camps nearer the colon.
func otherTotalFits(fr frame, levels []*claims.Fact, sum quantity.Interval) bool {
	for _, l := range levels {
		if l != fr.total && l.Quantity != nil && l.Span.End <= fr.parts[0].Span.Start && l.Quantity.Unit == fr.total.Quantity.Unit &&
			!slices.Contains(fr.parts, l) && l.Quantity.Interval.Overlaps(sum) {
			return true
		}
	}
	return false
}

// leadingRunAddsUp reports whether the first two or more parts, not all of
// them, add up to the total on their own.
func leadingRunAddsUp(parts []*claims.Fact, total quantity.Interval) bool {
	for n := 2; n < len(parts); n++ {
		if sumOf(parts[:n]).Overlaps(total) {
			return true
		}
	}
	return false
}

// countsItems reports whether a total is the number of its list's items rather
// than their sum: "taken to three hospitals: 14 to A, 10 to B and seven to C".
func countsItems(total quantity.Interval, items int) bool {
	return total.Lo == total.Hi && total.Lo == float64(items)
}

// nearMiss reports whether parts that fall short of a total miss it by less
// than a tenth: a breakdown after "Of the X," may leave the rest unsaid ("Of the
// 200 firms, 40 expanded and 30 cut jobs"), but one that almost adds up was meant
// to add up ("Of 38 matches, they won 26, drew 6 and lost 4").
func nearMiss(sum, total quantity.Interval, parts int) bool {
	// A small total missed by one in a list of three parts or more is as
	// near: "Of the nine dead, five were in Bahla, two in Nizwa and one in
	// Samail". Two parts often leave the last one to the next clause ("five
	// were in Catanduanes and three in Albay. The ninth was …").
	return total.Lo > 0 && (sum.Hi >= 0.9*total.Lo || parts >= 3 && total.Lo <= 20 && total.Lo-sum.Hi <= 1)
}

// colonFrame reads "TOTAL ...: PART, PART and PART". The total is the last amount
// before the colon, or N in "N of the M". When only the total's own noun phrase
// stands between it and the colon ("12,400 adults:") the amounts listed are its
// parts whatever their nouns, unless the sentence names a selection; after a
// clause ("95,000 children have had a dose:") each part's key must refine the
// total's, the total's predicate applying to the parts.
func colonFrame(levels, items []*claims.Fact) (frame, bool) {
	if len(levels) == 0 {
		return frame{}, false
	}
	d := levels[0].Doc
	text, sent := d.Text, levels[0].Sentence
	if sent.Start < 0 || sent.End > len(text) || sent.Start >= sent.End {
		return frame{}, false
	}
	for c := sent.Start; c < sent.End; c++ {
		mark := 1 // the colon's width; a spaced dash opens a list as a colon does
		if dash := spacedDashAt(text, c); dash > 0 {
			mark = dash // "The nine foreign trekkers — four from France, …"
		} else if text[c] != ':' || (c > 0 && isDigit(text[c-1]) && c+mark < len(text) && isDigit(text[c+mark])) {
			continue
		}
		var t, n *claims.Fact
		for i, f := range levels {
			if f.Span.End <= c {
				t = f
				if i > 0 {
					n = levels[i-1]
				} else {
					n = nil
				}
			}
		}
		if t != nil && strings.Contains(text[t.Span.End:c], ")") && !strings.Contains(text[t.Span.End:c], "(") {
			// "12 billion dong (about $472,000, at roughly 25,400 dong to the
			// dollar):": the amounts in the bracket restate the one before it.
			open := strings.LastIndexByte(text[:t.Span.Start], '(')
			t, n = nil, nil
			for i, f := range levels {
				if open > 0 && f.Span.End <= open {
					t = f
					if i > 0 {
						n = levels[i-1]
					}
				}
			}
		}
		if t != nil && n != nil && strings.HasPrefix(text[t.Span.End:], " ways") {
			t = n // "12,000 francs is split three ways:": the parts are of the francs
		}
		if t == nil || c-t.Span.End > 120 || strings.ContainsAny(withoutAttribution(weekdayDates.ReplaceAllString(withoutBrackets(text[t.Span.End:c]), "")), ",;:()") {
			continue
		}
		total, start := t, t.Span.Start
		if n != nil && n.Quantity.Unit == t.Quantity.Unit && ofBetween(text, n.Span.End, t.Span.Start) {
			total, start = n, n.Span.Start // "83 of the 150 seats:" breaks down the 83
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(text[c+mark:min(sent.End, c+mark+12)])), "of the ") {
			continue // "Nearly 50 people were taken to hospital: of the 48 injured, 31 …": the list has a total of its own
		}
		parts := listAfter(text, c+mark, total, items)
		if len(parts) < 2 {
			// "1,240 damaged buildings: 312 collapsed or must be demolished, 455
			// were moderately damaged and 398 lightly": each part a clause.
			parts = clauseListAfter(text, c+mark, total, items)
		}
		if len(parts) < 2 || !leadsList(text, c+mark, parts[0].Span.Start) {
			continue
		}
		if rest := text[parts[len(parts)-1].Span.End:sent.End]; eachRe.MatchString(rest) {
			continue // "€6,000, €4,000 and €2,500 to the first three men and women, and €2,500 each to …": paid per head
		}
		if e := perItemTotal(levels, total, parts); e != nil {
			// "1,150 residents … from 14 villages in three municipalities: 610 in
			// A, 340 in B and 250 in C": one part per municipality, of the residents.
			return frame{total: e, parts: parts, list: c + mark}, true
		}
		if !nounPhraseOf(withoutAttribution(withoutBrackets(text[t.Span.End:c])), t.Key) { // "119 shelters, according to the relief office:"
			if allocation(text, text[t.Span.End:c], total, parts) {
				// "PLN 1.8 billion for investment: PLN 950 million for transport, …"
				return frame{total: total, phrase: claims.Span{Start: start, End: c}, parts: parts, list: c + mark}, true
			}
			if sharedOut(text[t.Span.End:c]) && len(parts) >= 3 {
				// "the 1,200 tonnes of rice … had been divided among the four
				// worst-hit upazilas: 450 tonnes for Chilmari, …": shared out.
				return frame{total: total, parts: parts, list: c + mark}, true
			}
			if !refineUnder(parts, total) && kindsOfWhole(total) && clauseBefore(text[t.Span.End:c]) && len(parts) == 2 && total.Quantity.Unit == "count" {
				// "246 people were inside: 212 registered guests and 43
				// employees": two kinds may be some of the people only, so parts
				// that fall far short of the total are no error.
				return frame{total: total, parts: parts, list: c + mark, nearOnly: true}, true
			}
			if !refineUnder(parts, total) && !(kindsOfWhole(total) && clauseBefore(text[t.Span.End:c]) && len(parts) >= 3 && total.Quantity.Unit == "count") {
				if (allOfBefore(text, total) || eachForAName(text, parts)) && headsAlike(parts, total) || bareParts(text, parts, total) ||
					totalOfBefore(text, total) && len(parts) >= 3 && nearSum(parts, total) {
					// "a total of 22 aircraft were in action: 12 … planes, six Greek
					// helicopters and three …": a total said so, broken down.
					// "Rescuers brought down all 164 passengers …: 118 were lowered
					// on ropes and 52 were flown out": all of them, part by part.
					return frame{total: total, parts: parts, list: c + mark}, true
				}
				continue
			}
			return frame{total: total, parts: parts, list: c + mark}, true
		}
		if selection(total) {
			return frame{}, true
		}
		end := c
		if a := withoutAttribution(text[t.Span.End:c]); len(a) < c-t.Span.End {
			end = t.Span.End + len(a) // quote "119 shelters", not who said so
		}
		return frame{total: total, phrase: claims.Span{Start: start, End: end}, parts: parts, list: c + mark}, true
	}
	return frame{}, false
}

// oneEachRe finds parts counted per name: "(one each)", "two each".
var oneEachRe = regexp.MustCompile(`\b(?:one|two|three|four|five|[0-9]+) each\b`)

// eachRe finds an amount paid to each of several, which a plain sum of the
// amounts written misses.
var eachRe = regexp.MustCompile(`\beach\b`)

// totalOfBefore reports an amount written as "a total of" one.
func totalOfBefore(text string, total *claims.Fact) bool {
	return strings.HasSuffix(strings.ToLower(text[max(0, total.Span.Start-12):total.Span.Start]), "a total of ")
}

// nearSum reports parts whose sum lies within half to one and a half times
// the total: "41,600 spectators attended the 20 matches: 12 group games, …"
// are no parts of the spectators.
func nearSum(parts []*claims.Fact, total *claims.Fact) bool {
	sum := 0.0
	for _, f := range parts {
		sum += f.Quantity.Value
	}
	return sum >= total.Quantity.Value/2 && sum <= total.Quantity.Value*1.5
}

// bareParts reports parts of the total's unit that name nothing of their
// own, a preposition right after each ("214,600 spectators attended the
// championship: 118,300 in the preliminary round, 63,900 in the main round
// and 28,400 over the final weekend"): only the total can be what they count.
func bareParts(text string, parts []*claims.Fact, total *claims.Fact) bool {
	if total.Quantity.Unit != "count" {
		return false // amounts spent "on" or "for" things are allocations, read as such
	}
	for _, f := range parts {
		if f.Quantity.Unit != total.Quantity.Unit {
			return false
		}
		if participleBy.MatchString(strings.TrimSpace(text[f.Span.End:min(len(text), f.Span.End+30)])) {
			continue // "14 sent by the provincial centre and 12 brought in by a national team": where each came from
		}
		rest := strings.Fields(text[f.Span.End:min(len(text), f.Span.End+12)])
		if len(rest) == 0 {
			return false
		}
		switch rest[0] {
		case "in", "over", "at", "during", "from":
		default:
			return false
		}
	}
	return true
}

// weekdayDates matches a weekday with its date, commas and all ("Monday,
// May 4,"), which sits in a noun phrase without ending it.
var weekdayDates = regexp.MustCompile(`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))(?:, \d{4})?,?`)

// withoutBrackets drops a bracket that opens the text: "12 billion dong
// (about $472,000, at roughly 25,400 dong to the dollar):" restates the
// total before its colon.
func withoutBrackets(s string) string {
	t := strings.TrimLeft(s, " ")
	if !strings.HasPrefix(t, "(") {
		return s
	}
	if k := strings.IndexByte(t, ')'); k > 0 {
		return t[k+1:]
	}
	return s
}

// withoutAttribution drops a closing ", district officials said" from the
// words before a colon: the attribution sits between a total and its
// breakdown without ending the phrase the colon opens.
func withoutAttribution(s string) string {
	i := strings.LastIndexByte(s, ',')
	if i < 0 {
		return s
	}
	ws := strings.Fields(s[i+1:])
	if n := len(ws); n >= 2 && n <= 5 && reportingVerbs[strings.ToLower(ws[n-1])] && !strings.ContainsAny(s[i+1:], ";:()0123456789") {
		return s[:i]
	}
	if n := len(ws); n >= 3 && n <= 16 && strings.EqualFold(ws[0], "according") && strings.EqualFold(ws[1], "to") && !strings.ContainsAny(s[i+1:], ";:()0123456789") {
		return s[:i] // ", according to figures released by the district office on Tuesday evening:"
	}
	if n := len(ws); n >= 3 && n <= 14 && timeClauseWord(strings.ToLower(ws[0])) && !strings.ContainsAny(s[i+1:], ";:()0123456789") {
		return s[:i] // "4,120 people … in six towns, after Judenburg was added to the list on Sunday morning:"
	}
	return s
}

// timeClauseWord reports a conjunction that opens a clause of when: "after
// Judenburg was added", "when the river peaked".
func timeClauseWord(w string) bool {
	switch w {
	case "after", "when", "once", "since", "before", "as":
		return true
	}
	return false
}

// spacedDashAt returns the width of a dash with a space on each side at
// byte c ("trekkers — four from France"), 0 when there is none.
func spacedDashAt(text string, c int) int {
	for _, d := range []string{"—", "–", "-"} {
		if strings.HasPrefix(text[c:], d) && c > 0 && text[c-1] == ' ' && c+len(d) < len(text) && text[c+len(d)] == ' ' {
			if d == "-" && c >= 2 && isDigit(text[c-2]) {
				return 0 // "3 - 1": a score or a range, not a dash opening a list
			}
			return len(d) // (a hyphen spaced as a dash: "23 people on board - 15 Bangladeshis, …")
		}
	}
	return 0
}

// amongThemFrame reads "TOTAL …, among them A in X, B in Y and C in Z": "A
// total of 212 people have been treated for injuries, among them 151 in
// Jajarkot, 55 in Rukum West and 8 in Salyan". The parts are some of the
// total, so only parts that exceed it are reported.
func amongThemFrame(levels, items []*claims.Fact) (frame, bool) {
	for i, t := range levels {
		if t.Prior || i+1 >= len(levels) {
			continue
		}
		text := t.Doc.Text
		next := levels[i+1]
		gap := strings.ToLower(text[t.Span.End:next.Span.Start])
		k := -1
		for _, m := range []string{", among them ", ", among whom ", ", among them, "} {
			if j := strings.Index(gap, m); j >= 0 && (k < 0 || j < k) {
				k = j + len(m)
			}
		}
		if k < 0 || len(gap) > 120 || strings.ContainsAny(gap[:k], ";:") || next.Quantity.Unit != t.Quantity.Unit {
			continue
		}
		from := t.Span.End + k
		parts := listAfter(text, from, t, items)
		if len(parts) < 2 || !leadsList(text, from, parts[0].Span.Start) {
			continue
		}
		return frame{total: t, parts: parts, list: from, exceedOnly: true}, true
	}
	return frame{}, false
}

// ofThemFrame reads "TOTAL …, A of them X and B Y": "55 people were pulled
// from the site, 34 of them alive and 19 dead". The parts follow the total
// after a comma, the first with "of them" (or "of whom"), joined as a list.
func ofThemFrame(levels, items []*claims.Fact) (frame, bool) {
	for i, t := range levels {
		if i+1 >= len(levels) {
			break
		}
		first := levels[i+1]
		text := t.Doc.Text
		if first.Span.End+8 > len(text) || first.Span.Start <= t.Span.End {
			continue
		}
		between := text[t.Span.End:first.Span.Start]
		after := strings.ToLower(text[first.Span.End:min(len(text), first.Span.End+9)])
		// "720 firefighters were deployed, of whom 540 were professionals and
		// 210 volunteers": the relative pronoun before the first part.
		whomFirst := strings.HasSuffix(strings.ToLower(strings.TrimSpace(between)), ", of whom")
		if !whomFirst && !strings.HasSuffix(strings.TrimSpace(between), ",") || strings.ContainsAny(between, ";:()0123456789") ||
			len(strings.Fields(between)) > 12 || !whomFirst && !strings.HasPrefix(after, " of them") && !strings.HasPrefix(after, " of whom") {
			continue
		}
		if ws := strings.Fields(strings.ToLower(text[first.Span.End:min(len(text), first.Span.End+30)])); !whomFirst && (len(ws) < 3 || isAuxiliaryWord(ws[2])) {
			continue // "2,530 of them were buried, and 2681 injuries": a clause, not a breakdown
		} else if !whomFirst && ws[2] == "in" && len(ws) > 3 && lowerInitial(text[first.Span.End:min(len(text), first.Span.End+30)], ws[3]) {
			continue // "22 remain in hospital, four of them in intensive care, and eight … discharged": a share in one state
		}
		parts := listAfter(text, first.Span.Start, t, items)
		if len(parts) < 2 || parts[0] != first {
			continue
		}
		if strings.Contains(strings.ToLower(text[first.Span.End:min(len(text), first.Sentence.End)]), " alone") {
			continue // "Lysgaard served four of them, three in the first set alone": a part of the part
		}
		// "27 points, four of them from blocks and two from aces": the parts
		// name where some came from; the rest may have come from anywhere.
		from := strings.HasPrefix(strings.ToLower(text[first.Span.End:min(len(text), first.Span.End+14)]), " of them from ")
		return frame{total: t, parts: parts, list: first.Span.Start, exceedOnly: from}, true
	}
	return frame{}, false
}

// lowerInitial reports whether word w (folded) is written in lower case in s:
// "in intensive care" is a state, "in Tapah" a place.
func lowerInitial(s, w string) bool {
	i := strings.Index(strings.ToLower(s), " "+w)
	return i >= 0 && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z'
}

// isAuxiliaryWord reports a form of "be" or "have".
func isAuxiliaryWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had":
		return true
	}
	return false
}

// kindsOfWhole reports a total whose noun gathers people of several kinds
// ("640 personnel were battling the blaze: 520 firefighters, 85 soldiers and
// 45 volunteers"), which a list after a colon then breaks down by kind.
func kindsOfWhole(total *claims.Fact) bool {
	switch claims.Head(total.Key) {
	case "personnel", "staff", "peopl", "people", "worker", "member", "casualti", "victim", "passeng", "crew",
		"respond", "rescuer", "troop", "offic", "employe", "deleg", "particip", "athlet", "visitor", "tourist",
		"build", "structur", "properti", "vehicl", "vessel", "facil":
		return true
	}
	return false
}

// clauseBefore reports a short clause without figures between a total and
// the colon of its list ("were battling the blaze on Wednesday").
func clauseBefore(s string) bool {
	return !strings.ContainsAny(s, "0123456789") && len(strings.Fields(s)) <= 14
}

// ofFrame reads "Of the TOTAL ..., PART, PART and PART" at the start of a
// sentence: "Of the quarter's USD 4.82 billion in revenue, data-centre memory
// accounted for USD 2.61 billion, smartphone memory for USD 1.55 billion and ...".
func ofFrame(levels, items []*claims.Fact) (frame, bool) {
	if len(levels) == 0 {
		return frame{}, false
	}
	t := levels[0]
	text, sent := t.Doc.Text, t.Sentence
	if sent.Start < 0 || sent.End > len(text) || t.Span.End > sent.End || !ofFrameLead(text[sent.Start:t.Span.Start]) {
		return frame{}, false
	}
	comma := strings.IndexByte(text[t.Span.End:sent.End], ',')
	reach := 60
	if rel := strings.Fields(text[t.Span.End:sent.End]); len(rel) > 1 && (rel[1] == "who" || rel[1] == "that" || rel[1] == "which" ||
		len(rel[1]) > 4 && strings.HasSuffix(rel[1], "ed")) {
		// "Of the 23 miners who were underground when the blast ripped through
		// the mine, …", "Of the 23 men trapped when a section … caved in, …"
		reach = 120
	}
	closer := 1 // the bytes of the mark that ends the frame's phrase
	if open, end, ok := dashAside(text[t.Span.End:sent.End]); ok && open <= reach && (comma < 0 || open < comma) {
		// "Of the 246 people … in the building — more than 210 guests and 34
		// employees — 31 have died, …": the aside belongs to the total.
		comma, closer, reach = end, len("—"), end
	}
	if comma < 0 || comma > reach || strings.ContainsAny(text[t.Span.End:t.Span.End+comma], ";:()") {
		return frame{}, false
	}
	comma += t.Span.End
	from := comma + closer
	parts := listAfter(text, from, t, items)
	if more := clauseListAfter(text, from, t, items); len(more) > len(parts) {
		// "11 have been rescued and seven bodies recovered, while six remain
		// unaccounted for": the clauses go on after the list's "and".
		parts = more
	}
	if len(parts) < 2 {
		// "Of the 37 bodies recovered, 29 have been identified by relatives,
		// while nine have yet to be identified": two clauses set against each other.
		parts = contrastPairAfter(text, from, t, items)
	}
	if len(parts) < 2 {
		// "Of the 163 people treated so far, 41 have been discharged, leaving
		// 112 in hospital": one part and what it leaves.
		parts = nil
		for _, f := range items {
			if f.Span.Start >= from && f.Sentence == t.Sentence && f.Quantity.Unit == t.Quantity.Unit {
				if rest := leftOver(text, t, f, items); rest != nil {
					parts = []*claims.Fact{f, rest}
				}
				break
			}
		}
	}
	if len(parts) < 2 || !leadsList(text, from, parts[0].Span.Start) {
		return frame{}, false
	}
	if hasSelection(strings.ToLower(text[sent.Start:parts[len(parts)-1].Span.End])) || stagesPassed(parts) {
		// A selection word after the parts picks among them ("11 were men and
		// four were women, among them a nurse"), no part of the split.
		return frame{}, true
	}
	// "…, leaving 12 men still underground": the rest, so the parts are all of it.
	rest := leftOver(text, t, parts[len(parts)-1], items)
	if rest != nil {
		parts = append(parts, rest)
	}
	whole := rest != nil || leaves(text, parts[len(parts)-1]) // the clauses' own "leaving 21 still missing" closes them too
	return frame{total: t, phrase: claims.Span{Start: sent.Start, End: comma}, parts: parts, list: from, nearOnly: !whole}, true
}

// leaves reports a part that "leaving" sets after the one before it: the
// rest of the total, so the parts are all of it.
func leaves(text string, f *claims.Fact) bool {
	before := strings.Fields(strings.ToLower(text[max(0, f.Span.Start-30):f.Span.Start]))
	n := len(before)
	return n > 0 && (before[n-1] == "leaving" || n > 1 && before[n-2] == "leaving")
}

// dashAside finds an aside set off by two spaced dashes in s ("… in the
// building — more than 210 guests and 34 employees — 31 have died"): the
// offsets of its opening dash and of its closing one.
func dashAside(s string) (open, end int, ok bool) {
	for _, d := range []string{" — ", " – "} {
		i := strings.Index(s, d)
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(d):], d)
		if j < 0 {
			return 0, 0, false
		}
		return i, i + len(d) + j + 1, true
	}
	return 0, 0, false
}

// stagesPassed reports parts that each count who got through a later stage,
// fewer at each ("Of 286 crews entered, 271 started and 264 finished"): each
// is a subset of the one before, not a share of the whole.
func stagesPassed(parts []*claims.Fact) bool {
	for i, f := range parts {
		if i > 0 && f.Quantity.Value > parts[i-1].Quantity.Value {
			return false
		}
		ws := strings.Fields(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+40, f.Sentence.End))))
		if len(ws) > 0 && (ws[0] == "had" || ws[0] == "have" || ws[0] == "were") {
			ws = ws[1:]
		}
		if len(ws) == 0 {
			return false
		}
		switch strings.TrimRight(ws[0], ",.;") {
		case "started", "finished", "completed", "reached", "qualified", "advanced", "passed", "progressed", "survived":
		default:
			return false
		}
	}
	return true
}

// whichFrame reads a total and the parts ", of which" opens: "The group
// now runs 3,860 beds, of which 3,120 are in Malaysia, 460 in Vietnam and
// 310 in Indonesia". As after "Of the X, …", the parts may be some of the
// total only, so a shortfall counts only as a near miss.
func whichFrame(levels, items []*claims.Fact) (frame, bool) {
	for _, t := range levels {
		rest := textOf(t.Doc, t.Span.End, t.Sentence.End)
		k := strings.Index(rest, ", of which ")
		if k < 0 || k > 40 || strings.ContainsAny(rest[:k], ",;:()0123456789") {
			continue
		}
		from := t.Span.End + k + len(", of which ")
		parts := listAfter(t.Doc.Text, from, t, items)
		if more := clauseListAfter(t.Doc.Text, from, t, items); len(more) > len(parts) {
			parts = more
		}
		if len(parts) < 2 || !leadsList(t.Doc.Text, from, parts[0].Span.Start) {
			continue
		}
		return frame{total: t, parts: parts, list: from, nearOnly: true}, true
	}
	return frame{}, false
}

// leftOver returns the amount of total's unit that follows the last part as
// what is left of the total: "14 have been brought out alive and three bodies
// recovered, leaving 12 men still underground".
func leftOver(text string, total, last *claims.Fact, items []*claims.Fact) *claims.Fact {
	for _, f := range items {
		if f.Span.Start < last.Span.End || f == last || f.Sentence != total.Sentence {
			continue
		}
		if f.Quantity.Unit != total.Quantity.Unit || f.Span.Start-last.Span.End > 60 {
			return nil
		}
		between := strings.Fields(strings.ToLower(text[last.Span.End:f.Span.Start]))
		if n := len(between); n > 0 && n <= 8 && (between[n-1] == "leaving" || n > 1 && between[n-2] == "leaving") &&
			!strings.ContainsAny(text[last.Span.End:f.Span.Start], ";:()0123456789") {
			return f
		}
		return nil
	}
	return nil
}

// eachForAName reports parts each given to a named holder: "81 seats in the
// house: 71 for the LEP and 8 for the GSP".
func eachForAName(text string, parts []*claims.Fact) bool {
	for _, f := range parts {
		rest := text[f.Span.End:min(len(text), f.Span.End+40)]
		if !strings.HasPrefix(rest, " for ") {
			return false
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, " for "), "the ")
		if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
			return false
		}
	}
	return len(parts) >= 2
}

// allOfBefore reports "all" right before an amount: "all 164 passengers".
func allOfBefore(text string, f *claims.Fact) bool {
	return strings.HasSuffix(strings.ToLower(text[f.Sentence.Start:f.Span.Start]), "all ")
}

// headsAlike reports whether every part counts what the total counts.
func headsAlike(parts []*claims.Fact, total *claims.Fact) bool {
	h := claims.Head(total.Key)
	for _, f := range parts {
		if h == "" || claims.Head(f.Key) != h {
			return false
		}
	}
	return true
}

// sharedOut reports a verb of sharing a whole out among takers between an
// amount and its colon: "divided among", "distributed to", "shared between".
func sharedOut(s string) bool {
	s = strings.ToLower(s)
	for _, v := range []string{"divided among", "divided between", "distributed among", "distributed to", "distributed between",
		"shared among", "shared between", "split among", "split between", "allocated to", "allocated among"} {
		if strings.Contains(s, v) {
			return true
		}
	}
	ws := strings.Fields(s) // "is split three ways"
	n := len(ws)
	return n >= 3 && ws[n-1] == "ways" && (ws[n-3] == "split" || ws[n-3] == "divided" || ws[n-3] == "shared")
}

// breakdownVerb reports whether s opens with one of breakdownVerbs.
func breakdownVerb(s string) bool {
	for _, v := range breakdownVerbs {
		if strings.HasPrefix(s, v+" ") {
			return true
		}
	}
	return false
}

// breakdownVerbs open the list of a total's parts right after it; includes
// names some of them (see verbFrame).
var breakdownVerbs = []string{"includes", "include", "included", "including", "comprises", "comprise", "comprised",
	"consists of", "consisted of", "is made up of", "are made up of", "was made up of", "is split into",
	"was split into", "is divided into", "breaks down into", "splits into",
	"made up of", "comprising", "consisting of", "split into", "divided into", "broken down into", // ", made up of …": the participle after a comma
	"break down as", "breaks down as", "broke down as", "break down into",
	"came from", "come from", "comes from", // "eight points came from a two in the second end, …": the sources, perhaps not all
	"dividing it into", "splitting it into", "divided it into", "split it into"} // "approved the PKR 500 million relief package, dividing it into …"

// verbFrame reads "TOTAL includes PART for A, PART for B and PART for C" or
// "TOTAL comprises …": a total followed at once by a verb that breaks it down
// ("Education's allocation of Rs 610 billion includes Rs 410 billion for
// schools, Rs 150 billion for universities and Rs 70 billion for vocational
// training"). "Includes" names some of the parts, which may fall short of the
// total but never exceed it; the other verbs name all of them.
func verbFrame(levels, items []*claims.Fact) (frame, bool) {
	for _, t := range levels {
		if t.Prior {
			continue // "2.86 million, up 9.6% from 2.61 million, made up of …": the parts are the 2.86 million's
		}
		text := t.Doc.Text
		rest := strings.ToLower(text[t.Span.End:min(t.Sentence.End, t.Span.End+40)])
		trimmed := strings.TrimLeft(rest, " ,")
		{
			// "the 14 deals comprise six in energy, …", "the 1,240 personnel on
			// the ground comprised …": the counted noun first, with its place;
			// "the 5.9 million kg sold was made up of …": a participle;
			// "the PKR 500 million relief package, dividing it into …".
			rest := trimmed
			for n := 0; n < 4 && (t.Quantity.Unit == "count" || n < 2); n++ {
				w, after, ok := strings.Cut(rest, " ")
				if !ok || w == "" || w[0] < 'a' || w[0] > 'z' {
					break
				}
				if breakdownVerb(after) {
					trimmed = after
					break
				}
				if strings.ContainsAny(w, ",;:()") {
					break // only the noun right before the verb may take its comma
				}
				rest = after
			}
		}
		for _, v := range breakdownVerbs {
			if !strings.HasPrefix(trimmed, v+" ") {
				continue
			}
			from := t.Span.End + (len(rest) - len(trimmed)) + len(v)
			parts := listAfter(text, from, t, items)
			for k := 1; k < len(parts); k++ {
				if newVerbBefore(text[parts[k-1].Span.End:parts[k].Span.Start]) {
					parts = parts[:k] // "recovered six bodies, including those of two children, and brought out 17 survivors"
					break
				}
			}
			if len(parts) < 2 || !leadsList(text, from, parts[0].Span.Start) {
				return frame{}, false
			}
			exceedOnly := (strings.HasPrefix(v, "includ") || strings.HasSuffix(v, " from")) && !everyone(parts)
			return frame{total: t, parts: parts, list: from, exceedOnly: exceedOnly}, true
		}
	}
	return frame{}, false
}

// everyone reports parts that count every kind of person there is, however
// "include" opens them: "The 31 dead include 14 women, nine men and six
// children" leaves no one out.
func everyone(parts []*claims.Fact) bool {
	seen := map[string]bool{}
	for _, f := range parts {
		g := personGroups[claims.Head(f.Key)]
		if g == "" {
			return false
		}
		seen[g] = true
	}
	return seen["women"] && seen["men"] && seen["children"] || seen["adults"] && seen["children"] || seen["boys"] && seen["girls"]
}

// personGroups name the kinds of people a toll is broken down by.
var personGroups = map[string]string{"women": "women", "woman": "women", "men": "men", "man": "men", "children": "children",
	"child": "children", "minors": "children", "adults": "adults", "adult": "adults", "boys": "boys", "boy": "boys", "girls": "girls", "girl": "girls"}

// newVerbBefore reports a gap between two amounts that ends in ", and" and a
// past verb: the amount after it is the object of another clause, no part
// of the list before it.
func newVerbBefore(gap string) bool {
	i := strings.LastIndex(gap, ", and ")
	if i < 0 {
		return false
	}
	ws := strings.Fields(gap[i+len(", and "):])
	if len(ws) == 0 {
		return false
	}
	w := strings.ToLower(ws[0])
	switch w {
	case "brought", "took", "pulled", "found", "sent", "gave", "made", "won", "lost", "drew", "put", "kept", "held", "got":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// tailOfFrame reads "PART, PART and PART of their TOTAL": counts listed with
// at most one verb each, the last one taking "of their 34 league matches"
// ("Dravina won 24, drew 6 and lost 5 of their 34 league matches"). Three parts
// at least; like "Of the X," the list may leave some of the total unsaid.
func tailOfFrame(levels []*claims.Fact) (frame, bool) {
	for ti := 2; ti < len(levels); ti++ {
		t := levels[ti]
		text := t.Doc.Text
		last := levels[ti-1]
		if t.Quantity.Unit != "count" || last.Span.End > t.Span.Start {
			continue
		}
		gap := text[last.Span.End:t.Span.Start]
		exact := totalGap(gap)  // "…, 88 silvers and 95 bronzes for a total of 264"
		outOf := outOfTail(gap) // "…, 10 had died and four were still missing out of the 46 men"
		if !exact && !outOf && !tailOf(gap) {
			continue
		}
		parts := []*claims.Fact{last}
		for k := ti - 2; k >= 0; k-- {
			prev := levels[k]
			if prev.Span.End > parts[0].Span.Start || !listGap(text[prev.Span.End:parts[0].Span.Start]) &&
				!((exact || outOf) && clauseJoint(text, prev.Span.End, parts[0].Span.Start)) {
				break // "618,400 valid votes, 24,600 ballots were left blank and 31,000 were spoiled, for a total of": clauses, when a total closes them
			}
			parts = append([]*claims.Fact{prev}, parts...)
		}
		// Two parts only when the total names their noun: "146 homes destroyed
		// and 310 damaged, a total of 465 homes" (two counts before a total
		// are too often a change and its level).
		if len(parts) < 3 && !(len(parts) == 2 && exact && (sameMeasure(parts[0].Key, t.Key) || casualtyTotal(parts, t)) && within(sumOf(parts).Lo, t.Quantity.Value, 0.1)) {
			continue // nor when the sum is far off: "opened 12 stores and closed 3, a total of 340 now"
		}
		for _, f := range parts {
			if f.Quantity.Unit != "count" {
				return frame{}, false
			}
		}
		from := parts[0].Span.Start
		if sp := strings.LastIndexByte(text[t.Sentence.Start:max(t.Sentence.Start, from-1)], ' '); sp >= 0 {
			if w := text[t.Sentence.Start+sp+1 : from-1]; w != "" && w[0] >= 'a' && w[0] <= 'z' && !strings.HasSuffix(w, ",") {
				from = t.Sentence.Start + sp + 1 // the first part's verb: "won 24, …"
			}
		}
		return frame{total: t, phrase: claims.Span{Start: from, End: t.Span.End}, parts: parts,
			list: parts[0].Span.Start, nearOnly: !exact}, true
	}
	return frame{}, false
}

// totalAfterFrame reads "A and B for a T total" and "A and then B, for a
// total of T": two or more amounts of one measured unit joined by "and", and
// the total that closes them ("snatched 172 kg and then clean-and-jerked
// 210 kg for a 372 kg total"). Counts have tailOfFrame, which asks for three
// parts: two counts before "a total of" are too often a change and its level.
func totalAfterFrame(levels []*claims.Fact) (frame, bool) {
	for ti := 2; ti < len(levels); ti++ {
		t := levels[ti]
		unit := t.Quantity.Unit
		last := levels[ti-1]
		if unit == "count" || unit == "percent" || unit == "" || last.Span.End > t.Span.Start || last.Quantity.Unit != unit {
			continue
		}
		text := t.Doc.Text
		gap := strings.ToLower(text[last.Span.End:t.Span.Start])
		after := strings.ToLower(text[t.Span.End:min(len(text), t.Span.End+7)])
		if !totalBefore(gap, after) {
			continue
		}
		parts := []*claims.Fact{last}
		for k := ti - 2; k >= 0; k-- {
			prev := levels[k]
			if prev.Span.End > parts[0].Span.Start || prev.Quantity.Unit != unit || !andThenGap(text[prev.Span.End:parts[0].Span.Start]) {
				break
			}
			parts = append([]*claims.Fact{prev}, parts...)
		}
		if len(parts) < 2 || perItemOrRest(strings.ToLower(text[t.Sentence.Start:t.Span.Start])) {
			continue
		}
		return frame{total: t, parts: parts, list: parts[0].Span.Start}, true
	}
	return frame{}, false
}

// perItemOrRest reports a lowered clause whose amounts are each paid per item
// ("RM10,000 for each gold, …, a total of RM34,000": the count of golds is
// not given) or the rest of a whole ("The remaining prizes are €30,000 …, a
// total of €120,000 for the six finalists": the winner's is told before).
func perItemOrRest(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "each" || w == "apiece" || w == "remaining" || w == "rest" || w == "other" {
			return true
		}
	}
	return false
}

// totalBefore reports the words between a last part and its total that make
// the figure the parts' sum: " for a " before a figure followed by "total",
// or " for a total of " (", a total of "), after at most five words that qualify the last part
// ("in the clean and jerk").
func totalBefore(gap, after string) bool {
	if strings.ContainsAny(gap, ";:()0123456789") {
		return false
	}
	for _, lead := range []string{"for a", "giving a", "making a", ", a"} { // ", a total of 4.8 million tonnes"
		k := strings.LastIndex(gap, lead+" ")
		if k < 0 || len(strings.Fields(gap[:k])) > 5 {
			continue
		}
		switch strings.TrimSpace(gap[k+len(lead):]) {
		case "":
			return strings.HasPrefix(after, " total")
		case "combined": // "88 mm on Sunday and 112 mm on Monday, a combined 210 mm"
			return lead == ", a" || strings.HasPrefix(after, " total")
		case "total of", "combined total of":
			return true
		}
	}
	return false
}

// andThenGap reports the words joining two listed amounts: at most four
// words that qualify the earlier one ("in the snatch"), "and", ", and" or a
// comma, then at most three words and no figure ("and then
// clean-and-jerked", ", lifted").
func andThenGap(gap string) bool {
	if strings.ContainsAny(gap, ";:()0123456789.") {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(gap, ",", " , "))
	for k, w := range ws {
		if w != "," && w != "and" {
			continue
		}
		if k > 4 {
			return false
		}
		rest := ws[k+1:]
		for len(rest) > 0 && (rest[0] == "," || rest[0] == "and") {
			rest = rest[1:]
		}
		return len(rest) <= 3
	}
	return false
}

// bringFrame reads "A …, B …, bringing the total to T": amounts of one unit
// closed by a phrase that sums them ("Terminal 1 handled 1.02 million TEU and
// Terminal 2 780,000 TEU, bringing the total for 2025 to 1.87 million TEU").
// The same phrase also adds news to an old total ("12 new cases, bringing the
// total to 1,200"), so the parts are judged only when they come near the total:
// within a fifth of it either way, they were meant to make it.
func bringFrame(levels []*claims.Fact) (frame, bool) {
	for ti := 2; ti < len(levels); ti++ {
		t := levels[ti]
		text := t.Doc.Text
		prev := levels[ti-1]
		if prev.Span.End > t.Span.Start {
			continue
		}
		gap := text[prev.Span.End:t.Span.Start]
		at := bringsTotal(gap)
		if at < 0 {
			continue
		}
		var parts []*claims.Fact
		sum := 0.0
		for _, f := range levels[:ti] {
			if f.Quantity.Unit == t.Quantity.Unit && f.Span.End <= t.Span.Start && !f.Prior {
				parts = append(parts, f)
				sum += f.Quantity.Value
			}
		}
		if len(parts) < 2 {
			continue
		}
		if v := t.Quantity.Value; v <= 0 || sum < 0.8*v || sum > 1.25*v {
			return frame{}, true // news added to an older total, or figures of something else
		}
		return frame{total: t, phrase: claims.Span{Start: prev.Span.End + at, End: t.Span.End}, parts: parts,
			list: parts[0].Span.Start}, true
	}
	return frame{}, false
}

// withFrame reads "T …, with A in X, B in Y and C in Z": a count broken
// down by place or kind in a with-phrase right after it ("The death toll rose
// to 71 by Wednesday, with 38 dead in Bingöl, 21 in Elazığ and 9 in Muş"), or
// in a list set beside its noun ("30 medals, 12 gold, nine silver and eight
// bronze"), which gives all of it.
// Three parts at least, all counts, in one list closed by "and". A with-phrase
// may pick out only some of the total, so a shortfall is flagged only when
// it is a near miss.
func withFrame(levels []*claims.Fact) (frame, bool) {
	for ti, t := range levels {
		if ti+3 >= len(levels) {
			break // a total and three parts at least
		}
		if t.Quantity.Unit != "count" || t.Quantity.IsRange {
			continue
		}
		text := t.Doc.Text
		first := levels[ti+1]
		if first.Span.Start < t.Span.End {
			continue
		}
		gap := text[t.Span.End:first.Span.Start]
		apposed := apposedNoun(gap, t.Key) // "30 medals, 12 gold, nine silver and eight bronze"
		k := strings.LastIndex(gap, ", with ")
		if !apposed && (k < 0 || strings.ContainsAny(gap[k:], ";:()0123456789") || len(strings.Fields(gap[k+len(", with "):])) > 1) {
			continue // "with" and at most one word ("with another 38") before the first part
		}
		parts, closed := andClosedList(text, first, levels[ti+2:])
		if len(parts) < 3 || !closed {
			continue
		}
		for _, f := range parts {
			if f.Quantity.Unit != "count" || f.Prior {
				return frame{}, false
			}
		}
		if bigger := whollerBefore(levels, ti, parts); bigger != nil {
			// "The 61 injured are spread across three hospitals, with 26 at
			// …, 20 at … and 17 at …": the hospitals are where the parts
			// are; the count before them is what they break down.
			return frame{total: bigger, parts: parts, list: first.Span.Start, nearOnly: true}, true
		}
		// "34,200 sheep, 19,800 goats, 4,900 cattle and 2,500 horses": parts
		// with plural nouns of their own may be the total's siblings, not its
		// breakdown, so only a near miss tells.
		return frame{total: t, parts: parts, list: first.Span.Start, nearOnly: !apposed || ownPluralNoun(text, t, parts)}, true
	}
	return frame{}, false
}

// whollerBefore returns the count right before levels[ti] in its sentence
// when every part is larger than levels[ti] and none larger than it: the
// count the parts break down, levels[ti] counting where they are. Nil
// otherwise.
func whollerBefore(levels []*claims.Fact, ti int, parts []*claims.Fact) *claims.Fact {
	if ti == 0 {
		return nil
	}
	t, b := levels[ti], levels[ti-1]
	if b.Quantity.Unit != "count" || b.Quantity.IsRange || b.Prior || b.Sentence != t.Sentence ||
		strings.ContainsAny(t.Doc.Text[b.Span.End:t.Span.Start], ";:,()") {
		return nil
	}
	for _, f := range parts {
		if f.Quantity.Value <= t.Quantity.Value || f.Quantity.Value > b.Quantity.Value {
			return nil
		}
	}
	return b
}

// ownPluralNoun reports a part followed by a plural noun other than the
// total's: "19,800 goats" after "34,200 sheep", where "12 gold" after "30
// medals" names only a kind of the total.
func ownPluralNoun(text string, total *claims.Fact, parts []*claims.Fact) bool {
	noun := nounAfter(text, total.Span.End)
	for _, f := range parts {
		w := nounAfter(text, f.Span.End)
		if w != noun && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return true
		}
	}
	return false
}

// closedBefore reports an "and" between parts a and b: the list closes at b.
func closedBefore(text string, a, b *claims.Fact) bool {
	return a.Span.End <= b.Span.Start && strings.Contains(text[a.Span.End:b.Span.Start], " and ")
}

// listedSiblings reports a total that only a comma and its own noun part
// from the first of its parts, where the parts carry plural nouns of their
// own: "eight bulk carriers, six container feeders, three harbour tugs and
// two offshore supply vessels" lists four kinds, none the total of the rest.
func listedSiblings(text string, total *claims.Fact, parts []*claims.Fact) bool {
	gap := text[total.Span.End:parts[0].Span.Start]
	noun, ok := strings.CutSuffix(gap, ", ")
	if !ok || !plainNounPhrase(noun) {
		return false
	}
	for _, f := range parts {
		if !plainNounPhrase(phraseAfter(text, f.Span.End)) {
			return false // "1,034 were boys and 406 were girls": clauses, not kinds
		}
	}
	return ownPluralNoun(text, total, parts)
}

// plainNounPhrase reports one to four words with no mark, digit, verb or
// preposition: "bulk carriers", "offshore supply vessels".
func plainNounPhrase(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(s, ",;:()0123456789") {
		return false
	}
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "were", "was", "are", "is", "had", "have", "has", "who", "that", "which", "in", "from", "of", "for", "at", "to", "by", "on":
			return false
		}
	}
	return true
}

// phraseAfter returns the words after byte i of text up to the next mark
// or "and".
func phraseAfter(text string, i int) string {
	rest := text[i:min(len(text), i+60)]
	if j := strings.IndexAny(rest, ",;:.()"); j >= 0 {
		rest = rest[:j]
	}
	if j := strings.Index(rest, " and "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// nounAfter returns the last word, lower-cased, of the noun phrase right
// after byte i of text: up to four words, ended by a mark or "and" ("six
// container feeders, …" gives "feeders").
func nounAfter(text string, i int) string {
	last := ""
	for k, w := range strings.Fields(text[i:min(len(text), i+60)]) {
		if k == 4 || w == "and" || w == "or" || w == "with" {
			break
		}
		clean := strings.ToLower(strings.TrimRight(w, ",.;:)"))
		last = clean
		if clean != strings.ToLower(w) {
			break // a mark ends the phrase
		}
	}
	return last
}

// apposedNoun reports whether gap is only the total's own noun, one or two
// words of its key, and a comma: the list that follows is set beside the
// total as its parts.
func apposedNoun(gap, key string) bool {
	noun, ok := strings.CutSuffix(gap, ", ")
	ws := strings.Fields(noun)
	if !ok || len(ws) == 0 || len(ws) > 2 || strings.ContainsAny(noun, ",;:()0123456789") {
		return false
	}
	for _, w := range ws {
		if prepositionWord(strings.ToLower(w)) {
			return false
		}
	}
	k := claims.NormalizeKey(noun)
	return k != "" && nounPhraseOf(noun, key)
}

// andClosedList returns first and the amounts of rest that follow it one by
// one as a list (see listGapWide), and whether an "and" closes the list.
func andClosedList(text string, first *claims.Fact, rest []*claims.Fact) ([]*claims.Fact, bool) {
	parts := []*claims.Fact{first}
	for _, f := range rest {
		last := parts[len(parts)-1]
		if f.Span.Start < last.Span.End || !listGapWide(text[last.Span.End:f.Span.Start]) {
			break
		}
		parts = append(parts, f)
		if strings.Contains(text[last.Span.End:f.Span.Start], " and ") {
			return parts, true
		}
	}
	return parts, false
}

// listGapWide reports whether s joins two listed counts of a with-phrase:
// the earlier count's words (at most four: "dead in Bingöl"), then ", " or
// " and ", and no other clause.
func listGapWide(s string) bool {
	s = abbrevDot.ReplaceAllString(s, "$1 ") // "20 at St. Charles Borromeo Hospital": a name's abbreviation, no sentence end
	if strings.ContainsAny(s, ";:().0123456789") {
		return false
	}
	i := strings.LastIndex(s, ", ")
	j := strings.LastIndex(s, " and ")
	cut := max(i, j)
	if cut < 0 {
		return false
	}
	tail := s[cut:]
	tail = strings.TrimPrefix(strings.TrimPrefix(tail, ", "), " and ")
	tail = strings.TrimPrefix(tail, "and ")
	if strings.TrimSpace(tail) != "" {
		return false
	}
	ws := strings.Fields(s[:cut])
	return len(ws) <= 4 || len(ws) <= 6 && placeName(ws)
}

// abbrevDot matches the short abbreviations of place names, with their dot.
var abbrevDot = regexp.MustCompile(`\b(St|Mt|Ft)\. `)

// placeName reports words that are a preposition and a capitalised name: "at
// St Charles Borromeo Teaching Hospital".
func placeName(ws []string) bool {
	if len(ws) < 2 || ws[0] != "at" && ws[0] != "in" {
		return false
	}
	for _, w := range ws[1:] {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// bringsTotal returns where in s, the text between the last part and the
// total, the summing phrase starts (", bringing the total for 2025 to "), or
// -1.
func bringsTotal(s string) int {
	if strings.ContainsAny(s, ";:()") {
		return -1
	}
	ls := strings.ToLower(s)
	for _, v := range []string{" bring to ", " brings to ", " brought to ", " take to ", " takes to ", " took to "} {
		if strings.HasSuffix(ls, v) && !strings.Contains(ls, ",") {
			return len(ls) - len(v) + 1 // "The 13 confirmed dead and 17 missing bring to 32 the number …": the parts are the subject
		}
	}
	for _, v := range []string{"bringing", "taking", "putting", "lifting", "pushing"} {
		i := strings.Index(ls, ", "+v+" ")
		if i < 0 {
			continue
		}
		ws := strings.Fields(ls[i+len(v)+3:])
		if len(ws) < 3 || ws[len(ws)-1] != "to" {
			return -1
		}
		switch ws[0] {
		case "the", "its", "their":
			ws = ws[1:]
		default:
			return -1
		}
		switch ws[0] {
		case "combined", "overall", "grand", "annual":
			ws = ws[1:]
		}
		if len(ws) > 1 && (ws[0] == "death" || ws[0] == "casualty") && ws[1] == "toll" {
			ws = ws[1:] // "bringing the death toll to 21"
		}
		if len(ws) == 0 || ws[0] != "total" && ws[0] != "toll" && ws[0] != "tally" || len(ws) > 6 {
			return -1
		}
		return i + 2
	}
	return -1
}

// checkOfThatTotal checks a breakdown that opens by pointing back at the total
// of the sentence before ("Nationwide, 99.2 percent of the 1,150,000
// candidates passed. Of that total, the north accounted for 452,000
// candidates, the central region for 281,000 and the south for the remaining
// 398,000"): the largest amount of that sentence in the parts' unit. Unless the
// last part is "the remaining" or "the rest", the parts may name only some of
// the total, and only a near miss is reported. It reports whether the
// sentence is such a breakdown.
func checkOfThatTotal(p *Pass, earlier [][]*claims.Fact, levels []*claims.Fact) bool {
	if len(earlier) == 0 || len(levels) < 2 {
		return false
	}
	text := levels[0].Doc.Text
	sent := levels[0].Sentence
	lead := strings.TrimLeft(strings.ToLower(text[sent.Start:min(sent.End, sent.Start+30)]), " \n\"'“")
	var before []*claims.Fact
	noun, ok := ofTheLead(lead)
	breakdown := false
	if !ok {
		// "According to a district-wise breakdown …, eight deaths were
		// recorded in Jacobabad, six in Larkana, …": the breakdown of the
		// count the first part names, told before.
		noun, breakdown = breakdownOf(text, sent.Start, levels[0])
		ok = breakdown
	}
	partitive := false
	if !ok {
		// "Portoviejo accounted for 19 of the dead, Chone for 14, …": the
		// first part takes its share of the dead counted before.
		noun, ok = partitiveNoun(text, levels[0])
		partitive = ok
	}
	remainder := !ok && !partOfTheTotal(text, levels[0]) && remainingLast(text, levels)
	if !ok && (partOfTheTotal(text, levels[0]) || remainder) {
		// "Education takes €168 million of the total, transport €74
		// million …": the nearest earlier sentence with an amount of
		// the parts' unit holds the total.
		for _, fs := range earlier {
			for _, f := range fs {
				if f.Quantity.Unit == levels[0].Quantity.Unit && !f.Prior && !precededBy(f, "from") && f.Quantity.Value > levels[0].Quantity.Value {
					before = append(before, f) // "rose 11.5 percent from 1.51 million tonnes": last year's, no total
				}
			}
			if len(before) > 0 {
				break
			}
		}
		if len(before) == 0 || levels[0].Quantity.Unit == "percent" && !remainder {
			return false // "31 percent of the total": shares of a whole of 100, not of a percentage told before
		}
		if remainder && levels[0].Quantity.Unit == "percent" && len(before) >= 2 {
			return false // "… 31 percent, … 24 percent and … 19 percent. Japan … 14 percent, … the remaining 4 percent": shares of one whole go on
		}
		ok, noun = true, "-"
	}
	switch {
	case noun == "-":
	case !ok:
		return false
	case noun == "":
		before = earlier[0] // "Of that total,": the sentence just before
		if n := thatNoun(lead); n != "" {
			// "Of that kernel, 870 tonnes were exported": the kernel the
			// sentence before counts, not its largest figure, when it names it.
			var named []*claims.Fact
			nk := claims.NormalizeKey(n)
			for _, f := range before {
				if nk != "" && slices.Contains(strings.Fields(f.Key), nk) {
					named = append(named, f)
				}
			}
			if len(named) > 0 {
				before = named
			}
		}
	default:
		// "Of the dead, eight were in …": the nearest count of the dead.
		for _, fs := range earlier {
			for _, f := range fs {
				if countsOf(f.Key, noun) {
					before = append(before, f)
				}
			}
			if len(before) > 0 {
				break
			}
		}
	}
	parts := []*claims.Fact{levels[0]}
	for _, f := range levels[1:] {
		if f.Quantity.Unit != parts[0].Quantity.Unit {
			return false
		}
		if f.Quantity.Value*10 < parts[0].Quantity.Value && (precededBy(f, "in") || precededBy(f, "at") || precededBy(f, "across")) {
			continue // "1,840 in three Buddhist temples": a count inside a part's label
		}
		from := parts[len(parts)-1].Span.End
		if len(parts) == 1 {
			from += ofTheTotalLen(text, parts[0]) // "₹520 crore of the total down to the unit itself, ₹190 crore to …"
			if n, ok := partitiveNoun(text, parts[0]); ok {
				from += len(" of the ") + len(n) // "six of the deaths, Bidbid four"
			}
		}
		j := listJoint(text, from, f.Span.Start)
		if j == "" {
			return false
		}
		parts = append(parts, f)
		if j == "and" {
			break
		}
	}
	if last := parts[len(parts)-1]; len(parts) < len(levels) {
		// "…, with the remaining €101 million spread across culture": the
		// rest closes the list after its "and".
		next := levels[len(parts)]
		if gap := strings.ToLower(textOf(last.Doc, last.Span.End, next.Span.Start)); next.Quantity.Unit == last.Quantity.Unit &&
			len(gap) < 60 && strings.HasSuffix(gap, "the remaining ") && !strings.ContainsAny(gap, ";:()0123456789") {
			parts = append(parts, next)
		}
	}
	if partitive {
		for _, f := range levels[len(parts):] {
			if f.Quantity.Unit == parts[0].Quantity.Unit {
				return false // "…, while two people died in Galle and one in Matara": more parts than the list holds
			}
		}
	}
	var total *claims.Fact
	for _, f := range before {
		if f.Quantity.Unit == parts[0].Quantity.Unit && (total == nil || f.Quantity.Value > total.Quantity.Value) {
			total = f
		}
	}
	if total == nil || len(parts) < 2 {
		return false
	}
	if remainder {
		// "…, with the Métropole covering the remaining €247 million": the
		// parts close a total told before, which must be near their sum.
		sum := 0.0
		for _, f := range parts {
			sum += f.Quantity.Value
		}
		if len(parts) < 3 || total.Quantity.Value < 0.8*sum || total.Quantity.Value > 1.25*sum {
			return false
		}
	}
	last := parts[len(parts)-1]
	rest := strings.ToLower(text[max(sent.Start, last.Span.Start-20):last.Span.Start])
	complete := breakdown || strings.Contains(rest, "remaining") || strings.Contains(rest, "the rest")
	if _, verbs, ok := strings.Cut(lead, " "); ok && strings.HasPrefix(lead, "the ") {
		if _, after, ok := strings.Cut(verbs, " "); ok {
			verb, _, _ := strings.Cut(after, " ")
			complete = complete || wholeVerb(verb) // "comprise" names every part
		}
	}
	if len(parts) < len(levels) {
		// "Room revenue accounted for 5.08 billion baht of the total, food
		// and beverage for 2.54 billion baht and spa, events and other
		// services for 0.84 billion baht": labels with their own "and" end
		// the list late; every amount of the unit after the first may be a part.
		all := quantity.Interval{}
		for _, f := range levels {
			if f.Quantity.Unit == parts[0].Quantity.Unit && f.Span.Start >= parts[0].Span.Start {
				all.Lo, all.Hi = all.Lo+f.Quantity.Interval.Lo, all.Hi+f.Quantity.Interval.Hi
			}
		}
		eps := 1e-9 * all.Hi // float sums: 5.08 + 2.54 + 0.84 billion is 8.46 billion
		all.Lo, all.Hi = all.Lo-eps, all.Hi+eps
		if total.Quantity.Interval.Overlaps(all) {
			return true
		}
	}
	reportFrame(p, frame{total: total, parts: parts, list: parts[0].Span.Start, nearOnly: !complete}, nil)
	return true
}

// partOfTheTotal reports an amount followed by "of the total" ("takes
// €168 million of the total,"): the first part of a total stated before.
func partOfTheTotal(text string, f *claims.Fact) bool {
	return ofTheTotalLen(text, f) > 0
}

// remainingLast reports a sentence whose last amount is "the remaining" one
// ("…, with the Métropole de Lyon covering the remaining €247 million") and
// that holds at least three amounts of its unit: the shares of a whole.
func remainingLast(text string, levels []*claims.Fact) bool {
	last := levels[len(levels)-1]
	before := strings.ToLower(text[max(last.Sentence.Start, last.Span.Start-16):last.Span.Start])
	if !strings.HasSuffix(before, "the remaining ") && !strings.HasSuffix(before, "the other ") {
		return false
	}
	n := 0
	for _, f := range levels {
		if f.Quantity.Unit == last.Quantity.Unit {
			n++
		}
	}
	return n >= 3
}

// ofTheTotalLen returns the length of " of the total" (or " of that total")
// right after f, 0 when none follows: "put ₹520 crore of the total down to …".
func ofTheTotalLen(text string, f *claims.Fact) int {
	rest := strings.ToLower(text[f.Span.End:min(len(text), f.Span.End+20)])
	for _, p := range []string{" of the total", " of that total", " of them", " of whom"} { // "2,310 of them were staying at …"
		if strings.HasPrefix(rest, p) && len(rest) > len(p) && (rest[len(p)] == ',' || rest[len(p)] == ' ') {
			return len(p)
		}
	}
	return 0
}

// partitiveNoun returns the noun of "of the dead" or "of the deaths" right
// after a first part ("accounted for 19 of the dead,"), and whether one
// follows: the part is a share of that noun's count, told before.
func partitiveNoun(text string, f *claims.Fact) (string, bool) {
	rest := strings.ToLower(text[f.Span.End:min(len(text), f.Span.End+30)])
	rest, ok := strings.CutPrefix(rest, " of the ")
	if !ok {
		return "", false
	}
	noun, after, ok := strings.Cut(rest, ",")
	if !ok || noun == "" || noun == "total" || strings.ContainsAny(noun, " 0123456789") || after == "" || after[0] != ' ' {
		return "", false
	}
	return noun, true
}

// thatNoun returns the noun of a lead "of that X," ("kernel"), "" for any
// other lead.
func thatNoun(lead string) string {
	for _, d := range []string{"of that ", "of this ", "of those ", "of these "} {
		if rest, ok := strings.CutPrefix(lead, d); ok {
			if noun, _, ok := strings.Cut(rest, ","); ok && noun != "total" && !strings.ContainsAny(noun, " 0123456789") {
				return noun
			}
		}
	}
	return ""
}

// ofTheLead reads the opening of a breakdown that points back at a total:
// "of that total," (noun "") or "of the dead," and "the dead include" (noun
// "dead").
func ofTheLead(lead string) (string, bool) {
	for _, l := range []string{"of that total,", "of this total,", "of the total,", "of these,", "of them,", "of those,"} {
		if strings.HasPrefix(lead, l) {
			return "", true
		}
	}
	for _, d := range []string{"of that ", "of this ", "of those ", "of these "} {
		// "Of that area, 8,200 hectares were pine forest, …": the whole the
		// sentence before gave, by one noun.
		if rest, ok := strings.CutPrefix(lead, d); ok {
			if noun, _, ok := strings.Cut(rest, ","); ok && noun != "" && !strings.ContainsAny(noun, " 0123456789") {
				return "", true
			}
		}
	}
	if rest, ok := strings.CutPrefix(lead, "the "); ok {
		// "The dead include 11 women, five children and three men": the
		// dead the sentence before counted.
		noun, rest, _ := strings.Cut(rest, " ")
		verb, _, _ := strings.Cut(rest, " ")
		switch verb {
		case "include", "included", "includes", "were", "are", "comprise", "comprised":
			switch noun {
			case "dead", "victims", "injured", "missing", "casualties", "survivors", "fatalities":
				return noun, true
			}
		}
		if wholeVerb(verb) && strings.HasSuffix(noun, "s") && len(noun) > 3 {
			return noun, true // "The agreements comprise 14 commercial contracts, …": the agreements counted before
		}
		return "", false
	}
	if rest, ok := strings.CutPrefix(lead, "of "); ok {
		// "Of Thursday's admissions, 402 were in Dhaka North, …": the count
		// of a day or period the sentence before gave, by its noun.
		if when, rest, ok := strings.Cut(rest, "'s "); ok && !strings.Contains(when, " ") && datingWord(when) {
			if noun, _, ok := strings.Cut(rest, ","); ok && noun != "" && !strings.ContainsAny(noun, " 0123456789") {
				return noun, true
			}
		}
	}
	rest, ok := strings.CutPrefix(lead, "of the ")
	if !ok {
		return "", false
	}
	noun, _, ok := strings.Cut(rest, ",")
	if !ok || noun == "" || strings.ContainsAny(noun, " 0123456789") {
		return "", false
	}
	return noun, true
}

// breakdownOf returns the noun of a first part that a sentence calls a
// breakdown before it ("According to a district-wise breakdown shared by
// the health department, eight deaths were recorded in …" → "deaths"), and
// whether it does.
func breakdownOf(text string, from int, first *claims.Fact) (string, bool) {
	if first.Span.Start <= from || first.Span.End >= len(text) {
		return "", false
	}
	before := strings.ToLower(text[from:first.Span.Start])
	if !strings.Contains(before, "breakdown") && !strings.Contains(before, "broken down") && !strings.Contains(before, "break-down") {
		return "", false
	}
	noun, _, _ := strings.Cut(strings.TrimLeft(text[first.Span.End:min(len(text), first.Span.End+40)], " "), " ")
	noun = strings.ToLower(strings.TrimRight(noun, ",;:."))
	if noun == "" || !isLetterByte(noun[0]) {
		return "", false
	}
	return noun, true
}

// wholeVerb reports a verb that lists all the parts of a whole, unlike
// "include".
func wholeVerb(v string) bool {
	return v == "comprise" || v == "comprised" || v == "comprises" || v == "consist" || v == "consisted"
}

// countsOf reports whether a figure's key counts the noun of "of the dead,":
// the noun's stem among its words, or for the dead a death or killing.
func countsOf(key, noun string) bool {
	if v, ok := nounsOfVerbs[noun]; ok {
		noun = v // "Thursday's admissions" counts the patients admitted
	}
	st := stemWord(noun)
	for _, w := range strings.Fields(key) {
		w = strings.TrimPrefix(w, "=")
		if w == noun || w == st || stemWord(w) == st {
			return true
		}
		switch noun {
		case "dead", "deaths", "victims", "fatalities":
			if w == "kill" || w == "death" || w == "dead" || w == "die" || w == "fatal" || w == "toll" {
				return true
			}
		}
	}
	return false
}

// nounsOfVerbs give the verb a count's noun is made from, as keys carry it.
var nounsOfVerbs = map[string]string{"admissions": "admit", "arrivals": "arrive", "arrests": "arrest", "infections": "infect",
	"evacuations": "evacuate", "rescues": "rescue", "recaptures": "recapture", "departures": "depart"}

// datingWord reports a day, month or period a possessive may date a count
// by: "Thursday's admissions", "March's arrivals", "yesterday's rescues".
func datingWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"week", "month", "year", "quarter", "day", "night":
		return true
	}
	return false
}

// perItemTotal returns the amount a list breaks down when the count before
// its colon only says how many parts there are ("in three municipalities:"
// and three parts): the nearest earlier amount of the parts' unit that is as
// large as any part. nil when the count is no such thing.
func perItemTotal(levels []*claims.Fact, t *claims.Fact, parts []*claims.Fact) *claims.Fact {
	if t.Quantity.Unit != "count" {
		return nil
	}
	most := 0.0
	for _, p := range parts {
		most = max(most, p.Quantity.Value)
	}
	if t.Quantity.Value != float64(len(parts)) && !(t.Quantity.Value < most/10 && t.Quantity.Value >= float64(len(parts))) {
		// Nor a count of the places that hold the parts: "6,870, spread over
		// 14 shelters, …: 3,210 in Sikka, 2,460 in Ende and 1,100 in East
		// Flores" breaks down the 6,870, far beyond what 14 could.
		return nil
	}
	var e *claims.Fact
	for _, f := range levels {
		if f != t && f.Span.End <= t.Span.Start && f.Quantity.Unit == parts[0].Quantity.Unit && f.Quantity.Value >= most {
			e = f
		}
	}
	return e
}

// bracketCount matches a count in brackets after a name: "HCM City (four)".
var bracketCount = regexp.MustCompile(`\p{Lu}[\p{L}.'’-]*\s*\(\s*([0-9][0-9,]*|[a-z]+)\s*\)`)

// checkBracketed checks a total broken down by names with their counts in
// brackets: "The 11 deaths were recorded in HCM City (four), Dong Nai (three),
// An Giang (two) and Tay Ninh (one)". Three parts at least, all after the
// total; a selection ("including") is not a breakdown. It reports whether the
// sentence holds such a breakdown.
func checkBracketed(p *Pass, levels []*claims.Fact) bool {
	if checkBracketedAmounts(p, levels) || checkCommaBreakdown(p, levels) || checkPeopleByKind(p, levels) || checkDefiniteBreakdown(p, levels) {
		return true
	}
	var total *claims.Fact
	for _, f := range levels {
		if f.Quantity.Unit == "count" && f.Quantity.Hedge == "" && !f.Quantity.IsRange {
			total = f
			break
		}
	}
	if total == nil || total.Span.Start > 0 && total.Span.End < len(total.Doc.Text) && total.Doc.Text[total.Span.Start-1] == '(' && total.Doc.Text[total.Span.End] == ')' {
		return false // "six provinces: Alberta (26), British Columbia (31), …": the first part, no total
	}
	text := total.Doc.Text
	rest := text[total.Span.End:total.Sentence.End]
	if hasSelection(strings.ToLower(rest)) {
		return false
	}
	ms := bracketCount.FindAllStringSubmatchIndex(rest, -1)
	if len(ms) > 0 && rankedAfter(strings.ToLower(rest[:ms[0][0]])) {
		return false // "Mangochi … with 598 cases, ahead of Machinga (402), Blantyre (335), …": others ranked, no parts
	}
	if len(ms) < 3 {
		return false
	}
	sum, most := 0.0, 0.0
	var parts []string
	for _, m := range ms {
		w := rest[m[2]:m[3]]
		v, ok := numword.Cardinal(w)
		if !ok {
			n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
			if err != nil {
				return false
			}
			v = int(n)
		}
		sum += float64(v)
		most = max(most, float64(v))
		parts = append(parts, QuoteText(rest[capitalisedRunStart(rest, m[0]):m[1]]))
	}
	if most > total.Quantity.Value {
		// A part larger than the count before it is no part of it ("Behind the
		// top two, Jonker (279), Castell (278) and …": scores); the total may
		// close the list instead ("Europe's big three, Russia (268,400), …
		// and Germany (164,900), together sent 755,000 visitors").
		if total = totalClosing(levels, total.Span.End+ms[len(ms)-1][1], most); total == nil {
			return false
		}
	}
	if sum == total.Quantity.Value || oneEachRe.MatchString(rest) {
		return true // "…, and Bangladesh and Taiwan (one each)": parts counted per name
	}
	reportWrittenParts(p, total, Quote(total), parts, sum)
	return true
}

// kindPart matches a count of one kind of people opening a list's part:
// "18 adults", "three children"; or a part that is only a count and a plural
// noun of one or two words ("23 residents", "six firefighters", "two police
// officers"), which after people counted can only be a kind of them.
var (
	kindPart = regexp.MustCompile(`^\s*(?:and\s+)?([0-9][0-9,]*|[a-z]+)\s+(adults?|children|child|women|men|boys|girls|infants|minors|passengers|crew members|foreigners|locals)\b`)
	kindOnly = regexp.MustCompile(`^\s*(?:and\s+)?([0-9][0-9,]*|[a-z]+)\s+(?:[a-z]+\s)?([a-z]+s)\.?\s*$`)
)

// notPeopleKind holds plural nouns a bare count takes that are no kind of
// people: "two days", "three times".
var notPeopleKind = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true, "decades": true, "times": true, "percent": true, "others": true,
	"dozens": true, "hundreds": true, "thousands": true, "millions": true}

// peopleKind matches piece as a count of one kind of people.
func peopleKind(piece string) []string {
	if m := kindPart.FindStringSubmatch(piece); m != nil {
		return m
	}
	m := kindOnly.FindStringSubmatch(piece)
	if m == nil || notPeopleKind[m[2]] {
		return nil
	}
	return m
}

// checkPeopleByKind checks people counted, then told by kind after a comma,
// however the clause runs on before it: "Rescuers have pulled 23 people alive
// from the debris since Thursday, 18 adults and three children" (21). The
// kinds must close with "and" before the sentence's next comma or its end.
func checkPeopleByKind(p *Pass, levels []*claims.Fact) bool {
	for _, t := range levels {
		if t.Quantity.Unit != "count" || t.Quantity.IsRange || t.Quantity.Hedge != "" || !slices.Contains(strings.Fields(t.Key), "people") {
			continue
		}
		text := t.Doc.Text
		rest := text[t.Span.End:t.Sentence.End]
		c := strings.IndexByte(rest, ',')
		if c < 0 || c > 70 || strings.ContainsAny(rest[:c], "0123456789;:()") || hasSelection(strings.ToLower(rest[:c])) {
			continue
		}
		var parts []string
		sum, closed := 0.0, false
		for _, seg := range strings.Split(rest[c+1:], ",") {
			for i, piece := range strings.SplitN(seg, " and ", 2) {
				m := peopleKind(piece)
				if m == nil {
					return false
				}
				v, ok := numword.Cardinal(m[1])
				if !ok {
					n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
					if err != nil {
						return false
					}
					v = int(n)
				}
				sum += float64(v)
				parts = append(parts, QuoteText(strings.TrimRight(strings.TrimSpace(piece), ".")))
				closed = closed || i == 1 || strings.HasPrefix(strings.TrimSpace(piece), "and ")
			}
			if closed {
				break
			}
		}
		if len(parts) < 2 || !closed {
			continue
		}
		if sum != t.Quantity.Value {
			reportWrittenParts(p, t, QuoteText(text[t.Span.Start:t.Span.End+c]), parts, sum)
		}
		return true
	}
	return false
}

// reportWrittenParts reports a total whose parts, read from its text (quoted
// in parts), add up to sum instead.
func reportWrittenParts(p *Pass, total *claims.Fact, quote string, parts []string, sum float64) {
	cmp := "exceed"
	if sum < total.Quantity.Value {
		cmp = "fall short of"
	}
	p.Report(Finding{Claims: ClaimsOf(total), Message: fmt.Sprintf("%s is %s but its parts %s (%s) add up to %s, which %s it",
		quote, FormatNumber(total.Quantity.Value), strings.Join(parts, " + "), Where(total), FormatNumber(sum), cmp)})
}

// capitalisedRunStart extends a name starting at i back over the capitalised
// words before it: "Minh City" → "Ho Chi Minh City".
func capitalisedRunStart(s string, i int) int {
	for i > 1 && s[i-1] == ' ' {
		j := strings.LastIndexAny(s[:i-1], " ,;:(") + 1
		if j >= i-1 || s[j] < 'A' || s[j] > 'Z' {
			break
		}
		i = j
	}
	return i
}

// checkBracketedAmounts checks a total broken down into named parts with their
// amounts in brackets: "The expressway will run for 115 kilometres and has
// been split into three sections: Kisumu to Maseno (27 km), Maseno to Ugunja
// (41 km) and Ugunja to Busia (52 km)". Three parts at least, of the total's
// unit, after it.
func checkBracketedAmounts(p *Pass, levels []*claims.Fact) bool {
	var parts []*claims.Fact
	for _, f := range levels {
		text := f.Doc.Text
		if f.Span.Start > 0 && f.Span.End < len(text) && text[f.Span.Start-1] == '(' && text[f.Span.End] == ')' {
			if len(parts) > 0 && f.Quantity.Unit != parts[0].Quantity.Unit {
				return false
			}
			parts = append(parts, f)
		}
	}
	if len(parts) < 3 || parts[0].Quantity.Unit == "count" || parts[0].Quantity.Unit == "percent" {
		return false // shares in brackets ("… at €215.4 million (29%), …") are of a whole of 100, not of a share told before
	}
	var total *claims.Fact
	for _, f := range levels {
		if f.Span.End < parts[0].Span.Start && f.Quantity.Unit == parts[0].Quantity.Unit && !f.Quantity.IsRange {
			total = f
		}
	}
	if total == nil || hasSelection(strings.ToLower(total.Doc.Text[total.Span.End:parts[0].Span.Start])) {
		return false
	}
	reportFrame(p, frame{total: total, parts: parts, list: parts[0].Span.Start}, nil)
	return true
}

// within reports whether a lies within frac of b.
func within(a, b, frac float64) bool {
	return math.Abs(a-b) <= frac*math.Abs(b)
}

// sameMeasure reports two keys of one measure, whatever their predicates:
// "home =destroy" and "home".
func sameMeasure(a, b string) bool {
	ma, _ := splitPredicate(a)
	mb, _ := splitPredicate(b)
	return ma != "" && ma == mb
}

// casualtyTotal reports a total of casualties whose parts are the dead and the
// injured: "11 people were killed and 61 injured, a total of 78 casualties".
func casualtyTotal(parts []*claims.Fact, t *claims.Fact) bool {
	if m, _ := splitPredicate(t.Key); m != "casualti" {
		return false
	}
	for _, f := range parts {
		if !slices.ContainsFunc(strings.Fields(f.Key), func(w string) bool {
			w = strings.TrimPrefix(w, "=")
			return w == "kill" || w == "dead" || w == "die" || w == "death" || w == "injur" || w == "wound" || w == "hurt"
		}) {
			return false
		}
	}
	return true
}

// totalClosing returns the count after offset from that a word of summing
// leads to ("together sent 755,000", "a total of 41"), at least most; nil
// when there is none.
func totalClosing(levels []*claims.Fact, from int, most float64) *claims.Fact {
	for _, f := range levels {
		if f.Span.Start < from || f.Quantity.Unit != "count" || f.Quantity.IsRange || f.Quantity.Value < most {
			continue
		}
		between := strings.ToLower(f.Doc.Text[from:f.Span.Start])
		for _, w := range []string{"together", "combined", "total", "in all", "between them"} {
			if strings.Contains(between, w) {
				return f
			}
		}
	}
	return nil
}

// leadCount matches a part that opens with its count and a preposition:
// "24 of the 40 mg strength", "three in Hanoi".
var leadCount = regexp.MustCompile(`^\s*(?:and\s+)?([0-9][0-9,]*|[a-z]+)\s+(?:of|in|for|from|at|on)\s`)

// placedLikeParts matches a count's noun placed as its parts are ("people
// from Kiwul"): the count is then one of them.
var placedLikeParts = regexp.MustCompile(`\s(?:of|in|for|from|at|on)\s`)

// checkCommaBreakdown checks a count whose parts follow it after a comma,
// each opening with its own count: "The recall covers 38 batches, 24 of the 40
// mg strength and 16 of the 80 mg". Two parts at least, the last after "and".
func checkCommaBreakdown(p *Pass, levels []*claims.Fact) bool {
	for _, t := range levels {
		if t.Quantity.Unit != "count" || t.Quantity.IsRange || t.Quantity.Hedge != "" {
			continue
		}
		text := t.Doc.Text
		rest := text[t.Span.End:t.Sentence.End]
		c := strings.IndexByte(rest, ',')
		if c < 0 || c > 30 || strings.ContainsAny(rest[:c], "0123456789;:()") || !nounPhraseOf(rest[:c], t.Key) ||
			placedLikeParts.MatchString(rest[:c]) {
			continue // "22 people from Kiwul, 16 from Thimbu": the first of the list, not its total
		}
		var parts []string
		sum, closed := 0.0, false
		for _, seg := range strings.Split(rest[c+1:], ",") {
			for i, piece := range strings.SplitN(seg, " and ", 2) {
				m := leadCount.FindStringSubmatch(piece)
				if m == nil {
					break
				}
				v, ok := numword.Cardinal(m[1])
				if !ok {
					n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
					if err != nil {
						break
					}
					v = int(n)
				}
				sum += float64(v)
				parts = append(parts, QuoteText(strings.TrimSpace(piece)))
				closed = closed || i == 1 || strings.HasPrefix(strings.TrimSpace(piece), "and ")
			}
			if closed || len(parts) == 0 {
				break
			}
		}
		if len(parts) < 2 || !closed {
			continue
		}
		if sum == t.Quantity.Value || hasSelection(strings.ToLower(rest)) {
			return true
		}
		reportWrittenParts(p, t, QuoteText(text[t.Span.Start:t.Span.End+c]), parts, sum)
		return true
	}
	return false
}

// definiteLead matches a sentence that opens with a definite count and a
// verb that lists all of it: "The seven victims were ", "The 12 dead included ".
var definiteLead = regexp.MustCompile(`^(?:The|the) ([a-z]+|[0-9]+) ([a-z]+(?: [a-z]+)?) (?:were|are|comprised|comprise)\s+$`)

// checkDefiniteBreakdown checks a count told only as "the N nouns" (no
// amount of its own, as a definite reference is none) that the sentence
// breaks down: "The seven victims were four residents of Sălcieni, two of
// Movila Albă and two of Iazu Mic" (4 + 2 + 2 = 8). Three counts at least,
// one list closed by "and", right after the verb.
func checkDefiniteBreakdown(p *Pass, levels []*claims.Fact) bool {
	if len(levels) < 3 {
		return false
	}
	first := levels[0]
	text := first.Doc.Text
	if first.Sentence.Start > first.Span.Start {
		return false
	}
	m := definiteLead.FindStringSubmatch(strings.TrimLeft(text[first.Sentence.Start:first.Span.Start], " \n\"'“"))
	if m == nil {
		return false
	}
	total, ok := numword.Cardinal(m[1])
	if !ok {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			return false
		}
		total = n
	}
	parts, closed := andClosedList(text, first, levels[1:])
	if len(parts) < 3 || !closed || total < 2 {
		return false
	}
	sum := 0.0
	for _, f := range parts {
		if f.Quantity.Unit != "count" || f.Quantity.IsRange {
			return false
		}
		sum += f.Quantity.Value
	}
	if sum == float64(total) {
		return true
	}
	cmp := "exceed"
	if sum < float64(total) {
		cmp = "fall short of"
	}
	quote := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[0]), strings.Fields(m[0])[len(strings.Fields(m[0]))-1]))
	p.Report(Finding{Claims: ClaimsOf(parts...), Message: fmt.Sprintf("%s is %d but its parts %s (%s) add up to %s, which %s it",
		QuoteText(quote), total, strings.Join(labelled(text, parts[0].Span.Start, parts), " + "), Where(parts[0]), FormatNumber(sum), cmp)})
	return true
}

// hasSelection reports whether lower-cased text names only some of a total.
func hasSelection(s string) bool {
	for _, m := range selectionMarks {
		for from := 0; ; {
			i := strings.Index(s[from:], m)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || !isLetterByte(s[i-1]) {
				return true // a whole word: "compiled by" holds no "led by"
			}
			from = i + 1
		}
	}
	return false
}

// tailOf reports whether s is " of their " (or "of the", "of its") between the
// last part of a list and its total.
func tailOf(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "of their", "of the", "of its", "of his", "of her":
		return true
	}
	return false
}

// outOfTail reports the words after a last clause part that lead to the
// whole it is out of: "were still missing out of the" (at most four words
// of its clause before "out of the").
func outOfTail(s string) bool {
	lead, ok := strings.CutSuffix(strings.ToLower(strings.TrimSpace(s)), "out of the")
	return ok && len(strings.Fields(lead)) <= 4 && !strings.ContainsAny(lead, ",;:()0123456789")
}

// totalGap reports whether s leads from the last listed count to the total
// they make: its noun, then "for a total of", ", a total of", "making a total
// of" ("95 bronzes for a total of 264").
func totalGap(s string) bool {
	ws := withoutMonthIn(strings.Fields(strings.ReplaceAll(s, ",", " , ")))
	for i := range ws {
		ws[i] = strings.ToLower(ws[i])
	}
	if len(ws) > 0 && ws[0] != "," && ws[0] != "for" && ws[0] != "a" {
		ws = ws[1:] // the last part's noun
	}
	if k := slices.Index(ws, ","); k > 0 && k <= 2 {
		ws = ws[k:] // the last part's verb: "31,000 were spoiled, for a total of"
	}
	if len(ws) > 0 && ws[0] == "," {
		ws = ws[1:]
	}
	if len(ws) > 0 {
		switch ws[0] {
		case "for", "making", "bringing", "giving", "with":
			ws = ws[1:]
		}
	}
	if n := len(ws); n >= 4 && n <= 5 && ws[0] == "a" && ws[n-2] == "total" && ws[n-1] == "of" {
		// "for a six-under-par total of 280", "a combined total of": one or
		// two words that say what kind of total.
		for _, w := range ws[1 : n-2] {
			if w == "," || strings.ContainsAny(w, "0123456789") && !strings.Contains(w, "-") {
				return false
			}
		}
		return true
	}
	return strings.Join(ws, " ") == "a total of"
}

// withoutMonthIn drops the month a listed part is dated to, "in April",
// from the words that follow it.
func withoutMonthIn(ws []string) []string {
	if len(ws) >= 2 && ws[0] == "in" && isMonthName(ws[1]) {
		return ws[2:]
	}
	return ws
}

// isMonthName reports a month's name, capitalised.
func isMonthName(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}

// listGap reports whether s joins two listed counts: the earlier count's noun,
// a comma or "and", then at most one word (", drew ", " and lost ", " golds, ",
// " silvers and ").
func listGap(s string) bool {
	if strings.ContainsAny(s, ";:().") {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(s, ",", " , "))
	if len(ws) > 0 && ws[0] != "," && ws[0] != "and" && ws[0] != "in" {
		ws = ws[1:] // the earlier count's noun
	}
	ws = withoutMonthIn(ws) // "2.12 million in January, 1.97 million in February"
	joined := false
	for len(ws) > 0 && (ws[0] == "," || ws[0] == "and") {
		ws, joined = ws[1:], true
	}
	return joined && len(ws) <= 1
}

// ofFrameLead reports whether the words before a total open an "Of the X," frame:
// "Of", "Out of", then at most four determiners or possessives ("Of the
// quarter's", "Of their", "Out of all the").
func ofFrameLead(lead string) bool {
	ws := strings.Fields(strings.ToLower(lead))
	if len(ws) > 0 && ws[0] == "out" {
		ws = ws[1:]
	}
	if len(ws) == 0 || ws[0] != "of" || len(ws) > 5 {
		return false
	}
	if n := len(ws); n >= 3 && n <= 5 && ws[n-1] == "of" {
		// "Of total revenue of 14.6 billion baht, …": the whole named, then its amount.
		for _, w := range ws[1 : n-1] {
			if strings.ContainsAny(w, "0123456789,;:()") {
				return false
			}
		}
		return true
	}
	for _, w := range ws[1:] {
		switch w {
		case "the", "its", "their", "his", "her", "our", "all", "a", "total", "of", "these", "those", "this":
		default:
			if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'") {
				return false
			}
		}
	}
	return true
}

// rankedAfter reports words that set what follows beside a figure rather
// than under it: "ahead of", "followed by", "behind", "compared with".
func rankedAfter(s string) bool {
	for _, w := range []string{"ahead of", "followed by", "behind", "compared with", "compared to", "than"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// complementaryParts reports two parts whose words split any whole in two
// ("11 were adults and 6 were children", "12 were plant employees and five
// were contractors"): a list of both sides leaves nothing unsaid, so a
// shortfall is as wrong as an excess.
func complementaryParts(text string, parts []*claims.Fact) bool {
	if len(parts) != 2 {
		return false
	}
	side := func(f *claims.Fact) string {
		after := strings.Fields(strings.ToLower(text[f.Span.End:min(len(text), f.Span.End+40)]))
		for i, raw := range after {
			w := strings.Trim(raw, ",.;:")
			if i == 0 && (w == "were" || w == "was" || w == "are" || w == "is") {
				continue
			}
			if k := complementSide[w]; k != "" {
				return k // "were adults", "were workers employed by contractors"
			}
			if i >= 4 || w == "and" || w == "or" || w != raw {
				break
			}
		}
		return ""
	}
	a, b := side(parts[0]), side(parts[1])
	return a != "" && b != "" && a != b && a[1:] == b[1:]
}

// complementSide names each word of a pair that splits a whole in two by its
// side and pair: "+age" for adults, "-age" for children.
var complementSide = map[string]string{
	"adults": "+age", "adult": "+age", "children": "-age", "child": "-age", "minors": "-age",
	"men": "+sex", "women": "-sex", "male": "+sex", "female": "-sex", "boys": "+kid", "girls": "-kid",
	"employees": "+staff", "employee": "+staff", "contractors": "-staff", "contractor": "-staff",
	"passengers": "+crew", "passenger": "+crew", "crew": "-crew",
	"nationals": "+nation", "locals": "+nation", "foreigners": "-nation", "foreign": "-nation",
	"domestic": "+home", "international": "-home",
}

// wholeShares reports percentage parts in a sentence other than their
// total's that make 100 with "the remaining" share: an owner's split of a
// whole, which a percentage paragraphs away ("ran at 91 percent of
// capacity") does not total.
func wholeShares(fr frame) bool {
	last := fr.parts[len(fr.parts)-1]
	if fr.total.Sentence == last.Sentence || last.Quantity.Unit != "percent" || fr.total.Quantity.Unit != "percent" {
		return false
	}
	sum := 0.0
	for _, f := range fr.parts {
		if f.Quantity.Unit != "percent" {
			return false
		}
		sum += f.Quantity.Value
	}
	before := strings.ToLower(textOf(last.Doc, max(last.Sentence.Start, last.Span.Start-16), last.Span.Start))
	return math.Abs(sum-100) < 0.5 && strings.Contains(before, "remaining")
}

// totalPerSame reports a total told for each of the thing its parts are told
// per ("200,000 taka per family and the government 100,000 taka, bringing
// the total for each family to 350,000 taka"): amounts of one unit, which
// add up as any do.
func totalPerSame(fr frame, unit string) bool {
	if unit == "" || fr.phrase.End <= fr.phrase.Start {
		return false
	}
	phrase := strings.ToLower(fr.total.Doc.Text[fr.phrase.Start:fr.phrase.End])
	return strings.Contains(phrase, "for each "+unit) || strings.Contains(phrase, "per "+unit) || strings.Contains(phrase, "for every "+unit)
}
