package rules

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// conversion is one amount given in two units, with the rate it implies: how many
// of the pair's second unit make one of its first.
type conversion struct {
	f      *claims.Fact
	u1, u2 string
	rate   float64
}

// checkConversions compares the exchange rates implied by conversions of the same
// pair in sources of the same year, against their median.
func checkConversions(p *Pass) {
	tol := p.Config.ConversionTolerance
	if tol <= 0 {
		tol = 0.05
	}
	var order []string
	groups := map[string][]conversion{}
	for _, k := range []claims.Kind{claims.KindQuantity, claims.KindChange} {
		for _, f := range p.Index.Kind(k) {
			c, ok := conversionOf(f)
			if !ok {
				continue
			}
			year := ""
			if d := dateOf(f); !d.IsZero() {
				year = d.Format("2006")
			}
			g := c.u1 + "/" + c.u2 + "/" + year
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
			msg := fmt.Sprintf("%s implies %s, %s off the %s of %s (%s); tolerance %s",
				QuoteText(convText(c.f)), rateText(c), strings.TrimPrefix(FormatPercent(dev), "+"), rateText(ref),
				QuoteText(convText(ref.f)), Where(ref.f), strings.TrimPrefix(FormatPercent(tol), "+"))
			p.Report(Finding{Message: msg, Claims: ClaimsOf(c.f, ref.f)})
		}
	}
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
