package rules

import (
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// trailingTotalWords lead to a total that closes the list of its parts:
// "the United States took 38 percent, Japan 22 percent and Brazil 17
// percent, together accounting for 83 percent".
var trailingTotalWords = []string{"together", "combined", "a total of", "in all", "in total", "altogether", "between them"}

// checkTrailingShares checks a sentence that lists two shares or more, the
// last after "and", and then closes them with their sum ("the United States
// took 38 percent of sales, Japan 22 percent and Brazil 17 percent, together
// accounting for 83 percent"). It reports whether the sentence holds such a
// list. Shares only: a total after amounts has its own checks.
func checkTrailingShares(p *Pass, levels []*claims.Fact) bool {
	for ti, t := range levels {
		if ti < 2 || t.Quantity == nil || t.Quantity.Unit != "percent" || t.Quantity.IsRange || t.Prior {
			continue
		}
		prev := levels[ti-1]
		lead := strings.ToLower(textOf(t.Doc, prev.Span.End, t.Span.Start))
		if len(lead) > 60 || strings.ContainsAny(lead, ";:") || !containsAny(lead, trailingTotalWords) {
			continue
		}
		// The parts: the run of amounts of t's unit right before it, joined by
		// commas and a closing "and", with no other figure among them.
		var parts []*claims.Fact
		closed := false
		for k := ti - 1; k >= 0; k-- {
			f := levels[k]
			if f.Quantity == nil || f.Quantity.Unit != t.Quantity.Unit || f.Quantity.IsRange || f.Prior || f.Quantity.Value >= t.Quantity.Value {
				break
			}
			if len(parts) > 0 {
				gap := textOf(t.Doc, f.Span.End, parts[0].Span.Start)
				if len(gap) > 50 || strings.ContainsAny(gap, ";:.") || !strings.Contains(gap, ",") && !strings.Contains(gap, " and ") {
					break
				}
				if strings.Contains(gap, " and ") && len(parts) == 1 {
					closed = true
				}
			}
			parts = append([]*claims.Fact{f}, parts...)
		}
		if len(parts) < 2 || !closed {
			continue
		}
		sum := 0.0
		var quoted []string
		for _, f := range parts {
			sum += f.Quantity.Value
			quoted = append(quoted, Quote(f))
		}
		if math.Abs(sum-t.Quantity.Value) <= roundingSlack(t, parts) {
			return true
		}
		reportWrittenParts(p, t, Quote(t), quoted, sum)
		return true
	}
	return false
}

// roundingSlack is how far written parts may miss their total by rounding:
// half a unit of the last written digit of each figure ("38 percent" may be
// 38.4), a twentieth of a hedged one ("about 31 percent").
func roundingSlack(t *claims.Fact, parts []*claims.Fact) float64 {
	slack := 0.0
	for _, f := range append([]*claims.Fact{t}, parts...) {
		if f.Quantity.Hedge != "" {
			slack += math.Abs(f.Quantity.Value) * 0.05
			continue
		}
		unit := 1.0
		if ds, ok := writtenDigits(f.Text()); ok {
			if i := strings.IndexByte(ds, '.'); i >= 0 {
				unit = math.Pow(10, -float64(len(ds)-i-1))
			}
		}
		slack += unit / 2
	}
	return slack + 1e-9
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
