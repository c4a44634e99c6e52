package rules

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// statedRate is an exchange rate written as an amount of its own: "a rate of
// 940 pesos per dollar" is 940 of unit per one of per.
type statedRate struct {
	f         *claims.Fact
	unit, per string
}

// rateOf reads f as an exchange rate: its unit (or the currency word after its
// number) and the currency after "per", "to the" or "a".
func rateOf(f *claims.Fact) (statedRate, bool) {
	if !exchangeRate(f) || f.Quantity.Value <= 0 {
		return statedRate{}, false
	}
	end := min(f.Span.End+40, f.Sentence.End, len(f.Doc.Text))
	ws := strings.Fields(strings.ToLower(f.Doc.Text[f.Span.End:end]))
	unit := f.Quantity.Unit
	if len(ws) > 0 {
		if c := quantity.CurrencyOfWord(strings.Trim(ws[0], ",.;:")); c != "" {
			unit, ws = c, ws[1:]
		}
	}
	for len(ws) > 0 && (ws[0] == "per" || ws[0] == "to" || ws[0] == "against" || ws[0] == "the" || ws[0] == "one" || ws[0] == "a" || ws[0] == "an" || ws[0] == "each") {
		ws = ws[1:]
	}
	if unit == "cent" {
		// "at an exchange rate of 65 US cents": US cents to one unit of the
		// sentence's other currency, read as dollars (see checkSentenceRates).
		return statedRate{f: f, unit: "USD", per: ""}, true
	}
	if len(ws) == 0 || len(unit) != 3 {
		return statedRate{}, false
	}
	if len(ws) > 1 && (ws[0] == "us" || ws[0] == "u.s.") {
		ws = ws[1:] // "per US dollar"
	}
	per := quantity.CurrencyOfWord(strings.Trim(ws[0], ",.;:)"))
	if c := currencyPhraseAt(ws); c != "" {
		per = c // "US$0.65 per Australian dollar", "to the New Zealand dollar"
	}
	if per == "" || per == unit {
		return statedRate{}, false
	}
	return statedRate{f: f, unit: unit, per: per}, true
}

// currencyPhraseAt returns the code of a currency named with its country at
// the start of the lower-case words ws ("australian dollar", "new zealand
// dollar"), "" when they name none.
func currencyPhraseAt(ws []string) string {
	trim := func(w string) string { return strings.Trim(w, ",.;:)") }
	if len(ws) > 2 && (ws[0] == "new" || ws[0] == "hong") {
		if c := quantity.CurrencyOfPhrase(ws[0]+" "+ws[1], trim(ws[2])); c != "" {
			return c
		}
	}
	if len(ws) > 1 {
		return quantity.CurrencyOfPhrase(ws[0], trim(ws[1]))
	}
	return ""
}

// checkSentenceRates reports a sentence that gives an amount in two currencies
// and the rate between them when the three do not agree: "18.5 billion pesos
// …, converted to roughly $21 million using a rate of 940 pesos per dollar"
// (18.5 billion / 940 = $19.7 million). Amounts the parser already joined with
// their stated rate are checked by checkStatedRate instead.
func checkSentenceRates(p *Pass, tol float64) map[*claims.Fact]bool {
	judged := map[*claims.Fact]bool{} // amounts reported against their sentence's rate
	bySentence := map[sentenceKey][]*claims.Fact{}
	var order []sentenceKey
	var amounts []*claims.Fact
	amounts = append(amounts, p.Index.Kind(claims.KindQuantity)...)
	for _, f := range p.Index.Kind(claims.KindChange) {
		// "lost about $85 million during the closure, or some 3.4 trillion
		// riel at 4,000 riel to the dollar": a change by an amount converts too.
		if changeByAmount(f) {
			amounts = append(amounts, f)
		}
	}
	sort.SliceStable(amounts, func(i, j int) bool {
		a, b := amounts[i], amounts[j]
		if a.Doc != b.Doc {
			return false
		}
		return a.Span.Start < b.Span.Start
	})
	for _, f := range amounts {
		if f.Doc == nil || f.Quantity == nil {
			continue
		}
		k := sentenceKey{f.Doc, f.Sentence}
		if _, ok := bySentence[k]; !ok {
			order = append(order, k)
		}
		bySentence[k] = append(bySentence[k], f)
	}
	for ki, k := range order {
		fs := bySentence[k]
		for _, r := range fs {
			rate, ok := rateOf(r)
			if !ok {
				continue
			}
			if rate.per == "" {
				if f := checkCentsRate(p, fs, rate, tol); f != nil {
					judged[f] = true
				}
				continue
			}
			if rate.per == "USD" && onlyAmountIn(fs, "USD", nil) == nil && !convertedTo(fs, "USD") {
				if d := onlyDollarIn(fs); d != "" && d != rate.unit {
					rate.per = d // "A$3 million, or about 8.4 million kina at 2.6 kina to the dollar": the Australian one
				}
			} else if rate.per != "USD" && strings.HasSuffix(rate.per, "D") && onlyAmountIn(fs, rate.per, nil) == nil {
				if d := onlyDollarIn(fs); d != "" && d != rate.unit {
					rate.per = d // "B$4 million, or … at 25,400 dong to the Bahamian dollar": the sign's dollar is the one named
				}
			}
			rate.unit, rate.per = localCode(fs, rate.unit, r), localCode(fs, rate.per, r)
			from, to := onlyAmountIn(fs, rate.unit, r), onlyAmountIn(fs, rate.per, r)
			if from == nil {
				from = restatedAfter(fs, rate.unit, r) // "at … $1.08 per euro, that is about $2.15 billion"
			}
			if to == nil {
				to = restatedAfter(fs, rate.per, r)
			}
			if to == nil && from != nil {
				to = restatedOf(fs, rate, from, tol)
			}
			if from == nil && to != nil {
				// "15,000 soles each …, and an additional 5,000 soles per
				// family, about $1,850 at 3.7 soles to the dollar": the amount
				// the conversion stands beside, unless another fits the rate.
				from = appositionOf(fs, rate, to, tol)
			}
			if pairs := alternatingPairs(fs, rate, r); from == nil && to == nil && openingRate(r) && len(pairs) > 1 {
				// "At around 26,000 dong to the dollar, the $4.2 million … equals
				// about 109.2 billion dong, while the $7.2 million … comes to
				// roughly 168 billion dong": each sum and the one after it.
				for _, pr := range pairs {
					if checkRatePair(p, pr[0], pr[1], rate, tol) {
						judged[pr[0]], judged[pr[1]] = true, true
					}
				}
				continue
			}
			if from == nil && to == nil && openingRate(r) {
				if pairs := linkedPairs(fs, rate, r); len(pairs) > 0 {
					// "At … 28,000 dong per euro, the whole package is worth
					// about 33,600 billion dong, while the music-school component
					// of €80 million comes to about 3,240 billion dong": each sum
					// with the restatement joined to it, past the sums that
					// stand alone.
					for _, pr := range pairs {
						if checkRatePair(p, pr[0], pr[1], rate, tol) {
							judged[pr[0]], judged[pr[1]] = true, true
						}
					}
					continue
				}
			}
			if from == nil && to == nil && openingRate(r) {
				// "At an exchange rate of 26,300 dong to the dollar, the deals
				// … were worth about 11.4 trillion dong": the rate comes first.
				from = onlyAmountExcept(fs, rate.unit, r)
				if from != nil {
					// "At 10.6 kroner to the dollar, the NOK 150 million
					// allocation is worth about USD 16.2 million": both after it.
					to = onlyAmountExcept(fs, rate.per, r)
					if to != nil && math.Abs(from.Quantity.Value/to.Quantity.Value/rate.f.Quantity.Value-1) > 0.5 && !convertsTo(from, to) {
						to = nil // "roughly 580 billion won, a modest sum next to the USD 31.6 billion": two sums
					}
				} else {
					// "At 25,900 dong to the dollar, the revised estimate is
					// equivalent to about $5.2 million": the sum of the sentence before.
					to = onlyAmountExcept(fs, rate.per, r)
				}
			}
			if to == nil && from != nil && ki > 0 && (restates(from) || convertedOpening(r) || openingRate(r) && !namesWhole(from) && !namesTotal(from)) {
				// "… deals worth USD 2.4 billion. The deals, equivalent to about
				// VND 58.6 trillion at an exchange rate of 25,500 dong per US
				// dollar, …": the sum restated is the one of the sentence before.
				if prev := order[ki-1]; prev.doc == k.doc && nextSentenceOf(prev.doc.Text, prev.s, k.s) {
					to = onlyAmountIn(bySentence[prev], rate.per, nil)
					if to != nil && (to.Prior || precededBy(to, "from")) {
						to = nil // "export value climbed from $5.61 billion": last season's, not the sum restated
					}
					elsewhere := false // the restated figure is one the document gave before, not the sentence before's
					if words, months := referentWords(from); to != nil && len(words) > 0 && !namedBy(to, words, months) && namedElsewhere(p, from, rate.per, words, months) {
						to, elsewhere = nil, true // "the half-year deficit is equivalent to about $11.6 billion" after the debt: another figure
					}
					if to == nil {
						to = figureReferent(bySentence[prev], rate.per, from)
					}
					if words, months := referentWords(from); to == nil && len(words) > 0 && namedElsewhere(p, from, rate.per, words, months) {
						elsewhere = true // "the 2030 goal is worth roughly ₹2.1 trillion": the target given earlier, not last year's trade
					}
					if to == nil && !elsewhere {
						// The sum of the sentence before, when nothing the document
						// gave earlier is what the restatement names ("Singapore …
						// US$3.1 billion. At … 26,250 dong to the dollar, the 12
						// projects are worth about 48.3 trillion dong" names the
						// projects' sum of before).
						to = fallbackReferent(bySentence[prev], rate.per, from, r)
					}
					if to == nil && !elsewhere {
						// "… will cost 3.1 billion birr, about $20 million. At
						// … 26,350 dong to the dollar, that equals roughly 5.27
						// trillion dong": the conversion given in passing.
						to = conversionIn(bySentence[prev], rate.per)
					}
				}
			}
			far := false // a sum restated from further back than the sentence before
			if to == nil && from != nil && openingRate(r) && hasReferentWords(from) {
				// "… signed an agreement yesterday worth 140 billion forint …. The
				// deal was signed at …. At … 72 dong per forint, the package is
				// worth about 1.01 trillion dong": the one sum in forint before.
				if g := onlyEarlierAmount(p, from, rate.per); g != nil {
					to, far = g, true
				}
			}
			if from == nil && to != nil && (restates(to) || convertedOpening(r)) {
				// "Last year's revenue was equivalent to about $432 million at
				// 25,400 dong to the dollar": the revenue in dong the text gave
				// before, for the same period. "Converted at 18.0 pesos per
				// dollar, net profit came to about $430 million" converts it too.
				from = earlierMeasure(p, to, rate.unit)
				if prev := order[max(ki-1, 0)]; from == nil && ki > 0 && prev.doc == k.doc && nextSentenceOf(prev.doc.Text, prev.s, k.s) {
					// "… loans worth ¥280.5 billion. The package is equal to
					// roughly $1.97 billion at ¥150 per dollar": the one sum
					// of the sentence before, or the one its words name.
					from = onlyAmountIn(bySentence[prev], rate.unit, nil)
					if from != nil && (from.Prior || precededBy(from, "from") || yearEarlier(from) && !yearEarlier(to)) {
						from = nil // "Revenue a year earlier was 7.0 billion dirhams": not the one restated
					}
					if words, months := referentWords(to); from != nil && len(words) > 0 && !namedBy(from, words, months) && namedElsewhere(p, to, rate.unit, words, months) {
						from = nil // "the half-year deficit is equivalent to about $11.6 billion" after the debt: another figure
					}
					if from == nil {
						from = figureReferent(bySentence[prev], rate.unit, to)
					}
				}
			}
			if from != nil && to != nil && from.Sentence != to.Sentence && yearEarlier(from) != yearEarlier(to) {
				continue // "Revenue a year earlier was 7.0 billion dirhams": another year's sum
			}
			if from != nil && to != nil && from.Sentence != to.Sentence && partsFitTotal(p, from, to, rate, tol) {
				continue // "a ¥420 billion loan … and ¥150 billion …. At …, the total is worth …": the parts' sum is converted
			}
			toValue := 0.0
			if to != nil {
				toValue = to.Quantity.Value
			} else if to = onlyAmountIn(fs, "cent", r); to != nil {
				toValue = to.Quantity.Value / 100 // "roughly 78 US cents at ₦1,600 to the dollar"
			}
			if from == nil || to == nil || statedWithRate(from) || statedWithRate(to) {
				continue
			}
			if from.Sentence != to.Sentence && from.Period != "" && to.Period != "" && from.Period != to.Period {
				continue // "Revenue in 2024 was BZ$104.0 million. … last year's sales were worth about US$59.2 million": two years
			}
			if da, db := perDenominator(from), perDenominator(to); da != "" && db != "" && da != db {
				continue // "GH¢3,520 for each 64-kilogramme bag … about $4,780 a tonne": two prices, not one converted
			}
			if da := perDenominator(from); da != "" && from.Sentence != to.Sentence && !strings.Contains(strings.ToLower(to.SentenceText()), da) {
				continue // "GH¢54,375 a tonne." then "the new bag price is worth about $303": another price restated
			}
			implied := from.Quantity.Value / toValue
			dev := math.Abs(implied/rate.f.Quantity.Value - 1)
			if dev <= tol {
				if from.Sentence == to.Sentence && to.Quantity.Unit == rate.per {
					reportSwappedConversion(p, from, to, rate)
				}
				continue
			}
			if far && !powerOfTenSlip(implied/rate.f.Quantity.Value, tol) {
				continue // a sum from far back that misses is likely another sum; a slip of scale is not
			}
			if from.Sentence != to.Sentence && (dev > 1 || implied < rate.f.Quantity.Value/2) {
				// "At 26,100 VND per USD, the combined value of the deals is
				// about 4.8 trillion VND" after a sentence about one $27 million
				// deal: a sum from another sentence that misses by half or more
				// is another sum, not a slip of the conversion. The nearest
				// earlier sum that converts within a fifth is the one meant.
				var best *claims.Fact
				bestDev := 0.2
				moving, fixed := from, to
				if to.Sentence != k.s {
					moving, fixed = to, from
				}
				for _, g := range p.Index.Kind(claims.KindQuantity) {
					if g.Doc != fixed.Doc || g.Quantity == nil || g.Quantity.Unit != moving.Quantity.Unit || g.Span.End > k.s.Start || g.Prior || g.Quantity.Value <= 0 {
						continue
					}
					a, b := g.Quantity.Value, toValue
					if moving == to {
						a, b = from.Quantity.Value, g.Quantity.Value
					}
					if d := math.Abs(a/b/rate.f.Quantity.Value - 1); d < bestDev {
						best, bestDev = g, d
					}
				}
				if best == nil && powerOfTenSlip(implied/rate.f.Quantity.Value, tol) {
					// "… about $20 million. At … 26,350 dong to the dollar,
					// that equals roughly 5.27 trillion dong": off by ten
					// exactly, a slip of scale, not another sum.
					best, bestDev = moving, dev
				}
				if best == nil || bestDev <= tol {
					continue
				}
				if moving == to {
					to, toValue = best, best.Quantity.Value
				} else {
					from = best
				}
				implied, dev = from.Quantity.Value/toValue, bestDev
			}
			judged[from], judged[to] = true, true
			claimed := ClaimsOf(from, to, rate.f)
			if from.Sentence != k.s {
				claimed = ClaimsOf(to, from, rate.f) // the finding stands where the rate is stated
			}
			p.Report(Finding{Claims: claimed, Message: sentenceRateMessage(from, to, rate, implied, dev, tol)})
		}
	}
	return judged
}

// hasReferentWords reports a restatement whose subject names what it restates
// ("the package is worth …").
func hasReferentWords(f *claims.Fact) bool {
	words, _ := referentWords(f)
	return len(words) > 0
}

// onlyEarlierAmount returns the one amount in unit (written once or more with
// one value) that restated's document gives before its sentence, or nil.
func onlyEarlierAmount(p *Pass, restated *claims.Fact, unit string) *claims.Fact {
	var found *claims.Fact
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Doc != restated.Doc || f.Span.End > restated.Sentence.Start || f.Quantity == nil || f.Quantity.Unit != unit ||
			!isLevel(f) || f.Prior || f.Quantity.Value <= 0 {
			continue
		}
		if found != nil && found.Quantity.Value != f.Quantity.Value {
			return nil
		}
		if found == nil {
			found = f
		}
	}
	return found
}

// conversionIn returns, as an amount of its own, the one conversion into unit
// that an amount of fs carries without a rate ("3.1 billion birr, about $20
// million"): the fact with its value and unit in place of the amount's.
func conversionIn(fs []*claims.Fact, unit string) *claims.Fact {
	var found *claims.Fact
	for _, f := range fs {
		c := f.Quantity.Conversion
		if c == nil || c.Unit != unit || c.Rate > 0 || c.Value <= 0 || !isLevel(f) || f.Prior {
			continue
		}
		if found != nil {
			return nil
		}
		g := *f
		g.Quantity = c
		found = &g
	}
	return found
}

// powerOfTenSlip reports a ratio of implied to stated rate that is a power
// of ten from 10⁻³ to 10³ (other than one) within tolerance: a conversion
// whose scale word or zeros slipped.
func powerOfTenSlip(ratio, tol float64) bool {
	for _, p := range []float64{10, 100, 1000, 0.1, 0.01, 0.001} {
		if math.Abs(ratio/p-1) <= tol {
			return true
		}
	}
	return false
}

// alternatingPairs returns the amounts after an opening rate as pairs of one
// in each of its currencies, each pair written one right after the other
// ("the $4.2 million … equals about 109.2 billion dong, while the $7.2
// million … comes to roughly 168 billion dong"), from-currency first; nil
// unless every amount of the two currencies after the rate is so paired.
func alternatingPairs(fs []*claims.Fact, rate statedRate, r *claims.Fact) [][2]*claims.Fact {
	var seq []*claims.Fact
	for _, f := range fs {
		if f == r || f.Span.Start < r.Span.Start || !isLevel(f) || f.Quantity.Value <= 0 {
			continue
		}
		if u := f.Quantity.Unit; u == rate.unit || u == rate.per {
			seq = append(seq, f)
		}
	}
	if len(seq) < 4 || len(seq)%2 != 0 {
		return nil
	}
	var pairs [][2]*claims.Fact
	for i := 0; i < len(seq); i += 2 {
		a, b := seq[i], seq[i+1]
		if a.Quantity.Unit == b.Quantity.Unit || a.Quantity.Unit != seq[0].Quantity.Unit {
			return nil
		}
		if a.Quantity.Unit == rate.per {
			a, b = b, a
		}
		pairs = append(pairs, [2]*claims.Fact{a, b})
	}
	return pairs
}

// linkedPairs returns, in a sentence with three sums or more in a rate's
// two currencies after it, each sum in the currency the rate is per that a
// restatement in the other follows with only a linking verb between
// ("€80 million comes to about 3,240 billion dong", "Vietnam's €20 million
// about 450 billion dong"); nil when the sentence has fewer sums.
func linkedPairs(fs []*claims.Fact, rate statedRate, r *claims.Fact) [][2]*claims.Fact {
	var seq []*claims.Fact
	for _, f := range fs {
		if f != r && f.Span.Start >= r.Span.End && isLevel(f) && f.Quantity.Value > 0 && (f.Quantity.Unit == rate.unit || f.Quantity.Unit == rate.per) {
			seq = append(seq, f)
		}
	}
	if len(seq) < 3 {
		return nil
	}
	var pairs [][2]*claims.Fact
	for i := 0; i+1 < len(seq); i++ {
		a, b := seq[i], seq[i+1]
		if a.Quantity.Unit == rate.per && b.Quantity.Unit == rate.unit && restatingLink.MatchString(textOf(a.Doc, a.Span.End, b.Span.Start)) {
			pairs = append(pairs, [2]*claims.Fact{b, a})
			i++
		}
	}
	return pairs
}

// restatingLink matches what joins a sum to its restatement right after it:
// " comes to ", " is worth ", ", or ", " ".
var restatingLink = regexp.MustCompile(`^,?\s+(?:or\s+|(?:is|was|are|were)\s+)?(?:(?:worth|equal\s+to|equivalent\s+to|comes?\s+to|amounts?\s+to|works?\s+out\s+at|translates?\s+(?:in)?to)\s+)?$`)

// checkRatePair reports a sum in a rate's currency and its restatement in the
// other when they do not agree with the rate, and returns whether it did.
func checkRatePair(p *Pass, from, to *claims.Fact, rate statedRate, tol float64) bool {
	implied := from.Quantity.Value / to.Quantity.Value
	dev := math.Abs(implied/rate.f.Quantity.Value - 1)
	if dev <= tol {
		return false
	}
	p.Report(Finding{Claims: ClaimsOf(from, to, rate.f), Message: sentenceRateMessage(from, to, rate, implied, dev, tol)})
	return true
}

// sentenceRateMessage says how a sum and its restatement miss the rate their
// sentence states: "… imply 23,330 VND per USD, but the sentence states …".
func sentenceRateMessage(from, to *claims.Fact, rate statedRate, implied, dev, tol float64) string {
	off := strings.TrimPrefix(FormatPercent(dev), "+") + " off"
	if ratio := implied / rate.f.Quantity.Value; powerOfTenSlip(ratio, tol) {
		off = "off by a factor of " + FormatNumber(math.Round(math.Max(ratio, 1/ratio))) // a slip of scale reads better so than "900% off"
	}
	return fmt.Sprintf("%s and %s imply %s %s per %s, but the sentence states %s: %s %s / %s = %s %s, %s; tolerance %s",
		Quote(from), Quote(to), FormatNumber(roundRate(implied)), rate.unit, rate.per, Quote(rate.f),
		FormatNumber(from.Quantity.Value), rate.unit, FormatNumber(rate.f.Quantity.Value),
		FormatNumber(roundRate(from.Quantity.Value/rate.f.Quantity.Value)), rate.per,
		off, strings.TrimPrefix(FormatPercent(tol), "+"))
}

// localCode returns the code of the sentence's amounts that a rate's currency
// word means: "1.41 dollars per dinar" beside "126 million dinars" the
// document localised to Jordan's is per JOD, not the parser's default KWD.
func localCode(fs []*claims.Fact, code string, rate *claims.Fact) string {
	name := claims.SharedCurrencyName(code)
	if name == "" {
		return code
	}
	found := ""
	for _, f := range fs {
		u := f.Quantity.Unit
		if f == rate || u == found {
			continue
		}
		if u == code {
			return code
		}
		if claims.SharedCurrencyName(u) == name {
			if found != "" {
				return code
			}
			found = u
		}
	}
	if found == "" {
		return code
	}
	return found
}

// perDenominator returns the unit an amount is a price or rate of, as the
// words right after it say ("$4,780 a tonne" → "tonne", "GH¢3,520 for each
// 64-kilogramme bag" → "bag", "$12 per barrel" → "barrel"), singular and
// lower-case; "" when none follows.
func perDenominator(f *claims.Fact) string {
	if f.Doc == nil {
		return ""
	}
	end := min(f.Span.End+48, f.Sentence.End, len(f.Doc.Text))
	if f.Span.End >= end {
		return ""
	}
	after := strings.ToLower(f.Doc.Text[f.Span.End:end])
	rest := strings.TrimLeft(after, " ")
	if len(rest) == len(after) && !strings.HasPrefix(rest, "/") {
		return "" // glued to the figure: another word of it
	}
	found := false
	for _, cue := range []string{"/", "a ", "an ", "per ", "for each ", "for every ", "each "} {
		if strings.HasPrefix(rest, cue) {
			rest, found = rest[len(cue):], true
			break
		}
	}
	if !found {
		return ""
	}
	ws := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == ')' })
	for _, w := range ws {
		if strings.ContainsAny(w, "0123456789") {
			continue // "64-kilogramme": the size of the bag, not the bag
		}
		return strings.TrimSuffix(w, "s")
	}
	return ""
}

// fallbackReferent returns the amount in unit of the sentence before that a
// restatement from converts when its words name none: the total ("that
// two-month total is worth roughly 398 billion pesos"), the one amount of
// its measure after "Converted at …", or the one level priced per the same
// unit ("that is equivalent to about Sh314 a kilo").
func fallbackReferent(prev []*claims.Fact, unit string, from, r *claims.Fact) *claims.Fact {
	var to *claims.Fact
	if namesTotal(from) {
		to = largestIn(prev, unit)
	}
	if t := largestIn(prev, unit); to == nil && t != nil && namesWhole(from) && namesTotal(t) {
		// "… education the remaining €15 million, for a total of €85 million.
		// At 1.16 dollars to the euro, the whole package comes to roughly
		// $106 million": the total told before.
		to = t
	}
	if to == nil && convertedOpening(r) {
		to = sameMeasureIn(prev, unit, from) // "Revenue … rose 21% to $1.84 billion …. Converted at 940 pesos per dollar, revenue amounted to …"
	}
	if to == nil {
		to = samePerIn(prev, unit, from) // "… reached $2.64 a kilo …. At … Sh129.2 to the dollar, that is … Sh314 a kilo"
	}
	return to
}

// figureReferent returns the amount in unit of the sentence before that a
// restatement's subject names: "The profit figure was equivalent to about
// US$272 million" restates the profit (not the revenue beside it), "The
// half-year figure is equivalent to about $181 million" the amount for six
// months. Earlier levels of a change ("from S$186 million") are never meant;
// nil unless exactly one amount fits.
func figureReferent(prev []*claims.Fact, unit string, restated *claims.Fact) *claims.Fact {
	words, months := referentWords(restated)
	if len(words) == 0 {
		return nil
	}
	var found *claims.Fact
	for _, f := range prev {
		if f.Quantity.Unit != unit || !isLevel(f) || f.Quantity.Value <= 0 || f.Prior || precededBy(f, "from") {
			continue
		}
		if !namedBy(f, words, months) {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// referentWords returns the words a restating sentence names its figure by
// ("the Levant price is equivalent to …" → levant price), and the length of
// period they give ("half-year" → 6mo); none for "The figure was …".
func referentWords(restated *claims.Fact) ([]string, string) {
	lead := strings.ToLower(textOf(restated.Doc, restated.Sentence.Start, restated.Span.Start))
	if strings.HasPrefix(lead, "at ") {
		// "At the current rate of about 46 lira to the dollar, the Levant
		// price is equivalent to …": the subject after the rate's phrase.
		if c := strings.Index(lead, ", "); c >= 0 {
			lead = lead[c+1:] // the comma that closes the phrase, not one inside "26,250"
		}
	}
	opening := strings.Fields(lead)
	if len(opening) >= 3 && opening[0] != "the" && opening[0] != "that" && opening[0] != "this" {
		// "Pearl Coast's commitment is worth about 41.3 trillion dong": a
		// name's possession, as short a subject as a determiner's.
		if len(opening) > 5 || !strings.HasSuffix(opening[0], "'s") && !strings.HasSuffix(opening[1], "'s") {
			return nil, ""
		}
		opening = append([]string{"the"}, opening...)
		for i, w := range opening {
			opening[i] = strings.TrimSuffix(w, "'s")
		}
	}
	if len(opening) < 3 || opening[0] != "the" && opening[0] != "that" && opening[0] != "this" {
		return nil, ""
	}
	var words []string
	verb := false
	for _, w := range opening[1:] {
		if w == "figure" || w == "total" || w == "amount" || w == "sum" {
			break
		}
		switch w {
		case "is", "was", "are", "were", "equals", "represents", "represented":
			verb = true // "the Levant price is equivalent to …": the subject ends at its verb
		}
		if verb {
			break
		}
		if w == "alone" {
			continue // "the Dak Lak plant alone represents …"
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) == len(opening)-1 && !verb {
		return nil, "" // "The figure was …" names nothing to tell the amounts apart
	}
	months := ""
	switch strings.Join(words, " ") {
	case "half-year", "half-yearly", "first-half", "second-half", "six-month", "interim":
		months = "6mo"
	case "quarterly", "quarter", "three-month":
		months = "3mo"
	case "annual", "full-year", "yearly", "12-month":
		months = "12mo"
	case "nine-month":
		months = "9mo"
	}
	return words, months
}

// namedBy reports whether amount f is the one words name: its period when
// they give one, else one of them among its key or its own words.
func namedBy(f *claims.Fact, words []string, months string) bool {
	if months != "" {
		return periodLength(f) == months
	}
	// The amount's own words follow it up to the next comma or "and":
	// "240 lira for Levant quality" is the Levant price.
	own := strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Span.End+40, f.Sentence.End)))
	if i := strings.IndexAny(own, ",;."); i >= 0 {
		own = own[:i]
	}
	if i := strings.Index(own, " and "); i >= 0 {
		own = own[:i]
	}
	// And the words before it in its clause: "won orders for 27
	// vessels worth $6.2 billion" is of the orders too.
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-60), f.Span.Start))
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = before[i+1:]
	}
	own += " " + before
	for _, w := range words {
		k := claims.NormalizeKey(w) // "" for a number word ("nine projects"), which names no key
		if len(w) > 3 && (k != "" && strings.Contains(" "+f.Key+" ", " "+k+" ") || containsWord(strings.Fields(own), w)) {
			return true
		}
	}
	return false
}

// checkSameRates checks amounts restated "at the same rate" against the
// rate their document stated before for that pair of currencies: "… at the
// current exchange rate of 58 US cents per New Zealand dollar. … taking
// NZ$1.21 billion of milk powder, …, or roughly US$810 million at the same
// rate" (1.21 billion × 0.58 = US$702 million). The sum restated is the one
// amount of another currency before it in its sentence.
func checkSameRates(p *Pass, tol float64) {
	for _, to := range p.Index.Kind(claims.KindQuantity) {
		if to.Doc == nil || to.Quantity == nil || to.Quantity.Value <= 0 || len(to.Quantity.Unit) != 3 {
			continue
		}
		if before := strings.TrimSpace(textOf(to.Doc, max(to.Sentence.Start, to.Span.Start-8), to.Span.Start)); !restates(to) && !strings.HasSuffix(before, ", or") &&
			!(strings.HasSuffix(before, ",") && to.Quantity.Hedge != "") { // "28 million pesos, about $36,000 at the same rate"
			continue
		}
		after := strings.ToLower(textOf(to.Doc, to.Span.End, min(to.Sentence.End, to.Span.End+40)))
		if !sameRateAfter(after) {
			continue
		}
		var from, nearest *claims.Fact
		several := false
		for _, g := range p.Index.Kind(claims.KindQuantity) {
			if g.Doc != to.Doc || g.Sentence != to.Sentence || g.Span.Start >= to.Span.Start || g.Quantity == nil ||
				len(g.Quantity.Unit) != 3 || g.Quantity.Unit == to.Quantity.Unit || !isLevel(g) || g.Quantity.Value <= 0 {
				continue
			}
			several = several || from != nil
			from = g
			if nearest == nil || g.Span.Start > nearest.Span.Start {
				nearest = g
			}
		}
		if several {
			from = nil // two sums before it: which one? The one set off right before it, if any
			if gap := textOf(to.Doc, nearest.Span.End, to.Span.Start); len(gap) <= 12 && strings.HasPrefix(gap, ",") &&
				!strings.ContainsAny(gap, "0123456789;:") {
				from = nearest // "… a bonus of 28 million pesos, about $36,000 at the same rate"
			}
		}
		if from == nil {
			continue
		}
		rate, perUnit, _ := earlierRate(p, to, from.Quantity.Unit, to.Quantity.Unit)
		if rate == nil {
			continue
		}
		implied := to.Quantity.Value / from.Quantity.Value
		dev := math.Abs(implied/perUnit - 1)
		if dev <= tol {
			continue
		}
		off := fmt.Sprintf("%s off; tolerance %s", strings.TrimPrefix(FormatPercent(dev), "+"), strings.TrimPrefix(FormatPercent(tol), "+"))
		// The rates are shown the way round the text wrote its rate: "190 VND
		// per NPR" for "190 dong per rupee", "0.58 USD per NZD" for "58 US cents".
		written := rate.Quantity.Value
		if rate.Quantity.Unit == "cent" {
			written /= 100
		}
		if cv := rate.Quantity.Conversion; cv != nil && cv.Rate > 0 {
			written = cv.Rate
			if cv.RateInverted {
				written = 1 / cv.Rate
			}
		}
		shown, stated, num, den, op, factor := implied, perUnit, to.Quantity.Unit, from.Quantity.Unit, "×", perUnit
		if math.Abs(written*perUnit-1) < math.Abs(written/perUnit-1) {
			shown, stated, num, den, op, factor = 1/implied, 1/perUnit, from.Quantity.Unit, to.Quantity.Unit, "÷", 1/perUnit
		}
		p.Report(Finding{Claims: ClaimsOf(to, from, rate), Message: fmt.Sprintf(
			"%s and %s imply %s %s per %s, but the rate the text stated before is %s %s per %s (%s, %s): %s %s %s %s = %s %s, %s",
			Quote(from), Quote(to), FormatNumber(roundRate(shown)), num, den, FormatNumber(roundRate(stated)), num, den,
			Quote(rate), Where(rate), FormatNumber(from.Quantity.Value), from.Quantity.Unit, op, FormatNumber(roundRate(factor)),
			FormatNumber(roundRate(from.Quantity.Value*perUnit)), to.Quantity.Unit, off)})
	}
}

// earlierRate returns the last rate stated before f in its document for
// units of conv per one of unit ("58 US cents" per New Zealand dollar,
// "26,300 dong to the dollar"), its value in those terms, and whether the
// text gives it the other way round (units of unit per one of conv).
func earlierRate(p *Pass, f *claims.Fact, unit, conv string) (rate *claims.Fact, perUnit float64, reversed bool) {
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != f.Doc || g.Span.Start >= f.Span.Start || g.Quantity == nil || g.Quantity.Value <= 0 {
			continue
		}
		if cv := g.Quantity.Conversion; cv != nil && cv.Rate > 0 {
			// "21 million pesos (about $22,600 at 930 pesos per dollar)": the
			// rate a conversion's brackets state, in pesos per dollar.
			switch {
			case g.Quantity.Unit == unit && cv.Unit == conv:
				rate, perUnit, reversed = g, 1/cv.Rate, true
			case g.Quantity.Unit == conv && cv.Unit == unit:
				rate, perUnit, reversed = g, cv.Rate, false
			}
			continue
		}
		r, ok := rateOf(g)
		if !ok {
			continue
		}
		switch {
		case r.per == "" && conv == "USD": // "58 US cents": dollars per unit of the sum
			rate, perUnit, reversed = g, g.Quantity.Value/100, false
		case r.unit == conv && r.per == unit:
			rate, perUnit, reversed = g, g.Quantity.Value, false
		case r.unit == unit && r.per == conv:
			rate, perUnit, reversed = g, 1/g.Quantity.Value, true
		}
	}
	return rate, perUnit, reversed
}

// earlierMeasure returns the one amount in unit that the document gives
// before f for f's measure and period (a key that differs only by unit), nil
// when there is none or they differ.
func earlierMeasure(p *Pass, f *claims.Fact, unit string) *claims.Fact {
	measure := strings.TrimSuffix(f.Key, " "+strings.ToLower(f.Quantity.Unit))
	if measure == "" || measure == f.Key {
		return nil
	}
	var found *claims.Fact
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != f.Doc || g.Span.Start >= f.Sentence.Start || g.Quantity == nil || g.Quantity.Unit != unit ||
			g.Period != f.Period || g.Plan || !isLevel(g) || g.Quantity.Value <= 0 ||
			g.Key != measure+" "+strings.ToLower(unit) || yearEarlier(g) && !yearEarlier(f) {
			continue // "Revenue a year earlier was 7.0 billion dirhams": not the quarter's
		}
		if found != nil && found.Quantity.Value != g.Quantity.Value {
			return nil
		}
		found = g
	}
	return found
}

// partsFitTotal reports a restated total ("the total is worth roughly
// ₹32,500 crore") whose other side, from the sentence before, is one of
// several amounts there that together fit the rate: the total is their sum.
func partsFitTotal(p *Pass, from, to *claims.Fact, rate statedRate, tol float64) bool {
	restated, given := from, to
	if to.Sentence == rate.f.Sentence {
		restated, given = to, from
	}
	if !namesTotal(restated) {
		return false
	}
	sum, n := 0.0, 0
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc == given.Doc && g.Sentence == given.Sentence && g.Quantity != nil && g.Quantity.Unit == given.Quantity.Unit && isLevel(g) && !g.Prior {
			sum += g.Quantity.Value
			n++
		}
	}
	if n < 2 || sum <= 0 {
		return false
	}
	a, b := sum, restated.Quantity.Value
	if given == to {
		a, b = restated.Quantity.Value, sum
	}
	return math.Abs(a/b/rate.f.Quantity.Value-1) <= tol
}

// yearEarlier reports a figure its sentence sets a year back before it,
// with no figure between ("Revenue a year earlier was 7.0 billion dirhams").
func yearEarlier(f *claims.Fact) bool {
	if f.Doc == nil || f.Span.Start < f.Sentence.Start {
		return false
	}
	t := strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	if strings.ContainsAny(t, "0123456789") {
		return false // "rose to $1.84 billion from $1.52 billion a year earlier": another figure's
	}
	return strings.Contains(t, "year earlier") || strings.Contains(t, "a year ago") || strings.Contains(t, "previous year") || strings.Contains(t, "prior year")
}

// convertedTo reports an amount of fs that its brackets convert to unit:
// "S$30.15 billion (US$22.5 billion)".
func convertedTo(fs []*claims.Fact, unit string) bool {
	for _, f := range fs {
		if f.Quantity.Conversion != nil && f.Quantity.Conversion.Unit == unit {
			return true
		}
	}
	return false
}

// onlyDollarIn returns the code of the one kind of dollar other than the US
// one that amounts of fs are in, "" when there is none or several.
func onlyDollarIn(fs []*claims.Fact) string {
	found := ""
	for _, f := range fs {
		u := f.Quantity.Unit
		if u == "USD" || !strings.HasSuffix(u, "D") || !isLevel(f) {
			continue
		}
		switch u {
		case "AUD", "NZD", "CAD", "SGD", "HKD", "FJD", "TWD", "JMD", "TTD", "XCD", "SBD", "BND", "NAD", "LRD", "ZWD", "GYD", "BSD", "BBD", "BZD", "BMD", "KYD":
		default:
			continue
		}
		if found != "" && found != u {
			return ""
		}
		found = u
	}
	return found
}

// onlyAmountIn returns the one amount of fs in unit that comes before the
// rate (anywhere when rate is nil), nil when there is none or more than one
// (which would it be?).
func onlyAmountIn(fs []*claims.Fact, unit string, rate *claims.Fact) *claims.Fact {
	var found *claims.Fact
	for _, f := range fs {
		if rate != nil && (f == rate || f.Span.Start > rate.Span.Start) || f.Quantity.Unit != unit || !isLevel(f) && !changeByAmount(f) || f.Quantity.Value <= 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// appositionOf returns the amount in the rate's unit that the converted
// amount to follows as an apposition ("5,000 soles per family, about
// $1,850"): the nearest before it, at most four words and a comma or
// bracket away. Nil when there is none, or when another amount of that unit
// in the sentence fits the rate, which the conversion may restate instead.
func appositionOf(fs []*claims.Fact, rate statedRate, to *claims.Fact, tol float64) *claims.Fact {
	fits := func(f *claims.Fact) bool {
		return math.Abs(f.Quantity.Value/to.Quantity.Value/rate.f.Quantity.Value-1) <= tol
	}
	return nearestApposed(fs, rate.unit, rate.f, to, fits, 5)
}

// restatedOf returns the amount in the currency a rate is per that a
// conversion from restates after ", or": "$950 million of cotton purchases
// by Song Hong Textile Group, or roughly 18.1 trillion sum at about 12,700
// sum to the dollar" restates the $950 million, not the package's $1.8
// billion before it. Nil when another amount of that currency fits the rate.
func restatedOf(fs []*claims.Fact, rate statedRate, from *claims.Fact, tol float64) *claims.Fact {
	gap := strings.ToLower(textOf(from.Doc, max(from.Sentence.Start, from.Span.Start-6), from.Span.Start))
	if !strings.HasSuffix(strings.TrimSpace(gap), ", or") {
		return nil
	}
	fits := func(f *claims.Fact) bool {
		return math.Abs(from.Quantity.Value/f.Quantity.Value/rate.f.Quantity.Value-1) <= tol
	}
	return nearestApposed(fs, rate.per, rate.f, from, fits, 9)
}

// nearestApposed returns the amount in unit nearest before later, set off
// from it by a comma, bracket or dash and at most maxWords words that hold
// no number or clause break. Nil when another amount of unit fits.
func nearestApposed(fs []*claims.Fact, unit string, rate, later *claims.Fact, fits func(*claims.Fact) bool, maxWords int) *claims.Fact {
	var near *claims.Fact
	for _, f := range fs {
		if f == rate || f.Quantity.Unit != unit || f.Span.End > later.Span.Start || !isLevel(f) || f.Quantity.Value <= 0 {
			continue
		}
		if fits(f) {
			return nil
		}
		near = f
	}
	if near == nil {
		return nil
	}
	gap := strings.TrimSpace(textOf(near.Doc, near.Span.End, later.Span.Start))
	gap = strings.TrimSpace(strings.TrimSuffix(gap, " or"))
	if !strings.HasSuffix(gap, ",") && !strings.HasSuffix(gap, "(") && !strings.HasSuffix(gap, "—") ||
		strings.ContainsAny(strings.TrimRight(gap, ",(—"), ",;:()0123456789") || len(strings.Fields(gap)) > maxWords {
		return nil
	}
	return near
}

// changeByAmount reports a change by an amount of money ("lost about $85
// million"), which a sentence may convert like a level.
func changeByAmount(f *claims.Fact) bool {
	return f.Kind == claims.KindChange && f.Quantity != nil && f.Quantity.Kind != quantity.Multiple && currencyUnit(f.Quantity.Unit)
}

// namesTotal reports an amount whose subject, a few words before it, is a
// total ("that two-month total is worth roughly 398 billion pesos").
func namesTotal(f *claims.Fact) bool {
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-40), f.Span.Start))
	return strings.Contains(before, " total is ") || strings.Contains(before, " total was ") || strings.Contains(before, " total of ")
}

// namesWhole reports a restatement whose subject is the whole of what was
// counted: "the whole package comes to …", "the entire programme is worth …".
func namesWhole(f *claims.Fact) bool {
	lead := strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	for _, w := range []string{" the whole ", " the entire ", " the overall ", " the total ", " in total", " altogether"} {
		if strings.Contains(" "+lead, w) {
			return true
		}
	}
	return false
}

// largestIn returns the largest current amount in unit among fs, nil when
// there is none.
func largestIn(fs []*claims.Fact, unit string) *claims.Fact {
	var best *claims.Fact
	for _, f := range fs {
		if f.Quantity == nil || f.Quantity.Unit != unit || !isLevel(f) || f.Prior || precededBy(f, "from") || f.Quantity.Value <= 0 {
			continue
		}
		if best == nil || f.Quantity.Value > best.Quantity.Value {
			best = f
		}
	}
	return best
}

// convertedOpening reports a sentence opened by a conversion's rate:
// "Converted at the reference rate of 940 pesos per dollar, revenue …".
func convertedOpening(r *claims.Fact) bool {
	before := strings.ToLower(strings.TrimSpace(textOf(r.Doc, r.Sentence.Start, r.Span.Start)))
	for _, v := range []string{"converted at", "translated at", "calculated at"} {
		if strings.HasPrefix(before, v) && !strings.ContainsAny(before, ",;") {
			return true
		}
	}
	return false
}

// sameMeasureIn returns the one current amount in unit among fs that
// measures what like measures, by key without its unit ("revenu usd" for
// "revenu clp"), nil when none or several do.
func sameMeasureIn(fs []*claims.Fact, unit string, like *claims.Fact) *claims.Fact {
	measure := func(f *claims.Fact) string {
		k := f.Key
		if i := strings.LastIndexByte(k, ' '); i >= 0 && strings.EqualFold(k[i+1:], f.Quantity.Unit) {
			k = k[:i]
		}
		return k
	}
	want := measure(like)
	var found *claims.Fact
	for _, f := range fs {
		if f.Quantity == nil || f.Quantity.Unit != unit || !isLevel(f) || f.Prior || precededBy(f, "from") || f.Quantity.Value <= 0 ||
			want == "" || measure(f) != want {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// convertsTo reports an amount that the words right after it carry into
// another: "worth about TT$450 million, come to about US$166 million", "…,
// equivalent to …". The second is the first converted, however far off.
func convertsTo(from, to *claims.Fact) bool {
	if from.Doc != to.Doc || from.Span.End > to.Span.Start || to.Span.Start-from.Span.End > 40 {
		return false
	}
	between := strings.ToLower(from.Doc.Text[from.Span.End:to.Span.Start])
	for _, v := range []string{"come to", "comes to", "came to", "equivalent to", "equal to", "converts to", "amount to", "amounts to", ", or"} {
		if strings.Contains(between, v) {
			return true
		}
	}
	return false
}

// openingRate reports a rate in the adverbial that opens its sentence ("At an
// exchange rate of 26,300 dong to the dollar, …").
func openingRate(r *claims.Fact) bool {
	before := strings.ToLower(strings.TrimSpace(textOf(r.Doc, r.Sentence.Start, r.Span.Start)))
	if before == "" && len(r.Text()) > 3 && strings.EqualFold(r.Text()[:3], "at ") {
		return true // "At roughly TT$6.78 to the US dollar, …": the hedge took the "at" in
	}
	return (before == "at" || strings.HasPrefix(before, "at ")) && !strings.ContainsAny(before, ",;") || convertedOpening(r)
}

// onlyAmountExcept returns the one amount of fs in unit other than the rate,
// nil when there is none or more than one.
func onlyAmountExcept(fs []*claims.Fact, unit string, rate *claims.Fact) *claims.Fact {
	var found *claims.Fact
	for _, f := range fs {
		if f == rate || f.Quantity.Unit != unit || !isLevel(f) || f.Quantity.Value <= 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// samePerIn returns the one amount of fs in unit, neither a prior value
// nor a "from" level, priced per the unit from is priced per (or per none
// when from is not a price): "$2.64 a kilo" for "about Sh314 a kilo", "$6.32
// billion" and not "$400 a tonne" for "about R$36.2 billion". Nil when none
// or several.
func samePerIn(fs []*claims.Fact, unit string, from *claims.Fact) *claims.Fact {
	want := perDenominator(from)
	var found *claims.Fact
	for _, f := range fs {
		if f.Quantity == nil || f.Quantity.Unit != unit || f.Prior || precededBy(f, "from") || !isLevel(f) || f.Quantity.Value <= 0 || perDenominator(f) != want {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// statedWithRate reports whether the parser joined f to a conversion with
// its rate, which checkStatedRate checks.
func statedWithRate(f *claims.Fact) bool {
	c := f.Quantity.Conversion
	return c != nil && c.Rate > 0
}

// checkCentsRate checks an amount given with its dollar conversion against a
// rate stated in US cents: "A$2.4 billion, or roughly US$1.75 billion at an
// exchange rate of 65 US cents" (2.4 billion × 0.65 = US$1.56 billion).
func checkCentsRate(p *Pass, fs []*claims.Fact, rate statedRate, tol float64) *claims.Fact {
	r := rate.f
	cents := r.Quantity.Value / 100
	for _, f := range fs {
		q := f.Quantity
		c := q.Conversion
		if f == r || f.Span.Start > r.Span.Start || c == nil || c.Unit != "USD" || q.Unit == "USD" || len(q.Unit) != 3 ||
			q.Value <= 0 || c.Value <= 0 || c.Rate > 0 {
			continue
		}
		implied := c.Value / q.Value
		dev := math.Abs(implied/cents - 1)
		if dev <= tol {
			return nil
		}
		p.Report(Finding{Claims: ClaimsOf(f, r), Message: fmt.Sprintf(
			"%s implies %s US cents per %s, but the sentence states %s: %s %s × %s = %s USD, %s off; tolerance %s",
			QuoteText(convText(f)), FormatNumber(roundRate(implied*100)), q.Unit, Quote(r), FormatNumber(q.Value), q.Unit,
			FormatNumber(cents), FormatNumber(roundRate(q.Value*cents)), strings.TrimPrefix(FormatPercent(dev), "+"),
			strings.TrimPrefix(FormatPercent(tol), "+"))})
		return f
	}
	// "US$1,120 a tonne, equivalent to about A$1,950 at an exchange rate of
	// 64 US cents": the two amounts stand apart, one restating the other.
	usd := onlyAmountIn(fs, "USD", r)
	var other *claims.Fact
	for _, f := range fs {
		if f == r || f == usd || f.Span.Start > r.Span.Start || f.Quantity.Unit == "USD" || !currencyUnit(f.Quantity.Unit) ||
			!isLevel(f) || f.Quantity.Value <= 0 || f.Quantity.Conversion != nil {
			continue
		}
		if other != nil {
			return nil // two amounts in other currencies: no telling which is converted
		}
		other = f
	}
	if usd == nil || other == nil || !restates(usd) && !restates(other) || statedWithRate(usd) || statedWithRate(other) {
		return nil
	}
	implied := usd.Quantity.Value / other.Quantity.Value
	dev := math.Abs(implied/cents - 1)
	if dev <= tol {
		return nil
	}
	q := other.Quantity
	p.Report(Finding{Claims: ClaimsOf(other, usd, r), Message: fmt.Sprintf(
		"%s and %s imply %s US cents per %s, but the sentence states %s: %s %s × %s = %s USD, %s off; tolerance %s",
		Quote(other), Quote(usd), FormatNumber(roundRate(implied*100)), q.Unit, Quote(r), FormatNumber(q.Value), q.Unit,
		FormatNumber(cents), FormatNumber(roundRate(q.Value*cents)), strings.TrimPrefix(FormatPercent(dev), "+"),
		strings.TrimPrefix(FormatPercent(tol), "+"))})
	return other
}

// namedElsewhere reports an amount of unit before restated in its document
// that the restating words name: "the half-year deficit" the text gave
// earlier, so the amount of the sentence just before (the debt) is not the
// one restated. Words that name no earlier amount ("the package" after
// "loans worth ¥280.5 billion") say nothing against it.
func namedElsewhere(p *Pass, restated *claims.Fact, unit string, words []string, months string) bool {
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Doc == restated.Doc && f.Span.End <= restated.Sentence.Start && f.Quantity != nil && f.Quantity.Unit == unit &&
			isLevel(f) && !f.Prior && namedBy(f, words, months) {
			return true
		}
	}
	return false
}

// restatedAfter returns the one amount of unit after the rate that restates
// another ("that is about $2.15 billion"), or nil.
func restatedAfter(fs []*claims.Fact, unit string, rate *claims.Fact) *claims.Fact {
	var found *claims.Fact
	for _, f := range fs {
		if f.Span.Start <= rate.Span.Start || f.Quantity.Unit != unit || !isLevel(f) || f.Quantity.Value <= 0 || !thatIs(f) && !isAtRate(f, rate) {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// withoutTrailingHedge drops a hedge word that closes gap, the text before an
// amount ("… is about" → "… is", "a year (about" → "a year ("), and the
// spaces before it.
func withoutTrailingHedge(gap string) string {
	for _, h := range []string{"about", "roughly", "some", "around", "nearly", "almost", "approximately"} {
		if rest, ok := strings.CutSuffix(gap, h); ok && (rest == "" || strings.ContainsRune(" ,(", rune(rest[len(rest)-1]))) {
			gap = strings.TrimRight(rest, " ")
		}
	}
	return gap
}

// isAtRate reports an amount the rate right before it converts to: "which
// at the pegged rate of 1.41 dollars per dinar is about $198 million".
func isAtRate(f, rate *claims.Fact) bool {
	if rate.Span.End > f.Span.Start {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(textOf(f.Doc, rate.Span.End, f.Span.Start)))
	if strings.ContainsAny(gap, ";:()0123456789") || len(strings.Fields(gap)) > 7 {
		return false
	}
	gap = withoutTrailingHedge(gap)
	for _, v := range []string{" is", " comes to", " works out at", " amounts to", " equals", " would be"} {
		if strings.HasSuffix(gap, v) {
			return true
		}
	}
	return false
}

// thatIs reports an amount that restates the one before it in its sentence:
// "…, that is about $2.15 billion".
func thatIs(f *claims.Fact) bool {
	before := strings.ToLower(strings.TrimSpace(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-24), f.Span.Start)))
	if strings.HasSuffix(before, ", that is") || strings.HasSuffix(before, ", that is about") || strings.HasSuffix(before, ", that is roughly") ||
		strings.HasSuffix(before, ", that's about") {
		return true
	}
	// A sentence that opens on the restatement: "That is roughly 765 billion
	// sum …", "In Uzbek currency that is …", "In dong terms, this is …".
	lead := strings.TrimSpace(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	lead = strings.ToLower(inCurrencyLead.ReplaceAllString(lead, ""))
	return lead == "that is" || lead == "that's" || lead == "this is"
}

// inCurrencyLead matches the phrase that names the currency a sentence
// restates a sum in: "In Uzbek currency", "In local terms,".
var inCurrencyLead = regexp.MustCompile(`^(?i:in\s+(?:[\w-]+\s+){0,3}(?:currency|terms)\s*,?\s*)`)

// restates reports an amount written as the equivalent of another: "The
// deals, equivalent to about VND 58.6 trillion".
func restates(f *claims.Fact) bool {
	before := strings.ToLower(strings.TrimSpace(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-24), f.Span.Start)))
	return strings.HasSuffix(before, "equivalent to") || strings.HasSuffix(before, "equal to") || strings.HasSuffix(before, "or about") ||
		thatIs(f) ||
		strings.HasSuffix(before, "or roughly") || strings.HasSuffix(before, "worth about") || strings.HasSuffix(before, "worth some") ||
		strings.HasSuffix(before, "worth roughly") || strings.HasSuffix(before, "translates into") || strings.HasSuffix(before, "translates to") ||
		strings.HasSuffix(before, "amounts to") || strings.HasSuffix(before, "comes to") || strings.HasSuffix(before, "works out at") ||
		strings.HasSuffix(before, ",") && f.Quantity.Hedge != "" && f.Text() != "" && f.Text()[0] >= 'a' && f.Text()[0] <= 'z' || // "US$1,020 a tonne for its concentrate, roughly A$1,490 at … 65 US cents"
		strings.HasSuffix(before, " worth") && f.Quantity.Hedge != "" // "were worth about 11.4 trillion dong": the hedge is the amount's
}

// nextSentenceOf reports whether sentence b comes right after sentence a,
// with nothing but white space between them (a paragraph break at most):
// "The deals, equivalent to …" may open the paragraph after the deals.
func nextSentenceOf(text string, a, b claims.Span) bool {
	return a.End <= b.Start && b.Start <= len(text) && strings.TrimSpace(text[a.End:b.Start]) == ""
}

// currencyUnit reports a currency's ISO code, the unit of amounts of money.
func currencyUnit(u string) bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}

// sameRateAfter reports text that opens by pointing back to a rate stated
// before: " at the same rate", " at that rate", " at that exchange rate".
func sameRateAfter(after string) bool {
	for _, p := range []string{" at the same rate", " at the same exchange rate", " at that rate", " at that exchange rate", " at this rate"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// checkSameRateConversions checks an amount the parser joined with its
// restatement when the restatement points back to a rate stated before:
// "… at the period's average rate of 57.20 pesos per dollar. Revenue climbed
// 9.4% to 142.6 billion pesos, or $2.69 billion at that rate" (142.6 billion
// / 57.20 = $2.49 billion).
func checkSameRateConversions(p *Pass, tol float64, judged map[*claims.Fact]bool) {
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Doc == nil || f.Quantity == nil || f.Quantity.Conversion == nil || f.Quantity.Value <= 0 {
			continue
		}
		cv := f.Quantity.Conversion
		if cv.Rate > 0 || cv.Value <= 0 || len(cv.Unit) != 3 || len(f.Quantity.Unit) != 3 || cv.Unit == f.Quantity.Unit {
			continue
		}
		same := sameRateAfter(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+40))))
		rate, perUnit, _ := earlierRate(p, f, f.Quantity.Unit, cv.Unit)
		if rate == nil || perUnit <= 0 {
			continue
		}
		if !same && (f.Span.Start-rate.Span.End > rateReach || ratesOfPair(p, f.Doc, f.Quantity.Unit, cv.Unit) != 1) {
			// "At ₹88 to the dollar, the commitments amount to about ₹11,000
			// crore. Sunveda's $420 million (₹3,360 crore) plant …": with no
			// "at that rate", only the one rate of the pair a document
			// states, a few sentences before, is the one its conversions use.
			continue
		}
		implied := cv.Value / f.Quantity.Value
		dev := math.Abs(implied/perUnit - 1)
		if dev <= tol {
			continue
		}
		judged[f] = true
		op, by := "×", perUnit // written as the text gives the rate: "/ 57.2" for 57.20 pesos per dollar
		if perUnit < 1 {
			op, by = "/", 1/perUnit
		}
		// The implied rate is told the way round that is at least one:
		// "80 INR per USD", "53 MXN per USD", not "0.013 USD per INR".
		impliedText := FormatNumber(roundRate(1/implied)) + " " + f.Quantity.Unit + " per " + cv.Unit
		if implied > 1 {
			impliedText = FormatNumber(roundRate(implied)) + " " + cv.Unit + " per " + f.Quantity.Unit
		}
		p.Report(Finding{Claims: ClaimsOf(f, rate), Message: fmt.Sprintf(
			"%s implies %s, but the rate the text stated before is %s (%s): %s %s %s %s = %s %s, %s off; tolerance %s",
			QuoteText(convText(f)), impliedText, Quote(rate), Where(rate),
			FormatNumber(f.Quantity.Value), f.Quantity.Unit, op, FormatNumber(roundRate(by)),
			FormatNumber(roundRate(f.Quantity.Value*perUnit)), cv.Unit,
			strings.TrimPrefix(FormatPercent(dev), "+"), strings.TrimPrefix(FormatPercent(tol), "+"))})
	}
}

// rateReach is how far before a bare conversion, in bytes, the one rate of
// its pair the document states may stand to be taken as its rate.
const rateReach = 600

// ratesOfPair counts the rates between two currencies doc states: a rate
// of its own ("at ₹88 to the dollar") or inside a conversion's brackets.
func ratesOfPair(p *Pass, doc *claims.Document, a, b string) int {
	n := 0
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != doc || g.Quantity == nil || g.Quantity.Value <= 0 {
			continue
		}
		if cv := g.Quantity.Conversion; cv != nil && cv.Rate > 0 {
			if g.Quantity.Unit == a && cv.Unit == b || g.Quantity.Unit == b && cv.Unit == a {
				n++
			}
			continue
		}
		if r, ok := rateOf(g); ok && (r.unit == a && r.per == b || r.unit == b && r.per == a) {
			n++
		}
	}
	return n
}

// reportSwappedConversion reports a conversion within its rounding that is
// the exact product of the other amount and the rate with two neighbouring
// digits swapped: 18 million dollars at 21 koruna to the dollar is exactly
// 378 million koruna, so "387 million koruna" is a slip of the keys, though
// it lies within 3% of the rate.
func reportSwappedConversion(p *Pass, from, to *claims.Fact, rate statedRate) {
	for _, side := range []struct {
		f     *claims.Fact
		exact float64
	}{{from, to.Quantity.Value * rate.f.Quantity.Value}, {to, from.Quantity.Value / rate.f.Quantity.Value}} {
		q := side.f.Quantity
		ds, ok := writtenDigits(side.f.Text())
		if !ok || q.Value <= 0 || significant(ds) < 3 {
			continue
		}
		shown, err := strconv.ParseFloat(ds, 64)
		if err != nil || shown <= 0 {
			continue
		}
		decimals := 0
		if i := strings.IndexByte(ds, '.'); i >= 0 {
			decimals = len(ds) - i - 1
		}
		scaled := side.exact * shown / q.Value // the exact figure in the written one's scale
		unit := math.Pow(10, -float64(decimals))
		if math.Abs(scaled/unit-math.Round(scaled/unit)) > 0.01 {
			continue // the product is no whole number of the written figure's last digit: rounding, not a slip
		}
		want := strconv.FormatFloat(math.Round(scaled/unit)*unit, 'f', decimals, 64)
		if !swappedNeighbours(ds, want) {
			continue
		}
		other := to
		if side.f == to {
			other = from
		}
		p.Report(Finding{Claims: ClaimsOf(side.f, other, rate.f), Message: fmt.Sprintf(
			"%s is %s at %s: %s × %s = %s %s exactly; the written %s has two neighbouring digits of %s swapped",
			Quote(side.f), Quote(other), Quote(rate.f), FormatNumber(other.Quantity.Value), rateFactor(side.f == from, rate.f.Quantity.Value),
			FormatNumber(side.exact), q.Unit, ds, want)})
		return
	}
}

// rateFactor writes the rate as the product applies it: times the rate
// into its unit, times one over it out of it.
func rateFactor(intoUnit bool, r float64) string {
	if intoUnit {
		return FormatNumber(r)
	}
	return "1/" + FormatNumber(r)
}
