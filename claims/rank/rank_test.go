package rank

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims/token"
)

// want is the observable part of a Rank; Text is the rank phrase as written.
type want struct {
	Text    string
	Rank    int
	AtMost  bool
	Cats    []string
	Subject string
	Owner   string
	Scope   string
}

func parse(in string) []Rank { return Parse(in, token.Scan(in, nil)) }

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"ordinal hyphen superlative", "Korvia is the third-largest investor.",
			[]want{{Text: "the third-largest investor", Rank: 3, Cats: []string{"investment"}, Subject: "Korvia"}}},
		{"an acronym inside the category", "Nexora, India's fifth-largest IT services company, reported results.",
			[]want{{Text: "India's fifth-largest IT services", Rank: 5, Cats: []string{"it service"}, Subject: "Nexora", Owner: "India"}}},
		{"a field of investing countries", "Japan currently ranks fourth among the 41 countries and territories investing in Long Giang.",
			[]want{{Text: "fourth among the 41 countries", Rank: 4, Cats: []string{"investment"}, Subject: "Japan", Owner: "Long Giang"}}},
		{"making it refers to the sentence's name", "Japan has 214 valid projects in the province, making it the second-largest investor among 41 countries present in Long Giang.",
			[]want{{Text: "the second-largest investor among 41 countries present", Rank: 2, Cats: []string{"investment"}, Subject: "Japan", Owner: "Long Giang"}}},
		{"as a whole is no subject", "Japan as a whole is the province's second-largest foreign investor.",
			[]want{{Text: "the province's second-largest foreign investor", Rank: 2, Cats: []string{"foreign investment"}, Subject: "Japan", Owner: "province"}}},
		{"a plural possessive owner", "Tavira Air, the Antilles' third-largest airline by passengers, said on Monday its profit rose.",
			[]want{{Text: "the Antilles' third-largest airline", Rank: 3, Cats: []string{"airline"}, Subject: "Tavira Air", Owner: "Antilles"}}},
		{"an acronym in brackets before the apposition", "Corran Savings Bank (CSB), the country's fifth-largest bank by assets, reported results.",
			[]want{{Text: "the country's fifth-largest bank", Rank: 5, Cats: []string{"lending"}, Subject: "Corran Savings Bank", Owner: "country"}}},
		{"a legal suffix with its dot before the apposition", "Doravia Holdings Inc., the country's third-largest conglomerate by market value, said profit rose.",
			[]want{{Text: "the country's third-largest conglomerate", Rank: 3, Cats: []string{"conglomerate"}, Subject: "Doravia Holdings Inc", Owner: "country"}}},
		{"a possessive place as the rank", "The results cement Kestrel Air's place as Ostrava's third-largest airline.",
			[]want{{Text: "Ostrava's third-largest airline", Rank: 3, Cats: []string{"airline"}, Subject: "Kestrel Air", Owner: "Ostrava"}}},
		{"a definite owner of a position", "The result strengthens the group's position as the second-largest conglomerate.",
			[]want{{Text: "the second-largest conglomerate", Rank: 2, Cats: []string{"conglomerate"}, Subject: "the group"}}},
		{"kept names its object", "The increase kept Aldoria the fourth-largest investor in Brenland.",
			[]want{{Text: "the fourth-largest investor in Brenland", Rank: 4, Cats: []string{"investment"}, Subject: "Aldoria", Scope: "in Brenland"}}},
		{"has become is a copula", "Tarvo has become the second-largest destination for foreign capital in Brenland.",
			[]want{{Text: "the second-largest destination", Rank: 2, Cats: []string{"destination"}, Subject: "Tarvo"}}},
		{"a factory ranks as a plant", "The site would become the second-largest battery cell factory in Brenland.",
			[]want{{Text: "the second-largest battery cell factory in Brenland", Rank: 2, Cats: []string{"battery cell plant"}, Subject: "The site", Scope: "in Brenland"}}},
		{"a name in apposition before the copula", "Its centrepiece, the 21.4-kilometre Orvik Tunnel, is the third-longest railway tunnel in Brenland.",
			[]want{{Text: "the third-longest railway tunnel in Brenland", Rank: 3, Cats: []string{"longest railway tunnel"}, Subject: "Orvik Tunnel", Scope: "in Brenland"}}},
		{"a field that leaves part out", "Brenland is the largest buyer of Aldorian wheat outside Central Asia, traders said.",
			[]want{{Text: "the largest buyer", Rank: 1, Cats: []string{"buyer"}, Subject: "Brenland", Owner: "Aldorian", Scope: "outside Central Asia"}}},
		{"a world No. in apposition", "Varga, the world No. 6, lost for the first time.",
			[]want{{Text: "the world No. 6", Rank: 6, Cats: []string{"ranking"}, Subject: "Varga", Scope: "in the world"}}},
		{"a name past its relative clause with a list", "Tolvar, which has plantations across Johor, Sabah and Sarawak, is the third-largest plantation company.",
			[]want{{Text: "the third-largest plantation company", Rank: 3, Cats: []string{"plantation"}, Subject: "Tolvar"}}},
		{"a coordinated verb ranks the sentence's subject", "Ostend remained the region's largest port, ahead of Ghent, and ranked 11th in the world.",
			[]want{{Text: "the region's largest port", Rank: 1, Cats: []string{"port"}, Subject: "Ostend", Owner: "region"},
				{Text: "11th in the world", Rank: 11, Subject: "Ostend", Scope: "in the world"}}},
		{"a coordinated verb after a definite subject", "The company shipped 61,480 vehicles, about 78 percent of its output, and ranks as the second-largest exporter in Brenland.",
			[]want{{Text: "the second-largest exporter in Brenland", Rank: 2, Cats: []string{"export"}, Subject: "The company", Scope: "in Brenland"}}},
		{"a narrowing field keeps its scope", "Japan ranks second among Asian investors.",
			[]want{{Text: "second among Asian investors", Rank: 2, Cats: []string{"investment"}, Subject: "Japan", Scope: "Asian"}}},
		{"two categories share a head", "Aldoria is Brenland's fourth-largest trading and tourism partner.",
			[]want{{Text: "Brenland's fourth-largest trading and tourism partner", Rank: 4, Cats: []string{"trade", "tourism"}, Subject: "Aldoria", Owner: "Brenland"}}},
		{"direction: subject is not owner", "Aldoria is Brenland's fifth-largest partner.",
			[]want{{Text: "Brenland's fifth-largest partner", Rank: 5, Cats: []string{"partner"}, Subject: "Aldoria", Owner: "Brenland"}}},
		{"reverse direction", "Brenland is Aldoria's fifth-largest partner.",
			[]want{{Text: "Aldoria's fifth-largest partner", Rank: 5, Cats: []string{"partner"}, Subject: "Brenland", Owner: "Aldoria"}}},
		{"top shared by coordination", "Aldoria remains one of Brenland's key allies, its top provider of ODA and partner in labour cooperation.",
			[]want{{Text: "its top provider of ODA and partner in labour cooperation", Rank: 1, Cats: []string{"oda", "labor"}, Subject: "Aldoria", Owner: "Brenland"}}},
		{"owner inherited along a predicate list", "Aldoria remains Brenland's top provider of loans, the second-largest investor and the third-largest trading partner.",
			[]want{
				{Text: "Brenland's top provider of loans", Rank: 1, Cats: []string{"lending"}, Subject: "Aldoria", Owner: "Brenland"},
				{Text: "the second-largest investor", Rank: 2, Cats: []string{"investment"}, Subject: "Aldoria", Owner: "Brenland"},
				{Text: "the third-largest trading partner", Rank: 3, Cats: []string{"trade"}, Subject: "Aldoria", Owner: "Brenland"},
			}},
		{"ranking list with aside", "Overall, Korvia is ranking first in ODA (with about USD 9 billion so far), second in labor, third in investment and tourism, and fourth in trade.",
			[]want{
				{Text: "first in ODA", Rank: 1, Cats: []string{"oda"}, Subject: "Korvia"},
				{Text: "second in labor", Rank: 2, Cats: []string{"labor"}, Subject: "Korvia"},
				{Text: "third in investment and tourism", Rank: 3, Cats: []string{"investment", "tourism"}, Subject: "Korvia"},
				{Text: "fourth in trade", Rank: 4, Cats: []string{"trade"}, Subject: "Korvia"},
			}},
		{"scope after category", "This is the second largest foreign community in Aldoria.",
			[]want{{Text: "the second largest foreign community in Aldoria", Rank: 2, Cats: []string{"foreign community"}, Subject: "This", Scope: "in Aldoria"}}},
		{"ranks in the world with aside", "Brenland ranks second in the world (after Korvia) as a destination.",
			[]want{{Text: "second in the world", Rank: 2, Subject: "Brenland", Scope: "in the world"}}},
		{"second only to", "The port is second only to Rotterdam.",
			[]want{{Text: "second only to", Rank: 2, Subject: "The port"}}},
		{"second only to after superlative is one claim", "Korvia is the second-largest investor, second only to Aldoria.",
			[]want{{Text: "the second-largest investor", Rank: 2, Cats: []string{"investment"}, Subject: "Korvia"}}},
		{"ranked digit ordinal", "The city was ranked 12th in Europe for air quality.",
			[]want{{Text: "12th in Europe", Rank: 12, Subject: "The city", Scope: "in Europe"}}},
		{"a field of a bloc's operators", "MAC ranked ninth among ASEAN airport operators last year.",
			[]want{{Text: "ninth among ASEAN airport operators", Rank: 9, Cats: []string{"airport"}, Subject: "MAC", Scope: "ASEAN"}}},
		{"an apposition to a counted object ranks the clause's name", "Aerovia ended the year with 176 aircraft, the second-largest fleet among Latin American airlines.",
			[]want{{Text: "the second-largest fleet among Latin American airlines", Rank: 2, Cats: []string{"fleet"}, Subject: "Aerovia", Scope: "among Latin American airlines"}}},
		{"an apposition to a counted object after a definite noun", "The carrier closed 2025 with 212 jets, the largest fleet in the region.",
			[]want{{Text: "the largest fleet in the region", Rank: 1, Cats: []string{"fleet"}, Subject: "The carrier", Scope: "in the region"}}},
		{"a measure opening the sentence is the category", "By pre-tax profit, PhuSaBank ranked ninth among the 27 lenders listed on the exchange.",
			[]want{{Text: "ninth among the 27 lenders listed", Rank: 9, Cats: []string{"profit"}, Subject: "PhuSaBank"}}},
		{"a measure after the ordinal is the category", "Lotus Bank ranked third by market capitalisation in Laos.",
			[]want{{Text: "third by market capitalisation in Laos", Rank: 3, Cats: []string{"capitalization"}, Subject: "Lotus Bank", Scope: "in Laos"}}},
		{"a quality after 'most' is ranked by its noun", "That made it the eighth-most profitable of the lenders.",
			[]want{{Text: "the eighth-most profitable", Rank: 8, Cats: []string{"profit"}, Subject: "it"}}},
		{"an opening 'by' phrase that is no measure is none", "By its own account, Lotus Bank ranked ninth among regional lenders.",
			[]want{{Text: "ninth among regional lenders", Rank: 9, Cats: []string{"regional lending"}, Subject: "Lotus Bank"}}},
		{"a place after 'in' qualifies the named subject", "The Tsagaan Uul project in Omnogovi is the country's second-largest copper deposit.",
			[]want{{Text: "the country's second-largest copper deposit", Rank: 2, Cats: []string{"copper deposit"}, Subject: "Tsagaan Uul", Owner: "country"}}},
		{"a month after 'in' dates the subject", "Philippine inflation in May was the third-lowest among the six largest ASEAN economies.",
			[]want{{Text: "the third-lowest among the six", Rank: 3, Cats: []string{"lowest"}, Subject: "Philippine inflation", Scope: "among the six"}}},
		{"an adverb between a name and its apposed rank", "Tourism grew, and India, now the province's fifth-largest source market, sent 215,000 visitors.",
			[]want{{Text: "the province's fifth-largest source market", Rank: 5, Cats: []string{"market"}, Subject: "India", Owner: "province"}}},
		{"an adverb between an opening name and its apposed rank", "India, now the province's fifth-largest source market, sent 215,000 visitors.",
			[]want{{Text: "the province's fifth-largest source market", Rank: 5, Cats: []string{"market"}, Subject: "India", Owner: "province"}}},
		{"a list of ranks after a copula shares its subject", "Japan is Vietnam's largest provider of ODA, its third-largest foreign investor and its fourth-largest trading partner.",
			[]want{
				{Text: "Vietnam's largest provider of ODA", Rank: 1, Cats: []string{"oda"}, Subject: "Japan", Owner: "Vietnam"},
				{Text: "its third-largest foreign investor", Rank: 3, Cats: []string{"foreign investment"}, Subject: "Japan", Owner: "Vietnam"},
				{Text: "its fourth-largest trading partner", Rank: 4, Cats: []string{"trade"}, Subject: "Japan", Owner: "Vietnam"},
			}},
		{"a name given its rank by 'as'", "The ranking shows Ndumberi Hill Boys in Kiambu as the top school.",
			[]want{{Text: "the top school", Rank: 1, Cats: []string{"school"}, Subject: "Ndumberi Hill Boys"}}},
		{"a scope within a bloc", "Italy ranks as Vietnam's fourth-biggest trading partner within the European Union.",
			[]want{{Text: "Vietnam's fourth-biggest trading partner within the European Union", Rank: 4, Cats: []string{"trade"}, Subject: "Italy", Owner: "Vietnam", Scope: "within the European Union"}}},
		{"making it after a definite noun", "The port handled 1.9 million TEU last year, making it the third-largest container port in Vietnam.",
			[]want{{Text: "the third-largest container port in Vietnam", Rank: 3, Cats: []string{"container port"}, Subject: "The port", Scope: "in Vietnam"}}},
		{"made a name the rank", "The result made Hon Khoi the fourth-largest container port in Vietnam.",
			[]want{{Text: "the fourth-largest container port in Vietnam", Rank: 4, Cats: []string{"container port"}, Subject: "Hon Khoi", Scope: "in Vietnam"}}},
		{"a name in apposition after a clause", "India remained the dominant market, while Britain, the second-largest source market in the first quarter with 81,200 visitors, gained.",
			[]want{{Text: "the second-largest source market", Rank: 2, Cats: []string{"market"}, Subject: "Britain"}}},
		{"names ranked after the first", "India was the largest source market in the quarter with 142,300 arrivals, followed by Russia with 98,700 and the United Kingdom with 81,200.",
			[]want{{Text: "the largest source market", Rank: 1, Cats: []string{"market"}, Subject: "India"},
				{Text: "followed by Russia", Rank: 2, Cats: []string{"market"}, Subject: "Russia"},
				{Text: "followed by Russia with 98,700 and the United Kingdom", Rank: 3, Cats: []string{"market"}, Subject: "United Kingdom"}}},
		{"a place aside with its own comma before the verb", "Kenari, based in Klang, Selangor, is the world's third-largest rubber glove maker by production capacity.",
			[]want{{Text: "the world's third-largest rubber glove maker", Rank: 3, Cats: []string{"rubber glove"}, Subject: "Kenari", Scope: "in the world"}}},
		{"place names with particles after followed by", "Mato Grosso is the largest producing state, followed by Rio Grande do Sul and Mato Grosso do Sul.",
			[]want{{Text: "the largest producing state", Rank: 1, Cats: []string{"producing state"}, Subject: "Mato Grosso"},
				{Text: "followed by Rio Grande do Sul", Rank: 2, Cats: []string{"producing state"}, Subject: "Rio Grande do Sul"},
				{Text: "followed by Rio Grande do Sul and Mato Grosso do Sul", Rank: 3, Cats: []string{"producing state"}, Subject: "Mato Grosso do Sul"}}},
		{"names after followed by, one list", "Japan is the largest investor, followed by Korea, Singapore and China.",
			[]want{{Text: "the largest investor", Rank: 1, Cats: []string{"investment"}, Subject: "Japan"},
				{Text: "followed by Korea", Rank: 2, Cats: []string{"investment"}, Subject: "Korea"},
				{Text: "followed by Korea, Singapore", Rank: 3, Cats: []string{"investment"}, Subject: "Singapore"},
				{Text: "followed by Korea, Singapore and China", Rank: 4, Cats: []string{"investment"}, Subject: "China"}}},
		{"a two-word name in apposition opening the sentence", "Cai Son, the third-largest container port in Vietnam, handled 1.85 million TEU.",
			[]want{{Text: "the third-largest container port in Vietnam", Rank: 3, Cats: []string{"container port"}, Subject: "Cai Son", Scope: "in Vietnam"}}},
		{"made a name another country's", "That makes South Korea Morocco's sixth-largest foreign investor by registered capital.",
			[]want{{Text: "Morocco's sixth-largest foreign investor", Rank: 6, Cats: []string{"foreign investment"}, Subject: "South Korea", Owner: "Morocco"}}},
		{"a participle after a comma", "MAC, ranked ninth among ASEAN airport operators, expects growth.",
			[]want{{Text: "ninth among ASEAN airport operators", Rank: 9, Cats: []string{"airport"}, Subject: "MAC", Scope: "ASEAN"}}},
		{"a bloc's acronym is a place", "MAC is the seventh-largest airport operator in ASEAN.",
			[]want{{Text: "the seventh-largest airport operator in ASEAN", Rank: 7, Cats: []string{"airport"}, Subject: "MAC", Scope: "in ASEAN"}}},
		{"a field of two words is a category", "It ranked fourth among regional carriers.",
			[]want{{Text: "fourth among regional carriers", Rank: 4, Cats: []string{"regional airline"}, Subject: "It"}}},
		{"a bare field has no category and no scope", "It ranked fourth among carriers.",
			[]want{{Text: "fourth among carriers", Rank: 4, Subject: "It"}}},
		{"a superlative other than size is part of the category", "Changi is the second-busiest airport in Asia.",
			[]want{{Text: "the second-busiest airport in Asia", Rank: 2, Cats: []string{"busiest airport"}, Subject: "Changi", Scope: "in Asia"}}},
		{"a superlative with no noun is the category", "Kipchumba's time is the third-fastest in the world.",
			[]want{{Text: "the third-fastest in the world", Rank: 3, Cats: []string{"fastest"}, Scope: "in the world"}}},
		{"a possession verb ranks its subject's thing", "Wrzosów already has the third-largest tram network in Poland.",
			[]want{{Text: "the third-largest tram network in Poland", Rank: 3, Cats: []string{"tram network"}, Subject: "Wrzosów", Scope: "in Poland"}}},
		{"a relative clause ranks the name before it", "Turkey, which ranks second among the world's flour exporters, needs grain.",
			[]want{{Text: "second among the world's flour exporters", Rank: 2, Cats: []string{"flour export"}, Subject: "Turkey", Scope: "world"}}},
		{"the world's field", "Turkey ranks second among the world's flour exporters.",
			[]want{{Text: "second among the world's flour exporters", Rank: 2, Cats: []string{"flour export"}, Subject: "Turkey", Scope: "world"}}},
		{"fourth among ports", "Klaipeda ranked fourth among Baltic ports last year.",
			[]want{{Text: "fourth among Baltic ports", Rank: 4, Cats: []string{"port"}, Subject: "Klaipeda", Scope: "Baltic"}}},
		{"copula fourth among", "The harbour is fourth among Baltic ports.",
			[]want{{Text: "fourth among Baltic ports", Rank: 4, Cats: []string{"port"}, Subject: "The harbour", Scope: "Baltic"}}},
		{"number one partner", "Korvia is Brenland's number one partner.",
			[]want{{Text: "Brenland's number one partner", Rank: 1, Cats: []string{"partner"}, Subject: "Korvia", Owner: "Brenland"}}},
		{"No. 1 investor", "Aldoria became the No. 1 investor in the province.",
			[]want{{Text: "the No. 1 investor in the province", Rank: 1, Cats: []string{"investment"}, Subject: "Aldoria", Scope: "in the province"}}},
		{"No.1 without space", "Aldoria is the No.1 exporter of rice.",
			[]want{{Text: "the No.1 exporter of rice", Rank: 1, Cats: []string{"rice export"}, Subject: "Aldoria"}}},
		{"top five at most", "Its revenue ranks among the top five life insurers.",
			[]want{{Text: "the top five life insurers", Rank: 5, AtMost: true, Cats: []string{"life insurer"}, Subject: "Its revenue"}}},
		{"top 35 world scope", "Brenland has become one of the world's top 35 economies.",
			[]want{{Text: "the world's top 35 economies", Rank: 35, AtMost: true, Cats: []string{"economy"}, Subject: "Brenland", Scope: "in the world"}}},
		{"the largest", "Korvia is the largest investor in Brenland.",
			[]want{{Text: "the largest investor in Brenland", Rank: 1, Cats: []string{"investment"}, Subject: "Korvia", Scope: "in Brenland"}}},
		{"the largest alone", "Among all donors, Korvia was the largest.",
			[]want{{Text: "the largest", Rank: 1, Subject: "Korvia"}}},
		{"possessive largest", "Aldoria is Brenland's largest trading partner.",
			[]want{{Text: "Brenland's largest trading partner", Rank: 1, Cats: []string{"trade"}, Subject: "Aldoria", Owner: "Brenland"}}},
		{"multiword owner", "Aldoria is South Korvia's biggest source of tourists.",
			[]want{{Text: "South Korvia's biggest source of tourists", Rank: 1, Cats: []string{"tourism"}, Subject: "Aldoria", Owner: "South Korvia"}}},
		{"apposition subject", "Korvia, Brenland's third-largest investor, opened a new office.",
			[]want{{Text: "Brenland's third-largest investor", Rank: 3, Cats: []string{"investment"}, Subject: "Korvia", Owner: "Brenland"}}},
		{"adverb between subject and verb", "In economic ties, Korvia is always the biggest investor.",
			[]want{{Text: "the biggest investor", Rank: 1, Cats: []string{"investment"}, Subject: "Korvia"}}},
		{"is ranking", "Aldoria is ranking third in tourism.",
			[]want{{Text: "third in tourism", Rank: 3, Cats: []string{"tourism"}, Subject: "Aldoria"}}},
		{"a participle ranks the subject past an opening adverbial", "As of the end of March, Japan had 5,630 projects in Vietnam, ranking third among 150 countries and territories investing in Vietnam.",
			[]want{{Text: "third among 150 countries", Rank: 3, Cats: []string{"investment"}, Subject: "Japan", Owner: "Vietnam"}}},
		{"the largest of a field that invests", "He said Korea is the largest of 150 countries and territories investing in Vietnam.",
			[]want{{Text: "the largest of 150 countries and territories investing in Vietnam", Rank: 1, Cats: []string{"investment"}, Subject: "Korea", Scope: "in Vietnam"}}},
		{"ranked among a bare field of agents", "With 251 projects, Vietnam ranks third among foreign investors in Laos.",
			[]want{{Text: "third among foreign investors", Rank: 3, Cats: []string{"foreign investment"}, Subject: "Vietnam", Owner: "Laos"}}},
		{"a participle ranks a subject past an adverb", "Vietnam currently has 251 projects in Laos, ranking third among the 55 countries and territories investing in the neighbouring country.",
			[]want{{Text: "third among the 55 countries", Rank: 3, Cats: []string{"investment"}, Subject: "Vietnam"}}},
		{"two ranks of one apposition share its subject", "Japan, Vietnam's largest ODA provider and its second-largest foreign investor, has financed many works.",
			[]want{{Text: "Vietnam's largest ODA provider", Rank: 1, Cats: []string{"oda"}, Subject: "Japan", Owner: "Vietnam"},
				{Text: "its second-largest foreign investor", Rank: 2, Cats: []string{"foreign investment"}, Subject: "Japan", Owner: "Vietnam"}}},
		{"a pronoun after and owns as the first rank's owner", "The pledge deepens ties with Japan, the country's largest source of official development assistance and its second-largest trading partner.",
			[]want{{Text: "the country's largest source of official development assistance", Rank: 1, Cats: []string{"oda"}, Subject: "Japan", Owner: "country"},
				{Text: "its second-largest trading partner", Rank: 2, Cats: []string{"trade"}, Subject: "Japan", Owner: "country"}}},
		{"a hedged count of the field", "Japan ranks third among the roughly 150 countries and territories investing in Vietnam.",
			[]want{{Text: "third among the roughly 150 countries", Rank: 3, Cats: []string{"investment"}, Subject: "Japan", Owner: "Vietnam"}}},
		{"ranking first in region", "Investors favour the country, ranking first in Asia and Oceania.",
			[]want{{Text: "first in Asia and Oceania", Rank: 1, Scope: "in Asia and Oceania"}}},
		{"remains first in", "Korvia remains first in ODA.",
			[]want{{Text: "first in ODA", Rank: 1, Cats: []string{"oda"}, Subject: "Korvia"}}},
		{"came third place", "The team came third.",
			[]want{{Text: "third", Rank: 3, Cats: []string{"standing"}, Subject: "The team"}}},
		{"finished second is a standing", "Marlow Athletic finished second, four points behind.",
			[]want{{Text: "second", Rank: 2, Cats: []string{"standing"}, Subject: "Marlow Athletic"}}},
		{"third-placed names what follows", "Third-placed Marlow Athletic were level with Rovers in April.",
			[]want{{Text: "Third-placed", Rank: 3, Cats: []string{"standing"}, Subject: "Marlow Athletic"}}},
		{"ranks second says no category", "The firm ranks second.",
			[]want{{Text: "second", Rank: 2, Subject: "The firm"}}},
		{"finished in second place", "Brenland is in second place in the table.",
			nil},
		{"twenty-first compound", "The port ranks twenty-first in the world.",
			[]want{{Text: "twenty-first in the world", Rank: 21, Subject: "The port", Scope: "in the world"}}},
		{"second-biggest", "Korvia is now the second-biggest buyer.",
			[]want{{Text: "the second-biggest buyer", Rank: 2, Cats: []string{"buyer"}, Subject: "Korvia"}}},
		{"2nd largest digit ordinal", "Aldoria is the 2nd largest exporter.",
			[]want{{Text: "the 2nd largest exporter", Rank: 2, Cats: []string{"export"}, Subject: "Aldoria"}}},
		{"a firm ranked by profit among its field", "The result makes MeridianBank the third most profitable listed private bank in the quarter.",
			[]want{{Text: "the third most profitable listed private bank", Rank: 3, Cats: []string{"profit"}, Subject: "MeridianBank", Scope: "among listed private lending"}}},
		{"a fronted measure makes the field a scope", "By pre-tax profit, MeridianBank ranked fifth among listed private lenders in the quarter.",
			[]want{{Text: "fifth among listed private lenders", Rank: 5, Cats: []string{"profit"}, Subject: "MeridianBank", Scope: "among listed private lending"}}},
		{"second most populous", "Vorn is the second most populous city.",
			[]want{{Text: "the second most populous city", Rank: 2, Cats: []string{"city"}, Subject: "Vorn"}}},
		{"diacritics in subject", "Hà Nội is the second-largest city.",
			[]want{{Text: "the second-largest city", Rank: 2, Cats: []string{"city"}, Subject: "Hà Nội"}}},
		{"curly possessive owner", "Aldoria is Brenland’s third-largest investor.",
			[]want{{Text: "Brenland’s third-largest investor", Rank: 3, Cats: []string{"investment"}, Subject: "Aldoria", Owner: "Brenland"}}},
		{"pronoun owner unresolved", "It is their top priority.",
			[]want{{Text: "their top priority", Rank: 1, Cats: []string{"priority"}, Subject: "It", Owner: "their"}}},
		{"of owner", "Korvia is the largest partner of Brenland.",
			[]want{{Text: "the largest partner", Rank: 1, Cats: []string{"partner"}, Subject: "Korvia", Owner: "Brenland"}}},
		{"investment destination stays apart", "Brenland is Korvia's top investment destination.",
			[]want{{Text: "Korvia's top investment destination", Rank: 1, Cats: []string{"investment destination"}, Subject: "Brenland", Owner: "Korvia"}}},
		{"two sentences keep subjects apart", "Aldoria is the largest investor. Brenland is the second-largest investor.",
			[]want{
				{Text: "the largest investor", Rank: 1, Cats: []string{"investment"}, Subject: "Aldoria"},
				{Text: "the second-largest investor", Rank: 2, Cats: []string{"investment"}, Subject: "Brenland"},
			}},
		{"line break ends sentence", "Aldoria Report\nThe agency is the top lender.",
			[]want{{Text: "the top lender", Rank: 1, Cats: []string{"lending"}, Subject: "The agency"}}},
		{"abbreviation does not split", "Mr. Tanaka said Korvia is the largest investor.",
			[]want{{Text: "the largest investor", Rank: 1, Cats: []string{"investment"}, Subject: "Korvia"}}},
		{"top ten digits", "Korvia is among the top 10 trading partners.",
			[]want{{Text: "the top 10 trading partners", Rank: 10, AtMost: true, Cats: []string{"trade"}, Subject: "Korvia"}}},
		{"worldwide scope", "The firm ranks third worldwide.",
			[]want{{Text: "third worldwide", Rank: 3, Subject: "The firm", Scope: "worldwide"}}},
		{"official development assistance", "Korvia is the largest provider of official development assistance.",
			[]want{{Text: "the largest provider of official development assistance", Rank: 1, Cats: []string{"oda"}, Subject: "Korvia"}}},
		{"fdi source", "Korvia is the second-largest FDI source.",
			[]want{{Text: "the second-largest FDI source", Rank: 2, Cats: []string{"investment"}, Subject: "Korvia"}}},
		{"subject through a colon", "Korvia remains one of Brenland's closest allies: its top provider of aid and the second-largest investor.",
			[]want{
				{Text: "its top provider of aid", Rank: 1, Cats: []string{"aid"}, Subject: "Korvia", Owner: "Brenland"},
				{Text: "the second-largest investor", Rank: 2, Cats: []string{"investment"}, Subject: "Korvia", Owner: "Brenland"},
			}},
		{"becoming verb with into", "Brenland has grown into one of the world's top 20 economies.",
			[]want{{Text: "the world's top 20 economies", Rank: 20, AtMost: true, Cats: []string{"economy"}, Subject: "Brenland", Scope: "in the world"}}},
		{"time phrase is no subject", "Exports grew 9% for the quarter, the highest rate on record.",
			[]want{{Text: "the highest rate", Rank: 1, Cats: []string{"rate"}}}},
		{"appositive after a preposition is no subject", "Sales rose in Vorn, the largest market.",
			[]want{{Text: "the largest market", Rank: 1, Cats: []string{"market"}}}},
		{"appositive after 'from' ranks the organisation", "Last Monday's results from Delta Nile Cement Company, Egypt's second-largest cement producer by capacity, showed why.",
			[]want{{Text: "Egypt's second-largest cement producer", Rank: 2, Cats: []string{"cement"}, Subject: "Delta Nile Cement Company", Owner: "Egypt"}}},
		{"appositive after a verb's preposition defers to the verb", "Japan is the largest provider of ODA, its third-largest investor.",
			[]want{{Text: "the largest provider of ODA", Rank: 1, Cats: []string{"oda"}, Subject: "Japan"}, {Text: "its third-largest investor", Rank: 3, Cats: []string{"investment"}, Subject: "Japan", Owner: "its"}}},
		{"appositive after 'from' in a clause after another's verb", "The industry is enjoying a run of profits, and last Monday's results from Delta Nile, Egypt's second-largest cement producer, showed why.",
			[]want{{Text: "Egypt's second-largest cement producer", Rank: 2, Cats: []string{"cement"}, Subject: "Delta Nile", Owner: "Egypt"}}},
		{"an opening as-phrase ranks the main clause's subject", "As the country's second-largest mobile operator by subscribers, with 62.4 million users, the company has more room to raise prices.",
			[]want{{Text: "the country's second-largest mobile operator", Rank: 2, Cats: []string{"mobile"}, Subject: "the company", Owner: "country"}}},
		{"a hyphenated compound after 'maker of'", "Hoshino, the world's second-largest maker of interchangeable-lens cameras by units shipped, sold more.",
			[]want{{Text: "the world's second-largest maker of interchangeable-lens cameras", Rank: 2, Cats: []string{"interchangeable len camera"}, Subject: "Hoshino", Scope: "in the world"}}},
		{"'such' before the noun of 'maker of'", "Hoshino is the world's third-largest maker of such cameras by units shipped.",
			[]want{{Text: "the world's third-largest maker of such cameras", Rank: 3, Cats: []string{"camera"}, Subject: "Hoshino", Scope: "in the world"}}},
		{"an aside between a described noun and its verb", "The cooperative, based in Patrocinio in the Cerrado region of Minas Gerais, is the third-largest coffee cooperative in the state.",
			[]want{{Text: "the third-largest coffee cooperative in the state", Rank: 3, Cats: []string{"coffee cooperative"}, Subject: "The cooperative", Scope: "in the state"}}},
		{"an aside between the name and its verb", "Warrawong, near Norseman in Western Australia's Goldfields, is the country's fourth-largest spodumene mine by output.",
			[]want{{Text: "the country's fourth-largest spodumene mine", Rank: 4, Cats: []string{"spodumene mine"}, Subject: "Warrawong", Owner: "country"}}},
		{"a timed place in a race is a standing", "Kenya's Daniel Kibet was third in 2:09:40.",
			[]want{{Text: "third", Rank: 3, Cats: []string{"standing"}, Subject: "Kenya's Daniel Kibet"}}},
		{"a finish in a category is a standing there", "Gintaro Balsai finished second in the youth category.",
			[]want{{Text: "second in the youth category", Rank: 2, Cats: []string{"standing"}, Subject: "Gintaro Balsai", Scope: "in the youth category"}}},
		{"an ordinal in apposition to a name", "Nepal, 174th in the FIFA world rankings, reached the final.",
			[]want{{Text: "174th in the FIFA world rankings", Rank: 174, Subject: "Nepal", Scope: "in the FIFA world rankings"}}},
		{"a long aside between the name and its verb", "Cerro Pajonal, in the commune of Sierra Gorda some 140 kilometres northeast of the port of Antofagasta, is Chile's fifth-largest copper mine.",
			[]want{{Text: "Chile's fifth-largest copper mine", Rank: 5, Cats: []string{"copper mine"}, Subject: "Cerro Pajonal", Owner: "Chile"}}},
		{"a clause after the category is no category", "Warrawong is the country's fourth-largest copper mine and produced 318,000 tonnes last year.",
			[]want{{Text: "the country's fourth-largest copper mine", Rank: 4, Cats: []string{"copper mine"}, Subject: "Warrawong", Owner: "country"}}},
		{"held rank after a place in", "She earned a place in the top eight last year.",
			[]want{{Text: "the top eight", Rank: 8, AtMost: true}}},

		// Goals are plans, not ranks held.
		{"goal was a place in the top", "Mai said her goal was a place in the top six at the games.", nil},
		{"aims for a top finish", "He aims for a top-ten finish in Vorn.", nil},
		{"strives to become", "The city strives to become one of the top 5 hubs.", nil},
		{"hopes to be the largest", "Korvia hopes to be the largest investor.", nil},

		// Look-alikes that are not ranks.
		{"first phase", "The first phase of the airport opens soon.", nil},
		{"first forum", "He hopes the first Aldoria-Brenland forum will be a milestone.", nil},
		{"for the first time", "For the first time, the two sides met in Vorn.", nil},
		{"fifth time", "This is the fifth time he has met the minister.", nil},
		{"date ordinal", "The talks were held on the 25th of May.", nil},
		{"list marker", "First: strengthening political trust.", nil},
		{"second as time unit", "The reply came within a second.", nil},
		{"seconds after number", "It took 50 seconds to load.", nil},
		{"third parties", "Data was shared with third parties.", nil},
		{"anniversary", "They marked the 50th anniversary of ties.", nil},
		{"millionth", "The port handled its 2 millionth TEU.", nil},
		{"one of the largest", "Brenland is one of the largest markets.", nil},
		{"one of the world's largest", "It will build one of the world's largest exhibition centres.", nil},
		{"with the largest", "It is among the nations with the largest trade scale.", nil},
		{"plural class", "They toured the largest factories in the region.", nil},
		{"a top destination", "Vorn is a top destination for tourists.", nil},
		{"top-level", "They held top-level talks.", nil},
		{"top leaders plural", "The top leaders met on Monday.", nil},
		{"was first to", "Aldoria was first to sign the deal.", nil},
		{"first official visit", "It was the destination of the first official visit.", nil},
		{"in the first place", "Why did they go in the first place?", nil},
		{"no number", "There is no 1 answer here.", nil},
		{"number of", "A number of firms invested.", nil},
		{"first quarter", "Exports rose in the first quarter.", nil},
		{"empty", "", nil},
		{"most important is not a size rank", "Korvia is the most important partner.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parse(tc.in)
			require.Len(t, got, len(tc.want), "ranks of %q: %+v", tc.in, got)
			for i, w := range tc.want {
				g := got[i]
				assert.Equal(t, w.Text, tc.in[g.Start:g.End], "text")
				assert.Equal(t, w.Rank, g.Rank, "rank")
				assert.Equal(t, w.AtMost, g.AtMost, "at most")
				assert.Equal(t, w.Cats, g.Categories, "categories")
				assert.Equal(t, w.Subject, g.Subject, "subject")
				assert.Equal(t, w.Owner, g.Owner, "owner")
				assert.Equal(t, w.Scope, g.Scope, "scope")
				if g.Subject != "" {
					assert.Equal(t, g.Subject, tc.in[g.SubjectStart:g.SubjectEnd], "subject span")
				} else {
					assert.Equal(t, -1, g.SubjectStart, "no subject span")
				}
			}
		})
	}
}

func TestFollowedBy(t *testing.T) {
	prev := Rank{Rank: 1, Categories: []string{"school"}, Subject: "Ndumberi Hill Boys"}
	in := "It was followed by Lake Basin Girls in Kisumu (10.71), Kabarnet Highlands Girls (10.62) and St. Bakhita Girls in Nyeri."
	var got []string
	for _, r := range FollowedBy(in, token.Scan(in, nil), prev) {
		got = append(got, fmt.Sprintf("%d %s %s", r.Rank, r.Subject, strings.Join(r.Categories, " ")))
	}
	assert.Equal(t, []string{"2 Lake Basin Girls school", "3 Kabarnet Highlands Girls school", "4 St. Bakhita Girls school"}, got)
	no := "It was announced by Lake Basin Girls on Monday."
	assert.Empty(t, FollowedBy(no, token.Scan(no, nil), prev))
}
