package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAttributions(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		speaker []string // speakers in order; nil for none
		verb    string   // verb of the first attribution, "" to skip
	}{
		{"according to titled", "According to Deputy Minister Van, ties are at their best.", []string{"Deputy Minister Van"}, "According to"},
		{"subject said", "Deputy Minister Van said trade rose by a tenth.", []string{"Deputy Minister Van"}, "said"},
		{"trailing said", "Exchanges must stay a foundation, the leader said.", []string{"the leader"}, "said"},
		{"emphasized that", "Mr. Sato Kenji emphasized that the plan works.", []string{"Mr. Sato Kenji"}, "emphasized"},
		{"stressed", "The minister stressed the need for reform.", []string{"The minister"}, "stressed"},
		{"noted", "PM Chinh noted that growth was strong.", []string{"PM Chinh"}, "noted"},
		{"affirmed", "Governor Okamura affirmed that Hue is a partner.", []string{"Governor Okamura"}, "affirmed"},
		{"proposed", "He proposed three projects.", []string{"He"}, "proposed"},
		{"highlighted", "Vice Governor Ishikawa highlighted the advantages.", []string{"Vice Governor Ishikawa"}, "highlighted"},
		{"in his speech", "In his speech, Japanese Ambassador to Laos Sato Kenji said that the year matters.", []string{"Japanese Ambassador to Laos Sato Kenji"}, "said"},
		{"inverted said", "“We agree on this,” said Ambassador Sato Kenji.", []string{"Ambassador Sato Kenji"}, "said"},
		{"who stated", "He backed Japan's Prime Minister Ishiba, who famously stated, “Go!”", []string{"Japan's Prime Minister Ishiba"}, "stated"},
		{"according to possessive source", "According to JETRO's latest survey, firms will expand.", []string{"JETRO"}, "According to"},
		{"according to research by", "According to research by the Asia Fund (AF), prices rose.", []string{"the Asia Fund (AF)"}, ""},
		{"adverb between", "Minister Hoang Van Long also said the plan works.", []string{"Minister Hoang Van Long"}, "said"},
		{"organisation subject", "JETRO reported that 70% of firms will expand.", []string{"JETRO"}, "reported"},
		{"weak verb with that", "Deputy Foreign Minister Le Hoai held that ties matter.", []string{"Deputy Foreign Minister Le Hoai"}, "held"},
		{"two attributions", "He said so, and Minister Ha Duc noted it too.", []string{"He", "Minister Ha Duc"}, "said"},
		{"person of a firm", "Kristian Berg of Fjordbank Markets said the risk was low.", []string{"Kristian Berg"}, "said"},
		{"titled person of the body", "Commander Fabio Guaraciaba of the Navy said the search would go on.", []string{"Commander Fabio Guaraciaba"}, "said"},
		{"title of a body", "Minister of Finance Anna Berg said the risk was low.", []string{"Minister of Finance Anna Berg"}, "said"},
		{"body of a place", "Bank of England officials said rates would hold.", []string{"Bank of England officials"}, "said"},
		{"particle family name after said", "“We came to win,” said van Keulen, the Dutch blocker.", []string{"van Keulen"}, "said"},
		{"particles before said", "The plan works, van der Berg said on Sunday.", []string{"van der Berg"}, "said"},
		{"name in apposition to a title", "Vietnam's ambassador to the Czech Republic, Nguyen Thi Lan Huong, said at the launch that flights would grow.", []string{"Nguyen Thi Lan Huong"}, "said"},
		// look-alikes
		{"held a meeting", "The two ministers held a meeting in Hanoi.", nil, ""},
		{"according to a norm", "Farms grow rice according to Japanese standards.", nil, ""},
		{"no verb", "Trade between the nations has surged over 20%.", nil, ""},
		{"expressed interest", "Firms expressed interest in the fair.", nil, ""},
		{"empty", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Attributions(tt.in)
			require.Len(t, got, len(tt.speaker), "%+v", got)
			for i, want := range tt.speaker {
				a := got[i]
				assert.Equal(t, want, a.Speaker)
				assert.Equal(t, want, tt.in[a.SpeakerStart:a.SpeakerEnd])
				assert.LessOrEqual(t, a.Start, a.SpeakerStart)
				assert.LessOrEqual(t, a.SpeakerEnd, a.End)
			}
			if tt.verb != "" {
				assert.Equal(t, tt.verb, got[0].Verb)
			}
		})
	}
}
