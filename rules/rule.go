// Package rules finds what is inconsistent: each Rule reads the claims.Index and
// reports Findings; the engine runs the rules and applies the filter chain.
package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Severity orders findings; higher is worse.
type Severity int

// The severities, from least to most serious.
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Rule is one check over the index.
type Rule struct {
	ID       string // stable kebab-case name, never reused
	Title    string // lowercase, no period, at most 60 characters
	Doc      string // paragraphs with a bad and a good example; printed by `claimcheck explain`
	Severity Severity
	Run      func(*Pass)
	// SameStory limits the rule to claims of documents that tell the same story
	// (claims.Index.Related): figures of a port and of a marathon that happen to
	// share a measure ("countries") are not compared.
	SameStory bool
}

// Claim is one claim a finding involves: where it stands and what it says.
type Claim struct {
	claims.Position
	Text      string
	Published string       // the source's date, YYYY-MM-DD, "" when undated
	Fact      *claims.Fact `json:"-"`
}

// Finding is one inconsistency. Claims name every claim involved, the primary first.
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	Claims   []Claim
	// Suppressed holds the reason when an inline directive silences the finding.
	Suppressed string
}

// Pass is what a rule sees: the index and a way to report.
type Pass struct {
	Index    *claims.Index
	Config   Settings
	rule     *Rule
	findings []Finding
	// byMeasure files the facts whose key closes with a measure unit by the
	// head of the key without it, built on first use (see measureHeads).
	byMeasure map[string][]*claims.Fact
}

// Settings are the tolerances rules read; zero values mean the defaults.
type Settings struct {
	// ConversionTolerance is the relative difference of exchange rates tolerated (default 0.05).
	ConversionTolerance float64
	// DateWindowDays is how far apart two dates for the same event may be (default 0).
	DateWindowDays int
	// Granularity scales hedge widths (default 1).
	Granularity float64
}

// Report records a finding of the running rule at the rule's default severity
// unless f.Severity is set.
func (p *Pass) Report(f Finding) {
	if p.rule != nil && p.rule.SameStory && !p.sameStory(&f) {
		return
	}
	if p.rule != nil {
		f.Rule = p.rule.ID
		if f.Severity == 0 {
			f.Severity = p.rule.Severity
		}
	}
	p.findings = append(p.findings, f)
}

// ClaimOf builds the Claim for a fact.
func ClaimOf(f *claims.Fact) Claim {
	if f == nil || f.Doc == nil {
		return Claim{Fact: f}
	}
	return Claim{Position: f.Position(), Text: factText(f), Published: Published(f), Fact: f}
}

// sameStory drops the claims of f from documents unrelated to the primary claim's,
// and reports whether any other claim is left.
func (p *Pass) sameStory(f *Finding) bool {
	if len(f.Claims) < 2 || f.Claims[0].Fact == nil || p.Index == nil {
		return true
	}
	home := f.Claims[0].Fact.Doc
	kept := f.Claims[:1]
	for _, c := range f.Claims[1:] {
		if c.Fact == nil || p.Index.Related(home, c.Fact.Doc) {
			kept = append(kept, c)
		}
	}
	if len(kept) == 1 {
		return false
	}
	f.Claims = kept
	return true
}
