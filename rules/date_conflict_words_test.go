package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
)

func TestCanonDistance(t *testing.T) {
	for in, want := range map[string]string{
		"10m": "10m", "10-metre": "10m", "10-meter": "10m", "200metres": "200m",
		"7.5-kilometre": "7.5km", "4x7.5-kilometre": "4x7.5km", "10km": "10km",
		"platform": "platform", "10": "10", "m": "m", "2026": "2026",
	} {
		assert.Equal(t, want, canonDistance(in), in)
	}
}

func TestOtherDistances(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Conte won the 10-kilometre race on Saturday, sprinting over the final 500 metres.", "Conte leads after yesterday's 10km race.", false},
		{"Ng won the 200m on Saturday.", "Ng won the 400 metres yesterday.", true},
		// speeds are no races: "185 kilometers per hour" and "225 km/h" name no distance
		{"It made landfall on Saturday with winds of 185 kilometers per hour.", "It made landfall on Friday with gusts of 225 km/h.", false},
	}
	for _, tt := range tests {
		da := &claims.Document{Path: "a.txt", Raw: tt.a, Text: tt.a}
		db := &claims.Document{Path: "b.txt", Raw: tt.b, Text: tt.b}
		fa := &claims.Fact{Doc: da, Sentence: claims.Span{Start: 0, End: len(tt.a)}}
		fb := &claims.Fact{Doc: db, Sentence: claims.Span{Start: 0, End: len(tt.b)}}
		assert.Equal(t, tt.want, otherDistances(fa, fb), tt.a+" / "+tt.b)
	}
}

func TestStageOfWords(t *testing.T) {
	for _, c := range []struct {
		words      []string
		ord, stage string
	}{
		{[]string{"seventh-round", "win"}, "7", "round"},
		{[]string{"eighth", "stage"}, "8", "stage"},
		{[]string{"final", "round"}, "", ""},
		{[]string{"win", "over", "the", "seventh", "round"}, "", ""}, // past the first three words
	} {
		ord, stage := stageOfWords(c.words)
		assert.Equal(t, c.ord, ord, "%v", c.words)
		assert.Equal(t, c.stage, stage, "%v", c.words)
	}
}

func TestSameOrder(t *testing.T) {
	a := "Tindvik HK are cup champions after yesterday's 29-26 win over Brennøy IL."
	assert.True(t, sameOrder(a, "Tindvik HK won the cup final on Sunday, beating Brennøy IL 29-26."))
	assert.False(t, sameOrder(a, "Brennøy IL beat Tindvik HK 29-26 on Sunday."), "the other side won")
	b := "In yesterday's final, Lucía Ferrándiz of Spain edged Korea's Seo Yeon-hwa 6-5."
	assert.True(t, sameOrder(b, "Spain's Lucía Ferrándiz won on Saturday, beating South Korea's Seo Yeon-hwa 6-5."), "countries do not order the sides")
}

func TestTwoRepeatsOfOneSearch(t *testing.T) {
	ev := func(words ...string) eventWords {
		e := eventWords{stems: map[string]bool{}, names: map[string]bool{}, again: true}
		for _, w := range words {
			e.stems[w] = true
		}
		return e
	}
	_, same := sameEvent(ev("diver", "recov", "bodi", "eight", "seven"), ev("diver", "found", "bodi", "six"))
	assert.False(t, same, "eight and seven more, then six more: two days of one search")
	_, same = sameEvent(ev("diver", "recov", "bodi", "four"), ev("diver", "pull", "bodi", "four"))
	assert.True(t, same, "four more bodies both: one day told twice")
}

func TestPhraseNearDate(t *testing.T) {
	for _, c := range []struct {
		text, date, phrase string
		want               bool
	}{
		{"She won the Léman 25 marathon swim on Lake Geneva yesterday.", "yesterday", "léman 25 marathon swim", true},
		{"The Sibillini Crest Ultra, run yesterday from Visso, ended late.", "yesterday", "sibillini crest ultra", true},
		{"Traders returned on Sunday to the market, as the toll from the gas tanker explosion reached 21.", "Sunday", "gas tanker explosion", false},
		{"Prices at the Colombo tea auction rose at the sale that ended on Wednesday.", "Wednesday", "colombo tea auction", false},
		// "\u212a" (the Kelvin sign, three bytes) lowers to "k" (one): offsets
		// taken before lowering run past the lowered sentence.
		{strings.Repeat("\u212a", 12) + " won the Léman 25 marathon swim on Lake Geneva yesterday.", "yesterday", "léman 25 marathon swim", true},
	} {
		d := &claims.Document{Path: "a.txt", Raw: c.text, Text: c.text}
		i := strings.Index(c.text, c.date)
		f := &claims.Fact{Kind: claims.KindDate, Doc: d, Span: claims.Span{Start: i, End: i + len(c.date)},
			Sentence: claims.Span{Start: 0, End: len(c.text)}}
		assert.Equal(t, c.want, phraseNearDate(f, c.phrase), c.text)
	}
}
