package quantity

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// seedSentences returns our own sentences with the phenomena of real news.
func seedSentences() []string {
	return []string{
		"Two-way trade has surged over 20%, and investment jumped by more than USD 8 billion.",
		"More than ten local cooperation agreements were signed; nearly 500,000 people live there.",
		"Revenue reached 14.83 trillion VND (563.71 million USD) in 2024, around 10% of the market.",
		"Banana acreage may reach 165,000–175,000ha by 2030, with output of 2.6–3 million tonnes.",
		"Hundreds of thousands of workers, 15-20 delegations a year, nearly 1/3 of loans.",
		"1. Trade Expansion: Covid-19, G7, A320, the 1970s, No. 1, 10:26, November 25.",
		"GDP per capita increased 50-fold; exports doubled; one in five; two-thirds; half a million.",
		"between 20 and 30, from 252 miles to 287 miles, a 300% increase, down 5%, up 2 pp.",
		"$5-10 million (about €4 billion), US$1.5m, 8bn, ¥300 billion, 4,200 billion dong",
		"twenty-one, one hundred and five, three hundred thousand, a dozen, nearly three dozen",
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range seedSentences() {
		f.Add(s)
	}
	f.Add("\xff1\xfe,2")
	f.Add("")
	f.Add("per cent of twenty-one, a small percent, the % of it")
	f.Add("Remittances hit P190 billion, up from P48-billion and P5,500.")
	f.Add("Of the 90 seats, Union won 40, the Farmers' Party 12 and Route 9, 3; the next two quarters of 2025")
	f.Fuzz(func(t *testing.T, s string) {
		toks := token.Scan(s, nil)
		qs := Parse(s, toks)
		again := Parse(s, token.Scan(s, nil))
		if !reflect.DeepEqual(qs, again) {
			t.Fatalf("not deterministic on %q", s)
		}
		last := -1
		for _, q := range qs {
			checkQuantity(t, s, q)
			if q.Start < last {
				t.Fatalf("quantities out of order in %q", s)
			}
			last = q.Start
			if q.Conversion != nil {
				checkQuantity(t, s, *q.Conversion)
				if q.Conversion.Start < q.Start || q.Conversion.End > q.End {
					t.Fatalf("conversion outside its quantity in %q", s)
				}
			}
		}
		for _, q := range ParseIn(s, token.Scan(s, nil), Context{PesoPrefix: true, NairaPrefix: true, ShillingCode: "KES"}) {
			checkQuantity(t, s, q) // "P" amounts read as pesos keep the same invariants
		}
		for _, m := range Mentions(s, toks) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || !boundary(s, m.Start) || !boundary(s, m.End) {
				t.Fatalf("mention [%d,%d) outside %q", m.Start, m.End, s)
			}
		}
	})
}

// checkQuantity checks the invariants of one quantity of s.
func checkQuantity(t *testing.T, s string, q Quantity) {
	t.Helper()
	if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
		t.Fatalf("span [%d,%d) outside %q", q.Start, q.End, s)
	}
	if !boundary(s, q.Start) || !boundary(s, q.End) {
		t.Fatalf("span [%d,%d) splits a rune of %q", q.Start, q.End, s)
	}
	iv := q.Interval
	for _, v := range []float64{q.Value, q.ValueHi, iv.Lo, iv.Hi} {
		if math.IsNaN(v) {
			t.Fatalf("NaN in %+v for %q", q, s)
		}
	}
	if iv.Lo > iv.Hi {
		t.Fatalf("empty interval %+v for %q", iv, s)
	}
	if !q.Vague && (q.Value < iv.Lo || q.Value > iv.Hi) {
		t.Fatalf("value %v outside %+v for %q", q.Value, iv, s)
	}
	if q.IsRange && q.ValueHi < q.Value {
		t.Fatalf("range %v..%v reversed for %q", q.Value, q.ValueHi, s)
	}
	if q.Unit == "" || (q.Unit == "fraction" && (iv.Lo < 0 || iv.Hi > 1)) {
		t.Fatalf("bad unit or fraction %+v for %q", q, s)
	}
}

// boundary reports whether i is a rune boundary of s. Invalid bytes are their
// own one-byte tokens, so any offset not inside a valid multi-byte rune counts.
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			r, n := utf8.DecodeRuneInString(s[j:])
			return r == utf8.RuneError || j+n <= i
		}
	}
	return true
}

func TestParseEdgeInputs(t *testing.T) {
	tests := []struct {
		name string
		s    string
		toks []token.Token
	}{
		{"tokens outside the text", "12", []token.Token{{Kind: token.Number, Start: 0, End: 5}}},
		{"empty token", "12", []token.Token{{Kind: token.Number, Start: 1, End: 1}}},
		{"huge number", strings.Repeat("9", 400), nil},
		{"many dots", strings.Repeat("1.", 50) + "1", nil},
		{"invalid utf8", "\xff\xfe 12 \xc3", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tt.toks
			if toks == nil {
				toks = token.Scan(tt.s, nil)
			}
			for _, q := range Parse(tt.s, toks) {
				checkQuantity(t, tt.s, q)
			}
		})
	}
}
