package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/enum"
)

func claimAt(file string, line, col int) Claim {
	return Claim{Position: claims.Position{File: file, Line: line, Column: col, EndLine: line, EndColumn: col + 5}}
}

func TestDedupeLists(t *testing.T) {
	a, b, c := claimAt("a.txt", 3, 1), claimAt("b.txt", 7, 2), claimAt("c.txt", 1, 1)
	roster := claimAt("a.txt", 3, 1)
	roster.Fact = &claims.Fact{Kind: claims.KindNamedList, List: &enum.NamedList{Roster: true}}
	tests := []struct {
		name  string
		in    []Finding
		rules []string
	}{
		{"a squad's swapped member is the roster's finding", []Finding{
			{Rule: "list-mismatch", Claims: []Claim{roster, b}},
			{Rule: "enumeration-mismatch", Claims: []Claim{b, claimAt("a.txt", 3, 9)}},
		}, []string{"list-mismatch"}},
		{"one swap told by both list rules", []Finding{
			{Rule: "list-mismatch", Claims: []Claim{a, b}},
			{Rule: "enumeration-mismatch", Claims: []Claim{b, claimAt("a.txt", 3, 9)}},
		}, []string{"enumeration-mismatch"}},
		{"other lines stay", []Finding{
			{Rule: "list-mismatch", Claims: []Claim{a, c}},
			{Rule: "enumeration-mismatch", Claims: []Claim{a, b}},
		}, []string{"list-mismatch", "enumeration-mismatch"}},
		{"no enumeration finding", []Finding{{Rule: "list-mismatch", Claims: []Claim{a, b}}}, []string{"list-mismatch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range DedupeLists(tt.in) {
				got = append(got, f.Rule)
			}
			assert.Equal(t, tt.rules, got)
		})
	}
}

func TestDedupe(t *testing.T) {
	a, b, c := claimAt("a.txt", 3, 1), claimAt("b.txt", 7, 2), claimAt("c.txt", 1, 1)
	tests := []struct {
		name string
		in   []Finding
		want int
	}{
		{"same pair in both orders", []Finding{
			{Rule: "numeric-conflict", Message: "A vs B", Claims: []Claim{a, b}},
			{Rule: "numeric-conflict", Message: "B vs A", Claims: []Claim{b, a}},
		}, 1},
		{"same pair, other rule", []Finding{
			{Rule: "numeric-conflict", Claims: []Claim{a, b}},
			{Rule: "rank-conflict", Claims: []Claim{a, b}},
		}, 2},
		{"superset is not a duplicate", []Finding{
			{Rule: "numeric-conflict", Claims: []Claim{a, b}},
			{Rule: "numeric-conflict", Claims: []Claim{a, b, c}},
		}, 2},
		{"no claims, same message", []Finding{
			{Rule: "x", Message: "m"}, {Rule: "x", Message: "m"}, {Rule: "x", Message: "n"},
		}, 2},
		{"empty", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Dedupe(tt.in)
			assert.Len(t, got, tt.want)
			if len(got) > 0 {
				assert.Equal(t, tt.in[0].Message, got[0].Message, "the first reported wins")
			}
		})
	}
}

func TestSortFindings(t *testing.T) {
	in := []Finding{
		{Rule: "b-rule", Claims: []Claim{claimAt("b.txt", 1, 1)}},
		{Rule: "z-rule", Claims: []Claim{claimAt("a.txt", 10, 1)}},
		{Rule: "a-rule", Claims: []Claim{claimAt("a.txt", 10, 1)}},
		{Rule: "a-rule", Claims: []Claim{claimAt("a.txt", 2, 9)}},
		{Rule: "a-rule", Claims: []Claim{claimAt("a.txt", 2, 3)}},
		{Rule: "none", Message: "no claims"},
	}
	got := SortFindings(in)
	var order []string
	for _, f := range got {
		p := primary(f)
		order = append(order, f.Rule+"@"+p.File)
	}
	assert.Equal(t, []string{"none@", "a-rule@a.txt", "a-rule@a.txt", "a-rule@a.txt", "z-rule@a.txt", "b-rule@b.txt"}, order)
	assert.Equal(t, 3, got[1].Claims[0].Column)
	assert.Equal(t, 9, got[2].Claims[0].Column)
}

func TestRunRecoversFromPanickingRule(t *testing.T) {
	bad := &Rule{ID: "boom", Severity: Warning, Run: func(p *Pass) {
		p.Report(Finding{Message: "before"})
		panic("broken")
	}}
	good := &Rule{ID: "fine", Severity: Info, Run: func(p *Pass) { p.Report(Finding{Message: "ok"}) }}
	got := Run(claims.NewIndex(nil, nil), []*Rule{bad, nil, good}, Settings{})
	require.Len(t, got, 3)
	assert.Equal(t, "boom", got[0].Rule)
	var sev []Severity
	for _, f := range got {
		sev = append(sev, f.Severity)
	}
	assert.ElementsMatch(t, []Severity{Warning, Error, Info}, sev)
}

func TestRunNilIndex(t *testing.T) {
	assert.Empty(t, Run(nil, All(), Settings{}))
}

func TestReportDefaultsSeverity(t *testing.T) {
	r := &Rule{ID: "r", Severity: Warning}
	p := NewPass(claims.NewIndex(nil, nil), r, Settings{})
	p.Report(Finding{Message: "default"})
	p.Report(Finding{Message: "info", Severity: Info})
	fs := p.Findings()
	require.Len(t, fs, 2)
	assert.Equal(t, Warning, fs[0].Severity)
	assert.Equal(t, Info, fs[1].Severity)
	assert.Equal(t, "r", fs[1].Rule)
}
