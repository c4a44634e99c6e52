package dates

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims/token"
)

func TestWordClassesFitLength(t *testing.T) {
	for w := range wordClasses {
		assert.LessOrEqual(t, len(w), maxClassWord, w)
	}
}

func TestClassifyTriggers(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The council met and agreed on a plan.", false},
		{"Officials said the talks went well, the minister added.", false},
		{"THE COUNCIL MET AND AGREED.", false},
		{"Ministers met on Monday.", true},
		{"Exports rose in March.", true},
		{"The tender closed two weeks ago.", true},
		{"I went back for the thirty.", true},
		{"It opens on the fourth.", true},
		{"Prices fell 3%.", true},
		{"The results come TOMORROW.", true},
		{"Sales grew in the quarter.", true},
		{"Ça a été fait hier à Genève.", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := token.Scan(tt.in, nil)
			_, got := classify(tt.in, toks, lowerWords(tt.in, toks))
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLowerWords(t *testing.T) {
	in := "The UN said İstanbul and Kraków on Monday, 3 May."
	toks := token.Scan(in, nil)
	low := lowerWords(in, toks)
	require.Len(t, low, len(toks))
	var words []string
	for i, tk := range toks {
		if tk.Kind == token.Word {
			words = append(words, low[i])
		} else {
			assert.Empty(t, low[i])
		}
	}
	assert.Equal(t, []string{"the", "un", "said", strings.ToLower("İstanbul"), "and", "kraków", "on", "monday", "may"}, words)
}

// TestParseAllocations bounds the allocations of a sentence with no date: the
// lead calls Parse on every sentence, most of which hold none.
func TestParseAllocations(t *testing.T) {
	in := "The council, which Mr. Reyes leads, approved the Plan after a long debate about roads."
	toks := token.Scan(in, nil)
	ref := tuesday
	n := testing.AllocsPerRun(50, func() { Parse(in, toks, ref) })
	assert.LessOrEqual(t, n, 5.0)
}
