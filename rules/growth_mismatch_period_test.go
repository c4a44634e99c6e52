package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// TestGrowthMismatchPeriods checks that a level's stated period dates it (two
// figures published the same day can still be a year apart), and that levels
// over periods of different lengths are never the two ends of a change.
func TestGrowthMismatchPeriods(t *testing.T) {
	const y23, y24, m9 = "2023-01-01/2024-01-01", "2024-01-01/2025-01-01", "2024-01-01/2024-10-01"
	type lv struct {
		text   string
		iv     quantity.Interval
		period string
	}
	tests := []struct {
		name     string
		levels   []lv
		ctext    string
		phrase   string
		chPeriod string
		want     []string
	}{
		{name: "levels of one day dated by their periods",
			levels: []lv{{"USD 10 billion", cc(10e9, 10e9), y23}, {"USD 15 billion", cc(15e9, 15e9), y24}},
			ctext:  "Exports grew by 10% in 2024.", phrase: "grew by 10%", chPeriod: y24,
			want: []string{`"grew by 10%" vs "USD 10 billion" (2023-01-01/2024-01-01, l0.txt:1) → "USD 15 billion" (2024-01-01/2025-01-01, l1.txt:1): these imply at least +50% (15,000,000,000/10,000,000,000 − 1), more than the 10% stated`}},
		{name: "levels of one day that agree with the change",
			levels: []lv{{"USD 10 billion", cc(10e9, 10e9), y23}, {"USD 11 billion", cc(11e9, 11e9), y24}},
			ctext:  "Exports grew by 10% in 2024.", phrase: "grew by 10%", chPeriod: y24},
		{name: "a nine-month figure is not the end of a yearly change",
			levels: []lv{{"USD 10 billion", cc(10e9, 10e9), y23}, {"USD 8 billion", cc(8e9, 8e9), m9}},
			ctext:  "Exports grew by 10%.", phrase: "grew by 10%"},
		{name: "the change's period must be where the levels' periods end",
			levels: []lv{{"USD 10 billion", cc(10e9, 10e9), y23}, {"USD 15 billion", cc(15e9, 15e9), y24}},
			ctext:  "Exports grew by 10% in the first half.", phrase: "grew by 10%", chPeriod: "2025-01-01/2025-07-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*claims.Document
			var fs []*claims.Fact
			for i, l := range tt.levels {
				d := newDoc(t, "l"+string(rune('0'+i))+".txt", "2025-02-01", "Exports reached "+l.text+".\n")
				docs = append(docs, d)
				fs = append(fs, qty(t, d, l.text, "export", l.iv, "USD", qFlow, qPeriod(l.period)))
			}
			c := newDoc(t, "c.txt", "2025-02-02", tt.ctext+"\n")
			ch := chg(t, c, tt.phrase, "export percent", cc(10, 10), "percent", quantity.Change, 1)
			ch.Period = tt.chPeriod
			docs = append(docs, c)
			fs = append(fs, ch)
			got := runOneRule(GrowthMismatch(), docs, fs...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}
