package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// harbourDir holds two articles that disagree on the number of berths: one
// numeric-conflict warning, primary claim at a-terminals.txt:5.
const harbourDir = "testdata/harbour"

// result is what one command run produced.
type result struct {
	code        int
	out, errOut string
}

// cli runs claimcheck in-process with an isolated working directory (holding a
// .git so the config search stops there) and environment.
type cli struct {
	dir   string
	env   map[string]string
	stdin string
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	return &cli{dir: dir, env: map[string]string{}}
}

func (c *cli) run(args ...string) result {
	var out, errOut bytes.Buffer
	s := &streams{In: strings.NewReader(c.stdin), Out: &out, ErrOut: &errOut, WorkDir: c.dir,
		Getenv: func(k string) string { return c.env[k] }}
	code := run(args, s)
	return result{code: code, out: out.String(), errOut: errOut.String()}
}

// write creates a file under the CLI's directory and returns its path.
func (c *cli) write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(c.dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

// copyHarbour copies the harbour articles into the CLI's directory (under
// sub) and returns the folder.
func (c *cli) copyHarbour(t *testing.T, sub string) string {
	t.Helper()
	ents, err := os.ReadDir(harbourDir)
	require.NoError(t, err)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(harbourDir, e.Name()))
		require.NoError(t, err)
		c.write(t, filepath.Join(sub, e.Name()), string(b))
	}
	return filepath.Join(c.dir, sub)
}

// jsonReport is the JSON output, decoded.
type jsonReport struct {
	Findings []struct {
		Rule       string      `json:"rule"`
		Severity   string      `json:"severity"`
		Message    string      `json:"message"`
		Suppressed string      `json:"suppressed"`
		Claims     []claimJSON `json:"claims"`
	} `json:"findings"`
	Summary struct {
		Sources  int `json:"sources"`
		Findings int `json:"findings"`
	} `json:"summary"`
}

// claimJSON is one claim of the JSON output.
type claimJSON struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
}

func decodeReport(t *testing.T, s string) jsonReport {
	t.Helper()
	var r jsonReport
	require.NoError(t, json.Unmarshal([]byte(s), &r), "output: %s", s)
	return r
}

// rulesOf lists the rules of the findings, in order.
func (r jsonReport) rulesOf() []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	return out
}
