package suggest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClosest(t *testing.T) {
	formats := []string{"table", "json", "markdown", "csv", "github", "sarif"}
	rules := []string{"numeric-conflict", "rank-conflict", "count-mismatch"}
	tests := []struct {
		name       string
		in         string
		candidates []string
		want       string
		ok         bool
	}{
		{"one deletion", "sarf", formats, "sarif", true},
		{"one deletion short", "jsn", formats, "json", true},
		{"long suffix within half", "github-action", formats, "github", true},
		{"too far", "xml", formats, "", false},
		{"empty input", "", formats, "", false},
		{"case-insensitive", "Rank-Conflict", rules, "rank-conflict", true},
		{"candidate returned as given", "numeric", []string{"Numeric"}, "Numeric", true},
		{"transposition", "numeric-conflcit", rules, "numeric-conflict", true},
		{"unrelated", "banana", rules, "", false},
		{"no candidates", "warn", nil, "", false},
		{"prefix within threshold", "warn", []string{"error", "warning", "info", "none"}, "warning", true},
		{"first of equals wins", "ab", []string{"ax", "ay"}, "ax", true},
		{"runes not bytes", "đa", []string{"da"}, "da", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Closest(tt.in, tt.candidates)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"kitten", "sitting", 3},
		{"sarf", "sarif", 1},
		{"đ", "d", 1},
		{"same", "same", 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, Distance(tt.a, tt.b))
			assert.Equal(t, tt.want, Distance(tt.b, tt.a), "symmetric")
		})
	}
}
