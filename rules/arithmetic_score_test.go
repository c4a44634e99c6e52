package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScoreMargin(t *testing.T) {
	runArithmeticCases(t, []arithCase{
		{"a margin that misses the score", "Pune won 38-33, a seven-point margin, after trailing for much of the first half.", "38 − 33 = 5"},
		{"a margin that fits", "Pune won 38-33, a five-point margin, after trailing early.", ""},
		{"goals in digits", "Rovers won 4-1, a 2-goal win in the end.", "4 − 1 = 3"},
		{"a margin far from the score is another", "Rovers beat City 3-1 on Saturday and now lead the table after a long unbeaten run by five points.", ""},
		{"set scores leave no one score", "She won 6-4, 6-3, a two-point margin in the tiebreak.", ""},
	})
}

func TestScoreMarginDuringTheMatch(t *testing.T) {
	for _, text := range []string{
		"New Zealand held off South Africa 57-54 after trailing by four goals at three-quarter time.",
		"Bayview trailed by six points early in the fourth quarter before a 12-2 run.",
		"Pune won 38-33 after building a seven-point lead at half-time.",
	} {
		assert.Empty(t, arithmeticMessages(t, text+"\n"), text)
	}
}
