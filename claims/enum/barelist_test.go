package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBareLists(t *testing.T) {
	tests := []struct {
		name, in string
		items    []string
	}{
		{"names after from", "The grain will come chiefly from Soc Trang, Bac Lieu, Kien Giang and Hau Giang, where the harvest is under way.",
			[]string{"Soc Trang", "Bac Lieu", "Kien Giang", "Hau Giang"}},
		{"common nouns after for", "She pressed Canberra to speed up approvals for lychee, longan, dragon fruit and rambutan, saying growers were ready.",
			[]string{"lychee", "longan", "dragon fruit", "rambutan"}},
		{"after a copula", "The four trades would be plumbing, welding, aged care and hospitality.",
			[]string{"plumbing", "welding", "aged care", "hospitality"}},
		{"a name with its article", "Buyers came from the Philippines, Malaysia, Indonesia and Brunei.",
			[]string{"the Philippines", "Malaysia", "Indonesia", "Brunei"}},
		{"three names with one comma, the clause's time cut off", "The chain will open stores in the Netherlands, Poland and Switzerland over the next twelve months.",
			[]string{"the Netherlands", "Poland", "Switzerland"}},
		{"names before a phrase about the last", "The programme will equip hospitals in Hanoi, Da Nang and Ho Chi Minh City with PET-CT scanners and build a cyclotron.",
			[]string{"Hanoi", "Da Nang", "Ho Chi Minh City"}},
		{"names the subject of a verb", "The minister said the projects in Bac Ninh, Hai Phong, Can Tho, Da Nang and Quang Ninh would be models for others.",
			[]string{"Bac Ninh", "Hai Phong", "Can Tho", "Da Nang", "Quang Ninh"}},
		{"the object of a verb", "The food memorandum covers seafood, rice, pepper and cashew nuts, four groups in which exports are large.",
			[]string{"seafood", "rice", "pepper", "cashew nuts"}},
		{"a noun that shares a verb's form leads nothing", "Nigeria remained its biggest export market, followed by Colombia, Bangladesh, the Philippines and Egypt.",
			[]string{"Colombia", "Bangladesh", "the Philippines", "Egypt"}},
		{"the last item's value cut off", "Drugmakers will ship antibiotics, heart drugs, insulin and vaccines worth 2.6 trillion dong a year.",
			[]string{"antibiotics", "heart drugs", "insulin", "vaccines"}},
		{"a clause after the names' and is no item", "The car will be sold in Germany, France, Italy and the Netherlands, and Aydinli said more would follow.", nil},
		{"a common noun after a name is no name alone", "The delegation came from Osaka, Aichi, Kanagawa and Japanese companies from those prefectures.", nil},
		{"names the subject of a past verb", "The podium of Ferretti, Arakawa and Benassi matched the race before.",
			[]string{"Ferretti", "Arakawa", "Benassi"}},
		{"three common nouns in lower case", "The grain will come from paddies, silos and warehouses.", []string{"paddies", "silos", "warehouses"}},
		{"after a modal and a verb of trade", "The plant will handle sardine, mackerel, tuna and octopus.", []string{"sardine", "mackerel", "tuna", "octopus"}},
		{"three things after will make", "The new plants will make denim, knitwear and sportswear, the company said.", []string{"denim", "knitwear", "sportswear"}},
		{"the last item cut where it is sent", "Dairy group Kalnu Pienas will export cheese, whey powder and yogurt to Vietnam under the deal.", []string{"cheese", "whey powder", "yogurt"}},
		{"a clause after the list ends it", "The agreement covers beer, machinery and porcelain, and sets a target of 40 billion koruna.", []string{"beer", "machinery", "porcelain"}},
		{"a verb phrase is no item", "The plant, financed by Hai Long Seafood Corp, will handle tuna, sardinella and shrimp.", []string{"tuna", "sardinella", "shrimp"}},
		{"three items mixing names and words are a clause", "The shipbuilder operates yards in Tongyeong, Geoje and the busiest yard.", nil},
		{"a breakdown per item", "Of the ten aircraft, four came from Greece and two each from Spain, Croatia, Cyprus and France.", nil},
		{"items that hold the lead word", "The group runs plants in Thu Duc in Saigon, Tan Uyen in Hue, Nhon Trach in Hanoi and Long Hau in Vinh.", nil},
		{"phrases of a clause", "The storm hit in the night, the deaths, its largest town and the roads.", nil},
		{"no lead word", "Durian, mango, pomelo and coconut led the gains.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := BareLists(tt.in, 0)
			if tt.items == nil {
				assert.Empty(t, as)
				return
			}
			if assert.Len(t, as, 1) {
				assert.True(t, as[0].Bare)
				var got []string
				for _, it := range as[0].Items {
					got = append(got, it.Label)
					assert.Equal(t, it.Label, tt.in[it.Start:it.End], "item span")
				}
				assert.Equal(t, tt.items, got)
			}
		})
	}
}
