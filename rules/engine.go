package rules

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
)

// Run runs the rules over the index and returns their findings after the filter
// chain (DefaultFilters): duplicates dropped, sorted by file, line, column and rule.
func Run(ix *claims.Index, rs []*Rule, s Settings) []Finding {
	return Apply(Collect(ix, rs, s), DefaultFilters()...)
}

// Collect runs the rules and returns their raw findings in report order, before any
// filter. A rule that panics is reported as an error finding of that rule instead of
// taking the whole check down.
func Collect(ix *claims.Index, rs []*Rule, s Settings) []Finding {
	if ix == nil {
		ix = claims.NewIndex(nil, nil)
	}
	var out []Finding
	for _, r := range rs {
		if r == nil || r.Run == nil {
			continue
		}
		out = append(out, runOne(ix, r, s)...)
	}
	return out
}

// runOne runs one rule, turning a panic into a finding so the other rules still run.
func runOne(ix *claims.Index, r *Rule, s Settings) (fs []Finding) {
	p := &Pass{Index: ix, Config: s, rule: r}
	defer func() {
		if v := recover(); v != nil {
			fs = append(p.findings, Finding{
				Rule:     r.ID,
				Severity: Error,
				Message:  fmt.Sprintf("internal error: rule %s failed: %v", r.ID, v),
			})
		}
	}()
	r.Run(p)
	return p.findings
}

// NewPass returns a pass of rule r over ix, for running a rule by hand (tests,
// tools); Findings returns what it reported.
func NewPass(ix *claims.Index, r *Rule, s Settings) *Pass {
	return &Pass{Index: ix, Config: s, rule: r}
}

// Findings returns what the pass has reported so far.
func (p *Pass) Findings() []Finding { return p.findings }
