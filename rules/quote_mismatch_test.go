package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

func TestQuoteTokensAndDiff(t *testing.T) {
	tests := []struct {
		name, a, b, diff string
		sim              float64
	}{
		{"inserted exclamation", "Work! Work! Work and Work!", "Work! Work! Work! And Work!", "Work! Work! Work{+!+} and Work", 7.0 / 8},
		{"replaced word", "we will build a port", "we will expand a port", "we will [-build-]{+expand+} a port", 0.8},
		{"deleted word", "trust and more trust", "trust and trust", "trust and [-more-] trust", 0.75},
		{"curly quotes and case", "It’s Time To Act", "it's time to act", "It’s Time To Act", 1},
		{"a negative contraction is its two words", "We won’t build a coal plant", "We will not build a coal plant", "We will not build a coal plant", 1},
		{"a contracted verb is its two words", "We’ve kept net debt flat", "We have kept net debt flat", "We have kept net debt flat", 1},
		{"cannot and can not", "We cannot wait", "we can not wait", "We can not wait", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := trimPunct(quoteTokens(tt.a)), trimPunct(quoteTokens(tt.b))
			assert.Equal(t, tt.diff, wordDiff(a, b))
			assert.InDelta(t, tt.sim, similarity(a, b), 1e-9)
		})
	}
}

func TestContainedInOrder(t *testing.T) {
	long := quoteTokens("We believe it is important to create a good environment where companies can invest.")
	tests := []struct {
		short string
		want  bool
	}{
		{"create a good environment", true},
		{"We believe … a good environment where companies can invest", true},
		{"We believe ... companies can invest.", true},
		{"a good climate", false},
		{"companies can invest … we believe", false},
	}
	for _, tt := range tests {
		t.Run(tt.short, func(t *testing.T) {
			assert.Equal(t, tt.want, containedInOrder(trimPunct(quoteTokens(tt.short)), long))
		})
	}
}

func TestQuoteMismatch(t *testing.T) {
	tests := []struct {
		name       string
		qa, qb     string
		spA, spB   string
		wantSubstr string // "" for no finding
	}{
		{"reworded remark", "Work! Work! Work and Work!", "Work! Work! Work! And Work!", "Premier Sanae Takaichi", "Premier Takaichi",
			`Premier Sanae Takaichi quoted as "Work! Work! Work and Work!" (a.txt:1) and as "Work! Work! Work! And Work!" (b.txt:1), 88% similar: Work! Work! Work{+!+} and Work`},
		{"typographic differences only", "“It’s time to build, together.”", "\"it's time to build together\"", "Takaichi", "Sanae Takaichi", ""},
		{"partial quote", "better jobs and higher incomes", "people deserve better jobs and higher incomes, and better skills", "Minister Lan", "Nguyen Thi Lan", ""},
		{"different remark same speaker", "we will open three new ports this year", "our farmers need cheaper credit now", "Minister Lan", "Lan", ""},
		{"same words different people", "Work! Work! Work and Work!", "Work! Work! Work! And Work!", "Premier Takaichi", "Governor Yamamoto", ""},
		{"one speaker unknown, very close", "we will open three new ports in the north this year", "we will open three new ports in the south this year", "Minister Lan", "",
			`[-north-]{+south+}`},
		{"one speaker unknown, loosely similar", "we will open three ports", "we will close three ports soon", "", "Premier Takaichi", ""},
		{"same speaker, loosely similar", "we will open three ports", "we will close three ports soon", "Takaichi", "Premier Takaichi", "67% similar"},
		{"both speakers unknown", "we will open three new ports in the north this year", "we will open three new ports in the south this year", "", "", ""},
		{"too short", "golden population", "golden period", "Lan", "Lan", ""},
		{"only a relative pronoun and a verb added", "anyone found responsible will not be spared", "anyone who is found responsible will not be spared", "Karim", "Nurul Karim", ""},
		{"one preposition swapped", "the rain in the last ten kilometres made it hard", "the rain over the last ten kilometres made it hard", "Bao", "Bao", ""},
		{"a negation dropped with a link word", "anyone found responsible will not be spared", "anyone who is found responsible will be spared", "Karim", "Nurul Karim", "[-not-]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			da := testDoc(t, "a.txt", "2025-01-02", "She said "+tt.qa+" today.\n")
			db := testDoc(t, "b.txt", "2025-01-02", "As put: "+tt.qb+"\n")
			fa, fb := factAt(t, da, claims.KindQuote, tt.qa), factAt(t, db, claims.KindQuote, tt.qb)
			fa.Quote = &attrib.Quote{Start: fa.Span.Start, End: fa.Span.End, Speaker: tt.spA}
			fb.Quote = &attrib.Quote{Start: fb.Span.Start, End: fb.Span.End, Speaker: tt.spB}
			got := runRule(QuoteMismatch(), []*claims.Document{da, db}, fa, fb)
			if tt.wantSubstr == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Contains(t, got[0].Message, tt.wantSubstr)
			assert.Len(t, got[0].Claims, 2)
		})
	}
}

func FuzzQuoteTokens(f *testing.F) {
	for _, s := range []string{"Work! Work! Work and Work!", "It’s … \"time\"...", "\xff\xfe", ""} {
		f.Add(s, "work work")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ta, tb := quoteTokens(a), quoteTokens(b)
		s := similarity(ta, tb)
		if s < 0 || s > 1 {
			t.Fatalf("similarity %v out of [0,1]", s)
		}
		if wordDiff(ta, tb) != wordDiff(ta, tb) {
			t.Fatal("diff not deterministic")
		}
		_ = containedInOrder(trimPunct(ta), tb)
	})
}

func TestDenies(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the players carried out the plan without fear", false},
		{"we can balance the budget without raising taxes", true},
		{"prices will not last", true},
		{"not only exports but imports grew", false},
		{"earned by a candidate rather than bought", true},
		{"we won't stop", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, denies(tt.text), tt.text)
	}
}
