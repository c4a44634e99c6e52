package config

import (
	"path"
	"sort"
	"strings"
)

var severities = []string{"error", "warning", "info"}

// Validate checks the values; each error names its key and, for a loaded
// file, its line.
func (c *Config) Validate() error {
	return c.validate().err()
}

func (c *Config) validate() *errorList {
	errs := &errorList{file: c.Path}
	at := func(key string) int { return c.lines[key] }

	for _, id := range sortedKeys(c.Rules) {
		key := "rules." + id
		if s := c.Rules[id].Severity; s != "" && !contains(severities, s) {
			errs.add(at(key+".severity"), key+".severity", "%q is not one of %s%s",
				s, strings.Join(severities, ", "), didYouMean(s, severities))
		}
	}

	t := c.Tolerances
	if t.Granularity <= 0 || t.Granularity > 100 {
		errs.add(at("tolerances.granularity"), "tolerances.granularity",
			"%g is out of range: want a scale above 0 and at most 100 (1 is the default)", t.Granularity)
	}
	if t.ConversionRate < 0 || t.ConversionRate >= 1 {
		errs.add(at("tolerances.conversion_rate"), "tolerances.conversion_rate",
			"%g is out of range: want a relative difference from 0 to below 1, e.g. 0.05 for 5%%", t.ConversionRate)
	}
	if t.DateWindowDays < 0 || t.DateWindowDays > 3660 {
		errs.add(at("tolerances.date_window_days"), "tolerances.date_window_days",
			"%d is out of range: want 0 to 3660 days", t.DateWindowDays)
	}

	owner := map[string]string{}
	for _, canon := range sortedKeys(c.Aliases) {
		key := "aliases." + canon
		if strings.TrimSpace(canon) == "" {
			errs.add(at(key), "aliases", "a canonical key is empty")
		}
		for i, alt := range c.Aliases[canon] {
			norm := strings.ToLower(strings.Join(strings.Fields(alt), " "))
			switch {
			case norm == "":
				errs.add(at(key), key, "phrasing %d is empty", i+1)
			case owner[norm] != "" && owner[norm] != canon:
				errs.add(at(key), key, "%q is already an alias of %q", alt, owner[norm])
			default:
				owner[norm] = canon
			}
		}
	}

	for i, m := range c.Boilerplate {
		if strings.TrimSpace(m) == "" {
			errs.add(at("boilerplate"), "boilerplate", "marker %d is empty", i+1)
		}
	}
	for _, list := range []struct {
		key   string
		globs []string
	}{{"include", c.Include}, {"exclude", c.Exclude}} {
		for _, g := range list.globs {
			if _, err := path.Match(g, ""); err != nil || strings.TrimSpace(g) == "" {
				errs.add(at(list.key), list.key, "%q is not a valid glob", g)
			}
		}
	}

	failOn := append(append([]string{}, severities...), "none")
	if c.FailOn != "" && !contains(failOn, c.FailOn) {
		errs.add(at("fail_on"), "fail_on", "%q is not one of %s%s", c.FailOn, strings.Join(failOn, ", "), didYouMean(c.FailOn, failOn))
	}
	return errs
}

// ValidateRules checks that every rule the config names is one of known, the
// IDs of rules.All(); the caller passes them so config does not fix the list.
func (c *Config) ValidateRules(known []string) error {
	errs := &errorList{file: c.Path}
	for _, id := range sortedKeys(c.Rules) {
		if !contains(known, id) {
			errs.add(c.lines["rules."+id], "rules", "unknown rule %q%s", id, didYouMean(id, known))
		}
	}
	return errs.err()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
