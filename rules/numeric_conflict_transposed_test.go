package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSwappedNeighbours(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"521300", "512300", true},
		{"6.48", "6.84", true},
		{"35800", "38500", true},
		{"412", "421", true},
		{"412", "412", false},
		{"412", "214", false},   // two digits apart
		{"41.2", "14.2", true},  // the swap may open the figure
		{"4.12", "41.2", false}, // the point moved, no digits swapped
		{"21.4", "24.1", true},  // the digits swapped across the point, which stays
		{"6.7", "7.6", true},
		{"146.8", "148.6", true},
		{"2.14", "24.1", false}, // the point moved as well
		{"1234", "2143", false}, // two swaps
		{"123", "1234", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, swappedNeighbours(tt.a, tt.b), "%s %s", tt.a, tt.b)
	}
}

func TestWrittenDigits(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"521,300", "521300", true},
		{"6.48 million", "6.48", true},
		{"US$2.78 billion", "2.78", true},
		{"4,280 5G sites", "4280", true},
		{"nine", "", false},
		{"7", "7", false},
	}
	for _, tt := range tests {
		got, ok := writtenDigits(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestSignificant(t *testing.T) {
	assert.Equal(t, 2, significant("21000"))
	assert.Equal(t, 3, significant("405000"))
	assert.Equal(t, 3, significant("6.48"))
	assert.Equal(t, 2, significant("0.45"))
}
