package enum

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ann is the observable part of an Announcement.
type ann struct {
	Text   string // the announcing phrase
	Count  int
	Style  string
	Listed bool
	Labels []string
}

func TestAnnouncements(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ann
	}{
		{"numbered lines with heads, short of the count",
			"The minister listed four key results that matter:\n\n  1. Trade Growth: Trade rose.\n  2. New Plants: Two plants opened.\n  3. Jobs: Hiring grew.\n\nThe visit ends today.",
			[]ann{{"four key results", 4, StyleNumbered, true, []string{"Trade Growth", "New Plants", "Jobs"}}}},
		{"numbered lines with blank lines between",
			"She set out three priorities for the year:\n\n1. Ports: more berths.\n\n2. Rail: faster freight.\n\n3. Roads: fewer gaps.\n",
			[]ann{{"three priorities", 3, StyleNumbered, true, []string{"Ports", "Rail", "Roads"}}}},
		{"continuation line deeper indented",
			"He named two goals:\n1. Cut costs\n   across all units.\n2. Hire staff.\nDone here.",
			[]ann{{"two goals", 2, StyleNumbered, true, []string{"Cut costs across all units", "Hire staff"}}}},
		{"numbered list stops at prose",
			"There are three steps:\n1) Plan.\n2) Build.\nThe rest was not discussed.\n3) Test.",
			[]ann{{"three steps", 3, StyleNumbered, true, []string{"Plan", "Build"}}}},
		{"a spaced hyphen sets a list off as a dash does",
			"Six counties are now affected - Nakuru, Baringo, Narok and Kericho - and camps are open.",
			[]ann{{"Six counties", 6, StyleInline, true, []string{"Nakuru", "Baringo", "Narok", "Kericho"}}}},
		{"a dash closing an aside opens no list",
			"They had 18 aircraft - 11 planes and seven helicopters - including four planes sent by Italy and Croatia.",
			nil},
		{"names with counts after a count are other counts, not its items",
			"Malaysia had 32 ranked universities, Indonesia 28 and Thailand 20, and Universiti Malaya was 58th.",
			nil},
		{"a title's dot, a relative clause and an apposition after the last name are no items",
			"He named a five-member committee: engineer Rui Kato, who will chair it, surveyor Capt. Ola Bem, Dr Ana Lu of Kyoto University, lawyer Jo Ng and Lee Tam, a former harbour master.",
			[]ann{{"five-member committee", 5, StyleInline, true, []string{"engineer Rui Kato", "surveyor Capt. Ola Bem", "Dr Ana Lu of Kyoto University", "lawyer Jo Ng", "Lee Tam"}}}},
		{"names grouped by country cannot be counted by commas",
			"The six winners are An, Binh and Cuong of Vietnam, Ethan and Chloe of Singapore, and Somchai of Thailand.",
			nil},
		{"one group with its place at the end is still counted",
			"The four winners are An, Binh and Cuong of Vietnam.",
			[]ann{{"four winners", 4, StyleInline, true, []string{"An", "Binh", "Cuong of Vietnam"}}}},
		{"modifiers sharing a head noun name several items each",
			"The event has seven titles: men's and women's singles, men's, women's and mixed doubles, and the men's and women's team events.",
			nil},
		{"an and inside the last item's name does not end the list",
			"The jury handed out four special prizes: the creativity award to Mekong of Can Tho University, the best design award to Orbit and the fair play award to Phoenix of the University of Technology and Education.",
			[]ann{{"four special prizes", 4, StyleInline, true, []string{"the creativity award to Mekong of Can Tho University", "the best design award to Orbit", "the fair play award to Phoenix of the University of Technology and Education"}}}},
		{"an and inside an office before the list's last part is the office's",
			"He is travelling with four ministers: Foreign Minister Le Hoa, Minister of Industry and Trade Pham Dung, Minister of Agriculture and Environment Nguyen Binh and Minister of Construction Dao Nghia.",
			[]ann{{"four ministers", 4, StyleInline, true, []string{"Foreign Minister Le Hoa", "Minister of Industry and Trade Pham Dung", "Minister of Agriculture and Environment Nguyen Binh", "Minister of Construction Dao Nghia"}}}},
		{"offices before names joined by and: the list's and follows a name",
			"The four ministers who signed them were Finance Minister Hoang Chau, Education and Training Minister Vu Anh, Industry and Trade Minister Ngo Vinh and Agriculture and Environment Minister Luong Son.",
			[]ann{{"four ministers", 4, StyleInline, true, []string{"Finance Minister Hoang Chau", "Education and Training Minister Vu Anh", "Industry and Trade Minister Ngo Vinh", "Agriculture and Environment Minister Luong Son"}}}},
		{"counts left after their names are a breakdown",
			"Singapore took 14 golds, while Thailand won 10 golds, Malaysia four and Indonesia two, accounting for all 48 titles.",
			nil},
		{"counts gapped after most names break a total down",
			"After two days, Thailand has six gold medals, Vietnam five, Malaysia two, and Laos, Indonesia and the Philippines one each.",
			nil},
		{"amounts split a count: no list to count",
			"The investment is split into two phases: $120 million for the first phase, which started production this month, and $65 million for a second phase due in 2028.",
			nil},
		{"a role given after a name is no item",
			"The race is officiated by a four-member panel of commissaires: Marco Benedetti of Italy, the president of the jury, Yuki Tanabe of Japan, Siti Rahman of Malaysia and Tran Mai of Vietnam.",
			[]ann{{"four-member panel", 4, StyleInline, true, []string{"Marco Benedetti of Italy", "Yuki Tanabe of Japan", "Siti Rahman of Malaysia", "Tran Mai of Vietnam"}}}},
		{"places after a comma and at are the items",
			"The agency has opened four camps for displaced people, at Danja Central Primary School, Government Girls' Secondary School Danja and the Kahutu town hall.",
			[]ann{{"four camps", 4, StyleInline, true, []string{"Danja Central Primary School", "Government Girls' Secondary School Danja", "the Kahutu town hall"}}}},
		{"cities after in may hold several each: no list",
			"Its five hotels, in Singapore, Kuala Lumpur and Bangkok, had a weaker half.",
			nil},
		{"a colon after another noun joined to the count is that noun's",
			"The visit produced 14 agreements and a pointed message for business: build here, not only assemble.",
			nil},
		{"names ending in digits are items",
			"The airport has three terminals: Terminal 1, Terminal 2 and Terminal 4 are open.",
			[]ann{{"three terminals", 3, StyleInline, true, []string{"Terminal 1", "Terminal 2", "Terminal 4 are open"}}}},
		{"long items before the list's final and are items",
			"They agreed on four priorities for the second half: opening new markets in the Middle East and Latin America, meeting traceability rules in the EU and the United States, shifting factories to rooftop solar and other clean power, and training and keeping skilled workers.",
			[]ann{{"four priorities", 4, StyleInline, true, []string{"opening new markets in the Middle East and Latin America", "meeting traceability rules in the EU and the United States", "shifting factories to rooftop solar and other clean power", "training and keeping skilled workers"}}}},
		{"possessive names are items",
			"The three winners were Tom's Bakery, Anna's Kitchen and Joe's Diner.",
			[]ann{{"three winners", 3, StyleInline, true, []string{"Tom's Bakery", "Anna's Kitchen", "Joe's Diner"}}}},
		{"games counted in a phrase announce no list",
			"Coach Tuan has kept the same back four in all three games: Hieu, Vinh, Khoa and Bao.",
			nil},
		{"a partitive count names some of them",
			"Of the 10 music awards, Aisyah Rahman took song of the year, Paper Elephants won album of the year and Lotus Five won best group.",
			nil},
		{"a rate between the count and its colon counts nothing",
			"Three regions grew by more than 4% a year: Savannah, North East and Bono East.",
			[]ann{{"Three regions", 3, StyleInline, true, []string{"Savannah", "North East", "Bono East"}}}},
		{"numbering must restart at one",
			"He gave two reasons:\n2. Cost.\n3. Time.",
			[]ann{{"two reasons", 2, "", false, nil}}},
		{"ordinal paragraphs",
			"The envoy proposed four main directions:\n\nFirst: Deepening trust between towns. This means visits.\n\nSecond: Building skills. Training matters.\n\nThird: Sharing data.\n\nFourth: Greening industry.\n\nThe envoy then left.",
			[]ann{{"four main directions", 4, StyleOrdinal, true, []string{"Deepening trust between towns", "Building skills", "Sharing data", "Greening industry"}}}},
		{"ordinal paragraphs with Firstly",
			"They agreed on two points:\nFirstly, lower tariffs.\nSecondly, open skies.\n",
			[]ann{{"two points", 2, StyleOrdinal, true, []string{"lower tariffs", "open skies"}}}},
		{"bullets",
			"The report flags three risks:\n- Floods\n- Heat waves\n- Drought\n\nEnd.",
			[]ann{{"three risks", 3, StyleBullets, true, []string{"Floods", "Heat waves", "Drought"}}}},
		{"bullet dots",
			"Key takeaways include two ideas:\n• Speed\n• Scale\n",
			[]ann{{"two ideas", 2, StyleBullets, true, []string{"Speed", "Scale"}}}},
		{"a compound count before a collective noun",
			"The jury unveiled a six-book shortlist: The Salt Ledger, Long Bridges, Quiet Border, Map of Islands and Town Hymns.",
			[]ann{{"six-book shortlist", 6, StyleInline, true, []string{"The Salt Ledger", "Long Bridges", "Quiet Border", "Map of Islands", "Town Hymns"}}}},
		{"a compound count before a noun of no collection", "The two-way trade grew: exports, imports and services.", nil},
		{"a title's colon after the count's clause", "Twelve teams from seven countries open today, at a regional Mobile Legends: Bang Bang, Honor and Glory tournament.", nil},
		{"an and inside an organisation's name",
			"Four agencies are working at the scene: LASEMA, the Lagos State Fire and Rescue Service, the National Emergency Management Agency and a unit of the army's engineering corps.",
			[]ann{{"Four agencies", 4, StyleInline, true, []string{"LASEMA", "the Lagos State Fire and Rescue Service", "the National Emergency Management Agency", "a unit of the army's engineering corps"}}}},
		{"items a naming verb lists before the count",
			"The coach had named ball retention, set pieces and pressing as the three areas he wanted to improve.",
			[]ann{{"three areas", 3, StyleInline, true, []string{"ball retention", "set pieces", "pressing"}}}},
		{"a table flattened into sentences is no list", "Here are the top ten results: Australia: 67 Gold, 57 Silver, 54 Bronze. Total: 178.", nil},
		{"a breakdown before an attribution", "Rescuers have brought 43 people out of the rubble: 31 alive and 12 dead, according to the agency.", nil},
		{"inline after colon with Oxford comma",
			"The plan rests on three core pillars: open data, fair rules, and smart ports. It starts soon.",
			[]ann{{"three core pillars", 3, StyleInline, true, []string{"open data", "fair rules", "smart ports"}}}},
		{"an and inside an item does not end the list",
			"Results varied across the country's four regions: the Northern Midlands and Mountains, the North Central and Central Coast, the Central Highlands and the Mekong Delta.",
			[]ann{{"four regions", 4, StyleInline, true, []string{"the Northern Midlands and Mountains", "the North Central and Central Coast", "the Central Highlands", "the Mekong Delta"}}}},
		{"a clause after the final conjunct ends the list",
			"The ministry set three goals: exports, jobs and investment, the minister said.",
			[]ann{{"three goals", 3, StyleInline, true, []string{"exports", "jobs", "investment"}}}},
		{"inline without Oxford comma",
			"It has four aims: growth, jobs, equity and peace.",
			[]ann{{"four aims", 4, StyleInline, true, []string{"growth", "jobs", "equity", "peace"}}}},
		{"including names a selection, not the list",
			"There are 3 factors that firms weigh when choosing sites, including labor costs, logistics, and tax policy.",
			nil},
		{"inline semicolons",
			"He proposed two measures: cutting red tape for small firms; and opening more direct flights.",
			[]ann{{"two measures", 2, StyleInline, true, []string{"cutting red tape for small firms", "opening more direct flights"}}}},
		{"inline after namely",
			"The bank backs two sectors, namely agriculture and fisheries.",
			[]ann{{"two sectors", 2, StyleInline, true, []string{"agriculture", "fisheries"}}}},
		{"a verb of scope after an aside gives the items",
			"The seven agreements, signed at the People's Committee building, cover a joint trade action plan, rice and farm standards, renewable energy, tourism promotion, QR payments and vocational training, a spokesman said.",
			[]ann{{"seven agreements", 7, StyleInline, true, []string{"a joint trade action plan", "rice and farm standards", "renewable energy", "tourism promotion", "QR payments", "vocational training"}}}},
		{"an institution's own 'and' before its place",
			"The injured were spread across three hospitals: the Teaching Hospital in Ikeja, Gbagada General Hospital, the Lagos State Burns and Trauma Centre in Gbagada, and Isolo General Hospital.",
			[]ann{{"three hospitals", 3, StyleInline, true, []string{"the Teaching Hospital in Ikeja", "Gbagada General Hospital", "the Lagos State Burns and Trauma Centre in Gbagada", "Isolo General Hospital"}}}},
		{"a participle of scope after the count's complement gives the items",
			"They also signed seven memorandums of understanding, covering a cap on fees, joint inspections, mutual recognition of skills, a hotline for workers, data-sharing on workers, and training for teachers.",
			[]ann{{"seven memorandums", 7, StyleInline, true, []string{"a cap on fees", "joint inspections", "mutual recognition of skills", "a hotline for workers", "data-sharing on workers", "training for teachers"}}}},
		{"fields a count's documents cover are no items of it",
			"The two sides signed eight cooperation documents covering farm market access, vocational training, energy supply and critical minerals.",
			nil},
		{"a passive of scope gives no items",
			"Residents of Oropos, Marathonas, Penteli and Dionysos, the four municipalities covered by the emergency order, will be able to apply for rent support and for new goods, the ministry said.",
			[]ann{{"four municipalities", 4, StyleInline, true, []string{"Oropos", "Marathonas", "Penteli", "Dionysos"}}}},
		{"a counted name with 'of' inside it",
			"He said six Medical Officer of Health areas had been declared high-risk: Kandy, Gangawata Korale, Harispattuwa, Akurana and Yatinuwara.",
			[]ann{{"six Medical Officer of Health areas", 6, StyleInline, true, []string{"Kandy", "Gangawata Korale", "Harispattuwa", "Akurana", "Yatinuwara"}}}},
		{"names in apposition after a short qualifier of the noun",
			"The zone was widened, and the six villages inside it, Jontona, Amakaka, Lamawolo, Lamatokan and Todanara, remain empty.",
			[]ann{{"six villages", 6, StyleInline, true, []string{"Jontona", "Amakaka", "Lamawolo", "Lamatokan", "Todanara"}}}},
		{"a listing verb's count named as its items",
			"He listed the federation's three priorities as cutting electricity costs for mills, expanding drying and storage capacity, and giving exporters cheaper export finance.",
			[]ann{{"three priorities", 3, StyleInline, true, []string{"cutting electricity costs for mills", "expanding drying and storage capacity", "giving exporters cheaper export finance"}}}},
		{"as without a listing verb names no list",
			"The firm sees three priorities as urgent, chief among them exports.",
			nil},
		{"a dozen",
			"The council adopted a dozen measures: a, b, c.",
			[]ann{{"dozen measures", 12, StyleInline, true, []string{"a", "b", "c"}}}},
		{"digits count",
			"The agency set 5 targets:\n- A\n- B\n- C\n- D\n- E\n",
			[]ann{{"5 targets", 5, StyleBullets, true, []string{"A", "B", "C", "D", "E"}}}},
		{"several directions as paragraphs",
			"The minister outlined several key directions.\nHe said towns should pool their strengths.\nFirms must be placed at the centre, he added.\nThe minister welcomed the guests warmly.\n",
			[]ann{{"several key directions", 0, StyleParagraphs, true, []string{"He said towns should pool their strengths", "Firms must be placed at the centre, he added"}}}},
		{"several with colon and semicolons",
			"He proposed several cooperation directions: promoting trade; training staff; and sharing know-how.",
			[]ann{{"several cooperation directions", 0, StyleInline, true, []string{"promoting trade", "training staff", "sharing know-how"}}}},
		{"the following",
			"They agreed on the following steps:\n1. Review.\n2. Sign.\n",
			[]ann{{"following steps", 0, StyleNumbered, true, []string{"Review", "Sign"}}}},
		{"announced but nothing listed",
			"The premier outlined five directions for the region.\nThe talks then turned to trade.",
			[]ann{{"five directions", 5, "", false, nil}}},
		{"colon then nothing list-like",
			"He highlighted six key developments:\nThe weather was fine.",
			[]ann{{"six key developments", 6, "", false, nil}}},
		{"numbered list without colon at line end",
			"The study found three trends.\n1. Aging.\n2. Urban growth.\n3. Migration.",
			[]ann{{"three trends", 3, StyleNumbered, true, []string{"Aging", "Urban growth", "Migration"}}}},
		{"two announcements in one text",
			"It has two aims: speed and scale. It also sets three limits: cost, time and risk.",
			[]ann{
				{"two aims", 2, StyleInline, true, []string{"speed", "scale"}},
				{"three limits", 3, StyleInline, true, []string{"cost", "time", "risk"}},
			}},
		{"trailing slash marker trimmed",
			"They share three values: trust, respect and care./.",
			[]ann{{"three values", 3, StyleInline, true, []string{"trust", "respect", "care"}}}},

		{"uncounted bullets after a plural noun and a colon",
			"Lan outlined the main steps the city will take this winter:\n\n- Clearing drains;\n- Opening shelters;\n- Stocking sandbags.\n\nThe storm is due.",
			[]ann{{"main steps", 0, StyleBullets, true, []string{"Clearing drains", "Opening shelters", "Stocking sandbags"}}}},
		{"uncounted inline list after a possessive",
			"Minh listed the agency's goals for the next three years: cutting waits, hiring nurses, and opening two clinics.",
			[]ann{{"goals", 0, StyleInline, true, []string{"cutting waits", "hiring nurses", "opening two clinics"}}}},
		{"uncounted numbered list after a phrasal verb",
			"She set out her reasons:\n1. Cost.\n2. Time.\n",
			[]ann{{"reasons", 0, StyleNumbered, true, []string{"Cost", "Time"}}}},
		{"announced count with a selection",
			"The report named five risks, including floods and drought.",
			[]ann{{"five risks", 5, "", false, nil}}},
		{"several directions skip a stressed fact",
			"The minister outlined several key directions.\nTowns should pool their strengths.\nFirms must lead, he added.\nTrade grew 5% last year, he stressed.\n",
			[]ann{{"several key directions", 0, StyleParagraphs, true, []string{"Towns should pool their strengths", "Firms must lead, he added"}}}},

		// Look-alikes that announce nothing.
		{"count and noun split by a line break", "2\nAAAs :0", nil},
		{"count and noun split before a colon list", "We set 3\nkey goals: a, b, c.", nil},
		{"hedged count with including", "More than 40 firms took part in the fair, including 10 from Laos and 6 from Peru.", nil},
		{"hedged count with colon", "About 20 delegates came: mayors, bankers and teachers.", nil},
		{"at least with such as", "At least 12 towns joined, such as Vorn, Tal and Bex.", nil},
		{"up to with among them", "Up to 15 ships called, among them three tankers and a liner.", nil},
		{"count with such as", "The region grows 4 crops such as rice, tea and coffee.", nil},
		{"uncounted without a colon", "He outlined the key solutions for the region.", nil},
		{"uncounted with one item", "She named her priority areas: health.", nil},
		{"uncounted colon before prose", "He listed the reasons: the economy, which had been slowing for a long time and worried every single investor in town, and more.", nil},
		{"the two countries", "Trade between the two countries grew.", nil},
		{"a number glued to a modifier does not stop the cue", "The minister announced four measures to soften the ₦1,250-per-litre petrol price: an allowance, new buses and a VAT holiday.",
			[]ann{{"four measures", 4, StyleInline, true, []string{"an allowance", "new buses", "a VAT holiday"}}}},
		{"names opening the sentence before an apposed count", "Gauteng, KwaZulu-Natal, the Western Cape, the Eastern Cape and Limpopo, the five most populous provinces, are home to most people.",
			[]ann{{"five most populous provinces", 5, StyleInline, true, []string{"Gauteng", "KwaZulu-Natal", "the Western Cape", "the Eastern Cape", "Limpopo"}}}},
		{"names after an apposed count, some after 'the'", "The five most populous provinces, Gauteng, KwaZulu-Natal, the Western Cape, the Eastern Cape and Mpumalanga, account for the bulk of the unemployed.",
			[]ann{{"five most populous provinces", 5, StyleInline, true, []string{"Gauteng", "KwaZulu-Natal", "the Western Cape", "the Eastern Cape", "Mpumalanga"}}}},
		{"lower-case words before an apposed count are no names", "Farms, mines, the ports and factories, the four sectors, grew.", nil},
		{"a copula list after the noun's complement", "The top five sources of investment were South Korea, China, Singapore, Japan and Taiwan.",
			[]ann{{"five sources", 5, StyleInline, true, []string{"South Korea", "China", "Singapore", "Japan", "Taiwan"}}}},
		{"a time phrase between the noun and its copula", "The top five markets last year were France, the United States, Spain, Italy and China.",
			[]ann{{"five markets", 5, StyleInline, true, []string{"France", "the United States", "Spain", "Italy", "China"}}}},
		{"a year between the noun and its copula", "The three largest buyers in 2025 were Japan, Korea and Taiwan.",
			[]ann{{"three largest buyers", 3, StyleInline, true, []string{"Japan", "Korea", "Taiwan"}}}},
		{"a copula list before a reporting clause", "The top five source markets were South Korea, China, Russia, India and Japan, the provincial Department of Culture, Sports and Tourism said.",
			[]ann{{"five source markets", 5, StyleInline, true, []string{"South Korea", "China", "Russia", "India", "Japan"}}}},
		{"thousands separators split no item", "Job losses were concentrated in four industries: trade shed 112,000 jobs, construction 64,000, community and social services 51,000 and agriculture 38,000.",
			[]ann{{"four industries", 4, StyleInline, true, []string{"trade shed 112,000 jobs", "construction 64,000", "community and social services 51,000", "agriculture 38,000"}}}},
		{"a relative clause after a named item is no item", "The line has three interchange stations: Khae Rai, where passengers can transfer to the Pink and Purple lines, Kasetsart University, which connects with the Green Line, and Lam Sali.",
			[]ann{{"three interchange stations", 3, StyleInline, true, []string{"Khae Rai", "Kasetsart University", "Lam Sali"}}}},
		{"a relative clause after a named item, two items short", "The line has four interchange stations: Khae Rai, where passengers can transfer to the Pink and Purple lines, and Lam Sali.",
			[]ann{{"four interchange stations", 4, StyleInline, true, []string{"Khae Rai", "Lam Sali"}}}},
		{"a participle aside after a named item is no item", "Opposition came from two council clubs: Civic Zilina, led by Miroslava Tomkova, and the smaller Independent Councillors group.",
			[]ann{{"two council clubs", 2, StyleInline, true, []string{"Civic Zilina", "the smaller Independent Councillors group"}}}},
		{"a participle aside in a longer list", "Three firms bid: Alder Ltd, based in Leeds, Brook plc and Cedar Group.",
			[]ann{{"Three firms", 3, StyleInline, true, []string{"Alder Ltd", "Brook plc", "Cedar Group"}}}},
		{"a count after \"after\" is a point in a series", "Three teams were still perfect after six rounds: India, Azerbaijan and Uzbekistan.",
			[]ann{{"Three teams", 3, StyleInline, true, []string{"India", "Azerbaijan", "Uzbekistan"}}}},
		{"a clock time inside an item ends no sentence", "The wali announced four measures: a load-shedding schedule, 12 cooling centres, civil-service hours moved to 7 a.m. to 2 p.m., and water tankers for 40 villages.",
			[]ann{{"four measures", 4, StyleInline, true, []string{"a load-shedding schedule", "12 cooling centres", "civil-service hours moved to 7 a.m. to 2 p.m", "water tankers for 40 villages"}}}},
		{"a number sign inside an item ends no sentence", "The yard has three priorities: automating its welding lines, expanding the No. 3 dry dock and hiring 1,200 technicians.",
			[]ann{{"three priorities", 3, StyleInline, true, []string{"automating its welding lines", "expanding the No. 3 dry dock", "hiring 1,200 technicians"}}}},
		{"roles set off by commas are no items", "Two employees were suspended: the assistant station master, Mumtaz Ali Shaikh, and the pointsman, Allah Dino Chandio.",
			[]ann{{"Two employees", 2, StyleInline, true, []string{"Mumtaz Ali Shaikh", "Allah Dino Chandio"}}}},
		{"an indefinite role after a name is no item", "She named two candidates for deputy mayor: Cristian Oprea, a civil engineer, and Ioana Balan, a former school inspector.",
			[]ann{{"two candidates", 2, StyleInline, true, []string{"Cristian Oprea", "Ioana Balan"}}}},
		{"a four-word qualifier before the apposed names", "The five villages on the far bank, Shingrai, Barkot, Tirat, Dherai and Gurkot, have 18,000 people.",
			[]ann{{"five villages", 5, StyleInline, true, []string{"Shingrai", "Barkot", "Tirat", "Dherai", "Gurkot"}}}},
		{"a count per item lists nothing", "Three films won two prizes each: The Salt Orchard, Winter Bazaar and Nine Bridges.",
			[]ann{{"Three films", 3, StyleInline, true, []string{"The Salt Orchard", "Winter Bazaar", "Nine Bridges"}}}},
		{"each item's figure after a comma is no item", "The cases are in three districts: Port Loko, with 231, Kambia, with 148, and Bombali, with 33, the ministry said.",
			[]ann{{"three districts", 3, StyleInline, true, []string{"Port Loko", "Kambia", "Bombali"}}}},
		{"a fiscal year between the count and its colon", "He set out three priorities for 2026-27: ports, rail and power.",
			[]ann{{"three priorities", 3, StyleInline, true, []string{"ports", "rail", "power"}}}},
		{"a year between the count and its colon", "We will open four new routes in 2026: Vienna to Split, Prague to Bordeaux and Munich to Naples.",
			[]ann{{"four new routes", 4, StyleInline, true, []string{"Vienna to Split", "Prague to Bordeaux", "Munich to Naples"}}}},
		{"a code glued to a word does not stop the cue", "Seven airlines will fly from T2: Vietjet Air, Bamboo Airways and Lotus Air.",
			[]ann{{"Seven airlines", 7, StyleInline, true, []string{"Vietjet Air", "Bamboo Airways", "Lotus Air"}}}},
		{"names after a copula", "The top five source markets were India, Russia, the United Kingdom, Germany, China and France, which together led.",
			[]ann{{"five source markets", 5, StyleInline, true, []string{"India", "Russia", "the United Kingdom", "Germany", "China", "France"}}}},
		{"names before a copula and the count", "Germany, Italy, Spain, Japan and the United States were the five biggest buyers of coffee.",
			[]ann{{"five biggest buyers", 5, StyleInline, true, []string{"Germany", "Italy", "Spain", "Japan", "the United States"}}}},
		{"names in apposition before the count", "He carried Kuresoi South, Kuresoi North and Rongai, the three constituencies where his party campaigned.",
			[]ann{{"three constituencies", 3, StyleInline, true, []string{"Kuresoi South", "Kuresoi North", "Rongai"}}}},
		{"names after their roles in apposition", "The side went in with three spinners, left-armer Tomas Vey, off-spinner Ravi Pillai and leg-spinner Jon Amos, and left out a seamer.",
			[]ann{{"three spinners", 3, StyleInline, true, []string{"Tomas Vey", "Ravi Pillai", "Jon Amos"}}}},
		{"a lower-case opener is no role", "The side went in with three spinners, including Tomas Vey and Ravi Pillai, and left out a seamer.",
			nil},
		{"a date between the count and its colon", "Deputies made three changes to the text approved on May 5: they cut the rate, exempted small miners, and delayed the start.",
			[]ann{{"three changes", 3, StyleInline, true, []string{"they cut the rate", "exempted small miners", "delayed the start"}}}},
		{"verb items go on past an and inside one", "Deputies made three changes: they cut the rate, exempted small-scale and artisanal miners, and delayed the start.",
			[]ann{{"three changes", 3, StyleInline, true, []string{"they cut the rate", "exempted small-scale and artisanal miners", "delayed the start"}}}},
		{"the next sentence lists the count under its noun", "The two sides signed four agreements in Hanoi yesterday, covering trade and education. The agreements are a veterinary protocol; a joint venture; and a student exchange.",
			[]ann{{"four agreements", 4, StyleInline, true, []string{"a veterinary protocol", "a joint venture", "a student exchange"}}}},
		{"a passive in the next sentence lists nothing", "The two sides signed four memorandums. The memorandums were signed on Tuesday, April 15, at the assembly and by the speaker.", nil},
		{"names in apposition after the count", "Langat won three constituencies, Kuresoi South, Kuresoi North and Molo, all rural.",
			[]ann{{"three constituencies", 3, StyleInline, true, []string{"Kuresoi South", "Kuresoi North", "Molo"}}}},
		{"a clause after the count's comma is no list", "Langat won three constituencies, Mbugua took the rest.", nil},
		{"two names after a count of three, a time between", "The carrier will add three international routes this year, Recife-Lisbon and Fortaleza-Miami, both in July.",
			[]ann{{"three international routes", 3, StyleInline, true, []string{"Recife-Lisbon", "Fortaleza-Miami"}}}},
		{"two names after a count of two are no list to check", "The carrier will add two routes, Recife and Miami, both in July.", nil},
		{"names before a possessive count", "Germany, Italy, Spain, Belgium and the United States were Vietnam's top five coffee markets in the period.",
			[]ann{{"five coffee markets", 5, StyleInline, true, []string{"Germany", "Italy", "Spain", "Belgium", "the United States"}}}},
		{"a clause before the copula is no list", "Prices rose, exports fell and Japan bought more, which were the three trends.", nil},
		{"items in the next sentence", "The leaders witnessed the signing of nine cooperation documents. They cover education, water, farming, credit, digital transformation, medicines, health care and export insurance.",
			[]ann{{"nine cooperation documents", 9, StyleInline, true, []string{"education", "water", "farming", "credit", "digital transformation", "medicines", "health care", "export insurance"}}}},
		{"a selection in the next sentence", "The ministry named five risks. They include floods, drought and storms.",
			[]ann{{"five risks", 5, "", false, nil}}},
		{"a list set off by dashes", "The government declared an emergency in five districts — Chala, Atico, Atiquipa, Yauca and Bella Union — in a decree published on Sunday.",
			[]ann{{"five districts", 5, StyleInline, true, []string{"Chala", "Atico", "Atiquipa", "Yauca", "Bella Union"}}}},
		{"two names sharing a border are not one item", "The ministry named three border crossings: Dostyk and Altynkol on the Chinese border, and Bolashak on the southern one.", nil},
		{"items grouped by place are not counted", "Authorities evacuated 420 residents from six villages: Fajao, Unhais, Janeiro and Dornelas in Pampilhosa, and Piodao and Benfeita in Arganil.", nil},
		{"a toll after a copula is no list", "Five people were killed, 12 injured and three missing.", nil},
		{"two names after a copula are too few to tell", "The two finalists are Hanoi and Hue.", nil},
		{"a number that is no year still stops the cue", "They named three ports with 2026 berths: Vorn, Tal and Bex.",
			[]ann{{"three ports", 3, "", false, nil}}},
		{"breakdown of a count", "They finished with 78 points from 34 matches: 24 wins, six draws and four defeats.", nil},
		{"breakdown in bullets", "The fleet has 40 ships:\n- 25 tankers\n- 15 bulk carriers\n", nil},
		{"items that only mention numbers", "He set three goals: 5% growth, full employment and 2 new ports.",
			[]ann{{"three goals", 3, StyleInline, true, []string{"5% growth", "full employment", "2 new ports"}}}},
		{"partitive: the part is listed, not the whole",
			"Two of the 14 agreements signed on Tuesday deal with schools: one with a college, and one with a university.",
			[]ann{{"Two of the 14 agreements", 2, StyleInline, true, []string{"one with a college", "one with a university"}}}},
		{"partitive in digits, short of its count",
			"3 of the 20 new plants make batteries: one in Vorn and one in Tal.",
			[]ann{{"3 of the 20 new plants", 3, StyleInline, true, []string{"one in Vorn", "one in Tal"}}}},
		{"three times", "He has visited three times: in May, June and July.", nil},
		{"five years", "Over five years: growth, jobs and peace.", nil},
		{"projects worth", "Japan will fund 15 green energy projects worth over $20 billion.", nil},
		{"count in a bullet", "- The two leaders met twice.\n- Both sides agreed.\n", nil},
		{"definite reference with including", "They toured the two provinces, including Vorn and Tal.", nil},
		{"several with including", "Several firms joined, including Alpha, Beta and Gamma.", nil},
		{"heading count without list", "Five major cooperation directions\n\nThe forum opened on Monday.", nil},
		{"percent", "Exports rose 20% in three months.", nil},
		{"ordinal number", "The 3rd edition had two sessions.", nil},
		{"currency", "It costs $5 million across two phases.", nil},
		{"count before number cue", "He met two envoys and 40 delegates: all agreed.", nil},
		{"one item", "She named one priority: growth.", nil},
		{"plain count", "Nearly 50 localities took part.", nil},
		{"empty", "", nil},
		{"invalid utf8", "\xff three pillars: \xfe, a, b", []ann{{"three pillars", 3, StyleInline, true, []string{"\xfe", "a", "b"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Announcements(tc.in)
			require.Len(t, got, len(tc.want), "announcements: %+v", got)
			for i, w := range tc.want {
				g := got[i]
				assert.Equal(t, w.Text, tc.in[g.Start:g.End], "text")
				assert.Equal(t, w.Count, g.Count, "count")
				assert.Equal(t, w.Style, g.Style, "style")
				assert.Equal(t, w.Listed, g.Listed, "listed")
				var labels []string
				for _, it := range g.Items {
					labels = append(labels, it.Label)
					assert.LessOrEqual(t, it.Start, it.End)
				}
				assert.Equal(t, w.Labels, labels, "labels")
			}
		})
	}
}

// TestOneSpaced holds oneSpaced to what it stands for.
func TestOneSpaced(t *testing.T) {
	for _, s := range append([]string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb",
		"a\u00a0b", "a\u0085b", "a\u3000b", "é b", "\xff b", "a \xe2\x80", "Trade  Expansion", "x y z"}, fuzzSeeds...) {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), oneSpaced(s), "%q", s)
	}
	// Random strings of words and spaces of every kind.
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "a", "é", "\xff", "\xe2\x80", "x."}
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(8); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := oneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestWords holds words to len(strings.Fields(s)).
func TestWords(t *testing.T) {
	for _, s := range append([]string{"", " ", "a", "a b", " a ", "a  b", "a\tb\nc", "a\u00a0b",
		"a\u0085b", "a\u3000b", "é b", "\xff b", "a \xe2\x80", "\xe2\x80\x83x"}, fuzzSeeds...) {
		assert.Equal(t, len(strings.Fields(s)), words(s), "%q", s)
		for limit := 1; limit < 8; limit++ {
			assert.Equal(t, min(len(strings.Fields(s)), limit), wordsUpTo(s, limit), "%q up to %d", s, limit)
		}
	}
}
