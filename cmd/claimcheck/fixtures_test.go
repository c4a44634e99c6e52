package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the expected outputs under fixtures/expected/")

// TestFixturesGolden runs the main job on the bundled corpora and compares the
// output with the expected findings in fixtures/expected/ (refresh with -update).
func TestFixturesGolden(t *testing.T) {
	t.Chdir("../..")   // paths in the output are relative to the repository root, as in README
	const anyExit = -1 // no findings or findings, as the corpus has them
	type goldenRun struct {
		name, corpus, format string
		code                 int
	}
	tests := []goldenRun{
		{"seeds.table", "fixtures/seeds", "table", exitFindings},
		{"seeds.json", "fixtures/seeds", "json", exitFindings},
		{"clean.table", "fixtures/clean", "table", exitOK},
		{"news.json", "fixtures/news", "json", exitFindings},
		// The QA corpora, as Markdown tables: a change in what the rules find shows
		// in review as a changed row.
		{"wire.md", "fixtures/wire", "markdown", exitFindings},
		{"feature.md", "fixtures/feature", "markdown", exitFindings},
		{"blind.md", "fixtures/blind", "markdown", exitFindings},
	}
	// Every fresh corpus, found on disk so that none is left out of the run.
	dirs, err := filepath.Glob("fixtures/fresh*")
	require.NoError(t, err)
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			// A blind corpus may plant no error-level discrepancy: its exit
			// code is whatever its findings make it (the golden pins them).
			tests = append(tests, goldenRun{filepath.Base(d) + ".md", d, "markdown", anyExit})
		}
	}
	require.GreaterOrEqual(t, len(tests), 100, "the fresh corpora are missing from fixtures/")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			io := &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Getenv: func(string) string { return "" }}
			code := run([]string{"check", "--format", tt.format, tt.corpus}, io)
			if tt.code == anyExit {
				require.Contains(t, []int{exitOK, exitFindings}, code, "stderr: %s", errOut.String())
			} else {
				require.Equal(t, tt.code, code, "stderr: %s", errOut.String())
			}
			golden := filepath.Join("fixtures", "expected", tt.name)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./cmd/claimcheck -run TestFixturesGolden -update")
			assert.Equal(t, string(want), out.String())
		})
	}
}
