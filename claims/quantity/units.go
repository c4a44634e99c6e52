package quantity

import "github.com/claimcheck/claimcheck/claims/token"

// currencyCode returns the ISO code of an upper-case currency code word.
func currencyCode(w string) string {
	switch w {
	case "USD", "VND", "JPY", "EUR", "GBP", "CNY", "KRW", "AUD", "SGD", "THB", "INR", "CHF",
		"CAD", "HKD", "TWD", "IDR", "MYR", "PHP", "NZD", "LAK", "KHR", "RUB", "BRL", "MXN",
		"ZAR", "SEK", "NOK", "DKK", "AED", "SAR":
		return w
	case "RMB":
		return "CNY"
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
	case "₹":
		return "INR"
	case "₱":
		return "PHP"
	case "฿":
		return "THB"
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
		if code == "" {
			return "", i
		}
		if code == "USD" && j-1 >= p.min && p.glued(j-1, j) {
			if c := dollarPrefix(p.text(j - 1)); c != "" {
				return c, j - 1
			}
		}
		return code, j
	case token.Word:
		if c := currencyCode(p.text(j)); c != "" {
			return c, j
		}
		switch p.text(j) {
		case "Rs", "Rs.":
			return "INR", j
		case "Rp":
			return "IDR", j
		case "RM":
			return "MYR", j
		}
	}
	return "", i
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
			if c := currencySymbol(p.text(k)); c != "" && c != "USD" && p.glued(k-1, k) {
				return c, k + 1 // "25,000₫"
			}
		}
		return "", k
	}
	if p.kind(k) != token.Word {
		return "", k
	}
	raw := p.text(k)
	if !hasCurrency {
		if c := currencyCode(raw); c != "" {
			return c, k + 1
		}
		if raw == "US" && (p.isAny(k+1, "dollar", "dollars")) {
			return "USD", k + 2
		}
	}
	switch raw {
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
	}
	lw := p.low(k)
	if lw == nil {
		if raw == "đồng" && !hasCurrency {
			return "VND", k + 1
		}
		return "", k
	}
	w := string(lw) // short and rare: only reached after a number
	if !hasCurrency {
		if c := currencyWord(w); c != "" && (w != "won" || raw == "won") {
			return c, k + 1
		}
	}
	switch w {
	case "percent", "pct":
		return "percent", k + 1
	case "per":
		if p.isAny(k+1, "cent") {
			return "percent", k + 2
		}
	case "percentage":
		if p.isAny(k+1, "point", "points") {
			return "pp", k + 2
		}
	case "basis":
		if p.isAny(k+1, "point", "points") {
			return "bp", k + 2
		}
	case "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers":
		if w == "km" && p.glued(k, k+1) && (p.text(k+1) == "2" || p.text(k+1) == "²") {
			return "km2", k + 2
		}
		if w == "km" && p.sym(k+1, "/") && p.glued(k, k+1) && p.text(k+2) == "h" {
			return "km/h", k + 3
		}
		return "km", k + 1
	case "kmh", "kph":
		return "km/h", k + 1
	case "sq", "square":
		switch string(p.low(k + 1)) {
		case "km", "kilometre", "kilometres", "kilometer", "kilometers":
			return "km2", k + 2
		case "m", "metre", "metres", "meter", "meters":
			return "m2", k + 2
		}
	case "sqm":
		return "m2", k + 1
	case "cubic":
		switch string(p.low(k + 1)) {
		case "m", "metre", "metres", "meter", "meters":
			return "m3", k + 2
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
	case "mw", "megawatt", "megawatts":
		return "MW", k + 1
	case "gw", "gigawatt", "gigawatts":
		return "GW", k + 1
	case "kw", "kilowatt", "kilowatts":
		return "kW", k + 1
	case "kwh":
		return "kWh", k + 1
	case "mile", "miles":
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
