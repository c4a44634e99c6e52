package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
			_, all := classify(tt.in, toks, lowerASCII(tt.in))
			assert.Equal(t, tt.want, all&triggers != 0)
			assert.Equal(t, tt.want, anyTrigger(tt.in, toks), "anyTrigger agrees with classify")
		})
	}
}

func TestLowerASCII(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The UN said", "the un said"},
		{"İstanbul and KRAKÓW", "İstanbul and krakÓw"},
		{"already lower", "already lower"},
		{"", ""},
		{"\xffMAY", "\xffmay"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := lowerASCII(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Len(t, got, len(tt.in), "offsets stay valid")
		})
	}
}

// TestParseAllocations bounds the allocations of a sentence with no date: the
// lead calls Parse on every sentence, most of which hold none.
func TestParseAllocations(t *testing.T) {
	in := "The council, which Mr. Reyes leads, approved the Plan after a long debate about roads."
	toks := token.Scan(in, nil)
	ref := tuesday
	n := testing.AllocsPerRun(50, func() { Parse(in, toks, ref) })
	assert.Zero(t, n)
}
