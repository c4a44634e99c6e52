package rules

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestOverDays pins the figures a sentence sums over several days, told
// after the figure or before it.
func TestOverDays(t *testing.T) {
	for _, tt := range []struct {
		text, figure string
		want         bool
	}{
		{"About 3,900 spectators attended over the three days.", "3,900", true},
		{"About 300 players are competing over three days, with 36 medal events on the programme.", "36", true},
		{"Tomorrow's final session has 12 medal events.", "12", false},
		{"A crowd of 4,850 watched the final.", "4,850", false},
	} {
		d := &claims.Document{Path: "a.txt", Raw: tt.text, Text: tt.text}
		at := indexWord(tt.text, tt.figure)
		f := &claims.Fact{Doc: d, Span: claims.Span{Start: at, End: at + len(tt.figure)}, Sentence: claims.Span{Start: 0, End: len(tt.text)}}
		if got := overDays(f); got != tt.want {
			t.Errorf("overDays(%q in %q) = %v, want %v", tt.figure, tt.text, got, tt.want)
		}
	}
}
