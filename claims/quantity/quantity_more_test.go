package quantity

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/stretchr/testify/assert"
)

func TestParseMoreCurrencyCodesAndGluedTemperatures(t *testing.T) {
	tests := []struct {
		in, text, unit string
		value          float64
	}{
		{"The budget is PLN 6.4 billion this year.", "PLN 6.4 billion", "PLN", 6.4e9},
		{"It costs CZK 120 million.", "CZK 120 million", "CZK", 120e6},
		{"The station recorded 46.2C on Sunday.", "46.2C", "°C", 46.2},
		{"Highs of 104F are expected.", "104F", "°F", 104},
		{"Temperatures reached 38 °C.", "38 °C", "°C", 38},
		{"The thermometer reached 46.8C, a record.", "46.8C", "°C", 46.8},
		{"The heat peaked at 45.1C.", "45.1C", "°C", 45.1},
		{"Monday's 45.2C at Alvalade was the highest temperature recorded.", "45.2C", "°C", 45.2},
		{"The 45.2C at Alvalade was the highest temperature on record.", "45.2C", "°C", 45.2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			qs := Parse(tt.in, token.Scan(tt.in, nil))
			if assert.Len(t, qs, 1) {
				assert.Equal(t, tt.text, tt.in[qs[0].Start:qs[0].End])
				assert.Equal(t, tt.unit, qs[0].Unit)
				assert.InDelta(t, tt.value, qs[0].Value, 1e-6*tt.value)
			}
		})
	}
	for _, in := range []string{"Grade 3 C students passed.", "Block 5C was sold.", "Room 12F is empty."} {
		t.Run("not a temperature: "+in, func(t *testing.T) {
			for _, q := range Parse(in, token.Scan(in, nil)) {
				assert.NotContains(t, []string{"°C", "°F"}, q.Unit)
			}
		})
	}
}

// TestCountBeforeHyphenedMeasure pins a count followed by a compound measure
// ("46,200 60-kilogram bags"): two numbers in a row, but no phone number.
func TestCountBeforeHyphenedMeasure(t *testing.T) {
	tests := []struct {
		in, text string
		value    float64
	}{
		{"The cooperative sold 46,200 60-kilogram bags of coffee.", "46,200", 46200},
		{"The fleet has 300 40-tonne trucks.", "300", 300},
		{"The port moved 1.2 million 20-foot containers.", "1.2 million", 1.2e6},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			qs := Parse(tt.in, token.Scan(tt.in, nil))
			if assert.NotEmpty(t, qs) {
				assert.Equal(t, tt.text, tt.in[qs[0].Start:qs[0].End])
				assert.Equal(t, "count", qs[0].Unit)
				assert.InDelta(t, tt.value, qs[0].Value, 1e-6*tt.value)
			}
		})
	}
	for _, in := range []string{"call 024 3825 3536", "Dial 3825 3536-2 for the desk."} {
		t.Run("still a phone number: "+in, func(t *testing.T) {
			for _, q := range Parse(in, token.Scan(in, nil)) {
				assert.NotEqual(t, 3825.0, q.Value)
			}
		})
	}
}
