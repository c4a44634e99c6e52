package quantity

import (
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// currencyCode returns the ISO code of an upper-case currency code word.
func currencyCode(w string) string {
	switch w {
	case "USD", "VND", "JPY", "EUR", "GBP", "CNY", "KRW", "AUD", "SGD", "THB", "INR", "CHF",
		"CAD", "HKD", "TWD", "IDR", "MYR", "PHP", "NZD", "LAK", "KHR", "RUB", "BRL", "MXN",
		"ZAR", "SEK", "NOK", "DKK", "AED", "SAR", "PLN", "CZK", "HUF", "RON", "BGN", "ILS",
		"EGP", "NGN", "KES", "PKR", "BDT", "LKR", "ARS", "CLP", "COP", "PEN", "QAR", "KWD",
		"MMK", "BND", "MOP", "ISK", "MAD", "TND", "GHS", "ETB", "TZS", "UGX", "VES", "NPR", "MZN", "ZMW", "KZT",
		"OMR", "IRR", "YER", "BHD", "JOD", "IQD", "RSD", "DZD", "LYD",
		"KGS", "UZS", "AZN", "AMD", "TJS", "SLE", "AOA", "GTQ", "BOB", "MNT":
		return w
	case "RMB":
		return "CNY"
	case "VNĐ", "VNđ": // Vietnamese copy writes the code with its own Đ
		return "VND"
	case "BTC", "TRY", "UAH", "CRC", "GEL", "FJD", "JMD", "TTD", "XCD", "SBD", "WST", "TOP", "RWF", "XOF", "XAF", "BIF", "CDF", "GNF", "DJF", "MWK", "BWP", "NAD", "SOS",
		"BZD", "GYD", "LRD", "BBD", "BSD", "AFN", "ALL", "BTN", "ESP", "FIM", "GMD", "HNL", "HTG", "LSL", "MGA", "MKD", "MRU", "MVR", "NIO", "NLG", "PGK", "PYG", "SZL", "VUV", "BMD", "KYD":
		return w
	}
	return ""
}

// currencySymbol returns the code of a currency sign.
func currencySymbol(s string) string {
	switch s {
	case "$":
		return "USD"
	case "€":
		return "EUR"
	case "£":
		return "GBP"
	case "¥":
		return "JPY"
	case "₫":
		return "VND"
	case "₩":
		return "KRW"
	case "₭":
		return "LAK"
	case "₽":
		return "RUB"
	case "₺":
		return "TRY"
	case "₴":
		return "UAH"
	case "₡":
		return "CRC"
	case "₾":
		return "GEL"
	case "元":
		return "CNY"
	case "₿":
		return "BTC"
	case "₹":
		return "INR"
	case "₱":
		return "PHP"
	case "฿":
		return "THB"
	case "₦":
		return "NGN"
	case "₵":
		return "GHS"
	case "₪":
		return "ILS"
	case "₸":
		return "KZT"
	}
	return ""
}

// dollarPrefix returns the code of a country prefix glued to "$" ("US$", "S$").
func dollarPrefix(w string) string {
	switch w {
	case "US":
		return "USD"
	case "S":
		return "SGD"
	case "B":
		return "BND" // "B$542 million": Brunei dollars
	case "A", "AU":
		return "AUD"
	case "HK":
		return "HKD"
	case "C", "CA":
		return "CAD"
	case "NZ":
		return "NZD"
	case "NT":
		return "TWD"
	case "R":
		return "BRL" // "R$253 million"
	case "MX", "Mex":
		return "MXN"
	case "F", "FJ":
		return "FJD" // "F$150,000": Fiji dollars
	case "J":
		return "JMD"
	case "TT":
		return "TTD"
	case "EC":
		return "XCD"
	case "SI":
		return "SBD"
	case "WS":
		return "WST"
	case "T":
		return "TOP"
	case "BZ", "BD":
		return "BZD" // "BZ$71.0 million": Belize dollars
	case "G", "GY":
		return "GYD" // "G$86.3 billion": Guyana dollars
	case "N":
		return "NAD"
	case "L", "LD":
		return "LRD"
	case "Bds", "BB":
		return "BBD"
	}
	return ""
}

// currencyWord returns the code of a currency named after the amount ("yen").
func currencyWord(w string) string {
	switch w {
	case "dollar", "dollars":
		return "USD"
	case "yen":
		return "JPY"
	case "euro", "euros":
		return "EUR"
	case "dong", "đồng":
		return "VND"
	case "元":
		return "CNY"
	case "yuan", "renminbi":
		return "CNY"
	case "baht":
		return "THB"
	case "rupee", "rupees":
		return "INR"
	case "ringgit":
		return "MYR"
	case "rupiah":
		return "IDR"
	case "won":
		return "KRW"
	case "kip":
		return "LAK"
	case "riel", "riels":
		return "KHR"
	case "franc", "francs":
		return "CHF"
	case "dram", "drams":
		return "AMD"
	case "peso", "pesos":
		return "MXN" // claims gives pesos, rupees, kroner and shillings their country's code
	case "krone", "kroner":
		return "NOK"
	case "krona", "kronor":
		return "SEK"
	case "shilling", "shillings":
		return "KES"
	case "sol", "soles":
		return "PEN"
	case "naira":
		return "NGN"
	case "reais":
		return "BRL" // the plural only: "real" is an English word
	case "taka":
		return "BDT"
	case "metical", "meticais", "meticals":
		return "MZN"
	case "kwacha":
		return "ZMW"
	case "birr":
		return "ETB"
	case "kyat", "kyats":
		return "MMK"
	case "riyal", "riyals":
		return "SAR"
	case "leu", "lei":
		return "RON"
	case "som", "soms":
		return "KGS"
	case "soum", "soums", "sum":
		return "UZS"
	case "manat", "manats":
		return "AZN"
	case "lari", "laris":
		return "GEL"
	case "somoni":
		return "TJS"
	case "leone", "leones":
		return "SLE"
	case "lev", "leva":
		return "BGN"
	case "escudo", "escudos":
		return "CVE"
	case "nakfa", "nakfas":
		return "ERN"
	case "balboa", "balboas":
		return "PAB"
	case "kwanza", "kwanzas":
		return "AOA"
	case "quetzal", "quetzales":
		return "GTQ"
	case "boliviano", "bolivianos":
		return "BOB"
	case "koruna", "korunas":
		return "CZK"
	case "rial", "rials":
		return "IRR" // claims gives rials, riyals and dinars their country's code
	case "dinar", "dinars":
		return "KWD"
	case "dirham", "dirhams":
		return "AED"
	case "shekel", "shekels":
		return "ILS"
	case "hryvnia", "hryvnias":
		return "UAH"
	case "tenge":
		return "KZT"
	case "tugrik", "tugriks", "tögrög", "togrog", "tughrik", "tughriks":
		return "MNT"
	case "rand":
		return "ZAR"
	case "cedi", "cedis":
		return "GHS"
	case "zloty", "zlotys", "zlotych", "złoty", "złotys", "złotych":
		return "PLN"
	case "forint", "forints":
		return "HUF"
	case "lira", "liras":
		return "TRY"
	case "rouble", "roubles", "ruble", "rubles":
		return "RUB"
	case "kina":
		return "PGK"
	case "vatu":
		return "VUV"
	case "tala":
		return "WST"
	case "pa'anga", "paʻanga":
		return "TOP"
	case "lempira", "lempiras":
		return "HNL"
	case "córdoba", "córdobas", "cordobas":
		return "NIO"
	case "colón", "colones":
		return "CRC"
	case "guaraní", "guarani", "guaranis", "guaraníes":
		return "PYG"
	case "ariary":
		return "MGA"
	case "pula":
		return "BWP"
	case "maloti":
		return "LSL"
	case "emalangeni", "lilangeni":
		return "SZL"
	case "dalasi", "dalasis":
		return "GMD"
	case "ouguiya", "ouguiyas":
		return "MRU"
	case "afghani", "afghanis":
		return "AFN"
	case "ngultrum", "ngultrums":
		return "BTN"
	case "rufiyaa":
		return "MVR"
	case "denar", "denars", "denari":
		return "MKD"
	case "lek", "leke", "leks":
		return "ALL"
	case "gourde", "gourdes":
		return "HTG"
	case "bitcoin", "bitcoins":
		return "BTC"
	case "markka", "markkaa":
		return "FIM"
	case "peseta", "pesetas":
		return "ESP"
	case "guilder", "guilders":
		return "NLG"
	case "cent", "cents":
		return "cent"
	case "pence", "penny", "pennies":
		return "pence"
	}
	return ""
}

// adjectiveCurrencies maps "adjective currency-noun" (the noun without a plural
// s) to its ISO code.
var adjectiveCurrencies = map[string]string{
	"us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
	"australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
	"singapore dollar": "SGD", "singaporean dollar": "SGD", "new zealand dollar": "NZD", "brunei dollar": "BND",
	"taiwan dollar": "TWD", "taiwanese dollar": "TWD", "swiss franc": "CHF",
	"chinese yuan": "CNY", "japanese yen": "JPY", "turkish lira": "TRY", "mexican peso": "MXN",
	"indian rupee": "INR", "finnish markka": "FIM", "finnish markkaa": "FIM", "dutch guilder": "NLG",
	"omani rial": "OMR", "iranian rial": "IRR", "saudi riyal": "SAR", "qatari riyal": "QAR", "kuwaiti dinar": "KWD",
	"bahraini dinar": "BHD", "jordanian dinar": "JOD", "iraqi dinar": "IQD", "serbian dinar": "RSD",
	"us cent": "cent", "u.s. cent": "cent", "singapore cent": "cent", "australian cent": "cent", "canadian cent": "cent",
	"new zealand cent": "cent", "hong kong cent": "cent",
	"cfa franc": "XOF", "rwandan franc": "RWF", "burundian franc": "BIF", "congolese franc": "CDF", "guinean franc": "GNF",
	// Money one word names in several countries, told by the country: "25,000
	// Egyptian pounds" is no weight.
	"egyptian pound": "EGP", "lebanese pound": "LBP", "sudanese pound": "SDG", "syrian pound": "SYP", "british pound": "GBP",
	"kenyan shilling": "KES", "ugandan shilling": "UGX", "tanzanian shilling": "TZS", "somali shilling": "SOS",
	"philippine peso": "PHP", "chilean peso": "CLP", "colombian peso": "COP", "argentine peso": "ARS", "argentinian peso": "ARS",
	"pakistani rupee": "PKR", "nepalese rupee": "NPR", "nepali rupee": "NPR", "mauritian rupee": "MUR",
	"moroccan dirham": "MAD", "emirati dirham": "AED", "uae dirham": "AED", "tunisian dinar": "TND", "algerian dinar": "DZD", "libyan dinar": "LYD",
	"zambian kwacha": "ZMW", "malawian kwacha": "MWK", "nigerian naira": "NGN", "ghanaian cedi": "GHS",
	"swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "icelandic krona": "ISK",
	"fiji dollar": "FJD", "fijian dollar": "FJD", "belize dollar": "BZD", "guyana dollar": "GYD", "guyanese dollar": "GYD",
	"jamaican dollar": "JMD", "namibian dollar": "NAD", "liberian dollar": "LRD", "bahamian dollar": "BSD", "barbados dollar": "BBD",
	"barbadian dollar": "BBD", "bermudian dollar": "BMD", "bermuda dollar": "BMD", "cayman dollar": "KYD",
	"djiboutian franc": "DJF", "comorian franc": "KMF", "seychellois rupee": "SCR", "seychelles rupee": "SCR",
	"surinamese dollar": "SRD", "convertible mark": "BAM", "sri lankan rupee": "LKR",
}

// adjectiveFirst reports whether w is the first word of a key of
// adjectiveCurrencies (TestAdjectiveFirst checks), so that the word after each
// number is dismissed by a switch instead of building a two-word key.
func adjectiveFirst(w []byte) bool {
	switch string(w) {
	case "us", "u.s.", "american", "australian", "canadian", "hong", "singapore", "singaporean",
		"new", "taiwan", "taiwanese", "swiss", "chinese", "japanese", "turkish", "mexican",
		"indian", "finnish", "dutch", "omani", "iranian", "saudi", "qatari", "kuwaiti", "bahraini", "jordanian", "iraqi", "serbian",
		"cfa", "rwandan", "burundian", "congolese", "guinean",
		"egyptian", "lebanese", "sudanese", "syrian", "british", "kenyan", "ugandan", "tanzanian", "somali",
		"philippine", "chilean", "colombian", "argentine", "argentinian", "pakistani", "nepalese", "nepali", "mauritian",
		"moroccan", "emirati", "uae", "tunisian", "algerian", "libyan", "zambian", "malawian", "nigerian", "ghanaian",
		"swedish", "norwegian", "danish", "icelandic", "brunei",
		"fiji", "fijian", "belize", "guyana", "guyanese", "jamaican", "namibian", "liberian", "bahamian", "barbados",
		"barbadian", "bermudian", "bermuda", "cayman",
		"djiboutian", "comorian", "seychellois", "seychelles", "surinamese", "convertible", "sri":
		return true
	}
	return false
}

// currencyAdjective returns the code of a currency named with its country
// ("australian dollars", "swiss francs") when word k and the currency word
// after it say so; it returns the token after them.
func (p *parser) currencyAdjective(k int) (string, int) {
	if !adjectiveFirst(p.lw(k)) {
		return "", k // no key starts with this word
	}
	adj := p.lower(k)
	n := k + 1
	switch adj {
	case "hong", "new":
		if !p.isAny(n, "kong", "zealand") {
			return "", k
		}
		adj += " " + p.lower(n)
		n++
	case "":
		return "", k
	}
	if c := adjectiveCurrencies[adj+" "+strings.TrimSuffix(p.lower(n), "s")]; c != "" {
		return c, n + 1
	}
	return "", k
}

// lowerCode returns the ISO code of a lower-case currency code ("usd", "rmb");
// "php" is left out, being a programming language more often than a peso.
// It switches on constants so that the hot path never allocates.
func lowerCode(w string) string {
	if len(w) != 3 {
		return ""
	}
	switch w {
	case "usd":
		return "USD"
	case "eur":
		return "EUR"
	case "gbp":
		return "GBP"
	case "jpy":
		return "JPY"
	case "cny":
		return "CNY"
	case "rmb":
		return "CNY"
	case "vnd":
		return "VND"
	case "aud":
		return "AUD"
	case "cad":
		return "CAD"
	case "chf":
		return "CHF"
	case "hkd":
		return "HKD"
	case "sgd":
		return "SGD"
	case "nzd":
		return "NZD"
	case "inr":
		return "INR"
	case "krw":
		return "KRW"
	case "mxn":
		return "MXN"
	case "btc":
		return "BTC"
	}
	return ""
}

// currencyBefore reads a currency written before the amount that starts at token
// i ("USD 8", "$20", "US$1.5", "€3"); it returns the code and the first token.
func (p *parser) currencyBefore(i int) (string, int) {
	j := i - 1
	if j < p.min {
		return "", i
	}
	switch p.kind(j) {
	case token.Symbol:
		code := currencySymbol(p.text(j))
		if p.text(j) == "¢" && j-1 >= p.min && p.text(j-1) == "GH" && p.glued(j-1, j) {
			return "GHS", j - 1 // "GH¢3,480": Ghanaian cedis, as Ghana's news writes them
		}
		if code == "" {
			return "", i
		}
		if code == "USD" && j-1 >= p.min && p.kind(j-1) == token.Word {
			// "US$", "C$", "usd$", "Mex$"; spaced only in lower-cased
			// copy ("c $ 16.4 million"), never a code in a sentence
			w := p.text(j - 1)
			c := dollarPrefix(w)
			if c == "" && p.glued(j-1, j) {
				c = currencyCode(w)
				if c == "" {
					c = lowerCode(p.lower(j - 1))
				}
				if c == "" && (w == "Mex" || w == "mex" || w == "MEX") {
					c = "MXN"
				}
			}
			if c == "" && !p.glued(j-1, j) {
				switch w {
				case "c", "hk", "us", "nz":
					if !p.glued(i-1, i) && !p.capitalised(j-2) {
						c = dollarPrefix(strings.ToUpper(w))
					}
				}
			}
			if c != "" {
				return c, j - 1
			}
		}
		return code, j
	case token.Word:
		w := p.text(j)
		if c := currencyCode(w); c != "" {
			return c, j
		}
		if c := lowerCode(w); c != "" && !p.glued(j, i) {
			return c, j
		}
		switch w {
		case "P":
			if p.pesoP && p.glued(j, i) {
				return "PHP", j // "P190 billion" in news from the Philippines
			}
		case "N":
			if p.nairaN && p.glued(j, i) {
				return "NGN", j // "N842.6 billion" in news from Nigeria
			}
		case "R":
			if p.randR && p.glued(j, i) {
				return "ZAR", j // "R1.9 billion" in news from South Africa
			}
		case "Rs", "Rs.":
			return "INR", j
		case "Rp":
			return "IDR", j
		case "KSh", "Ksh", "KShs", "Kshs":
			return "KES", j // "KSh 6.1 billion", as Kenyan news writes shillings
		case "Sh", "Shs":
			if p.shilling != "" && p.glued(j, i) {
				return p.shilling, j // "Sh129.2 to the dollar" in news from Kenya
			}
		case "K":
			if p.kwacha != "" && p.glued(j, i) {
				return p.kwacha, j // "K250,000" in news from Zambia
			}
		case "USh", "UShs":
			return "UGX", j
		case "TSh", "TShs":
			return "TZS", j
		case "RM":
			return "MYR", j
		case "Tk", "Tk.":
			return "BDT", j // "Tk 5 lakh", as Bangladeshi news writes taka
		}
	}
	return "", i
}

// hours reads the "-hours" or " hours" of a unit of energy ("gigawatt-hours",
// "megawatt hours") at token k and returns the token after it.
func (p *parser) hours(k int) (int, bool) {
	if p.sym(k, "-") && p.glued(k-1, k) && p.glued(k, k+1) && p.isAny(k+1, "hour", "hours") {
		return k + 2, true
	}
	if p.isAny(k, "hour", "hours") {
		return k + 1, true
	}
	return k, false
}

// unitAt reads a unit that starts at token k, right after an amount: "%",
// "per cent", "percentage points", a currency code or word, "km", "ha", "TEU",
// "MW", "tonnes", "years" ... It returns the unit and the token after it.
func (p *parser) unitAt(k int, hasCurrency bool) (string, int) {
	if k >= len(p.toks) {
		return "", k
	}
	if p.kind(k) == token.Symbol {
		switch p.text(k) {
		case "%", "％":
			if p.glued(k, k+1) && (p.kind(k+1) == token.Number || p.kind(k+1) == token.Word) {
				return "", k // "%28" escapes a byte in a URL
			}
			return "percent", k + 1
		case "°":
			if p.glued(k, k+1) {
				switch p.text(k + 1) {
				case "C":
					return "°C", k + 2
				case "F":
					return "°F", k + 2
				}
			}
		}
		if !hasCurrency {
			// "25,000₫", "10 €"; a sign before digits belongs to them ("10 $30")
			if c := currencySymbol(p.text(k)); c != "" && (c != "USD" || !p.glued(k-1, k)) && p.kind(k+1) != token.Number {
				return c, k + 1
			}
		}
		return "", k
	}
	if p.kind(k) != token.Word {
		return "", k
	}
	raw := p.text(k)
	if p.glued(k, k+1) && p.kind(k+1) == token.Number {
		switch p.text(k + 1) {
		case "2", "3":
		default:
			return "", k // "24703m212": a code, not a unit
		}
	}
	if !hasCurrency {
		if c := currencyCode(raw); c != "" {
			return c, k + 1
		}
		if c := lowerCode(raw); c != "" {
			return c, k + 1
		}
		if c, n := p.currencyAdjective(k); c != "" {
			return c, n
		}
		if raw == "US" && (p.isAny(k+1, "dollar", "dollars")) {
			return "USD", k + 2
		}
	}
	if (raw == "degrees" || raw == "degree") && k+1 < len(p.toks) {
		// "47.1 degrees Celsius", "104 degrees F": a bare "degrees" may be an
		// angle, or either scale, and is left alone.
		switch p.text(k + 1) {
		case "Celsius", "celsius", "centigrade", "C":
			return "°C", k + 2
		case "Fahrenheit", "fahrenheit", "F":
			return "°F", k + 2
		}
	}
	switch raw {
	case "C", "F":
		// "46.2C": a temperature only when glued to its number, never "Grade 3 C"
		// or a code after a label ("Block 5C", "Room 12F").
		label := k >= 2 && p.kind(k-2) == token.Word && unicode.IsUpper(rune(p.text(k - 2)[0])) && !notLabel(p.lower(k-2))
		// Punctuation may follow it: "reached 46.8C, the highest".
		ends := k+1 >= len(p.toks) || !p.glued(k, k+1) || p.kind(k+1) == token.Symbol && strings.Contains(",.;:)!?", p.text(k+1))
		if !label && p.glued(k-1, k) && ends && temperatureContext(p.s) {
			return "°" + raw, k + 1
		}
	case "TEU", "TEUs":
		return "TEU", k + 1
	case "MW", "GW", "kW", "KW", "kWh", "KWh", "MWh", "GWh", "TWh":
		if raw[0] == 'K' {
			return "k" + raw[1:], k + 1
		}
		return raw, k + 1
	case "pc":
		return "percent", k + 1
	case "pp", "ppt", "ppts", "pps":
		return "pp", k + 1
	case "bp", "bps":
		return "bp", k + 1
	case "µg", "μg":
		return "µg", k + 1
	case "t":
		if p.glued(k-1, k) {
			return "tonne", k + 1 // "100t"
		}
		return "", k
	case "M":
		return "", k // millions, not metres
	}
	lw := p.low(k)
	if lw == nil {
		if c := currencyWord(strings.ToLower(raw)); c != "" && !hasCurrency {
			return c, k + 1 // "đồng", "元", "złoty": names with letters beyond ASCII
		}
		return "", k
	}
	w := raw // most words have no capitals: no copy of lw needed
	if string(lw) != raw {
		w = string(lw)
	}
	if !hasCurrency {
		if c := currencyWord(w); c != "" && (w != "won" || raw == "won") && (w != "sum" || p.sumIsMoney(k)) {
			return c, k + 1
		}
	}
	switch w {
	case "percent", "pct", "percents":
		return "percent", k + 1
	case "per":
		if p.isAny(k+1, "cent") {
			return "percent", k + 2
		}
	case "percentage":
		if p.isAny(k+1, "point", "points") {
			return "pp", k + 2
		}
		return "percent", k + 1
	case "basis":
		if p.isAny(k+1, "point", "points") {
			return "bp", k + 2
		}
	case "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers":
		if w == "km" && p.glued(k, k+1) && (p.text(k+1) == "2" || p.text(k+1) == "²") {
			return "km2", k + 2
		}
		if w == "km" && p.sym(k+1, "/") && p.glued(k, k+1) && (p.text(k+2) == "h" || p.text(k+2) == "hr") {
			return "km/h", k + 3
		}
		if n, ok := p.perHour(k + 1); ok {
			return "km/h", n
		}
		return "km", k + 1
	case "kmh", "kph", "kmph":
		return "km/h", k + 1
	case "mph":
		return "mph", k + 1
	case "ft", "foot", "feet":
		return "foot", k + 1
	case "inch", "inches":
		return "inch", k + 1
	case "lb", "lbs", "pound", "pounds":
		return "pound", k + 1
	case "oz", "ounce", "ounces":
		return "ounce", k + 1
	case "gallon", "gallons":
		return "gallon", k + 1
	case "mm", "millimetre", "millimetres", "millimeter", "millimeters":
		return "mm", k + 1
	case "cm", "centimetre", "centimetres", "centimeter", "centimeters":
		return "cm", k + 1
	case "dm", "decimetre", "decimetres", "decimeter", "decimeters":
		return "dm", k + 1
	case "ml", "millilitre", "millilitres", "milliliter", "milliliters":
		return "ml", k + 1
	case "g", "gram", "grams", "gramme", "grammes":
		return "g", k + 1
	case "mg", "milligram", "milligrams":
		return "mg", k + 1
	case "mcg", "microgram", "micrograms", "microgramme", "microgrammes":
		return "µg", k + 1
	case "bit", "bits":
		return "bit", k + 1
	case "cup", "cups":
		return "cup", k + 1
	case "tablespoon", "tablespoons", "tbsp":
		return "tbsp", k + 1
	case "teaspoon", "teaspoons", "tsp":
		return "tsp", k + 1
	case "sq", "square":
		switch string(p.low(k + 1)) {
		case "km", "kilometre", "kilometres", "kilometer", "kilometers":
			return "km2", k + 2
		case "m", "metre", "metres", "meter", "meters":
			return "m2", k + 2
		}
	case "sqm":
		return "m2", k + 1
	case "seat", "seater", "capacity":
		if k > 0 && p.dash(k-1) && p.glued(k-1, k) {
			return "seat", k + 1 // "the 24,000-seat stadium", "the 42,000-capacity ground"
		}
	case "storey", "storeys":
		return "storey", k + 1 // "a six-storey factory", "12 storeys"
	case "story":
		if k > 0 && p.dash(k-1) && p.glued(k-1, k) {
			return "storey", k + 1 // "a six-story building" ("three stories" are told)
		}
	case "cubic":
		switch string(p.low(k + 1)) {
		case "m", "metre", "metres", "meter", "meters":
			return "m3", k + 2
		case "foot", "feet", "ft":
			return "ft3", k + 2
		}
	case "m", "metre", "metres", "meter", "meters":
		if w == "m" && p.glued(k, k+1) {
			switch p.text(k + 1) {
			case "2", "²":
				return "m2", k + 2
			case "3", "³":
				return "m3", k + 2
			}
		}
		return "m", k + 1
	case "ha", "hectare", "hectares":
		return "ha", k + 1
	case "acre", "acres":
		return "acre", k + 1
	case "tonne", "tonnes", "ton", "tons":
		return "tonne", k + 1
	case "metric":
		if p.isAny(k+1, "ton", "tons", "tonne", "tonnes") {
			return "tonne", k + 2
		}
	case "kg", "kilogram", "kilograms", "kilo", "kilos":
		return "kg", k + 1
	case "teu", "teus":
		return "TEU", k + 1
	case "twenty":
		// "13.9 million twenty-foot equivalent units (TEU)": the container unit in full.
		if p.dash(k+1) && p.isAny(k+2, "foot") && p.isAny(k+3, "equivalent") && p.isAny(k+4, "units", "unit") {
			return "TEU", k + 5
		}
	case "mw", "megawatt", "megawatts":
		if n, ok := p.hours(k + 1); ok {
			return "MWh", n // "megawatt-hours": energy, not power
		}
		return "MW", k + 1
	case "gw", "gigawatt", "gigawatts":
		if n, ok := p.hours(k + 1); ok {
			return "GWh", n
		}
		return "GW", k + 1
	case "kw", "kilowatt", "kilowatts":
		if n, ok := p.hours(k + 1); ok {
			return "kWh", n
		}
		return "kW", k + 1
	case "tw", "terawatt", "terawatts":
		if n, ok := p.hours(k + 1); ok {
			return "TWh", n
		}
	case "kwh":
		return "kWh", k + 1
	case "mhz":
		return "MHz", k + 1 // "the 700 MHz band"
	case "ghz":
		return "GHz", k + 1
	case "khz":
		return "kHz", k + 1
	case "mwh":
		return "MWh", k + 1
	case "gwh":
		return "GWh", k + 1
	case "twh":
		return "TWh", k + 1
	case "nautical":
		if p.isAny(k+1, "mile", "miles") {
			return "nmi", k + 2 // "about 46 nautical miles": a sea distance, not a count
		}
	case "mile", "miles":
		if n, ok := p.perHour(k + 1); ok {
			return "mph", n
		}
		return "mile", k + 1
	case "litre", "litres", "liter", "liters":
		return "l", k + 1
	case "barrel", "barrels":
		return "barrel", k + 1
	case "year", "years", "yr", "yrs":
		return "year", k + 1
	case "month", "months":
		return "month", k + 1
	case "week", "weeks":
		return "week", k + 1
	case "day", "days":
		return "day", k + 1
	case "hour", "hours", "hr", "hrs":
		return "hour", k + 1
	case "minute", "minutes", "min", "mins":
		return "minute", k + 1
	case "second", "seconds":
		return "second", k + 1
	}
	return "", k
}

// perHour reads "per hour", "an hour", "a hour" at token k.
// sumIsMoney reports whether "sum" after a number is the Uzbek currency
// ("18.1 trillion sum", "12,700 sum to the dollar"), not the verb of "the
// first ten sum to 55" or "sum up".
func (p *parser) sumIsMoney(k int) bool {
	if p.text(k) != "sum" || p.isAny(k+1, "up", "of") {
		return false
	}
	if p.isAny(k+1, "to") {
		return p.isAny(k+2, "the", "a", "one", "each", "every", "US")
	}
	return true
}

func (p *parser) perHour(k int) (int, bool) {
	if p.isAny(k, "per", "an", "a") && p.isAny(k+1, "hour") {
		return k + 2, true
	}
	return k, false
}

// measureUnit reports whether u measures length, area, volume, weight or speed.
func measureUnit(u string) bool {
	switch u {
	case "count", "percent", "pp", "bp", "fraction", "times", "cent", "pence":
		return false
	}
	return currencyCode(u) == "" && !timeUnit(u)
}

func timeUnit(u string) bool {
	switch u {
	case "year", "month", "week", "day", "hour", "minute", "second":
		return true
	}
	return false
}

// subunit reads the hundredths after a currency word at token k: "50 cents",
// "and forty-five cents", or a bare "50" closing the phrase ("15 dollars 50.").
func (p *parser) subunit(k int) (float64, int, bool) {
	n := k
	if p.isAny(n, "and") {
		n++
	}
	var v float64
	var next int
	switch p.kind(n) {
	case token.Number:
		d, comma, bad := digitValue(p.text(n))
		if bad || comma || d != float64(int(d)) {
			return 0, k, false
		}
		v, next = d, n+1
	case token.Word:
		c, ok := numword.ReadCardinal(p.s, p.toks, n)
		if !ok {
			return 0, k, false
		}
		v, next = c.Value, c.Next
	default:
		return 0, k, false
	}
	if v <= 0 || v >= 100 {
		return 0, k, false
	}
	if p.isAny(next, "cent", "cents") {
		return v / 100, next + 1, true
	}
	if p.kind(next) == token.Word || p.kind(next) == token.Number || next < len(p.toks) && p.mayStart(next) {
		return 0, k, false
	}
	return v / 100, next, true
}

// inches reads "2 inches", "and 2 in" after a number of feet at token k.
func (p *parser) inches(k int) (float64, int, bool) {
	n := k
	if p.isAny(n, "and") {
		n++
	}
	if p.kind(n) != token.Number || !p.isAny(n+1, "inch", "inches", "in") {
		return 0, k, false
	}
	v, comma, bad := digitValue(p.text(n))
	if bad || comma || v >= 12 {
		return 0, k, false
	}
	return v, n + 2, true
}

// notLabel reports a capitalised word before a number that is no label of a
// numbered thing ("Block 5C"): an article, a possessive or a day ("Monday's
// 45.2C", "The 45.2C at Alvalade").
func notLabel(lw string) bool {
	if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
		return true
	}
	switch lw {
	case "the", "its", "their", "this", "that", "a", "an", "on", "by", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "yesterday", "today":
		return true
	}
	return false
}

// temperatureWords tell that a glued C or F after a number is a temperature.
var temperatureWords = []string{"temperature", "degree", "heat", "hot", "cold", "warm", "weather",
	"high of", "highs of", "low of", "lows of", "recorded", "reached", "record", "thermometer", "celsius", "fahrenheit"}

// temperatureContext reports whether a sentence talks about temperatures, so that
// "46.2C" is read as one and "Highways 2, 2B and 32C" is not.
func temperatureContext(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range temperatureWords {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// CurrencyName reports whether w, lower-cased, names a currency: a word
// ("dollar", "pesos", "kroner") or an ISO code ("usd").
func CurrencyName(w string) bool {
	switch w {
	case "krone", "kroner", "krona", "kronor", "pound", "pounds", "sterling", "real", "reais", "rand", "shilling",
		"shillings", "naira", "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "dinar", "dinars", "zloty", "złoty", "forint", "koruna", "soles", "sol":
		return true
	}
	return currencyWord(w) != "" && currencyWord(w) != "cent" && currencyWord(w) != "pence" || currencyCode(strings.ToUpper(w)) != ""
}

// CurrencyOfPhrase returns the ISO code of a lower-case currency named with
// its country ("australian dollar" → "AUD", "swiss francs" → "CHF"), "" for
// any other pair of words.
func CurrencyOfPhrase(adj, noun string) string {
	return adjectiveCurrencies[adj+" "+strings.TrimSuffix(noun, "s")]
}

// CurrencyOfWord returns the ISO code a lower-case currency word or code
// names ("dollar" → "USD", "yen" → "JPY", "eur" → "EUR"), "" for any other word.
func CurrencyOfWord(w string) string {
	if c := currencyWord(w); c != "cent" && c != "pence" && c != "" {
		return c
	}
	return currencyCode(strings.ToUpper(w))
}
