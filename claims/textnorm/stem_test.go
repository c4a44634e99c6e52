package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"agreements", "agreement"},
		{"investors", "investor"},
		{"evacuated", "evacu"},
		{"running", "run"},
		{"people", "peopl"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Stem(tt.in))
			assert.Equal(t, tt.want, Stem(tt.in), "memoised result differs")
		})
	}
}
