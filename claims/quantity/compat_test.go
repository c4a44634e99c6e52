package quantity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompatibility pins the hedge and granularity rules to an editor's judgement:
// two statements of the same measure either could both be true (overlap) or
// contradict each other.
func TestCompatibility(t *testing.T) {
	tests := []struct {
		a, b    string
		overlap bool
	}{
		// must overlap
		{"nearly 500,000", "about 480,000", true},
		{"over 110", "118", true},
		{"more than ten", "12", true},
		{"nearly 100", "97", true},
		{"over 110", "over 110", true},
		{"more than 110", "about 115", true},
		{"15-20 delegations", "about 18", true},
		{"nearly USD 30 billion", "USD 29.5 billion", true},
		{"around 10%", "11%", true},
		{"hundreds of thousands of workers", "more than 630,000", true},
		{"hundreds of thousands of workers", "nearly 500,000", true},
		{"more than USD 8 billion", "USD 8.5 billion", true},
		{"at least 50", "54", true},
		{"up to 30", "12", true},
		{"nearly 1/3", "0.31", true},
		{"2.6–3 million tonnes", "about 2.8 million tonnes", true},
		{"some 500 guests", "520", true},
		{"fewer than 60", "57", true},
		{"more than half", "0.52", true},
		{"14.83 trillion VND", "nearly 15 trillion VND", true},
		{"nearly 50", "48", true},
		{"nearly 6.9 billion USD", "6.84 billion USD", true},
		{"almost 3,000", "2,950", true},
		{"nearly 1 billion", "950 million", true},
		{"Nearly 500", "470", true},
		{"nearly USD 1 billion", "USD 920 million", true},
		{"nearly five", "4", true},
		{"just under 15 per cent", "14.2%", true},
		{"nearly 2.6 million tonnes", "2.57 million tonnes", true},
		// must not overlap
		{"over 110", "more than ten", false},
		{"nearly 2,000", "more than 2,050", false},
		{"over 75,000", "74,200", false},
		{"more than 60", "57", false},
		{"nearly 500,000", "more than 630,000", false},
		{"nearly 100", "100", false},
		{"more than ten", "10", false},
		{"at least ten", "118", false},
		{"up to 30", "31", false},
		{"hundreds of thousands of workers", "16,000", false},
		{"nearly 50", "50", false},
		{"15-20 delegations", "40", false},
		{"nearly 1/3", "0.4", false},
		{"more than USD 8 billion", "USD 7.9 billion", false},
		{"about 480,000", "500,000", false},
		{"nearly 1 billion", "800 million", false},
		{"nearly USD 1 billion", "USD 600 million", false},
		{"Nearly 500", "420", false},
		{"almost 3,000", "2,500", false},
		{"nearly 100", "85", false},
		{"nearly 480,000", "470,000", false},
		{"nearly 6.9 billion USD", "6.81 billion USD", false},
		{"just under 15 per cent", "12%", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			qa, qb := parse(tt.a), parse(tt.b)
			require.Len(t, qa, 1, tt.a)
			require.Len(t, qb, 1, tt.b)
			assert.Equal(t, tt.overlap, qa[0].Interval.Overlaps(qb[0].Interval),
				"%s %+v vs %s %+v", tt.a, qa[0].Interval, tt.b, qb[0].Interval)
		})
	}
}
