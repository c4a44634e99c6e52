package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// seedsDir is the acceptance corpus beside the repository; tests that need it skip without it.
const seedsDir = "../../../shared/seeds"

type jsonClaim struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

type jsonFinding struct {
	Rule     string      `json:"rule"`
	Severity string      `json:"severity"`
	Message  string      `json:"message"`
	Claims   []jsonClaim `json:"claims"`
}

// where is "000:15": the seed file's number and the line.
func (c jsonClaim) where() string {
	return fmt.Sprintf("%s:%d", filepath.Base(c.File)[:3], c.Line)
}

func (f jsonFinding) at(where string) bool {
	for _, c := range f.Claims {
		if c.where() == where {
			return true
		}
	}
	return false
}

func (f jsonFinding) String() string {
	var ws []string
	for _, c := range f.Claims {
		ws = append(ws, c.where())
	}
	return fmt.Sprintf("%s/%s %v: %s", f.Rule, f.Severity, ws, f.Message)
}

// checkJSON runs `claimcheck check --format json` and decodes the findings.
func checkJSON(t *testing.T, paths ...string) []jsonFinding {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"check", "--format", "json", "--fail-on", "none"}, paths...), &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	require.Equal(t, exitOK, code, "stderr: %s", errOut.String())
	var res struct {
		Findings []jsonFinding `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	return res.Findings
}

// find returns the findings of a rule that involve every place given.
func find(fs []jsonFinding, rule string, places ...string) []jsonFinding {
	var out []jsonFinding
	for _, f := range fs {
		if f.Rule != rule {
			continue
		}
		ok := true
		for _, p := range places {
			ok = ok && f.at(p)
		}
		if ok {
			out = append(out, f)
		}
	}
	return out
}

func TestSeedsAcceptance(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skip("no ../shared/seeds here")
	}
	fs := checkJSON(t, seedsDir)
	for _, f := range fs {
		t.Log(f)
	}

	t.Run("six developments, five listed", func(t *testing.T) {
		require.NotEmpty(t, find(fs, "count-mismatch", "000:15"))
	})
	t.Run("more than ten vs over 110 agreements", func(t *testing.T) {
		var hits int
		for _, other := range []string{"001:12", "002:13", "003:41"} {
			hits += len(find(fs, "numeric-conflict", "000:20", other))
		}
		require.NotZero(t, hits)
	})
	t.Run("Vietnamese in Japan is a dated change, not an error", func(t *testing.T) {
		got := find(fs, "numeric-conflict", "003:21", "002:21")
		require.NotEmpty(t, got)
		for _, f := range got {
			require.Equal(t, "info", f.Severity, f.String())
		}
	})
	t.Run("labour and tourism ranks", func(t *testing.T) {
		got := find(fs, "rank-conflict", "001:21", "003:15")
		require.NotEmpty(t, got)
		all := ""
		for _, f := range got {
			all += strings.ToLower(f.Message) + "\n"
		}
		require.Contains(t, all, "labo")
		require.Contains(t, all, "touris")
	})
	t.Run("silent look-alikes", func(t *testing.T) {
		for _, where := range []string{"000:33", "002:30", "000:27", "003:30"} {
			require.Empty(t, find(fs, "count-mismatch", where), where)
		}
		// The two "over 110" claims may be listed together as the agreeing side of a
		// finding, but neither may be the claim flagged against the other.
		for _, f := range find(fs, "numeric-conflict", "001:12", "002:13") {
			primary := f.Claims[0].where()
			require.NotContains(t, []string{"001:12", "002:13"}, primary, f.String())
		}
		for _, f := range fs {
			if f.Rule == "name-mismatch" && strings.Contains(f.Message, "Chinh") && strings.Contains(f.Message, "Chính") {
				t.Errorf("diacritics flagged: %s", f)
			}
		}
	})
	t.Run("nothing from boilerplate", func(t *testing.T) {
		boiler := map[string]int{"000": 53, "001": 47, "002": 116, "003": 58}
		for _, f := range fs {
			for _, c := range f.Claims {
				from, ok := boiler[c.where()[:3]]
				if ok && c.Line >= from {
					t.Errorf("finding in boilerplate: %s", f)
				}
			}
		}
	})
}

// TestSeedsFactChecker is the acceptance of the fact-checker rules (issue 4).
func TestSeedsFactChecker(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skip("no ../shared/seeds here")
	}
	fs := checkJSON(t, seedsDir)
	flagged := []struct {
		rule   string
		places []string
	}{
		{"growth-mismatch", []string{"000:19", "003:21", "002:21"}},
		{"list-mismatch", []string{"000:51", "001:43"}},
		{"quote-mismatch", []string{"000:49", "001:41"}},
		{"name-mismatch", []string{"003:30", "003:26"}},
		{"date-conflict", []string{"001:12", "003:6"}},
		{"enumeration-mismatch", []string{"000:33", "001:29"}},
	}
	for _, tt := range flagged {
		t.Run(tt.rule+" "+strings.Join(tt.places, " "), func(t *testing.T) {
			got := find(fs, tt.rule, tt.places...)
			require.Len(t, got, 1, "each seed finding once")
		})
	}
	t.Run("silent", func(t *testing.T) {
		require.Empty(t, find(fs, "date-conflict", "000:11", "001:12"), "two years ago in 2025 is 2023")
		for _, f := range fs {
			if f.Rule == "name-mismatch" && strings.Contains(f.Message, "Ishiba") {
				t.Errorf("title change over time flagged: %s", f)
			}
			if f.Rule == "numeric-conflict" || f.Rule == "arithmetic" {
				for _, c := range f.Claims {
					if strings.HasPrefix(c.where(), "004:") && (strings.Contains(c.Text, "250") || strings.Contains(c.Text, "15")) {
						t.Errorf("repeated figure flagged: %s", f)
					}
				}
			}
		}
	})
}
