package quantity

import "testing"

func TestParseMultiples(t *testing.T) {
	runParse(t, []parseCase{
		{"fold", "GDP per capita has increased 50-fold", []string{"50-fold=50 times multiple+"}},
		{"word fold", "a fifty-fold rise", []string{"fifty-fold=50 times multiple+"}},
		{"tenfold", "sales grew tenfold", []string{"tenfold=10 times multiple+"}},
		{"doubled", "Exports doubled in five years.", []string{"doubled=2 times multiple+", "five years=5 year"}},
		{"more than doubled", "Trade more than doubled.", []string{"more than doubled=2 times multiple+"}},
		{"nearly tripled", "Output nearly tripled.", []string{"nearly tripled=3 times multiple+"}},
		{"quadrupled", "Profits quadrupled.", []string{"quadrupled=4 times multiple+"}},
		{"halved", "Poverty was halved.", []string{"halved=0.5 times multiple-"}},
		{"times higher", "three times higher than in 2020", []string{"three times=3 times multiple+"}},
		{"times as", "2.5 times as large", []string{"2.5 times=2.5 times multiple+"}},
		{"times alone is a count", "visited 3 times", []string{"3=3 count"}},
		{"double digit is no multiple", "double-digit growth", nil},
	})
}

func TestParseChanges(t *testing.T) {
	runParse(t, []parseCase{
		{"rose by money", "Investment rose by USD 8 billion.", []string{"USD 8 billion=8e+09 USD change+"}},
		{"jumped by more than", "Investments have jumped by more than USD 8 billion.", []string{"more than USD 8 billion=8e+09 USD change+"}},
		{"expanded by", "The community has expanded by 20%.", []string{"20%=20 percent change+"}},
		{"grew over", "Trade grew over 20%.", []string{"over 20%=20 percent change+"}},
		{"surged over", "Two-way trade has surged over 20%.", []string{"over 20%=20 percent change+"}},
		{"increase noun after", "a 300% increase in sales", []string{"300%=300 percent change+"}},
		{"rise noun after", "a 5% rise", []string{"5%=5 percent change+"}},
		{"drop noun after", "a 12% drop in visitors", []string{"12%=12 percent change-"}},
		{"expansion by a share", "a 5% expansion of the fleet", []string{"5%=5 percent change+"}},
		{"an expansion's cost is no change", "started a $1.42 billion expansion", []string{"$1.42 billion=1.42e+09 USD"}},
		{"up points", "up 20 percentage points", []string{"20 percentage points=20 pp change+"}},
		{"down percent", "Sales were down 5% this year.", []string{"5%=5 percent change-"}},
		{"fell by", "Exports fell by 3.2%.", []string{"3.2%=3.2 percent change-"}},
		{"lost as a part of a whole", "They won 24, drew 6 and lost 5 of their 34 matches.", []string{"24=24 count", "6=6 count", "5=5 count", "34=34 count"}},
		{"lost as a change", "The club lost 5 points.", []string{"5=5 count change-"}},
		{"declined", "Imports declined 7 percent.", []string{"7 percent=7 percent change-"}},
		{"increase of", "an increase of 15% on last year", []string{"15%=15 percent change+"}},
		{"growth of", "GDP growth of 7.1%", []string{"7.1%=7.1 percent change+"}},
		{"added jobs", "The sector added 5,000 jobs.", []string{"5,000=5000 count change+"}},
		{"cut jobs", "The firm cut 300 jobs.", []string{"300=300 count change-"}},
		{"percent higher", "prices 20% higher than last year", []string{"20%=20 percent change+"}},
		{"percent lower", "costs 10% lower", []string{"10%=10 percent change-"}},
		{"rose to is a level", "Exports rose to 30%.", []string{"30%=30 percent"}},
		{"grew to is a level", "Membership grew to 1,200.", []string{"1,200=1200 count"}},
		{"up without money or share", "They set up 3 plants.", []string{"3=3 count"}},
		{"up to is a hedge", "up to 30% off", []string{"up to 30%=30 percent"}},
		{"down money", "down USD 2 million", []string{"USD 2 million=2e+06 USD change-"}},
		{"count noun not change", "a 20% share of sales", []string{"20%=20 percent"}},
		{"increased by words", "The number increased by twenty.", []string{"twenty=20 count change+"}},
	})
}

func TestParseNotQuantities(t *testing.T) {
	runParse(t, []parseCase{
		{"in year", "in 2023", nil},
		{"since year", "since 2013", nil},
		{"by year", "by 2045", nil},
		{"year range", "2026-2030", nil},
		{"year and month", "in April 2025", nil},
		{"ordinal", "the 22nd amendment", nil},
		{"ordinal word", "the third", nil},
		{"time", "November 07, 2023 | 10:26", nil},
		{"covid", "Covid-19 cases", nil},
		{"G7", "the G7 summit", nil},
		{"network generation", "the 5G spectrum auction and 4G coverage", nil},
		{"No. 1", "the No. 1 partner", nil},
		{"No without dot", "No 1 Street", nil},
		{"hash", "ranked #1", nil},
		{"phone plus", "call +84 24 3825 3536", nil},
		{"phone leading zero", "call 024 3825 3536", nil},
		{"phone dotted", "tel 024.3825.3536", nil},
		{"model", "an Airbus A320 jet", nil},
		{"decade", "the 1970s", nil},
		{"decade apostrophe", "the 1990's", nil},
		{"list marker", "1. Trade Expansion", nil},
		{"list marker later line", "Intro\n2. Increased Investment", nil},
		{"list marker paren", "(3) Growth", nil},
		{"citation", "as reported[1] by Nikkei", nil},
		{"date month first", "on November 25", nil},
		{"date abbreviation", "on Nov. 25", nil},
		{"date day first", "on 25 November", nil},
		{"date range", "from September 20-25, 2023", nil},
		{"version", "version 1.2.3", nil},
		{"glued version", "v2 release", nil},
		{"time am", "at 10am", nil},
		{"time p.m.", "at 5 p.m.", nil},
		{"label at clause end", "National Highways 2, 2B and 32C", nil},
		{"label at sentence end", "the start of Phase 3.", nil},
		{"expo year", "the Expo 2025 Osaka", nil},
		{"mid year", "by mid-2025", nil},
		{"CO2", "CO2 emissions", nil},
		{"ordinal with scale word", "the 2 millionth container", nil},
		{"number word in a name", "the Asia Zero Emission Community", nil},
		{"number word in a headline", "Japan's Three Directions of Cooperation", nil},
		{"empty", "", nil},
		{"only symbols", "-- % $ ( )", nil},
		{"around year is a year", "around 2030, when", nil},
	})
}

func TestParseSeedLikeSentences(t *testing.T) {
	runParse(t, []parseCase{
		{"forum", "Leaders of nearly 50 localities met on November 25.", []string{"nearly 50=50 count"}},
		{"hedged year-like count", "about 2000 people attended", []string{"about 2000=2000 count"}},
		{"comma year-like count", "1,990 firms", []string{"1,990=1990 count"}},
		{"list item keeps its amount", "4. Local Agreements: More than ten agreements.", []string{"More than ten=10 count"}},
		{"list marker and amount", "1. Trade: it surged over 20%.", []string{"over 20%=20 percent change+"}},
		{"two quantities", "approximately 100 relationships and over 110 agreements", []string{"approximately 100=100 count", "over 110=110 count"}},
		{"nearly money and fraction", "nearly USD 30 billion, nearly 1/3 of the total", []string{"nearly USD 30 billion=3e+10 USD", "nearly 1/3=0.3333333333333333 fraction"}},
		{"label then amount", "Vision 50 special strategy", []string{"50=50 count"}},
		{"weather percent", "69 %", []string{"69 %=69 percent"}},
		{"in excess of", "in excess of 5,000 tonnes", []string{"in excess of 5,000 tonnes=5000 tonne"}},
		{"capitalised hedge before a word", "Local Agreements: More Than Ten Deals", []string{"More Than Ten=10 count"}},
		{"sentence start word", "Three directions were set.", []string{"Three=3 count"}},
	})
}
