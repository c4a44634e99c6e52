package rules

import (
	"sort"
	"strconv"
	"strings"
)

// Filter is one step of the chain that runs after the rules: it may drop, change or
// reorder findings. Suppressions, severity overrides and baselines plug in here.
type Filter func([]Finding) []Finding

// DefaultFilters is the chain Run applies: drop duplicates, then sort.
func DefaultFilters() []Filter {
	return []Filter{Dedupe, DedupeLists, SortFindings}
}

// DedupeLists drops a list-mismatch finding that an enumeration-mismatch
// finding makes about the same lines: two counted lists with one item swapped
// are both rules' case, and one finding says it.
func DedupeLists(fs []Finding) []Finding {
	lines := func(f Finding) string {
		locs := make([]string, len(f.Claims))
		for i, c := range f.Claims {
			locs[i] = c.File + ":" + strconv.Itoa(c.Line)
		}
		sort.Strings(locs)
		return strings.Join(locs, "\x00")
	}
	enumerated, rosters := map[string]bool{}, map[string]bool{}
	for _, f := range fs {
		switch {
		case f.Rule == "enumeration-mismatch":
			enumerated[lines(f)] = true
		case f.Rule == "list-mismatch" && rosterFinding(f):
			rosters[lines(f)] = true
		}
	}
	if len(enumerated) == 0 {
		return fs
	}
	out := fs[:0:0]
	for _, f := range fs {
		l := lines(f)
		if f.Rule == "list-mismatch" && enumerated[l] && !rosters[l] || f.Rule == "enumeration-mismatch" && rosters[l] {
			continue // a body's members swapped ("the squad names …") is the roster's finding, told with its body
		}
		out = append(out, f)
	}
	return out
}

// rosterFinding reports a finding about the rosters of a body's people: its
// lists are the members of a squad, a jury or a board.
func rosterFinding(f Finding) bool {
	for _, c := range f.Claims {
		if c.Fact != nil && c.Fact.List != nil && c.Fact.List.Roster {
			return true
		}
	}
	return false
}

// Apply runs the filters in order.
func Apply(fs []Finding, filters ...Filter) []Finding {
	for _, f := range filters {
		fs = f(fs)
	}
	return fs
}

// Dedupe drops findings whose rule and set of claims (in any order) equal an earlier
// finding's, so a pair is reported once and never as both A-B and B-A. The first
// reported wins.
func Dedupe(fs []Finding) []Finding {
	seen := make(map[string]bool, len(fs))
	out := fs[:0:0]
	for _, f := range fs {
		k := dedupeKey(f)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// dedupeKey is the rule plus the sorted claim locations; findings without claims
// are told apart by message.
func dedupeKey(f Finding) string {
	if len(f.Claims) == 0 {
		return f.Rule + "\x00" + f.Message
	}
	locs := make([]string, len(f.Claims))
	for i, c := range f.Claims {
		locs[i] = c.File + ":" + strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Column) + ":" +
			strconv.Itoa(c.EndLine) + ":" + strconv.Itoa(c.EndColumn)
	}
	sort.Strings(locs)
	return f.Rule + "\x00" + strings.Join(locs, "\x00")
}

// SortFindings orders findings by the primary claim's file, line and column, then
// rule and message, so output is stable whatever order the rules reported in.
// Findings without claims come first.
func SortFindings(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := primary(fs[i]), primary(fs[j])
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		return fs[i].Message < fs[j].Message
	})
	return fs
}

// primary returns the first claim of a finding, or a zero claim.
func primary(f Finding) Claim {
	if len(f.Claims) == 0 {
		return Claim{}
	}
	return f.Claims[0]
}
