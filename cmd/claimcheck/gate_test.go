package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// harbourA is testdata/harbour/a-terminals.txt with a line put before the
// berth claim (line 5 of the original).
func harbourA(t *testing.T, before string) string {
	t.Helper()
	lines := strings.SplitAfter(mustRead(t, filepath.Join(harbourDir, "a-terminals.txt")), "\n")
	require.Greater(t, len(lines), 5)
	return strings.Join(lines[:4], "") + before + strings.Join(lines[4:], "")
}

func TestSuppressionRoundTrip(t *testing.T) {
	tests := []struct {
		name      string
		file      string // name of the draft file holding the directive
		directive string // put before the berth claim
		wantRules []string
		wantWhy   string // Suppressed of the numeric-conflict finding
		wantMsg   string // in the message of the suppression finding, if any
		wantExit  int    // with --fail-on warning
	}{
		{"reasoned, next line", "a-terminals.txt", "# claimcheck-disable-next-line numeric-conflict: the count was revised\n",
			[]string{"numeric-conflict"}, "the count was revised", "", exitOK},
		{"all rules", "a-terminals.txt", "# claimcheck-disable-next-line: checked with the harbour master\n",
			[]string{"numeric-conflict"}, "checked with the harbour master", "", exitOK},
		{"no reason", "a-terminals.txt", "# claimcheck-disable-next-line numeric-conflict\n",
			[]string{"suppression", "numeric-conflict"}, "no reason given", "gives no reason", exitFindings},
		{"suppresses nothing", "a-terminals.txt", "# claimcheck-disable-next-line rank-conflict: stale\n",
			[]string{"suppression", "numeric-conflict"}, "", "suppresses nothing: no rank-conflict finding on line 6", exitFindings},
		{"markdown block", "a-terminals.md", "<!-- claimcheck-disable numeric-conflict: figures differ by design -->\n\n",
			[]string{"numeric-conflict"}, "figures differ by design", "", exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			dir := c.copyHarbour(t, "corpus")
			require.NoError(t, os.Remove(filepath.Join(dir, "a-terminals.txt")))
			c.write(t, filepath.Join("corpus", tt.file), harbourA(t, tt.directive))

			r := c.run("check", "-f", "json", "--fail-on", "warning", dir)
			require.Equal(t, tt.wantExit, r.code, r.errOut)
			rep := decodeReport(t, r.out)
			require.Equal(t, tt.wantRules, rep.rulesOf())
			for _, f := range rep.Findings {
				switch f.Rule {
				case "numeric-conflict":
					assert.Equal(t, tt.wantWhy, f.Suppressed)
				case "suppression":
					assert.Contains(t, f.Message, tt.wantMsg)
					assert.Equal(t, 5, f.Claims[0].Line, "points at the directive")
				}
			}
			if tt.wantWhy == "" {
				return
			}
			table := c.run("check", dir)
			assert.NotContains(t, table.out, "more than 30", "the table hides suppressed findings")
			assert.Contains(t, table.out, "1 suppressed")
			shown := c.run("check", "--show-suppressed", dir)
			assert.Contains(t, shown.out, "[suppressed: ")
			sarif := c.run("check", "-f", "sarif", dir)
			assert.Contains(t, sarif.out, `"kind": "inSource"`)
			csvHidden, csvShown := c.run("check", "-f", "csv", dir), c.run("check", "-f", "csv", "--show-suppressed", dir)
			assert.NotContains(t, csvHidden.out, "more than 30")
			assert.Contains(t, csvShown.out, tt.wantWhy)
		})
	}
}

func TestSuppressionRuleOff(t *testing.T) {
	c := newCLI(t)
	dir := c.copyHarbour(t, "corpus")
	c.write(t, filepath.Join("corpus", "a-terminals.txt"), harbourA(t, "# claimcheck-disable-next-line rank-conflict\n"))
	c.write(t, ".claimcheck.yaml", "rules:\n  suppression:\n    enabled: false\n")
	r := c.run("check", "-f", "json", "--fail-on", "none", dir)
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Equal(t, []string{"numeric-conflict"}, decodeReport(t, r.out).rulesOf())
}

func TestBaselineRoundTrip(t *testing.T) {
	c := newCLI(t)
	dir := c.copyHarbour(t, "corpus")
	base := filepath.Join(c.dir, "baseline.json")

	r := c.run("check", "--fail-on", "warning", "--write-baseline", base, dir)
	require.Equal(t, exitOK, r.code, "writing a baseline accepts what is there: %s", r.errOut)
	assert.Contains(t, r.errOut, "wrote baseline "+base+" (1 finding)")
	assert.Contains(t, mustRead(t, base), `"rule": "numeric-conflict"`)

	// Paragraphs above the claims move them down; the baseline still holds.
	moved := harbourA(t, "A new ferry pier opened last week.\n\nThe mayor visited the pier.\n\n")
	c.write(t, filepath.Join("corpus", "a-terminals.txt"), moved)
	r = c.run("check", "-f", "json", "--fail-on", "warning", "--baseline", base, dir)
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Empty(t, decodeReport(t, r.out).Findings)
	assert.Contains(t, r.errOut, "baseline hides 1 known finding\n")
	without := c.run("check", "-f", "json", "--fail-on", "none", dir)
	require.Len(t, decodeReport(t, without.out).Findings, 1)
	assert.Equal(t, 9, decodeReport(t, without.out).Findings[0].Claims[0].Line, "the claim did move")

	// A new contradiction is reported.
	c.write(t, filepath.Join("corpus", "c-lanes.txt"),
		"Published: 2025-03-11\n\nLanes\n\nThe port now operates nearly 20 container berths, a pilot said.\n")
	r = c.run("check", "-f", "json", "--fail-on", "warning", "--baseline", base, dir)
	assert.Equal(t, exitFindings, r.code, r.errOut)
	rep := decodeReport(t, r.out)
	require.NotEmpty(t, rep.Findings)
	for _, f := range rep.Findings {
		assert.Contains(t, f.Message, "nearly 20", "only findings about the new claim")
	}

	t.Run("bad baseline", func(t *testing.T) {
		bad := c.write(t, "bad.json", "{")
		r := c.run("check", "--baseline", bad, dir)
		assert.Equal(t, exitError, r.code)
		assert.Contains(t, r.errOut, "--baseline "+bad)
		r = c.run("check", "--baseline", filepath.Join(c.dir, "none.json"), dir)
		assert.Equal(t, exitError, r.code)
	})
}
