package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

func TestArithmeticParts(t *testing.T) {
	type q struct {
		s, key string
		iv     quantity.Interval
	}
	tests := []struct {
		name string
		text string
		qs   []q
		want []string
	}{
		{name: "parts short of the total",
			text: "Nearly 30 firms took part. They were 12 domestic firms and 9 foreign firms.\n",
			qs:   []q{{"Nearly 30 firms", "firm", co(29, 30)}, {"12 domestic firms", "domestic firm", cc(12, 12)}, {"9 foreign firms", "foreign firm", cc(9, 9)}},
			want: []string{`"Nearly 30 firms" is [29, 30) but its parts "12 domestic firms" + "9 foreign firms" (a.txt:1) add up to 21, which fall short of it`}},
		{name: "parts exceed the total even when a selection",
			text: "Some 20 firms took part, including 12 domestic firms and 9 foreign firms.\n",
			qs:   []q{{"Some 20 firms", "firm", cc(20, 20)}, {"12 domestic firms", "domestic firm", cc(12, 12)}, {"9 foreign firms", "foreign firm", cc(9, 9)}},
			want: []string{`"Some 20 firms" is 20 but its parts "12 domestic firms" + "9 foreign firms" (a.txt:1) add up to 21, which exceed it`}},
		{name: "parts that add up",
			text: "Over 20 firms took part: 12 domestic firms and 9 foreign firms.\n",
			qs:   []q{{"Over 20 firms", "firm", oc(20, 30)}, {"12 domestic firms", "domestic firm", cc(12, 12)}, {"9 foreign firms", "foreign firm", cc(9, 9)}}},
		{name: "a selection may fall short",
			text: "Nearly 30 firms took part, including 12 domestic firms and 9 foreign firms.\n",
			qs:   []q{{"Nearly 30 firms", "firm", co(29, 30)}, {"12 domestic firms", "domestic firm", cc(12, 12)}, {"9 foreign firms", "foreign firm", cc(9, 9)}}},
		{name: "total in another paragraph",
			text: "Nearly 30 firms took part.\n\nLast year 12 domestic firms and 9 foreign firms came.\n",
			qs:   []q{{"Nearly 30 firms", "firm", co(29, 30)}, {"12 domestic firms", "domestic firm", cc(12, 12)}, {"9 foreign firms", "foreign firm", cc(9, 9)}}},
		{name: "same key twice is not a breakdown",
			text: "Nearly 30 firms came. 12 firms came in May and 9 firms in June.\n",
			qs:   []q{{"Nearly 30 firms", "firm", co(29, 30)}, {"12 firms", "firm", cc(12, 12)}, {"9 firms", "firm", cc(9, 9)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "", tt.text)
			var fs []*claims.Fact
			for _, x := range tt.qs {
				fs = append(fs, qty(t, d, x.s, x.key, x.iv, "count"))
			}
			got := runOneRule(Arithmetic(), []*claims.Document{d}, fs...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}

func TestArithmeticShares(t *testing.T) {
	tests := []struct {
		name, text, a, b, pc string
		av                   float64
		piv                  quantity.Interval
		want                 []string
	}{
		{"wrong share", "Of them, 40 of 200 firms, or 25%, plan to expand.\n", "40", "200 firms", "25%", 40, cc(25, 25),
			[]string{`"40" of "200 firms" is 20%, not "25%" (40/200)`}},
		{"right share", "Of them, 40 of 200 firms, or 20%, plan to expand.\n", "40", "200 firms", "20%", 40, cc(20, 20), nil},
		{"rounded share", "Some 41 out of 200 firms (20%) plan to expand.\n", "41", "200 firms", "20%", 41, cc(20, 20), nil},
		{"percentage not an apposition", "Of them, 40 of 200 firms grew 25% last year.\n", "40", "200 firms", "25%", 40, cc(25, 25), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "", tt.text)
			fs := []*claims.Fact{
				qty(t, d, tt.a, "firm", cc(tt.av, tt.av), "count"),
				qty(t, d, tt.b, "firm", cc(200, 200), "count"),
				qty(t, d, tt.pc, "firm", tt.piv, "percent"),
			}
			got := runOneRule(Arithmetic(), []*claims.Document{d}, fs...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}

func TestArithmeticConversions(t *testing.T) {
	conv := func(t *testing.T, d *claims.Document, s string, v float64, unit string, cs string, cv float64, cunit string) *claims.Fact {
		f := qty(t, d, s, "revenue", cc(v, v), unit)
		f.Quantity.Value = v
		sp := spanOf(t, d, cs)
		f.Quantity.Conversion = &quantity.Quantity{Start: sp.Start, End: sp.End, Kind: quantity.Amount, Value: cv, Unit: cunit, Interval: cc(cv, cv)}
		return f
	}
	a := newDoc(t, "a.txt", "2025-01-10", "Revenue reached 14.83 trillion VND (563.71 million USD) last year.\n")
	b := newDoc(t, "b.txt", "2025-03-10", "Exports were 2.4 trillion VND (100 million USD).\n")
	c := newDoc(t, "c.txt", "2025-05-10", "Profit was 26 billion VND (1 million USD).\n")
	old := newDoc(t, "d.txt", "2019-05-10", "Profit was 23 billion VND (1 million USD).\n")
	fs := []*claims.Fact{
		conv(t, a, "14.83 trillion VND", 14.83e12, "VND", "563.71 million USD", 563.71e6, "USD"),
		conv(t, b, "2.4 trillion VND", 2.4e12, "VND", "100 million USD", 100e6, "USD"),
		conv(t, c, "26 billion VND", 26e9, "VND", "1 million USD", 1e6, "USD"),
		conv(t, old, "23 billion VND", 23e9, "VND", "1 million USD", 1e6, "USD"),
	}
	got := runOneRule(Arithmetic(), []*claims.Document{a, b, c, old}, fs...)
	assert.Equal(t, []string{`"2.4 trillion VND (100 million USD)" implies 24,000 VND per USD, 7.7% off the 26,000 VND per USD of "26 billion VND (1 million USD)" (c.txt:1); tolerance 5%`}, nilIfEmpty(messages(got)))
	got = Run(claims.NewIndex([]*claims.Document{a, b, c, old}, fs), []*Rule{Arithmetic()}, Settings{ConversionTolerance: 0.1})
	assert.Empty(t, got, "a wider tolerance accepts the 7.7% gap")
}

func TestHalfUnit(t *testing.T) {
	tests := []struct {
		v, want float64
	}{
		{3.872e10, 0.5e7 / 3.872e10}, // "3,872 crore"
		{310e6, 0.5e7 / 310e6},       // "$310 million"
		{150, 5.0 / 150},             // a round rate
		{1 / (1 / 122.0), 0.5 / 122}, // an inverted rate read back
		{0, 0},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, halfUnit(tt.v), 1e-12, "%g", tt.v)
	}
}
