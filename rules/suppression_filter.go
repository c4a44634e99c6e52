package rules

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
)

// NoReason is what Finding.Suppressed holds when the directive that silenced a
// finding gave no reason: Suppressed must be non-empty to mark a finding.
const NoReason = "no reason given"

// Suppress returns the filter that applies the inline directives of docs: a
// finding whose primary claim stands on a line a directive of its rule (or of all
// rules) covers is marked Suppressed with the directive's reason. ran are the
// rules that ran; a directive for one of them (or for all rules) that marks
// nothing becomes a finding of the suppression rule, provided that rule is among
// them. Directives for rules that did not run are left alone: they may be right
// in a run with a different config.
func Suppress(docs []*claims.Document, ran []*Rule) Filter {
	return func(fs []Finding) []Finding {
		byPath := map[string]*claims.Document{}
		for _, d := range docs {
			if d != nil && len(d.Suppressions) > 0 {
				byPath[d.Path] = d
			}
		}
		if len(byPath) == 0 {
			return fs
		}
		type use struct {
			doc *claims.Document
			i   int
		}
		used := map[use]bool{}
		for k := range fs {
			f := &fs[k]
			if len(f.Claims) == 0 || f.Suppressed != "" {
				continue
			}
			c := f.Claims[0]
			d := byPath[c.File]
			if d == nil {
				continue
			}
			for i, s := range d.Suppressions {
				if (s.Rule == "" || s.Rule == f.Rule) && s.FromLine <= c.Line && c.Line <= s.ToLine {
					used[use{d, i}] = true
					if f.Suppressed == "" {
						f.Suppressed = s.Reason
						if f.Suppressed == "" {
							f.Suppressed = NoReason
						}
					}
				}
			}
		}
		ids := map[string]bool{}
		for _, r := range ran {
			if r != nil {
				ids[r.ID] = true
			}
		}
		if !ids[SuppressionID] {
			return fs
		}
		type once struct {
			doc  *claims.Document
			line int
			rule string
		}
		reported := map[once]bool{}
		for _, d := range docs {
			if d == nil {
				continue
			}
			for i, s := range d.Suppressions {
				if used[use{d, i}] || (s.Rule != "" && !ids[s.Rule]) || s.Rule == SuppressionID {
					continue
				}
				if reported[once{d, s.Line, s.Rule}] {
					continue
				}
				reported[once{d, s.Line, s.Rule}] = true
				at := directiveClaim(d, s.Line)
				what := "no finding"
				if s.Rule != "" {
					what = "no " + s.Rule + " finding"
				}
				msg := fmt.Sprintf("suppresses nothing: %s on %s; remove it", what, directiveRange(s.FromLine, s.ToLine))
				// One finding per directive line: Dedupe would drop a second one
				// on the same place, so a complaint the rule made already grows.
				if k := findAt(fs, SuppressionID, at); k >= 0 {
					fs[k].Message += "; it also " + msg
					continue
				}
				fs = append(fs, Finding{
					Rule:     SuppressionID,
					Severity: Suppression().Severity,
					Message:  fmt.Sprintf("directive %s %s", curlyQuote(at.Text), msg),
					Claims:   []Claim{at},
				})
			}
		}
		return fs
	}
}

func directiveRange(from, to int) string {
	if from >= to {
		return fmt.Sprintf("line %d", from)
	}
	return fmt.Sprintf("lines %d-%d", from, to)
}

// findAt returns the index of the finding of rule whose primary claim is at c's
// file and line, or -1.
func findAt(fs []Finding, rule string, c Claim) int {
	for k, f := range fs {
		if f.Rule == rule && len(f.Claims) > 0 && f.Claims[0].File == c.File && f.Claims[0].Line == c.Line {
			return k
		}
	}
	return -1
}
