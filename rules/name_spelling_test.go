package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOneLetterApart(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"vidmar", "vidmer", "one letter changed"},
		{"bregar", "bergar", "two letters swapped"},
		{"phillips", "philips", "one letter more or less"},
		{"philips", "phillips", "one letter more or less"},
		{"maria", "mario", ""},                     // the last letter: another person
		{"minister", "ministers", ""},              // a plural, not a slip
		{"hung", "hong", ""},                       // too short to judge
		{"vidmar", "vidmar", ""},                   // the same
		{"vidmar", "vodmer", ""},                   // two changes
		{"bregar", "gerbar", ""},                   // not adjacent
		{"kowalska", "kowalski", ""},               // endings
		{"nguyễn", "nguyen", "one letter changed"}, // callers fold first; raw runes differ
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneLetterApart(tt.a, tt.b), "%s/%s", tt.a, tt.b)
	}
}
