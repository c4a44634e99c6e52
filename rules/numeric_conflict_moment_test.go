package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
)

func qPeriod(s string) func(*claims.Fact) { return func(f *claims.Fact) { f.Period = s } }

// TestNumericConflictMoments covers periods, plans, pairwise clusters and the
// same-moment window.
func TestNumericConflictMoments(t *testing.T) {
	const y24, y25, h1 = "2024-01-01/2025-01-01", "2025-01-01/2026-01-01", "2025-01-01/2025-07-01"
	tests := []numCase{
		{name: "different periods are different measures", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-09-15", "The port handled more than 2.2 million TEU in 2024.\n",
				"2025-09-20", "The port handled more than 1.1 million TEU in the first half.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "more than 2.2 million TEU", "port", oc(2.2e6, 2.3e6), "TEU", qFlow, qPeriod(y24)),
				qty(t, b, "more than 1.1 million TEU", "port", oc(1.1e6, 1.2e6), "TEU", qFlow, qPeriod(h1)),
			}
		}},
		{name: "different periods a year apart are not a change", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-01-15", "Exports reached USD 10 billion in 2024.\n",
				"2026-01-15", "Exports reached USD 12 billion in 2025.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "USD 10 billion", "export", cc(10e9, 10e9), "USD", qFlow, qPeriod(y24)),
				qty(t, b, "USD 12 billion", "export", cc(12e9, 12e9), "USD", qFlow, qPeriod(y25)),
			}
		}},
		{name: "a figure with a period against one without", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-09-15", "The port handled more than 2.2 million TEU in 2024.\n",
				"2025-09-15", "The port handled more than 1.8 million TEU.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "more than 2.2 million TEU", "port", oc(2.2e6, 2.3e6), "TEU", qPeriod(y24)),
				qty(t, b, "more than 1.8 million TEU", "port", oc(1.8e6, 1.9e6), "TEU"),
			}
		}},
		{name: "same period months apart is a conflict, not a change", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-01-15", "Exports reached USD 10 billion in 2024.\n",
				"2025-06-15", "Exports reached USD 12 billion in 2024.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "USD 10 billion", "export", cc(10e9, 10e9), "USD", qPeriod(y24)),
				qty(t, b, "USD 12 billion", "export", cc(12e9, 12e9), "USD", qPeriod(y24)),
			}
		}, want: []string{`"USD 10 billion" vs "USD 12 billion" (b.txt:1): [10,000,000,000, 10,000,000,000] and [12,000,000,000, 12,000,000,000] do not overlap`},
			sev: []Severity{Warning}},
		{name: "plans of different dates are not a change", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-07-08", "The province aims to attract USD 2 billion in FDI.\n",
				"2026-01-06", "The province plans to attract USD 2.5 billion in FDI.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "USD 2 billion", "fdi", cc(2e9, 2e9), "USD", qPlan),
				qty(t, b, "USD 2.5 billion", "fdi", cc(2.5e9, 2.5e9), "USD", qPlan),
			}
		}},
		{name: "a plan is never compared with an actual", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-07-08", "The province aims to attract USD 2 billion in FDI in 2025.\n",
				"2025-07-08", "The province attracted USD 1.2 billion in FDI in 2025.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "USD 2 billion", "fdi", cc(2e9, 2e9), "USD", qPlan, qPeriod(y25)),
				qty(t, b, "USD 1.2 billion", "fdi", cc(1.2e9, 1.2e9), "USD", qPeriod(y25)),
			}
		}},
		{name: "every pair of clusters once, same moment only", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-11-10", "More than 12,000 runners took part.\n")
			b := newDoc(t, "b.txt", "2025-11-10", "About 9,500 runners lined up.\n")
			c := newDoc(t, "c.txt", "2025-11-10", "About 9,500 runners started.\n")
			d := newDoc(t, "d.txt", "2025-11-11", "Some 5,000 runners ran.\n")
			return []*claims.Document{a, b, c, d}, []*claims.Fact{
				qty(t, a, "More than 12,000 runners", "runner", oc(12000, 13000), "count"),
				qty(t, b, "About 9,500 runners", "runner", cc(9250, 9750), "count"),
				qty(t, c, "About 9,500 runners", "runner", cc(9250, 9750), "count"),
				qty(t, d, "Some 5,000 runners", "runner", cc(5000, 5000), "count"),
			}
		}, want: []string{
			`"More than 12,000 runners" vs "About 9,500 runners" (b.txt:1): (12,000, 13,000] and [9,250, 9,750] do not overlap; the latter is also stated at c.txt:1`,
			`"More than 12,000 runners" vs "Some 5,000 runners" (d.txt:1): (12,000, 13,000] and [5,000, 5,000] do not overlap`,
			`"Some 5,000 runners" vs "About 9,500 runners" (b.txt:1): [5,000, 5,000] and [9,250, 9,750] do not overlap; the latter is also stated at c.txt:1`,
		}},
		{name: "keys a source tells apart are never compared", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-11-10", "More than 12,000 runners took part.\n\nAbout 1,500 foreign runners came.\n")
			b := newDoc(t, "b.txt", "2025-11-10", "About 9,500 runners lined up.\n\nMedics treated about 60 runners for cramps.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "More than 12,000 runners", "runner", oc(12000, 13000), "count"),
				qty(t, a, "About 1,500 foreign runners", "foreign runner", cc(1250, 1750), "count"),
				qty(t, b, "About 9,500 runners", "runner", cc(9250, 9750), "count"),
				qty(t, b, "about 60 runners", "runner for cramp", cc(55, 65), "count"),
			}
		}, want: []string{`"More than 12,000 runners" vs "About 9,500 runners" (b.txt:1): (12,000, 13,000] and [9,250, 9,750] do not overlap`}},
		{name: "a key and its qualified form told apart by one source", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-11-04", "About 140,000 children are in the target group.\n\nMore than 130,000 children in the province have had a dose.\n")
			b := newDoc(t, "b.txt", "2025-11-04", "About 100,000 children in the province have had a dose.\n")
			require.True(t, claims.KeysMatch("children", "children in provinc"), "precondition: the keys match")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "About 140,000 children", "children", cc(135000, 145000), "count"),
				qty(t, a, "More than 130,000 children", "children in provinc", oc(130000, 140000), "count"),
				qty(t, b, "About 100,000 children", "children in provinc", cc(95000, 105000), "count"),
			}
		}, want: []string{`"More than 130,000 children" vs "About 100,000 children" (b.txt:1): (130,000, 140,000] and [95,000, 105,000] do not overlap`}},
		{name: "one paragraph sets figures side by side", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-10-20", "About 140,000 children are in the target group. So far, nearly 95,000 children have had a dose.\n")
			return []*claims.Document{a}, []*claims.Fact{
				qty(t, a, "About 140,000 children", "children", cc(135000, 145000), "count"),
				qty(t, a, "nearly 95,000 children", "children", co(90000, 95000), "count"),
			}
		}},
		{name: "a running total two weeks later is a change", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-10-20", "So far, nearly 95,000 children have had a dose.\n",
				"2025-11-04", "More than 130,000 children have had a dose.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "nearly 95,000 children", "children", co(90000, 95000), "count"),
				qty(t, b, "More than 130,000 children", "children", oc(130000, 140000), "count"),
			}
		}, want: []string{`"nearly 95,000 children" (2025-10-20, a.txt:1) → "More than 130,000 children" (2025-11-04): +37% in 15 days (+37% to +56% given the hedges)`},
			sev: []Severity{Info}},
		{name: "claims of another moment are not listed as agreeing", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-01-01", "Over 110 agreements are in force.\n")
			b := newDoc(t, "b.txt", "2025-01-02", "More than ten agreements are in force.\n")
			c := newDoc(t, "c.txt", "2025-06-01", "Over 110 agreements are in force.\n")
			return []*claims.Document{a, b, c}, []*claims.Fact{
				qty(t, a, "Over 110 agreements", "agreement", oc(110, 120), "count"),
				qty(t, b, "More than ten agreements", "agreement", oc(10, 20), "count"),
				qty(t, c, "Over 110 agreements", "agreement", oc(110, 120), "count"),
			}
		}, want: []string{`"Over 110 agreements" vs "More than ten agreements" (b.txt:1): (110, 120] and (10, 20] do not overlap`}},
		{name: "a moment split evenly starts no change", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-01-01", "Over 110 agreements are in force.\n")
			b := newDoc(t, "b.txt", "2025-01-02", "More than ten agreements are in force.\n")
			c := newDoc(t, "c.txt", "2025-06-01", "Over 210 agreements are in force.\n")
			return []*claims.Document{a, b, c}, []*claims.Fact{
				qty(t, a, "Over 110 agreements", "agreement", oc(110, 120), "count"),
				qty(t, b, "More than ten agreements", "agreement", oc(10, 20), "count"),
				qty(t, c, "Over 210 agreements", "agreement", oc(210, 220), "count"),
			}
		}, want: []string{`"Over 110 agreements" vs "More than ten agreements" (b.txt:1): (110, 120] and (10, 20] do not overlap`}},
	}
	runNumCases(t, tests)
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		length string
	}{
		{"2024-01-01/2025-01-01", true, "12mo"},
		{"2025-01-01/2025-10-01", true, "9mo"},
		{"2025-01-01/2025-01-15", true, "14d"},
		{"", false, ""},
		{"2025-01-01", false, ""},
		{"2025-02-01/2025-01-01", false, ""},
		{"x/y", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, _, ok := parsePeriod(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.length, periodLength(&claims.Fact{Period: tt.in}))
		})
	}
}
