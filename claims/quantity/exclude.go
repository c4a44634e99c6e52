package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// isMonth reports whether w names a month ("November", "Nov", "Sept").
func isMonth(w string) bool {
	if len(w) < 3 || len(w) > 9 || w[0] < 'A' || w[0] > 'S' {
		return false // most tokens: no month is so long or starts so
	}
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// titleWord reports whether the number word at token i is part of a capitalised
// name or headline ("Asia Zero Emission", "Japan's Three Directions"): a
// capitalised number word right after another capitalised word that is no hedge.
func (p *parser) titleWord(c core, i int) bool {
	if c.digits || !p.capitalised(i) || !p.capitalised(i-1) || i-1 < p.min || p.lineStart(i) {
		return false
	}
	h, _ := p.hedgeBefore(i - 1)
	return h == hNone
}

// notAmount reports whether the digits of c, which start at token i, are a
// label, a date, a time, a code or a list marker rather than an amount. It runs
// before units are read; years are judged later, once hedge and unit are known.
// Every test is a reason to say yes, so they are grouped by the kind of the
// tokens around the number, each read once: it runs on every number.
func (p *parser) notAmount(c core, i int) bool {
	if !c.digits {
		return p.titleWord(c, i)
	}
	n := c.next
	// an ordinal in words: "the 2 millionth visitor"
	if l := len(p.text(n)); l == 9 || l == 10 { // the lengths of these words
		switch string(p.low(n)) { // n is past the lookback limit: no fold needed
		case "hundredth", "thousandth", "millionth", "billionth":
			return true
		}
	}
	if p.notAmountBefore(c, i, n) || p.notAmountAfter(c, i, n) {
		return true
	}
	return p.capitalised(i-1) && p.label(i, n) // label's first test, without a call for most numbers
}

// notAmountBefore is notAmount's tests of the token before the number.
func (p *parser) notAmountBefore(c core, i, n int) bool {
	pt := p.text(i - 1)
	switch p.kind(i - 1) {
	case token.Word:
		// glued to letters before: "A320", "G7", "CO2"
		if p.glued(i-1, i) && currencyCode(pt) == "" && !(p.pesoP && pt == "P") && !(p.nairaN && pt == "N") && !(p.randR && pt == "R") && !currencyPrefix(pt) && !p.shillingPrefix(pt) {
			return true
		}
		// a model's letters spaced from its number: "the VF 3 and VF 5", "COP 29"
		if ShortCapitals(pt) && currencyCode(pt) == "" && !currencyPrefix(pt) && c.value >= 1 && c.value < 1000 &&
			c.value == float64(int(c.value)) && !p.glued(i-1, i) {
			return true
		}
		// a weight class: "the men's 110kg", "the women's 48kg"
		if p.weightClass(i-1, c, i) {
			return true
		}
		// signs of codes and ranks: "No 1"; dates: "November 25"
		return pt == "No" || pt == "Nos" || pt == "no." || isMonth(pt)
	case token.Number:
		// a run of bare numbers: phone numbers, codes ("3825 3536")
		return p.toks[i-1].End < p.toks[i].Start && i-1 >= p.min
	case token.Symbol:
		switch pt {
		case "-", "–", "—", "‑":
			if p.weightClass(i-2, c, i) || p.signedClass(i) {
				return true // "the men's -81kg", "Ren Kuwabara the -66kg": a weight class
			}
			// a word and a hyphen before: "Covid-19", "F-35", "mid-2025"; the
			// tail of a label, or of a range we did not take
			k := p.kind(i - 2)
			return p.glued(i-1, i) && p.glued(i-2, i-1) && (k == token.Word || k == token.Number)
		case "#":
			return true // "#1"
		case "+", "%":
			if pt == "+" && (p.weightClass(i-2, c, i) || p.signedClass(i)) {
				return true // "the men's +110kg": a weight class
			}
			return p.glued(i-1, i) // "+84"; escapes in URLs: "%2020"
		case ".":
			// "No. 1", "Nov. 25"
			t := p.text(i - 2)
			return t == "No" || t == "Nos" || isMonth(t)
		case ":":
			// times and scores: the "26" of "10:26"
			return p.glued(i-1, i) && p.kind(i-2) == token.Number && p.glued(i-2, i-1)
		case "[":
			return p.sym(n, "]") // citations: "[1]"
		case "(":
			return p.sym(n, ")") && p.lineStart(i-1) // list markers: "(2)"
		}
	}
	return false
}

// notAmountAfter is notAmount's tests of the token after the number.
func (p *parser) notAmountAfter(c core, i, n int) bool {
	nt := p.text(n)
	switch p.kind(n) {
	case token.Number:
		// a run of bare numbers: "3825 3536"; not a count of things a
		// compound measure describes: "46,200 60-kilogram bags"
		return !c.fraction && !p.hyphenedMeasure(n)
	case token.Word:
		// dates: "25 November"; times: "5 p.m."
		switch nt {
		case "a.m.", "p.m.", "am", "pm", "AM", "PM", "GMT", "UTC", "BC", "AD", "BCE", "CE":
			return true
		case "G":
			return p.glued(n-1, n) // a network generation: "5G", "4G"
		}
		return isMonth(nt)
	case token.Symbol:
		switch nt {
		case ":":
			// times and scores: "10:26" (not a total before its breakdown: "1,310: 560 at …")
			return p.glued(n-1, n) && p.kind(n+1) == token.Number && p.glued(n, n+1)
		case ".", ")":
			// list markers: "1. Trade"
			return p.glued(n-1, n) && p.lineStart(i) && (n+1 >= len(p.toks) || !p.glued(n, n+1))
		case "'", "’":
			// a possessive or plural of the number: "1990's" (glued words
			// such as "1970s" are judged with units)
			return p.glued(n-1, n) && p.text(n+1) == "s"
		}
	}
	return false
}

// label reports whether the number at token i is a name's tail: a capitalised
// word right before it inside a sentence and punctuation or the end right after
// ("National Highway 2,", "Phase 3."), unless the name is an item of a list
// whose verb was said once ("won 62, the Social Democrats 41,").
func (p *parser) label(i, n int) bool {
	w := i - 1
	if w < 1 || !p.capitalised(w) || p.lineStart(w) || CurrencyBefore(p.text(w)) || p.gluedCurrency(w, i) {
		return false
	}
	if strings.IndexByte(p.text(i), ',') > 0 {
		return false // "… and Pahang 3,377.": no name's number is grouped in thousands
	}
	switch p.text(w - 1) {
	case ".", "!", "?", ":", "\"", "“", "(", "[", "—", "–", "-", ";":
		return false
	}
	if n < len(p.toks) {
		if p.kind(n) != token.Symbol {
			return false
		}
		switch p.text(n) {
		case ",", ".", ";", ")", "]", ":", "!", "?", "\"", "”":
		default:
			return false
		}
	}
	return !p.gappedItem(i, 0) // "won 62, the Social Democrats 41," is a count
}

// gluedCurrency reports a currency prefix at w glued to the number at i:
// "RM150,000.", "R150,000:" (rand, in South African news).
func (p *parser) gluedCurrency(w, i int) bool {
	if !p.glued(w, i) {
		return false
	}
	t := p.text(w)
	return currencyPrefix(t) || p.randR && t == "R" || p.pesoP && t == "P" || p.nairaN && t == "N" || p.shillingPrefix(t)
}

// shillingPrefix reports "Sh" in a document of shillings (see Context).
func (p *parser) shillingPrefix(t string) bool {
	return p.shilling != "" && (t == "Sh" || t == "Shs") || p.kwacha != "" && t == "K"
}

// yearLike reports whether a bare number reads as a year: four digits between
// 1900 and 2100 with no separator.
func yearLike(c core, text string) bool {
	return c.digits && !c.comma && !c.scaled && !c.fraction && len(text) == 4 &&
		c.value >= 1900 && c.value <= 2100
}

// glueEnd reports whether the amount ending before token k is glued to letters
// that are not a unit ("22nd", "1970s", "32C"): such digits are no amount.
func (p *parser) glueEnd(k int) bool {
	return k < len(p.toks) && p.kind(k) == token.Word && p.glued(k-1, k)
}

// ShortCapitals reports two to four capital letters, the way a model, a
// series or a meeting is lettered before its number ("VF 3", "COP 29"), or an
// acronym closes a compound ("PET-CT").
func ShortCapitals(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// CurrencyBefore reports a word written before an amount to name its
// currency: an ISO code ("USD", "RMB") or a letter prefix ("Rp", "KSh").
func CurrencyBefore(w string) bool { return currencyCode(w) != "" || currencyPrefix(w) }

// currencyPrefix reports the letter prefixes news glues to amounts in place
// of a code: "RM1.24 billion" (ringgit), "Rs14.6 billion", "Rp16,250".
func currencyPrefix(w string) bool {
	switch w {
	case "RM", "Rs", "Rp", "KSh", "Ksh", "KShs", "Kshs", "USh", "UShs", "TSh", "TShs":
		return true
	}
	return false
}

// weightClass reports a number glued to "kg" after "men's" or "women's" at
// token w: the name of a weight class ("the men's 110kg"), not a weight.
func (p *parser) weightClass(w int, c core, i int) bool {
	if w < 0 || p.kind(w) != token.Word {
		return false
	}
	t := p.text(w)
	if len(t) < 5 || t[len(t)-1] != 's' && t[len(t)-1] != '\'' && t[len(t)-1] != 'r' && t[len(t)-1] != 'd' {
		return false // most words: none of these endings, no folding
	}
	found := false
	for _, c := range []string{"men's", "women's", "men’s", "women’s", "boys'", "girls'", "junior", "mixed"} {
		found = found || strings.EqualFold(t, c)
	}
	if !found {
		return false
	}
	return p.kgGlued(i)
}

// kgGlued reports "kg" glued to the number at token i: "110kg", "-81kg".
func (p *parser) kgGlued(i int) bool {
	n := i + 1
	for n < len(p.toks) && p.toks[n].Start == p.toks[n-1].End && p.kind(n) == token.Symbol {
		n++
	}
	return n < len(p.toks) && p.glued(i, n) && strings.EqualFold(p.text(n), "kg")
}

// signedClass reports a sign glued to the number at token i and spaced from
// the word before, with "kg" glued after: "the -66kg", "the +100kg" are
// weight classes however the sentence names them (no weight is negative).
func (p *parser) signedClass(i int) bool {
	return i >= 1 && p.glued(i-1, i) && (i < 2 || !p.glued(i-2, i-1)) && p.kgGlued(i)
}

// hyphenedMeasure reports a number glued by a hyphen to the word after it, a
// compound adjective of measure: "60-kilogram", "40-tonne", "20-foot".
func (p *parser) hyphenedMeasure(n int) bool {
	return p.sym(n+1, "-") && p.glued(n, n+1) && p.kind(n+2) == token.Word && p.glued(n+1, n+2)
}
