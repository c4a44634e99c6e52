package quantity

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// peerAdapter returns the function that reports our results for a file of the
// peer's suite, in the peer's shapes.
func peerAdapter(file string) func(string, []token.Token) []peerGot {
	switch {
	case strings.HasPrefix(file, "NumberModel"):
		return peerNumbers
	case strings.HasPrefix(file, "OrdinalModel"):
		return peerOrdinals
	case strings.HasPrefix(file, "PercentModel"):
		return func(s string, toks []token.Token) []peerGot {
			out := peerQuantities(s, toks, func(q Quantity) (peerGot, bool) {
				return peerGot{value: fmtNum(q.Value) + "%"}, q.Unit == "percent" && !q.IsRange
			})
			for _, m := range Mentions(s, toks) {
				if m.Unit == "percent" {
					a, b := peerSpan(s, m.Start, m.End)
					out = append(out, peerGot{start: a, end: b, value: "null"})
				}
			}
			return out
		}
	case strings.HasPrefix(file, "CurrencyModel"):
		return func(s string, toks []token.Token) []peerGot {
			return peerQuantities(s, toks, func(q Quantity) (peerGot, bool) {
				return peerGot{value: fmtNum(q.Value), unit: q.Unit}, isMoneyUnit(q.Unit) && !q.IsRange && q.Kind != Multiple
			})
		}
	case strings.HasPrefix(file, "DimensionModel"):
		return func(s string, toks []token.Token) []peerGot {
			return peerQuantities(s, toks, func(q Quantity) (peerGot, bool) {
				_, ok := peerUnitNames[q.Unit]
				return peerGot{value: fmtNum(q.Value), unit: q.Unit}, ok && !q.IsRange && q.Kind != Multiple
			})
		}
	case strings.HasPrefix(file, "NumberRangeModel"):
		return peerRanges
	}
	return func(string, []token.Token) []peerGot { return nil }
}

func peerNumbers(s string, toks []token.Token) []peerGot {
	var out []peerGot
	for _, n := range Numbers(s, toks) {
		a, b := peerSpan(s, n.Start, n.End)
		out = append(out, peerGot{start: a, end: b, value: fmtNum(n.Value)})
	}
	return out
}

func peerOrdinals(s string, toks []token.Token) []peerGot {
	var out []peerGot
	for _, o := range Ordinals(s, toks) {
		a, b := peerSpan(s, o.Start, o.End)
		v := fmtNum(o.Value)
		if o.Relative != "" {
			v = o.Relative + "+" + strconv.Itoa(o.Offset)
			if o.Offset < 0 {
				v = o.Relative + strconv.Itoa(o.Offset)
			}
		}
		out = append(out, peerGot{start: a, end: b, value: v})
	}
	return out
}

// peerQuantities reports the quantities that keep passes; the span is the
// amount without its hedge, as the peer's unit models report it.
func peerQuantities(s string, toks []token.Token, keep func(Quantity) (peerGot, bool)) []peerGot {
	var out []peerGot
	for _, q := range Parse(s, toks) {
		g, ok := keep(q)
		if !ok {
			continue
		}
		g.start, g.end = peerSpan(s, q.AmountStart, q.End)
		out = append(out, g)
	}
	return out
}

// peerRanges reports hedged numbers and ranges in interval notation: the
// bound the words state, without our granularity ("more than 20" is "(20,)").
// A lower and an upper bound joined by "and" or "but" make one range.
func peerRanges(s string, toks []token.Token) []peerGot {
	type bound struct {
		start, end int
		lo, hi     string
		loOpen     bool
		hiOpen     bool
		loV, hiV   float64
	}
	var bs []bound
	for _, q := range Parse(s, toks) {
		b := bound{start: q.Start, end: q.NumberEnd, loV: math.Inf(-1), hiV: math.Inf(1)}
		v := fmtNum(q.Value)
		switch {
		case q.IsRange:
			b.lo, b.hi, b.hiOpen, b.loV, b.hiV = v, fmtNum(q.ValueHi), true, q.Value, q.ValueHi
		case q.Hedge == "over":
			b.lo, b.loOpen, b.loV = v, true, q.Value
		case q.Hedge == "at least":
			b.lo, b.loV = v, q.Value
		case q.Hedge == "fewer than":
			b.hi, b.hiOpen, b.hiV = v, true, q.Value
		case q.Hedge == "up to" || q.Hedge == "as many as":
			b.hi, b.hiV = v, q.Value
		case q.Hedge == "exactly":
			b.lo, b.hi, b.loV, b.hiV = v, v, q.Value, q.Value
		default:
			continue
		}
		if n := len(bs); n > 0 {
			prev := &bs[n-1]
			gap := strings.ToLower(strings.TrimSpace(s[prev.end:q.Start]))
			joins := gap == "and" || gap == "but" || gap == "," || gap == ", and"
			if joins && prev.hi == "" && b.lo == "" && prev.loV < b.hiV || joins && prev.lo == "" && b.hi == "" && b.loV < prev.hiV {
				if prev.lo == "" {
					prev.lo, prev.loOpen, prev.loV = b.lo, b.loOpen, b.loV
				} else {
					prev.hi, prev.hiOpen, prev.hiV = b.hi, b.hiOpen, b.hiV
				}
				prev.end = b.end
				continue
			}
		}
		bs = append(bs, b)
	}
	out := make([]peerGot, 0, len(bs))
	for _, b := range bs {
		l, r := "[", "]"
		if b.loOpen || b.lo == "" {
			l = "("
		}
		if b.hiOpen || b.hi == "" {
			r = ")"
		}
		a, e := peerSpan(s, b.start, b.end)
		out = append(out, peerGot{start: a, end: e, value: l + b.lo + "," + b.hi + r})
	}
	return out
}

// peerSameValue compares the resolved values of the peer's result w and ours.
func peerSameValue(file string, w peerResult, g peerGot) bool {
	want, _ := w.Resolution["value"].(string)
	switch {
	case strings.HasSuffix(file, "NumberRangeModel.json"):
		return sameInterval(want, g.value)
	case strings.HasSuffix(file, "OrdinalModel.json"):
		if strings.Contains(want, "+") || strings.Contains(want, "-") && !strings.HasPrefix(want, "-") {
			return want == g.value
		}
		return sameNum(want, g.value)
	case strings.HasSuffix(file, "PercentModel.json"):
		if want == "null" {
			return g.value == "null" // a percent word with no amount
		}
		return strings.HasSuffix(want, "%") && sameNum(strings.TrimSuffix(want, "%"), strings.TrimSuffix(g.value, "%"))
	case strings.HasSuffix(file, "CurrencyModel.json"):
		if !sameNum(want, g.value) {
			return false
		}
		if iso, _ := w.Resolution["isoCurrency"].(string); iso != "" {
			return iso == g.unit
		}
		unit, _ := w.Resolution["unit"].(string)
		return peerCurrencyNames[unit] == g.unit
	case strings.HasSuffix(file, "DimensionModel.json"):
		unit, _ := w.Resolution["unit"].(string)
		return sameNum(want, g.value) && strings.Contains("|"+peerUnitNames[g.unit]+"|", "|"+unit+"|")
	}
	return sameNum(want, g.value)
}

// sameNum compares two numbers written as strings to the 14 digits the peer prints.
func sameNum(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	return x == y || math.Abs(x-y) <= 1e-12*math.Max(math.Abs(x), math.Abs(y))
}

// sameInterval compares "(20,35]" with ours, bound by bound.
func sameInterval(a, b string) bool {
	if len(a) < 3 || len(b) < 3 || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	pa := strings.Split(a[1:len(a)-1], ",")
	pb := strings.Split(b[1:len(b)-1], ",")
	if len(pa) != 2 || len(pb) != 2 {
		return false
	}
	for i := range pa {
		if (pa[i] == "") != (pb[i] == "") || pa[i] != "" && !sameNum(pa[i], pb[i]) {
			return false
		}
	}
	return true
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// isMoneyUnit reports whether unit is a currency or a currency's hundredth.
func isMoneyUnit(u string) bool {
	return u == "cent" || u == "pence" || currencyCode(u) != "" || u == "FIM" || u == "ESP" || u == "NLG"
}

// peerCurrencyNames maps the peer's currency names without an ISO code to ours.
var peerCurrencyNames = map[string]string{
	"Dollar": "USD", "Pound": "GBP", "Euro": "EUR", "Cent": "cent", "Pence": "pence", "Penny": "pence",
	"Franc": "CHF", "Japanese yen": "JPY", "Chinese yuan": "CNY", "British pound": "GBP",
	"Rupee": "INR", "Bitcoin": "BTC", "Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG",
}

// peerUnitNames maps our units to the peer's names ("|" separates synonyms).
var peerUnitNames = map[string]string{
	"km": "Kilometer", "m": "Meter", "cm": "Centimeter", "mm": "Millimeter", "mile": "Mile",
	"foot": "Foot", "inch": "Inch", "km2": "Square kilometer", "m2": "Square meter",
	"ha": "Hectare", "acre": "Acre", "tonne": "Ton|Metric ton", "kg": "Kilogram", "g": "Gram",
	"pound": "Pound", "ounce": "Ounce", "l": "Liter", "ml": "Milliliter", "gallon": "Gallon",
	"barrel": "Barrel", "m3": "Cubic meter", "ft3": "Cubic foot", "km/h": "Kilometer per hour",
	"mph": "Mile per hour", "bit": "Bit", "byte": "Byte", "dm": "Decimeter",
	"µg": "Microgram", "mg": "Milligram", "cup": "Cup", "tbsp": "Tablespoon", "tsp": "Teaspoon",
}
