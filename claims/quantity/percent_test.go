package quantity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims/token"
)

func TestParsePercentBefore(t *testing.T) {
	runParse(t, []parseCase{
		{"word then digits", "The share stood at percent of 12.", []string{"percent of 12=12 percent"}},
		{"two words then words", "a figure of per cent of forty-five, they said", []string{"per cent of forty-five=45 percent"}},
		{"plural word", "percents of eight", []string{"percents of eight=8 percent"}},
		{"capitalised", "Percent of 30?", []string{"Percent of 30=30 percent"}},
		{"number before is the unit's", "5 per cent of 210", []string{"5 per cent=5 percent", "210=210 count"}},
		{"noun after keeps a count", "the percent of 500 respondents", []string{"500=500 count"}},
		{"year is no percentage", "the percent of 2023.", nil},
		{"hedge keeps a count", "the percent of about 40.", []string{"about 40=40 count"}},
		{"unit after keeps its unit", "the percent of 10-year-olds", []string{"10-year=10 year"}},
		{"range keeps a count", "percent of 10-20.", []string{"10-20=10..20 count"}},
		{"percentage points is no percent", "percentage points of 40.", []string{"40=40 count"}},
		{"vague article", "a percent of 40.", []string{"40=40 count"}},
	})
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // text=unit
	}{
		{"adjective before", "Only a tiny percent of members vote", []string{"percent=percent"}},
		{"spaced sign", "shows the % of change", []string{"%=percent"}},
		{"percentage", "What percentage voted?", []string{"percentage=percent"}},
		{"two words", "a large per cent of them", []string{"per cent=percent"}},
		{"points", "by several percentage points", []string{"percentage points=pp"}},
		{"amount takes the word", "20 percent of sales and 5% more", nil},
		{"percent before number is an amount", "percent of 12.", nil},
		{"url escape", "see /q?x=30%25%20", nil},
		{"glued sign after a word", "abc% of", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Mentions(tt.in, token.Scan(tt.in, nil)) {
				assert.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(tt.in))
				got = append(got, tt.in[m.Start:m.End]+"="+m.Unit)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
