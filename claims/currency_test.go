package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSharedCurrenciesTakeTheDocumentsCountry(t *testing.T) {
	tests := []struct {
		name, text, amount, unit string
	}{
		{"pesos in a Chilean story", "Workers at the Chilean mine won a bonus of 5.8 million pesos.", "5.8 million pesos", "CLP"},
		{"pesos in a Colombian story", "Colombian growers earned 2.1 trillion pesos. Bogota cheered.", "2.1 trillion pesos", "COP"},
		{"pesos with no country", "The bonus is 5.8 million pesos.", "5.8 million pesos", "MXN"},
		{"the amount names its country", "In Chile, some debts are in Mexican pesos: 40 million Mexican pesos.", "40 million Mexican pesos", "MXN"},
		{"Rs in a Sri Lankan story", "Sri Lanka's budget sets education at Rs 610 billion. Colombo approved it.", "Rs 610 billion", "LKR"},
		{"Rs in a story of a Pakistani province", "Sindh put its flood losses at Rs148 billion.", "Rs148 billion", "PKR"},
		{"rupees in a Pakistani story", "Pakistan's central bank held 900 billion rupees.", "900 billion rupees", "PKR"},
		{"kroner in a Danish story", "The Danish fund is worth 4,000 billion kroner.", "4,000 billion kroner", "DKK"},
		{"kroner with no country", "The fund is worth 20,150 billion kroner.", "20,150 billion kroner", "NOK"},
		{"kronor in Sweden", "Swedish households owe 4,500 billion kronor.", "4,500 billion kronor", "SEK"},
		{"shillings in Uganda", "Uganda's farmers got 30 billion shillings.", "30 billion shillings", "UGX"},
		{"a K glued to an amount in a Zambian story", "Each family in Kitwe, Zambia, will receive K250,000.", "K250,000", "ZMW"},
		{"a K glued to an amount in a Malawian story", "The Malawi ministry set aside K1.2 billion.", "K1.2 billion", "MWK"},
		{"a K glued to an amount in Papua New Guinea", "Port Moresby approved K40 million for roads.", "K40 million", "PGK"},
		{"two countries as often: the default", "Chile and Mexico traded goods worth 9 billion pesos.", "9 billion pesos", "MXN"},
		{"the country named most", "Chile and Mexico signed. Chilean exporters sold 9 billion pesos of copper.", "9 billion pesos", "CLP"},
		{"rials in an Omani story", "The Omani plant's contract is worth 18 million rials a year.", "18 million rials", "OMR"},
		{"rials with no country", "The contract is worth 18 million rials.", "18 million rials", "IRR"},
		{"riyals in Qatar", "Qatar's budget sets aside 20 billion riyals for water.", "20 billion riyals", "QAR"},
		{"dinars in Jordan", "Jordanian farmers received 12 million dinars.", "12 million dinars", "JOD"},
		{"francs in Rwanda", "The Kigali race pays 1,450 francs to the dollar on a purse of 87 million francs.", "87 million francs", "RWF"},
		{"francs in Senegal", "Senegalese farmers were paid 300 billion CFA francs.", "300 billion CFA francs", "XOF"},
		{"francs with no country", "The prize is 12,000 francs.", "12,000 francs", "CHF"},
		{"R glued in a story of a South African province", "The Eastern Cape grocer booked R13.1 billion of sales.", "R13.1 billion", "ZAR"},
		{"bare pounds in an Egyptian story", "Cairo promised 25,000 pounds to each injured passenger.", "25,000 pounds", "EGP"},
		{"bare pounds with no such country are a weight", "The bag weighed 25 pounds.", "25 pounds", "pound"},
		{"a word inside another is no country", "The Indianapolis firm paid 5 million rupees.", "5 million rupees", "INR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := quantityFacts(t, tt.text)
			f, ok := fs[tt.amount]
			require.True(t, ok, "no fact %q among %v", tt.amount, keysOf(fs))
			assert.Equal(t, tt.unit, f.Quantity.Unit)
		})
	}
}

func TestCountWord(t *testing.T) {
	assert.Equal(t, 2, countWord("chile and chile's mine", "chile"))
	assert.Equal(t, 0, countWord("chilean wine", "chile"))
	assert.Equal(t, 1, countWord("new delhi", "new delhi"))
	assert.Equal(t, 0, countWord("", "india"))
}
