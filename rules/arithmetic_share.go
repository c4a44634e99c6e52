package rules

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// checkShares finds "A of B ..., or P%" and "Of the B ..., A, or P%" in a sentence
// and checks A/B against P.
func checkShares(p *Pass, fs []*claims.Fact) {
	for i := 0; i+2 < len(fs); i++ {
		x, y, pc := fs[i], fs[i+1], fs[i+2]
		if !isLevel(x) || !isLevel(y) || pc.Quantity.Unit != "percent" || x.Quantity.Unit != y.Quantity.Unit || x.Quantity.Unit == "percent" {
			continue
		}
		text := x.Doc.Text
		if amongBetween(text, x.Span.End, y.Span.Start) && rateWords(text, y.Span.End, pc.Span.Start) {
			checkShare(p, x, y, pc) // "15 deaths among 691 cases gives a fatality rate of about 3.2 per cent"
			continue
		}
		if !appositive(text, y.Span.End, pc.Span.Start) {
			continue
		}
		switch {
		case ofBetween(text, x.Span.End, y.Span.Start):
			checkShare(p, x, y, pc) // "40 of 200 firms, or 20%"
		case ofLeads(text, x.Sentence.Start, x.Span.Start) && clauseBetween(text, x.Span.End, y.Span.Start):
			checkShare(p, y, x, pc) // "Of the 200 firms surveyed, 40, or 20%"
		}
	}
	// "40 per cent of the 400 billion riel fund, or 180 billion riel": the
	// share, its whole, then the part in apposition.
	for i := 0; i+2 < len(fs); i++ {
		pc, y, x := fs[i], fs[i+1], fs[i+2]
		if !isLevel(x) || !isLevel(y) || pc.Quantity.Unit != "percent" || x.Quantity.Unit != y.Quantity.Unit || x.Quantity.Unit == "percent" {
			continue
		}
		if text := x.Doc.Text; wholeAfter(text, pc.Span.End, y.Span.Start) && partApposed(text, y.Span.End, x.Span.Start) {
			checkShare(p, x, y, pc)
		}
	}
	// "US$24.6 billion, or about 52% of the US$58.5 billion", "a combined 52.7
	// GW, make up about 60% of the country's 104.3 GW": the share stands
	// between its part and its whole.
	for i := 0; i+2 < len(fs); i++ {
		x, pc, y := fs[i], fs[i+1], fs[i+2]
		if !isLevel(x) || !isLevel(y) || pc.Quantity.Unit != "percent" || x.Quantity.Unit != y.Quantity.Unit || x.Quantity.Unit == "percent" {
			continue
		}
		if shareJoint(x.Doc.Text, x.Span.End, pc.Span.Start) && wholeAfter(x.Doc.Text, pc.Span.End, y.Span.Start) {
			checkShare(p, x, y, pc)
		}
	}
	// "moved 238 patients out of four wards, about 70 percent of the 412
	// patients": the part is the figure before the share that counts the
	// whole's noun, with other figures between.
	for i := 1; i+1 < len(fs); i++ {
		pc, y := fs[i], fs[i+1]
		if pc.Quantity.Unit != "percent" || !isLevel(y) || y.Quantity.Unit != "count" || !wholeAfter(y.Doc.Text, pc.Span.End, y.Span.Start) ||
			!strings.HasSuffix(strings.TrimSpace(y.Doc.Text[fs[i-1].Span.End:pc.Span.Start]), ",") {
			continue
		}
		noun := textnorm.Stem(firstWordAfter(y.Doc.Text, y.Span.End))
		for j := i - 1; j >= 0; j-- {
			x := fs[j]
			if x.Quantity.Unit == "percent" || strings.ContainsAny(x.Doc.Text[x.Span.End:pc.Span.Start], ";:") ||
				j == i-1 && shareJoint(x.Doc.Text, x.Span.End, pc.Span.Start) {
				break // "X, or 25% of Y" is checked above
			}
			if isLevel(x) && x.Quantity.Unit == "count" && noun != "" && textnorm.Stem(firstWordAfter(x.Doc.Text, x.Span.End)) == noun {
				checkShare(p, x, y, pc)
				break
			}
		}
	}
	// "The United States alone took $1.21 billion, about 43 percent of the
	// total": the total stands in a sentence before.
	for i := 0; i+1 < len(fs); i++ {
		x, pc := fs[i], fs[i+1]
		if !isLevel(x) || pc.Quantity.Unit != "percent" || x.Quantity.Unit == "percent" || x.Quantity.Value <= 0 ||
			x.Quantity.Hedge != "" && x.Quantity.Hedge != "about" || !ofTheTotal(x.Doc.Text, x.Span.End, pc) {
			// "children under five account for 68 percent of all cases": a bound, an age, is no part
			continue
		}
		if wholeFollows(fs, x, pc) {
			continue // "VND18,900 billion, about 78 per cent of total operating income of VND24,200 billion": checked above
		}
		if y := earlierTotal(p, x, pc); y != nil {
			checkShare(p, x, y, pc)
		}
	}
}

// wholeFollows reports an amount of x's unit that a share names as its whole
// right after it in the sentence ("about 78 per cent of total operating
// income of VND24,200 billion").
func wholeFollows(fs []*claims.Fact, x, pc *claims.Fact) bool {
	for _, y := range fs {
		if y.Span.Start > pc.Span.End && y.Quantity != nil && y.Quantity.Unit == x.Quantity.Unit && wholeAfter(x.Doc.Text, pc.Span.End, y.Span.Start) {
			return true
		}
	}
	return false
}

// ofTheTotal reports "X, about P percent of the total": the share right
// after its part, and "of the total" (or "of all shipments") right after it.
func ofTheTotal(text string, xEnd int, pc *claims.Fact) bool {
	if pc.Span.Start < xEnd || strings.TrimSpace(text[xEnd:pc.Span.Start]) != "," && !shareJoint(text, xEnd, pc.Span.Start) {
		return false // "$1.21 billion, about 43 percent", "31.9 billion baht, made up about 88%"
	}
	rest := strings.ToLower(text[pc.Span.End:min(len(text), pc.Span.End+14)])
	return strings.HasPrefix(rest, " of the total") || strings.HasPrefix(rest, " of all ") || strings.HasPrefix(rest, " of revenue") ||
		strings.HasPrefix(rest, " of total ") || strings.HasPrefix(rest, " of sales") || ownedWhole(text, pc) != ""
}

// ownedWhole returns the stemmed noun of a whole an owner's possessive names
// right after a share ("about 35 per cent of the region's output" → "output"),
// "" when none.
func ownedWhole(text string, pc *claims.Fact) string {
	ws := strings.Fields(strings.ToLower(text[pc.Span.End:min(len(text), pc.Span.End+60)]))
	if len(ws) < 4 || ws[0] != "of" || ws[1] != "the" || !strings.HasSuffix(ws[2], "'s") && !strings.HasSuffix(ws[2], "’s") {
		return ""
	}
	noun := strings.TrimRight(ws[3], ".,;:")
	if noun == "" || noun == ws[3] || strings.ContainsFunc(noun, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return "" // the whole is one noun that ends its phrase: "of the region's output."
	}
	return textnorm.Stem(noun)
}

// wholeNamed reports whether an earlier amount can be the whole a share
// names after it: any for "of the total", one measuring revenue or sales for
// "of revenue", "of sales".
func wholeNamed(text string, pc, g *claims.Fact) bool {
	rest := strings.ToLower(text[pc.Span.End:min(len(text), pc.Span.End+14)])
	switch {
	case strings.HasPrefix(rest, " of revenue"):
		return strings.Contains(g.Key, "revenu") || strings.Contains(g.Key, "sale")
	case strings.HasPrefix(rest, " of sales"):
		return strings.Contains(g.Key, "sale") || strings.Contains(g.Key, "revenu")
	}
	if noun := ownedWhole(text, pc); noun != "" {
		return slices.Contains(strings.Fields(g.Key), noun) // "of the region's output": an earlier output
	}
	return true
}

// earlierTotal returns the total a share "of the total" takes from the
// sentences before: the largest earlier amount of the part's unit and
// period in its document, neither a plan nor a prior level ("up from $2.73
// billion"); nil when there is none, or when any such earlier amount, pledged
// too, makes the share right: that one may be the total meant.
func earlierTotal(p *Pass, x, pc *claims.Fact) *claims.Fact {
	var total *claims.Fact
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != x.Doc || g.Span.End > x.Sentence.Start || g.Quantity == nil || g.Quantity.Unit != x.Quantity.Unit ||
			!wholeNamed(x.Doc.Text, pc, g) || !isLevel(g) || g.Prior || precededBy(g, "from") || x.Period != "" && g.Period != x.Period ||
			g.Quantity.Value <= x.Quantity.Value {
			continue
		}
		share := x.Quantity.Value / g.Quantity.Value * 100
		stated := pc.Quantity.Interval
		if share >= stated.Lo-1.5 && share <= stated.Hi+1.5 {
			// An earlier amount the share fits, pledged or far larger as it
			// may be ("over 14.8 million" arrivals for "248,100 …, 1.4% of
			// the total"): that one is meant.
			return nil
		}
		if g.Plan || g.Quantity.Value > 20*x.Quantity.Value {
			continue
		}
		if total == nil || g.Quantity.Value > total.Quantity.Value {
			total = g // the largest: a total holds its parts
		}
	}
	return total
}

// shareJoint reports whether a part and the share after it are joined as one
// claim: ", or", ", make up", "accounting for", a few words without a number.
func shareJoint(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 50 {
		return false
	}
	if j := strings.TrimSpace(text[from:to]); j == "," || yearThenComma(j) {
		// "1,140 billion dong, roughly 12% of the company's 14,250 billion",
		// "1.12 million TEUs in 2025, about 43% of …": an apposition
		return true
	}
	j := text[from:to]
	if y, rest, ok := strings.Cut(strings.TrimSpace(j), ","); ok && yearThenComma(y+",") {
		j = "," + rest // "€428 million in 2025, or 78 percent of …": the year dates the part
	}
	if strings.ContainsAny(j, ";:()0123456789") {
		return false
	}
	s := " " + strings.ToLower(j) + " "
	for _, j := range []string{" or ", " make up ", " makes up ", " made up ", " account for ", " accounts for ", " accounted for ",
		" accounting for ", " represent ", " represents ", " represented ", " representing "} {
		if strings.Contains(s, j) {
			return true
		}
	}
	return false
}

// yearThenComma reports a joint "in 2025," between an amount and its share.
func yearThenComma(j string) bool {
	y, ok := strings.CutPrefix(j, "in ")
	if !ok {
		return false
	}
	y, ok = strings.CutSuffix(y, ",")
	return ok && len(y) == 4 && (y[0] == '1' || y[0] == '2') && strings.Trim(y, "0123456789") == ""
}

// wholeAfter reports whether only "of" and the whole's determiners stand
// between a share and the amount after it: "of the", "of the country's", or
// the whole's name between two "of"s ("of group revenue of").
func wholeAfter(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 48 || strings.ContainsAny(text[from:to], ",;:()0123456789") {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[from:to]))
	if len(ws) >= 3 && len(ws) <= 6 && ws[0] == "of" && ws[len(ws)-1] == "of" {
		return true // "14% of group revenue of 48,620 million pesos"
	}
	return len(ws) >= 1 && len(ws) <= 3 && ws[0] == "of"
}

// checkShare reports when a of b is not the stated percentage pc, with pc taken
// as rounded to its last written digit.
func checkShare(p *Pass, a, b, pc *claims.Fact) {
	av, bv := a.Quantity.Interval, b.Quantity.Interval
	if bv.Lo <= 0 {
		return
	}
	share := widenEps(quantity.Interval{Lo: av.Lo / bv.Hi * 100, Hi: av.Hi / bv.Lo * 100})
	stated := pc.Quantity.Interval
	if stated.Lo == stated.Hi {
		r := rounding(written(pc.Quantity), modePercent)
		stated.Lo, stated.Hi = stated.Lo-r, stated.Hi+r
	}
	if share.Overlaps(stated) {
		return
	}
	msg := fmt.Sprintf("%s of %s is %s%%, not %s (%s/%s)", Quote(a), Quote(b),
		FormatNumber(roundTo(written(a.Quantity)/written(b.Quantity)*100, 1)), Quote(pc),
		FormatNumber(written(a.Quantity)), FormatNumber(written(b.Quantity)))
	p.Report(Finding{Message: msg, Claims: ClaimsOf(pc, a, b)})
}

// ofLeads reports whether the base opens its sentence or clause with "Of" ("Of
// the 60 communes, ...", "Out of all 200 firms, ...", "Of its 1,150 staff, ...").
func ofLeads(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to {
		return false
	}
	lead := text[from:to]
	if i := strings.LastIndexAny(lead, ",;:"); i >= 0 {
		lead = lead[i+1:]
	}
	return ofFrameLead(lead) // "Of the", "Of its", "Of the group's", "Out of all"
}

// clauseBetween reports whether the base's phrase ends with a comma right before
// the count: "200 firms surveyed, 40", "60 communes, wards and towns, 54" (a few
// words, then the comma; never across a sentence or a colon).
func clauseBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 60 {
		return false
	}
	between := strings.TrimSpace(text[from:to])
	return strings.HasSuffix(between, ",") && !strings.ContainsAny(between, ";:.()")
}

// ofBetween reports whether only "of" or "out of" (with "the") joins a count to
// its base.
func ofBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 24 {
		return false
	}
	w := strings.Join(strings.Fields(strings.ToLower(text[from:to])), " ")
	switch w {
	case "of", "of the", "out of", "out of the", "of all", "of a total of":
		return true
	}
	// "58 of the team's 88": a possessive owner between the article and the total
	ws := strings.Fields(w)
	return len(ws) == 3 && ws[0] == "of" && ws[1] == "the" && (strings.HasSuffix(ws[2], "'s") || strings.HasSuffix(ws[2], "’s"))
}

// amongBetween reports a count's noun and "among" (or "out of") joining it
// to its base: "15 deaths among 691 cases".
func amongBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 30 {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[from:to]))
	n := len(ws)
	switch {
	case n == 2 && ws[1] == "among", n == 3 && ws[1] == "out" && ws[2] == "of":
		return !strings.ContainsAny(ws[0], ",;:()0123456789")
	}
	return false
}

// rateWords reports the words between a base and a rate of it: the base's
// noun, a verb and "a … rate of" ("cases gives a case fatality rate of about").
func rateWords(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 60 || strings.ContainsAny(text[from:to], ",;:()0123456789") {
		return false
	}
	return strings.Contains(strings.ToLower(text[from:to]), " rate of")
}

// partApposed reports the whole's noun (three words at most) then ", or"
// before the part: "fund, or 180 billion riel".
func partApposed(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 40 {
		return false
	}
	head, rest, ok := strings.Cut(text[from:to], ",")
	if !ok || strings.ContainsAny(head, ";:()0123456789") || len(strings.Fields(head)) > 3 {
		return false
	}
	w := strings.Fields(strings.ToLower(rest))
	return len(w) >= 1 && len(w) <= 2 && w[0] == "or" // ", or", ", or about"
}

// appositive reports whether the percentage restates the share right after the
// base: ", or 25%", "(25%)", ", accounting for 25%".
func appositive(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to || to-from > 40 {
		return false
	}
	w := " " + strings.Join(strings.Fields(strings.ToLower(text[from:to])), " ") + " "
	for _, m := range []string{" or ", "(", " accounting for ", " equal to ", " representing ", " i.e. ", " some ", " about "} {
		if strings.Contains(w, m) {
			return true
		}
	}
	return false
}

// roundTo rounds v to n decimals.
func roundTo(v float64, n int) float64 {
	p := 1.0
	for i := 0; i < n; i++ {
		p *= 10
	}
	if v < 0 {
		return -float64(int64(-v*p+0.5)) / p
	}
	return float64(int64(v*p+0.5)) / p
}

// convText returns the span text of a fact and its conversion, for
// quoting: "14.83 trillion VND (563.71 million USD)".
func convText(f *claims.Fact) string {
	start, end := f.Span.Start, f.Span.End
	c := f.Quantity.Conversion
	if c.Start >= 0 && c.Start < start {
		start = c.Start
	}
	if c.End > end {
		end = c.End
	}
	if end < len(f.Doc.Text) && f.Doc.Text[end] == ')' {
		end++
	}
	if start < 0 || end > len(f.Doc.Text) || start > end {
		return factText(f)
	}
	return f.Doc.Text[start:end]
}

// checkThatShare checks a share a sentence opening with "That" or "This"
// gives the amount of the sentence before it, of a whole it names itself:
// "Production … rose to 67,500 ounces …. That made Kestrel Creek the
// third-largest of the company's four mines, accounting for about 26 per cent
// of total first-quarter production of 312,400 ounces" (21.6%). The sentence
// before holds one amount of the whole's unit, smaller than the whole.
func checkThatShare(p *Pass, earlier [][]*claims.Fact, fs []*claims.Fact) {
	if len(earlier) == 0 || len(fs) < 2 {
		return
	}
	text := fs[0].Doc.Text
	lead := strings.Fields(strings.ToLower(textOf(fs[0].Doc, fs[0].Sentence.Start, min(fs[0].Sentence.End, fs[0].Sentence.Start+12))))
	if len(lead) == 0 || lead[0] != "that" && lead[0] != "this" {
		return
	}
	prev := earlier[0]
	if prev[0].Sentence.End > fs[0].Sentence.Start || strings.TrimSpace(text[prev[0].Sentence.End:fs[0].Sentence.Start]) != "" {
		return // "That" points to the sentence right before, across a paragraph break at most
	}
	for i := 0; i+1 < len(fs); i++ {
		pc, y := fs[i], fs[i+1]
		if pc.Quantity.Unit != "percent" || pc.Quantity.Kind == quantity.Change || !isLevel(y) || y.Quantity.Unit == "percent" ||
			!wholeAfter(text, pc.Span.End, y.Span.Start) {
			continue
		}
		var x *claims.Fact
		for _, f := range prev {
			if !isLevel(f) || f.Prior || f.Quantity.Unit != y.Quantity.Unit || f.Quantity.Value >= y.Quantity.Value || f.Quantity.Value <= 0 {
				continue
			}
			if x != nil {
				return // two amounts before: which one the share is of, the text does not say
			}
			x = f
		}
		if x != nil {
			checkShare(p, x, y, pc)
		}
		return
	}
}

// firstWordAfter returns the word right after byte i, lower-cased and without
// its marks ("patients," gives "patients"), "" when a number or none follows.
func firstWordAfter(text string, i int) string {
	ws := strings.Fields(text[i:min(len(text), i+40)])
	if len(ws) == 0 {
		return ""
	}
	w := strings.ToLower(strings.Trim(ws[0], ",.;:()\"'"))
	if w == "" || strings.ContainsAny(w, "0123456789") {
		return ""
	}
	return w
}
