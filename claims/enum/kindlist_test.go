package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKindLists(t *testing.T) {
	tests := []struct {
		name, in string
		noun     string
		items    []string
	}{
		{"a kind noun after the list", "The minister urged investors to look at semiconductors, green finance and artificial intelligence, sectors in which Hanoi offers incentives.",
			"sectors", []string{"semiconductors", "green finance", "artificial intelligence"}},
		{"at the sentence end", "Exports grew in rice, coffee and cashew, crops.", "crops", []string{"rice", "coffee", "cashew"}},
		{"two items are no list", "She named rice and coffee, crops that grow well.", "", nil},
		{"a noun that is no kind", "Prices rose in Hanoi, Hue and Da Nang, cities where rents climbed.", "", nil},
		{"a long clause is no item", "He said that the plan, which the cabinet approved on Monday after a long debate, and the budget, sectors aside, were ready.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertOneList(t, tt.in, KindLists(tt.in, 0), tt.noun, tt.items) })
	}
}

// assertOneList checks that as is one list of noun with items, spans and
// labels alike, or no list when noun is "".
func assertOneList(t *testing.T, in string, as []Announcement, noun string, items []string) {
	t.Helper()
	if noun == "" {
		assert.Empty(t, as)
		return
	}
	if assert.Len(t, as, 1) {
		assert.Equal(t, noun, as[0].Noun)
		var got []string
		for _, it := range as[0].Items {
			got = append(got, it.Label)
			assert.Equal(t, it.Label, in[it.Start:it.End], "item span")
		}
		assert.Equal(t, items, got)
	}
}
