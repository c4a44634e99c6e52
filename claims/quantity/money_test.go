package quantity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims/token"
)

func TestParseCurrency(t *testing.T) {
	runParse(t, []parseCase{
		{"code before", "They invested USD 8 billion.", []string{"USD 8 billion=8e+09 USD"}},
		{"US dollar sign", "a grant of US$1.5 million", []string{"US$1.5 million=1.5e+06 USD"}},
		{"dollar sign", "worth over $20 billion", []string{"over $20 billion=2e+10 USD"}},
		{"dong code", "VND 25 trillion was spent", []string{"VND 25 trillion=2.5e+13 VND"}},
		{"Rwandan franc code", "about RWF 72 million was paid", []string{"about RWF 72 million=7.2e+07 RWF"}},
		{"drams", "a prize fund of 12 million drams", []string{"12 million drams=1.2e+07 AMD"}},
		{"Fiji dollars", "total prize money of F$150,000", []string{"F$150,000=150000 FJD"}},
		{"Brunei dollars", "equal to about B$542 million", []string{"about B$542 million=5.42e+08 BND"}},
		{"lakh crore", "worth about ₹1.41 lakh crore", []string{"about ₹1.41 lakh crore=1.41e+12 INR"}},
		{"taka written Tk", "it would give Tk 5 lakh to each family", []string{"Tk 5 lakh=500000 BDT"}},
		{"code after", "more than 15 billion USD in projects", []string{"more than 15 billion USD=1.5e+10 USD"}},
		{"code after trillion", "an estimated 15.73 trillion VND in 2025", []string{"an estimated 15.73 trillion VND=1.573e+13 VND"}},
		{"yen sign", "a loan of ¥300 billion", []string{"¥300 billion=3e+11 JPY"}},
		{"yen code", "JPY 5 billion", []string{"JPY 5 billion=5e+09 JPY"}},
		{"yen word", "500 million yen", []string{"500 million yen=5e+08 JPY"}},
		{"euro code", "EUR 40 million", []string{"EUR 40 million=4e+07 EUR"}},
		{"reais word", "a deficit of 2.5 billion reais", []string{"2.5 billion reais=2.5e+09 BRL"}},
		{"ringgit prefix glued", "revenue of RM1.24 billion", []string{"RM1.24 billion=1.24e+09 MYR"}},
		{"rupee prefix glued", "a grant of Rs14.6 billion", []string{"Rs14.6 billion=1.46e+10 INR"}},
		{"rupee prefix spaced before the full stop is no label", "up 6.2 percent from Rs 1,231.75.", []string{"6.2 percent=6.2 percent change+", "Rs 1,231.75=1231.75 INR"}},
		{"a model code is no amount", "the A320 and the G7", nil},
		{"taka word", "a budget of 7.9 trillion taka", []string{"7.9 trillion taka=7.9e+12 BDT"}},
		{"meticais word", "about 480 million meticais", []string{"about 480 million meticais=4.8e+08 MZN"}},
		{"kwacha word", "a loan of 2 billion kwacha", []string{"2 billion kwacha=2e+09 ZMW"}},
		{"kina word", "about 8.4 million kina at 2.6 kina to the dollar", []string{"about 8.4 million kina=8.4e+06 PGK", "2.6 kina=2.6 PGK"}},
		{"rouble word", "a fine of 3 million roubles", []string{"3 million roubles=3e+06 RUB"}},
		{"lempira word", "some 25,000 lempiras", []string{"some 25,000 lempiras=25000 HNL"}},
		{"birr word", "15 billion birr in bonds", []string{"15 billion birr=1.5e+10 ETB"}},
		{"N glued is no naira without the context", "the N95 masks", nil},
		{"real is a word", "it was 5 real gains", []string{"5=5 count"}},
		{"euro sign", "€3bn of bonds", []string{"€3bn=3e+09 EUR"}},
		{"pound sign", "£5m deal", []string{"£5m=5e+06 GBP"}},
		{"pounds named by their country", "25,000 Egyptian pounds to each family", []string{"25,000 Egyptian pounds=25000 EGP"}},
		{"shillings named by their country", "a fine of 40,000 Kenyan shillings", []string{"40,000 Kenyan shillings=40000 KES"}},
		{"bare pounds of few are a weight", "a 25 pounds bag", []string{"25 pounds=25 pound"}},
		{"dong word", "2,000 billion dong", []string{"2,000 billion dong=2e+12 VND"}},
		{"dollars word", "20 million dollars", []string{"20 million dollars=2e+07 USD"}},
		{"US dollars", "15 billion US dollars", []string{"15 billion US dollars=1.5e+10 USD"}},
		{"singapore dollar", "S$2 million", []string{"S$2 million=2e+06 SGD"}},
		{"money m", "a $1.2m fine", []string{"$1.2m=1.2e+06 USD"}},
		{"money bn spaced", "USD 3 bn", []string{"USD 3 bn=3e+09 USD"}},
		{"glued code", "pay USD8 million", []string{"USD8 million=8e+06 USD"}},
		{"plain dollars", "a $20 ticket", []string{"$20=20 USD"}},
		{"range with sign", "$5-10 million", []string{"$5-10 million=5e+06..1e+07 USD"}},
		{"range with two signs", "from $5 million to $7 million", []string{"from $5 million to $7 million=5e+06..7e+06 USD"}},
		{"name Dong is not money", "Mr Tran Duy Dong spoke", nil},
	})
}

func TestParseConversion(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		text       string
		value      float64
		unit       string
		conv       string
		convValue  float64
		convUnit   string
		convHedged string
		rate       float64
	}{
		{"dong to dollars", "reaching 14.83 trillion VND (563.71 million USD) in 2024",
			"14.83 trillion VND (563.71 million USD)", 14.83e12, "VND", "563.71 million USD", 563.71e6, "USD", "", 0},
		{"code first", "VND 25 trillion (USD 1 billion)",
			"VND 25 trillion (USD 1 billion)", 25e12, "VND", "USD 1 billion", 1e9, "USD", "", 0},
		{"hedged inside", "¥150 billion (about $1 billion)",
			"¥150 billion (about $1 billion)", 150e9, "JPY", "about $1 billion", 1e9, "USD", "about", 0},
		{"miles to km", "a 252 miles (405 km) route", "252 miles (405 km)", 252, "mile", "405 km", 405, "km", "", 0},
		{"a stated rate", "signed the THB 41.2 billion (about USD 1.5 billion at 34 baht to the dollar) contract",
			"THB 41.2 billion (about USD 1.5 billion at 34 baht to the dollar)", 41.2e9, "THB", "about USD 1.5 billion", 1.5e9, "USD", "about", 34},
		{"an aside between spaced dashes", "45 billion yen - roughly $350 million at an exchange rate of 150 yen to the dollar - is earmarked",
			"45 billion yen - roughly $350 million at an exchange rate of 150 yen to the dollar -", 45e9, "JPY", "roughly $350 million", 350e6, "USD", "about", 150},
		{"a stated rate per code", "VND 4.8 trillion (USD 182 million at VND 26,300 per USD)",
			"VND 4.8 trillion (USD 182 million at VND 26,300 per USD)", 4.8e12, "VND", "USD 182 million", 182e6, "USD", "", 26300},
		{"a rate named before its figure", "VND 4.8 trillion (USD 182 million at the official rate of VND 26,300 per USD)",
			"VND 4.8 trillion (USD 182 million at the official rate of VND 26,300 per USD)", 4.8e12, "VND", "USD 182 million", 182e6, "USD", "", 26300},
		{"restated after a comma", "cost nearly VND 12.6 trillion, or roughly USD 530 million at the central bank's reference rate of VND 26,250 per dollar.",
			"nearly VND 12.6 trillion, or roughly USD 530 million at the central bank's reference rate of VND 26,250 per dollar", 12.6e12, "VND", "roughly USD 530 million", 530e6, "USD", "about", 26250},
		{"a rate in the restated currency", "The project is budgeted at $1.24 billion, or about 32.6 trillion dong at an exchange rate of 26,300 dong to the dollar.",
			"$1.24 billion, or about 32.6 trillion dong at an exchange rate of 26,300 dong to the dollar", 1.24e9, "USD", "about 32.6 trillion dong", 32.6e12, "VND", "about", 1.0 / 26300},
		{"a hedged rate with a sign", "net profit of €412 million ($478 million at about $1.16 to the euro)",
			"€412 million ($478 million at about $1.16 to the euro)", 412e6, "EUR", "$478 million", 478e6, "USD", "", 1 / 1.16},
		{"a rate with a sign per unit", "a buyback of up to €750 million (about $870 million at $1.16 per euro)",
			"up to €750 million (about $870 million at $1.16 per euro)", 750e6, "EUR", "about $870 million", 870e6, "USD", "about", 1 / 1.16},
		{"worth in another currency at a rate", "The fixed fee of €38 million is worth about R$253 million at the rate of R$6.20 to the euro quoted by the club.",
			"€38 million is worth about R$253 million at the rate of R$6.20 to the euro", 38e6, "EUR", "about R$253 million", 253e6, "BRL", "about", 1 / 6.2},
		{"a rate per a currency of two words", "Trade was about NZ$2.1 billion, or roughly US$1.5 billion at an exchange rate of 0.59 US dollars per New Zealand dollar.",
			"about NZ$2.1 billion, or roughly US$1.5 billion at an exchange rate of 0.59 US dollars per New Zealand dollar", 2.1e9, "NZD", "roughly US$1.5 billion", 1.5e9, "USD", "about", 1 / 0.59},
		{"a time between the amount and its restatement", "Trade was about NZ$2.1 billion last year, or roughly US$1.3 billion.",
			"about NZ$2.1 billion last year, or roughly US$1.3 billion", 2.1e9, "NZD", "roughly US$1.3 billion", 1.3e9, "USD", "about", 0},
		{"som, with the rate in the brackets", "The tunnel cost $318 million (about 27.8 billion som at 87.4 som to the dollar).",
			"$318 million (about 27.8 billion som at 87.4 som to the dollar)", 318e6, "USD", "about 27.8 billion som", 27.8e9, "KGS", "about", 1 / 87.4},
		{"lei", "The state grant is €310m (1.54bn lei).", "€310m (1.54bn lei)", 310e6, "EUR", "1.54bn lei", 1.54e9, "RON", "", 0},
		{"a rate's period between the amount and its restatement", "The contract is worth 18 million rials a year, or $46.8 million at $2.60 to the rial.",
			"18 million rials a year, or $46.8 million at $2.60 to the rial", 18e6, "IRR", "$46.8 million", 46.8e6, "USD", "", 1 / 2.6},
		{"a rate in the pounds of the amount", "Net profit reached EGP 2.37 billion (roughly $52 million at 50.6 pounds to the dollar).",
			"EGP 2.37 billion (roughly $52 million at 50.6 pounds to the dollar)", 2.37e9, "EGP", "roughly $52 million", 52e6, "USD", "about", 50.6},
		{"restated with its rate after a bare hedge", "Net profit climbed to 4.12 billion baht, about $138 million at 33.5 baht to the dollar.",
			"4.12 billion baht, about $138 million at 33.5 baht to the dollar", 4.12e9, "THB", "about $138 million", 138e6, "USD", "about", 33.5},
		{"a rate in US cents, a price per unit between", "Cash costs came in at A$18.90 a wet tonne, or about US$13.20 at the quarter's average exchange rate of 65 US cents.",
			"A$18.90 a wet tonne, or about US$13.20 at the quarter's average exchange rate of 65 US cents", 18.9, "AUD", "about US$13.20", 13.2, "USD", "about", 1 / 0.65},
		{"a rate in US cents to the other dollar", "Revenue was A$1.2 billion, or about US$780 million at 65 US cents to the Australian dollar.",
			"A$1.2 billion, or about US$780 million at 65 US cents to the Australian dollar", 1.2e9, "AUD", "about US$780 million", 780e6, "USD", "about", 1 / 0.65},
		{"the dong code written with its own Đ", "It will cost US$1.5 billion, or about VNĐ42.5 trillion at the exchange rate of VNĐ26,300 per dollar.",
			"US$1.5 billion, or about VNĐ42.5 trillion at the exchange rate of VNĐ26,300 per dollar", 1.5e9, "USD", "about VNĐ42.5 trillion", 42.5e12, "VND", "about", 1 / 26300.0},
		{"the sum's noun before a restatement with its rate", "The defeat came with a £1.8 million guarantee, around $2.61 million at an exchange rate of $1.35 to the pound.",
			"£1.8 million guarantee, around $2.61 million at an exchange rate of $1.35 to the pound", 1.8e6, "GBP", "around $2.61 million", 2.61e6, "USD", "about", 1 / 1.35},
		{"restated without a rate", "The deal is worth ¥150 billion, equivalent to about $1 billion, officials said.",
			"¥150 billion, equivalent to about $1 billion", 150e9, "JPY", "about $1 billion", 1e9, "USD", "about", 0},
		{"restated before another clause", "Revenue reached €4.6 billion, or $5 billion, in 2024.",
			"€4.6 billion, or $5 billion", 4.6e9, "EUR", "$5 billion", 5e9, "USD", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parse(tt.in)
			require.Len(t, qs, 1)
			q := qs[0]
			assert.Equal(t, tt.text, tt.in[q.Start:q.End])
			assert.InEpsilon(t, tt.value, q.Value, 1e-9)
			assert.Equal(t, tt.unit, q.Unit)
			require.NotNil(t, q.Conversion)
			assert.Equal(t, tt.conv, tt.in[q.Conversion.Start:q.Conversion.End])
			assert.InEpsilon(t, tt.convValue, q.Conversion.Value, 1e-9)
			assert.Equal(t, tt.convUnit, q.Conversion.Unit)
			assert.Equal(t, tt.convHedged, q.Conversion.Hedge)
			if tt.rate == 0 {
				assert.Zero(t, q.Conversion.Rate)
			} else {
				assert.InEpsilon(t, tt.rate, q.Conversion.Rate, 1e-9)
			}
		})
	}
}

func TestParseNoConversion(t *testing.T) {
	runParse(t, []parseCase{
		{"same unit in brackets", "USD 5 billion (USD 5,000 million)", []string{"USD 5 billion=5e+09 USD", "USD 5,000 million=5e+09 USD"}},
		{"count in brackets", "USD 5 billion (12 projects)", []string{"USD 5 billion=5e+09 USD", "12=12 count"}},
		{"unclosed bracket", "USD 5 billion (about", []string{"USD 5 billion=5e+09 USD"}},
		{"a share after a comma is no conversion", "USD 5 billion, or 38% of the total", []string{"USD 5 billion=5e+09 USD", "38%=38 percent"}},
		{"another currency after a comma with no rate is no conversion", "THB 4 billion, about USD 1 billion of it from exports", []string{"THB 4 billion=4e+09 THB", "about USD 1 billion=1e+09 USD"}},
		{"the same currency after a comma is no conversion", "USD 5 billion, or USD 1 billion a year", []string{"USD 5 billion=5e+09 USD", "USD 1 billion=1e+09 USD"}},
		{"a measure after a comma is no conversion", "252 miles, or 405 km", []string{"252 miles=252 mile", "405 km=405 km"}},
		{"a noun between and no rate is no conversion", "a £1.8 million guarantee, around $2.6 million in all", []string{"£1.8 million=1.8e+06 GBP", "around $2.6 million=2.6e+06 USD"}},
		{"a rate of another unit is no conversion", "THB 41.2 billion (USD 1.2 billion at 0.03 dollars)", []string{"THB 41.2 billion=4.12e+10 THB", "USD 1.2 billion=1.2e+09 USD", "0.03 dollars=0.03 USD"}},
	})
}

func TestParsePercent(t *testing.T) {
	runParse(t, []parseCase{
		{"sign", "70% of firms", []string{"70%=70 percent"}},
		{"spaced sign", "humidity 69 %", []string{"69 %=69 percent"}},
		{"word", "20 percent of sales", []string{"20 percent=20 percent"}},
		{"two words", "20 per cent of sales", []string{"20 per cent=20 percent"}},
		{"pc", "a 20pc stake", []string{"20pc=20 percent"}},
		{"pc spaced", "a 20 pc stake", []string{"20 pc=20 percent"}},
		{"decimal", "inflation of 3.5%", []string{"3.5%=3.5 percent"}},
		{"points", "a gap of 5 percentage points", []string{"5 percentage points=5 pp"}},
		{"point singular", "1 percentage point", []string{"1 percentage point=1 pp"}},
		{"pp", "a 2pp gap", []string{"2pp=2 pp"}},
		{"basis points", "cut by 25 basis points", []string{"25 basis points=25 bp change-"}},
		{"range", "15-20% of staff", []string{"15-20%=15..20 percent"}},
		{"range both signs", "15%-20% of staff", []string{"15%-20%=15..20 percent"}},
		{"hedged", "around 10% of the market", []string{"around 10%=10 percent"}},
		{"growth above", "growth above 10% over the past decade", []string{"above 10%=10 percent change+"}},
	})
}

// TestStatedRateOfAnotherCurrency: a rate "per euro" after a conversion from
// reais into dollars is no rate of that conversion.
func TestStatedRateOfAnotherCurrency(t *testing.T) {
	qs := parse("the fee is worth about R$235.6 million, or about $44.1 million at $1.16 per euro.")
	require.NotEmpty(t, qs)
	require.NotNil(t, qs[0].Conversion)
	assert.Equal(t, "BRL", qs[0].Unit)
	assert.Equal(t, "USD", qs[0].Conversion.Unit)
	assert.Zero(t, qs[0].Conversion.Rate)
}

// TestRateAsWritten pins which way round the text gave a stated rate.
func TestRateAsWritten(t *testing.T) {
	for _, tt := range []struct {
		in       string
		inverted bool
	}{
		{"THB 41.2 billion (about USD 1.5 billion at 34 baht to the dollar)", false},
		{"€412 million ($478 million at about $1.16 to the euro)", true},
		{"A$26.4 billion, equal to about US$19.8 billion at an exchange rate of US$0.65 per Australian dollar", true},
		{"NZ$2.1 billion, or US$1.5 billion at 1.69 New Zealand dollars per US dollar", false},
	} {
		qs := parse(tt.in)
		require.NotEmpty(t, qs, tt.in)
		require.NotNil(t, qs[0].Conversion, tt.in)
		require.NotZero(t, qs[0].Conversion.Rate, tt.in)
		assert.Equal(t, tt.inverted, qs[0].Conversion.RateInverted, tt.in)
	}
}

// TestStatedRateInTheLocalPeso: "pesos" in a rate is the peso of the amount
// it converts, which the parser alone would call Mexican.
func TestStatedRateInTheLocalPeso(t *testing.T) {
	in := "The United States sent $7.26 billion, or about P446 billion at the average rate of 57.40 pesos to the dollar."
	qs := ParseIn(in, token.Scan(in, nil), Context{PesoPrefix: true})
	require.NotEmpty(t, qs)
	require.NotNil(t, qs[0].Conversion)
	assert.Equal(t, "PHP", qs[0].Conversion.Unit)
	assert.InEpsilon(t, 1/57.40, qs[0].Conversion.Rate, 1e-9)
	assert.True(t, qs[0].Conversion.RateInverted, "the text gives pesos per dollar, for a sum in dollars")
	in = "It sent $7.26 billion, or about P446 billion at 57.40 Mexican pesos to the dollar."
	qs = ParseIn(in, token.Scan(in, nil), Context{PesoPrefix: true})
	require.NotEmpty(t, qs)
	require.NotNil(t, qs[0].Conversion)
	assert.Zero(t, qs[0].Conversion.Rate, "a rate in another country's peso")
}

// TestParsePesoPrefix pins "P" glued to an amount: pesos where the document
// says it is from the Philippines, a code everywhere else.
func TestParsePesoPrefix(t *testing.T) {
	tests := []struct {
		name, in string
		peso     bool
		want     []string
	}{
		{"scaled pesos", "Remittances reached roughly P190 billion.", true, []string{"roughly P190 billion=1.9e+11 PHP"}},
		{"hyphenated scale", "the government's P48-billion fuel subsidy", true, []string{"P48-billion=4.8e+10 PHP"}},
		{"a daily wage", "The rate rises by P50 to P745 a day.", true, []string{"P50=50 PHP change+", "P745=745 PHP"}},
		{"elsewhere a code", "The rate rises by P50 to P745 a day.", false, nil},
		{"a spaced P is no peso", "Plan P 50 is ready.", true, []string{"50=50 count"}},
		{"naira in news from Nigeria", "Profit climbed to N842.6 billion from N641.3 billion.", true, []string{"N842.6 billion=8.426e+11 NGN", "N641.3 billion=6.413e+11 NGN"}},
		{"elsewhere N is a code", "Profit climbed to N842.6 billion.", false, nil},
		{"Kenyan shillings", "Fees brought in KSh 2.9 billion and KSh6.1 billion.", false, []string{"KSh 2.9 billion=2.9e+09 KES", "KSh6.1 billion=6.1e+09 KES"}},
		{"Ugandan and Tanzanian shillings", "It raised USh 40 billion and TSh 12 billion.", false, []string{"USh 40 billion=4e+10 UGX", "TSh 12 billion=1.2e+10 TZS"}},
		{"Sh in news from a country of shillings", "At Sh129.2 to the dollar, that is about Sh314 a kilo.", true, []string{"Sh129.2=129.2 KES", "about Sh314=314 KES"}},
		{"elsewhere Sh is no currency", "At Sh129.2 to the dollar, that is about Sh314 a kilo.", false, nil},
		{"rand in news from South Africa", "The deals are worth R1.9 billion.", true, []string{"R1.9 billion=1.9e+09 ZAR"}},
		{"elsewhere R is a code", "The R2 bus runs every hour.", false, nil},
		{"rand before a full stop", "The prize fund is R150,000.", true, []string{"R150,000=150000 ZAR"}},
		{"prices per other units are no restatement", "Gold fetched R1.98 million per kilogram, or about $3,430 an ounce.", true, []string{"R1.98 million=1.98e+06 ZAR", "about $3,430=3430 USD"}},
		{"rand before a colon", "The fund was R150,000: R80,000 for the winner.", true, []string{"R150,000=150000 ZAR", "R80,000=80000 ZAR"}},
		{"ringgit before a full stop", "It paid RM150,000.", false, []string{"RM150,000=150000 MYR"}},
		{"a label before a full stop stays no amount", "He flew on Apollo 11.", true, nil},
		{"Ghanaian cedis", "The price rose to GH¢3,480 from GH¢2,900.", false, []string{"GH¢3,480=3480 GHS", "GH¢2,900=2900 GHS"}},
		{"tugrik", "about 13.6 trillion tugrik", false, []string{"about 13.6 trillion tugrik=1.36e+13 MNT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shilling := ""
			if tt.peso {
				shilling = "KES"
			}
			got := ParseIn(tt.in, token.Scan(tt.in, nil), Context{PesoPrefix: tt.peso, NairaPrefix: tt.peso, RandPrefix: tt.peso, ShillingCode: shilling})
			assert.Equal(t, tt.want, renderAll(tt.in, got), tt.in)
		})
	}
}

func TestCurrencyBefore(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"USD", true}, {"RMB", true}, {"Rp", true}, {"KSh", true}, {"RM", true}, {"TSh", true},
		{"usd", false}, {"the", false}, {"P", false}, {"R", false}, {"", false},
	} {
		assert.Equal(t, tc.want, CurrencyBefore(tc.in), tc.in)
	}
}
