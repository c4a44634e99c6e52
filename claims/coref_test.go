package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestRankSubjectsResolved pins how definite rank subjects find their names.
func TestRankSubjectsResolved(t *testing.T) {
	tests := []struct{ name, text, rank, subject string }{
		{"a definite noun is the latest name ending in it",
			"Hon Khoi International Port opened a berth. The port handled 1.9 million TEU, making it the third-largest container port in Vietnam.",
			"the third-largest container port in Vietnam", "hon khoi international port"},
		{"a firm's description is the organisation named most",
			"Thien Phu Dairy agreed a deal. Thien Phu Dairy will pay in cash. The Can Tho-based group, Vietnam's third-largest dairy producer, said so.",
			"Vietnam's third-largest dairy producer", "thien phu dairy"},
		{"a builder's description is the firm named in full once and by its first word after",
			"Hanbit Ocean Shipbuilding posted results. Hanbit said orders rose. Kwon Dae-sung spoke. The Geoje-based builder, the world's fourth-largest shipbuilder, reported on Tuesday.",
			"the world's fourth-largest shipbuilder", "hanbit ocean shipbuilding"},
		{"a firm that speaks is the organisation named most",
			"Hanbit Microsystems posted results. Hanbit Microsystems beat forecasts. Revenue rose, the world's second-largest DRAM maker said in a filing.",
			"the world's second-largest DRAM maker", "hanbit microsystems"},
		{"It opening a sentence is the name opening the one before",
			"Kornat employs 2,140 people. It is Croatia's second-largest shipyard by workforce.",
			"Croatia's second-largest shipyard", "kornat"},
		{"'its position as' is the name opening the sentence",
			"Lotus Air signed. Mekong Wings carried 2.1 million passengers, cementing its position as the third-largest carrier in Laos.",
			"the third-largest carrier in Laos", "mekong wings"},
		{"'its position as' after no name is the firm the text is about",
			"Lotus Air signed. Lotus Air grew. Traffic rose, the airline said, cementing its position as the third-largest carrier in Laos.",
			"the third-largest carrier in Laos", "lotus air"},
		{"the only organisation named is the firm",
			"Lotus Air signed. The company is now the third-largest carrier in Laos.",
			"the third-largest carrier in Laos", "lotus air"},
		{"the city is the dateline's",
			"WRZOSÓW, Oct 15 (VNA) - The mayor of Wrzosów spoke.\n\nThe city runs the second-largest tram network in Poland.",
			"the second-largest tram network in Poland", "wrzosow"},
		{"no dateline, no city",
			"The mayor of Wrzosów spoke.\n\nThe city runs the second-largest tram network in Poland.",
			"the second-largest tram network in Poland", "the city"},
		{"', making it' is the clause subject before its verb",
			"According to the ministry's agency, Singapore had 4,312 projects in Vietnam, making it the second-largest foreign investor in Vietnam.",
			"the second-largest foreign investor in Vietnam", "singapore"},
		{"', keeping it' is the clause subject before its verb",
			"The exporters' group said that shipments to the United States had reached 124,600 tonnes in five months, keeping it the second-largest market after China.",
			"the second-largest market", "united states"},
		{"a dateline's city is no antecedent",
			"QUITO, June 19 (ATW) - Exporters shipped 612,400 tonnes.\n\nThat made it the second-largest market.",
			"the second-largest market", "it"},
		{"'made it' is the name opening the sentence before",
			"PhuSaBank's pre-tax profit came in at VND 8,640 billion. That made it the eighth-most profitable of the lenders listed in Vietnam.",
			"the eighth-most profitable", "phusabank"},
		{"'made it' opening a paragraph is the last paragraph's",
			"PhuSaBank's pre-tax profit came in at VND 8,640 billion.\n\nThat made it the eighth-most profitable of the lenders.",
			"the eighth-most profitable", "phusabank"},
		{"'made it' after a sentence of its own paragraph looks no further",
			"PhuSaBank's pre-tax profit came in at VND 8,640 billion.\n\nThe bank has grown. That made it the eighth-most profitable of the lenders.",
			"the eighth-most profitable", "it"},
		{"'made it' after a sentence opened by no name resolves nothing",
			"The bank's pre-tax profit came in at VND 8,640 billion. That made it the eighth-most profitable of the lenders.",
			"the eighth-most profitable", "it"},
		{"a firm is the short name opening the sentence before",
			"Latex exporters gained, with Songkhla-based Pradit Latex Pcl reporting higher profit. Marisa Chan chairs it. Pradit shipped 200,000 tonnes in the quarter. The company, Thailand's fifth-largest latex exporter, sells to 12 countries.",
			"Thailand's fifth-largest latex exporter", "pradit"},
		{"a person opening the sentence before is no firm",
			"Pradit Latex Pcl and Kanok Rubber Co posted results. \"Demand is strong,\" said Marisa Chan, the chairwoman. Marisa expects more orders. The company, Thailand's fifth-largest latex exporter, sells to 12 countries.",
			"Thailand's fifth-largest latex exporter", "the company"},
		{"a name after an opening 'When' is the firm; a brand's last word counts only as a word",
			"When Sakura Retail Holdings reported results, profit was up. Good sales helped. Government data agreed.\n\nThe Osaka-based group, the country's fifth-largest grocer, plans a \"Sakura Go\" format and a \"Sakura Deli\" store.",
			"the country's fifth-largest grocer", "sakura retail holdings"},
		{"a firm noun is the name an apposition gave it",
			"OSM Mlekpol, a dairy cooperative based in Grajewo, reported results on Monday. Bielsk Podlaski hosts a plant. Bielsk Podlaski grew.\n\nThe cooperative, Poland's second-largest dairy cooperative by revenue, collected more milk.",
			"Poland's second-largest dairy cooperative", "osm mlekpol"},
		{"with no firm leading, the one name of the sentence before",
			"Shares in Chao Phraya Golden Sugar rose 3.2% yesterday. The company, the second-largest sugar producer in Thailand, earned more. Its mills in Udon Thani and Khon Kaen ran hard.",
			"the second-largest sugar producer in Thailand", "chao phraya golden sugar"},
		{"with no headline to name the firm, It after a country stays the country",
			"Kornat Plavo sells to 23 countries. Japan, its largest market, takes 70 percent of its tuna. It is the country's second-largest tuna farming company.",
			"the country's second-largest tuna farming company", "japan"},
		{"several named once each resolve nothing",
			"Lotus Air and Mekong Wings signed. The company is now the third-largest carrier in Laos.",
			"the third-largest carrier in Laos", "the company"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}}
			var got []string
			for _, f := range Extract(doc) {
				if f.Kind == KindRank && f.Text() == tt.rank {
					got = append(got, f.Subject)
				}
			}
			assert.Equal(t, []string{tt.subject}, got)
		})
	}
}

// TestStandingsContinueARanking pins "X came second, followed by …" after a
// first place: the places are in the first place's category.
func TestStandingsContinueARanking(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "subject:rank:category" of every rank
	}{
		{"a standing after a first place",
			"Aldoria remained the largest source market with 1.4 million arrivals. Brenland came second with 960,000, almost double the 500,000 of a year earlier, followed by Corvia with 410,000 and Dravia with 215,000.",
			[]string{"aldoria:1:market", "brenland:2:market", "corvia:3:market", "dravia:4:market"}},
		{"places numbered on over the paragraph's sentences",
			"Aldoria remained the largest source market with 1.7 million visitors. Brenland was second with 1,518,000 arrivals. Corvia ranked third with 402,000, followed by Dravia in fourth place with 318,000.",
			[]string{"aldoria:1:market", "brenland:2:market", "corvia:3:market", "dravia:4:market"}},
		{"a race standing stays one",
			"The marathon drew 20,000 runners. Kipchumba came second.",
			[]string{"kipchumba:2:standing"}},
		{"a superlative with no category, and the names after it",
			"India remained by far its largest market. Indonesia was the second-largest, followed by the Philippines and Nepal.",
			[]string{"india:1:market", "indonesia:2:market", "philippines:3:market", "nepal:4:market"}},
		{"the first place's own second place in another field keeps no category",
			"Brazil is the world's largest coffee exporter. In robusta alone, it ranks second.",
			[]string{"brazil:1:coffee export", "brazil:2:"}},
		{"another paragraph starts afresh",
			"Aldoria remained the largest source market.\n\nBrenland came second.",
			[]string{"aldoria:1:market", "brenland:2:standing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}}
			var got []string
			for _, f := range Extract(doc) {
				if f.Kind == KindRank {
					got = append(got, fmt.Sprintf("%s:%d:%s", f.Subject, f.Rank.Rank, strings.Join(f.Rank.Categories, " ")))
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestTitleFirm pins the firm a headline names first and its text repeats.
func TestTitleFirm(t *testing.T) {
	tests := []struct{ name, title, text, want string }{
		{"a one-word firm opening the title", "Rudzupuķe revenue rises 10% on dairy",
			"Rudzupuķe posted results. Rudzupuķe baked more. Nasdaq Riga listed it.", "Rudzupuķe"},
		{"a country's possessive before the firm", "Latvia's Rudzupuķe plans Finnish bakery",
			"Rudzupuķe will build. Rudzupuķe said so.", "Rudzupuķe"},
		{"a name far into the title is not its subject", "Can Tho-born dairy group crosses the border with Angkor Dairy deal",
			"Angkor Dairy was bought. Angkor Dairy is Cambodian. Angkor Dairy grows.", ""},
		{"a name the text does not repeat", "Kestovaara posts results",
			"The company did well.", ""},
		{"the fuller name the text writes", "Kestovaara Q2 revenue rises 7.8%",
			"Kestovaara Elevators said so. Kestovaara's shares rose. Kestovaara grew.", "Kestovaara Elevators"},
		{"a country is no firm", "Seychelles canner posts record year",
			"Seychelles exports tuna. Seychelles grew. Seychelles is small.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Path: "a.txt", Text: tt.title + "\n\n" + tt.text, Meta: Meta{Title: tt.title}}
			assert.Equal(t, tt.want, titleFirm(d, nil))
		})
	}
}
