package rules

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// Arithmetic flags figures that should add up and do not: parts against their
// total, a percentage against its count and base, and currency conversions whose
// exchange rates disagree.
func Arithmetic() *Rule {
	return &Rule{
		ID:       "arithmetic",
		Title:    "figures do not add up",
		Severity: Warning,
		Run:      runArithmetic,
		Doc: `Checks the arithmetic a text implies, with hedged figures as intervals:

Parts and total: two or more amounts joined by "and" in one sentence whose keys
refine the key of a total ("22 domestic and 9 foreign firms" against "nearly 30
firms") must add up to it. The total is taken from the parts' own sentence, else
from the sentence just before; a figure further back is another measure. Parts
that exceed the total are always flagged, a hedged total too ("nearly 30" is at
most 30); parts that fall short are flagged unless the sentence says they are a
selection ("including", "among them", "such as").

Framed breakdowns: a list after a colon or after "Of the X," is read as the
parts of the total the sentence frames. "12,400 adults: 7,300 women and 5,400
men" (only the total's noun phrase before the colon) takes the amounts listed as
its parts whatever their nouns; after a clause ("95,000 children have had a
dose: 52,000 children in towns and ...") each part must refine the total, whose
predicate applies to them; in "83 of the 150 seats: 62 for A and 19 for B" the
parts break down the 83. Items may carry short labels and gapped verbs ("won 26,
drew 6 and lost 4", "memory for USD 1.55 billion"). A selection word turns the
check off. After "Of the X," the rest may go unsaid, so a shortfall is flagged
only when the parts miss by less than a tenth; so too for three or more counts
whose last takes the total ("won 24, drew 6 and lost 5 of their 34 matches").
Other breakdowns read the same way: parts closed by ", bringing the total to T"
(judged only when they come within a fifth of T: far below, they are news added
to an older total); a total whose parts follow its comma, each opening with its
count ("38 batches, 24 of the 40 mg strength and 16 of the 80 mg"); names with
their counts or amounts in brackets ("The 11 deaths were recorded in HCM City
(four), Dong Nai (three) …", "115 kilometres … Kisumu to Maseno (27 km), …");
and a sentence opening "Of that total," or "Of the dead," that breaks down the
nearest earlier total of that kind (exactly when its last part is "the
remaining" one). A count before a colon that only says how many parts follow
("in three municipalities: 610 in A, 340 in B and 250 in C") hands the
breakdown to the amount before it. A breakdown over sentences that a remainder
closes ("Total output reached 23.4 million tonnes. Central Anatolia led with 8.1
million tonnes, ahead of … 4.6 million and … 3.2 million. The remaining four
regions together contributed 6.9 million tonnes") must add up to its total.
Shares in one sentence that "the remaining" share completes ("A will own 65
percent, B 30 percent and C the remaining 10 percent") may not exceed 100%.
A total followed at once by "comprises",
"consists of", "is made up of" or "includes" and its parts ("Rs 610 billion
includes Rs 410 billion for schools, Rs 150 billion for universities and Rs 70
billion for vocational training") is a breakdown too; after "includes" only
parts that exceed the total are reported.

Both sides of a whole: after "Of the X," two parts that split any whole in two
("11 were adults and 6 were children", "12 were employees and five were
contractors") leave nothing unsaid, so a shortfall is flagged as an excess is.

Net flows: a level moved in one sentence by what was added and taken away
("opened 24 stores and closed 7, bringing its network to 318 from 304") must
follow: 304 + 24 − 7 = 321. Both directions must be told.

A result's margin: "won 38-33, a seven-point margin" must be 38 − 33 = 5 (one
score in the sentence; margins during the match, "trailing by four goals", are
not results).

Percentage of a count: "40 of 200 firms, or 25%" and "Of the 200 firms surveyed,
40, or 25%" must satisfy 40/200 = 20%, with the percentage taken as rounded to its
last written digit.

From and to: a change stated beside the two levels it joins ("rose from 12,400
to 18,500 hectares, an increase of 25%") must match them: 18,500/12,400 − 1 is
+49%. A change "from" an earlier level whose new level the document gave before
under the same measure ("liquid bulk for 70.2 million" … "Liquid bulk rose 8.5
percent from 66.1 million tonnes") is checked against that level.

Margins: "a margin of", "a majority of" or "a lead of" after the two figures it
separates ("121,384 votes against 109,027 …, a margin of 13,357") must be their
difference. A gap in seconds told between two finishing times ("won in 26:41.3,
8.4 seconds ahead of Holmqvist, who crossed the line in 26:48.7") must be their
difference to its last written digit.

Products: a unit price ("about $310 million each", "$310 million per vessel",
"30,000 soles to the family of each of the 24 people killed") times its count
must make the total the same sentence gives it ("account for roughly $5.1
billion", "a total of 620,000 soles", "$4.3 billion, or about $310 million per
vessel"), with the amounts listed between them added (3% for rounding). A
total that is not named as one, or that lies beyond half to double the product,
is left alone: it sums more than these items.

Conversions: an amount given in two currencies ("14.83 trillion VND (563.71
million USD)") implies an exchange rate; a rate further than the conversion
tolerance (default 5%) from the median rate of the same currency pair in sources
of the same year is flagged, and so is a conversion that misses the rate stated
in its own brackets ("THB 41.2 billion (about USD 1.5 billion at 34 baht to the
dollar)" implies 27.5 baht) or beside it ("VND 12.6 trillion, or roughly USD 530
million at the central bank's rate of VND 26,250 per dollar"; "€38 million is
worth about R$253 million at R$6.20 to the euro"), the rate given either way
round. A sentence with one amount in each currency before the rate is checked
the same way however far apart they stand ("18.5 billion pesos over three
years, a bill converted to roughly $21 million using a rate of 940 pesos per
dollar"). Against its own rate a conversion may be off by no more than the
rounding its written digits allow (at least 1%, at most 3%): "$310 million
(about Tk 3,872 crore at Tk 122 to the dollar)" is good to 2%, and 2.3% off.
Formats do not matter: "4,200 billion" and "4.2 trillion" are the same
number.

Bad:
    Nearly 30 firms took part: 22 domestic firms and 9 foreign firms.
    The trial enrolled 2,600 patients: 1,500 smokers and 1,200 non-smokers.
    Of the 200 firms surveyed, 40 firms, or 25%, plan to expand.

Good:
    Over 30 firms took part: 22 domestic firms and 9 foreign firms.
    The trial enrolled 2,700 patients: 1,500 smokers and 1,200 non-smokers.
    Of the 200 firms surveyed, 40 firms, or 20%, plan to expand.

Severity warning: a sum or rate that does not work out is usually a typo or a
figure from another year; check the source of each figure.`,
	}
}

func runArithmetic(p *Pass) {
	bySentence := map[sentenceKey][]*claims.Fact{}
	changes := map[sentenceKey][]*claims.Fact{}
	for _, f := range p.Index.Kind(claims.KindChange) {
		if f.Quantity != nil && f.Doc != nil && validInterval(f.Quantity.Interval) {
			k := sentenceKey{f.Doc, f.Sentence}
			changes[k] = append(changes[k], f)
		}
	}
	var order []sentenceKey
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Quantity == nil || f.Doc == nil || !validInterval(f.Quantity.Interval) {
			continue
		}
		k := sentenceKey{f.Doc, f.Sentence}
		if _, ok := bySentence[k]; !ok {
			order = append(order, k)
		}
		bySentence[k] = append(bySentence[k], f)
	}
	for i, k := range order {
		var earlier [][]*claims.Fact // the sentences with figures before k, nearest first
		for j := i - 1; j >= 0 && j >= i-6 && order[j].doc == k.doc && order[j].s.Start < k.s.Start; j-- {
			earlier = append(earlier, bySentence[order[j]])
		}
		if checkOfThatTotal(p, earlier, bySentence[k]) {
			// "Of that total, the north accounted for …": broken down above
		} else if !checkFramed(p, bySentence[k], changes[k]) && !checkSumInAll(p, bySentence[k]) && !checkTrailingShares(p, bySentence[k]) {
			checkParts(p, withMoreCounts(bySentence[k], changes[k]))
		}
		checkShares(p, bySentence[k])
		checkProducts(p, bySentence[k])
		checkUnitPrices(p, earlier, bySentence[k])
		checkRemainingPercent(p, bySentence[k])
		checkOrTotal(p, bySentence[k])
		checkRemainder(p, earlier, bySentence[k], changes[k])
		if !checkNamedBreakdown(p, earlier, bySentence[k]) {
			checkPlaceBreakdown(p, earlier, bySentence[k])
		}
		checkFromTo(p, bySentence[k], changes[k])
		checkNetFlows(p, bySentence[k])
		checkDifference(p, bySentence[k], changes[k])
		checkMargin(p, bySentence[k])
		checkScoreMargin(p, bySentence[k])
		checkTimeGap(p, bySentence[k])
		checkPerYear(p, bySentence[k])
		checkLifeTotal(p, earlier, bySentence[k])
		checkThatMarks(p, earlier, bySentence[k], changes[k])
		checkFromEarlierLevel(p, earlier, bySentence[k], changes[k])
		checkThatShare(p, earlier, bySentence[k])
	}
	checkConversions(p)
}

// sentenceKey identifies a sentence of a document.
type sentenceKey struct {
	doc *claims.Document
	s   claims.Span
}

// partOfTotal returns the figure of fs told as a part of total t right
// before it ("93,000 of the half's 412,000"), nil when none is.
func partOfTotal(fs []*claims.Fact, t *claims.Fact) *claims.Fact {
	for _, f := range fs {
		if f == t || f.Quantity == nil || f.Quantity.Unit != t.Quantity.Unit || f.Span.End >= t.Span.Start || t.Span.Start-f.Span.End > 30 {
			continue
		}
		between := strings.ToLower(f.Doc.Text[f.Span.End:t.Span.Start])
		if strings.HasPrefix(between, " of the ") && !strings.ContainsAny(between, ",;") {
			return f
		}
	}
	return nil
}

// selectionMarks say that the parts named are some, not all, of the total.
var selectionMarks = []string{"including", "includes", "include", "among them", "among which", "such as", "of which", "of whom", "for example", "e.g.", "notably", "led by"}

// checkParts finds parts joined by "and" in one sentence and compares their sum
// with their total (see totalFor).
func checkParts(p *Pass, fs []*claims.Fact) {
	parts := partsIn(fs)
	if len(parts) > 0 {
		parts = withoutSubParts(parts[0].Doc.Text, parts) // "Norway collecting seven, three of them gold": the three are among the seven
	}
	if len(parts) < 2 {
		return
	}
	sum := sumOf(parts)
	if t := totalFor(p, parts); t != nil {
		if f := partOfTotal(fs, t); f != nil {
			// "The Nyiregyhaza plant built 93,000 of the half's 412,000
			// bicycles, while … 201,000 and … 118,000": a part told with
			// the total it belongs to.
			sum.Lo, sum.Hi = sum.Lo+f.Quantity.Interval.Lo, sum.Hi+f.Quantity.Interval.Hi
		}
		tv := t.Quantity.Interval
		if otherClause(parts[len(parts)-1], t) && otherClause(parts[0], t) {
			return // "faced 27 shots and stopped all but two, while Brekke made 30 saves on 34 shots": another goalkeeper's
		}
		if tv.Overlaps(sum) || precededBy(t, "from") || netFlows(parts) {
			return // "opened 14 stores and closed three, taking the network up from 203": a level before, no total
		}
		for _, f := range parts {
			if t.Quantity.Unit == "count" && f.Quantity.Interval.Lo > tv.Hi {
				return // "four mills …: Long Xuyen (81,000), …": a part larger than the whole is no part of it
			}
		}
		short := sum.Hi < tv.Lo || (sum.Hi == tv.Lo && (sum.HiOpen || tv.LoOpen))
		if short && selection(parts[0]) {
			return
		}
		var qs []string
		for _, f := range parts {
			qs = append(qs, Quote(f))
		}
		cmp := "exceed"
		if short {
			cmp = "fall short of"
		}
		msg := fmt.Sprintf("%s is %s but its parts %s (%s) add up to %s, which %s it",
			Quote(t), sumText(tv), strings.Join(qs, " + "), Where(parts[0]), sumText(sum), cmp)
		p.Report(Finding{Message: msg, Claims: ClaimsOf(append([]*claims.Fact{t}, parts...)...)})
	}
}

// sumOf adds the intervals of the amounts fs: the sum is open at an end where
// any of them is.
func sumOf(fs []*claims.Fact) quantity.Interval {
	sum := quantity.Interval{}
	for _, f := range fs {
		iv := f.Quantity.Interval
		k := eachOf(f) // "€5,000 for each of the three other finalists": three parts of €5,000
		sum.Lo += iv.Lo * k
		sum.Hi += iv.Hi * k
		sum.LoOpen = sum.LoOpen || iv.LoOpen
		sum.HiOpen = sum.HiOpen || iv.HiOpen
	}
	// 4.1 + 2.3 is 6.3999999999999995 in binary: a sum of written decimals is
	// exact to far fewer digits than a float carries.
	sum.Lo, sum.Hi = roundSignificant(sum.Lo), roundSignificant(sum.Hi)
	return sum
}

// roundSignificant rounds x to twelve significant digits.
func roundSignificant(x float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	if err != nil {
		return x
	}
	return r
}

// eachOfRe reads the count after a part given per item: "for each of the
// three other finalists", "to each of 12 schools".
var eachOfRe = regexp.MustCompile(`^\s+(?:for|to)\s+each\s+of\s+(?:the\s+)?(?:(?:other|remaining)\s+)?([0-9]+|[a-z]+)\b`)

// eachOf returns how many times a part counts: the number of "for each of
// the three …" after it, else 1.
func eachOf(f *claims.Fact) float64 {
	if f.Doc == nil {
		return 1
	}
	after := textOf(f.Doc, f.Span.End, min(f.Span.End+80, f.Sentence.End))
	m := eachOfRe.FindStringSubmatch(after[:min(len(after), 50)])
	if m == nil {
		if eachForTwo.MatchString(after) {
			return 2 // "US$20,000 each for beaten semi-finalists England and Hong Kong": two shares
		}
		return 1
	}
	if n, ok := numword.Cardinal(m[1]); ok && n > 1 {
		return float64(n)
	}
	if n, err := strconv.Atoi(m[1]); err == nil && n > 1 {
		return float64(n)
	}
	return 1
}

// eachForTwo matches "each for" and two names joined by "and" that end
// the sentence or a clause: "each for beaten semi-finalists England and
// Hong Kong, China".
var eachForTwo = regexp.MustCompile(`^\s+each\s+(?:for|to)\s+(?:[a-z-]+\s+){0,3}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+\p{Lu}[\p{L}'’-]*)?\s*[.;]?\s*$`)

// partsIn returns the amounts of a sentence that read as parts: same unit and
// head, distinct keys, consecutive ones joined by "and" or a comma.
func partsIn(fs []*claims.Fact) []*claims.Fact {
	var parts []*claims.Fact
	for _, f := range fs {
		if !isLevel(f) && !moreAfterAnd(f, parts) || f.Key == "" {
			continue
		}
		if len(parts) > 0 && nounInAll(f) {
			break // "22 rooms were gutted and 35 more were damaged by smoke and water, 67 rooms in all": the total, no part
		}
		if len(parts) > 0 {
			prev := parts[len(parts)-1]
			if prev.Quantity.Unit != f.Quantity.Unit || claims.Head(prev.Key) != claims.Head(f.Key) && !moreAfterAnd(f, parts) ||
				prev.Key == f.Key || !joined(f.Doc.Text, prev.Span.End, f.Span.Start) && !parallelNouns(f.Doc.Text, prev, f) {
				if len(parts) >= 2 {
					break
				}
				parts = parts[:0]
			}
		}
		parts = append(parts, f)
	}
	return parts
}

// nounInAll reports an amount its noun and "in all" (or "in total") close:
// "67 rooms in all".
func nounInAll(f *claims.Fact) bool {
	after := strings.Fields(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+30, f.Sentence.End))))
	return len(after) >= 3 && after[1] == "in" && (strings.TrimRight(after[2], ",.;") == "all" || strings.TrimRight(after[2], ",.;") == "total")
}

// withMoreCounts adds to a sentence's amounts its counts told as "N more",
// in text order, for checkParts to take as parts (see moreAfterAnd).
func withMoreCounts(fs, changes []*claims.Fact) []*claims.Fact {
	var more []*claims.Fact
	for _, c := range changes {
		if c.Quantity.Unit == "count" && c.Span.End+6 <= len(c.Doc.Text) && strings.HasPrefix(c.Doc.Text[c.Span.End:], " more ") {
			more = append(more, c)
		}
	}
	if len(more) == 0 {
		return fs
	}
	out := append(append([]*claims.Fact{}, fs...), more...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// moreAfterAnd reports a count told as "N more" right after "and" and a part
// of its unit: "22 rooms were gutted and 35 more were damaged" adds a part.
func moreAfterAnd(f *claims.Fact, parts []*claims.Fact) bool {
	if f.Kind != claims.KindChange || f.Quantity == nil || f.Quantity.Unit != "count" || len(parts) == 0 {
		return false
	}
	prev := parts[len(parts)-1]
	if prev.Quantity.Unit != "count" || f.Span.End+5 > len(f.Doc.Text) || !strings.HasPrefix(f.Doc.Text[f.Span.End:], " more ") {
		return false
	}
	between := strings.ToLower(textOf(f.Doc, prev.Span.End, f.Span.Start))
	return strings.HasSuffix(between, " and ") && !strings.ContainsAny(between, ",;:0123456789") && len(strings.Fields(between)) <= 6
}

// joined reports whether the text between two amounts joins them as a list.
func joined(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 40 {
		return false
	}
	between := " " + strings.ToLower(text[from:to]) + " "
	return strings.Contains(between, " and ") || strings.TrimSpace(between) == ","
}

// parallelNouns reports two amounts listed each with its noun, a comma
// between them: "1,023 gold medals, 797.5 silver medals and …". The words
// between (one to three) must be words of the first amount's key, and the word
// after the second one of its own ("Of the 73 injured, 41 were admitted" is a
// total and a part).
func parallelNouns(text string, a, b *claims.Fact) bool {
	return nounThenComma(text[a.Span.End:b.Span.Start], a.Key) &&
		slices.Contains(strings.Fields(b.Key), stemWord(firstWord(text[b.Span.End:b.Sentence.End])))
}

// nounThenComma reports whether between is one to three words of key and a
// comma.
func nounThenComma(between, key string) bool {
	b := strings.TrimSpace(between)
	if !strings.HasSuffix(b, ",") || len(b) > 40 {
		return false
	}
	ws := strings.Fields(strings.TrimSuffix(b, ","))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	inKey := strings.Fields(key)
	for _, w := range ws {
		if !slices.Contains(inKey, stemWord(w)) {
			return false
		}
	}
	return true
}

// isTotalOf reports whether t is a total the parts could break down: an amount of
// the same document, not one of them, whose key every part refines.
func isTotalOf(t *claims.Fact, parts []*claims.Fact) bool {
	if !isLevel(t) || t.Doc != parts[0].Doc {
		return false
	}
	// "All 42 people on board are accounted for: 19 were killed and 22
	// injured": accounting for them is having every part.
	key := strings.TrimSuffix(t.Key, " =account")
	n := len(strings.Fields(key))
	for _, f := range parts {
		if f == t || f.Quantity.Unit != t.Quantity.Unit || !refines(f.Key, key) || len(strings.Fields(f.Key)) <= n {
			return false
		}
	}
	return true
}

// refines reports whether a part's key narrows a total's: the same head and every
// word of the total's key ("domestic firm" and "firm", "children in urban" and
// "children"). KeysMatch is no help here: it keeps parts ("foreign runners") apart
// from their whole on purpose.
func refines(part, total string) bool {
	return claims.Head(part) != "" && claims.Head(part) == claims.Head(total) && wordsIn(total, part)
}

// selection reports whether the sentence of f names only some of the total.
func selection(f *claims.Fact) bool {
	if f.Sentence.Start < 0 || f.Sentence.End > len(f.Doc.Text) || f.Sentence.Start >= f.Sentence.End {
		return false
	}
	return hasSelection(strings.ToLower(f.SentenceText()))
}

// paragraphOf returns the paragraph (text between blank lines) holding s.
func paragraphOf(text string, s claims.Span) claims.Span {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return s
	}
	start := strings.LastIndex(text[:s.Start], "\n\n")
	if start < 0 {
		start = 0
	}
	end := strings.Index(text[s.End:], "\n\n")
	if end < 0 {
		end = len(text)
	} else {
		end += s.End
	}
	return claims.Span{Start: start, End: end}
}

// sumText writes a sum: the number when exact, else its interval.
func sumText(iv quantity.Interval) string {
	if iv.Lo == iv.Hi {
		return FormatNumber(iv.Lo)
	}
	return FormatInterval(iv)
}

// netFlows reports parts told by verbs that add and take away ("after
// opening 64 and closing 19", "hired 300 and laid off 120"): a change of a
// level, whose parts are no breakdown of the level they leave.
func netFlows(parts []*claims.Fact) bool {
	in, out := false, false
	for _, f := range parts {
		switch flowSign(f) {
		case 1:
			in = true
		case -1:
			out = true
		}
	}
	return in && out
}

// flowSign is +1 for a figure told by a verb that adds to a level ("opening
// 64", "hired 300"), -1 for one that takes away ("closing 19", "laid off
// 120"), 0 for any other.
func flowSign(f *claims.Fact) int {
	sign, _ := flowVerb(f)
	return sign
}

// flowVerb is flowSign with the verb that tells it.
func flowVerb(f *claims.Fact) (int, string) {
	before := strings.Fields(strings.ToLower(f.Doc.Text[max(f.Sentence.Start, f.Span.Start-24):f.Span.Start]))
	if len(before) == 0 {
		return 0, ""
	}
	w := before[len(before)-1]
	if (w == "a" || w == "the" || w == "another") && len(before) > 1 {
		w = before[len(before)-2]
	}
	switch w {
	case "opening", "opened", "opens", "adding", "added", "adds", "hiring", "hired", "hires", "gaining", "gained", "gains", "recruited", "recruiting", "acquired", "acquiring", "launched", "launching":
		return 1, w
	case "closing", "closed", "closes", "shutting", "shut", "shuts", "cutting", "cut", "cuts", "losing", "lost", "loses", "selling", "sold", "sells", "retired", "retiring", "scrapped", "scrapping", "off":
		return -1, w
	}
	return 0, ""
}

// checkNetFlows checks a level moved by what was added and taken away in one
// sentence: "opened 24 stores and closed 7, bringing its network to 318 from
// 304" needs 304 + 24 − 7 = 321. Both directions must be told (a level
// moved by openings alone may have lost some unsaid), and every figure must
// be a count of whole things.
func checkNetFlows(p *Pass, fs []*claims.Fact) {
	var from, to *claims.Fact
	var flows []*claims.Fact
	in, out := 0.0, 0.0
	for _, f := range fs {
		q := f.Quantity
		if q.Unit != "count" || q.IsRange || q.Hedge != "" || q.Value != math.Trunc(q.Value) {
			continue
		}
		switch sign := flowSign(f); {
		case sign > 0:
			in += q.Value
			flows = append(flows, f)
		case sign < 0:
			out += q.Value
			flows = append(flows, f)
		case precededBy(f, "from"):
			if from != nil {
				return
			}
			from = f
		case precededBy(f, "to"):
			if to != nil {
				return
			}
			to = f
		}
	}
	if from == nil || to == nil || in == 0 || out == 0 || from.Span.Start < to.Span.Start && !strings.Contains(textOf(from.Doc, to.Span.End, from.Span.Start), " from ") {
		return
	}
	want := from.Quantity.Value + in - out
	if want == to.Quantity.Value {
		return
	}
	var terms []string
	for _, f := range flows {
		sign, verb := flowVerb(f)
		op := "+"
		if sign < 0 {
			op = "−"
		}
		terms = append(terms, fmt.Sprintf("%s %s %s", op, FormatNumber(f.Quantity.Value), verb))
	}
	p.Report(Finding{Claims: ClaimsOf(append([]*claims.Fact{to, from}, flows...)...), Message: fmt.Sprintf(
		"%s (%s) does not follow from %s and what was added and taken away: %s %s = %s, not %s",
		Quote(to), Where(to), Quote(from), FormatNumber(from.Quantity.Value), strings.Join(terms, " "), FormatNumber(want), FormatNumber(to.Quantity.Value))})
}
