package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type quoteWant struct {
	text, speaker string
	short         bool
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []quoteWant
	}{
		{"curly then concluded", "“Ties are strong, and we will grow together,” Deputy Foreign Minister Ngo Le Van concluded.",
			[]quoteWant{{text: "Ties are strong, and we will grow together", speaker: "Deputy Foreign Minister Ngo Le Van"}}},
		{"told whom, then a colon", "Tursunboyeva told journalists at the reception: \"I was afraid of her kicks, not of my own nerves.\"",
			[]quoteWant{{text: "I was afraid of her kicks, not of my own nerves.", speaker: "Tursunboyeva"}}},
		{"a long relative clause before the verb", "Tursunboyeva, 16, who won the girls' title with a head kick in the final seconds, told journalists at the reception: \"I was afraid of her kicks.\"",
			[]quoteWant{{text: "I was afraid of her kicks.", speaker: "Tursunboyeva"}}},
		{"straight then said", `"Our firms plan to expand in the region," Ambassador Sato Kenji said.`,
			[]quoteWant{{text: "Our firms plan to expand in the region", speaker: "Ambassador Sato Kenji"}}},
		{"mixed marks inverted", "“We want a stable power supply for everyone\", said Ambassador Sato Kenji.",
			[]quoteWant{{text: "We want a stable power supply for everyone", speaker: "Ambassador Sato Kenji"}}},
		{"inverted after a lower-case title", "Organisers said entries rose.\n\n\"Our writers no longer wait,\" said jury chair Rosario Dimaculangan, a novelist.",
			[]quoteWant{{text: "Our writers no longer wait", speaker: "jury chair Rosario Dimaculangan"}}},
		{"inverted after a team and its principal", "\"Marina Bay is the hardest race on the brakes,\" said Kestrel Racing team principal Helena Voss.",
			[]quoteWant{{text: "Marina Bay is the hardest race on the brakes", speaker: "Kestrel Racing team principal Helena Voss"}}},
		{"a name of four words and a particle", "\"The water came fast,\" said Lieutenant Colonel Khalid bin Rashid Al Mansoori.",
			[]quoteWant{{text: "The water came fast", speaker: "Lieutenant Colonel Khalid bin Rashid Al Mansoori"}}},
		{"inverted after a crowd is no speaker", "\"We will win,\" said many fans in Hanoi.", []quoteWant{{text: "We will win", speaker: "", short: true}}},
		{"speaker with a title apposed, told after", "\"The quality of the capital matters more to us now,\" Pham Minh Khoa, director general of the agency, told a conference in Hanoi.",
			[]quoteWant{{text: "The quality of the capital matters more to us now", speaker: "Pham Minh Khoa"}}},
		{"a body's office apposed in the possessive", "\"We will not leave a single stone unturned,\" Mert Yıldırım, AFAD's provincial coordinator, said.",
			[]quoteWant{{text: "We will not leave a single stone unturned", speaker: "Mert Yıldırım"}}},
		{"a possessive name apposed with no office is no appositive", "\"We will not leave a single stone unturned,\" Mert Yıldırım, Turkey's hope, said the minister.",
			[]quoteWant{{text: "We will not leave a single stone unturned", speaker: "the minister"}}},
		{"a title apposed that holds a speech verb's word", "\"Vietnam is part of plan A,\" Jens Hollmann, the Parliamentary State Secretary who led the German delegation, told the session.",
			[]quoteWant{{text: "Vietnam is part of plan A", speaker: "Jens Hollmann"}}},
		{"a lower-case title that holds a speech verb's word", "\"Vietnam is part of plan A,\" Jens Hollmann, the state secretary, told a conference.",
			[]quoteWant{{text: "Vietnam is part of plan A", speaker: "Jens Hollmann"}}},
		{"a title apposed whose organisation has commas of its own", "\"Our members are hiring again,\" Chea Sophorn, secretary-general of the Cambodian Garment, Footwear and Travel Goods Exporters Federation, told reporters on Monday.",
			[]quoteWant{{text: "Our members are hiring again", speaker: "Chea Sophorn"}}},
		{"a role word the lexicon does not know before the name", "\"This is the best fruit in a decade,\" said chief winemaker Lucia Ferran, walking between the rows.",
			[]quoteWant{{text: "This is the best fruit in a decade", speaker: "chief winemaker Lucia Ferran"}}},
		{"a title, then the person in apposition", "\"Our players can compete with anyone,\" said Malaysia's head junior coach, Lim Wei Jie.",
			[]quoteWant{{text: "Our players can compete with anyone", speaker: "Malaysia's head junior coach, Lim Wei Jie"}}},
		{"a capitalised title, then the person in apposition", "\"Our fishermen keep priority,\" said Senegal's Fisheries Minister, Mariama Sene Thiam.",
			[]quoteWant{{text: "Our fishermen keep priority", speaker: "Senegal's Fisheries Minister, Mariama Sene Thiam"}}},
		{"a title, then a clause: no apposition", "\"Our players can compete with anyone,\" said the head coach, adding that Malaysia would host again.",
			[]quoteWant{{text: "Our players can compete with anyone", speaker: "the head coach"}}},
		{"an initial in an inverted speaker", "\"We have received no reports of adverse reactions,\" said V. Srinivasa Rao, director of the agency.",
			[]quoteWant{{text: "We have received no reports of adverse reactions", speaker: "V. Srinivasa Rao"}}},
		{"who famously stated", "He backed Japan’s Prime Minister Ishiba, who famously stated, “Build! Build! Build and Build!”, then left.",
			[]quoteWant{{text: "Build! Build! Build and Build!", speaker: "Japan’s Prime Minister Ishiba"}}},
		{"statement of", "The PM welcomed the statement of newly elected Japanese PM Ishiba - “Build! Build! Build!” - warmly.",
			[]quoteWant{{text: "Build! Build! Build!", speaker: "newly elected Japanese PM Ishiba"}}},
		{"no attribution from the next paragraph", "\"When a third of your sales go to one country, any change in its trade policy is felt at once.\"\n\nManufacturers say labour is now the tightest constraint.",
			[]quoteWant{{text: "When a third of your sales go to one country, any change in its trade policy is felt at once.", speaker: ""}}},
		{"a statement noun before a colon", "Premier Akiko Morimoto repeated her motto: \"Build! Build! Build and build for the people of the river!\"",
			[]quoteWant{{text: "Build! Build! Build and build for the people of the river!", speaker: "Premier Akiko Morimoto"}}},
		{"said colon", "Minister Hoang Van Long said: “The new port will open next spring for all ships.”",
			[]quoteWant{{text: "The new port will open next spring for all ships.", speaker: "Minister Hoang Van Long"}}},
		{"pronoun resolved", "Governor Okamura Shinji visited Hue. He said “each trip brings practical results for us”.",
			[]quoteWant{{text: "each trip brings practical results for us", speaker: "Governor Okamura Shinji"}}},
		{"pronoun skips object of preposition", "PM Chinh conveyed greetings from General Secretary To Lam. He stressed that the forum reflects “unity for strength and dialogue for trust.”",
			[]quoteWant{{text: "unity for strength and dialogue for trust.", speaker: "PM Chinh"}}},
		{"pronoun after a named reporter nearer than a titled mention", "\"This is our biggest race,\" race director Joseph Ndegwa said.\n\nBarmao said the altitude had not worried him. \"I prepared for this race for four months,\" he said.",
			[]quoteWant{{text: "This is our biggest race", speaker: "director Joseph Ndegwa"}, {text: "I prepared for this race for four months", speaker: "Barmao"}}},
		{"pronoun after a reporter in another paragraph", "Barmao said the altitude had not worried him.\n\n\"I prepared for this race for four months,\" race director Joseph Ndegwa said. \"We planned it for years,\" he said.",
			[]quoteWant{{text: "I prepared for this race for four months", speaker: "director Joseph Ndegwa"}, {text: "We planned it for years", speaker: "director Joseph Ndegwa"}}},
		{"pronoun for the name that opens its paragraph", "\"The wind was the hardest part,\" Colonel Giorgi Makharadze said.\n\nAgnieszka Wrobel, a tourist from Krakow who was in the cabin behind, said rescuers handed out blankets. \"We saw it fall and then we sat there for nine hours,\" she told the Courier.",
			[]quoteWant{{text: "The wind was the hardest part", speaker: "Colonel Giorgi Makharadze"}, {text: "We saw it fall and then we sat there for nine hours", speaker: "Agnieszka Wrobel"}}},
		{"pronoun for a name set before the paragraph's said", "\"The driver was going too fast,\" police chief Tek Bahadur Shrestha said.\n\nOne survivor, 27-year-old Sabina Thapa, said she had been asleep. \"I woke up when the bus rolled over,\" she told reporters.",
			[]quoteWant{{text: "The driver was going too fast", speaker: "chief Tek Bahadur Shrestha"}, {text: "I woke up when the bus rolled over", speaker: "Sabina Thapa"}}},
		{"pronoun skips the object of 'with' behind a place", "Secretary Le Quang Thinh summed up the change during the talks with Ibaraki Governor Hiroshi Kanemura. \"Ten years ago we signed a memorandum,\" he said.",
			[]quoteWant{{text: "Ten years ago we signed a memorandum", speaker: "Secretary Le Quang Thinh"}}},
		{"a relative clause between the speaker and the verb", "\"This was not an accident of nature,\" Héctor Julián Pardo, who heads rescue operations for the agency, told reporters on Wednesday.",
			[]quoteWant{{text: "This was not an accident of nature", speaker: "Héctor Julián Pardo"}}},
		{"scare quote", "With Vietnam in a demographic “golden period” and Japan ageing, training matters.",
			[]quoteWant{{text: "golden period", short: true}}},
		{"single scare quote", "Governor Okamura shared many 'bonds of friendship' with Hue.",
			[]quoteWant{{text: "bonds of friendship", short: true}}},
		{"curly single scare quote", "The plan, dubbed ‘three more’, passed.",
			[]quoteWant{{text: "three more", short: true}}},
		{"short quote with speaker is a remark", "“We agree,” Minister Ha Duc said.",
			[]quoteWant{{text: "We agree", speaker: "Minister Ha Duc"}}},
		{"apostrophes are not quotes", "Vietnam’s growth and the nations’ ties are strong; it's Japan's turn.", nil},
		{"across lines", "“Trade will grow\nfaster next year,” Minister Ha Duc said.",
			[]quoteWant{{text: "Trade will grow\nfaster next year", speaker: "Minister Ha Duc"}}},
		{"quote alone after attribution sentence", "Minister Ha Duc said on Monday that exports would rise.\n“Trade will grow much faster in the coming year.”",
			nil},
		{"no speaker", "The forum, themed “Partnership for a Shared Future of Growth”, opened.",
			[]quoteWant{{text: "Partnership for a Shared Future of Growth"}}},
		{"unclosed quote dropped at blank line", "He said “this never ends\n\nNext paragraph here.", nil},
		{"empty quotes", "He said “” and left.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quotes(tt.in)
			if tt.name == "quote alone after attribution sentence" {
				require.Len(t, got, 1)
				assert.Equal(t, "Minister Ha Duc", got[0].Speaker)
				return
			}
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				q := got[i]
				assert.Equal(t, w.text, tt.in[q.Start:q.End])
				assert.Equal(t, w.speaker, q.Speaker)
				assert.Equal(t, w.short, q.Short)
				if q.Speaker != "" {
					assert.Equal(t, q.Speaker, tt.in[q.SpeakerStart:q.SpeakerEnd])
				}
			}
		})
	}
}
