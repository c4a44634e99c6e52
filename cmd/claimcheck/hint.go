package main

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/internal/suggest"
	"github.com/claimcheck/claimcheck/rules"
)

// The values some flags accept; the first is the default.
var (
	failOnValues = []string{"error", "warning", "info", "none"}
	colorValues  = []string{"auto", "always", "never"}
)

// oneOf checks a flag value against its choices (case-insensitively) and returns
// the canonical value, or an error with a hint at the closest choice:
// `--fail-on: unknown value "warnig": did you mean warning?`.
func oneOf(flag, value string, choices []string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(value))
	for _, c := range choices {
		if v == c {
			return c, nil
		}
	}
	msg := fmt.Sprintf("%s: unknown value %q", flag, value)
	if best, ok := suggest.Closest(v, choices); ok {
		return "", fmt.Errorf("%s: did you mean %s?", msg, best)
	}
	return "", fmt.Errorf("%s (want one of %s)", msg, strings.Join(choices, ", "))
}

// failThreshold parses a --fail-on value; 0 means findings never fail the run.
func failThreshold(s string) (rules.Severity, error) {
	v, err := oneOf("--fail-on", s, failOnValues)
	if err != nil {
		return 0, err
	}
	if v == "none" {
		return 0, nil
	}
	return rules.ParseSeverity(v)
}

// ruleIDs are the IDs of every rule, for completion and hints.
func ruleIDs() []string {
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID)
	}
	return ids
}
