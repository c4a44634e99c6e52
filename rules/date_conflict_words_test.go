package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
