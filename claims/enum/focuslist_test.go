package enum

import "testing"

func TestFocusLists(t *testing.T) {
	tests := []struct {
		name, in string
		noun     string
		items    []string
	}{
		{"prioritise projects in", "Vinh said the province would prioritise projects in semiconductors, electronic components, renewable energy and high-tech logistics, and would offer ready-built factories.",
			"priorities", []string{"semiconductors", "electronic components", "renewable energy", "high-tech logistics"}},
		{"give priority to", "He said the province would give priority to projects in semiconductors, electronic components, renewable energy and healthcare, in line with the plan.",
			"priorities", []string{"semiconductors", "electronic components", "renewable energy", "healthcare"}},
		{"concentrate on, capitalised", "Vietnam wanted Japanese localities to Concentrate on semiconductors, digital transformation, green energy and healthcare.",
			"priorities", []string{"semiconductors", "digital transformation", "green energy", "healthcare"}},
		{"an Oxford comma", "The venture would focus on semiconductors, renewable energy, biotechnology, and logistics.",
			"priorities", []string{"semiconductors", "renewable energy", "biotechnology", "logistics"}},
		{"put their money into", "He asked Thai investors to put their money into renewable energy, logistics, food processing and tourism, and promised faster licensing.",
			"priorities", []string{"renewable energy", "logistics", "food processing", "tourism"}},
		{"a kind noun read as a list", "Bao listed Vietnam's priorities for the partnership as semiconductors, artificial intelligence, financial technology and cloud computing.",
			"priorities", []string{"semiconductors", "artificial intelligence", "financial technology", "cloud computing"}},
		{"an item with its own and before an Oxford comma", "The agency's four priorities for next year were logistics, semiconductors, research and development centres, and renewable energy.",
			"priorities", []string{"logistics", "semiconductors", "research and development centres", "renewable energy"}},
		{"a kind the list is named as", "The federation would target South Korea, Canada and Mexico as new growth markets this year.",
			"markets", []string{"South Korea", "Canada", "Mexico"}},
		{"a kind read as a list after 'as'", "The governor named the three most serious threats facing the border provinces as drug trafficking, human trafficking and wildlife smuggling.",
			"threats", []string{"drug trafficking", "human trafficking", "wildlife smuggling"}},
		{"two items are no list", "The bank will focus on lending and deposits.", "", nil},
		{"a count is read elsewhere", "He urged them to focus on four sectors: semiconductors, logistics, tourism and energy.", "", nil},
		{"a clause after and is no item", "The team will focus on defence, set pieces and keeping the ball for longer in the second half of games.", "", nil},
		{"a number is no item", "Spending will focus on roads, 12 bridges and ports.", "", nil},
		{"another word", "The report would reprioritise rail, roads and ports.", "", nil},
		{"a comma before as", "They named the sectors, as expected, and nothing else.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertOneList(t, tt.in, FocusLists(tt.in, 0), tt.noun, tt.items) })
	}
}
