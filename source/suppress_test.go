package source

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSuppressions(t *testing.T) {
	tests := []struct {
		file       string
		want       []claims.Suppression
		directives []int // lines skipped as directives
	}{
		{"testdata/suppress.md", []claims.Suppression{
			{Rule: "numeric-conflict", Reason: "the 2019 figure is quoted on purpose", FromLine: 4, ToLine: 4, Line: 3},
			{Rule: "count-mismatch", Reason: "the list is abridged", FromLine: 7, ToLine: 8, Line: 6},
			{Rule: "list-mismatch", Reason: "the list is abridged", FromLine: 7, ToLine: 12, Line: 6},
			{Rule: "", Reason: "", FromLine: 12, ToLine: 12, Line: 11},
		}, []int{3, 6, 9, 11}},
		{"testdata/suppress.txt", []claims.Suppression{
			{Rule: "", Reason: "", FromLine: 3, ToLine: 3, Line: 2},
			{Rule: "numeric-conflict", Reason: "older estimates", FromLine: 5, ToLine: 5, Line: 4},
		}, []int{2, 4, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readDoc(t, tt.file, Options{})
			assert.Equal(t, tt.want, doc.Suppressions)
			for _, n := range tt.directives {
				assert.Equal(t, "skip", lineState(doc, n), "line %d", n)
				start := splitLines(doc.Text)[n-1].Start
				assert.Equal(t, "directive", reasonAt(doc, start), "line %d", n)
			}
			for _, l := range splitLines(doc.Text) {
				if s := l.trimmed(doc.Text); s != "" && !strings.Contains(s, "claimcheck-") && !strings.HasPrefix(s, "#") {
					assert.Equal(t, "text", lineState(doc, l.No), "line %d", l.No)
				}
			}
		})
	}
}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		in   string
		want directive
		ok   bool
	}{
		{"claimcheck-disable-next-line rank-conflict: two rankings", directive{Kind: "disable-next-line", Rules: []string{"rank-conflict"}, Reason: "two rankings"}, true},
		{"claimcheck-disable a, b", directive{Kind: "disable", Rules: []string{"a", "b"}}, true},
		{"claimcheck-disable: all of it", directive{Kind: "disable", Reason: "all of it"}, true},
		{"claimcheck-enable", directive{Kind: "enable"}, true},
		{"claimcheck-disable x -- eslint style reason", directive{Kind: "disable", Rules: []string{"x"}, Reason: "eslint style reason"}, true},
		{"claimcheck-disabled x", directive{}, false},
		{"claimcheck-ignore x", directive{}, false},
		{"a note", directive{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseDirective(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestHTMLSuppression(t *testing.T) {
	doc := readDoc(t, "testdata/html/article.html", Options{})
	require.Len(t, doc.Suppressions, 1)
	assert.Equal(t, claims.Suppression{Rule: "numeric-conflict", Reason: "figure from an older release", FromLine: 18, ToLine: 18, Line: 17}, doc.Suppressions[0])
}
