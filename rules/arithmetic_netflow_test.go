package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNetFlows(t *testing.T) {
	runArithmeticCases(t, []arithCase{
		{"openings and closures that miss the level",
			"The group opened 24 stores and closed 7 during the year, bringing its network to 318 from 304.",
			`"318" (a.txt:1) does not follow from "304" and what was added and taken away: 304 + 24 opened − 7 closed = 321, not 318`},
		{"openings and closures that make the level",
			"The group opened 24 stores and closed 7 during the year, bringing its network to 321 from 304.", ""},
		{"hires and lay-offs",
			"The mill hired 40 workers and laid off 15, taking its staff to 900 from 870.",
			`870 + 40 hired − 15 off = 895, not 900`},
		{"openings alone may hide closures",
			"The group opened 24 stores, bringing its network to 318 from 304.", ""},
		{"the flows are no parts of the level",
			"The chain ended the year with 1,142 stores after opening 64 and closing 19, a net gain of 45.", ""},
	})
}

func TestComplementaryParts(t *testing.T) {
	runArithmeticCases(t, []arithCase{
		{"adults and children fall short",
			"Of the 19 confirmed dead, 11 were adults and 6 were children.", `add up to 17, which fall short of it`},
		{"employees and contractors fall short",
			"Of the 19 dead, 12 were plant employees and five were contractors.", `add up to 17, which fall short of it`},
		{"two parts of one side may leave the rest unsaid",
			"Of the 19 dead, 11 were miners and 6 were drivers.", ""},
		{"both sides that add up",
			"Of the 19 dead, 13 were adults and 6 were children.", ""},
	})
}

func TestWholeSharesAreNoParts(t *testing.T) {
	text := "The complex ran at an average 91 percent of capacity.\nTihama is 35 percent owned by the fund and 20 percent by the family, with the remaining 45 percent in free float.\n"
	assert.Empty(t, arithmeticMessages(t, text))
}

func TestTotalPerSameUnit(t *testing.T) {
	runArithmeticCases(t, []arithCase{
		{"parts and total per family",
			"The factory owner pledged 200,000 taka per family and the government 100,000 taka, bringing the total for each family to 350,000 taka.",
			`add up to 300,000, which fall short of it`},
		{"parts per family, total per family, adding up",
			"The factory owner pledged 200,000 taka per family and the government 100,000 taka, bringing the total for each family to 300,000 taka.", ""},
		{"a price apiece stays no part",
			"Nightjar and Wavelength took three apiece, bringing the total to 14.", ""},
	})
}
