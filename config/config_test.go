package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/rules"
)

func TestTemplateLoads(t *testing.T) {
	cfg, err := Parse(FileName, []byte(Template()))
	require.NoError(t, err)
	def := Default()
	def.Path = FileName
	assert.Equal(t, def.Tolerances, cfg.Tolerances)
	assert.Equal(t, def.FailOn, cfg.FailOn)
	assert.Empty(t, cfg.Rules)
	require.NoError(t, cfg.ValidateRules(nil))
	require.NoError(t, Default().Validate())
}

func TestParse(t *testing.T) {
	in := `# comment
rules:
  numeric-conflict:
    severity: error
  quote-mismatch:
    enabled: false
tolerances:
  conversion_rate: 0.1
aliases:
  cooperation agreement: [partnership deal, "memorandum of understanding"]
boilerplate: ["Read more:"]
include: ["articles/**/*.md"]
exclude: ["**/drafts/**"]
fail_on: warning
`
	cfg, err := Parse("x.yaml", []byte(in))
	require.NoError(t, err)
	assert.Equal(t, rules.Error, cfg.Severity("numeric-conflict", rules.Warning))
	assert.Equal(t, rules.Info, cfg.Severity("rank-conflict", rules.Info))
	assert.False(t, cfg.Enabled("quote-mismatch"))
	assert.True(t, cfg.Enabled("numeric-conflict"))
	assert.True(t, cfg.Enabled("not-mentioned"))
	assert.Equal(t, rules.Settings{ConversionTolerance: 0.1, Granularity: 1, DateWindowDays: 0}, cfg.Settings())
	assert.Equal(t, []string{"partnership deal", "memorandum of understanding"}, cfg.Aliases["cooperation agreement"])
	assert.Equal(t, []string{"Read more:"}, cfg.Boilerplate)
	assert.Equal(t, []string{"articles/**/*.md"}, cfg.Include)
	assert.Equal(t, []string{"**/drafts/**"}, cfg.Exclude)
	sev, err := cfg.FailOnSeverity()
	require.NoError(t, err)
	assert.Equal(t, rules.Warning, sev)
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "# only a comment\n", "---\n", "~\n"} {
		t.Run(in, func(t *testing.T) {
			cfg, err := Parse("e.yaml", []byte(in))
			require.NoError(t, err)
			assert.Equal(t, Default().Tolerances, cfg.Tolerances)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // each a full line of the error, in order
	}{
		{"unknown top key", "fail_on: error\n\n\n\n\n\ntolerence:\n  granularity: 2\n",
			[]string{`config c.yaml:7: unknown key "tolerence" (did you mean "tolerances"?)`}},
		{"unknown nested key", "rules:\n  numeric-conflict:\n    severty: error\n",
			[]string{`config c.yaml:3: rules.numeric-conflict: unknown key "severty" (did you mean "severity"?)`}},
		{"bad severity", "rules:\n  numeric-conflict:\n    severity: fatal\n",
			[]string{`config c.yaml:3: rules.numeric-conflict.severity: "fatal" is not one of error, warning, info`}},
		{"severity typo", "rules:\n  numeric-conflict:\n    severity: warnng\n",
			[]string{`config c.yaml:3: rules.numeric-conflict.severity: "warnng" is not one of error, warning, info (did you mean "warning"?)`}},
		{"enabled not bool", "rules:\n  x:\n    enabled: sometimes\n",
			[]string{`config c.yaml:3: rules.x.enabled: want true or false, got "sometimes"`}},
		{"number as text", "tolerances:\n  conversion_rate: five percent\n",
			[]string{`config c.yaml:2: tolerances.conversion_rate: want a number, got "five percent"`}},
		{"rate out of range", "tolerances:\n  conversion_rate: 5\n",
			[]string{`config c.yaml:2: tolerances.conversion_rate: 5 is out of range: want a relative difference from 0 to below 1, e.g. 0.05 for 5%`}},
		{"granularity zero", "tolerances:\n  granularity: 0\n",
			[]string{`config c.yaml:2: tolerances.granularity: 0 is out of range: want a scale above 0 and at most 100 (1 is the default)`}},
		{"window fractional", "tolerances:\n  date_window_days: 1.5\n",
			[]string{`config c.yaml:2: tolerances.date_window_days: want a whole number, got "1.5"`}},
		{"window negative", "tolerances:\n  date_window_days: -3\n",
			[]string{`config c.yaml:2: tolerances.date_window_days: -3 is out of range: want 0 to 3660 days`}},
		{"rules not a mapping", "rules: [a, b]\n",
			[]string{`config c.yaml:1: rules: want a mapping of keys to values, got a list`}},
		{"aliases list not list", "aliases:\n  port: harbour\n",
			[]string{`config c.yaml:2: aliases.port: want a list, got "harbour"`}},
		{"alias twice", "aliases:\n  port: [harbour]\n  dock:\n    - Harbour\n",
			[]string{`config c.yaml:2: aliases.port: "harbour" is already an alias of "dock"`}},
		{"alias empty", "aliases:\n  port: [\"  \"]\n",
			[]string{`config c.yaml:2: aliases.port: phrasing 1 is empty`}},
		{"bad glob", "include:\n  - \"[a-\"\n",
			[]string{`config c.yaml:1: include: "[a-" is not a valid glob`}},
		{"list item mapping", "exclude:\n  - {a: b}\n",
			[]string{`config c.yaml:2: exclude[0]: want a text, got a mapping`}},
		{"fail_on", "\nfail_on: warn\n",
			[]string{`config c.yaml:2: fail_on: "warn" is not one of error, warning, info, none (did you mean "warning"?)`}},
		{"top not mapping", "- a\n",
			[]string{`config c.yaml:1: want a mapping of keys to values, got a list`}},
		{"syntax", "rules:\n  a: [\n",
			[]string{`config c.yaml:2: did not find expected node content`}},
		{"duplicate key", "fail_on: error\nfail_on: info\n",
			[]string{`config c.yaml:2: duplicate key "fail_on" (first at line 1)`}},
		{"several collected", "fail_on: sometimes\ntolerances:\n  granularity: -1\nbogus: 1\n",
			[]string{
				`config c.yaml:1: fail_on: "sometimes" is not one of error, warning, info, none`,
				`config c.yaml:3: tolerances.granularity: -1 is out of range`,
				`config c.yaml:4: unknown key "bogus"`,
			}},
		{"several walk errors", "bogus: 1\ntolerances:\n  granularty: 2\n",
			[]string{
				`config c.yaml:1: unknown key "bogus"`,
				`config c.yaml:3: tolerances: unknown key "granularty" (did you mean "granularity"?)`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.in))
			require.Error(t, err)
			lines := strings.Split(err.Error(), "\n")
			require.Len(t, lines, len(tt.want), err.Error())
			for i, w := range tt.want {
				assert.True(t, strings.HasPrefix(lines[i], w), "line %d: got %q, want prefix %q", i, lines[i], w)
			}
			var ce *Error
			require.True(t, errors.As(err, &ce), "errors are *Error")
			assert.Positive(t, ce.Line, "every error names its line")
		})
	}
}

func TestValidateRules(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("rules:\n  numeric-conflict: {}\n  numeric-conflcit:\n    severity: info\n  zzz: {}\n"))
	require.NoError(t, err)
	err = cfg.ValidateRules([]string{"numeric-conflict", "count-mismatch"})
	require.Error(t, err)
	assert.Equal(t, `config c.yaml:3: rules: unknown rule "numeric-conflcit" (did you mean "numeric-conflict"?)`+"\n"+
		`config c.yaml:5: rules: unknown rule "zzz"`, err.Error())
	assert.NoError(t, cfg.ValidateRules([]string{"numeric-conflict", "numeric-conflcit", "zzz"}))
}

func TestValidateInCode(t *testing.T) {
	cfg := Default()
	cfg.FailOn = "all"
	assert.EqualError(t, cfg.Validate(), `config: fail_on: "all" is not one of error, warning, info, none`)
}

func TestLoadAndFind(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "a", "b")
	require.NoError(t, os.MkdirAll(filepath.Join(repo, ".git"), 0o755))
	require.NoError(t, os.MkdirAll(deep, 0o755))
	// A config above the repository root must not be picked up.
	require.NoError(t, os.WriteFile(filepath.Join(root, FileName), []byte("fail_on: info\n"), 0o644))

	got, err := Find(deep)
	require.NoError(t, err)
	assert.Equal(t, "", got, "search stops at the repository root")

	want := filepath.Join(repo, FileName)
	require.NoError(t, os.WriteFile(want, []byte("fail_on: warning\n"), 0o644))
	got, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, want, got)

	alt := filepath.Join(repo, "a", FileNameAlt)
	require.NoError(t, os.WriteFile(alt, []byte("fail_on: none\n"), 0o644))
	got, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, alt, got, "the nearest file wins")

	cfg, err := Load(want)
	require.NoError(t, err)
	assert.Equal(t, "warning", cfg.FailOn)
	assert.Equal(t, want, cfg.Path)

	_, err = Load(filepath.Join(root, "missing.yaml"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, os.ErrNotExist))
}

func TestNilConfig(t *testing.T) {
	var c *Config
	assert.True(t, c.Enabled("x"))
	assert.Equal(t, rules.Warning, c.Severity("x", rules.Warning))
	assert.Equal(t, Default().Settings(), c.Settings())
	sev, err := c.FailOnSeverity()
	require.NoError(t, err)
	assert.Equal(t, rules.Error, sev)
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(Template()))
	f.Add([]byte("rules:\n  a:\n    enabled: yes\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("f.yaml", data)
		if err == nil && cfg.Validate() != nil {
			t.Fatalf("Parse accepted a config Validate rejects")
		}
	})
}
