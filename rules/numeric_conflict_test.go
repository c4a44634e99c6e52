package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// numCase is one corpus of two or more sources and the findings it must give.
type numCase struct {
	name  string
	build func(t *testing.T) ([]*claims.Document, []*claims.Fact)
	want  []string
	sev   []Severity
}

func twoDocs(t *testing.T, da, ta, db, tb string) (*claims.Document, *claims.Document) {
	return newDoc(t, "a.txt", da, ta), newDoc(t, "b.txt", db, tb)
}

func TestNumericConflict(t *testing.T) {
	tests := []numCase{
		{name: "conflict between two undated sources", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "More than ten local cooperation agreements have been signed.\n",
				"", "Intro line.\nThe provinces hold over 110 cooperation agreements.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "More than ten local cooperation agreements", "local cooperation agreement", oc(10, 20), "count"),
				qty(t, b, "over 110 cooperation agreements", "cooperation agreement", oc(110, 120), "count"),
			}
		}, want: []string{`"More than ten local cooperation agreements" vs "over 110 cooperation agreements" (b.txt:2): (10, 20] and (110, 120] do not overlap`},
			sev: []Severity{Warning}},
		{name: "odd one against three that agree is one finding", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "2025-11-25", "Over 110 agreements are in force.\n")
			b := newDoc(t, "b.txt", "2025-11-25", "More than ten agreements are in force.\n")
			c := newDoc(t, "c.txt", "2025-11-25", "Some 115 agreements are in force.\n")
			d := newDoc(t, "d.txt", "2025-11-25", "Over 110 agreements are in force.\n")
			return []*claims.Document{a, b, c, d}, []*claims.Fact{
				qty(t, a, "Over 110 agreements", "agreement", oc(110, 120), "count"),
				qty(t, b, "More than ten agreements", "agreement", oc(10, 20), "count"),
				qty(t, c, "Some 115 agreements", "agreement", cc(110, 120), "count"),
				qty(t, d, "Over 110 agreements", "agreement", oc(110, 120), "count"),
			}
		}, want: []string{`"More than ten agreements" vs "Over 110 agreements" (a.txt:1): (10, 20] and (110, 120] do not overlap; the latter is also stated at c.txt:1, d.txt:1`}},
		{name: "change between dates is info with the growth", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2023-11-07", "Nearly 500,000 Vietnamese people live in Japan.\n",
				"2025-11-25", "More than 630,000 Vietnamese people live in Japan.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "Nearly 500,000", "vietnamese people", co(490000, 500000), "count"),
				qty(t, b, "More than 630,000", "vietnamese people", oc(630000, 640000), "count"),
			}
		}, want: []string{`"Nearly 500,000" (2023-11-07, a.txt:1) → "More than 630,000" (2025-11-25): +26% in 2 years (+26% to +31% given the hedges)`},
			sev: []Severity{Info}},
		{name: "cumulative total falling is a warning", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2023-01-10", "To date, over 110 agreements have been signed.\n",
				"2025-01-10", "So far, more than 90 agreements have been signed.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "over 110 agreements", "agreement", oc(110, 120), "count"),
				qty(t, b, "more than 90 agreements", "agreement", oc(90, 100), "count"),
			}
		}, want: []string{`"over 110 agreements" (2023-01-10, a.txt:1) → "more than 90 agreements" (2025-01-10): -18% in 2 years (-25% to -9.1% given the hedges): a cumulative total cannot fall`},
			sev: []Severity{Warning}},
		{name: "people still missing beside a toll fall silently", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2026-10-20", "The death toll rose to 21, with 11 people still missing.\n",
				"2026-10-24", "The toll stood at 28, with six people still missing.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "11", "people still =miss", cc(11, 11), "count"),
				qty(t, b, "six", "people still =miss", cc(6, 6), "count"),
			}
		}, want: nil}, // the missing are found: their count falls, no change to report
		{name: "a general key far from a specific one is another thing", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "About 186,000 people attended the 20 football matches.\n", "", "They won five of six matches.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "20 football matches", "footbal match", cc(20, 20), "count"),
				qty(t, b, "six matches", "match", cc(6, 6), "count"),
			}
		}},
		{name: "sources a day apart disagree rather than change", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2025-11-25", "Over 110 agreements have been signed.\n", "2025-11-26", "More than ten agreements have been signed.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "Over 110 agreements", "agreement", oc(110, 120), "count"),
				qty(t, b, "More than ten agreements", "agreement", oc(10, 20), "count"),
			}
		}, want: []string{`"Over 110 agreements" vs "More than ten agreements" (b.txt:1): (110, 120] and (10, 20] do not overlap`},
			sev: []Severity{Warning}},
		{name: "counts of two are determiners", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "Leaders of nearly 50 localities came.\n", "", "The two localities signed.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "nearly 50 localities", "locality", co(40, 50), "count"),
				qty(t, b, "two localities", "locality", cc(2, 2), "count"),
			}
		}},
		{name: "same figure in two formats", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "The city has 1.2 million residents.\n", "", "The city has 1,200,000 residents.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "1.2 million residents", "resident", cc(1.2e6, 1.2e6), "count"),
				qty(t, b, "1,200,000 residents", "resident", cc(1.2e6, 1.2e6), "count"),
			}
		}},
		{name: "flow against stock", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "More than ten new agreements were signed this year.\n", "", "Over 110 agreements have been signed to date.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "More than ten new agreements", "agreement", oc(10, 20), "count", qFlow),
				qty(t, b, "Over 110 agreements", "agreement", oc(110, 120), "count"),
			}
		}},
		{name: "plan against actual", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "The plan calls for 3,000 km of expressways.\n", "", "The country has 2,000 km of expressways.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "3,000 km of expressways", "expressway", cc(3000, 3000), "km", qPlan),
				qty(t, b, "2,000 km of expressways", "expressway", cc(2000, 2000), "km"),
			}
		}},
		{name: "different subjects", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "The province's 12,000 Vietnamese residents gathered.\n", "", "The country's 500,000 Vietnamese residents gathered.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "12,000 Vietnamese residents", "vietnamese resident", cc(12000, 12000), "count", qSubject("the province")),
				qty(t, b, "500,000 Vietnamese residents", "vietnamese resident", cc(500000, 500000), "count", qSubject("the country")),
			}
		}},
		{name: "subject on one side only", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "Gunma has 16,000 Vietnamese residents.\n", "", "There are 500,000 Vietnamese residents.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "16,000 Vietnamese residents", "vietnamese resident", cc(16000, 16000), "count", qSubject("Gunma")),
				qty(t, b, "500,000 Vietnamese residents", "vietnamese resident", cc(500000, 500000), "count"),
			}
		}},
		{name: "different units", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "Investment reached USD 8 billion.\n", "", "Investment reached VND 200 trillion.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "USD 8 billion", "investment", cc(8e9, 8e9), "USD"),
				qty(t, b, "VND 200 trillion", "investment", cc(2e14, 2e14), "VND"),
			}
		}},
		{name: "two figures in one sentence", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a := newDoc(t, "a.txt", "", "Membership rose from 500,000 people to 630,000 people.\n")
			return []*claims.Document{a}, []*claims.Fact{
				qty(t, a, "500,000 people", "people", cc(500000, 500000), "count"),
				qty(t, a, "630,000 people", "people", cc(630000, 630000), "count"),
			}
		}},
		{name: "hedges that overlap", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "Nearly 500,000 people attended.\n", "", "About 495,000 people attended.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "Nearly 500,000 people", "people", co(490000, 500000), "count"),
				qty(t, b, "About 495,000 people", "people", cc(494500, 495500), "count"),
			}
		}},
		{name: "unrelated keys with the same head", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "", "There are 20 trade agreements.\n", "", "There are 110 cooperation agreements.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "20 trade agreements", "trade agreement", cc(20, 20), "count"),
				qty(t, b, "110 cooperation agreements", "cooperation agreement", cc(110, 110), "count"),
			}
		}},
		{name: "same dated figure again is silent", build: func(t *testing.T) ([]*claims.Document, []*claims.Fact) {
			a, b := twoDocs(t, "2023-11-07", "Over 110 agreements exist.\n", "2025-11-25", "Over 110 agreements exist.\n")
			return []*claims.Document{a, b}, []*claims.Fact{
				qty(t, a, "Over 110 agreements", "agreement", oc(110, 120), "count"),
				qty(t, b, "Over 110 agreements", "agreement", oc(110, 120), "count"),
			}
		}},
	}
	runNumCases(t, tests)
}

func TestNumericConflictClaims(t *testing.T) {
	a := newDoc(t, "a.txt", "", "Over 110 agreements.\n")
	b := newDoc(t, "b.txt", "", "More than ten agreements.\n")
	c := newDoc(t, "c.txt", "", "Over 110 agreements.\n")
	fs := []*claims.Fact{
		qty(t, a, "Over 110 agreements", "agreement", oc(110, 120), "count"),
		qty(t, b, "More than ten agreements", "agreement", oc(10, 20), "count"),
		qty(t, c, "Over 110 agreements", "agreement", oc(110, 120), "count"),
	}
	got := runOneRule(NumericConflict(), []*claims.Document{a, b, c}, fs...)
	require.Len(t, got, 1)
	var files []string
	for _, cl := range got[0].Claims {
		files = append(files, cl.File)
	}
	assert.Equal(t, []string{"b.txt", "a.txt", "c.txt"}, files, "odd one first, then the reference, then the others")
}

func TestNumericConflictGranularity(t *testing.T) {
	a, b := twoDocs(t, "", "About 500,000 people.\n", "", "About 512,000 people.\n")
	fs := []*claims.Fact{
		qty(t, a, "About 500,000 people", "people", cc(495000, 505000), "count"),
		qty(t, b, "About 512,000 people", "people", cc(511500, 512500), "count"),
	}
	fs[0].Quantity.Value, fs[1].Quantity.Value = 500000, 512000
	ix := claims.NewIndex([]*claims.Document{a, b}, fs)
	assert.Len(t, Run(ix, []*Rule{NumericConflict()}, Settings{}), 1)
	assert.Empty(t, Run(ix, []*Rule{NumericConflict()}, Settings{Granularity: 3}), "wider hedges make them overlap")
}

// runNumCases runs numeric-conflict over each case's facts and checks the
// messages and, in order, the severities.
func runNumCases(t *testing.T, tests []numCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, facts := tt.build(t)
			got := runOneRule(NumericConflict(), docs, facts...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
			for i, s := range tt.sev {
				require.Greater(t, len(got), i)
				assert.Equal(t, s, got[i].Severity)
			}
		})
	}
}

func TestDigitSlip(t *testing.T) {
	for _, tt := range []struct {
		a, b float64
		want bool
	}{
		{8e6, 8e9, true}, {10, 110, true}, {145, 1045, true}, {20, 6, false}, {500, 1700, false}, {1.5, 15, true},
		{18, 81, true}, {45.2, 54.2, true}, {1.9, 9.1, true} /* swapped across the point */, {18, 91, false}, {120, 2100, false},
	} {
		assert.Equal(t, tt.want, digitSlip(min(tt.a, tt.b), max(tt.a, tt.b)), "%v %v", tt.a, tt.b)
	}
}

// TestRoundedInterval pins which exact figures widen to the numbers that
// round to them: decimals do, whole numbers and hedged figures do not.
func TestRoundedInterval(t *testing.T) {
	tests := []struct {
		text   string
		value  float64
		lo, hi float64
	}{
		{"€14.6 billion", 14.6e9, 14.55e9, 14.65e9},
		{"1.68", 1.68, 1.675, 1.685},
		{"33.5%", 33.5, 33.45, 33.55},
		{"120", 120, 120, 120},
		{"1,200", 1200, 1200, 1200},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := &claims.Document{Path: "a.txt", Raw: tt.text, Text: tt.text}
			f := &claims.Fact{Kind: claims.KindQuantity, Doc: d, Span: claims.Span{Start: 0, End: len(tt.text)},
				Quantity: &quantity.Quantity{Value: tt.value, Interval: quantity.Interval{Lo: tt.value, Hi: tt.value}}}
			iv := roundedInterval(f, f.Quantity.Interval)
			assert.InDelta(t, tt.lo, iv.Lo, 1e-6*max(1, tt.value), "lo")
			assert.InDelta(t, tt.hi, iv.Hi, 1e-6*max(1, tt.value), "hi")
		})
	}
	hedged := &claims.Fact{Kind: claims.KindQuantity, Doc: &claims.Document{Text: "about 14.6"}, Span: claims.Span{Start: 0, End: 10},
		Quantity: &quantity.Quantity{Value: 14.6, Hedge: "about", Interval: quantity.Interval{Lo: 14.6, Hi: 14.6}}}
	assert.Equal(t, quantity.Interval{Lo: 14.6, Hi: 14.6}, roundedInterval(hedged, hedged.Quantity.Interval), "a hedge has its own interval")
}

func TestIndefiniteOwner(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{`"It is a crisis for one with 400 workers and two buyers," he said.`, "400", true},
		{"A factory with 5,000 workers can absorb the rise.", "5,000", true},
		{"The wage applies to more than 4 million workers.", "4 million", false},
		{"The plant with 400 workers closed.", "400", false},
	}
	for _, tc := range tests {
		d := &claims.Document{Path: "a.txt", Text: tc.sentence}
		i := strings.Index(tc.sentence, tc.figure)
		f := &claims.Fact{Doc: d, Span: claims.Span{Start: i, End: i + len(tc.figure)}, Sentence: claims.Span{Start: 0, End: len(tc.sentence)}}
		assert.Equal(t, tc.want, indefiniteOwner(f), tc.sentence)
	}
}
