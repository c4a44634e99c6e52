package quantity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type parseCase struct {
	name string
	in   string
	want []string // render of each quantity, in order; nil for none
}

func runParse(t *testing.T, tests []parseCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, renderAll(tt.in, parse(tt.in)), tt.in)
		})
	}
}

func TestParseNumbers(t *testing.T) {
	runParse(t, []parseCase{
		{"plain digits", "The firm employs 118 engineers.", []string{"118=118 count"}},
		{"thousands separator", "It has 630,000 residents.", []string{"630,000=630000 count"}},
		{"millions separator", "A fleet of 1,250,000 cars.", []string{"1,250,000=1.25e+06 count"}},
		{"decimal", "Prices rose to 14.83 on Monday.", []string{"14.83=14.83 count"}},
		{"comma and decimal", "The index stood at 1,234.5 points.", []string{"1,234.5=1234.5 count"}},
		{"scale word", "The country has 8 billion reasons.", []string{"8 billion=8e+09 count"}},
		{"decimal scale", "About 2.6 million tonnes.", []string{"About 2.6 million tonnes=2.6e+06 tonne"}},
		{"glued bn", "A budget of 8bn was set.", []string{"8bn=8e+09 count"}},
		{"glued k", "Nearly 10k runners joined.", []string{"Nearly 10k=10000 count"}},
		{"thousand scale", "Some 40 thousand fans.", []string{"Some 40 thousand=40000 count"}},
		{"trillion", "Output of 4,200 billion dong.", []string{"4,200 billion dong=4.2e+12 VND"}},
		{"scale equality", "VND 4.2 trillion", []string{"VND 4.2 trillion=4.2e+12 VND"}},
		{"hyphen scale unit", "The port hit a 2-million-TEU milestone.", []string{"2-million-TEU=2e+06 TEU"}},
		{"two numbers", "It signed 17 FTAs with 60 partners.", []string{"17=17 count", "60=60 count"}},
		{"count after year", "In 2023, there were 40 delegations.", []string{"40=40 count"}},
		{"negative", "The balance was -5% this year.", []string{"-5%=-5 percent"}},
		{"zero", "There were 0 cases.", []string{"0=0 count"}},
		{"sentence end", "The total reached 97.", []string{"97=97 count"}},
		{"m without money is metres", "A wall 5m high.", []string{"5m=5 m"}},
		{"b without money is no scale", "Route 2B opened.", nil},
	})
}

func TestParseNumberWords(t *testing.T) {
	runParse(t, []parseCase{
		{"unit word", "Chinh highlighted six key developments.", []string{"six=6 count"}},
		{"teen", "Fifteen provinces joined.", []string{"Fifteen=15 count"}},
		{"tens hyphen", "There are twenty-one members.", []string{"twenty-one=21 count"}},
		{"hundred and", "It has one hundred and five branches.", []string{"one hundred and five=105 count"}},
		{"hundred thousand", "About three hundred thousand workers.", []string{"About three hundred thousand=300000 count"}},
		{"a dozen", "A dozen firms signed.", []string{"A dozen=12 count"}},
		{"nearly three dozen", "nearly three dozen projects", []string{"nearly three dozen=36 count"}},
		{"half a million", "half a million visitors", []string{"half a million=500000 count"}},
		{"a million", "a million passengers a year", []string{"a million=1e+06 count"}},
		{"word and scale", "five trillion dong", []string{"five trillion dong=5e+12 VND"}},
		{"and a half with unit", "roughly two and a half hours after it started", []string{"roughly two and a half hours=2.5 hour"}},
		{"digits and a half", "It took 3 and a half years.", []string{"3 and a half years=3.5 year"}},
		{"and a half then scale", "nearly five and a half million visitors", []string{"nearly five and a half million=5.5e+06 count"}},
		{"half as its own fraction", "Two and a third of the budget", []string{"Two=2 count", "a third=0.3333333333333333 fraction"}},
		{"ten", "more than ten agreements", []string{"more than ten=10 count"}},
		{"lone one", "It is one of the largest.", nil},
		{"one with hedge", "at least one victim", []string{"at least one=1 count"}},
		{"hyphen adjective", "a two-tier model and a two-way street", nil},
		{"digit adjective", "a 5-star hotel", nil},
		{"duration adjective", "a 10-year plan", []string{"10-year=10 year"}},
		{"word duration", "over the past five years", []string{"five years=5 year"}},
		{"article alone", "a delegation visited", nil},
		{"ordinal word", "the third time", nil},
		{"ordinal compound", "the twenty-first century", nil},
	})
}

func TestParseVague(t *testing.T) {
	runParse(t, []parseCase{
		{"hundreds of thousands", "Hundreds of thousands of workers went.", []string{"Hundreds of thousands=200000 count"}},
		{"tens of thousands", "tens of thousands of people", []string{"tens of thousands=20000 count"}},
		{"thousands of", "thousands of visitors", []string{"thousands=2000 count"}},
		{"dozens of", "dozens of firms", []string{"dozens=24 count"}},
		{"millions of", "millions of passengers", []string{"millions=2e+06 count"}},
		{"billions of dollars", "billions of dollars", []string{"billions of dollars=2e+09 USD"}},
		{"several hundred", "several hundred guests", []string{"several hundred=300 count"}},
		{"tens alone", "tens", nil},
		{"thousands without of", "in their thousands", nil},
		{"scores of", "scores of activists", []string{"scores=40 count"}},
	})
}

func TestParseVagueIntervals(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi float64
	}{
		{"Hundreds of thousands of workers", 2e5, 1e6},
		{"tens of thousands of people", 2e4, 1e5},
		{"thousands of visitors", 2e3, 1e4},
		{"dozens of firms", 24, 100},
		{"hundreds of millions of dollars", 2e8, 1e9},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			qs := parse(tt.in)
			if assert.Len(t, qs, 1) {
				assert.True(t, qs[0].Vague)
				assert.Equal(t, Interval{Lo: tt.lo, Hi: tt.hi, HiOpen: true}, qs[0].Interval)
			}
		})
	}
}
