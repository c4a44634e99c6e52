package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// personWant is the expected shape of one mention; empty fields are not checked
// except Title and Name.
type personWant struct {
	text, title, name       string
	of, to, country, honour string
	former                  bool
	full                    string
}

func TestPeople(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []personWant
	}{
		{"title and vietnamese name", "Prime Minister Pham Minh Chinh opened the meeting.",
			[]personWant{{text: "Prime Minister Pham Minh Chinh", title: "Prime Minister", name: "Pham Minh Chinh"}}},
		{"two portfolios of one ministry", "Agriculture and Forestry Minister Hakan Yilmaz said the harvest was a record.",
			[]personWant{{text: "Agriculture and Forestry Minister Hakan Yilmaz", title: "Agriculture and Forestry Minister", name: "Hakan Yilmaz"}}},
		{"a portfolio of mines", "Deputy Mines Minister Tendai Mupfumi spoke.",
			[]personWant{{text: "Deputy Mines Minister Tendai Mupfumi", title: "Deputy Mines Minister", name: "Tendai Mupfumi"}}},
		{"abbreviated title", "Later PM Chinh spoke.",
			[]personWant{{text: "PM Chinh", title: "PM", name: "Chinh"}}},
		{"of country in city", "Consul General of Korvia in Vorn City Tanaka Ken toured the port.",
			[]personWant{{text: "Consul General of Korvia in Vorn City Tanaka Ken", title: "Consul General of Korvia in Vorn City", name: "Tanaka Ken", of: "Korvia in Vorn City"}}},
		{"of a provincial committee", "Vice Chairman of the provincial People's Committee Le Van Minh spoke.",
			[]personWant{{text: "Vice Chairman of the provincial People's Committee Le Van Minh", title: "Vice Chairman of the provincial People's Committee", name: "Le Van Minh", of: "provincial People's Committee"}}},
		{"organisation acronym and job title", "UNICEF Laos Health Specialist Maria Holm said more.",
			[]personWant{{text: "UNICEF Laos Health Specialist Maria Holm", title: "UNICEF Laos Health Specialist", name: "Maria Holm"}}},
		{"a ministry of two parts joined by and", "Minister of Maritime Affairs and Island Policy Irini Kostaki toured the yard.",
			[]personWant{{text: "Minister of Maritime Affairs and Island Policy Irini Kostaki", title: "Minister of Maritime Affairs and Island Policy", name: "Irini Kostaki", of: "Maritime Affairs and Island Policy"}}},
		{"two titled people joined by and", "It was signed before Deputy Minister of Industry and Trade Le Minh Tuan and Philippine Trade Undersecretary Rosa Dizon.",
			[]personWant{{text: "Deputy Minister of Industry and Trade Le Minh Tuan", title: "Deputy Minister of Industry and Trade", name: "Le Minh Tuan", of: "Industry and Trade"},
				{text: "Philippine Trade Undersecretary Rosa Dizon", title: "Trade Undersecretary", name: "Rosa Dizon"}}},
		{"a district office", "District Magistrate Devendra Pratap Singh said most victims were women.",
			[]personWant{{text: "District Magistrate Devendra Pratap Singh", title: "District Magistrate", name: "Devendra Pratap Singh"}}},
		{"a hyphenated lower-case office", "Federation secretary-general Nguyen Van Thanh said the result was fair.",
			[]personWant{{text: "secretary-general Nguyen Van Thanh", title: "secretary-general", name: "Nguyen Van Thanh"}}},
		{"lower-case title opening a sentence", "Deputy director Mihai Stoica said the rate would rise.",
			[]personWant{{text: "Deputy director Mihai Stoica", title: "Deputy director", name: "Mihai Stoica"}}},
		{"lower-case title opening a later sentence", "Cases rose. Deputy director Mihai Stoica spoke.",
			[]personWant{{text: "Deputy director Mihai Stoica", title: "Deputy director", name: "Mihai Stoica"}}},
		{"sports role", "Striker Luka Bregar scored twice.",
			[]personWant{{text: "Striker Luka Bregar", title: "Striker", name: "Luka Bregar"}}},
		{"lower-case sports role with a rank word", "Assistant coach Irena Dvořák has won more games.",
			[]personWant{{text: "Assistant coach Irena Dvořák", title: "Assistant coach", name: "Irena Dvořák"}}},
		{"a hyphenated rank in a lower-case title", "The club's vice-president Prasert Chaiyawat said the season was over.",
			[]personWant{{text: "vice-president Prasert Chaiyawat", title: "vice-president", name: "Prasert Chaiyawat"}}},
		{"inspector general is one office", "DIFE deputy inspector general Farhana Yasmin visited the site.",
			[]personWant{{text: "deputy inspector general Farhana Yasmin", title: "deputy inspector general", name: "Farhana Yasmin"}}},
		{"place after of is no name", "Vice Chairman of the Binh Tay provincial People's Committee spoke.", nil},
		{"one word after a place is no name", "The Vice Chairman of the Vorn Bay opened it.", nil},
		{"a cooperative after a title's of is no name", `"We can plan," said Le Thi Hoa, director of the Hau Giang Rice Cooperative.`, nil},
		{"acronym alone is no title", "WHO Laos said it would help.", nil},
		{"of complement", "Deputy Minister of Foreign Affairs Ngo Le Van opened it.",
			[]personWant{{text: "Deputy Minister of Foreign Affairs Ngo Le Van", title: "Deputy Minister of Foreign Affairs", name: "Ngo Le Van", of: "Foreign Affairs"}}},
		{"nationality and to", "The talk by Japanese Ambassador to Vietnam Yamada Takio ended.",
			[]personWant{{text: "Japanese Ambassador to Vietnam Yamada Takio", title: "Ambassador", name: "Yamada Takio", to: "Vietnam", country: "Japan"}}},
		{"short titled reference links full", "Ambassador Yamada Takio came. Ambassador Takio left.",
			[]personWant{{title: "Ambassador", name: "Yamada Takio"}, {title: "Ambassador", name: "Takio", full: "Yamada Takio"}}},
		{"comma and honorific", "The Governor of Kiso Prefecture, Mr. Okamura Shinji, spoke.",
			[]personWant{{text: "Governor of Kiso Prefecture, Mr. Okamura Shinji", title: "Governor of Kiso Prefecture", name: "Okamura Shinji", of: "Kiso Prefecture", honour: "Mr."}}},
		{"people's committee", "Vice Chairman of Ben Tre Provincial People's Committee Tran Van Hai said so.",
			[]personWant{{title: "Vice Chairman of Ben Tre Provincial People's Committee", name: "Tran Van Hai", of: "Ben Tre Provincial People's Committee"}}},
		{"former", "A visit by former Japanese Prime Minister Kishida Fumio was planned.",
			[]personWant{{text: "former Japanese Prime Minister Kishida Fumio", title: "Prime Minister", name: "Kishida Fumio", country: "Japan", former: true}}},
		{"possessive country", "He backed Japan's Prime Minister Ishiba on trade.",
			[]personWant{{text: "Japan's Prime Minister Ishiba", title: "Prime Minister", name: "Ishiba", country: "Japan"}}},
		{"honorific only", "Mr. Do Van Minh proposed three steps.",
			[]personWant{{text: "Mr. Do Van Minh", title: "", name: "Do Van Minh", honour: "Mr."}}},
		{"party general secretary", "Greetings from Party General Secretary To Lam were read.",
			[]personWant{{title: "Party General Secretary", name: "To Lam"}}},
		{"two offices joined by and", "The plant was opened by Chairman and Chief Executive Pham Quoc Huy on Tuesday.",
			[]personWant{{title: "Chairman and Chief Executive", name: "Pham Quoc Huy"}}},
		{"general manager opening a sentence", "General manager Tran Thi Mai Anh said the plant would open.",
			[]personWant{{title: "General manager", name: "Tran Thi Mai Anh"}}},
		{"general manager in lower case", "The plant's general manager Tran Thi Mai Anh said so.",
			[]personWant{{title: "general manager", name: "Tran Thi Mai Anh"}}},
		{"bare given name after full", "Prime Minister Pham Minh Chinh arrived. Chinh said trade grew.",
			[]personWant{{name: "Pham Minh Chinh", title: "Prime Minister"}, {text: "Chinh", name: "Chinh", full: "Pham Minh Chinh"}}},
		{"of a country", "Ambassador of Japan to Laos Sato Kenji spoke.",
			[]personWant{{title: "Ambassador of Japan", name: "Sato Kenji", of: "Japan", to: "Laos", country: "Japan"}}},
		{"western name after acronym org", "Chairman of ACME Mark Tolliver visited.",
			[]personWant{{title: "Chairman of ACME", name: "Mark Tolliver", of: "ACME"}}},
		{"diacritics", "Thủ tướng met Prime Minister Phạm Minh Chính today.",
			[]personWant{{title: "Prime Minister", name: "Phạm Minh Chính"}}},
		{"hyphenated given name", "President Lee Jae-myung arrived in Hanoi.",
			[]personWant{{title: "President", name: "Lee Jae-myung"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := People(tt.in)
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				p := got[i]
				if w.text != "" {
					assert.Equal(t, w.text, tt.in[p.Start:p.End])
				}
				assert.Equal(t, w.title, p.Title)
				assert.Equal(t, w.name, p.Name)
				assert.Equal(t, w.name, tt.in[p.NameStart:p.NameStart+len(p.Name)])
				assert.Equal(t, w.of, p.Of)
				assert.Equal(t, w.to, p.To)
				assert.Equal(t, w.honour, p.Honorific)
				if w.country != "" {
					assert.Equal(t, w.country, p.Country)
				}
				assert.Equal(t, w.former, p.Former)
				assert.Equal(t, w.full, p.FullName)
			}
		})
	}
}

// TestPeopleLookAlikes lists capitalised phrases that are not people.
func TestPeopleLookAlikes(t *testing.T) {
	tests := []struct{ name, in string }{
		{"province", "Delegates met in Quang Ninh on Monday."},
		{"province two", "Many firms invest in Ha Nam province."},
		{"outlet", "Vietnam Times reported the figures."},
		{"event", "Meet Japan 2024 opened on Friday."},
		{"sentence initial", "Trade grew. Investment followed."},
		{"possessive title", "The Prime Minister’s Condolences were read."},
		{"title without name", "The Prime Minister took a moment."},
		{"plural title", "Both Prime Ministers, such as the host, attended."},
		{"photo credit", "(Photo: Thanh Long)"},
		{"title across blank line", "He met the PM\n\nPrime ministers will meet."},
		{"acronym after title", "The Minister VNA reported nothing."},
		{"a body named by its office", "The toll reached 187, the Directorate General of Health Services (DGHS) said."},
		{"to date is not to lam", "General Secretary To Lam spoke. To date, trade grew."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := People(tt.in)
			if tt.name == "to date is not to lam" {
				require.Len(t, got, 1)
				assert.Equal(t, "To Lam", got[0].Name)
				return
			}
			assert.Empty(t, got)
		})
	}
}
