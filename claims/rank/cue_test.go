package rank

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims/token"
)

// TestHasCue pins the early exit of Parse: every rank phrase has a cue, and
// words that merely look like one (by ending or length) are rejected.
func TestHasCue(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Korvia is the third-largest investor.", true},
		{"It came 3rd in the league.", true},
		{"It came 21ST overall.", true},
		{"The TOP five firms grew.", true},
		{"Aldoria is the No.1 exporter.", true},
		{"Aldoria is number one.", true},
		{"This is the largest port.", true},
		{"the twenty-first largest", true},
		{"FIRST in ODA", true},
		// Look-alikes.
		{"The North grew by a tenth of a month.", true}, // "tenth" is an ordinal word
		{"The North grew this month with both teams.", false},
		{"Earth, birth, depth and width.", false},
		{"The stop was not on the agenda, Bert said.", false},
		{"Revenue rose 3% to 12 billion.", false},
		{"Nord and Lord stood apart.", false},
		{"", false},
		{"\xff\xfe st", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, hasCue(tc.in, token.Scan(tc.in, nil)))
		})
	}
}
