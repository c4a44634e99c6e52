package quantity

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// rangeEnd reads the high end of a range after the amount a, from token k:
// "15-20", "2.6–3 million tonnes", "between 20 and 30", "from 252 miles to 287
// miles", "20 to 30", "two or three". The high end lends its scale and unit to
// the low end when the low end has none ("2.6–3 million" = 2.6e6 to 3e6).
// It reads the high end into b, which holds nothing of use when it reports
// none: atInto calls it at most numbers, and an amount is not copied out.
func (p *parser) rangeEnd(k int, opener, cur string, a, b *amount, level bool) bool {
	conn := ""
	if n := len(p.text(k)); n >= 2 && n <= 7 { // the lengths of "to", "or", "and", "thru", "through"
		// Only these words lead on; a switch over the bytes makes no string
		// of the others, which are most words after a number.
		switch string(p.lw(k)) {
		case "to":
			conn = "to"
		case "or":
			conn = "or"
		case "and":
			conn = "and"
		case "thru":
			conn = "thru"
		case "through":
			conn = "through"
		}
	}
	switch {
	case p.dash(k) || p.sym(k, "~"):
		// a hyphen joins a range only when glued ("15-20"): spaced, it sets
		// scores and places apart ("Hanoi 20 - 30 Tokyo")
		if p.text(k) == "-" && (!p.glued(k-1, k) || !p.glued(k, k+1)) {
			return false
		}
		conn = "-"
	case conn == "through" || conn == "thru":
		if opener == "between" || level {
			return false
		}
		conn = "to"
	case conn == "to":
		if opener == "between" || level {
			return false
		}
	case conn == "and":
		if opener != "between" {
			return false
		}
	case conn == "or":
		if opener != "" {
			return false
		}
	default:
		return false
	}
	if opener == "from" && conn != "to" && conn != "-" {
		return false
	}
	t := k + 1
	if cur != "" {
		if c, f := p.currencyBeforeAt(t); c == cur {
			t = f
		}
	}
	c, ok := p.readCore(t)
	if !ok || c.fraction || c.vague || c.multiple || (p.sym(c.next, ":") && p.glued(c.next-1, c.next)) {
		return false
	}
	ok = p.amountAt(c, cur, b)
	if ok && a.c.fraction && b.value > 1 {
		return false // "1/2-2": no fraction reaches 2
	}
	if !ok || b.c.multiple || p.isYear(a.c) != p.isYear(b.c) {
		// "from 3,200 in 2015 to 4,480 in 2024": a year and a count are no range.
		return false
	}
	switch {
	case a.unit != "" && b.unit == "" && conn != "-":
		return false // "20% to 30 people"
	case a.unit == "":
		a.unit = b.unit
	case b.unit == "":
		b.unit = a.unit
	case a.unit != b.unit:
		return false
	}
	if !a.scaled && b.scaled && a.value < c.value {
		a.value *= b.value / c.value
		a.scaled = true
	}
	if a.value > b.value {
		return false
	}
	return true
}

// isYear reports whether the number of c reads as a year ("2015").
func (p *parser) isYear(c core) bool {
	return c.next-c.first == 1 && yearLike(c, p.text(c.first))
}

// currencyBeforeAt reads a currency sign or code at token t that precedes a
// number ("$10" in "$5 to $10"); it returns the code and the token after it.
func (p *parser) currencyBeforeAt(t int) (string, int) {
	if t+1 >= len(p.toks) {
		return "", t
	}
	min := p.min
	p.min = t
	code, first := p.currencyBefore(t + 1)
	if code == "" && t+2 < len(p.toks) {
		code, first = p.currencyBefore(t + 2)
	}
	p.min = min
	if code == "" || first != t {
		return "", t
	}
	for n := t; n < len(p.toks); n++ {
		if p.kind(n) == token.Number {
			return code, n
		}
	}
	return "", t
}

// interval applies hedge h to the amount a, or to the range a..hi.
func (p *parser) interval(a, hi *amount, isRange bool, h hedge) Interval {
	if a.c.vague {
		return Interval{Lo: a.c.lo, Hi: a.c.hi, HiOpen: true}
	}
	lo, top := a.value, a.value
	gLo := Granularity(a.value, a.written)
	g := gLo
	if isRange {
		top = hi.value
		g = Granularity(hi.value, hi.written)
	}
	if a.c.fraction {
		gLo, g = a.value/10, a.value/10
	}
	if a.c.multiple && h != hNone && !isRange && lo > 0 && lo < 1 {
		// "more than halved" is a cut of more than half, below 0.5; "nearly
		// halved" stops short of it, above: the hedge bears on the divisor (2).
		r := 1 / lo
		rg := Granularity(r, strconv.FormatFloat(r, 'f', -1, 64))
		iv := widen(h, r, r, rg, rg, nearStep(r, rg, false, false))
		return Interval{Lo: 1 / iv.Hi, Hi: 1 / iv.Lo, LoOpen: iv.HiOpen, HiOpen: iv.LoOpen}
	}
	near := nearStep(lo, gLo, a.c.fraction, (a.unit == "" || a.unit == "count") && !a.c.multiple) // "nearly doubled" is no count: [1.8, 2)
	iv := widen(h, lo, top, gLo, g, near)
	if lo >= 0 && iv.Lo < 0 {
		iv.Lo, iv.LoOpen = 0, false
	}
	if a.c.fraction && iv.Hi > 1 {
		iv.Hi, iv.HiOpen = 1, false
	}
	if math.IsNaN(iv.Lo) || math.IsNaN(iv.Hi) {
		return Interval{Lo: lo, Hi: top}
	}
	return iv
}

// conversion reads the same amount in another unit in brackets (or spaced
// dashes) after the amount that ends before token k: "14.83 trillion VND
// (563.71 million USD)", "252 miles (405 km)". It returns it and the token
// after the bracket.
func (p *parser) conversion(k int, unit string) (Quantity, int, bool) {
	if p.sym(k, ",") {
		return p.appositeConversion(k, unit)
	}
	if t := p.timeAside(k); t > k && p.sym(t, ",") {
		q, next, ok := p.appositeConversion(t, unit) // "NZ$2.1 billion last year, or roughly US$1.5 billion"
		if ok && p.isAny(k, "a", "per") && p.otherPerUnit(k+1, t, q.End) {
			return Quantity{}, k, false // "R1.98 million per kilogram, or about $3,430 an ounce": two measures
		}
		return q, next, ok
	}
	if p.kind(k) == token.Word && p.sym(k+1, ",") && nounAfterSum(p.text(k)) {
		// "a £1.8 million guarantee, around $2.61 million at an exchange
		// rate of $1.35 to the pound": the sum's noun between, so only a
		// stated rate makes the restatement.
		if q, next, ok := p.appositeConversion(k+1, unit); ok && q.Rate > 0 {
			return q, next, true
		}
	}
	if p.isAny(k, "worth") || p.isAny(k, "is", "was") && p.isAny(k+1, "worth") {
		return p.appositeConversion(k, unit) // "€38 million is worth about R$253 million"
	}
	closer := ")"
	switch {
	case p.sym(k, "("):
	case (p.sym(k, "-") || p.sym(k, "–") || p.sym(k, "—")) && !p.glued(k-1, k) && !p.glued(k, k+1):
		// "45 billion yen - roughly $350 million at 150 yen to the dollar -":
		// an aside set off by spaced dashes, as brackets set it off.
		closer = p.text(k)
	default:
		return Quantity{}, k, false
	}
	end := -1
	for t := k + 1; t < len(p.toks) && t <= k+20; t++ {
		if p.sym(t, closer) {
			end = t
			break
		}
	}
	if end < 0 {
		return Quantity{}, k, false
	}
	saved := p.min
	defer func() { p.min = saved }()
	p.min = k + 1
	for t := k + 1; t < end && t <= k+5; t++ {
		if p.kind(t) != token.Number && p.kind(t) != token.Word {
			continue
		}
		q, next, ok := p.at(t, true)
		if !ok {
			continue
		}
		if next != end {
			// "(about USD 1.5 billion at 34 baht to the dollar)": a stated rate.
			rate, inverted, ok := p.statedRate(next, end, unit, q.Unit)
			if !ok {
				return Quantity{}, k, false
			}
			q.Rate, q.RateInverted = rate, inverted
		}
		if q.Unit == unit || q.Unit == "count" || q.Unit == "percent" || q.Kind != Amount {
			return Quantity{}, k, false
		}
		return q, end + 1, true
	}
	return Quantity{}, k, false
}

// timeAside returns the token after a short time phrase at k that may stand
// between an amount and its restatement ("last year", "in 2025", "a year
// earlier"), or a rate's period ("a year", "per month", "annually"), k when
// there is none.
func (p *parser) timeAside(k int) int {
	if !p.isAny(k, "last", "this", "next", "a", "in", "per", "each", "annually") {
		return k // most tokens after an amount: one test for all the phrases
	}
	switch {
	case p.isAny(k, "last", "this", "next") && p.isAny(k+1, "year", "month", "quarter", "week"):
		return k + 2
	case p.isAny(k, "a") && p.isAny(k+1, "year") && p.isAny(k+2, "earlier", "ago", "before"):
		return k + 3
	case p.isAny(k, "a", "per", "each") && p.isAny(k+1, "year", "month", "week", "day"):
		return k + 2 // "18 million rials a year, or $52.8 million"
	case p.isAny(k, "a", "per") && p.kind(k+1) == token.Word && p.sym(k+2, ","):
		return k + 2 // "A$18.90 a tonne, or about US$13.20": a price per unit, restated
	case p.isAny(k, "a", "per") && p.kind(k+1) == token.Word && p.kind(k+2) == token.Word && p.sym(k+3, ",") && !p.capitalised(k+1):
		return k + 3 // "A$18.90 a wet tonne, or about US$13.20"
	case p.isAny(k, "annually"):
		return k + 1
	case p.isAny(k, "in") && p.kind(k+1) == token.Number && len(p.text(k+1)) == 4:
		return k + 2
	}
	return k
}

// otherPerUnit reports a restatement that ends with a price per unit ("…, or
// about $3,430 an ounce") naming another unit than the one of tokens [from,
// to) the amount before it is priced per ("per kilogram").
func (p *parser) otherPerUnit(from, to, end int) bool {
	k := 0
	for k < len(p.toks) && p.toks[k].Start < end {
		k++
	}
	if !p.isAny(k, "a", "an", "per") || p.kind(k+1) != token.Word {
		return false
	}
	for j := from; j < to; j++ {
		if strings.EqualFold(p.text(j), p.text(k+1)) || p.isAny(k+2, p.text(j)) {
			return false
		}
	}
	return true
}

// nounAfterSum reports a lower-case word that may name what a sum is ("a
// £1.8 million guarantee"), not a word that joins clauses or opens a phrase.
func nounAfterSum(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "and", "or", "but", "while", "in", "of", "for", "to", "at", "on", "by", "from", "with", "a", "an", "the",
		"each", "per", "this", "that", "last", "next", "year", "month", "week", "apiece":
		return false
	}
	return true
}

// appositeConversion reads a sum of money restated in another currency after a
// comma: "VND 12.6 trillion, or roughly USD 530 million at the central bank's
// rate of VND 26,250 per dollar", "¥150 billion, equivalent to $1 billion". Only
// money counts: ", or 38%" is a share and ", or 12 km" another measure. It
// returns the conversion and the token after it (and after its stated rate).
func (p *parser) appositeConversion(k int, unit string) (Quantity, int, bool) {
	if currencyCode(unit) == "" {
		return Quantity{}, k, false
	}
	t := k + 1
	needRate := false
	switch {
	case p.isAny(k, "worth"):
		t = k + 1
	case p.isAny(k, "is", "was"):
		t = k + 2
	case p.isAny(t, "or"):
		t++
	case p.isAny(t, "equivalent", "equal") && p.isAny(t+1, "to"):
		t += 2
	case p.isAny(t, "about", "roughly", "around", "approximately", "some", "nearly", "almost"):
		// "4.12 billion baht, about $138 million at 33.5 baht to the dollar":
		// with no "or", a stated rate or the phrase's end makes it a
		// restatement.
		needRate = true
	default:
		return Quantity{}, k, false
	}
	saved := p.min
	defer func() { p.min = saved }()
	p.min = t
	var q Quantity
	next, ok := 0, false
	for n := t; n < len(p.toks) && n <= t+3 && !ok; n++ {
		if p.kind(n) == token.Number {
			q, next, ok = p.at(n, true)
		}
	}
	// The amount must open the restatement (", or a third of USD 5 million" is
	// a part) and be money of another currency.
	if !ok || q.Start != p.toks[t].Start || q.Kind != Amount || currencyCode(q.Unit) == "" || q.Unit == unit {
		return Quantity{}, k, false
	}
	if p.isAny(next, "at") {
		// The rate ends at its unit: "at the rate of R$6.20 to the euro quoted by …".
		end := next + 1
		for end < len(p.toks) && end <= next+14 && !p.phraseEnd(end) && !p.isAny(end, "to", "per", "against") {
			end++
		}
		if p.isAny(end, "to", "per", "against") {
			end++
			if p.isAny(end, "the", "a", "one", "each") {
				end++
			}
			if _, n := p.currencyAdjective(end); n > end {
				end = n // "per New Zealand dollar"
			} else {
				end++
			}
		}
		if rate, inverted, ok := p.statedRate(next, min(end, len(p.toks)), unit, q.Unit); ok {
			q.Rate, q.RateInverted = rate, inverted
			next = min(end, len(p.toks)) // the rate may close the sentence: "at 65 US cents to"
		}
	}
	if needRate && q.Rate == 0 && next < len(p.toks) && !p.phraseEnd(next) {
		// "14 million kina, about 3.5 million US dollars.": a restatement that
		// closes its phrase; one that goes on may be a figure of its own.
		return Quantity{}, k, false
	}
	return q, next, true
}

// phraseEnd reports whether token k is punctuation that ends a phrase: a
// comma, semicolon, colon, bracket, dash or a full stop not inside a number.
func (p *parser) phraseEnd(k int) bool {
	if p.kind(k) != token.Symbol {
		return false
	}
	switch p.text(k) {
	case ",", ";", ":", "(", ")", "—", "–":
		return true
	case ".":
		return !(k > 0 && k+1 < len(p.toks) && p.glued(k-1, k) && p.glued(k, k+1))
	}
	return false
}

// statedRate reads "at 34 baht to the dollar" / "at VND 26,300 per USD" in
// tokens [k, end): the rate of a conversion of an amount in unit into conv.
// It returns the number of units of unit per one of conv, and false for
// anything else. A rate may be given either way round: "$1.24 billion, or
// about 32.6 trillion dong at 26,300 dong to the dollar" states 1/26,300
// dollars per dong.
func (p *parser) statedRate(k, end int, unit, conv string) (rate float64, inverted bool, ok bool) {
	if !p.isAny(k, "at") || k+1 >= end {
		return 0, false, false
	}
	// "at the central bank's reference rate of VND 26,250 per dollar"
	for j := k + 1; j+2 < end && j <= k+8; j++ {
		if p.isAny(j, "rate", "rates") && p.isAny(j+1, "of") {
			k = j + 1
			break
		}
	}
	// The rate's number may follow a hedge or a currency sign: "at about $1.16
	// to the euro".
	num := k + 1
	for num < end && num <= k+3 && p.kind(num) != token.Number {
		num++
	}
	if num >= end || p.kind(num) != token.Number {
		return 0, false, false
	}
	r, next, ok := p.at(num, true)
	if code := currencyCode(p.text(num - 1)); ok && r.Unit == "count" && (code == unit || code == conv) {
		// "at VND 26,300 per USD": a code before the number
		r.Unit = code
	}
	if ok && r.Start > p.toks[k+1].Start {
		return 0, false, false // words between "at" and the rate that are no part of it
	}
	if ok && r.Unit == "cent" && r.Kind == Amount && !r.IsRange && r.Value > 0 && (conv == "USD" || unit == "USD") {
		// "A$18.90 a tonne, or about US$13.20 at an exchange rate of 65 US
		// cents (to the Australian dollar)": one of the other currency is
		// worth 65 cents of a dollar.
		other := conv
		if conv == "USD" {
			other = unit
		}
		if next < end-1 {
			if !p.isAny(next, "to", "per", "against") {
				return 0, false, false
			}
			n := next + 1
			if p.isAny(n, "the", "a", "one", "each") {
				n++
			}
			if code, e := p.currencyAdjective(n); e != end || code != other {
				return 0, false, false
			}
		}
		if other == unit {
			return 100 / r.Value, true, true // units per dollar, written as cents per unit
		}
		return r.Value / 100, false, true
	}
	if ok && r.Unit != unit && r.Unit != conv && next == num+2 {
		// "at 57.40 pesos to the dollar" in a sum of Philippine pesos (not
		// "57.40 Mexican pesos")
		r.Unit = sharedWith(r.Unit, unit, conv)
	}
	if !ok || r.Unit != unit && r.Unit != conv || r.Kind != Amount || r.IsRange || r.Value <= 0 {
		return 0, false, false
	}
	if !p.isAny(next, "to") && !p.isAny(next, "per") && !p.isAny(next, "against") {
		return 0, false, false
	}
	next++
	if p.isAny(next, "the") || p.isAny(next, "a") || p.isAny(next, "one") || p.isAny(next, "each") {
		next++
	}
	// The rate's "per" names the other currency: "R$235.6 million, or $44.1
	// million at $1.16 per euro" gives the euro's rate, not the real's.
	other := conv
	if r.Unit != unit {
		other = unit
	}
	if code, n := p.currencyAdjective(next); n == end {
		if code != other && !(dollarCurrency(code) && dollarCurrency(other)) {
			// "per New Zealand dollar" after a sum in yen. Two dollars are one:
			// "B$4 million, or … at 25,400 dong to the Bahamian dollar" tells
			// which dollar the sign meant.
			return 0, false, false
		}
	} else {
		if next+1 != end || p.kind(next) != token.Word {
			return 0, false, false
		}
		if code := currencyOfWord(p.text(next)); code != "" && code != other && !(code == "USD" && dollarCurrency(other)) && !sameName(code, other) {
			return 0, false, false // "at 2.6 kina to the dollar" after an A$ sum: the Australian dollar
		}
	}
	if r.Unit != unit {
		return 1 / r.Value, true, true
	}
	return r.Value, false, true
}

// dollarCurrency reports a currency its own country calls the dollar.
func dollarCurrency(code string) bool {
	switch code {
	case "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "FJD", "JMD", "TTD", "XCD", "SBD", "NAD", "BND", "BZD", "GYD", "LRD", "BSD", "BBD", "BMD", "KYD":
		return true
	}
	return false
}

// sharedNames gives the currencies that one word names in different
// countries the word: a peso is Mexican, Chilean or Philippine by the story.
var sharedNames = map[string]string{
	"MXN": "peso", "CLP": "peso", "COP": "peso", "ARS": "peso", "PHP": "peso", "UYU": "peso", "DOP": "peso",
	"INR": "rupee", "LKR": "rupee", "PKR": "rupee", "NPR": "rupee", "MUR": "rupee",
	"KES": "shilling", "UGX": "shilling", "TZS": "shilling",
	"NOK": "krone", "DKK": "krone", "SEK": "krona", "ISK": "krona",
	"GBP": "pound", "EGP": "pound", "LBP": "pound", "SDG": "pound", "SSP": "pound", "SYP": "pound",
	"CHF": "franc", "XOF": "franc", "XAF": "franc", "RWF": "franc", "BIF": "franc", "CDF": "franc", "GNF": "franc", "DJF": "franc", "KMF": "franc",
	"pound": "pound", // "at 50.6 pounds to the dollar": unscaled, the parser's weight
}

// sameName reports two currencies one word names: "at roughly 45 dong to the
// franc" after a sum in CFA francs is that franc, not the Swiss one.
func sameName(a, b string) bool {
	return sharedNames[a] != "" && sharedNames[a] == sharedNames[b]
}

// sharedWith returns the one of a and b that shares its currency name with
// code (the parser's default for the bare word), code itself when neither
// does.
func sharedWith(code, a, b string) string {
	name := sharedNames[code]
	switch {
	case name == "":
		return code
	case sharedNames[a] == name:
		return a
	case sharedNames[b] == name:
		return b
	}
	return code
}

// currencyOfWord returns the code a currency word or code names ("euro",
// "dollar", "USD"), "" for any other word.
func currencyOfWord(w string) string {
	if c := currencyCode(w); c != "" {
		return c
	}
	return currencyWord(strings.ToLower(w))
}
