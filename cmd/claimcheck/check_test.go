package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFailOnExitCodes(t *testing.T) {
	abs, err := filepath.Abs(harbourDir) // one warning
	require.NoError(t, err)
	clean, err := filepath.Abs("../../fixtures/clean") // no findings
	require.NoError(t, err)
	tests := []struct {
		name   string
		config string // .claimcheck.yaml, "" for none
		args   []string
		want   int
	}{
		{"warning, fail on error", "", []string{"--fail-on", "error", abs}, exitOK},
		{"warning, fail on warning", "", []string{"--fail-on", "warning", abs}, exitFindings},
		{"warning, fail on info", "", []string{"--fail-on", "info", abs}, exitFindings},
		{"warning, fail on none", "", []string{"--fail-on", "none", abs}, exitOK},
		{"warning, default is error", "", []string{abs}, exitOK},
		{"case-insensitive value", "", []string{"--fail-on", "WARNING", abs}, exitFindings},
		{"info only, fail on warning", "rules:\n  numeric-conflict:\n    severity: info\n", []string{"--fail-on", "warning", abs}, exitOK},
		{"info only, fail on info", "rules:\n  numeric-conflict:\n    severity: info\n", []string{"--fail-on", "info", abs}, exitFindings},
		{"raised to error, default fail on", "rules:\n  numeric-conflict:\n    severity: error\n", []string{abs}, exitFindings},
		{"config fail_on", "fail_on: warning\n", []string{abs}, exitFindings},
		{"flag beats config fail_on", "fail_on: warning\n", []string{"--fail-on", "error", abs}, exitOK},
		{"no findings, fail on info", "", []string{"--fail-on", "info", clean}, exitOK},
		{"bad value", "", []string{"--fail-on", "warnig", abs}, exitError},
		{"missing path", "", []string{filepath.Join(abs, "nope.txt")}, exitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			if tt.config != "" {
				c.write(t, ".claimcheck.yaml", tt.config)
			}
			r := c.run(append([]string{"check", "--format", "json"}, tt.args...)...)
			assert.Equal(t, tt.want, r.code, "stderr: %s", r.errOut)
		})
	}
}

func TestFlagHints(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"format", []string{"check", "--format", "sarf", harbourDir}, `unknown format "sarf": did you mean sarif?`},
		{"fail-on", []string{"check", "--fail-on", "warnig", harbourDir}, `--fail-on: unknown value "warnig": did you mean warning?`},
		{"color", []string{"check", "--color", "allways", harbourDir}, `--color: unknown value "allways": did you mean always?`},
		{"color far off", []string{"check", "--color", "blue", harbourDir}, `(want one of auto, always, never)`},
		{"explain", []string{"explain", "numeric-conflct"}, `unknown rule "numeric-conflct": did you mean numeric-conflict?`},
		{"two formats on stdout", []string{"check", "-f", "table", "-f", "json", harbourDir}, "give each its own file"},
		{"empty file name", []string{"check", "-f", "sarif=", harbourDir}, "empty file name"},
		{"against without sources", []string{"check", "--against", harbourDir}, "--against: give the draft and at least one source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newCLI(t).run(tt.args...)
			assert.Equal(t, exitError, r.code)
			assert.Contains(t, r.errOut, tt.want)
			assert.Empty(t, r.out)
		})
	}
}

func TestSeveralFormats(t *testing.T) {
	c := newCLI(t)
	sarif, csv := filepath.Join(c.dir, "out.sarif"), filepath.Join(c.dir, "out.csv")
	r := c.run("check", "--format", "table", "--format", "sarif="+sarif, "-f", "csv="+csv, harbourDir)
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Contains(t, r.out, "numeric-conflict", "table on stdout")
	assert.Contains(t, r.errOut, "wrote sarif report to "+sarif)
	b, err := os.ReadFile(sarif)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"ruleId": "numeric-conflict"`)
	b, err = os.ReadFile(csv)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), "severity,rule,file"), string(b))

	t.Run("output file for the single format", func(t *testing.T) {
		out := filepath.Join(c.dir, "report.json")
		r := c.run("check", "-f", "json", "-o", out, "--quiet", harbourDir)
		require.Equal(t, exitOK, r.code, r.errOut)
		assert.Empty(t, r.out)
		assert.Empty(t, r.errOut, "--quiet drops the note")
		rep := decodeReport(t, mustRead(t, out))
		assert.Equal(t, []string{"numeric-conflict"}, rep.rulesOf())
	})
	t.Run("two formats to one file", func(t *testing.T) {
		r := c.run("check", "-f", "json="+sarif, "-f", "sarif="+sarif, harbourDir)
		assert.Equal(t, exitError, r.code)
		assert.Contains(t, r.errOut, "two reports would write to")
	})
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestColorAndQuiet(t *testing.T) {
	const ansi = "\x1b["
	tests := []struct {
		name      string
		args      []string
		env       map[string]string
		wantColor bool
		wantSum   bool
	}{
		{"auto in a pipe", nil, nil, false, true},
		{"always", []string{"--color", "always"}, nil, true, true},
		{"always beats NO_COLOR", []string{"--color", "always"}, map[string]string{"NO_COLOR": "1"}, true, true},
		{"never", []string{"--color", "never"}, nil, false, true},
		{"quiet drops the summary", []string{"--quiet"}, nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			c.env = tt.env
			r := c.run(append(append([]string{"check"}, tt.args...), harbourDir)...)
			require.Equal(t, exitOK, r.code, r.errOut)
			assert.Equal(t, tt.wantColor, strings.Contains(r.out, ansi))
			assert.Equal(t, tt.wantSum, strings.Contains(r.out, "1 finding: 1 warning"))
			assert.Contains(t, r.out, "numeric-conflict", "findings are printed either way")
		})
	}
}

func TestUseColor(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	var buf strings.Builder
	assert.False(t, useColor("auto", &buf, env(nil)), "not a terminal")
	assert.False(t, useColor("auto", os.Stdout, env(map[string]string{"NO_COLOR": "x"})), "NO_COLOR")
	assert.True(t, useColor("always", &buf, env(map[string]string{"NO_COLOR": "x"})))
	assert.False(t, useColor("never", os.Stdout, env(nil)))
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf strings.Builder
	s := &streams{ErrOut: &buf, Getenv: func(string) string { return "" }}
	_, isNo := newProgress(s, false).(noProgress)
	assert.True(t, isNo, "no bar when stderr is not a terminal")
	ci := &streams{ErrOut: os.Stderr, Getenv: func(k string) string { return map[string]string{"CI": "true"}[k] }}
	_, isNo = newProgress(ci, false).(noProgress)
	assert.True(t, isNo, "no bar in CI")
	_, isNo = newProgress(&streams{ErrOut: os.Stderr}, true).(noProgress)
	assert.True(t, isNo, "no bar with --quiet")
	p := &barProgress{w: &buf}
	p.Start(progressMin)
	p.Step()
	p.Finish()
	assert.Empty(t, buf.String(), "no bar for a few files")
	p.Start(progressMin + 5)
	p.Step()
	p.Finish()
	assert.NotEmpty(t, buf.String(), "a bar for many files")
}

func TestVersionAndCompletion(t *testing.T) {
	c := newCLI(t)
	r := c.run("version")
	require.Equal(t, exitOK, r.code)
	assert.Equal(t, "claimcheck "+version+"\n", r.out)

	r = c.run("completion", "bash")
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Contains(t, r.out, "bash completion")

	r = c.run("__complete", "explain", "numeric")
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Contains(t, r.out, "numeric-conflict\n")
	assert.NotContains(t, r.out, "rank-conflict", "only IDs with the typed prefix")

	r = c.run("__complete", "explain", "")
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Contains(t, r.out, "suppression\n")

	r = c.run("__complete", "check", "--fail-on", "")
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Contains(t, r.out, "warning\n")
}
