package rules

import (
	"fmt"
	"strings"
)

// Policy is what a configuration decides about rules: whether one runs and how
// severe its findings are. *config.Config satisfies it; rules does not import
// config so that config may import rules.
type Policy interface {
	Enabled(id string) bool
	Severity(id string, def Severity) Severity
}

// Enabled returns the rules of rs the policy lets run, in order. A nil policy
// runs them all.
func Enabled(rs []*Rule, p Policy) []*Rule {
	if p == nil {
		return rs
	}
	out := make([]*Rule, 0, len(rs))
	for _, r := range rs {
		if r != nil && p.Enabled(r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// Override returns the filter that gives findings their final severity: the
// policy's for the rule, else what the rule reported. Findings of rules the
// policy turns off are dropped, so that filters which report on their own (the
// suppression rule) obey the config too. Rules never decide the final severity;
// this filter does.
func Override(p Policy) Filter {
	return func(fs []Finding) []Finding {
		if p == nil {
			return fs
		}
		out := fs[:0]
		for _, f := range fs {
			if !p.Enabled(f.Rule) {
				continue
			}
			f.Severity = p.Severity(f.Rule, f.Severity)
			out = append(out, f)
		}
		return out
	}
}

// CheckIDs returns an error for every ID that is not a rule of rs, each with a
// hint at the closest ID ("unknown rule "numeric-conflct": did you mean
// numeric-conflict?"); nil when all are known.
func CheckIDs(ids []string, rs []*Rule) error {
	known := make([]string, 0, len(rs))
	for _, r := range rs {
		if r != nil {
			known = append(known, r.ID)
		}
	}
	var bad []string
	for _, id := range ids {
		if ByIDIn(rs, id) != nil {
			continue
		}
		msg := fmt.Sprintf("unknown rule %q", id)
		if best := Closest(id, known); best != "" {
			msg += ": did you mean " + best + "?"
		} else {
			msg += " (run claimcheck rules for the list)"
		}
		bad = append(bad, msg)
	}
	if len(bad) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(bad, "; "))
}

// ByIDIn returns the rule of rs with the given ID, or nil.
func ByIDIn(rs []*Rule, id string) *Rule {
	for _, r := range rs {
		if r != nil && r.ID == id {
			return r
		}
	}
	return nil
}
