package source

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		file    string
		extra   []string
		skipped map[string]string // a line's text → the reason of its skip
		kept    []string          // lines that are article text
	}{
		{"weather.txt", nil,
			map[string]string{"Da Nang": "weather widget", "few clouds": "weather widget", "27 ° C": "weather widget", "3.1kmh": "weather widget", "Wed": "weather widget"},
			[]string{"The provincial authorities", "Lan Nguyen", "Officials added that a third berth"}},
		{"related.txt", nil,
			map[string]string{"Related Articles": "related-news block", "Rice exports hit": "related-news block", "Leave a reply": "related-news block", "Trending": "related-news block"},
			[]string{"Exporters shipped around 1.6 million", "Prices at the farm gate"}},
		{"related_caps.txt", nil,
			map[string]string{"RELATED NEWS": "related-news block", "Province approves new reservoir": "related-news block"},
			[]string{"Engineers finished raising 12 kilometres", "Local officials said"}},
		{"seemore.txt", nil,
			map[string]string{"See more": "see-more block", "Island ferry route carries": "see-more block", "The operator said demand": "see-more block"},
			[]string{"The transport department put 40", "The buses run on six routes"}},
		{"teaser.txt", nil,
			map[string]string{"Shoe Makers Add New Lines": "teaser", "Footwear producers announced": "teaser", "Throughput at the main seaports": "teaser"},
			[]string{"Garment companies from abroad opened 15", "Most of the new plants", "Reporter Minh"}},
		{"refs.txt", nil,
			map[string]string{"[1] Daily Energy": "references"},
			[]string{"The two ministers met", "- The ministers agreed to develop 12"}},
		{"captions.txt", nil,
			map[string]string{"Visitors queue": "caption", "museum-reopening": "caption", "Photo: Tran Anh": "caption", "The director and guests cut": "caption"},
			[]string{"Museum reopens after two-year renovation", "The national history museum reopened", "More than 5,000 people visited"}},
		{"extra.txt", []string{"Sponsored content"},
			map[string]string{"SPONSORED CONTENT": "boilerplate", "Buy the best paint": "boilerplate"},
			[]string{"The contractor said the 1.2-kilometre bridge", "About 2,000 workers"}},
		{"extra.txt", nil, nil,
			[]string{"SPONSORED CONTENT", "Buy the best paint"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readDoc(t, filepath.Join("testdata", "boiler", tt.file), Options{ExtraBoilerplate: tt.extra})
			for sub, reason := range tt.skipped {
				n := lineOf(t, doc, sub)
				assert.Equal(t, "skip", lineState(doc, n), "line %d %q", n, sub)
				start := splitLines(doc.Text)[n-1].Start
				assert.Equal(t, reason, reasonAt(doc, start+firstNonSpace(doc.Text[start:])), "line %d %q", n, sub)
			}
			for _, sub := range tt.kept {
				n := lineOf(t, doc, sub)
				assert.Equal(t, "text", lineState(doc, n), "line %d %q", n, sub)
			}
		})
	}
}

// firstNonSpace returns the offset of the first byte of s that is not a space.
func firstNonSpace(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return i
		}
	}
	return 0
}

func TestMarkerAboveArticleIsOneLine(t *testing.T) {
	text := "Trending\n\nThe council approved a budget of 12 billion VND for new schools on Monday afternoon.\n"
	doc, err := ReadOne("menu.txt", []byte(text), Options{})
	require.NoError(t, err)
	assert.Equal(t, "skip", lineState(doc, 1))
	assert.Equal(t, "text", lineState(doc, 3))
}

func TestDoubledPhrase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Port Opens New Berth Port Opens New Berth", true},
		{"Port Opens Port Opens", false}, // too short to be a title
		{"Port Opens New Berth Port Opens Old Berth", false},
		{"the the the the the the", true},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, doubledPhrase(tt.in))
		})
	}
}
