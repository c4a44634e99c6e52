package quantity

import "github.com/claimcheck/claimcheck/claims/token"

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
func (p *parser) notAmount(c core, i int) bool {
	if !c.digits {
		return p.titleWord(c, i)
	}
	// an ordinal in words: "the 2 millionth visitor"
	if n := len(p.text(c.next)); n == 9 || n == 10 { // the lengths of these words
		switch string(p.low(c.next)) { // c.next is past the lookback limit: no fold needed
		case "hundredth", "thousandth", "millionth", "billionth":
			return true
		}
	}
	// glued to letters before: "A320", "G7", "CO2"
	if p.kind(i-1) == token.Word && p.glued(i-1, i) && currencyCode(p.text(i-1)) == "" {
		return true
	}
	// a word and a hyphen before: "Covid-19", "F-35", "mid-2025"
	if p.dash(i-1) && p.glued(i-1, i) && p.glued(i-2, i-1) {
		if p.kind(i-2) == token.Word || p.kind(i-2) == token.Number {
			return true // the tail of a label, or of a range we did not take
		}
	}
	// signs of codes and ranks: "No. 1", "#1", "+84"; escapes in URLs: "%2020"
	if p.sym(i-1, "#") || (p.sym(i-1, "+") || p.sym(i-1, "%")) && p.glued(i-1, i) {
		return true
	}
	if p.text(i-1) == "No" || p.text(i-1) == "Nos" || p.text(i-1) == "no." ||
		(p.sym(i-1, ".") && (p.text(i-2) == "No" || p.text(i-2) == "Nos")) {
		return true
	}
	// dates: "November 25", "Nov. 25", "25 November"
	if isMonth(p.text(i-1)) || (p.sym(i-1, ".") && isMonth(p.text(i-2))) || isMonth(p.text(c.next)) {
		return true
	}
	n := c.next
	// times and scores: "10:26", "10.30am", "5 p.m."
	if p.sym(n, ":") && p.glued(n-1, n) && p.kind(n+1) == token.Number {
		return true
	}
	if p.sym(i-1, ":") && p.glued(i-1, i) && p.kind(i-2) == token.Number && p.glued(i-2, i-1) {
		return true
	}
	switch p.text(n) {
	case "a.m.", "p.m.", "am", "pm", "AM", "PM", "GMT", "UTC", "BC", "AD", "BCE", "CE":
		return true
	}
	// citations and list markers: "[1]", "1. Trade", "(2)"
	if p.sym(i-1, "[") && p.sym(n, "]") {
		return true
	}
	if (p.sym(n, ".") || p.sym(n, ")")) && p.glued(n-1, n) && p.lineStart(i) &&
		(n+1 >= len(p.toks) || !p.glued(n, n+1)) {
		return true
	}
	if p.sym(i-1, "(") && p.sym(n, ")") && p.lineStart(i-1) {
		return true
	}
	// a run of bare numbers: phone numbers, codes ("3825 3536")
	if p.kind(n) == token.Number && !c.fraction || p.kind(i-1) == token.Number && p.toks[i-1].End < p.toks[i].Start && i-1 >= p.min {
		return true
	}
	// a possessive or plural of the number: "1990's", "the 1970s" (glued words are
	// judged with units)
	if (p.sym(n, "'") || p.sym(n, "’")) && p.glued(n-1, n) && p.text(n+1) == "s" {
		return true
	}
	return p.label(i, n)
}

// label reports whether the number at token i is a name's tail: a capitalised
// word right before it inside a sentence and punctuation or the end right after
// ("National Highway 2,", "Phase 3."), unless the name is an item of a list
// whose verb was said once ("won 62, the Social Democrats 41,").
func (p *parser) label(i, n int) bool {
	w := i - 1
	if w < 1 || !p.capitalised(w) || p.lineStart(w) || currencyCode(p.text(w)) != "" {
		return false
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
