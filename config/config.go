// Package config reads .claimcheck.yaml: which rules run and how severe they
// are, the tolerances rules compare with, measure aliases, extra boilerplate
// markers, which files to check and when the exit code fails.
package config

import (
	"fmt"

	"github.com/claimcheck/claimcheck/rules"
)

// FileName is the name Find looks for; FileNameAlt is accepted too.
const (
	FileName    = ".claimcheck.yaml"
	FileNameAlt = ".claimcheck.yml"
)

// Defaults of the tolerances, as rules.Settings documents them.
const (
	DefaultGranularity    = 1.0
	DefaultConversionRate = 0.05
	DefaultDateWindowDays = 0
	DefaultFailOn         = "error"
)

// Config is the content of a .claimcheck.yaml file.
type Config struct {
	// Rules overrides rules by ID; a rule not listed runs at its default severity.
	Rules map[string]RuleConfig `yaml:"rules"`
	// Tolerances widen or narrow what rules accept as agreeing.
	Tolerances Tolerances `yaml:"tolerances"`
	// Aliases maps a canonical measure key to other phrasings of it.
	Aliases map[string][]string `yaml:"aliases"`
	// Boilerplate lists extra markers of text that is not the article
	// (newsletter footers, "Read more:" lines).
	Boilerplate []string `yaml:"boilerplate"`
	// Include and Exclude are slash-separated globs ("**" spans directories)
	// applied to the paths found when walking directories.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`
	// FailOn is the lowest severity that makes the exit code 1: error, warning,
	// info or none.
	FailOn string `yaml:"fail_on"`

	// Path is the file the config was loaded from, "" for Default.
	Path string `yaml:"-"`
	// lines maps a key path ("rules.numeric-conflict.severity") to its line.
	lines map[string]int
}

// RuleConfig overrides one rule. A nil Enabled and an empty Severity keep the
// rule's defaults.
type RuleConfig struct {
	Enabled  *bool  `yaml:"enabled"`
	Severity string `yaml:"severity"`
}

// Tolerances are the numeric slack rules allow.
type Tolerances struct {
	// Granularity scales the width hedges get ("about 40" → 35..45 at 1).
	Granularity float64 `yaml:"granularity"`
	// ConversionRate is the relative difference tolerated between two
	// conversions of one amount into another currency or unit (0.05 = 5%).
	ConversionRate float64 `yaml:"conversion_rate"`
	// DateWindowDays is how many days two dates of one event may differ.
	DateWindowDays int `yaml:"date_window_days"`
}

// Default returns the configuration used when there is no file.
func Default() *Config {
	return &Config{
		Rules: map[string]RuleConfig{},
		Tolerances: Tolerances{
			Granularity:    DefaultGranularity,
			ConversionRate: DefaultConversionRate,
			DateWindowDays: DefaultDateWindowDays,
		},
		Aliases: map[string][]string{},
		FailOn:  DefaultFailOn,
	}
}

// Enabled reports whether the rule with this ID should run.
func (c *Config) Enabled(id string) bool {
	if c == nil {
		return true
	}
	rc, ok := c.Rules[id]
	return !ok || rc.Enabled == nil || *rc.Enabled
}

// Severity returns the configured severity of a rule, or def when the config
// leaves it alone.
func (c *Config) Severity(id string, def rules.Severity) rules.Severity {
	if c == nil {
		return def
	}
	if s, err := rules.ParseSeverity(c.Rules[id].Severity); err == nil {
		return s
	}
	return def
}

// Settings returns the tolerances in the form rules read them.
func (c *Config) Settings() rules.Settings {
	if c == nil {
		c = Default()
	}
	return rules.Settings{
		ConversionTolerance: c.Tolerances.ConversionRate,
		DateWindowDays:      c.Tolerances.DateWindowDays,
		Granularity:         c.Tolerances.Granularity,
	}
}

// FailOnSeverity parses FailOn; 0 means findings never fail the run.
func (c *Config) FailOnSeverity() (rules.Severity, error) {
	s := DefaultFailOn
	if c != nil && c.FailOn != "" {
		s = c.FailOn
	}
	if s == "none" {
		return 0, nil
	}
	sev, err := rules.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("fail_on: %w", err)
	}
	return sev, nil
}
