package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/config"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name, config string
		want         []string // each must appear in the error
	}{
		{"unknown key", "tolerance:\n  granularity: 2\n", []string{".claimcheck.yaml:1:", `unknown key "tolerance"`, `did you mean "tolerances"`}},
		{"bad severity", "rules:\n  numeric-conflict:\n    severity: fatal\n", []string{".claimcheck.yaml:3:", "rules.numeric-conflict.severity", `"fatal"`}},
		{"unknown rule", "rules:\n  numeric-conflct:\n    enabled: false\n", []string{".claimcheck.yaml:2:", `unknown rule "numeric-conflct"`, `"numeric-conflict"`}},
		{"bad enabled", "rules:\n  rank-conflict:\n    enabled: maybe\n", []string{":3:", "rules.rank-conflict.enabled"}},
		{"bad fail_on", "fail_on: sometimes\n", []string{":1:", "fail_on", `"sometimes"`}},
		{"granularity out of range", "tolerances:\n  granularity: -1\n", []string{":2:", "tolerances.granularity"}},
		{"alias not a list", "aliases:\n  berth: quay\n", []string{":2:", "aliases.berth", "want a list"}},
		{"yaml syntax", "include: [\n", []string{".claimcheck.yaml:1:"}},
		{"two errors at once", "fail_on: x\ntolerances:\n  date_window_days: -3\n", []string{":1: fail_on", ":3: tolerances.date_window_days"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			c.write(t, config.FileName, tt.config)
			r := c.run("check", harbourDir)
			assert.Equal(t, exitError, r.code)
			for _, w := range tt.want {
				assert.Contains(t, r.errOut, w)
			}
			assert.Empty(t, r.out, "nothing is checked with a bad config")
		})
	}
}

func TestConfigApplied(t *testing.T) {
	const archived = "Published: 2025-03-11\n\nCranes\n\nFour new gantry cranes were unloaded at the harbour on Tuesday morning.\n\n" +
		"From the archive:\n\nThe port now operates over 50 container berths.\n"
	const berths = "Published: 2025-03-11\n\nNew cranes arrive\n\nThe port now operates over 50 quay slots, the harbour authority said.\n"
	tests := []struct {
		name   string
		config string
		extra  map[string]string // more files in the corpus folder
		want   []string          // rules of the findings
		sev    string            // severity of the first finding, when any
	}{
		{"no config", "", nil, []string{"numeric-conflict"}, "warning"},
		{"rule off", "rules:\n  numeric-conflict:\n    enabled: false\n", nil, nil, ""},
		{"severity raised", "rules:\n  numeric-conflict:\n    severity: error\n", nil, []string{"numeric-conflict"}, "error"},
		{"wider hedges agree", "tolerances:\n  granularity: 3\n", nil, nil, ""},
		{"exclude glob", "exclude:\n  - \"**/b-*.txt\"\n", nil, nil, ""},
		{"alias meets", "exclude: [\"**/b-*.txt\"]\naliases:\n  container berth:\n    - quay slots\n",
			map[string]string{"c-quay.txt": berths}, []string{"numeric-conflict"}, "warning"},
		{"without the alias, no meeting", "exclude: [\"**/b-*.txt\"]\n", map[string]string{"c-quay.txt": berths}, nil, ""},
		{"boilerplate marker", "boilerplate:\n  - \"From the archive:\"\n",
			map[string]string{"b-cranes.txt": archived}, nil, ""},
		{"no boilerplate marker", "", map[string]string{"b-cranes.txt": archived}, []string{"numeric-conflict"}, "warning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			dir := c.copyHarbour(t, "corpus")
			for name, body := range tt.extra {
				c.write(t, filepath.Join("corpus", name), body)
			}
			if tt.config != "" {
				c.write(t, config.FileName, tt.config)
			}
			r := c.run("check", "-f", "json", "--fail-on", "none", dir)
			require.Equal(t, exitOK, r.code, r.errOut)
			rep := decodeReport(t, r.out)
			assert.Equal(t, tt.want, rep.rulesOf())
			if tt.sev != "" && len(rep.Findings) > 0 {
				assert.Equal(t, tt.sev, rep.Findings[0].Severity)
			}
		})
	}
}

func TestConfigLookup(t *testing.T) {
	off := "rules:\n  numeric-conflict:\n    enabled: false\n"
	t.Run("found in a parent directory", func(t *testing.T) {
		c := newCLI(t)
		c.write(t, config.FileName, off)
		require.NoError(t, os.MkdirAll(filepath.Join(c.dir, "a", "b"), 0o755))
		c.dir = filepath.Join(c.dir, "a", "b")
		r := c.run("check", "-f", "json", harbourDir)
		require.Equal(t, exitOK, r.code, r.errOut)
		assert.Empty(t, decodeReport(t, r.out).Findings)
	})
	t.Run("not above the repository root", func(t *testing.T) {
		c := newCLI(t)
		c.write(t, config.FileName, off)
		inner := filepath.Join(c.dir, "repo")
		require.NoError(t, os.MkdirAll(filepath.Join(inner, ".git"), 0o755))
		c.dir = inner
		r := c.run("check", "-f", "json", harbourDir)
		require.Equal(t, exitOK, r.code, r.errOut)
		assert.Len(t, decodeReport(t, r.out).Findings, 1)
	})
	t.Run("--config wins", func(t *testing.T) {
		c := newCLI(t)
		c.write(t, config.FileName, "fail_on: nonsense\n")
		other := c.write(t, "other.yaml", off)
		r := c.run("check", "-f", "json", "--config", other, harbourDir)
		require.Equal(t, exitOK, r.code, r.errOut)
		assert.Empty(t, decodeReport(t, r.out).Findings)
	})
	t.Run("--config missing", func(t *testing.T) {
		c := newCLI(t)
		r := c.run("check", "--config", filepath.Join(c.dir, "none.yaml"), harbourDir)
		assert.Equal(t, exitError, r.code)
		assert.Contains(t, r.errOut, "none.yaml")
	})
}

func TestInit(t *testing.T) {
	c := newCLI(t)
	r := c.run("init")
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Equal(t, "wrote .claimcheck.yaml\n", r.out)
	path := filepath.Join(c.dir, config.FileName)
	assert.Equal(t, config.Template(), mustRead(t, path))
	_, err := config.Load(path)
	assert.NoError(t, err, "the written config loads")

	require.NoError(t, os.WriteFile(path, []byte("fail_on: none\n"), 0o644))
	r = c.run("init")
	assert.Equal(t, exitError, r.code)
	assert.Contains(t, r.errOut, "already exists (use --force")
	assert.Equal(t, "fail_on: none\n", mustRead(t, path), "left alone")

	r = c.run("init", "--force")
	require.Equal(t, exitOK, r.code, r.errOut)
	assert.Equal(t, config.Template(), mustRead(t, path))

	r = c.run("check", "-f", "json", harbourDir)
	assert.Equal(t, exitOK, r.code, "the default config runs: %s", r.errOut)
}
