package claims

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestRosters(t *testing.T) {
	tests := []struct {
		name, text string
		list       string   // the roster's name, "" when none is read
		members    []string // its people, in order
	}{
		{name: "chaired by, other members in the next sentence",
			text: "The jury is headed by Iranian director Farhad Nazemi. Its other members are Indian actress Meera Rao, French critic Élise Marchand and Brazilian cinematographer Rodrigo Falcão.",
			list: "jury", members: []string{"Farhad Nazemi", "Meera Rao", "Élise Marchand", "Rodrigo Falcão"}},
		{name: "a sentence going on after the head, other members in the next",
			text: "The committee, headed by additional secretary Farida Yasmin Choudhury, submitted its report to the ministry on Monday, ahead of its deadline. Its other members are Md Rezaul Karim Talukder, Lt Col Tanvir Ahmed, Kamrul Hasan and Shamsul Alam Bhuiyan.",
			list: "committee", members: []string{"Farida Yasmin Choudhury", "Md Rezaul Karim Talukder", "Tanvir Ahmed", "Kamrul Hasan", "Shamsul Alam Bhuiyan"}},
		{name: "a sized body the next sentence heads and fills",
			text: "The ministry formed a five-member committee last night to investigate the fire. It is headed by additional secretary Farida Yasmin Choudhury and includes Md Rezaul Karim Talukder of the factories department, Lt Col Tanvir Ahmed of the Fire Service, Nasrin Akhter of the exporters' association, and Shamsul Alam Bhuiyan of the garment federation.",
			list: "committee", members: []string{"Farida Yasmin Choudhury", "Md Rezaul Karim Talukder", "Tanvir Ahmed", "Nasrin Akhter", "Shamsul Alam Bhuiyan"}},
		{name: "an unsized body the next sentence says includes some of",
			text: "The ministry formed a committee last night to investigate the fire. It includes Md Rezaul Karim Talukder, Lt Col Tanvir Ahmed and Nasrin Akhter."},
		{name: "a body's own name with its people between dashes",
			text: "Those runners-up, Penang Tidebreakers — Aiman Hakimi Rosli, Tan Jia Wei, Priya Devi Raman and Daniel Ong Kai Ming — had been the crowd's favourites all weekend.",
			list: "penang tidebreakers", members: []string{"Aiman Hakimi Rosli", "Tan Jia Wei", "Priya Devi Raman", "Daniel Ong Kai Ming"}},
		{name: "a body's own name with its people in brackets",
			text: "The title went to Team Garuda (Budi Santoso, Rina Wijaya and Agus Salim), who beat the hosts in the final.",
			list: "team garuda", members: []string{"Budi Santoso", "Rina Wijaya", "Agus Salim"}},
		{name: "brackets with more than names are no roster",
			text: "The title went to Team Garuda (coached by Budi Santoso, with Rina Wijaya and Agus Salim in form), who beat the hosts."},
		{name: "a crew named one by one",
			text: "The winning crew, from bow to stroke, was Liam Hargreaves, Tomasz Nowicki, Daniel Okafor, Callum Fraser and Josh Whitcombe.",
			list: "crew", members: []string{"Liam Hargreaves", "Tomasz Nowicki", "Daniel Okafor", "Callum Fraser", "Josh Whitcombe"}},
		{name: "the judges a verb of judging names, with no group noun",
			text: "The final was judged by chief adjudicator Teresa Abad, Rafael Ocampo, Liza Tan, Hiroshi Nakamura and Carlo Reyes.",
			list: "judges", members: []string{"Teresa Abad", "Rafael Ocampo", "Liza Tan", "Hiroshi Nakamura", "Carlo Reyes"}},
		{name: "a long sentence before the next sentence's members (crashed: the first member lay past the sentence)",
			text: "The governor landed at the airport on Monday at the head of a delegation of about 40 officials and business leaders. Its senior members are Vice Governor Aiko Tanabe, assembly speaker Shigeru Hoshino, chamber chairman Masato Ishiguro and Daisuke Ogawa, president of a port operator.",
			list: "delegation", members: []string{"Aiko Tanabe", "Shigeru Hoshino", "Masato Ishiguro", "Daisuke Ogawa"}},
		{name: "a stated size that matches, organisations left out",
			text: "The results were checked by a four-member panel: Dr Peter Ouma of Kenyatta University, Halima Abdi of Moi University, Kiprono Langat and Grace Musyoka.",
			list: "panel", members: []string{"Peter Ouma", "Halima Abdi", "Kiprono Langat", "Grace Musyoka"}},
		{name: "a body's name after a member is no member (Board of Supreme Audit)",
			text: "The office named a five-member committee to investigate the fire: Judge Faris Abdul-Hadi, who will chair it; Dr. Layla Hassan; Brig. Gen. Karim Nasser of the Civil Defence Directorate; engineer Huda Salman; and Ahmed Kadhim of the Federal Board of Supreme Audit.",
			list: "committee", members: []string{"Faris Abdul-Hadi", "Layla Hassan", "Karim Nasser", "Huda Salman", "Ahmed Kadhim"}},
		{name: "a quartet of, with the event before it",
			text: "Kenya's women won the 4x100m relay with a quartet of Mercy Atieno, Lucy Wanjiru, Faith Chepkoech and Joan Moraa.",
			list: "quartet", members: []string{"Mercy Atieno", "Lucy Wanjiru", "Faith Chepkoech", "Joan Moraa"}},
		{name: "named the team as, with its event",
			text: "Coach Margaret Njeri named the women's 4x100m relay team as Mercy Atieno, Lucy Wanjiru, Sharon Nekesa and Joan Moraa.",
			list: "women's 4x100m team", members: []string{"Mercy Atieno", "Lucy Wanjiru", "Sharon Nekesa", "Joan Moraa"}},
		{name: "organisations after of are no members, a surname in a longer name is none",
			text: "The panel will be chaired by Prof. Olufemi Bakare. Its other members are Engr. Chinwe Okafor of the Nigerian Society of Engineers, Halima Yusuf, a lawyer, and Emeka Obi, head of the Lagos Testing Laboratory.",
			list: "panel", members: []string{"Olufemi Bakare", "Chinwe Okafor", "Halima Yusuf", "Emeka Obi"}},
		{name: "members in apposition, and the sentence going on after them",
			text: "The jury of appeal, Chea Sophal, Margaret Owino and Lim Bunthoeun, reviewed video and rejected the complaint, leaving Abebe Tesfaye in second place behind Dennis Rotich.",
			list: "jury", members: []string{"Chea Sophal", "Margaret Owino", "Lim Bunthoeun"}},
		{name: "a stated size the names do not fill",
			text: "A five-member jury chaired by Paula Serrano, with Mikkel Rask and Anong Pradit, met on Monday."},
		{name: "some members only",
			text: "The committee, including engineer Hoang Van Nam, lawyer Tran Thi Lan and surveyor Pham Quoc Bao, met on Monday."},
		{name: "winners are no members",
			text: "The jury and the audience handed out four prizes: a directing prize to Tomas Berg, a writing prize to Lena Hoffmann, the audience award to Karim Haddad and a special mention to Ana Ruiz."},
		{name: "a jury prize is no jury",
			text: "The Special Jury Prize went to Tomas Berg, ahead of Lena Hoffmann, Karim Haddad and Ana Ruiz."},
		{name: "names before the group noun are not its members",
			text: "Mercy Atieno, Lucy Wanjiru and Joan Moraa said the team would race on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text}
			var got *Fact
			for _, f := range Extract(doc) {
				if f.Kind == KindNamedList && f.List.Roster {
					assert.Nil(t, got, "one roster at most")
					got = f
				}
			}
			if tt.list == "" {
				assert.Nil(t, got)
				return
			}
			if assert.NotNil(t, got) {
				assert.Equal(t, tt.list, got.List.Name)
				var labels []string
				for _, m := range got.List.Members {
					labels = append(labels, m.Label)
					assert.Equal(t, m.Label, tt.text[m.Start:m.End])
				}
				assert.Equal(t, tt.members, labels)
			}
		})
	}
}

func TestRosterGivenNameAndConsist(t *testing.T) {
	for _, tt := range []struct {
		text    string
		members []string
	}{
		{"Federation president Pornthip Wongsakul spoke. The federation will send a four-member delegation to Manila, led by Pornthip and including vice-president Anurak Sirimongkol, secretary-general Wichai Boonmak and board member Supaporn Tangkittikul.",
			[]string{"Pornthip Wongsakul", "Anurak Sirimongkol", "Wichai Boonmak", "Supaporn Tangkittikul"}},
		{"The federation's delegation to Manila in March will consist of vice-president Anurak Sirimongkol, secretary-general Wichai Boonmak and board member Chalerm Rakpong.",
			[]string{"Anurak Sirimongkol", "Wichai Boonmak", "Chalerm Rakpong"}},
	} {
		doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC)}}
		var got []string
		for _, f := range Extract(doc) {
			if f.Kind == KindNamedList && f.List != nil && f.List.Roster {
				for _, m := range f.List.Members {
					got = append(got, m.Label)
				}
			}
		}
		assert.Equal(t, tt.members, got, tt.text)
	}
}
