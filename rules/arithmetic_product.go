package rules

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numword"
)

// productSlack is how far a stated total may miss count × unit price and
// still be that product, rounded: "17 carriers … $4.3 billion, or about $253
// million per vessel" is exact to the hundred million.
const productSlack = 0.03

// perItemRe matches the words after an amount that make it a price of one
// item: " each", " apiece", " per vessel", " a share".
var perItemRe = regexp.MustCompile(`^\s*(?:each\b|apiece\b|a piece\b|per\s+([a-z]+)|a\s+(share|head|unit|vehicle|vessel|ship|aircraft|plane|jet))`)

// measureEachRe matches a measure given per item after a figure: "dwt
// each", " each", "tonnes apiece".
var measureEachRe = regexp.MustCompile(`^\s*(?:[a-z]+\s+)?(?:each|apiece)\b`)

// eachOfTheRe matches a count the amount is given to each of: "to the family
// of each of the 24 people killed".
// toEachRe matches the one each amount is paid to: "to the family of each
// victim", "for every household".
var toEachRe = regexp.MustCompile(`^\s*(?:to|for)\s+(?:the\s+(?:family|families|relatives|household|next\s+of\s+kin)\s+of\s+)?(?:each|every)\s+([a-z]+)\b`)

var eachOfTheRe = regexp.MustCompile(`^\s*(?:for|to)\s+(?:the\s+(?:family|families|relatives|household|households)\s+of\s+)?each\s+of\s+(?:the\s+)?(?:(?:other|remaining)\s+)?([0-9][0-9,]*|[a-z]+)\b`)

// checkProducts reports a total that is not its count times the unit price
// the same sentence gives: "At a list price of about $310 million each, the
// 15 wide-bodies alone account for roughly $5.1 billion" (15 × 310 million =
// 4.65 billion). The count is the one "each of" names, or the sentence's one
// count of items; the total is the amount of the price's unit nearest the
// product, and is compared only when it lies within half to double of it
// (further off, it is a sum of more than these items).
func checkProducts(p *Pass, fs []*claims.Fact) {
	for _, a := range fs {
		if a.Quantity == nil || !isLevel(a) || a.Quantity.Value <= 0 || a.Doc == nil {
			continue
		}
		eachBefore := eachBeforeRe.MatchString(strings.ToLower(textOf(a.Doc, max(a.Sentence.Start, a.Span.Start-40), a.Span.Start)))
		if !currencyUnit(a.Quantity.Unit) && (!eachBefore || !measureUnit(a.Quantity.Unit)) {
			continue // "four pumps, each able to move 450 cubic metres an hour": a measure per item
		}
		after := textOf(a.Doc, a.Span.End, min(a.Span.End+80, a.Sentence.End))
		m := perItemRe.FindStringSubmatch(strings.ToLower(after))
		paidEach := "" // "4 lakh rupees to the family of each victim": a sum for one victim
		if m == nil {
			if e := toEachRe.FindStringSubmatch(strings.ToLower(after)); e != nil {
				m, paidEach = []string{e[0], e[1], ""}, e[1]
			}
		}
		n, countText := 0.0, ""
		if e := eachOfTheRe.FindStringSubmatch(strings.ToLower(after)); e != nil {
			n, countText = cardinal(e[1]), e[1]
		} else if e := eachOfBeforeRe.FindStringSubmatch(strings.ToLower(textOf(a.Doc, max(a.Sentence.Start, a.Span.Start-80), a.Span.Start))); e != nil {
			// "each of the 13 bereaved families would receive 150,000 cedis"
			n, countText = cardinal(e[1]), e[1]
		}
		if m == nil && n == 0 && !eachBefore {
			continue
		}
		var count *claims.Fact
		if n == 0 {
			noun := ""
			if m != nil {
				noun = m[1] + m[2]
			}
			count = itemCount(fs, a, noun)
			if count == nil || paidEach != "" && !countsEach(count, paidEach) {
				continue // "$15,000 to each losing semi-finalist" beside "the top four": not the ones paid
			}
			n, countText = count.Quantity.Value, count.Text()
		}
		if n < 2 || n != math.Trunc(n) {
			continue
		}
		total, ratio := (*claims.Fact)(nil), 0.0
		for _, t := range fs {
			if t == a || t.Quantity == nil || t.Quantity.Unit != a.Quantity.Unit || !isLevel(t) || t.Quantity.Value <= a.Quantity.Value ||
				t.Prior || perItemRe.MatchString(strings.ToLower(textOf(t.Doc, t.Span.End, min(t.Span.End+20, t.Sentence.End)))) ||
				!totalled(t) && !restatedPer(t, a) || closedTotal(t) && t.Span.Start < a.Span.Start {
				continue // one more amount of a list of prizes, not the items' total
			}
			r := t.Quantity.Value / (n * a.Quantity.Value)
			if total == nil || math.Abs(math.Log(r)) < math.Abs(math.Log(ratio)) {
				total, ratio = t, r
			}
		}
		if total == nil || ratio < 0.5 || ratio > 2 {
			continue
		}
		// Amounts listed between the price and the total are parts of it too:
		// "₱60,000 each for two category titles and the ₱45,000 award, a haul
		// of ₱175,000" (2 × 60,000 + 45,000).
		var extra []*claims.Fact
		lo, hi := n*a.Quantity.Interval.Lo, n*a.Quantity.Interval.Hi
		for _, f := range fs {
			if f != a && f != total && f.Quantity != nil && f.Quantity.Unit == a.Quantity.Unit && isLevel(f) &&
				f.Span.Start > min(a.Span.End, total.Span.End) && f.Span.End < max(a.Span.Start, total.Span.Start) {
				extra = append(extra, f)
				lo, hi = lo+f.Quantity.Interval.Lo, hi+f.Quantity.Interval.Hi
			}
		}
		tv := total.Quantity.Interval
		if tv.Hi >= lo*(1-productSlack) && tv.Lo <= hi*(1+productSlack) {
			continue
		}
		product := n * a.Quantity.Value
		terms := fmt.Sprintf("%s × %s", FormatNumber(n), FormatNumber(a.Quantity.Value))
		what := fmt.Sprintf("%s times %s", QuoteText(strings.TrimSpace(countText)), Quote(a))
		cs := []*claims.Fact{total, a}
		if count != nil {
			cs = append(cs, count)
		}
		for _, f := range extra {
			product += f.Quantity.Value
			terms += " + " + FormatNumber(f.Quantity.Value)
			what += " plus " + Quote(f)
			cs = append(cs, f)
		}
		p.Report(Finding{Claims: ClaimsOf(cs...), Message: fmt.Sprintf(
			"%s is not %s: %s = %s %s, %s off",
			Quote(total), what, terms, FormatNumber(product), a.Quantity.Unit,
			strings.TrimPrefix(strings.TrimPrefix(FormatPercent(total.Quantity.Value/product-1), "+"), "-"))})
	}
}

// countsEach reports a count whose key names the ones a sum is paid to each
// of: "each victim" and "with 43 dead".
func countsEach(count *claims.Fact, noun string) bool {
	key := " " + count.Key + " "
	if k := claims.NormalizeKey(noun); k != "" && strings.Contains(key, " "+k+" ") {
		return true
	}
	switch noun {
	case "victim", "person", "deceased":
		return strings.Contains(key, " dead ") || strings.Contains(key, " death ") || strings.Contains(key, " =dead ") || strings.Contains(key, " kill")
	}
	return false
}

// eachOfBeforeRe matches "each of" and a count a few words before an amount:
// "each of the 13 bereaved families would receive".
var eachOfBeforeRe = regexp.MustCompile(`\beach\s+of\s+(?:the\s+)?([0-9][0-9,]*|[a-z]+)\s+(?:[a-z-]+\s+){1,5}$`)

// eachBeforeRe matches "each" a few words before an amount: "each able to
// move 450 cubic metres", "each carrying 40 passengers".
var eachBeforeRe = regexp.MustCompile(`\beach(?:\s+[a-z-]+){0,4}\s*$`)

// measureUnit reports a unit of measure other than a bare count or a share:
// what one item can hold, carry or move.
func measureUnit(u string) bool {
	switch u {
	case "", "count", "percent", "pp", "bp", "fraction", "times", "h:m:s":
		return false
	}
	return true
}

// totalCues end the words before an amount that sums items up.
var totalCues = []string{"total of ", "totalling ", "totaling ", "combined ", "add up to ", "adds up to ", "added up to ", "amounts to ", "amount to ", "account for ",
	"accounts for ", "come to ", "comes to ", "came to ", "haul of ", "payout of ", "in all ", "altogether ",
	"commitment of ", "outlay of ", "bill of "} // "at 15 million won apiece, a commitment of 800 million won"

// totalled reports an amount that the words before it give as a total:
// "a total of 620,000 soles", "account for roughly $5.1 billion".
func totalled(t *claims.Fact) bool {
	before := strings.ToLower(textOf(t.Doc, max(t.Sentence.Start, t.Span.Start-30), t.Span.Start))
	for _, c := range totalCues {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	// "brings the state's payout to bereaved families to 15.2 million rupees"
	wide := strings.ToLower(textOf(t.Doc, max(t.Sentence.Start, t.Span.Start-60), t.Span.Start))
	if i := strings.LastIndex(wide, "brings "); i >= 0 && strings.HasSuffix(wide, " to ") && !strings.ContainsAny(wide[i:], ",;") {
		return true
	}
	// "giving a combined capacity of 2,000 cubic metres": combined, then its noun
	ws := strings.Fields(before)
	n := len(ws)
	if n >= 3 && ws[n-1] == "of" && (ws[n-3] == "combined" || ws[n-3] == "total") {
		return true
	}
	return closedTotal(t)
}

// closedTotal reports an amount closed by "in total" or "in all": "or 900
// million won in total". Such a total sums the items told before it.
func closedTotal(t *claims.Fact) bool {
	after := strings.ToLower(textOf(t.Doc, t.Span.End, min(t.Span.End+12, t.Sentence.End)))
	return strings.HasPrefix(after, " in total") || strings.HasPrefix(after, " in all")
}

// restatedPer reports a unit price that restates the total right before it:
// "$4.3 billion, or about $310 million per vessel".
func restatedPer(t, a *claims.Fact) bool {
	if a.Span.Start < t.Span.End {
		return false
	}
	gap := strings.TrimSpace(strings.ToLower(textOf(t.Doc, t.Span.End, a.Span.Start)))
	return gap == ", or" || gap == "or"
}

// itemCount returns the count of the items a unit price is of: the count of
// the sentence whose key names noun, else its only count of two or more.
func itemCount(fs []*claims.Fact, price *claims.Fact, noun string) *claims.Fact {
	var only *claims.Fact
	several := false
	for _, f := range fs {
		if f == price || f.Quantity == nil || f.Quantity.Unit != "count" || !isLevel(f) || f.Quantity.Hedge != "" ||
			f.Quantity.Value < 2 || f.Quantity.Value >= 1000 && f.Quantity.Value <= 2100 && !strings.Contains(f.Text(), ",") {
			continue // a year, a hedged count
		}
		if only != nil && f.Doc != nil && measureEachRe.MatchString(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+20, f.Sentence.End)))) {
			continue // "four bulk carriers of 82,000 dwt each": after the count, a measure of each item ("four ships each cost …" keeps its count)
		}
		if noun != "" && strings.Contains(" "+f.Key+" ", " "+claims.NormalizeKey(noun)+" ") {
			return f
		}
		several = several || only != nil
		only = f
	}
	if several {
		return nil
	}
	return only
}

// cardinal reads a count written in digits or words; 0 when it is neither.
func cardinal(s string) float64 {
	if n, ok := numword.Cardinal(s); ok {
		return float64(n)
	}
	v := 0.0
	for _, c := range strings.ReplaceAll(s, ",", "") {
		if c < '0' || c > '9' {
			return 0
		}
		v = v*10 + float64(c-'0')
	}
	return v
}
