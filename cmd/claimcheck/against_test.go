package main

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	fixtureSeeds = "../../fixtures/seeds"
	draftSeed    = "../../fixtures/seeds/002-forum-plenary.txt"
)

// draftLines names the findings of a report by rule and draft line: "numeric-conflict 9".
func draftLines(rep jsonReport, isDraft func(string) bool) map[string]bool {
	out := map[string]bool{}
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			if isDraft(c.File) {
				out[f.Rule+" "+strconv.Itoa(c.Line)] = true
			}
		}
	}
	return out
}

func TestAgainstSeeds(t *testing.T) {
	c := newCLI(t)
	full := decodeReport(t, c.run("check", "-f", "json", "--fail-on", "none", fixtureSeeds).out)
	base := filepath.Base(draftSeed)
	want := draftLines(full, func(f string) bool { return filepath.Base(f) == base })
	require.NotEmpty(t, want, "the draft is involved in findings of the full run")

	tests := []struct {
		name  string
		args  []string
		stdin string
		draft string // the File the draft's claims carry
	}{
		{"draft file in its sources folder", []string{draftSeed, "--against", fixtureSeeds}, "", draftSeed},
		{"flag first", []string{"--against", draftSeed, fixtureSeeds}, "", draftSeed},
		{"draft from stdin", []string{"-", "--against", fixtureSeeds}, mustRead(t, draftSeed), "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.stdin = tt.stdin
			r := c.run(append([]string{"check", "-f", "json", "--fail-on", "none"}, tt.args...)...)
			require.Equal(t, exitOK, r.code, r.errOut)
			rep := decodeReport(t, r.out)
			lastLine := 0
			for _, f := range rep.Findings {
				require.NotEmpty(t, f.Claims)
				assert.Equal(t, tt.draft, f.Claims[0].File, "the draft's claim comes first: %s", f.Message)
				assert.GreaterOrEqual(t, f.Claims[0].Line, lastLine, "grouped by draft line")
				lastLine = f.Claims[0].Line
				seen := map[string]bool{}
				for _, cl := range f.Claims {
					k := cl.File + ":" + strconv.Itoa(cl.Line) + ":" + strconv.Itoa(cl.Column)
					assert.False(t, seen[k], "claim %s listed twice", k)
					seen[k] = true
				}
			}
			// Which agreeing source claim a rule names beside the draft's may
			// differ from the full run; which draft lines are flagged may not.
			got := draftLines(rep, func(f string) bool { return f == tt.draft })
			for k := range want {
				assert.True(t, got[k], "the full run flags %s of the draft; --against must too", k)
			}
		})
	}
}

func TestAgainstHarbour(t *testing.T) {
	c := newCLI(t)
	a, b := filepath.Join(harbourDir, "a-terminals.txt"), filepath.Join(harbourDir, "b-cranes.txt")
	tests := []struct {
		name, draft, source string
	}{
		{"draft a", a, b},
		{"draft b", b, a},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.run("check", "-f", "json", "--fail-on", "warning", tt.draft, "--against", tt.source)
			assert.Equal(t, exitFindings, r.code, r.errOut)
			rep := decodeReport(t, r.out)
			require.Len(t, rep.Findings, 1)
			require.Len(t, rep.Findings[0].Claims, 2)
			assert.Equal(t, tt.draft, rep.Findings[0].Claims[0].File)
			assert.Equal(t, tt.source, rep.Findings[0].Claims[1].File)
		})
	}
	t.Run("unrelated source", func(t *testing.T) {
		r := c.run("check", "-f", "json", "--fail-on", "warning", a, "--against", "../../fixtures/clean")
		assert.Equal(t, exitOK, r.code, r.errOut)
		assert.Empty(t, decodeReport(t, r.out).Findings)
	})
}
