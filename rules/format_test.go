package rules

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims/quantity"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{10, "10"},
		{999, "999"},
		{1000, "1,000"},
		{450000, "450,000"},
		{1.2e9, "1,200,000,000"},
		{-12345, "-12,345"},
		{0.5, "0.5"},
		{14.83, "14.83"},
		{1234.567, "1,235"},
		{math.Inf(1), "∞"},
		{math.Inf(-1), "-∞"},
		{math.NaN(), "NaN"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, FormatNumber(tt.in))
		})
	}
}

func TestFormatInterval(t *testing.T) {
	tests := []struct {
		name string
		in   quantity.Interval
		want string
	}{
		{"over", oc(10, 20), "(10, 20]"},
		{"nearly", co(450000, 500000), "[450,000, 500,000)"},
		{"exact", cc(20, 20), "[20, 20]"},
		{"at least", quantity.Interval{Lo: 5, Hi: math.Inf(1)}, "[5, ∞)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FormatInterval(tt.in))
		})
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0.26, "+26%"},
		{0.2549, "+25%"},
		{-0.5, "-50%"},
		{0.053, "+5.3%"},
		{0, "0%"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, FormatPercent(tt.in))
		})
	}
}

func TestQuoteText(t *testing.T) {
	assert.Equal(t, `"over 110 agreements"`, QuoteText("over  110\nagreements"))
	long := QuoteText(string(make([]rune, 0)) + "ääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääää")
	assert.Equal(t, 82, len([]rune(long)), "79 runes, an ellipsis and two quotes")
}

func TestFormatIntervalIn(t *testing.T) {
	assert.Equal(t, "2:24:18", FormatIntervalIn(quantity.Interval{Lo: 8658, Hi: 8658}, "h:m:s"))
	assert.Equal(t, "9:08.47", FormatIntervalIn(quantity.Interval{Lo: 548.47, Hi: 548.47}, "h:m:s"))
	assert.Equal(t, "9:09.00", FormatIntervalIn(quantity.Interval{Lo: 548.998, Hi: 548.998}, "h:m:s"))
	assert.Equal(t, "1:02:03.50", FormatIntervalIn(quantity.Interval{Lo: 3723.5, Hi: 3723.5}, "h:m:s"))
	assert.Equal(t, "[8,658, 8,658]", FormatIntervalIn(quantity.Interval{Lo: 8658, Hi: 8658}, "count"))
	assert.Equal(t, "[8,600, 8,700]", FormatIntervalIn(quantity.Interval{Lo: 8600, Hi: 8700}, "h:m:s"), "a span of times stays an interval")
}
