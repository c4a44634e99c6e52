package quantity

import (
	"strings"
	"testing"
)

func TestParseUnits(t *testing.T) {
	runParse(t, []parseCase{
		{"kilometers", "3,245 kilometers of expressways", []string{"3,245 kilometers=3245 km"}},
		{"kilometres", "over 1,700 kilometres of roads", []string{"over 1,700 kilometres=1700 km"}},
		{"km glued", "a 12km bridge", []string{"12km=12 km"}},
		{"km spaced", "12 km away", []string{"12 km=12 km"}},
		{"ha glued", "175,000ha of bananas", []string{"175,000ha=175000 ha"}},
		{"hectares", "40 hectares of land", []string{"40 hectares=40 ha"}},
		{"tonnes", "2 million tonnes", []string{"2 million tonnes=2e+06 tonne"}},
		{"tons", "500 tons of rice", []string{"500 tons=500 tonne"}},
		{"metric tons", "5 metric tons", []string{"5 metric tons=5 tonne"}},
		{"TEU", "2 million TEU", []string{"2 million TEU=2e+06 TEU"}},
		{"TEU in full", "13.9 million twenty-foot equivalent units", []string{"13.9 million twenty-foot equivalent units=1.39e+07 TEU"}},
		{"TEUs", "900,000 TEUs", []string{"900,000 TEUs=900000 TEU"}},
		{"MW", "a 600MW plant", []string{"600MW=600 MW"}},
		{"GW spaced", "10 GW of solar", []string{"10 GW=10 GW"}},
		{"kWh", "200 kWh a month", []string{"200 kWh=200 kWh"}},
		{"megawatts", "1,200 megawatts", []string{"1,200 megawatts=1200 MW"}},
		{"frequency", "the 700 MHz band and the 2.6 GHz band", []string{"700 MHz=700 MHz", "2.6 GHz=2.6 GHz"}},
		{"naira sign", "₦1,250 a litre", []string{"₦1,250=1250 NGN"}},
		{"Belize dollar sign", "shrimp brought in BZ$71.0 million", []string{"BZ$71.0 million=7.1e+07 BZD"}},
		{"Guyana dollar sign", "about G$86.3 billion", []string{"about G$86.3 billion=8.63e+10 GYD"}},
		{"Fiji dollars named", "5 million Fiji dollars", []string{"5 million Fiji dollars=5e+06 FJD"}},
		{"naira word", "980 naira", []string{"980 naira=980 NGN"}},
		{"escudos", "1.1 billion escudos", []string{"1.1 billion escudos=1.1e+09 CVE"}},
		{"Djiboutian francs", "3.2 billion Djiboutian francs a year", []string{"3.2 billion Djiboutian francs=3.2e+09 DJF"}},
		{"Uzbek sum", "roughly 18.1 trillion sum at about 12,700 sum to the dollar", []string{"roughly 18.1 trillion sum=1.81e+13 UZS", "at about 12,700 sum=12700 UZS"}},
		{"sum as a verb", "the first 10 sum to 55 and the last 4 sum up to 30", []string{"10=10 count", "55=55 count", "4=4 count", "up to 30=30 count"}},
		{"nakfa", "45 million nakfa", []string{"45 million nakfa=4.5e+07 ERN"}},
		{"US cents", "roughly 78 US cents", []string{"roughly 78 US cents=78 cent"}},
		{"Singapore cents", "rose to 8.12 Singapore cents", []string{"8.12 Singapore cents=8.12 cent"}},
		{"gigawatt-hours", "842 gigawatt-hours of power", []string{"842 gigawatt-hours=842 GWh"}},
		{"megawatt hours", "310 megawatt hours", []string{"310 megawatt hours=310 MWh"}},
		{"terawatt-hours", "1.2 terawatt-hours", []string{"1.2 terawatt-hours=1.2 TWh"}},
		{"GWh", "771 GWh", []string{"771 GWh=771 GWh"}},
		{"m2 glued", "a 500m2 hall", []string{"500m2=500 m2"}},
		{"square metres", "500 square metres", []string{"500 square metres=500 m2"}},
		{"sq km", "a 33 sq km park", []string{"33 sq km=33 km2"}},
		{"storeys hyphenated", "a fire swept through a six-storey knitwear factory", []string{"six-storey=6 storey"}},
		{"storeys counted", "the tower has 12 storeys", []string{"12 storeys=12 storey"}},
		{"story hyphenated", "a six-story building", []string{"six-story=6 storey"}},
		{"stories told", "he told three stories", []string{"three=3 count"}},
		{"square kilometres", "331,000 square kilometres", []string{"331,000 square kilometres=331000 km2"}},
		{"km2 glued", "a 40km2 zone", []string{"40km2=40 km2"}},
		{"kmh glued", "winds of 2.3kmh", []string{"2.3kmh=2.3 km/h"}},
		{"miles", "287 miles", []string{"287 miles=287 mile"}},
		{"nautical miles", "about 46 nautical miles", []string{"about 46 nautical miles=46 nmi"}},
		{"a currency name beyond ASCII", "worth about 837 million złoty", []string{"about 837 million złoty=8.37e+08 PLN"}},
		{"seats written onto the figure", "the 24,000-seat stadium", []string{"24,000-seat=24000 seat"}},
		{"a capacity written onto the figure", "the 42,000-capacity ground", []string{"42,000-capacity=42000 seat"}},
		{"seats apart from the figure are counted things", "24,000 seats were sold", []string{"24,000=24000 count"}},
		{"kg", "5 kg of tea", []string{"5 kg=5 kg"}},
		{"years", "25 years of operation", []string{"25 years=25 year"}},
		{"minutes", "just about 50 minutes from Tokyo", []string{"just about 50 minutes=50 minute"}},
		{"days", "within 30 days", []string{"30 days=30 day"}},
		{"degrees", "19 °C", []string{"19 °C=19 °C"}},
		{"degrees Celsius", "the mercury touched 45.8 degrees Celsius", []string{"45.8 degrees Celsius=45.8 °C"}},
		{"degrees F", "a high of 104 degrees F", []string{"104 degrees F=104 °F"}},
		{"bare degrees stay a count", "a slope of 45 degrees", []string{"45=45 count"}},
		{"passengers are a count", "10 million passengers", []string{"10 million=1e+07 count"}},
		{"people are a count", "16,000 Vietnamese residents", []string{"16,000=16000 count"}},
		{"glued non unit", "the 50th anniversary", nil},
	})
}

func TestParseRanges(t *testing.T) {
	runParse(t, []parseCase{
		{"hyphen", "15-20 delegations a year", []string{"15-20=15..20 count"}},
		{"en dash", "15–20 delegations", []string{"15–20=15..20 count"}},
		{"spaced en dash", "15 – 20 delegations", []string{"15 – 20=15..20 count"}},
		{"unit on both via second", "165,000–175,000ha by 2030", []string{"165,000–175,000ha=165000..175000 ha"}},
		{"scale on both", "2.6–3 million tonnes", []string{"2.6–3 million tonnes=2.6e+06..3e+06 tonne"}},
		{"scale not spread upwards", "between 500 and 2 million", []string{"between 500 and 2 million=500..2e+06 count"}},
		{"between and", "between 20 and 30 firms", []string{"between 20 and 30=20..30 count"}},
		{"from to units", "from 252 miles to 287 miles", []string{"from 252 miles to 287 miles=252..287 mile"}},
		{"to", "20 to 30 people", []string{"20 to 30=20..30 count"}},
		{"words or", "two or three times", []string{"two or three=2..3 count"}},
		{"words to", "five to seven days", []string{"five to seven days=5..7 day"}},
		{"percent range to", "10% to 15%", []string{"10% to 15%=10..15 percent"}},
		{"decreasing is no range", "20 to 10", []string{"20=20 count", "10=10 count"}},
		{"a year and a count are no range", "rose from 3,200 in 2015 to 4,480 in 2024", []string{"3,200=3200 count", "4,480=4480 count"}},
		{"mixed units are no range", "20% to 30 people", []string{"20%=20 percent", "30=30 count"}},
		{"spaced hyphen is no range", "Hanoi 20 - 30 Tokyo", []string{"20=20 count", "30=30 count"}},
		{"hedged range", "about 15-20 people", []string{"about 15-20=15..20 count"}},
		{"change from to is two levels", "Exports rose from 20% to 30%.", []string{"20%=20 percent", "30%=30 percent"}},
		{"year range", "the 2026-2030 period", nil},
		{"year range words", "from 2020 to 2025", nil},
		{"money range", "USD 8 billion to 10 billion", []string{"USD 8 billion to 10 billion=8e+09..1e+10 USD"}},
	})
}

func TestParseFractions(t *testing.T) {
	runParse(t, []parseCase{
		{"digits", "nearly 1/3 of loans", []string{"nearly 1/3=0.3333333333333333 fraction"}},
		{"one-third", "one-third of staff", []string{"one-third=0.3333333333333333 fraction"}},
		{"one third of", "one third of staff", []string{"one third=0.3333333333333333 fraction"}},
		{"a third of", "a third of staff", []string{"a third=0.3333333333333333 fraction"}},
		{"a third term is ordinal", "a third term in office", nil},
		{"two-thirds", "two-thirds of members", []string{"two-thirds=0.6666666666666666 fraction"}},
		{"two thirds", "two thirds majority", []string{"two thirds=0.6666666666666666 fraction"}},
		{"half", "more than half of firms", []string{"more than half=0.5 fraction"}},
		{"a quarter", "a quarter of the budget", []string{"a quarter=0.25 fraction"}},
		{"three-quarters", "three-quarters of exports", []string{"three-quarters=0.75 fraction"}},
		{"one in five", "one in five workers", []string{"one in five=0.2 fraction"}},
		{"digits in", "1 in 4 adults", []string{"1 in 4=0.25 fraction"}},
		{"out of", "two out of three voters", []string{"two out of three=0.6666666666666666 fraction"}},
		{"first half is a period", "in the first half of 2025", nil},
		{"24/7 is no fraction", "open 24/7 now", nil},
		{"date with slashes", "on 25/11/2023 it opened", nil},
		{"decree number", "Decree 15/2023 applies", nil},
		{"one in a year is no fraction", "one in 2023", nil},
	})
}

// TestAdjectiveFirst checks that adjectiveFirst knows the first word of every
// adjective currency, so that its gate drops none.
func TestAdjectiveFirst(t *testing.T) {
	for k := range adjectiveCurrencies {
		if w := k[:strings.IndexByte(k, ' ')]; !adjectiveFirst([]byte(w)) {
			t.Errorf("adjectiveFirst(%q) = false for %q", w, k)
		}
	}
}

// TestCurrencyWordsAreCodes pins that every currency named by a word is one
// currencyCode knows, so its sums take part in conversions like any other
// ("14 million kina, about 3.5 million US dollars").
func TestCurrencyWordsAreCodes(t *testing.T) {
	words := []string{"kina", "vatu", "tala", "lempira", "afghani", "lek", "ngultrum", "gourde", "maloti",
		"ariary", "denar", "ouguiya", "rufiyaa", "cordobas", "guarani", "lilangeni", "dalasi", "peseta",
		"markka", "guilder", "forint", "lira", "rouble", "naira", "baht", "dong", "kip", "riel"}
	for _, w := range words {
		code := currencyWord(w)
		if code == "" {
			t.Errorf("%q: no currency", w)
			continue
		}
		if currencyCode(code) != code {
			t.Errorf("%q gives %s, which currencyCode does not know", w, code)
		}
	}
}
