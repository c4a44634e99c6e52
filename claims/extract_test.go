package claims

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quantityFacts extracts a one-paragraph document and returns its quantity and
// change facts by their text.
func quantityFacts(t *testing.T, text string) map[string]*Fact {
	t.Helper()
	doc := &Document{Path: "a.txt", Raw: text, Text: text, Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
	out := map[string]*Fact{}
	for _, f := range Extract(doc) {
		if f.Kind == KindQuantity || f.Kind == KindChange {
			out[f.Text()] = f
		}
	}
	return out
}

func TestExtractKeysAndSubjects(t *testing.T) {
	tests := []struct {
		name, text, quantity string
		key, subject, period string
		flow, plan           bool
	}{
		{name: "count names its noun after it", text: "To date, over 110 cooperation agreements have been signed.",
			quantity: "over 110", key: "cooper agreement"},
		{name: "the last item of a gapped list after a figure names its own measure", text: "Private equity returned 14.2 per cent and infrastructure 11.8 per cent, while fixed income eked out 2.1 per cent.",
			quantity: "11.8 per cent", key: "infrastructur percent"},
		{name: "a time adverbial after a conversion set off in commas dates the amount", text: "Total market capitalisation stood at VND 7,260 trillion, or about USD 276 billion, at the end of June.",
			quantity: "VND 7,260 trillion, or about USD 276 billion", key: "market capitalis vnd", period: "2025-06-01/2025-07-01", flow: true},
		{name: "a comparison after a conversion set off in commas dates nothing", text: "Net profit came in at more than $410 million, or about 387 billion pesos at 940 pesos to the dollar, compared with $298 million in the first quarter of 2025.",
			quantity: "more than $410 million, or about 387 billion pesos at 940 pesos to the dollar", key: "net profit usd"},
		{name: "people brought out are the people counted", text: "Firefighters brought 79 guests out of the burning hotel.",
			quantity: "79", key: "guest out"},
		{name: "a span of time counted back names no measure", text: "Registered investment reached US$21.4 billion by the end of April, up from US$18.2 billion five years earlier, an increase of about 25 per cent.",
			quantity: "US$18.2 billion", key: ""},
		{name: "a target for a measure is that measure, planned", text: "The ministry's target for grain exports in the marketing year that began on 1 July is more than 12 million tonnes.",
			quantity: "more than 12 million tonnes", key: "grain export tonne", plan: true},
		{name: "what money is earmarked for is planned", text: "The biggest component is earmarked for a 74-kilometre extension of the Central Luzon Commuter Line.",
			quantity: "74-kilometre", key: "extens of central luzon commut line km", plan: true},
		{name: "what a centre is meant to do is planned", text: "The new centre is meant to train 520 engineers.",
			quantity: "520", key: "engin =train", plan: true},
		{name: "a cause is no plan", text: "Due to the storm, 4,000 passengers were stranded at the airport.",
			quantity: "4,000", key: "passeng =strand"},
		{name: "a target of an amount of a measure", text: "The ministry has set a target of 11 million tonnes of grain exports.",
			quantity: "11 million tonnes", key: "grain export tonne", plan: true},
		{name: "an aim names no measure: the sentence's measure is aimed for", text: "Bilateral trade rose 9% in 2025 to $14.6 billion, and the two governments now aim for $20 billion by 2028.",
			quantity: "$20 billion", key: "trade usd", plan: true, period: "2028-01-01/2029-01-01"},
		{name: "a deadline plans its own clause, not a level told before it", text: "Own-brand goods now make up 33.2% of sales, up from 27.5% a year earlier, and the chief executive wants that share to reach 40% by 2028.",
			quantity: "33.2%", key: "sale percent", subject: "own brand goods"},
		{name: "a definite count with its parts after a dash is a total", text: "The nine foreign trekkers — four from France, three from Israel and two from Poland — left on Sunday.",
			quantity: "nine", key: "foreign trekker"},
		{name: "a toll's long qualifier names no measure", text: "BAREILLY — The death toll from Sunday's stampede at the Kailashnath Dham temple in Uttar Pradesh rose to 18 on Monday.",
			quantity: "18", key: "death toll"},
		{name: "speed is no past tense", text: "The storm crossed the coast with a maximum sustained wind speed of 110-120 km/h.",
			quantity: "110-120 km/h", key: "wind speed km/h"},
		{name: "put its depth at: one word with a unit is the measure", text: "The agency put its depth at 17 kilometres.",
			quantity: "17 kilometres", key: "depth km"},
		{name: "respectively gives each figure its name", text: "Rivals Anies Baswedan and Ganjar Pranowo secured 40,971,906 and 27,040,878 valid votes, respectively.",
			quantity: "27,040,878", key: "valid vote", subject: "ganjar pranowo"},
		{name: "respectively after figures that each name their measure gives the later figures those measures",
			text:     "The firm is targeting revenue of 11,000 billion dong and net profit of 560 billion dong this year, up 11.8% and 9.4% respectively from last year's 9,840 billion dong and 512 billion dong.",
			quantity: "512 billion dong", key: "net profit vnd", period: "2024-01-01/2025-01-01", flow: true},
		{name: "the levels a target is set against are no target",
			text:     "The firm is targeting revenue of 11,000 billion dong and net profit of 560 billion dong this year, up 11.8% and 9.4% respectively from last year's 9,840 billion dong and 512 billion dong.",
			quantity: "9,840 billion dong", key: "revenu vnd", period: "2024-01-01/2025-01-01", flow: true},
		{name: "respectively without names leaves the figure unkeyed", text: "Visitors by land and sea numbered 2.5 million and 248,100, respectively.",
			quantity: "248,100", key: ""},
		{name: "for a name owns the figure", text: "Prabowo received 96.2 million votes compared to 40.9 million for Anies.",
			quantity: "40.9 million", key: "vote", subject: "anies"},
		{name: "an apposition after the subject", text: "Disbursement, the number many economists watch more closely, came in at more than $5.5 billion.",
			quantity: "more than $5.5 billion", key: "disburs usd"},
		{name: "a change between the verb and its level", text: "Presales, which count new contracts, rose 6.1% to 34.8 billion baht.",
			quantity: "34.8 billion baht", key: "presal thb"},
		{name: "months the figure covers are no part of its measure", text: "Net profit for January to June reached 4.12 billion baht.",
			quantity: "4.12 billion baht", key: "net profit thb", period: "2025-01-01/2025-07-01", flow: true},
		{name: "a hyphenated run of months likewise", text: "Revenue for April-June rose to 9.6 billion baht.",
			quantity: "9.6 billion baht", key: "revenu thb", period: "2025-04-01/2025-07-01", flow: true},
		{name: "a participle that tells one capital from another stays in the key", text: "Disbursed capital, the money that reached factories, came to about $23.4 billion.",
			quantity: "about $23.4 billion", key: "disburs capit usd"},
		{name: "with an adverb before it", text: "New projects brought in newly registered capital of $10.12 billion.",
			quantity: "$10.12 billion", key: "regist capit usd"},
		{name: "the two countries are the pair named before", text: "Chile and Vietnam signed three agreements. Trade between the two countries was nearly $1.9 billion last year.",
			quantity: "nearly $1.9 billion", key: "trade between countri usd", subject: "chile vietnam", period: "2024-01-01/2025-01-01", flow: true},
		{name: "a pair named after the figure owns none of it", text: "Australia and Vietnam met. Trade of more than A$25 billion last year made Australia the seventh-largest partner, and the two sides set a goal of A$30 billion.",
			quantity: "more than A$25 billion", key: "trade aud", period: "2024-01-01/2025-01-01", flow: true},
		{name: "a second place's prize is the runner-up's", text: "The choir's second place brings a prize of 250,000 pesos.",
			quantity: "250,000 pesos", key: "runner prize mxn"},
		{name: "a win's prize is the winner's", text: "The win brings a prize of 500,000 pesos.",
			quantity: "500,000 pesos", key: "winner prize mxn"},
		{name: "things that reached a final are its finalists", text: "Some 620 singers in 18 choirs took part. Eight choirs reached the final.",
			quantity: "Eight", key: "choir =qualifi"},
		{name: "worth after a place is the things' worth", text: "India has nearly 450 projects in Vietnam worth about $1.1 billion.",
			quantity: "about $1.1 billion", key: "project usd"},
		{name: "a pronoun makes projects a forecast", text: "Toyota said it projects an operating profit of ¥2.4 trillion for the current year.",
			quantity: "¥2.4 trillion", key: "project oper profit jpy", period: "2025-01-01/2026-01-01", flow: true, plan: true},
		{name: "some of them with nothing counted before is no measure", text: "Kettering said that at least four of them involved firm volumes.",
			quantity: "at least four", key: ""},
		{name: "a tally verb leaves the predicate to the participle", text: "Officials said preliminary counts showed 6,800 houses destroyed in Beira.",
			quantity: "6,800", key: "hous =destroy"},
		{name: "a since-date runs to the day of the report", text: "The outbreak has killed more than a hundred people in the province since January.",
			quantity: "more than a hundred", key: "people =kill", period: "2025-01-01/2025-11-25", flow: true},
		{name: "a hyphenated measure before of", text: "Revenue rose, and pre-tax profit of VND 1.45 trillion was up 34.3 percent.",
			quantity: "VND 1.45 trillion", key: "pre tax profit vnd"},
		{name: "a with-clause takes the period of the clause before", text: "The fourth-quarter results were strong, with pre-tax profit of VND 2,470 billion.",
			quantity: "VND 2,470 billion", key: "pre tax profit vnd", period: "2025-10-01/2026-01-01", flow: true},
		{name: "a fate verb after a bare count splits the people counted before", text: "All 87 miners have been accounted for: 75 were brought out alive and 14 lost their lives.",
			quantity: "14", key: "miner"},
		{name: "a race's stages after a bare count stay their own measures", text: "Organisers said 6,150 runners had registered, 5,380 started and 4,912 finished.",
			quantity: "4,912", key: "finish =finish"},
		{name: "a name after ahead of owns the figure after with", text: "Nsanje carries the heaviest burden with 689 cases, ahead of Chikwawa with 521, Blantyre with 287 and Zomba with 72.",
			quantity: "521", key: "case", subject: "chikwawa"},
		{name: "a name an apposition describes accounts for the figure", text: "Nsanje, the flood-prone district where the first infections were confirmed, accounted for 512 of the cases.",
			quantity: "512", key: "case", subject: "nsanje"},
		{name: "two names together own the figure jointly", text: "Guayas and El Oro together supplied 85% of export volume.",
			quantity: "85%", key: "export volum percent", subject: "guayas and el oro"},
		{name: "a standing told midway is that moment's", text: "Hungary lead the medal table after the first day with seven medals.",
			quantity: "seven", key: "medal after day1"},
		{name: "a medal count after a sentence-opening 'After two days' is that moment's", text: "After two days, Japan have three golds.",
			quantity: "three", key: "gold after day2", subject: "japan"},
		{name: "days of rain are no standing", text: "About 41,300 people have been forced from their homes after two days of torrential rain.",
			quantity: "About 41,300", key: "people =displac"},
		{name: "a sentence opening with Of and a bare count names the whole", text: "Of 64 water samples collected over the past week, 41 were contaminated.",
			quantity: "64", key: "water sampl =collect"},
		{name: "a length made an adjective with its dimension measures the noun", text: "The 86-metre-high dam collapsed on Sunday.",
			quantity: "86-metre", key: "dam m"},
		{name: "what made up a share owns it", text: "Exports made up 38% of volumes, or about 156,600 tonnes.",
			quantity: "38%", key: "volum percent", subject: "exports"},
		{name: "a model code is what is counted", text: "The airline ordered 16 Airbus A350-900 widebodies.",
			quantity: "16", key: "airbus a350-900 =order"},
		{name: "a model code in the plural", text: "The fleet has 12 E195-E2s.",
			quantity: "12", key: "e195-e2"},
		{name: "a place described by its population", text: "Caravelí is a largely rural province of more than 45,000 inhabitants.",
			quantity: "more than 45,000", key: "inhabit", subject: "caraveli"},
		{name: "a bare scaled amount takes the unit before it", text: "Central Anatolia led with 8.1 million tonnes, ahead of Marmara at 3.2 million.",
			quantity: "3.2 million", key: "ahead of marmara tonne"},
		{name: "a scaled amount with its own noun keeps it", text: "Output was 8.1 million tonnes and 3.2 million farmers grew it.",
			quantity: "3.2 million", key: "farmer"},
		{name: "the number of X at N", text: "Police put the number of people on board at 112.",
			quantity: "112", key: "people =carri"},
		{name: "the number of X rose to N", text: "The number of people confirmed dead has risen to 31.",
			quantity: "31", key: "people confirm dead"},
		{name: "a preposition before a count is no predicate", text: "The auction ended on Wednesday after more than 40 rounds.",
			quantity: "more than 40", key: "round"},
		{name: "a verb of duration is no predicate", text: "The auction ran 38 rounds over eight days.",
			quantity: "38", key: "round"},
		{name: "a verb before a count is its predicate", text: "The storm destroyed 120 homes.",
			quantity: "120", key: "home =destroy"},
		{name: "participle qualifier", text: "More than 630,000 Vietnamese people living in Japan act as a bridge.",
			quantity: "More than 630,000", key: "vietnames people in japan"},
		{name: "change measures the subject of its verb", text: "The Vietnamese population residing in Japan has expanded by 20%.",
			quantity: "20%", key: "vietnames people in japan percent"},
		{name: "amount after a verb", text: "Japanese investments in Vietnam have jumped by more than USD 8 billion.",
			quantity: "more than USD 8 billion", key: "japanes investment in vietnam usd"},
		{name: "amount measured by in", text: "The province attracted more than USD 1.2 billion in foreign direct investment in the first six months of 2025.",
			quantity: "more than USD 1.2 billion", key: "foreign direct investment usd", subject: "", period: "2025-01-01/2025-07-01", flow: true},
		{name: "investors' money is investment", text: "Foreign investors poured nearly USD 1 billion into the province in the January-June period of 2025.",
			quantity: "nearly USD 1 billion", key: "foreign investment usd", period: "2025-01-01/2025-07-01", flow: true},
		{name: "a bracketed aside does not end the clause", text: "The province attracted USD 1.2 billion in foreign direct investment (FDI) in the first six months of 2025, officials said.",
			quantity: "USD 1.2 billion", key: "foreign direct investment usd", period: "2025-01-01/2025-07-01", flow: true},
		{name: "a price paid is the deal's price, not a plan", text: "Corvalis will pay $2.6 billion in cash for the app.",
			quantity: "$2.6 billion", key: "deal price usd"},
		{name: "a price bought for", text: "Corvalis said it had agreed to buy Listo, the note-taking app, for $2.8 billion in cash.",
			quantity: "$2.8 billion", key: "deal price usd"},
		{name: "the number of what is counted, after another amount", text: "The fire had burnt 7,200 hectares, and the number of homes confirmed destroyed rose to 1,030 in a count released on Tuesday.",
			quantity: "1,030", key: "home confirm destroy"},
		{name: "a prior level's count has no predicate of the count it stood in", text: "The number of homes confirmed destroyed rose to 1,184, up from 460 in the first count released on Monday.",
			quantity: "460", key: "home confirm destroy"},
		{name: "the part of N of the M takes the clause's verb", text: "By Sunday night, 263 of the 311 people on board had been rescued.",
			quantity: "263", key: "people =carri =rescu"},
		{name: "the whole of N of the M does not", text: "By Sunday night, 263 of the 311 people on board had been rescued.",
			quantity: "311", key: "people =carri"},
		{name: "the number of what is counted ends at a clause", text: "The number of people injured when a cabin fell from a gondola has risen to 17, officials said.",
			quantity: "17", key: "people injur"},
		{name: "remaining in a state is the state's count", text: "Fifty people remain in hospital, several of them with burns.",
			quantity: "Fifty", key: "people =hospit"},
		{name: "a bare count remaining in a state", text: "Nearly 60 people were injured in the blast, and 46 remain in hospital.",
			quantity: "46", key: "people =hospit"},
		{name: "estimated at keys what is estimated", text: "Prices fell as a crop estimated at 590,000 tonnes begins to reach the market.",
			quantity: "590,000 tonnes", key: "crop tonne"},
		{name: "estimates X at keys X", text: "The council estimates the 2026 crop at 690,000 tonnes of hazelnuts.",
			quantity: "690,000 tonnes", key: "crop tonne", period: "2026-01-01/2027-01-01", flow: true},
		{name: "a weekday before the verb owns nothing", text: "The fire had burnt about 5,200 hectares by Sunday night and destroyed 640 homes in the hills.",
			quantity: "640", key: "home =destroy"},
		{name: "a quantity offered for sale is no price", text: "Brokers offered 15.1 million kg of tea at the sale.",
			quantity: "15.1 million kg", key: "tea kg"},
		{name: "an amount opening its own clause is not the sentence subject's", text: "Brokers offered 15.1 million kg at the sale, and 12.6 million kg were sold.",
			quantity: "12.6 million kg", key: ""},
		{name: "amount measured by of", text: "The network includes 3,245 kilometres of expressways.",
			quantity: "3,245 kilometres", key: "expressway km"},
		{name: "worth", text: "Japan will support 15 projects worth over $20 billion.",
			quantity: "over $20 billion", key: "project usd", plan: true},
		{name: "capital of", text: "The province has 412 projects with registered capital of about USD 9.8 billion.",
			quantity: "about USD 9.8 billion", key: "regist capit usd"},
		{name: "possessive subject", text: "The country's 500,000 residents voted.",
			quantity: "500,000", key: "people =vote", subject: "country"},
		{name: "residence verbs keep the place", text: "About 8,460 people from Long Giang are now living, working and studying in Japan.",
			quantity: "About 8,460", key: "people from long giang in japan"},
		{name: "residence verbs after a name", text: "Over 3,000 people from Long Giang live and work in Mizuhara.",
			quantity: "Over 3,000", key: "people from long giang in mizuhara"},
		{name: "a unit read as the measure is no measure", text: "The USD 48 million price for 70 percent of the company values Angkor Dairy at about USD 68.6 million.",
			quantity: "at about USD 68.6 million", key: ""},
		{name: "companies from a place: the place owns the count", text: "Companies from Mizuhara currently run 62 projects in Long Giang.",
			quantity: "62", key: "project in long giang", subject: "mizuhara"},
		{name: "projects a name has", text: "Mizuhara businesses have 68 projects in Long Giang.",
			quantity: "68", key: "project in long giang", subject: "mizuhara"},
		{name: "a survey's sample, however it is worded", text: "The survey questioned 18,450 students aged 13 to 17.",
			quantity: "18,450", key: "student =survey"},
		{name: "room granted before the count is a capacity", text: "The ferry was licensed to carry 60 passengers.",
			quantity: "60", key: "capac"},
		{name: "room granted by a participle and 'for'", text: "The vessel, licensed for 50 passengers, sank near Kibuye.",
			quantity: "50", key: "capac"},
		{name: "room granted by a permit", text: "The boat had a permit to carry 65 passengers.",
			quantity: "65", key: "capac"},
		{name: "an of-frame's noun is what a bare count's act counts", text: "Of the 58 women who started, 55 finished; three did not.",
			quantity: "55", key: "women =finish"},
		{name: "storeys approved are a permit's, not the building's", text: "The developer had planning approval for a five-storey block, two floors fewer than the seven it had reached.",
			quantity: "five-storey", key: "capac storey"},
		{name: "room granted in a relative clause after the count", text: "It carried 212 passengers, 12 more than the 200 the ferry was licensed to carry.",
			quantity: "200", key: "capac"},
		{name: "what a thing can hold is its capacity, in any unit", text: "The reservoir can hold up to 84 million cubic metres of water.",
			quantity: "up to 84 million cubic metres", key: "capac m3"},
		{name: "what a thing is able to carry is its capacity", text: "The ferry is able to carry 300 passengers.",
			quantity: "300", key: "capac"},
		{name: "what a thing holds now is no capacity", text: "The dam was holding some 42 million cubic metres when the wall collapsed.",
			quantity: "some 42 million cubic metres", key: "dam m3"},
		{name: "a place before an elided 'accounts for' owns the bare count", text: "Ward 3 accounts for 92 of the cases, Ward 7 for 71 and Ward 11 for 58.",
			quantity: "71", key: "case", subject: "Ward 7"},
		{name: "a preposition with no noun after it closes no key", text: "The operator ended the year with 6,480 towers after adding 720 sites.",
			quantity: "6,480", key: "tower"},
		{name: "doses given are doses administered", text: "The drive had given 168,400 doses.",
			quantity: "168,400", key: "dose =administ"},
		{name: "a breakdown by place with 'in': the first part's place is its subject", text: "Figures show 12 deaths in Beira, eight in Dondo, six in Buzi and four in Nhamatanda.",
			quantity: "12", key: "death =show", subject: "beira"},
		{name: "a breakdown by place with 'in': a bare part takes its own place", text: "Figures show 12 deaths in Beira, eight in Dondo, six in Buzi and four in Nhamatanda.",
			quantity: "six", key: "death =show", subject: "buzi"},
		{name: "two places are no breakdown: the place stays in the key", text: "There were 12 deaths in Beira and eight in Dondo.",
			quantity: "12", key: "death in beira"},
		{name: "a place qualifying a longer phrase is no part's place", text: "Figures show 12 deaths in Beira province, eight in Dondo, six in Buzi and four in Nhamatanda.",
			quantity: "12", key: "death in beira =show"},
		{name: "a past verb and an article before the figure: no plan", text: "Engineers will concentrate on the southern pier that carried the 86-metre section.",
			quantity: "86-metre", key: "section m"},
		{name: "the unit of a place named with 'of' before 'with'", text: "Caylloma has 23 dead, followed by Castilla with 17, Condesuyos with eight and the province of Arequipa with six.",
			quantity: "six", key: "dead", subject: "arequipa"},
		{name: "a period after 'from' and an earlier value is that value's; the level is a year on", text: "Volumes rose 8.4% to 2.46 million TEU from 2.27 million TEU in the first half of 2024.",
			quantity: "2.46 million TEU", key: "volum teu", period: "2025-01-01/2025-07-01", flow: true},
		{name: "'from' and a count that is no earlier value leaves the period", text: "He took gold with 8 points from 10 games in the 2025 season.",
			quantity: "8", key: "point", period: "2025-01-01/2026-01-01", flow: true},
		{name: "a distance off a place is the distance from it", text: "The boat foundered some 64 nautical miles off Catarman.",
			quantity: "some 64 nautical miles", key: "distance from catarman nmi"},
		{name: "a distance in a direction of a place, converted in brackets", text: "It went down about 46 nautical miles (85 km) northeast of Catarman.",
			quantity: "about 46 nautical miles (85 km)", key: "distance from catarman nmi"},
		{name: "a numbered place before 'with' owns the count", text: "Block 2 remains the epicentre with 214 cases, followed by Block 7 with 190 and Block 5 with 163.",
			quantity: "190", key: "case", subject: "block 7"},
		{name: "an irregular past and 'to' before the figure end the plan", text: "The city will cut allowances from Monday after the level of its dams fell to 14.6 per cent.",
			quantity: "14.6 per cent", key: "dam level percent"},
		{name: "a past participle after the counted noun: no plan", text: "The province will give cash to the owners of the 1,263 homes damaged in the storm.",
			quantity: "1,263", key: "home =damag"},
		{name: "an expected count stays the plan", text: "The port will stay busy, with 512 calls expected for the full year.",
			quantity: "512", key: "call", plan: true, period: "2025-01-01/2026-01-01", flow: true},
		{name: "a hyphenated length naming a thing takes no period from another clause", text: "The workings had been sealed in the 1990s and broke through at the 130-metre level.",
			quantity: "130-metre", key: "level m"},
		{name: "a seat count written onto the figure is the place's capacity", text: "Tickets sold were more than double the capacity of the 24,000-seat Gelora Panjalu Stadium.",
			quantity: "24,000-seat", key: "capac seat"},
		{name: "a month before 'with' owns nothing", text: "The company ended December with more than 10,500 employees.",
			quantity: "more than 10,500", key: "employe"},
		{name: "an elided 'for' after a name takes the first part's unit and measure", text: "Marsabit accounted for 11,200 hectares of the sprayed area, Turkana for 8,100 and Isiolo for 2,600.",
			quantity: "8,100", key: "spray area ha", subject: "turkana"},
		{name: "a list of places is the whole the figure covers, no scope", text: "The blackout cut power to about 1.26 million households across Metro Manila, Cavite and Rizal.",
			quantity: "about 1.26 million", key: "household"},
		{name: "one place stays the scope", text: "The blackout cut power to about 1.26 million households across Metro Manila, the capital.",
			quantity: "about 1.26 million", key: "household in metro manila"},
		{name: "seats filled are the load factor", text: "The carrier filled 84.6 per cent of its seats.",
			quantity: "84.6 per cent", key: "load factor percent"},
		{name: "planes full are the load factor", text: "Its planes were 84.7% full on average.",
			quantity: "84.7%", key: "load factor percent"},
		{name: "others hurt in a disaster are people", text: "More than 30 others were injured in the blast.",
			quantity: "More than 30", key: "people =injur"},
		{name: "the load carried is no capacity", text: "The ferry was carrying 87 passengers when it overturned.",
			quantity: "87", key: "passeng =carri"},
		{name: "a bare count after a capacity does not take its key", text: "The ferry was certified for 150 passengers, but the manifest showed 172.",
			quantity: "172", key: ""},
		{name: "'taking the toll since a date to N' moves the toll", text: "Nine more patients died, taking the death toll since January 1 to 212.",
			quantity: "212", key: "death toll"},
		{name: "people said to be on board past an aside are the people carried", text: "Nineteen people, including the driver, were on board, police said.",
			quantity: "Nineteen", key: "people =carri"},
		{name: "the first of two counts on board", text: "About 260 passengers and five crew members were on board.",
			quantity: "About 260", key: "passeng =carri"},
		{name: "passengers on a named service are on board", text: "More than 300 passengers were on the Katowice-Zakopane service.",
			quantity: "More than 300", key: "passeng =carri"},
		{name: "the people on board keep that reading whatever follows", text: "All 321 passengers on board had now been accounted for.",
			quantity: "321", key: "passeng =carri"},
		{name: "what a counted set has after 'with' is a measure", text: "It has 12 hotels with 2,140 rooms in its development pipeline.",
			quantity: "2,140", key: "room"},
		{name: "a counted set's rooms are not the speaker's", text: "Anong said the pipeline of 12 hotels with 2,410 rooms included another resort.",
			quantity: "2,410", key: "room"},
		{name: "a bound after 'with' still says what kind of thing", text: "Inspectors began checks at more than 300 hotels with over 30 rooms.",
			quantity: "over 30", key: ""},
		{name: "any bound the parser reads after 'with' says what kind of thing", text: "Inspectors began checks at 120 guesthouses with no more than 30 rooms.",
			quantity: "no more than 30", key: ""},
		{name: "a span before 'with' is no set that has the count", text: "Hungary ended the three days with 14 medals.",
			quantity: "14", key: "medal", subject: "hungary"},
		{name: "a list part that leaves out its unit takes the one before", text: "The survey puts the area lost at 31,800 hectares: 21,400 hectares of wheat, 6,300 of barley and 2,100 of canola.",
			quantity: "6,300", key: "barley ha"},
		{name: "a measure as the sentence's subject owns no count after 'with'", text: "Attendance was lower than some exhibitors had hoped, with some 15,500 visitors over the three days.",
			quantity: "some 15,500", key: "visitor"},
		{name: "a past verb in a clause after the plan's tells a past figure", text: "The company will channel most of its investment into storage, after a first quarter in which it shipped 36.8 gigawatt-hours of cells.",
			quantity: "36.8 gigawatt-hours", key: "cell gwh"},
		{name: "a crowd is an attendance", text: "A crowd of 24,140 packed the stadium.",
			quantity: "24,140", key: "attendance"},
		{name: "fans in front of whom a match was played", text: "Dravina won in front of 22,140 fans at Gradski Stadion.",
			quantity: "22,140", key: "attendance at gradski stadion"},
		{name: "a share says what its group did", text: "The survey found that 20.3 percent of students, or about one in five, were exposed to smoke at home.",
			quantity: "20.3 percent", key: "student percent =expos"},
		{name: "a 'with … of' phrase gives the counted things' sum, no narrower kind", text: "The province licensed 146 new projects with registered capital of $1.73 billion.",
			quantity: "146", key: "project", flow: true},
		{name: "projects that accounted for a sum are the projects", text: "Of the total, 164 new projects accounted for $1.73 billion in registered capital.",
			quantity: "164", key: "project", flow: true},
		{name: "a 'with' phrase without an amount still narrows", text: "The province licensed 12 projects with Japanese partners.",
			quantity: "12", key: "project with japanes"},
		{name: "'put X's population at' names the measure and its owner", text: "Estimates put South Africa's population at 63.1 million.",
			quantity: "63.1 million", key: "people", subject: "south africa"},
		{name: "'put the toll at' names the measure", text: "Police put the death toll at 31 on Tuesday.",
			quantity: "31", key: "death toll"},
		{name: "'put the magnitude at' alone is too loose", text: "The survey put the magnitude at 6.9.",
			quantity: "6.9", key: ""},
		{name: "P amounts are pesos in a story from the Philippines, and a demand is a plan", text: "The Manila union had sought P150 a day.",
			quantity: "P150", key: "manila union php", plan: true},
		{name: "the mercury is the temperature", text: "The mercury touched 45.8 degrees Celsius at Ongole.",
			quantity: "45.8 degrees Celsius", key: "temperature °c"},
		{name: "the thermometer is the temperature", text: "The heatwave peaked on Monday, when the thermometer in Corinth reached 46.4C.",
			quantity: "46.4C", key: "temperature in corinth °c"},
		{name: "people aboard are the people a vessel carries", text: "The ferry had nearly 450 people aboard when the fire broke out.",
			quantity: "nearly 450", key: "people =carri"},
		{name: "a vessel carrying people", text: "The ferry was carrying 470 people.",
			quantity: "470", key: "people =carri"},
		{name: "the company's own tank has no named owner", text: "A valve on the company's 30-tonne chlorine storage tank failed.",
			quantity: "30-tonne", key: "chlorin storag tank tonne"},
		{name: "a named firm's tank is that firm's", text: "A valve on Kesarbhai's 30-tonne chlorine storage tank failed.",
			quantity: "30-tonne", key: "chlorin storag tank tonne", subject: "kesarbhai"},
		{name: "P amounts are pesos in a story naming the Visayas", text: "In the Visayas, the firm's net income rose to P4.83 billion.",
			quantity: "P4.83 billion", key: "net incom php"},
		{name: "a gerund's subject won the count", text: "Results are in, with the Bharatiya Janata Party (BJP) winning 240 seats.",
			quantity: "240", key: "seat =win", subject: "bjp"},
		{name: "a name before a gerund won the count", text: "The count ended with Congress taking 99 seats.",
			quantity: "99", key: "seat", subject: "congress"},
		{name: "a threshold needed is a plan", text: "A party needs to win at least 272 seats to govern.",
			quantity: "at least 272", key: "seat to govern =win", plan: true},
		{name: "a relative clause between a measure and its verb", text: "Core inflation, which strips out volatile food and energy items, eased to 2.5 percent.",
			quantity: "2.5 percent", key: "core inflat percent"},
		{name: "agreements and memorandums are the documents", text: "The leaders witnessed the signing of more than 15 agreements and memorandums of understanding.",
			quantity: "more than 15", key: "sign document"},
		{name: "agreements alone stay agreements", text: "The leaders witnessed the signing of 15 agreements.",
			quantity: "15", key: "sign agreement"},
		{name: "a share that is a state", text: "Overall, 8.1 percent of students were current users.",
			quantity: "8.1 percent", key: "student percent =current"},
		{name: "a share in a reporting frame", text: "Nearly a third of users said they bought their devices online.",
			quantity: "Nearly a third", key: "user fraction =bought"},
		{name: "an opening group scopes the sentence", text: "Among boys the rate reached 10.8 percent.",
			quantity: "10.8 percent", key: "rate among boy percent"},
		{name: "an opening place scopes the sentence", text: "In Ho Chi Minh City alone, the rate was 11.3 percent.",
			quantity: "11.3 percent", key: "rate in ho chi minh citi percent"},
		{name: "an opening date is no scope", text: "In 2023, the rate was 6.2 percent.",
			quantity: "6.2 percent", key: "rate percent", period: "2023-01-01/2024-01-01", flow: true},
		{name: "time words in an aside without figures do not make a flow", text: "The survey, carried out from October to December last year, questioned 18,450 students.",
			quantity: "18,450", key: "student =survey"},
		{name: "time words in the figure's aside do", text: "Exports, which reached USD 5 billion last year, grew.",
			quantity: "USD 5 billion", key: "export usd", period: "2024-01-01/2025-01-01", flow: true},
		{name: "a hyphenated attribute of a name", text: "The 27.4-km Sapphire Line will link the two banks.",
			quantity: "27.4-km", key: "sapphir line km", plan: true},
		{name: "the name before 'with' has the figure", text: "Indonesia were third, ahead of the Philippines with 40 golds.",
			quantity: "40", key: "gold", subject: "philippines"},
		{name: "a listed amount shares its neighbour's subject", text: "Vietnam collected 98 gold medals and 253 medals in all.",
			quantity: "253", key: "medal", subject: "vietnam"},
		{name: "a bracketed total shares the list's subject", text: "Indonesia were third with 64 golds, 70 silvers and 82 bronzes (216 medals).",
			quantity: "216", key: "medal", subject: "indonesia"},
		{name: "a when clause is dated by the date before it", text: "It is a reversal from four years ago, when Civic Renewal took 27.1% and 44 seats.",
			quantity: "44", key: "seat", subject: "civic renewal", period: "2021-01-01/2022-01-01", flow: true},
		{name: "an elliptic clause brings its own qualifier", text: "The rate among boys was 10.8 percent and among girls 5.2 percent.",
			quantity: "5.2 percent", key: "rate among girl percent"},
		{name: "a fraction followed by its group", text: "One in five students said they were regularly exposed to smoke.",
			quantity: "One in five", key: "student fraction =expos"},
		{name: "alone and an irregular past are no measure", text: "Germany alone bought more than 160,000 tonnes.",
			quantity: "more than 160,000 tonnes", key: "germani tonne"},
		{name: "what accounts for a share has it", text: "Fragrant and specialty varieties accounted for 28 per cent of rice export volume.",
			quantity: "28 per cent", key: "rice export volum percent", subject: "fragrant specialty varieties"},
		{name: "a share a relative clause gives to its noun", text: "The bank lends to small firms and rural households, which together account for about 60 percent of its loan book.",
			quantity: "about 60 percent", key: "loan book percent", subject: "small firms rural households"},
		{name: "a share a part was cut to", text: "Lending grew, while loans to property developers were cut to less than 5 percent of the loan book.",
			quantity: "less than 5 percent", key: "loan book percent", subject: "loans to property developers"},
		{name: "a participle's share is the sentence subject's", text: "The Philippines remained the largest buyer, accounting for 42 per cent of rice export volume.",
			quantity: "42 per cent", key: "rice export volum percent", subject: "philippines"},
		{name: "a match that drew a crowd", text: "The final at Son Tra Stadium drew 25,470 spectators.",
			quantity: "25,470", key: "attendance"},
		{name: "watched by a crowd", text: "The final on December 14 was watched by 32,470 spectators at Son Tra Stadium.",
			quantity: "32,470", key: "attendance at son tra stadium"},
		{name: "a passive's agent is counted by the verb", text: "The tools are used by about 310 million people.",
			quantity: "about 310 million", key: "people =use"},
		{name: "games drawn are draws, not games", text: "They won 26 games, drew six and lost six.",
			quantity: "26", key: "game =won"},
		{name: "a comma inside a number opens no clause", text: "The final on December 14 drew 32,470 spectators, a record.",
			quantity: "32,470", key: "attendance"},
		{name: "a with-of measure takes the place of the things counted before it", text: "Hungarian investors have 33 valid projects in Vietnam with total registered capital of about USD 153 million.",
			quantity: "about USD 153 million", key: "capit in vietnam usd", subject: "hungarian"},
		{name: "a place's group noun opening the sentence owns a with-of measure", text: "Okayama firms already operate 14 projects in Hai Phong with combined capital of about $610 million.",
			quantity: "about $610 million", key: "capit in hai phong usd", subject: "okayama"},
		{name: "a common adjective before a group noun is no owner", text: "Foreign firms operate 14 projects in Hai Phong with combined capital of about $610 million.",
			quantity: "about $610 million", key: "capit in hai phong usd"},
		{name: "a with-of measure after a comma is the sentence subject's", text: "Nationwide, Japan is the third-largest investor, with cumulative registered capital of more than USD 75 billion.",
			quantity: "more than USD 75 billion", key: "capit usd", subject: "japan"},
		{name: "a hyphenated name opening the sentence owns a with-of measure", text: "Orvia-Kestrel is the third-largest investor, with cumulative registered capital of more than USD 75 billion.",
			quantity: "more than USD 75 billion", key: "capit usd", subject: "orvia-kestrel"},
		{name: "a clause's own subject has the figure after with", text: "Thailand took second place with 91 golds, while Indonesia finished third with 64 golds.",
			quantity: "64", key: "gold", subject: "indonesia"},
		{name: "a figure taken as of a day has that moment", text: "The station recorded 480 mm of rain in the 24 hours to 8 a.m. on Monday.",
			quantity: "480 mm", key: "rain mm", period: "2025-11-24/2025-11-25", flow: true},
		{name: "a day of an event is no moment, and saying is no predicate", text: "Officials said 45 houses collapsed on Monday.",
			quantity: "45", key: "hous =collaps"},
		{name: "a temperature read on a day is that day's temperature", text: "The weather station at Orvia recorded 46.2C on Sunday, a record.",
			quantity: "46.2C", key: "temperature at orvia °c", period: "2025-11-23/2025-11-24", flow: true},
		{name: "the nearer day dates a reading", text: "The agency confirmed on Monday that the reading of 46.2C at Orvia on Sunday was a record.",
			quantity: "46.2C", key: "temperature °c", period: "2025-11-23/2025-11-24", flow: true},
		{name: "a date right after an amount dates it, not one ending before the amount's coordinate", text: "The central bank expects inflation to average 2.6 percent this year and 3.1 percent in 2027.",
			quantity: "3.1 percent", key: "central bank percent", period: "2027-01-01/2028-01-01", flow: true, plan: true},
		{name: "a bare degrees is a temperature in the scale the text names", text: "Sirsa touched 47.9 degrees Celsius on Monday, and Hisar, where the mercury reached 46.1 degrees, closed its markets.",
			quantity: "46.1 degrees", key: "temperature °c"},
		{name: "a mine's workings have one depth however named", text: "The men were caught in a stope some 640 metres below the surface.",
			quantity: "some 640 metres", key: "work depth m"},
		{name: "a depth below a named place", text: "AFAD placed the hypocentre 12.1 kilometres below Karliova.",
			quantity: "12.1 kilometres", key: "hypocentr depth km"},
		{name: "a hyphened particle closes its compound", text: "All-in sustaining costs fell to A$2,145 an ounce.",
			quantity: "A$2,145", key: "allin sustain cost aud"},
		{name: "flights scrapped are cancelled, and whose plans were disrupted plans no figure", text: "The airline scrapped 421 flights and disrupted the plans of more than 60,000 passengers.",
			quantity: "421", key: "flight =cancel"},
		{name: "an opening place with a particle scopes the sentence", text: "In Valle del Cauca, annual inflation stood at 4.9% in April.",
			quantity: "4.9%", key: "annual inflat in vall del cauca percent", period: "2025-04-01/2025-05-01", flow: true},
		{name: "an official toll is the toll", text: "The official death toll from the storm reached 13.",
			quantity: "13", key: "storm death toll"},
		{name: "a toll opening a clause after a conjunction is the toll", text: "Families were still shovelling mud, as the official death toll from Wednesday's flash flood reached 13.",
			quantity: "13", key: "death toll"},
		{name: "an opening place with a hyphen and no comma scopes the sentence", text: "In KwaZulu-Natal the official rate rose to 31.5% from 31.0% a year earlier.",
			quantity: "31.5%", key: "rate in kwazulu natal percent"},
		{name: "a later clause's own place is no longer the opening one's", text: "In KwaZulu-Natal the rate rose to 31.5%, and in the Eastern Cape it climbed to 41.9%.",
			quantity: "41.9%", key: "eastern cape percent", subject: "eastern cape"},
		{name: "its measure is the subject's past an apposition", text: "Gauteng, the country's economic hub, saw its rate rise to 34.6%.",
			quantity: "34.6%", key: "rate percent", subject: "gauteng"},
		{name: "a pronoun after a reporting verb is not the speaker's figure", text: "MetMalaysia said its Baling station recorded 186 millimetres of rain.",
			quantity: "186 millimetres", key: "rain mm", subject: "baling"},
		{name: "a name joined by and is not ended", text: "The Disaster and Emergency Management Authority (AFAD) put its depth at 17 kilometres.",
			quantity: "17 kilometres", key: "depth km"},
		{name: "a part of a counted whole is a part", text: "Six of the nine deaths were recorded in Cox's Bazar.",
			quantity: "Six", key: "death =part"},
		{name: "a part of the new ones is a part", text: "Five of the new deaths were reported from Maheshkhali.",
			quantity: "Five", key: "death =part"},
		{name: "a part of an uncounted whole counts the whole's noun", text: "Five of the deaths were reported from Maheshkhali.",
			quantity: "Five", key: "death"},
		{name: "a player's points in the final are that match's", text: "Kayla Brennan scored 26 points in the final.",
			quantity: "26", key: "point in final", subject: "kayla brennan"},
		{name: "a relative clause's figure measures the noun it hangs on", text: "The numbers were driven by occupancy, which averaged 87.4 percent across the group's hotels.",
			quantity: "87.4 percent", key: "occup percent"},
		{name: "a count inside a qualifier stays out of the measure", text: "Occupancy across its 14 properties reached 94.6% at the end of March.",
			quantity: "94.6%", key: "occup in properti percent", period: "2025-03-01/2025-04-01", flow: true},
		{name: "an order backlog is the order book", text: "The order backlog stood at USD 86 million.",
			quantity: "USD 86 million", key: "order book usd"},
		{name: "shipments name what was shipped", text: "Shipments rose 14% to 48.6 million units from 42.6 million.",
			quantity: "48.6 million", key: "unit =ship"},
		{name: "a backlog alone is the order book", text: "The backlog stood at more than 650,000 tonnes.",
			quantity: "more than 650,000 tonnes", key: "order book tonne"},
		{name: "people led out of a building were evacuated", text: "Police say about 1,100 residents were led out of the building that night.",
			quantity: "about 1,100", key: "people =evacu"},
		{name: "a share's basis after by is no verb of the group", text: "The company now claims 16.4% of the domestic bus market by volume.",
			quantity: "16.4%", key: "domest bus market percent"},
		{name: "a span of time after a measure is no qualifier", text: "The service recorded 48 millimetres of rain in less than two hours at its Tinghir station.",
			quantity: "48 millimetres", key: "rain mm"},
		{name: "a quarter named by its months is a period, no qualifier", text: "The company sold 4.82 million tyres in the January–March quarter.",
			quantity: "4.82 million", key: "tyre =sold", period: "2025-01-01/2025-04-01", flow: true},
		{name: "a subscriber base counts the subscribers, who are the customers", text: "The operator said its subscriber base reached 18.42 million.",
			quantity: "18.42 million", key: "custom"},
		{name: "subscribers are customers", text: "The company ended December with 48.6 million subscribers.",
			quantity: "48.6 million", key: "custom"},
		{name: "lending that heads the key is the loans written", text: "New owner-occupier lending climbed to A$16.9 billion.",
			quantity: "A$16.9 billion", key: "owner occupi loan aud"},
		{name: "households forced from their homes were displaced", text: "About 1,400 households have been forced from their homes.",
			quantity: "About 1,400", key: "household =displac"},
		{name: "a participle of change takes the subject's measure", text: "Construction was again the standout sector, expanding 12.1% on the back of data centres.",
			quantity: "12.1%", key: "construct percent"},
		{name: "a temperature without a day keeps its noun", text: "The previous record at the station, 45.1C, was set years ago.",
			quantity: "45.1C", key: "previous record at station °c"},
		{name: "named subject of the verb", text: "Gunma is home to 16,000 Vietnamese residents.",
			quantity: "16,000", key: "vietnames people", subject: "gunma"},
		{name: "named subject of won", text: "Civic Renewal won 62 seats in the vote.",
			quantity: "62", key: "seat =won", subject: "civic renewal"},
		{name: "relative clause subject", text: "It was a blow for the Farmers' Union, which won 19 seats.",
			quantity: "19", key: "seat =won", subject: "farmers' union"},
		{name: "subject before a relative clause", text: "The National Front, which had polled 15% in the summer, won only 9 seats.",
			quantity: "only 9", key: "seat =won", subject: "national front"},
		{name: "a tally after won in is the subject's", text: "The Civic Front, whose candidates ran under its banner, won in 240 seats.",
			quantity: "240", key: "seat", subject: "civic front"},
		{name: "a tally after leading in is the subject's", text: "The opposition Renewal bloc was leading in 232 seats.",
			quantity: "232", key: "seat", subject: "renewal"},
		{name: "a participle clause's figure is the sentence subject's", text: "Yen Bai Province has experienced fatal landslides, resulting in 37 deaths.",
			quantity: "37", key: "death", subject: "yen bai province"},
		{name: "a coordinated amount after an in-phrase has the first one's subject", text: "Samsung Thai Nguyen, the group's best-performing factory, contributed $23 billion in revenue and $1.7 billion in profit.",
			quantity: "$1.7 billion", key: "profit usd", subject: "samsung thai nguyen"},
		{name: "a currency code is no subject, and a bracketed short name does not hide the verb", text: "Samsung Display Vietnam (SDV) was the second factory, with revenue of about 9 billion USD and nearly 0.4 billion USD in profit.",
			quantity: "nearly 0.4 billion USD", key: "profit usd", subject: "samsung display vietnam"},
		{name: "a place after in is no tally", text: "Floods were reported in 12 provinces.",
			quantity: "12", key: "provinc"},
		{name: "subject of finished on", text: "Dravina finished on 78 points.",
			quantity: "78", key: "point", subject: "dravina"},
		{name: "subject before an apposition", text: "Savica, champions in each of the last two seasons, finished on 76 points.",
			quantity: "76", key: "point", subject: "savica"},
		{name: "subject before an age", text: "Jerotich, 22, clocked 9:08.47 to win the final.",
			quantity: "9:08.47", key: "time h:m:s", subject: "jerotich"},
		{name: "earnings from a source are the source's earnings", text: "Export earnings from seafood rose to $5.4 billion.",
			quantity: "$5.4 billion", key: "seafood export earn usd"},
		{name: "the value of exports is the export value", text: "The value of exports rose to $5 billion.",
			quantity: "$5 billion", key: "export valu usd"},
		{name: "ahead of a name is a comparison, not a source", text: "Port throughput stood at 3 million tonnes, ahead of Marmara.",
			quantity: "3 million tonnes", key: "port throughput tonne"},
		{name: "a toll from a cause is the toll, and by a past day is no plan", text: "KARACHI — The death toll from the heatwave in Sindh had risen to 38 by Thursday evening, officials said.",
			quantity: "38", key: "death toll"},
		{name: "a toll that stood at a level by a day is no plan", text: "The toll stood at 34 by Thursday evening.",
			quantity: "34", key: "toll"},
		{name: "a level to reach by a day is a plan", text: "The city aims to plant 500 trees by Thursday.",
			quantity: "500", key: "tree =plant", plan: true},
		{name: "what a taking verb moves to a figure is its measure", text: "Six more deaths were recorded, taking this year's death toll to 187 and total admissions to 41,236.",
			quantity: "187", key: "death toll", period: "2025-01-01/2026-01-01", flow: true},
		{name: "the second move of a taking verb has its own measure", text: "Six more deaths were recorded, taking this year's death toll to 187 and total admissions to 41,236.",
			quantity: "41,236", key: "admiss", period: "2025-01-01/2026-01-01", flow: true},
		{name: "a taking verb's estimate of a measure is that measure", text: "The department raised its estimate of farm damage to PHP 2.9 billion.",
			quantity: "PHP 2.9 billion", key: "farm damag php"},
		{name: "what figures put an amount at is its measure", text: "Customs figures released last week put first-quarter exports at $3.42 billion.",
			quantity: "$3.42 billion", key: "export usd", period: "2025-01-01/2025-04-01", flow: true},
		{name: "months after a preposition are the period, not the measure", text: "Vietnam shipped more than 490,000 tonnes of cashew kernels between January and August.",
			quantity: "more than 490,000 tonnes", key: "cashew kernel tonne", subject: "vietnam", period: "2025-01-01/2025-09-01", flow: true},
		{name: "a share of an amount takes no key from the amount's currency", text: "Data revenue made up about 77% of the Rp 19.8 trillion the company earned.",
			quantity: "about 77%", key: "", subject: "data"},
		{name: "a possessive year before an event names the edition, not a period", text: "This year's edition drew 212 applications from 38 countries.",
			quantity: "212", key: "applic =drew"},
		{name: "a possessive year before a measure is its period", text: "This year's exports reached 212 tonnes.",
			quantity: "212 tonnes", key: "export tonne", period: "2025-01-01/2026-01-01", flow: true},
		{name: "an opening by-date before a past verb is no plan", text: "By August 16 the toll stood at 178.",
			quantity: "178", key: "toll"},
		{name: "an opening by-date before a future verb is a plan", text: "By August 16 the city will vaccinate 5,000 children.",
			quantity: "5,000", key: "children =vaccin", plan: true},
		{name: "a crowd that watched a match is that match's attendance", text: "A crowd of about 6,500 watched Thursday's match.",
			quantity: "about 6,500", key: "attendance at match"},
		{name: "a crowd that watched the semifinals", text: "A crowd of more than 7,000 watched the semifinals.",
			quantity: "more than 7,000", key: "attendance at semifin"},
		{name: "an amount for each of several is per each, never a total", text: "The ministry announced ex gratia of ₹10 lakh for the families of each of the dead.",
			quantity: "₹10 lakh", key: "ex gratia for each inr"},
		{name: "an amount to each of several", text: "The state paid compensation of ₹4 lakh to each bereaved family.",
			quantity: "₹4 lakh", key: "compens for each inr"},
		{name: "aircraft ordered are an order, not the fleet", text: "The order, for 20 Embraer E195-E2s and 12 Airbus A321neos, will be paid for by leasebacks.",
			quantity: "20", key: "embraer e195-e2 =order"},
		{name: "the fleet flying today is no order", text: "The airline operates 68 aircraft: 41 Embraer E195s, 15 E195-E2s and 12 ATR turboprops.",
			quantity: "15", key: "e195-e2"},
		{name: "a preposition opening a sentence is no name", text: "With 12, the fixed costs are heavy.",
			quantity: "12", key: ""},
		{name: "an adverb names no measure", text: "With nearly 550,000 Vietnamese already working in Japan, the shift matters.",
			quantity: "nearly 550,000", key: "vietnames in japan"},
		{name: "those who say a figure do not own it", text: "Fire service officials say more than 1,500 workers were inside the building.",
			quantity: "more than 1,500", key: "worker"},
		{name: "an amount of the whole is a part of it", text: "Officials said more than Rs 3 billion of the Sindh allocation had been released.",
			quantity: "more than Rs 3 billion", key: "sindh alloc pkr =part"},
		{name: "a condition after the noun is no part of the measure", text: "The conglomerate says the project will create 7,500 jobs once both phases are running.",
			quantity: "7,500", key: "job =creat", plan: true},
		{name: "would in reported speech is a plan, and a relative clause's date is not the figure's", text: "Officials said the project would create 8,500 jobs and cement the supply chain that makers have built over the past decade.",
			quantity: "8,500", key: "job =creat", plan: true},
		{name: "an age says who is counted", text: "The campaign aims to reach 6.4 million children aged nine months to 14 years.",
			quantity: "6.4 million", key: "children", plan: true},
		{name: "a count of the whole's count is a part", text: "By Tuesday evening, 74,700 of the 180,000 children, or 41%, had received a dose.",
			quantity: "74,700", key: "children =part"},
		{name: "a day's possessive owns nothing", text: "He built his margin on Wednesday's 182 km queen stage.",
			quantity: "182 km", key: "queen stage km"},
		{name: "some of the trapped are a part of them", text: "By midday on Monday four of the trapped men had been pulled out alive.",
			quantity: "four", key: "trap men =part"},
		{name: "miners at work are counted by what they did", text: "The collapse happened when 41 miners were working the night shift.",
			quantity: "41", key: "miner =work"},
		{name: "earnings per share, written after the amount", text: "Net income translated into earnings of NT$3.17 per share.",
			quantity: "NT$3.17", key: "earn per share twd"},
		{name: "earnings per share, written before the verb", text: "Earnings per share were NT$3.71.",
			quantity: "NT$3.71", key: "earn per share twd"},
		{name: "a possessive name owns the figure without its 's", text: "Vietnam's coffee exporters earned $8.24 billion in the crop year.",
			quantity: "$8.24 billion", key: "coffe export usd", subject: "vietnam"},
		{name: "a dateline is no subject", text: "VIENNA, November 14 - Lunaria, the private operator, carried 450,000 passengers.",
			quantity: "450,000", key: "passeng =carri"},
		{name: "with apposition", text: "Japan is the largest investor, with 96 projects.",
			quantity: "96", key: "project", subject: "japan"},
		{name: "place in a prepositional phrase is no subject", text: "The population residing in Japan has grown by 20%.",
			quantity: "20%", key: "people in japan percent"},
		{name: "elided noun takes the last measure", text: "Of the 150 seats, Civic Renewal won 62.",
			quantity: "62", key: "seat =won", subject: "civic renewal"},
		{name: "of the N noun", text: "The party won 1,066,000 of the 2,790,000 valid votes.",
			quantity: "1,066,000", key: "valid vote =won"},
		{name: "change noun measures the figure before", text: "The province now has 520 projects, an increase of 12% since July.",
			quantity: "12%", key: "project percent", period: "2025-07-01/2025-11-25", flow: true},
		{name: "the date of a since clause is when the count began", text: "A total of 497 patients have been treated in hospital since the outbreak began in late October.",
			quantity: "497", key: "patient =treat"},
		{name: "a place of N people counts its people", text: "The quake hit a largely rural province of more than 45,000 inhabitants.",
			quantity: "more than 45,000", key: "rural provinc inhabit"},
		{name: "an average of N fans is an average", text: "The 18 clubs drew an average of 9,200 spectators per match.",
			quantity: "9,200", key: "club drew averag"},
		{name: "a signed contract's value is the deal price", text: "The authority signed a KES 92.4 billion contract for the road.",
			quantity: "KES 92.4 billion", key: "deal price kes"},
		{name: "a count a change adds counts its noun", text: "He scored 14 goals in 41 games last season and has added 6 goals in 19 matches this season.",
			quantity: "6", key: "goal", period: "last season", flow: true},
		{name: "the total a figure takes", text: "Add-ons of up to €7 million could take the total to €45 million.",
			quantity: "€45 million", key: "total eur"},
		{name: "its total counts what the count before counted", text: "The company built 1,150 new cell towers in the half, bringing its total to 9,840, and said it was on track.",
			quantity: "9,840", key: "cell tower", flow: true},
		{name: "the total with no owner stays a total", text: "Rescuers found 12 more bodies, bringing the total to 45.",
			quantity: "45", key: "total"},
		{name: "what a kind of thing has is no measure", text: "For a small eatery with three workers, it is the owner's margin.",
			quantity: "three", key: ""},
		{name: "a class of businesses by size", text: "Retail businesses with fewer than 10 workers can apply for an exemption.",
			quantity: "fewer than 10", key: "", subject: "retail"},
		{name: "a named thing's figure after with is a claim", text: "Japan is the largest investor, with 96 projects.",
			quantity: "96", key: "project", subject: "japan"},
		{name: "a label names the figure after its colon", text: "Finishers: 20,838 across the three races.",
			quantity: "20,838", key: "finish"},
		{name: "a part before of them", text: "Seven people have been injured since the start of the fire, five of them firefighters.",
			quantity: "five", key: "people =part"},
		{name: "a part after of whom", text: "About 8,460 people from Long Giang live in Japan, of whom 3,120 are in Mizuhara.",
			quantity: "3,120", key: "people from long giang in japan =part"},
		{name: "people moved to shelters were evacuated", text: "More than 120,000 people had been moved to evacuation centres before landfall.",
			quantity: "More than 120,000", key: "people =evacu"},
		{name: "people moved to new jobs were not", text: "More than 1,200 people were moved to new jobs.",
			quantity: "More than 1,200", key: "people =move"},
		{name: "new before the counted noun is a flow", text: "The province signed ten new agreements.",
			quantity: "ten", key: "agreement", flow: true},
		{name: "a plan word in a later clause", text: "Trade reached A$24.6 billion, and the two sides set a goal of A$30 billion by 2030.",
			quantity: "A$24.6 billion", key: "trade aud"},
		{name: "a plan word after and with a verb of its own", text: "The company processed 42,800 tonnes of sardines in the half and kept its full-year target of 95,000 tonnes.",
			quantity: "42,800 tonnes", key: "sardin tonne"},
		{name: "the target after and with a verb of its own is the plan", text: "The company processed 42,800 tonnes of sardines in the half and kept its full-year target of 95,000 tonnes.",
			quantity: "95,000 tonnes", key: "full year target tonne", plan: true},
		{name: "a plan word in a clause on another figure", text: "The margin came in at just under 6%, below the range of 6.5% to 7.5% that the group is targeting for the year.",
			quantity: "just under 6%", key: "margin percent"},
		{name: "predicate of people", text: "Six people were still missing on Monday.",
			quantity: "Six", key: "people =miss"},
		{name: "object predicate", text: "The storm destroyed 870 houses.",
			quantity: "870", key: "hous =destroy"},
		{name: "a date before 'after' dates the figure before it, not the one after", text: "Same-store sales grew 7.8% in 2025 after a 5.1% rise in 2024.",
			quantity: "5.1%", key: "store sale percent", period: "2024-01-01/2025-01-01", flow: true},
		{name: "passengers flown were carried", text: "The airline flew 6.84 million passengers.",
			quantity: "6.84 million", key: "passeng =carri"},
		{name: "flow marker", text: "Localities signed more than ten new agreements this year.",
			quantity: "more than ten", key: "agreement", flow: true, period: "2025-01-01/2026-01-01"},
		{name: "period from an opening adverbial", text: "In 2023, there were 40 delegations.",
			quantity: "40", key: "deleg", flow: true, period: "2023-01-01/2024-01-01"},
		{name: "reached by a date: the date is the period", text: "Firms had invested in 221 projects by the end of 2025.",
			quantity: "221", key: "project", flow: true, period: "2025-12-01/2026-01-01"},
		{name: "a plan's target date is its period", text: "The city plans to build 30 stations by the end of 2027.",
			quantity: "30", key: "station =build", plan: true, period: "2027-12-01/2028-01-01"},
		{name: "a count reached by a day has no period", text: "Confirmed cases had reached 1,431 by Monday.",
			quantity: "1,431", key: "case"},
		{name: "a goal names what it aims at after the figure", text: "The leaders set a goal of $3 billion in annual trade by 2030.",
			quantity: "$3 billion", key: "annual trade usd", plan: true, flow: true, period: "2030-01-01/2031-01-01"},
		{name: "a lifted measure is the measure", text: "The two countries agreed to lift two-way trade to $3 billion a year by 2030.",
			quantity: "$3 billion", key: "trade usd", plan: true, period: "2030-01-01/2031-01-01"},
		{name: "a level verb gives the count to the noun before it", text: "Confirmed cases had reached 1,431 by Monday evening.",
			quantity: "1,431", key: "case"},
		{name: "a participle before its noun is no predicate", text: "The outbreak has grown to 1,341 confirmed cases.",
			quantity: "1,341", key: "confirm case"},
		{name: "a bounded bare count takes no earlier measure", text: "Most cases are in children, and the four who died were all under three.",
			quantity: "under three", key: ""},
		{name: "away games split a season", text: "Their 17 away games produced 10 wins, four draws and three defeats, helped by their form at home.",
			quantity: "four", key: "away draw"},
		{name: "at home opens the sentence", text: "At home they won 14 and lost one of their 17 matches.",
			quantity: "17", key: "home match"},
		{name: "their names the sentence's opening name", text: "Dravina won 24, drew 6 and lost 5 of their 34 league matches.",
			quantity: "34", key: "leagu match", subject: "dravina"},
		{name: "a bare count keeps the competition after it", text: "Striker Luka Bregar's two goals on the final day took him to 24 in the league.",
			quantity: "24", key: "goal in leagu"},
		{name: "a bare count with a place keeps the last measure", text: "Of the 150 seats, Civic Renewal won 62 in the vote.",
			quantity: "62", key: "seat =won", subject: "civic renewal"},
		{name: "all competitions stays in the qualifier", text: "Bergar ended the season with 29 goals in all competitions.",
			quantity: "29", key: "goal in competit", subject: "bergar"},
		{name: "a first clause's date does not govern the next", text: "Revenue rose to USD 4.82 billion in the third quarter, from USD 4.30 billion a year earlier.",
			quantity: "USD 4.30 billion", key: "revenu usd"},
		{name: "the measure opening the sentence is no subject", text: "Turnout was 68.4%, the commission said.",
			quantity: "68.4%", key: "turnout percent"},
		{name: "a record's start is not the period", text: "The 412 mm of rain recorded on Monday was the highest total since records began in 1951.",
			quantity: "412 mm", key: "rain mm"},
		{name: "a bare count after a name belongs to it", text: "Of the 150 seats, Civic Renewal won 62, the Social Democrats 41 and the Greens 14.",
			quantity: "41", key: "seat", subject: "social democrats"},
		{name: "a bare count after an of-frame is part of its total", text: "Of the 96 riders who started on Monday, 78 reached the finish in Vigan.",
			quantity: "78", key: "rider =part"},
		{name: "a part after an of-frame takes the total's noun, not the count before", text: "Of the 22 injured, 14 remain in hospital, including three children, and four are in intensive care.",
			quantity: "four", key: "injur =part"},
		{name: "a count after including is a part", text: "Of the 22 injured, 14 remain in hospital, including three children, and four are in intensive care.",
			quantity: "three", key: "children =part"},
		{name: "a counted noun after an of-frame keeps its own key", text: "Of the 17 people swept away, 11 belonged to two families from Sialkot.",
			quantity: "two", key: "sialkot famili"},
		{name: "the head of 'X of Y' is the subject", text: "The governing Social Democrats of Prime Minister Henrik Saal took 44 seats.",
			quantity: "44", key: "seat", subject: "social democrats"},
		{name: "goals scored are goals", text: "They scored 71 goals and conceded 29.",
			quantity: "71", key: "goal"},
		{name: "goals conceded are another measure", text: "They scored 71 goals and conceded 29 goals.",
			quantity: "29", key: "goal =conced"},
		{name: "a cup is a scope", text: "Conceição also scored four goals in the national cup.",
			quantity: "four", key: "goal in cup", subject: "conceicao"},
		{name: "an opening day dates the figures", text: "On Monday, with most ballots counted, Civic Renewal had 51 seats.",
			quantity: "51", key: "seat", subject: "civic renewal", period: "2025-11-24/2025-11-25", flow: true},
		{name: "home to is no venue", text: "Gunma is home to 16,000 Vietnamese residents.",
			quantity: "16,000", key: "vietnames people", subject: "gunma"},
		{name: "relative clause date is not the period", text: "Bao, who took office in October, said the province has 520 projects.",
			quantity: "520", key: "project"},
		{name: "plan", text: "The city plans to build 30 stations.",
			quantity: "30", key: "station =build", plan: true},
		{name: "neutral predicate", text: "Localities have signed over 110 agreements.",
			quantity: "over 110", key: "agreement"},
		{name: "season is a period", text: "Last season, he scored 19 league goals.",
			quantity: "19", key: "leagu goal", period: "last season", flow: true},
		{name: "a week far from the amount is the telling's, no flow", text: "The firm's 2,600 workers, most of them women from villages nearby, were told at a meeting last week that there would be no layoffs this year.",
			quantity: "2,600", key: "worker"},
		{name: "this year after the amount is a flow, and what a port handled is its own", text: "The port handled 2.1 million containers this year.",
			quantity: "2.1 million", key: "contain", flow: true, period: "2025-01-01/2026-01-01"},
		{name: "a speed with no noun is a speed", text: "But they say it was travelling at about 72 kilometres per hour on the bend.",
			quantity: "at about 72 kilometres per hour", key: "speed km/h"},
		{name: "acts that performed are the acts", text: "More than 160 acts performed over the weekend.",
			quantity: "More than 160", key: "act"},
		{name: "storeys of a building named in the possessive", text: "The flames raced up the nine-storey building's central stairwell.",
			quantity: "nine-storey", key: "building storey"},
		{name: "storeys of a building named after them", text: "Fire swept through a seven-storey knitwear factory in Ashulia.",
			quantity: "seven-storey", key: "building storey"},
		{name: "an age class stays with the field that owns the race", text: "Chemonges won the junior men's 8-kilometre race.",
			quantity: "8-kilometre", key: "race km", subject: "junior men"},
		{name: "'N more' with no noun counts the noun before", text: "The club had nine medals at the end of Saturday and added five more in Sunday's finals.",
			quantity: "five", key: "medal"},
		{name: "the last item of a gapped list names its own measure", text: "Containers accounted for 151.3 million tonnes, liquid bulk for 70.2 million and dry bulk for 14.6 million.",
			quantity: "14.6 million", key: "dri bulk tonne"},
		{name: "the last of a list of named figures is labelled by its own name", text: "Koro produced 61,200 tonnes, Yendal 44,900 tonnes and Birrigan 22,300 tonnes.",
			quantity: "22,300 tonnes", key: "birrigan tonne"},
		{name: "a hyphened participle is a modifier, not the clause's verb", text: "Officials had counted 97 heat-related deaths in Sindh by Thursday.",
			quantity: "97", key: "heat relat death in sindh"},
		{name: "the number of a hyphened compound", text: "The number of heat-related deaths rose to 61 by Wednesday.",
			quantity: "61", key: "heat relat death"},
		{name: "a share a verb gives its subject", text: "Turnout was 47.3% of the 594,000 citizens on the electoral roll.",
			quantity: "47.3%", key: "turnout percent"},
		{name: "a nominalised deed counts what it was done to", text: "Officials credit the pre-emptive evacuation of 214,300 residents before landfall.",
			quantity: "214,300", key: "people =evacu"},
		{name: "a length underground is a depth", text: "The gas built up in a gallery 450 metres underground.", quantity: "450 metres", key: "work depth m"},
		{name: "a length below the surface is a depth", text: "The blast struck in a gallery some 540 metres below the surface.", quantity: "some 540 metres", key: "work depth m"},
		{name: "a depth a copula gives its subject", text: "The shaft is about 70 metres deep.", quantity: "about 70 metres", key: "shaft depth m"},
		{name: "visitors a market sent are its visitors", text: "India was again the largest source market, sending more than 530,000 visitors.",
			quantity: "more than 530,000", key: "visitor", subject: "india"},
		{name: "an economy grows by its output", text: "Gross domestic product grew 3.2% in 2025.", quantity: "3.2%", key: "gdp percent", period: "2025-01-01/2026-01-01", flow: true},
		{name: "people pulled out alive were rescued", text: "Rescuers had pulled 23 people alive from the debris.", quantity: "23", key: "people aliv =rescu"},
		{name: "a change after following is the sentence's measure", text: "Consumer prices fell 0.41% in February, following a 0.37% decline in January.",
			quantity: "0.37%", key: "consum price percent", period: "2026-01-01/2026-02-01", flow: true},
		{name: "a contest's stage opening the sentence is the figures' period", text: "After five rounds, Lindqvist has 38 points.",
			quantity: "38", key: "point", subject: "lindqvist", period: "after 5 round", flow: true},
		{name: "a year in a when-clause after the figure dates that clause", text: "The tower held 62 flats across its five floors - two more floors than the city approved when the site was zoned in 2017.",
			quantity: "62", key: "flat"},
		{name: "a crowd at one session of several", text: "Organisers said 4,870 spectators watched the first session.",
			quantity: "4,870", key: "attendance at first session"},
		{name: "a day names when, not what", text: "The clinic treated 47 people on Saturday night.",
			quantity: "47", key: "people =treat"},
		{name: "the other ones are a part", text: "Most output comes from Kielce. The other three plants make bottles.",
			quantity: "three", key: "plant =part"},
		{name: "title is not a measure", text: "Vice Chairman Tran Quoc Bao told the meeting that export turnover reached USD 4.6 billion.",
			quantity: "USD 4.6 billion", key: "export turnov usd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := quantityFacts(t, tt.text)
			f, ok := fs[tt.quantity]
			require.True(t, ok, "no fact %q among %v", tt.quantity, keysOf(fs))
			assert.Equal(t, tt.key, f.Key, "key")
			assert.Equal(t, tt.subject, f.Subject, "subject")
			assert.Equal(t, tt.period, f.Period, "period")
			assert.Equal(t, tt.flow, f.Flow, "flow")
			assert.Equal(t, tt.plan, f.Plan, "plan")
		})
	}
}

// TestBracketedAmountsShareTheListUnit pins a list of bracketed amounts
// whose unit only the first states: each is in that unit.
func TestBracketedAmountsShareTheListUnit(t *testing.T) {
	fs := quantityFacts(t, "The four mills processed 284,000 tonnes: Thot Not (92,000 tonnes), Long Xuyen (81,000) and Cao Lanh (64,000).")
	for _, q := range []string{"92,000 tonnes", "81,000", "64,000"} {
		require.Contains(t, fs, q)
		assert.Equal(t, "tonne", fs[q].Quantity.Unit, q)
	}
	fs = quantityFacts(t, "The four mills employ 2,800 people: Thot Not (900), Long Xuyen (1,100) and Cao Lanh (800).")
	assert.Equal(t, "count", fs["1,100"].Quantity.Unit, "a bare list stays a count")
}

func keysOf(fs map[string]*Fact) []string {
	var out []string
	for k := range fs {
		out = append(out, k)
	}
	return out
}

func TestExtractSkipsReferencesDurationsAndAges(t *testing.T) {
	fs := quantityFacts(t, "The two countries agreed. Children aged 1 to 5 were vaccinated over the past five years.")
	assert.Empty(t, fs)
}

func TestExtractSkipsLabelsAndEvents(t *testing.T) {
	for _, text := range []string{
		"Fekete scored 7 points from 9 games on board three.",
		"The delegation stayed in District 1 and met in round four.",
		"Andrea Villanueva won the women's 50m freestyle and the 110m hurdles went to Reyes.",
	} {
		fs := quantityFacts(t, text)
		for _, label := range []string{"three", "1", "four", "50m", "110m"} {
			assert.NotContains(t, fs, label, "%q", text)
		}
	}
	fs := quantityFacts(t, "Two of the three rounds were played. The hosts won three rounds.")
	assert.Contains(t, fs, "three", "a count after its noun's determiner stays")
	fs = quantityFacts(t, "He swam the last 50 metres in 25 seconds.")
	assert.Contains(t, fs, "50 metres", "a distance that names no event stays")
	fs = quantityFacts(t, "Kakuma 1 remains the worst-hit section with 141 cases, followed by Kakuma 2 with 102.")
	assert.NotContains(t, fs, "1", "a name the sentence numbers again is a label")
	assert.NotContains(t, fs, "2", "a name the sentence numbers again is a label")
	assert.Contains(t, fs, "141")
	fs = quantityFacts(t, "Real Madrid 2 Barcelona 1 was the score on Sunday.")
	assert.Contains(t, fs, "2", "two names numbered once each are no series")
}

func TestExtractSkipsSetScores(t *testing.T) {
	fs := quantityFacts(t, "Thailand beat Indonesia 25-16, 25-19, 25-14 on Tuesday. Vietnam won 23-25, 25-21, 15-13.")
	assert.Empty(t, fs)
	fs = quantityFacts(t, "Moreau and Tran delivered the first point with a 5&4 win, and Lindqvist beat Marchetti 3&2.")
	assert.Empty(t, fs, "match-play margins are scores")
	fs = quantityFacts(t, "The stretch from km 12-15 was closed.")
	assert.NotEmpty(t, fs, "one range is no list of scores")
}

func TestSkipInsideACharacterLeavesNoBrokenText(t *testing.T) {
	text := "Over 110 agreements 👍 were signed.\nSee more: 20 others."
	skip := strings.Index(text, "👍") + 2 // a boundary two bytes into the emoji
	doc := &Document{Path: "a.txt", Raw: text, Text: text, Skips: []Skip{{Start: skip, End: len(text), Reason: "test"}}}
	for _, f := range Extract(doc) {
		assert.True(t, utf8.ValidString(f.SentenceText()), "sentence %q", f.SentenceText())
	}
	assert.True(t, utf8.ValidString(analysedText(doc)))
}

func TestAnnouncementSpeakers(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"subject before a relative clause with a weekday", "Deputy Prime Minister Hoang Thanh Vinh, who led the talks on Tuesday, proposed three priority areas: roads, ports, and power.", "Vinh"},
		{"capitalised name", "During his speech, Chinh highlighted three pillars: open institutions, seamless infrastructure, and smart governance.", "Chinh"},
		{"the main clause's subject after a leading when-clause", "When the group reported its results on February 20, chief executive Pimchanok Srisawat set out three priorities: hotels, solar, and training.", "Srisawat"},
		{"the name before its title's body, not the body", "Hendra Wijaya, chairman of the Nusantara Games League, repeated the three aims he had set out: to build a circuit, to bring more teams into play, and to get esports into schools.", "Hendra Wijaya"},
		{"the name before a title whose body is set off by a comma", "Hendra Wijaya, chairman of the organiser, Nusantara Games League, said the championship had three aims: to build a circuit, to bring more teams into play, and to get esports into schools.", "Hendra Wijaya"},
		{"a pronoun after the last speaker whose title follows his name", "Lim Sophanith, vice-president of the federation, said the goal was within reach. He listed the federation's three priorities as cutting power costs, expanding storage, and cheaper finance.", "Lim Sophanith"},
		{"pronoun resolved to the last person", "Minister Tran Van An opened the forum.\n\nHe presented three priorities: dredging, rail links, and training.", "An"},
		{"a lone opening name the text capitalises inside a sentence", "Chinh highlighted three pillars: roads, ports and power. The plan was backed by Chinh and his cabinet.", "Chinh"},
		{"a nationality and an office name the one of that country named before", "Deputy Prime Minister Tran Quoc Hieu met Lao Deputy Prime Minister Khamphet Vongsavanh in Hanoi.\n\nThe Vietnamese Deputy PM asked both sides to speed up three priority projects: the expressway, the port and the railway.", "Tran Quoc Hieu"},
		{"an attribution to a nationality and an office",
			"Deputy Prime Minister Tran Quoc Hieu met Lao Deputy Prime Minister Khamphet Vongsavanh in Hanoi.\n\nBoth sides must finish three projects: the expressway, the port and the railway, the Vietnamese Deputy PM said.", "Tran Quoc Hieu"},
		{"the other country's office holder", "Deputy Prime Minister Tran Quoc Hieu met Lao Deputy Prime Minister Khamphet Vongsavanh in Hanoi.\n\nThe Lao Deputy PM asked both sides to speed up three priority projects: the expressway, the port and the railway.", "Khamphet Vongsavanh"},
		{"a common word opening the sentence names no one", "Aid is being flown to the three worst-hit districts, Braila, Galati and Vaslui.", ""},
		{"an acronym compound names no one", "The group Isotopia Santé will supply PET-CT scanners to three hospitals: the Central, the Northern and the Coastal.", "Isotopia Santé"},
		{"a currency code names no one", "The fund Vistara will spend 25 billion VND on three campaigns: radio, print and film.", "Vistara"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text}
			var got []string
			for _, f := range Extract(doc) {
				if f.Kind == KindCount {
					got = append(got, f.Speaker)
				}
			}
			require.Len(t, got, 1)
			if tt.want == "" {
				assert.Empty(t, got[0])
				return
			}
			assert.True(t, strings.HasSuffix(got[0], tt.want), "speaker %q", got[0])
		})
	}
}

func TestExtractPriorValuesAndReachedDeadlines(t *testing.T) {
	tests := []struct {
		name, text, quantity string
		prior, plan          bool
	}{
		{name: "to X from Y: Y is prior", text: "Profit rose to EUR 312 million from EUR 268 million.",
			quantity: "EUR 268 million", prior: true},
		{name: "to X in a period, from Y", text: "Revenue rose to USD 4.82 billion in the third quarter, from USD 4.30 billion.",
			quantity: "USD 4.30 billion", prior: true},
		{name: "a change right before from", text: "The party fell 5.2 points from 29.8% and lost nine seats.",
			quantity: "29.8%", prior: true},
		{name: "compared with a year earlier", text: "Revenue for the six months to June 30 compared with Rp 26.9 trillion a year earlier.",
			quantity: "Rp 26.9 trillion", prior: true},
		{name: "compared with, no year earlier", text: "Revenue of Rp 28.6 trillion compared with Rp 26.9 trillion for rivals.",
			quantity: "Rp 26.9 trillion"},
		{name: "to X from Y: X is not", text: "Profit rose to EUR 312 million from EUR 268 million.",
			quantity: "EUR 312 million"},
		{name: "change verb further back", text: "Profit rose, lifting the operating margin to 14.6% from 13.9%.",
			quantity: "13.9%", prior: true},
		{name: "from Y to X", text: "The route grew from 252 miles to 287 miles.", quantity: "252 miles", prior: true},
		{name: "up from", text: "Cases have grown to 1,341, up from 1,284 a day earlier.", quantity: "1,284", prior: true},
		{name: "a change before 'from the … of'", text: "It carried 58,700 trips, up 42.1 percent from the daily average of 41,300 during the trial.",
			quantity: "41,300", prior: true},
		{name: "a time's possessive between from and the figure", text: "The average reached Rs 1,285.40 a kilogram, up 6.2 percent from the previous week's Rs 1,231.75.",
			quantity: "Rs 1,231.75", prior: true},
		{name: "a possessive owner after from is a source", text: "Imports from Kenya's 12 ports reached 500 tonnes.", quantity: "12"},
		{name: "what a loss is counted out of", text: "The CSU remains the largest group but has lost two of its 28 seats.", quantity: "28", prior: true},
		{name: "what a win is counted out of stays", text: "The party won two of its 28 seats in the north.", quantity: "28"},
		{name: "'from the … of' with no change is a source", text: "Visitors came from the region of 12 provinces.", quantity: "12"},
		{name: "from with no to is a source", text: "Imports from 12 countries reached 500 tonnes.", quantity: "12"},
		{name: "from with another unit", text: "Exports to 40 markets came from 12 provinces.", quantity: "12"},
		{name: "reached by a date is no plan", text: "The campaign had reached 68,400 children by Monday evening.",
			quantity: "68,400"},
		{name: "aims to reach by a date is a plan", text: "The campaign aims to reach 180,000 children by March.",
			quantity: "180,000", plan: true},
		{name: "will reach by a date is a plan", text: "Output will reach 2,000 units by the end of 2026.",
			quantity: "2,000", plan: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := quantityFacts(t, tt.text)
			f, ok := fs[tt.quantity]
			require.True(t, ok, "no fact %q among %v", tt.quantity, keysOf(fs))
			assert.Equal(t, tt.prior, f.Prior, "prior")
			assert.Equal(t, tt.plan, f.Plan, "plan")
		})
	}
}

func TestExtractDifferencesAndWindows(t *testing.T) {
	fs := quantityFacts(t, "That is 6,300 more children than a day earlier. Marlow won only two of their last six games.")
	require.Contains(t, fs, "6,300")
	assert.Equal(t, KindChange, fs["6,300"].Kind, "a difference is a change, not a level")
	assert.NotContains(t, fs, "six", "the last six games is a window, not a measure")
	assert.Contains(t, fs, "only two")
}

func TestQuoteSpeakerAntecedents(t *testing.T) {
	tests := []struct{ name, text, quote, speaker string }{
		{"she after a named subject",
			"Teodora Valcu, who founded the company in 2016, told reporters on Thursday that demand was high. \"A night train is a hotel that happens to move,\" she said.",
			"A night train is a hotel that happens to move", "Teodora Valcu"},
		{"he after an office that opens the sentence and the name set off after it",
			"Balochistan's chief inspector of mines, Nasir Ahmed Mengal, said initial findings pointed to methane. \"The ventilation system was working,\" he said at the site.",
			"The ventilation system was working", "Nasir Ahmed Mengal"},
		{"he after an honorific and a name that open the sentence",
			"Engr. Rodel Peñaranda, regional director of public works, said the pier was undermined. \"The trusses were rated for the trucks we have now,\" he told reporters.",
			"The trusses were rated for the trucks we have now", "Rodel Peñaranda"},
		{"a name set off with its title is nearer than the last person the scan knew",
			"\"Demand is steady,\" said Dr. Asha Kulatunga, head of research.\n\nDinesh Paranavitana, chairman of the exporters' association, welcomed the figures. \"The volumes are good, but margins are thin,\" he said.",
			"The volumes are good, but margins are thin", "Dinesh Paranavitana"},
		{"a surname after an opening adverbial",
			"Director Ion Cojocaru won the prize. Slovak director Marek Hudak took the best director award.\n\nIn his acceptance speech, Cojocaru, 41, spoke about his village. \"I made this film for the villages,\" he said.",
			"I made this film for the villages", "Cojocaru"},
		{"a nationality after an inverted said is no speaker",
			"Kerem Yildirim, chairman of the exporters' association, said Turkish garment makers were looking to Vietnam for yarn. \"Our members need reliable partners,\" he said.",
			"Our members need reliable partners", "Kerem Yildirim"},
		{"a count opening a sentence names no speaker",
			"Three Vietnamese exporters came away with contracts.\n\nPeru's side was led by a trade official. \"Vietnamese consumers already know our blueberries,\" she told the Ledger.",
			"Vietnamese consumers already know our blueberries", "she"},
		{"a place opening the sentence names no speaker",
			"Bui Thanh Khoa met the governor. Central Asia, he had told reporters earlier, \"is no longer a distant market\".",
			"is no longer a distant market", "Bui Thanh Khoa"},
		{"a surname the text gave in full",
			"Teodora Valcu runs the firm.\n\nValcu has a line she repeats to investors. \"We sell a good night,\" she says.",
			"We sell a good night", "Valcu"},
		{"a human epithet stands for the last full name",
			"In the women's series, Amélie Duclos leads after her win. \"I stayed on her shoulder and waited,\" the Frenchwoman said after the race.",
			"I stayed on her shoulder and waited", "Amélie Duclos"},
		{"a nationality stands for the person the text named last",
			"Grandmaster Magnus Solheim bounced back on Friday by beating Brenninger with the black pieces. \"I played for a win with black,\" the Norwegian said afterwards.",
			"I played for a win with black", "Grandmaster Magnus Solheim"},
		{"a nationality opening the sentence stands for the person named before",
			"Ochieng Langat, 29, pulled clear at 30 kilometres.\n\nThe Kenyan said he \"ran for the course record\" and would rest until spring.",
			"ran for the course record", "Ochieng Langat"},
		{"a possessor opening the sentence is he",
			"Tom Moloney and Alvaro Sendra reached the jump-off. Sendra went first and set a target.\n\nMoloney's advantage came at fence 5, where he turned inside. \"I knew she would be fast,\" he said afterwards.",
			"I knew she would be fast", "Moloney"},
		{"a surname that looks common is a name when the text gives it in full",
			"Ireland's Cian Dowling took silver behind Ruslan Aliyarov.\n\nAliyarov's routine earned 15.100.\n\nDowling, who took silver twice, said he had mixed feelings. \"The judges got it right,\" he said.",
			"The judges got it right", "Dowling"},
		{"a possessor's coach is the coach",
			"Maria Villanueva won gold.\n\nVillanueva's coach, Santiago Penaflor, has trained students for years. \"These children had talent,\" he said.",
			"These children had talent", "Santiago Penaflor"},
		{"a possessor before a team's name is the person",
			"Pieter Veldeman won the sprint ahead of Luc Aubert.\n\nVeldeman's Nordlicht-Vanta team controlled the race. He said he \"stayed on his wheel until the end\".",
			"stayed on his wheel until the end", "Veldeman"},
		{"a possessive speaker is the person",
			"Mayor Joanna Kral's budget passed. \"We are building the line,\" the mayor said.",
			"We are building the line", "Mayor Joanna Kral"},
		{"she after a role and a name with a particle",
			"Chief executive Annelies de Groot struck a confident tone. \"We expect a recovery in orders soon,\" she told analysts.",
			"We expect a recovery in orders soon", "Chief executive Annelies de Groot"},
		{"he after a lower-case title and a name mid-sentence",
			"At a briefing on Wednesday, national operations commander Rui Valadares was cautious. \"The fire is not under control,\" he said.",
			"The fire is not under control", "commander Rui Valadares"},
		{"he after a titled name with its office",
			"Looking back, commander Rui Valadares of the Civil Protection Authority recalled his words. \"The fire is under control,\" he had said.",
			"The fire is under control", "commander Rui Valadares"},
		{"she after a hyphenated name set off with an acronym's title",
			"Commissioner for Health Dr. Halima Yakubu-Danjuma said the drive went well.\n\nNgozi Okafor-Bello, the WHO coordinator in the state, repeated a warning. \"Measles finds the gaps,\" she said.",
			"Measles finds the gaps", "Ngozi Okafor-Bello"},
		{"a quote after a colon is the opening person's",
			"Head coach Priyantha Weerasooriya, who rode on the open-top bus, had summed up the final on Sunday night: \"We were twenty runs short at halfway.\"",
			"We were twenty runs short at halfway.", "Priyantha Weerasooriya"},
		{"a name speaking for its body is nearer than the last person the scan knew",
			"Mines Minister Chipo Ndlovu ordered an inquiry.\n\nTendai Sithole of the Associated Mine Workers Union of Zimbabwe said the deaths could have been avoided. \"The shaft was unsafe,\" he said.",
			"The shaft was unsafe", "Tendai Sithole"},
		{"a name past its relative clause speaks",
			"Mines Minister Chipo Ndlovu ordered an inquiry.\n\nMiner Farai Dube, who spent two days underground, said he would not go back. \"Not like this,\" he said.",
			"Not like this", "Miner Farai Dube"},
		{"a country is never he",
			"Batbayar Tsogt, the economy minister, said Mongolia wanted investors who would process its minerals at home. \"Now we want to sell what we make,\" he said.",
			"Now we want to sell what we make", "Batbayar Tsogt"},
		{"a bare role is no antecedent",
			"Police closed the road. \"Nobody was hurt,\" she said.",
			"Nobody was hurt", "she"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
			var got []string
			for _, f := range Extract(doc) {
				if f.Kind == KindQuote && f.Text() == tt.quote {
					got = append(got, f.Quote.Speaker)
				}
			}
			require.Len(t, got, 1)
			assert.Equal(t, tt.speaker, got[0])
		})
	}
}

func TestDaysOfDatesAreNoAmounts(t *testing.T) {
	got := quantityFacts(t, "Nearly 5,000 athletes from 11 countries took part in the Games, which ran from December 5 to 14.")
	assert.Contains(t, got, "11")
	assert.NotContains(t, got, "14")
}

func TestFewWords(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true},
		{"  ", 0, true},
		{"In 2023", 3, true},
		{"On Monday's preliminary count", 3, false},
		{"On Monday's count", 3, true},
		{"On Monday's preliminary vote count", 3, false},
		{" a\tb\nc ", 3, true},
		{"a b c d", 3, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fewWords(tt.s, tt.n), "%q", tt.s)
		assert.Equal(t, len(strings.Fields(tt.s)) <= tt.n, fewWords(tt.s, tt.n), "%q agrees with strings.Fields", tt.s)
	}
}

func TestVoteTallies(t *testing.T) {
	tests := []struct {
		name, text string
		keys       map[string]string
		periodless []string
		withPeriod []string
	}{
		{name: "by N votes to M", text: "Parliament approved the government's 2027 budget on Tuesday by 159 votes to 61.",
			keys: map[string]string{"159": "vote", "61": "vote against"}, periodless: []string{"159", "61"}},
		{name: "by a vote of N to M", text: "The bill passed by a vote of 212 to 198 on Friday.",
			keys: map[string]string{"212": "vote", "198": "vote against"}},
		{name: "N votes against M", text: "The motion won 88 votes against 41.",
			keys: map[string]string{"88": "vote", "41": "vote against"}},
		{name: "a year before its noun still dates other counts", text: "The 2022 round of the survey covered 16,200 students.",
			withPeriod: []string{"16,200"}},
		{name: "a range is no tally", text: "Between 20 and 30 deputies abstained.", keys: map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := quantityFacts(t, tt.text)
			for text, key := range tt.keys {
				require.Contains(t, fs, text)
				assert.Equal(t, key, fs[text].Key, text)
			}
			for _, text := range tt.periodless {
				require.Contains(t, fs, text)
				assert.Empty(t, fs[text].Period, text)
			}
			for _, text := range tt.withPeriod {
				require.Contains(t, fs, text)
				assert.NotEmpty(t, fs[text].Period, text)
			}
		})
	}
}

func TestOpposingVotes(t *testing.T) {
	for before, want := range map[string]bool{
		"approved by 159 votes to ":   true,
		"passed by a vote of 212 to ": true,
		"won 88 votes against ":       true,
		"rose from 12 to ":            false,
		"a vote of confidence to ":    false,
		"":                            false,
	} {
		assert.Equal(t, want, opposingVotes(before), before)
	}
}

func TestGappedRanks(t *testing.T) {
	tests := []struct {
		name, text, rank, key, subject string
	}{
		{"gapped clause keeps the category", "Indolink is the second-largest mobile operator with 98 million, and Merah Putih Telekom the third-largest with 57 million.",
			"the third-largest", "mobile", "merah putih telekom"},
		{"biggest is largest", "Indolink is the second-largest mobile operator, and Merah Putih Telekom the third-biggest.",
			"the third-biggest", "mobile", "merah putih telekom"},
		{"a sentence away is no gap", "Indolink is the second-largest mobile operator; Merah Putih Telekom is the third-biggest.",
			"the third-biggest", "", ""},
		{"no coordination, no gap", "Indolink is the second-largest mobile operator. Merah Putih Telekom is the third-largest.",
			"the third-largest", "", "merah putih telekom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Path: "a.txt", Raw: tt.text, Text: tt.text, Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
			var got *Fact
			for _, f := range Extract(doc) {
				if f.Kind == KindRank && f.Text() == tt.rank {
					got = f
				}
			}
			require.NotNil(t, got, "no rank %q", tt.rank)
			assert.Equal(t, tt.key, got.Key)
			if tt.subject != "" {
				assert.Equal(t, tt.subject, got.Subject)
			}
		})
	}
}

func TestGluedLetter(t *testing.T) {
	for in, want := range map[string]bool{"roughly P190 billion": true, "the P48-billion plan": true, "Pham and P.": false, "PHP 20": false, "": false, "P": false} {
		assert.Equal(t, want, gluedLetter(in, 'P'), in)
	}
	assert.True(t, gluedLetter("profit of N842.6 billion", 'N'))
	assert.False(t, gluedLetter("N-word, No. 5", 'N'))
}

func TestLeftWithoutIsAState(t *testing.T) {
	fs := quantityFacts(t, "At its height the cut left roughly 140,000 customers without electricity. The storm left 84 people unaccounted for.")
	require.Contains(t, fs, "roughly 140,000")
	assert.Equal(t, "custom without electr", fs["roughly 140,000"].Key, "left … without: the state, no predicate")
	require.Contains(t, fs, "84")
	assert.Contains(t, fs["84"].Key, "=", "left … unaccounted for keeps a predicate")
}

func TestNameEndingInEdIsNoPredicate(t *testing.T) {
	fs := quantityFacts(t, "In Casablanca, a crowd of 41,200 at the Stade Mohammed V saw the hosts score first.")
	require.Contains(t, fs, "41,200")
	assert.NotContains(t, fs["41,200"].Key, "=moham", "a capitalised name in -ed is no participle")
	fs = quantityFacts(t, "About 1,200 people in the district were evacuated.")
	require.Contains(t, fs, "About 1,200")
	assert.Contains(t, fs["About 1,200"].Key, "=evacu", "a participle after the noun phrase still is")
}

func TestKeysOfHeldAndSpreadCounts(t *testing.T) {
	fs := quantityFacts(t, "A bus carrying 46 people plunged about 300 metres into a ravine.")
	require.Contains(t, fs, "about 300 metres")
	assert.Equal(t, "bus m", fs["about 300 metres"].Key, "the bus plunged, not the people it carried")
	fs = quantityFacts(t, "The firm buys from about 14,000 farming households across Dak Lak.")
	require.Contains(t, fs, "about 14,000")
	assert.Equal(t, "farm household in dak lak", fs["about 14,000"].Key, "across a place is in it")
	fs = quantityFacts(t, "Tsuchida, who won last Sunday's election with 478,312 votes, takes office soon.")
	require.Contains(t, fs, "478,312")
	assert.Empty(t, fs["478,312"].Subject, "a day owns no votes")
}

func TestBracketedFigureIsTheNameBeforeIt(t *testing.T) {
	fs := quantityFacts(t, "Czech sculler Ondrej Kratochvil won the single sculls in 6:44.08, 2.35 seconds ahead of New Zealand's Hamish Corlett (6:46.43).")
	require.Contains(t, fs, "6:46.43")
	assert.Equal(t, "new zealand's hamish corlett", fs["6:46.43"].Subject, "the time in brackets is Corlett's")
}

func TestAllocatedSharesInheritTheUnit(t *testing.T) {
	fs := quantityFacts(t, "The rice went to four districts: 450 tonnes for Chilmari, 350 for Ulipur, 250 for Roumari and 100 for Char Rajibpur.")
	for _, n := range []string{"350", "250", "100"} {
		require.Contains(t, fs, n)
		assert.Equal(t, "tonne", fs[n].Quantity.Unit, n)
	}
	fs = quantityFacts(t, "It sold 450 tonnes for export and 350 workers lost jobs.")
	require.Contains(t, fs, "350")
	assert.Equal(t, "count", fs["350"].Quantity.Unit, "no name after for: no share")
	fs = quantityFacts(t, "The purse is 8,000 euros for the winner, 4,500 for second place and 2,500 for third.")
	for _, n := range []string{"4,500", "2,500"} {
		require.Contains(t, fs, n)
		assert.Equal(t, "EUR", fs[n].Quantity.Unit, "a short recipient after for: "+n)
	}
	fs = quantityFacts(t, "It paid 8,000 euros for the new boats, 4,500 for 12 of the old ones and 2,500 for third.")
	assert.Equal(t, "count", fs["4,500"].Quantity.Unit, "a recipient with a figure in it is no short label")
}

func TestBareAmountBeforeAPrepositionInheritsTheUnit(t *testing.T) {
	fs := quantityFacts(t, "At the end of June the fund was worth 18,200 billion kroner, up from 17,050 billion at the end of December.")
	require.Contains(t, fs, "17,050 billion")
	assert.Equal(t, "NOK", fs["17,050 billion"].Quantity.Unit, "a preposition after a bare amount is no noun of its own")
	fs = quantityFacts(t, "The fund was worth 18,200 billion kroner, and 17 billion people live there.")
	assert.NotEqual(t, "NOK", fs["17 billion"].Quantity.Unit, "a noun after the amount is its own")
}

func TestPutAtWithHedgeAndYear(t *testing.T) {
	fs := quantityFacts(t, "The report put total tourist arrivals in 2025 at about 1.4 million.")
	require.Contains(t, fs, "at about 1.4 million")
	assert.Equal(t, "tourist arriv", fs["at about 1.4 million"].Key)
}

func TestPartOfAnOwnedWhole(t *testing.T) {
	fs := quantityFacts(t, "Nine of the Kohsar Mail's 16 coaches derailed when it hit the goods train.")
	require.Contains(t, fs, "Nine")
	require.Contains(t, fs, "16")
	assert.Equal(t, "coach =derail", fs["Nine"].Key, "the nine derailed")
	assert.Equal(t, "coach", fs["16"].Key, "the 16 are all the coaches")
	fs = quantityFacts(t, "Seven of the passenger train's 16 coaches derailed.")
	assert.Equal(t, "coach =derail", fs["Seven"].Key)
	fs = quantityFacts(t, "Nine of the train's 22 coaches left the tracks.")
	assert.Equal(t, "coach left track =part", fs["Nine"].Key, "no predicate: some of what the whole's key names")
}

func TestBracketOwner(t *testing.T) {
	tests := []struct{ sent, want string }{
		{"Prior to Tokyo, it was the Soviet Union in second (440 gold medals and 1,122 total).", "soviet union"},
		{"The toll rose in Kenya (14) and Uganda (9).", "kenya"},
		{"The fund (about $2 billion) grew.", ""},
		{"Sales rose sharply (to $2 billion).", ""},
	}
	for _, tt := range tests {
		i := strings.IndexAny(tt.sent, "0123456789")
		for i > 0 && tt.sent[i-1] == '$' {
			i--
		}
		assert.Equal(t, tt.want, bracketOwner(tt.sent, i), tt.sent)
	}
}

func TestNoUnitInheritedBeforeAMeasuredNoun(t *testing.T) {
	fs := quantityFacts(t, "The volume rose 12.6% from 182,000 tonnes, equivalent to about 3.4 million 60-kilogram bags.")
	require.Contains(t, fs, "about 3.4 million")
	assert.Equal(t, "count", fs["about 3.4 million"].Quantity.Unit)
}

func TestNoUnitInheritedFromAMeasureModifier(t *testing.T) {
	fs := quantityFacts(t, "The company sold 4.8 million nine-litre cases, up from 4.2 million a year earlier, an increase of about 14%.")
	require.Contains(t, fs, "4.2 million")
	assert.Equal(t, "count", fs["4.2 million"].Quantity.Unit, "the cases' count, not the litres of one case")
	fs = quantityFacts(t, "Central Anatolia led with 8.1 million tonnes, ahead of Southeastern Anatolia at 4.6 million.")
	assert.Equal(t, "tonne", fs["4.6 million"].Quantity.Unit)
}

func TestMoreWithItsOwnNounIsNoElision(t *testing.T) {
	fs := quantityFacts(t, "The club had nine medals at the end of Saturday and added five more boats in Sunday's finals.")
	require.Contains(t, fs, "five")
	assert.NotEqual(t, "medal", fs["five"].Key, "five more boats are no medals")
}

func TestPlacesNamedLikeTitledPeopleAreNoPeople(t *testing.T) {
	text := "Doctors at King George Hospital said 27 were at the Government General Hospital. Health Minister Anita Rao visited. Leticia Bautista-Roxas, president of the Lakan Literacy Foundation, spoke. Prime Minister Tomaz Ferjancic's Civic Momentum slumped."
	doc := &Document{Path: "a.txt", Raw: text, Text: text, Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
	var people []string
	for _, f := range Extract(doc) {
		if f.Kind == KindPerson {
			people = append(people, f.Subject)
		}
	}
	assert.Equal(t, []string{"Anita Rao", "Leticia Bautista-Roxas", "Tomaz Ferjancic"}, people, "a title apposed to a name is that name's; a possessive ends a name")
}
