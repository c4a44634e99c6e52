package rules

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// conversion is one amount given in two units, with the rate it implies: how many
// of the pair's second unit make one of its first.
type conversion struct {
	f      *claims.Fact
	u1, u2 string
	rate   float64
}

// statedRateTolerance is the most a conversion may differ from the rate
// its own sentence states.
const statedRateTolerance = 0.03

// minStatedRateTolerance is the least slack a conversion gets against its
// own stated rate, however many digits its figures are written with.
const minStatedRateTolerance = 0.01

// halfUnit is half a unit of the last significant digit of v, relative to
// v: how far rounding may have moved it. "3,872 crore" is good to 0.01%,
// "$310 million" to 1.6%, a rate of "150 yen" to 3.3%.
func halfUnit(v float64) float64 {
	if v <= 0 {
		return 0
	}
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'e', 11, 64), 64) // 1/(1/122) back to 122
	s := strconv.FormatFloat(v, 'e', -1, 64)                           // "3.872e+10": the shortest digits that give v
	mant, exp, _ := strings.Cut(s, "e")
	digits := len(strings.Replace(mant, ".", "", 1))
	e, err := strconv.Atoi(exp)
	if err != nil {
		return 0
	}
	return 0.5 * math.Pow(10, float64(e-digits+1)) / v
}

// checkConversions compares the exchange rates implied by conversions of the same
// pair in sources of the same year, against their median.
func checkConversions(p *Pass) {
	tol := p.Config.ConversionTolerance
	if tol <= 0 {
		tol = 0.05
	}
	// A rate stated beside its conversion leaves only rounding between them:
	// "USD 2.4 billion … about VND 58.6 trillion at 25,500 dong per dollar" is
	// 4% off. Rates of other sources and days may differ by more.
	stated := min(tol, statedRateTolerance)
	judged := checkSentenceRates(p, stated)
	checkSameRates(p, stated)
	checkSameRateConversions(p, stated, judged)
	checkDocumentRates(p, tol, judged)
	var order []string
	groups := map[string][]conversion{}
	for _, k := range []claims.Kind{claims.KindQuantity, claims.KindChange} {
		for _, f := range p.Index.Kind(k) {
			c, ok := conversionOf(f)
			if !ok {
				continue
			}
			if judged[f] || checkStatedRate(p, f, stated) {
				continue // wrong against its own rate: not held against others too
			}
			if cv := f.Quantity.Conversion; cv != nil && cv.Rate > 0 && otherFitsRate(p, f, stated) {
				continue // the restatement of another amount of its sentence
			}
			year := ""
			if d := dateOf(f); !d.IsZero() {
				year = d.Format("2006")
			}
			g := c.u1 + "/" + c.u2 + "/" + year
			if !quantity.IsMoney(c.u1) || !quantity.IsMoney(c.u2) {
				g += "/" + f.Key // "31,000 tonnes ($84 million)" of pangasius is no price of black pepper
			}
			if _, ok := groups[g]; !ok {
				order = append(order, g)
			}
			groups[g] = append(groups[g], c)
		}
	}
	for _, g := range order {
		cs := groups[g]
		if len(cs) < 2 {
			continue
		}
		sorted := append([]conversion(nil), cs...)
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].rate < sorted[j].rate })
		ref := sorted[(len(sorted)-1)/2]
		for _, c := range cs {
			dev := math.Abs(c.rate/ref.rate - 1)
			if c.f == ref.f || dev <= tol {
				continue
			}
			if r := math.Max(c.rate/ref.rate, ref.rate/c.rate); r > 2 && c.f.Doc != ref.f.Doc && !powerOfTen(r) {
				// 58 pesos to the dollar in one story, 18 or 930 in another: the
				// pesos of two countries, as dollars, rupees and dinars may be.
				// A wrong rate is less than twice off, a slip of scale a power
				// of ten.
				continue
			}
			msg := fmt.Sprintf("%s implies %s, %s off the %s of %s (%s); tolerance %s",
				QuoteText(convText(c.f)), rateText(c), strings.TrimPrefix(FormatPercent(dev), "+"), rateText(ref),
				QuoteText(convText(ref.f)), Where(ref.f), strings.TrimPrefix(FormatPercent(tol), "+"))
			p.Report(Finding{Message: msg, Claims: ClaimsOf(c.f, ref.f)})
		}
	}
}

// checkStatedRate reports a conversion that disagrees with the rate stated
// beside it ("THB 41.2 billion (about USD 1.5 billion at 34 baht to the
// dollar)" implies 27.5 baht to the dollar) and returns whether it did.
func checkStatedRate(p *Pass, f *claims.Fact, tol float64) bool {
	q := f.Quantity
	c := q.Conversion
	if c.Rate <= 0 || c.Value <= 0 || q.Value <= 0 {
		return false
	}
	implied := q.Value / c.Value
	dev := math.Abs(implied/c.Rate - 1)
	written := c.Rate // the rate as the text writes it: "Tk 122 to the dollar", not 1/122
	if c.RateInverted {
		written = 1 / c.Rate
	}
	tol = min(tol, max(minStatedRateTolerance, halfUnit(q.Value)+halfUnit(c.Value)+halfUnit(written)))
	if dev <= tol {
		return false
	}
	if convertsMoveEnd(p, f, tol) {
		return false // "rose 14% to R$24.8 billion from R$21.7 billion, equivalent to about US$4.5 billion": the new level's
	}
	if otherFitsRate(p, f, tol) {
		return false // "5.8 million pesos and managers 9 million pesos, about $6,100 at 950 pesos to the dollar": the first's
	}
	if c.RateInverted {
		// "$1.24 billion, or about 32.6 trillion dong at 26,300 dong to the
		// dollar": written the way the text gives the rate.
		p.Report(Finding{Claims: ClaimsOf(f), Message: fmt.Sprintf(
			"%s implies %s %s per %s, but states %s: %s %s × %s = %s %s, %s off; tolerance %s",
			QuoteText(convText(f)), FormatNumber(roundRate(1/implied)), c.Unit, q.Unit, FormatNumber(roundRate(1/c.Rate)),
			FormatNumber(q.Value), q.Unit, FormatNumber(roundRate(1/c.Rate)), FormatNumber(roundRate(q.Value/c.Rate)), c.Unit,
			strings.TrimPrefix(FormatPercent(dev), "+"), strings.TrimPrefix(FormatPercent(tol), "+"))})
		return true
	}
	p.Report(Finding{Claims: ClaimsOf(f), Message: fmt.Sprintf(
		"%s implies %s %s per %s, but states %s: %s %s / %s = %s %s, %s off; tolerance %s",
		QuoteText(convText(f)), FormatNumber(roundRate(implied)), q.Unit, c.Unit, FormatNumber(c.Rate),
		FormatNumber(q.Value), q.Unit, FormatNumber(c.Rate), FormatNumber(roundRate(q.Value/c.Rate)), c.Unit,
		strings.TrimPrefix(FormatPercent(dev), "+"), strings.TrimPrefix(FormatPercent(tol), "+"))})
	return true
}

// otherFitsRate reports another amount of f's unit earlier in its sentence
// that the conversion fits at the stated rate: the restatement may be of
// that one, which stands further from it.
func otherFitsRate(p *Pass, f *claims.Fact, tol float64) bool {
	c := f.Quantity.Conversion
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g == f || g.Doc != f.Doc || g.Sentence != f.Sentence || g.Span.Start >= f.Span.Start || g.Quantity == nil ||
			g.Quantity.Unit != f.Quantity.Unit || g.Quantity.Value <= 0 {
			continue
		}
		if math.Abs(g.Quantity.Value/c.Value/c.Rate-1) <= tol {
			return true
		}
	}
	return false
}

// conversionOf reads the rate of a fact with a conversion; units are ordered so the
// same pair always has the same direction.
func conversionOf(f *claims.Fact) (conversion, bool) {
	q := f.Quantity
	if q == nil || q.Conversion == nil || f.Doc == nil {
		return conversion{}, false
	}
	c := q.Conversion
	if q.Unit == "" || c.Unit == "" || q.Unit == c.Unit || q.Value <= 0 || c.Value <= 0 ||
		math.IsInf(q.Value, 0) || math.IsInf(c.Value, 0) {
		return conversion{}, false
	}
	if q.Unit < c.Unit {
		return conversion{f: f, u1: q.Unit, u2: c.Unit, rate: c.Value / q.Value}, true
	}
	return conversion{f: f, u1: c.Unit, u2: q.Unit, rate: q.Value / c.Value}, true
}

// rateText writes a rate the readable way round: "26,309 VND per USD".
func rateText(c conversion) string {
	if c.rate >= 1 {
		return FormatNumber(roundRate(c.rate)) + " " + c.u2 + " per " + c.u1
	}
	return FormatNumber(roundRate(1/c.rate)) + " " + c.u1 + " per " + c.u2
}

// roundRate keeps four significant digits, enough to compare rates by eye.
func roundRate(r float64) float64 {
	if r <= 0 || math.IsInf(r, 0) || math.IsNaN(r) {
		return r
	}
	scale := math.Pow(10, math.Floor(math.Log10(r))-3)
	return math.Round(r/scale) * scale
}

// convertsMoveEnd reports a conversion written after the "from" amount of a
// move that fits the move's other end at the stated rate: "Net revenue rose
// 14% to R$24.8 billion from R$21.7 billion, equivalent to about US$4.5
// billion at R$5.50 per dollar" converts the R$24.8 billion.
func convertsMoveEnd(p *Pass, f *claims.Fact, tol float64) bool {
	c := f.Quantity.Conversion
	if f.Doc == nil || !precededBy(f, "from") || c.Value <= 0 || c.Rate <= 0 {
		return false
	}
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != f.Doc || g.Sentence != f.Sentence || g.Span.End > f.Span.Start || g.Quantity == nil ||
			g.Quantity.Unit != f.Quantity.Unit || !precededBy(g, "to") {
			continue
		}
		if math.Abs(g.Quantity.Value/c.Value/c.Rate-1) <= tol {
			return true
		}
	}
	return false
}

// powerOfTen reports a ratio within 5% of 10, 100, 1,000 or more: a slip of
// scale ("million" for "billion"), not another currency.
func powerOfTen(r float64) bool {
	e := math.Round(math.Log10(r))
	return e >= 1 && math.Abs(r/math.Pow(10, e)-1) <= 0.05
}
