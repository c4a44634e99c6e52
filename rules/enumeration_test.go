package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/enum"
)

const enumNumbered = `Minister Tran Van An set out four shipping priorities:
1. Deeper Channels: dredging the river channels so larger container ships reach the inland ports.
2. Rail Links: connecting each container port to the national rail freight network.
3. Green Berths: shore power for ships at berth to cut diesel emissions in port cities.
4. Skilled Crews: training programmes for dock workers and ship crews at maritime colleges.
`

const enumParagraphs = `Minister An outlined several shipping priorities.
He said dredging of river channels must let larger container ships reach inland ports.
Every container port should be connected to the national rail freight network, he said.
Shore power at berth would cut diesel emissions from ships in port cities, the minister said.
`

func TestEnumerationMismatch(t *testing.T) {
	numberedItems := []string{
		"Deeper Channels: dredging the river channels so larger container ships reach the inland ports.",
		"Rail Links: connecting each container port to the national rail freight network.",
		"Green Berths: shore power for ships at berth to cut diesel emissions in port cities.",
		"Skilled Crews: training programmes for dock workers and ship crews at maritime colleges.",
	}
	paraItems := []string{
		"He said dredging of river channels must let larger container ships reach inland ports.",
		"Every container port should be connected to the national rail freight network, he said.",
		"Shore power at berth would cut diesel emissions from ships in port cities, the minister said.",
	}
	tests := []struct {
		name       string
		spA, spB   string
		nounB      string
		itemsB     []string
		wantSubstr string
	}{
		{"paragraphs miss one item", "Minister Tran Van An", "Minister An", "shipping priorities", paraItems,
			`Minister Tran Van An lists 4 "shipping priorities" (a.txt:1) but 3 "shipping priorities" (b.txt:1); no counterpart in b.txt for "Skilled Crews: training programmes for dock workers and shi…"`},
		{"same items", "Minister Tran Van An", "Minister An", "shipping priorities", numberedItems[:4], ""},
		{"different speakers", "Minister Tran Van An", "Governor Sato Kenji", "shipping priorities", paraItems, ""},
		{"unknown speaker", "Minister Tran Van An", "", "shipping priorities", paraItems, ""},
		{"different counted nouns", "Minister Tran Van An", "Minister An", "shipping risks", paraItems, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			da := testDoc(t, "a.txt", "2025-01-02", enumNumbered)
			textB := enumParagraphs
			if len(tt.itemsB) == 4 {
				textB = enumNumbered
			}
			db := testDoc(t, "b.txt", "2025-01-02", textB)
			fa := factAt(t, da, claims.KindCount, "four shipping priorities")
			fa.Speaker = tt.spA
			fa.Announcement = &enum.Announcement{Count: 4, Noun: "shipping priorities", Items: items(t, da, numberedItems...), Style: "numbered", Listed: true}
			fb := factAt(t, db, claims.KindCount, "shipping priorities")
			fb.Speaker = tt.spB
			fb.Announcement = &enum.Announcement{Noun: tt.nounB, Items: items(t, db, tt.itemsB...), Style: "paragraphs", Listed: true}
			got := runRule(EnumerationMismatch(), []*claims.Document{da, db}, fa, fb)
			if tt.wantSubstr == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Contains(t, got[0].Message, tt.wantSubstr)
		})
	}
}
