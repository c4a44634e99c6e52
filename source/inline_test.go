package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInlineWeather(t *testing.T) {
	tests := []struct {
		in                string
		ok, strong, alone bool
	}{
		{"Weather: Da Lat 17°C, light wind, humidity 81%", true, true, true},
		{"Hue 29°C, cloudy, humidity 70%", true, true, true},
		{"Ho Chi Minh City 33°C, sunny", true, true, true},
		{"Vung Tau 28 °C | scattered showers", true, true, true},
		{"Humidity 90%, wind 12 km/h", true, false, false},
		{"Weather", true, false, false},
		{"Weather:", true, false, false},
		{"Nha Trang 30°C", true, true, false}, // a widget only as part of a run
		// Look-alikes: article sentences with readings in them.
		{"Temperatures in Hanoi hit 40°C, the highest in a decade.", false, false, false},
		{"The plant runs at 95%, up from 80% last year.", false, false, false},
		{"Weather: the storm delayed ships for two days.", false, false, false},
		{"Weathered docks, old cranes and rusty ships", false, false, false},
		{"Hanoi, Hue and Da Nang", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ok, strong, alone := inlineWeather(tt.in)
			assert.Equal(t, []bool{tt.ok, tt.strong, tt.alone}, []bool{ok, strong, alone})
		})
	}
}

func TestCaptionCredits(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Dock workers unload rice at Cat Lai port. Photo: SGT/Minh Tri", true},
		{"Dock workers unload rice at Cat Lai port. Photo by Minh Tri", true},
		{"Dock workers unload rice (Photo: SGT) at Cat Lai port on Monday", true},
		{"Photo caption: The mayor opens the bridge. Photo: HNM", true},
		{"A ferry leaves the pier at dusk – Photo: Lan Anh", true},
		// Look-alikes: sentences about photos, and long credits.
		{"She showed reporters the photo: a crane had toppled onto the berth.", false},
		{"The agency released the first photo by the bridge on Monday.", false},
		{"The ministry said the claim was false. Photo: the image shows a different port in another country.", false},
		{"Visitors can see the exhibition of photography at the museum until May.", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, isCaption(tt.in))
		})
	}
}

func TestReadMoreLines(t *testing.T) {
	para := "The port authority said cargo volumes at the southern terminals rose by a fifth over the summer months."
	para2 := "Shipping lines added two weekly services to Singapore, and a third is planned for the spring season."
	para3 := "Officials expect the new dredged channel to admit larger vessels before the end of next year."
	tests := []struct {
		name    string
		text    string
		skipped []int // 1-based lines that must be skipped
		kept    []int // lines that must stay article text
	}{
		{"link line mid-article", para + "\n\nRead more: Ferry route to the islands reopens after storm\n\n" + para2 + "\n",
			[]int{3}, []int{1, 5}},
		{"bare label and headline mid-article", para + "\n\nREAD MORE\nFerry route to the islands reopens after storm\n\n" + para2 + "\n\n" + para3 + "\n",
			[]int{3, 4}, []int{1, 6, 8}},
		{"bare label with colon mid-article", para + "\n\nRead more:\n\n" + para2 + "\n",
			[]int{3}, []int{1, 5}},
		{"trailing list of headlines", para + "\n\nRead more:\nFerry route to the islands reopens after storm\nRice prices climb for a third week\n",
			[]int{3, 4, 5}, []int{1}},
		{"trailing headlines with teasers", para + "\n\nRead more\nFerry route reopens after storm\n" + para + "\nRice prices climb for a third week\n" + para + "\nNew berth opens in the north\n",
			[]int{3, 4, 5, 6, 7, 8}, []int{1}},
		{"sentence starting with read more", para + "\n\nRead more carefully, the report shows that exports fell in the north while imports rose.\n",
			nil, []int{1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadOne("a.txt", []byte(tt.text), Options{})
			require.NoError(t, err)
			for _, n := range tt.skipped {
				assert.Equal(t, "skip", lineState(doc, n), "line %d", n)
			}
			for _, n := range tt.kept {
				assert.Equal(t, "text", lineState(doc, n), "line %d", n)
			}
		})
	}
}
