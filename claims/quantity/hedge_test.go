package quantity

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGranularity(t *testing.T) {
	tests := []struct {
		n       float64
		written string
		want    float64
	}{
		{97, "97", 1},
		{110, "110", 10},
		{118, "118", 1},
		{630000, "630,000", 10000},
		{500000, "500,000", 100000},
		{480000, "480,000", 10000},
		{2000, "2,000", 1000},
		{2050, "2,050", 50},
		{75000, "75,000", 5000},
		{25, "25", 5},
		{150, "150", 50},
		{10, "ten", 10},
		{10, "10", 10},
		{100, "100", 100},
		{7, "7", 1},
		{2.6e6, "2.6 million", 0.1e6},
		{8e9, "8 billion", 1e9},
		{8e9, "8bn", 1e9},
		{14.83e12, "14.83 trillion", 0.01e12},
		{1.5e6, "1.5 million", 0.5e6},
		{2e6, "2.0 million", 0.1e6},
		{300000, "three hundred thousand", 100000},
		{21, "twenty-one", 1},
		{12, "a dozen", 6},
		{36, "three dozen", 12},
		{1.0 / 3, "1/3", 1.0 / 30},
		{0.5, "half", 0.05},
		{0.2, "one in five", 0.02},
		{0, "0", 1},
		{-20, "20", 10},
		{math.NaN(), "x", 1},
		{math.Inf(1), "x", 1},
		{3.5, "3.5", 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			assert.InDelta(t, tt.want, Granularity(tt.n, tt.written), tt.want*1e-9)
		})
	}
}

func TestHedgeIntervals(t *testing.T) {
	tests := []struct {
		in     string
		hedge  string
		lo, hi float64
		lo0    bool // LoOpen
		hi0    bool // HiOpen
	}{
		{"118 firms", "", 118, 118, false, false},
		{"profit more than halved", "over", 1.0 / 3, 0.5, false, true},
		{"profit nearly halved", "nearly", 0.5, 1 / 1.8, true, false},
		{"trade more than doubled", "over", 2, 3, true, false},
		{"exactly 118 firms", "exactly", 118, 118, false, false},
		{"built around three pillars", "", 3, 3, false, false},
		{"over 110 agreements", "over", 110, 120, true, false},
		{"more than 110", "over", 110, 120, true, false},
		{"above 110", "over", 110, 120, true, false},
		{"exceeding 110", "over", 110, 120, true, false},
		{"topped 36 billion", "over", 36e9, 37e9, true, false},
		{"passed $20 billion", "over", 20e9, 30e9, true, false},
		{"passed 12 laws", "", 12, 12, false, false},
		{"temperatures passed 35 degrees Celsius", "over", 35, 40, true, false},
		{"crossed 45 degrees", "over", 45, 50, true, false},
		{"the tournament runs over nine rounds", "", 9, 9, false, false},
		{"a draw and a loss over 11 rounds", "", 11, 11, false, false},
		{"his goals over 30 matches", "", 30, 30, false, false},
		{"won over 30 matches", "over", 30, 40, true, false},
		{"the developer handed over 9,460 homes", "", 9460, 9460, false, false},
		{"the rebels turned over 12 rifles", "", 12, 12, false, false},
		{"localities signed over 110 agreements", "over", 110, 120, true, false},
		{"the final was played over 15 sets", "", 15, 15, false, false},
		{"well over 110", "over", 110, 120, true, false},
		{"in excess of 110", "over", 110, 120, true, false},
		{"upwards of 110", "over", 110, 120, true, false},
		{"110+ firms", "over", 110, 120, true, false},
		{"110-plus firms", "over", 110, 120, true, false},
		{"nearly 500,000", "nearly", 450000, 500000, false, true},
		{"almost 500,000", "nearly", 450000, 500000, false, true},
		{"just under 500,000", "nearly", 450000, 500000, false, true},
		{"close to 500,000", "nearly", 450000, 500000, false, true},
		{"nearly 100", "nearly", 90, 100, false, true},
		{"nearly 97", "nearly", 96, 97, false, true},
		{"nearly 1 billion", "nearly", 9e8, 1e9, false, true},
		{"almost 3,000", "nearly", 2700, 3000, false, true},
		{"nearly 480,000", "nearly", 475000, 480000, false, true},
		{"nearly 50", "nearly", 45, 50, false, true},
		{"nearly 5 firms", "nearly", 4, 5, false, true},
		{"just under 15 per cent", "nearly", 13.5, 15, false, true},
		{"nearly 2%", "nearly", 1.8, 2, false, true},
		{"fewer than 60", "fewer than", 50, 60, false, true},
		{"less than 60", "fewer than", 50, 60, false, true},
		{"below 60", "fewer than", 50, 60, false, true},
		{"under 60", "fewer than", 50, 60, false, true},
		{"about 480,000", "about", 475000, 485000, false, false},
		{"around 480,000", "about", 475000, 485000, false, false},
		{"approximately 480,000", "about", 475000, 485000, false, false},
		{"roughly 480,000", "about", 475000, 485000, false, false},
		{"some 480,000", "about", 475000, 485000, false, false},
		{"an estimated 480,000", "about", 475000, 485000, false, false},
		{"approx. 480,000", "about", 475000, 485000, false, false},
		{"480,000 or so", "about", 475000, 485000, false, false},
		{"at least 50", "at least", 50, 60, false, false},
		{"no fewer than 50", "at least", 50, 60, false, false},
		{"a minimum of 50", "at least", 50, 60, false, false},
		{"50 or more", "at least", 50, 60, false, false},
		{"up to 30", "up to", 0, 30, false, false},
		{"at most 30", "up to", 0, 30, false, false},
		{"the turbines add up to 30", "", 30, 30, false, false},
		{"no more than 30", "up to", 0, 30, false, false},
		{"a maximum of 30", "up to", 0, 30, false, false},
		{"as many as 30", "as many as", 20, 30, false, false},
		{"more than USD 8 billion", "over", 8e9, 9e9, true, false},
		{"nearly 2.6 million", "nearly", 2.55e6, 2.6e6, false, true},
		{"about 15-20 people", "about", 12.5, 25, false, false},
		{"over 15-20 people", "over", 15, 30, true, false},
		{"nearly 1/3 of loans", "nearly", 0.3, 1.0 / 3, false, true},
		{"more than half of firms", "over", 0.5, 0.55, true, false},
		{"nearly three dozen", "nearly", 32.4, 36, false, true},
		{"about 1", "about", 0.5, 1.5, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			qs := parse(tt.in)
			require.Len(t, qs, 1)
			q := qs[0]
			assert.Equal(t, tt.hedge, q.Hedge)
			assert.InDelta(t, tt.lo, q.Interval.Lo, math.Abs(tt.lo)*1e-9+1e-12)
			assert.InDelta(t, tt.hi, q.Interval.Hi, math.Abs(tt.hi)*1e-9+1e-12)
			assert.Equal(t, tt.lo0, q.Interval.LoOpen, "LoOpen")
			assert.Equal(t, tt.hi0, q.Interval.HiOpen, "HiOpen")
		})
	}
}

func TestOverlaps(t *testing.T) {
	tests := []struct {
		name string
		a, b Interval
		want bool
	}{
		{"disjoint", Interval{Lo: 1, Hi: 2}, Interval{Lo: 3, Hi: 4}, false},
		{"touching closed", Interval{Lo: 1, Hi: 2}, Interval{Lo: 2, Hi: 4}, true},
		{"touching open", Interval{Lo: 1, Hi: 2, HiOpen: true}, Interval{Lo: 2, Hi: 4}, false},
		{"touching open other", Interval{Lo: 2, Hi: 4, LoOpen: true}, Interval{Lo: 1, Hi: 2}, false},
		{"nested", Interval{Lo: 1, Hi: 10}, Interval{Lo: 3, Hi: 4}, true},
		{"point inside", Interval{Lo: 118, Hi: 118}, Interval{Lo: 110, Hi: 120, LoOpen: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.a.Overlaps(tt.b))
			assert.Equal(t, tt.want, tt.b.Overlaps(tt.a))
		})
	}
}
