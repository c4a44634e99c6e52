package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func claimAt(file string, line, col, endCol int, text, published string) rules.Claim {
	return rules.Claim{
		Position:  claims.Position{File: file, Line: line, Column: col, EndLine: line, EndColumn: endCol},
		Text:      text,
		Published: published,
	}
}

// sample is a fixed set of hand-built findings with the awkward characters a
// report must survive: pipes, quotes, line breaks, commas, colons, percent
// signs, non-ASCII letters.
func sample() Result {
	rs := []*rules.Rule{
		{ID: "numeric-conflict", Title: "figures for the same measure do not overlap", Severity: rules.Warning,
			Doc: "Two sources give figures for one measure whose hedged intervals do not overlap.\n\nBad: \"over 40 offices\" vs \"nearly 30 offices\".\n\nGood: \"about 40 offices\" in both."},
		{ID: "count-mismatch", Title: "announced count differs from the items listed", Severity: rules.Error,
			Doc: "An article announces a number of items and then lists a different number.\n\nBad: \"three measures: A, B\".\n\nGood: \"two measures: A, B\"."},
		{ID: "rank-conflict", Title: "ranks for the same subject disagree", Severity: rules.Info,
			Doc: "Two claims rank the same subject differently."},
		{ID: "quote-mismatch", Title: "quote differs between sources", Severity: rules.Warning,
			Doc: "The same speaker is quoted with different words."},
	}
	fs := []rules.Finding{
		{Rule: "count-mismatch", Severity: rules.Error,
			Message: `"four new routes" announces 4 items but 3 are listed: Lyon, Porto | Faro`,
			Claims: []rules.Claim{
				claimAt("corpus/trade.txt", 4, 1, 17, "Four new routes", "2026-03-02"),
				claimAt("corpus/trade.txt", 5, 1, 24, "Lyon, Porto | Faro", "2026-03-02"),
			}},
		{Rule: "numeric-conflict", Severity: rules.Warning,
			Message: `"more than 40 trade offices" vs "nearly 30 trade offices" (b.txt:7): (40, 50] and [20, 30) do not overlap; 100% sure`,
			Claims: []rules.Claim{
				claimAt("corpus/a.txt", 12, 5, 31, "more than 40 trade\noffices", "2026-01-15"),
				claimAt("corpus/b.txt", 7, 9, 32, "nearly 30 \u201ctrade offices\u201d", ""),
			}},
		{Rule: "rank-conflict", Severity: rules.Info,
			Message: "Hải Phòng is ranked 2nd here, 3rd and 4th elsewhere",
			Claims: []rules.Claim{
				claimAt("corpus/ports.txt", 3, 10, 40, "Hải Phòng, the second-largest port", "2026-02-01"),
				claimAt("corpus/other ports.txt", 8, 1, 25, "the third-largest port, Hải Phòng", ""),
				claimAt("corpus/ports-2.txt", 2, 4, 30, "fourth biggest: Hải Phòng", ""),
			}},
		{Rule: "quote-mismatch", Severity: rules.Warning, Suppressed: "reworded in translation, checked by the desk",
			Message: `"we will open" vs "we opened"`,
			Claims: []rules.Claim{
				claimAt("corpus/a.txt", 20, 3, 18, "\u201cwe will open\u201d", "2026-01-15"),
				claimAt("corpus/b.txt", 22, 3, 15, "\u201cwe opened\u201d", ""),
			}},
	}
	return Result{Findings: fs, Rules: rs, Sources: 5, Facts: 140}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name, format string
		res          Result
		opt          Options
	}{
		{"table", "table", sample(), Options{}},
		{"table-color", "table", sample(), Options{Color: true}},
		{"table-empty", "table", Result{Sources: 3, Facts: 1}, Options{}},
		{"json", "json", sample(), Options{}},
		{"json-empty", "json", Result{Sources: 1}, Options{}},
		{"markdown", "markdown", sample(), Options{}},
		{"csv", "csv", sample(), Options{}},
		{"github", "github", sample(), Options{}},
		{"sarif", "sarif", sample(), Options{Version: "1.2.3"}},
		{"sarif-empty", "sarif", Result{}, Options{Version: "1.2.3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Write(&buf, tt.format, tt.res, tt.opt))
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./report -update to create it")
			assert.Equal(t, string(want), buf.String())
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"table", "table", ""},
		{"SARIF", "sarif", ""},
		{" md ", "markdown", ""},
		{"sarf", "", `unknown format "sarf": did you mean sarif?`},
		{"jsn", "", `unknown format "jsn": did you mean json?`},
		{"github-action", "", `unknown format "github-action": did you mean github?`},
		{"xml", "", `unknown format "xml" (want one of table, json, markdown, csv, github, sarif)`},
		{"", "", `unknown format "" (want one of table, json, markdown, csv, github, sarif)`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFormat(tt.in)
			if tt.err != "" {
				require.Error(t, err)
				assert.Equal(t, tt.err, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Equal(t, []string{"table", "json", "markdown", "csv", "github", "sarif"}, Formats())
	assert.Error(t, Write(&bytes.Buffer{}, "yaml", Result{}, Options{}))
}

func TestSummaryLine(t *testing.T) {
	one := rules.Finding{Rule: "x", Severity: rules.Error}
	tests := []struct {
		name string
		res  Result
		want string
	}{
		{"none", Result{Sources: 1, Facts: 1}, "No findings in 1 source (1 fact)."},
		{"one", Result{Findings: []rules.Finding{one}, Sources: 2, Facts: 9}, "1 finding: 1 error in 2 sources (9 facts)"},
		{"all suppressed", Result{Findings: []rules.Finding{{Rule: "x", Severity: rules.Info, Suppressed: "ok"}}},
			"No findings in 0 sources (0 facts). 1 suppressed."},
		{"sample", sample(), "3 findings: 1 error, 1 warning, 1 info in 5 sources (140 facts); 1 suppressed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summaryLine(tt.res))
		})
	}
}
