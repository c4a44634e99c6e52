package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestMonthNamed(t *testing.T) {
	tests := []struct {
		in   string
		want time.Month
		ok   bool
	}{
		{"november", time.November, true},
		{"nov", time.November, true},
		{"sept", time.September, true},
		{"may", time.May, true},
		{"November", 0, false}, // callers lower-case first
		{"novembre", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, ok := MonthNamed(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, m)
		})
	}
}

func TestWeekdayNamed(t *testing.T) {
	tests := []struct {
		in          string
		want        time.Weekday
		abbreviated bool
		ok          bool
	}{
		{"tuesday", time.Tuesday, false, true},
		{"tues", time.Tuesday, true, true},
		{"sun", time.Sunday, true, true},
		{"someday", 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, abbr, ok := WeekdayNamed(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, d)
			assert.Equal(t, tt.abbreviated, abbr)
		})
	}
	t.Run("words set is a fresh copy", func(t *testing.T) {
		w := WeekdayWords()
		assert.True(t, w["thurs"])
		assert.Len(t, w, 17)
		delete(w, "thurs")
		assert.True(t, WeekdayWords()["thurs"])
	})
}
