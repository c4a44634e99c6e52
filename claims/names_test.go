package claims

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestNameAppositionTitles(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Hoàng Văn Khiêm, vice chairman of the provincial People's Committee, said so.", "vice chairman"},
		{"Luka Bregar, the striker, scored.", "striker"},
		{"Tran Quoc Vinh, Vice Chairman of the provincial People's Committee, said so.", "vice chairman"},
		{"Tran Quoc Vinh, Chairman of the provincial People's Committee, said so.", "chairman"},
		{"Tomas Vidmar, Luka Bregar and Ana Kos voted.", ""},
		{"Tomas Vidmar, 47, claimed victory.", ""},
		{"He met his counterpart, Tomás Irarrázaval, at the foreign ministry in Santiago.", ""},
		{"Katrin Aavik, a political scientist at the university, said so.", ""},
		{"Chanthira Wongsakul, vice-president of the exporters' association, spoke.", "vice-president"},
		{"Wilber Condori, secretary-general of the union, said so.", "secretary-general"},
		{"Keiichi Morimoto, the company's president and chief executive, said so.", "company's president"},
		{"Ngozi Okafor-Bello, the WHO coordinator in the state, repeated a warning.", "who coordinator"},
		{"The committee includes Lt Col Shafiqul Islam, BGMEA vice-president Rezaul Haque Bhuiyan and others.", ""},
		{"Dr. Halima Yakubu-Danjuma, the state commissioner for health, spoke.", "state commissioner for health"},
		{"The jury of Rohan Desai, Prof. Meera Iyer and Dr. Arjun Nair met.", ""},
		{"Its members include Marcelo Ribeiro and Tran Minh Khoi, the president and vice-president of the chamber.", ""},
		// a country's possessive before the title
		{"Akosua Sarpong, Ghana's chief negotiator from the cocoa board, said so.", "chief negotiator"},
		{"Kwame Mensah, Ghana's Asante Kotoko, scored.", ""},
		// a title before the name, closed by a comma
		{"Ghana's chief negotiator, Abena Sarpong, said the talks took a year.", "chief negotiator"},
		{"Vietnam's trade minister, Tran Quoc Hoang, said so.", "trade minister"},
		{"The company's chief executive, Maria Lindqvist, said so.", "company's chief executive"},
		{"After talks in the capital, Abena Sarpong said so.", ""},
		{"Vietnam's Minister of Industry and Trade, Tran Quoc Hung, welcomed the deal.", "minister of industry and trade"},
		{"He thanked Secretary-General Ana Ruiz, Abena Sarpong and others.", ""},
		{"In Hanoi, Abena Sarpong said so.", ""},
		{"As expected, Abena Sarpong won.", ""},
		{"The weather was poor, Abena Sarpong said.", ""},
	}
	for _, tt := range tests {
		doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
		got := "-"
		for _, f := range Extract(doc) {
			if f.Kind == KindName && got == "-" {
				got = f.Key
			}
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

func TestNameFacts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the names' texts, in order
	}{
		{"title left out", "Striker Luka Bregar scored twice.", []string{"Luka Bregar"}},
		{"a clause opener after a dateline left out", "ANTOFAGASTA — When Salar Andino Litio reported, prices fell.", []string{"Salar Andino Litio"}},
		{"the police in a title left out", "Superintendent of Police Bishnu Prasad Karki spoke.", []string{"Bishnu Prasad Karki"}},
		{"a two-word portfolio in a title left out", "The pact was signed by Minister of Natural Resources Marcia Adams-Lall.", []string{"Marcia Adams-Lall"}},
		{"a portfolio of affairs left out", "Minister of Foreign Affairs Tomas Vidmar arrived.", []string{"Tomas Vidmar"}},
		{"a portfolio after and the left out", "He met Minister of Fisheries and the Blue Economy Jean-Paul Morel.", []string{"Jean-Paul Morel"}},
		{"a match official's role left out", "Referee Marianne Holtby took charge of the final.", []string{"Marianne Holtby"}},
		{"a nationality noun left out", "Reddish beat the Dutchman Jens Vandermeulen and Welshman Rhys Tremayne.", []string{"Jens Vandermeulen", "Rhys Tremayne"}},
		{"a hyphenated role left out", "Runner-up Vlad Comaneanu conceded.", []string{"Vlad Comaneanu"}},
		{"a firm's seat left out", "Traders gained, with Hat Yai-based Thanasarn Rubber Pcl reporting on Tuesday.", []string{"Thanasarn Rubber Pcl"}},
		{"a listing left out", "Oslo-listed Nordvik Fertiliser Group said so.", []string{"Nordvik Fertiliser Group"}},
		{"a hyphenated given name stays", "Jean-Pierre Lemoine said so.", []string{"Jean-Pierre Lemoine"}},
		{"a middle initial stays in the name", "National Statistician Rommel C. Dizon told a briefing.", []string{"Rommel C. Dizon"}},
		{"a portfolio closing a long title is no part of the name", "It was signed before Minister for Foreign Trade and Development Kaarina Salminen.", []string{"Kaarina Salminen"}},
		{"name particles stay in the name", "Independent director Pieter van Loon and Juan de la Cruz voted.", []string{"Pieter van Loon", "Juan de la Cruz"}},
		{"a particle with no name after it ends the name", "Pieter van Loon drove the van home.", []string{"Pieter van Loon"}},
		{"nationality and title left out", "Japanese Ambassador Yamada Takio opened the fair.", []string{"Yamada Takio"}},
		{"two-word title", "Deputy Foreign Minister Trịnh Quốc Hưng attended.", []string{"Trịnh Quốc Hưng"}},
		{"a portfolio closing the title is no part of the name", "Deputy Minister of Culture, Sports and Tourism Do Van Khiem opened the fair.", []string{"Do Van Khiem"}},
		{"a portfolio after \"for\" closes the title", "Minister of State for Transport Gerald Mwesigye flew to Buliisa.", []string{"Gerald Mwesigye"}},
		{"after of", "Minister of Construction Dao Huu Nghia spoke.", []string{"Dao Huu Nghia"}},
		{"a two-word organisation after of stays whole", "She studied at the University of Technology Sydney.", []string{"Technology Sydney"}},
		{"possessive ends the name", "It leaves Tomas Vidmar's party with 52 seats.", []string{"Tomas Vidmar"}},
		{"hyphenated family name", "President Annika Solberg-Vaher's office said so.", []string{"Annika Solberg-Vaher"}},
		{"apposition", "The striker, Luka Bergar, ended the season.", []string{"Luka Bergar"}},
		{"four-word place", "Flights to Ho Chi Minh City resume.", []string{"Ho Chi Minh City"}},
		{"non-ASCII capitals", "Flights to Đà Nẵng and Ông Ích Khiêm Street resume.", []string{"Đà Nẵng", "Ông Ích Khiêm Street"}},
		{"sentence-initial preposition and weekday", "On Monday Civic Renewal won.", []string{"Civic Renewal"}},
		{"a candidate's label is no part of the name", "The seat went to Independent Bronwyn Kettleby, ahead of Independents Brid Fahy and Martin Loughnane.", []string{"Bronwyn Kettleby", "Brid Fahy", "Martin Loughnane"}},
		{"a plural demonym before names is no part of them", "The team had Mads Kjaer and the Croatians Ivan Perkovic and Luka Barisic.", []string{"Mads Kjaer", "Ivan Perkovic", "Luka Barisic"}},
		{"a given name ending in -ans stays", "The winner was Evans Kiprop Cheruiyot of Kenya.", []string{"Evans Kiprop Cheruiyot"}},
		{"a sentence-initial conjunction is no part of the name", "When Hoshimori Mart Holdings reported, shares rose.", []string{"Hoshimori Mart Holdings"}},
		{"an opening 'After' is no part of the name", "After Ana Kos resigned, Tomas Vidmar took over.", []string{"Ana Kos", "Tomas Vidmar"}},
		{"a Gaelic family name keeps its inner capital", "Voters chose Fiona MacAlister, a former mayor, and Sean McBride.", []string{"Fiona MacAlister", "Sean McBride"}},
		{"a firm's camel case is a name part", "Staff at SoftBank Corp met KyzylTau Uranium.", []string{"SoftBank Corp", "KyzylTau Uranium"}},
		{"an inner capital before a capital is no name part", "Staff at SoftBAnk Corp met.", nil},
		{"one word is no full name", "Vidmar said he would talk to Hanoi.", nil},
		{"acronyms are no name parts", "The CR leader met VNA reporters.", nil},
		{"five words are too many for a name", "The Ho Chi Minh City Party Committee met.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
			var got []string
			for _, f := range Extract(doc) {
				if f.Kind == KindName {
					got = append(got, f.Text())
					assert.Equal(t, fold(f.Text()), f.Subject)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
