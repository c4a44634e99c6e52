package quantity

import (
	"strconv"

	"github.com/claimcheck/claimcheck/claims/token"
)

// parse runs the tokenizer and Parse, as callers do.
func parse(s string) []Quantity {
	return Parse(s, token.Scan(s, nil))
}

// render writes a quantity compactly for table tests:
// "text=value[..hi] unit[ kind±]", e.g. "over 20%=20 percent change+".
func render(s string, q Quantity) string {
	out := s[q.Start:q.End] + "=" + strconv.FormatFloat(q.Value, 'g', -1, 64)
	if q.IsRange {
		out += ".." + strconv.FormatFloat(q.ValueHi, 'g', -1, 64)
	}
	out += " " + q.Unit
	if q.Kind != Amount {
		out += " " + string(q.Kind)
		switch q.Direction {
		case 1:
			out += "+"
		case -1:
			out += "-"
		}
	}
	return out
}

func renderAll(s string, qs []Quantity) []string {
	var out []string
	for _, q := range qs {
		out = append(out, render(s, q))
	}
	return out
}
