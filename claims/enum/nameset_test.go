package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNameSets(t *testing.T) {
	tests := []struct {
		name, in string
		noun     string
		items    []string
	}{
		{"plural after the names", "The ministry expects the Kostanay, Pavlodar and North Kazakhstan regions to supply most of it.",
			"regions", []string{"Kostanay", "Pavlodar", "North Kazakhstan"}},
		{"plural of before the names", "Grain moves through the Northern Arc ports of Itaqui, Barcarena, Santarém and Santana, where terminals grow.",
			"ports", []string{"Itaqui", "Barcarena", "Santarém", "Santana"}},
		{"hyphenated names and a serial comma", "The campaign covers Kasaï, Kasaï-Central, Lomami, and Tshopo provinces.",
			"provinces", []string{"Kasaï", "Kasaï-Central", "Lomami", "Tshopo"}},
		{"a plural subject of a copula", "The semi-finalists were Farrow, Penhallow, Lukasz Wisniewski and Jamie Kettleborough.",
			"semi-finalists", []string{"Farrow", "Penhallow", "Lukasz Wisniewski", "Jamie Kettleborough"}},
		{"the last four are the semi-finalists", "The last four were Penhallow, Owen Castlereagh, Lukasz Wisniewski and Farrow, with the Pole making the highest break.",
			"semi-finalists", []string{"Penhallow", "Owen Castlereagh", "Lukasz Wisniewski", "Farrow"}},
		{"a capitalised subject names no kind", "The Greens were Farrow, Penhallow and Owen Castlereagh.", "", nil},
		{"no plural gathers them", "The rice will arrive at Tanjung Priok, Tanjung Perak, Belawan and Panjang, officials said.", "", nil},
		{"two names are no set", "the Kostanay and Akmola regions", "", nil},
		{"people are no place set", "Ministers Ana Souza, Rui Lima and Eva Costa met the governors.", "", nil},
		{"a lower-case member breaks the run", "the Kostanay, northern and Akmola regions", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NameSets(tc.in, 100)
			if tc.items == nil {
				assert.Empty(t, got)
				return
			}
			if assert.Len(t, got, 1) {
				assert.Equal(t, tc.noun, got[0].Noun)
				var labels []string
				for _, it := range got[0].Items {
					labels = append(labels, it.Label)
					assert.Equal(t, it.Label, tc.in[it.Start-100:it.End-100], "offsets are the document's")
				}
				assert.Equal(t, tc.items, labels)
				assert.True(t, got[0].Gathered)
			}
		})
	}
}

func TestNameSetsOfKind(t *testing.T) {
	fours := func(labels []string) string {
		if len(labels) >= 4 {
			return "places"
		}
		return ""
	}
	got := NameSetsOf("The rice came from Tanjung Priok, Tanjung Perak, Belawan and Panjang, officials said.", 0, fours)
	if assert.Len(t, got, 1) {
		assert.Equal(t, "places", got[0].Noun)
		assert.Len(t, got[0].Items, 4)
	}
	assert.Empty(t, NameSetsOf("The rice came from Tanjung Priok, Belawan and Panjang.", 0, fours), "the kind turns the run down")
	assert.Empty(t, NameSetsOf("The rice came from Tanjung Priok, Tanjung Perak, Belawan and Panjang.", 0, nil), "no kind, no set")
}
