package quantity

import "testing"

// TestParseGappedLists pins the counts of a list whose verb is said once
// ("won 62, the Social Democrats 41") against road, phase and block labels
// that a comma also follows.
func TestParseGappedLists(t *testing.T) {
	runParse(t, []parseCase{
		{"with articles", "Of the 120 seats, the Green Alliance won 48, the Liberal Democrats 35, the Workers' Party 17.",
			[]string{"120=120 count", "48=48 count", "35=35 count", "17=17 count"}},
		{"bare names", "The Green Alliance won 48, Liberal Democrats 35, Workers' Party 17.",
			[]string{"48=48 count", "35=35 count", "17=17 count"}},
		{"and before the last", "The Green Alliance took 48, the Liberal Democrats 35 and the Workers' Party 17.",
			[]string{"48=48 count", "35=35 count", "17=17 count"}},
		{"comma and", "Mariner won 9, Harbour 4, and Delta 2.",
			[]string{"9=9 count", "4=4 count", "2=2 count"}},
		{"party of", "The Party of Labour won 30, the Party of Renewal 12.",
			[]string{"30=30 count", "12=12 count"}},
		// Look-alikes: a name's number with no amount before the comma.
		{"highway then apposition", "Traffic on National Highway 2, the main route, slowed.", nil},
		{"phase then block", "The contractor finished Phase 3, Block 7.", nil},
		{"after a year", "In 2024, Route 9, the coastal road, reopened.", nil},
		{"after a measure", "The road runs 12 km, Highway 2.", []string{"12 km=12 km"}},
		{"after a first item that names its noun", "Guayas had 205 cases, Manabi 108, Los Rios 79 and Esmeraldas 23.", []string{"205=205 count", "108=108 count", "79=79 count", "23=23 count"}},
		{"number glued to a word", "It won G7 backing, Phase 3.", nil},
		{"a name with a particle inside the list", "Centre-Nord counts 891 cases, Sahel 640, Boucle du Mouhoun 402 and Centre 251.",
			[]string{"891=891 count", "640=640 count", "402=402 count", "251=251 count"}},
	})
}
