package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRelatedLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"*Related: Rice exports from the delta climb 12% in March*", true},
		{"_Related stories: Port opens new berth; Ferry fares rise_", true},
		{"**More on the flood:** Dike breaks in two places · Relief flights resume · Photos: the town under water", true},
		{"> Related: Council approves a 3 billion budget for schools", true},
		{"> See also: Bridge reopens after 14 months", true},
		{"- **Related coverage:** Airport expansion hits a snag", true},
		{"More from the region: Ferry fares rise 8% ahead of the holiday", true},
		{"[Port opens new berth](https://example.com/a) · [Ferry fares rise](https://example.com/b)", true},
		{"- [Rice exports climb](https://example.com/rice)", true},
		{"https://example.com/story/123", true},
		// Look-alikes that are prose or data.
		{"More on that later: the minister said 40 projects were delayed.", false},
		{"Related costs rose 12% in the quarter, the company said.", false},
		{"The report is at [the ministry's site](https://example.com) and runs to 80 pages.", false},
		{"Related: ", false},
		{"Background: the dam was built in 1987 and holds 2 billion cubic metres of water, officials said in a statement on Monday that ran to several pages and went on to list every one of the repairs planned for the coming decade in great detail.", false},
		{"Note: figures are provisional.", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, relatedLine(tt.in))
		})
	}
}

func TestTickerLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"VN-Index 1,652.3 (+0.8%) · USD/VND 26,310", true},
		{"KOSPI 2,593.1 | KOSDAQ 870.4 | USD/KRW 1,382.5", true},
		{"Nikkei 38,200 +0.4% Hang Seng 17,650 -1.2%", true},
		{"Gold 2,400.5 · Brent 78.2 · EUR/USD 1.08", true},
		{"PSEi 6,512.8 ▲0.3% PHP/USD 58.6", true},
		// Look-alikes: prose, lists, headings and table rows keep their figures.
		{"Civic Renewal 62, Social Democrats 41, Farmers' Union 19", false},
		{"Hanbit shares rose 4.2% in Seoul, outperforming the KOSPI, which gained 0.8%.", false},
		{"Top 10 Companies 2025", false},
		{"Korea 3 Japan 1", false},
		{"| Civic Renewal | 62 | Social Democrats | 41 |", false},
		{"VN-Index 1,652.3", false},
		{"Sarangi leaves 14 dead · Farm damage tops PHP 1 billion", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, tickerLine(tt.in))
		})
	}
}

// TestFurnitureMidArticle checks that a related line or a ticker between
// paragraphs skips only itself: the paragraphs after it stay article text.
func TestFurnitureMidArticle(t *testing.T) {
	tests := []struct {
		name, text, reason string
	}{
		{"related", "*Related: Rice exports climb 12% in March*", "related link"},
		{"more-on", "**More on the flood:** Dike breaks · Relief flights resume", "related link"},
		{"quote", "> Related: Council approves a 3 billion budget", "related link"},
		{"links", "[Port opens](https://example.com/a) | [Fares rise](https://example.com/b)", "related link"},
		{"ticker", "KOSPI 2,593.1 | USD/KRW 1,382.5", "ticker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "The council approved a budget of 12 billion for new schools on Monday afternoon.\n\n" +
				tt.text + "\n\nBuilders will start work on 14 schools in March, the council said in a statement.\n"
			doc, err := ReadOne("story.md", []byte(text), Options{})
			require.NoError(t, err)
			assert.Equal(t, "text", lineState(doc, 1))
			assert.Equal(t, "skip", lineState(doc, 3))
			assert.Equal(t, tt.reason, reasonAt(doc, splitLines(doc.Text)[2].Start))
			assert.Equal(t, "text", lineState(doc, 5))
		})
	}
	t.Run("html-ticker", func(t *testing.T) {
		page := "<html><body><div class=\"ticker\">VN-Index 1,652.3 (+0.8%) &middot; USD/VND 26,310</div>" +
			"<p>The council approved a budget of 12 billion for new schools on Monday afternoon.</p></body></html>"
		doc, err := ReadOne("page.html", []byte(page), Options{})
		require.NoError(t, err)
		ticker, prose := strings.Index(doc.Text, "USD/VND"), strings.Index(doc.Text, "The council")
		require.True(t, ticker >= 0 && prose >= 0, "%q", doc.Text)
		assert.True(t, doc.Skipped(ticker))
		assert.False(t, doc.Skipped(prose))
	})
}
