package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/source"
)

// draftTxt carries a reasoned directive (line 3 → 4), one without a reason
// (5 → 6), one for a rule that finds nothing (7 → 8), one naming no rule
// (9 → 10) and one naming a rule that does not exist (11 → 12).
const draftTxt = `Port report

# claimcheck-disable-next-line numeric-conflict: revised later
About 40 cruise calls.
# claimcheck-disable-next-line numeric-conflict
Nearly 40 cruise calls.
# claimcheck-disable-next-line rank-conflict: no longer needed
The third-largest port.
# claimcheck-disable-next-line
Over 40 cruise calls.
# claimcheck-disable-next-line numeric-confict: typo
Some 40 cruise calls.
`

func loadDraft(t *testing.T) *claims.Document {
	t.Helper()
	d, err := source.ReadOne("draft.txt", []byte(draftTxt), source.Options{})
	require.NoError(t, err)
	require.Len(t, d.Suppressions, 5)
	return d
}

func TestSuppressMarks(t *testing.T) {
	d := loadDraft(t)
	tests := []struct {
		name, rule string
		line       int
		want       string
	}{
		{"reasoned directive", "numeric-conflict", 4, "revised later"},
		{"directive without reason", "numeric-conflict", 6, NoReason},
		{"other rule on a covered line", "count-mismatch", 4, ""},
		{"directive for all rules", "count-mismatch", 10, NoReason},
		{"uncovered line", "numeric-conflict", 2, ""},
		{"other file", "numeric-conflict", 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := "draft.txt"
			if tt.name == "other file" {
				file = "other.txt"
			}
			in := []Finding{{Rule: tt.rule, Severity: Warning, Claims: []Claim{claimAt(file, tt.line, 1)}}}
			out := Suppress([]*claims.Document{d}, All())(in)
			require.NotEmpty(t, out)
			assert.Equal(t, tt.want, out[0].Suppressed)
		})
	}
}

func TestSuppressReportsUnused(t *testing.T) {
	d := loadDraft(t)
	in := []Finding{
		{Rule: "numeric-conflict", Claims: []Claim{claimAt("draft.txt", 4, 1)}},
		{Rule: "numeric-conflict", Claims: []Claim{claimAt("draft.txt", 6, 1)}},
	}
	tests := []struct {
		name      string
		ran       []*Rule
		wantLines []int
	}{
		{"all rules ran", All(), []int{7, 9}},
		{"rank-conflict did not run", []*Rule{NumericConflict(), Suppression()}, []int{9}},
		{"suppression rule off", []*Rule{NumericConflict(), RankConflict()}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := append([]Finding(nil), in...)
			out := Suppress([]*claims.Document{d}, tt.ran)(cp)
			var lines []int
			for _, f := range out[len(in):] {
				assert.Equal(t, SuppressionID, f.Rule)
				assert.Contains(t, f.Message, "suppresses nothing")
				lines = append(lines, f.Claims[0].Line)
			}
			assert.Equal(t, tt.wantLines, lines)
		})
	}
}

func TestSuppressionRuleStatic(t *testing.T) {
	d := loadDraft(t)
	got := Run(claims.NewIndex([]*claims.Document{d}, nil), []*Rule{Suppression()}, Settings{})
	var msgs []string
	lines := map[int]bool{}
	for _, f := range got {
		msgs = append(msgs, f.Message)
		lines[f.Claims[0].Line] = true
		assert.Equal(t, "draft.txt", f.Claims[0].File)
		assert.Equal(t, Warning, f.Severity)
	}
	require.Len(t, got, 3, "%q", msgs)
	assert.Equal(t, map[int]bool{5: true, 9: true, 11: true}, lines)
	assert.Contains(t, got[2].Message, "did you mean numeric-conflict?")
}

func TestDirectiveLine(t *testing.T) {
	tests := []struct {
		raw  string
		line int
		want string
	}{
		{"a\nb\r\nc", 2, "b"},
		{"a\nb", 3, ""},
		{"a", 0, ""},
		{"", 1, ""},
		{"x\n", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, directiveLine(tt.raw, tt.line))
		})
	}
}

func TestClosest(t *testing.T) {
	ids := []string{"numeric-conflict", "rank-conflict", "count-mismatch"}
	tests := []struct{ in, want string }{
		{"numeric-conflct", "numeric-conflict"},
		{"Rank-Conflict", "rank-conflict"},
		{"banana", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Closest(tt.in, ids))
		})
	}
}

func TestSuppressOneFindingPerDirective(t *testing.T) {
	d := loadDraft(t)
	ix := claims.NewIndex([]*claims.Document{d}, nil)
	fs := Apply(Collect(ix, All(), Settings{}), Suppress([]*claims.Document{d}, All()), Dedupe, SortFindings)
	byLine := map[int][]string{}
	for _, f := range fs {
		require.Equal(t, SuppressionID, f.Rule)
		byLine[f.Claims[0].Line] = append(byLine[f.Claims[0].Line], f.Message)
	}
	require.Len(t, byLine[9], 1, "no reason and no effect: one finding")
	assert.Contains(t, byLine[9][0], "gives no reason")
	assert.Contains(t, byLine[9][0], "it also suppresses nothing: no finding on line 10")
	require.Len(t, byLine[5], 1)
	assert.Contains(t, byLine[5][0], "no numeric-conflict finding on line 6")
	require.Len(t, byLine[3], 1)
	assert.Contains(t, byLine[3][0], "suppresses nothing")
}
