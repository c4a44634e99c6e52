package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

// pm describes one person mention for the tests.
type pm struct {
	doc                                int // 0 or 1
	text                               string
	title, name, full, country, to, of string
	former                             bool
}

func TestNameMismatch(t *testing.T) {
	tests := []struct {
		name     string
		pubA     string
		pubB     string
		mentions []pm
		want     []string
	}{
		{name: "given name used as surname", mentions: []pm{
			{text: "Japanese Ambassador Yamada Takio", title: "Japanese Ambassador", name: "Yamada Takio", country: "Japan"},
			{text: "Ambassador Takio", title: "Ambassador", name: "Takio", full: "Yamada Takio"}},
			want: []string{`"Ambassador Takio" (a.txt:2) refers to "Yamada Takio" (a.txt:1) as "Takio"`}},
		{name: "family name used", mentions: []pm{
			{text: "Japanese Ambassador Yamada Takio", title: "Japanese Ambassador", name: "Yamada Takio"},
			{text: "Ambassador Yamada", title: "Ambassador", name: "Yamada", full: "Yamada Takio"}}},
		{name: "vietnamese given name used", mentions: []pm{
			{text: "Prime Minister Pham Minh Chinh", title: "Prime Minister", name: "Pham Minh Chinh"},
			{text: "PM Chinh", title: "PM", name: "Chinh", full: "Pham Minh Chinh"}}},
		{name: "diacritics and order", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "Minister Nguyễn Thị Lan", title: "Minister", name: "Nguyễn Thị Lan"},
			{doc: 1, text: "Minister Nguyen Thi Lan", title: "Minister", name: "Nguyen Thi Lan"},
			{doc: 1, text: "Governor Kenji Watanabe", title: "Governor", name: "Kenji Watanabe"},
			{text: "Governor Watanabe Kenji", title: "Governor", name: "Watanabe Kenji"}}},
		{name: "swapped envoy role", pubA: "2025-05-01", pubB: "2025-09-01", mentions: []pm{
			{text: "France's ambassador to Chile Jean Dupont", title: "France's ambassador to Chile", name: "Jean Dupont", country: "France", to: "Chile"},
			{doc: 1, text: "Chile's ambassador to France Jean Dupont", title: "Chile's ambassador to France", name: "Jean Dupont", country: "Chile", to: "France"}},
			want: []string{`is an envoy of France to Chile but "Chile's ambassador to France Jean Dupont" (b.txt:1) makes Jean Dupont an envoy of Chile to France`}},
		{name: "deputy mayor vs mayor same date", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "Deputy Mayor Anna Berg", title: "Deputy Mayor", name: "Anna Berg"},
			{doc: 1, text: "Mayor Anna Berg", title: "Mayor", name: "Anna Berg"}},
			want: []string{`both published 2025-05-01: one person titled "Deputy Mayor" and "Mayor"`}},
		{name: "two portfolios of one joint ministry", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "Transport and Tourism Minister Kenta Oda", title: "Transport and Tourism Minister", name: "Kenta Oda"},
			{text: "tourism minister Kenta Oda", title: "tourism minister", name: "Kenta Oda"},
			{doc: 1, text: "transport minister Kenta Oda", title: "transport minister", name: "Kenta Oda"}}},
		{name: "two portfolios no joint title names", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "tourism minister Kenta Oda", title: "tourism minister", name: "Kenta Oda"},
			{doc: 1, text: "transport minister Kenta Oda", title: "transport minister", name: "Kenta Oda"}},
			want: []string{`one person titled "tourism minister" and "transport minister"`}},
		{name: "one office, its task told by two verbs", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "naval officer coordinating the search Patrice Bahati", title: "naval officer coordinating the search", name: "Patrice Bahati"},
			{doc: 1, text: "naval officer leading the search Patrice Bahati", title: "naval officer leading the search", name: "Patrice Bahati"}}},
		{name: "two offices told with a task", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "naval officer leading the search Patrice Bahati", title: "naval officer leading the search", name: "Patrice Bahati"},
			{doc: 1, text: "police officer leading the search Patrice Bahati", title: "police officer leading the search", name: "Patrice Bahati"}},
			want: []string{`one person titled "naval officer leading the search" and "police officer leading the search"`}},
		{name: "title change over time", pubA: "2025-05-01", pubB: "2025-11-01", mentions: []pm{
			{text: "Deputy Mayor Anna Berg", title: "Deputy Mayor", name: "Anna Berg"},
			{doc: 1, text: "Mayor Anna Berg", title: "Mayor", name: "Anna Berg"}}},
		{name: "former title later", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "Prime Minister Ishiba Shigeru", title: "Prime Minister", name: "Ishiba Shigeru"},
			{doc: 1, text: "former Prime Minister Ishiba Shigeru", title: "Prime Minister", name: "Ishiba Shigeru", former: true}}},
		{name: "vice chairman and chairman are different people", mentions: []pm{
			{text: "Vice Chairman Tran Van Long", title: "Vice Chairman", name: "Tran Van Long"},
			{text: "Chairman Le Van Hai", title: "Chairman", name: "Le Van Hai"}}},
		{name: "shortened title", mentions: []pm{
			{text: "Governor of Gunma Prefecture Yamamoto Ichita", title: "Governor of Gunma Prefecture", name: "Yamamoto Ichita", of: "Gunma Prefecture"},
			{text: "Governor Yamamoto Ichita", title: "Governor", name: "Yamamoto Ichita"}}},
		{name: "place left out of the title", mentions: []pm{
			{text: "Vice Chairman of Hai Phong City People's Committee Le Trung Kien", title: "Vice Chairman of Hai Phong City People's Committee", name: "Le Trung Kien"},
			{text: "Vice Chairman of the City People's Committee Le Trung Kien", title: "Vice Chairman of the City People's Committee", name: "Le Trung Kien"}}},
		{name: "prime minister vs minister in one source", mentions: []pm{
			{text: "Prime Minister Pham Minh Chinh", title: "Prime Minister", name: "Pham Minh Chinh"},
			{text: "Minister Pham Minh Chinh", title: "Minister", name: "Pham Minh Chinh"}},
			want: []string{`in the same source: one person titled "Prime Minister" and "Minister"`}},
		{name: "same family and title, other given name", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "Governor of Aomori Prefecture Sato Kenji", title: "Governor of Aomori Prefecture", name: "Sato Kenji", of: "Aomori Prefecture"},
			{doc: 1, text: "Governor of Aomori Prefecture Sato Kenta", title: "Governor of Aomori Prefecture", name: "Sato Kenta", of: "Aomori Prefecture"}},
			want: []string{`the same family name "sato" and title "Governor of Aomori Prefecture" with different given names`}},
		{name: "deputies with one family name are different people", pubA: "2025-05-01", pubB: "2025-05-01", mentions: []pm{
			{text: "Deputy Minister of Foreign Affairs Nguyen Minh Hang", title: "Deputy Minister of Foreign Affairs", name: "Nguyen Minh Hang", of: "Foreign Affairs"},
			{doc: 1, text: "Deputy Minister of Foreign Affairs Nguyen Minh Vu", title: "Deputy Minister of Foreign Affairs", name: "Nguyen Minh Vu", of: "Foreign Affairs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var texts [2]string
			for _, m := range tt.mentions {
				texts[m.doc] += m.text + "\n"
			}
			docs := []*claims.Document{testDoc(t, "a.txt", tt.pubA, texts[0]), testDoc(t, "b.txt", tt.pubB, texts[1])}
			var facts []*claims.Fact
			for _, m := range tt.mentions {
				f := factAt(t, docs[m.doc], claims.KindPerson, m.text)
				f.Person = &attrib.Person{Start: f.Span.Start, End: f.Span.End, Title: m.title, Name: m.name,
					FullName: m.full, Country: m.country, To: m.to, Of: m.of, Former: m.former}
				facts = append(facts, f)
			}
			got := runRule(NameMismatch(), docs, facts...)
			require.Len(t, got, len(tt.want), "findings: %+v", got)
			for i, w := range tt.want {
				assert.Contains(t, got[i].Message, w)
			}
		})
	}
}

func TestMilitaryRank(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Colonel", true},
		{"Lt Col", true},
		{"Defence General", true}, // "Minister of National Defence General …": the portfolio's tail
		{"Defence Minister", false},
		{"Police Chief", false},
		{"Attorney General", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, militaryRank(tt.title), tt.title)
	}
}
