package quantity

import (
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// amount is a number with its scale and unit read, before hedges apply.
type amount struct {
	c       core
	value   float64
	unit    string
	scaled  bool
	written string // the literal number and scale, for Granularity
	next    int    // the token after it
	numNext int    // the token after the number and its scale, before the unit
}

// at reads the quantity whose number starts at token i. When there is none it
// returns the token to resume from: past digits that are no amount, so that the
// parts of "10:26" or "2026-2030" are never read again.
func (p *parser) at(i int, nested bool) (Quantity, int, bool) {
	var q Quantity
	next, ok := p.atInto(i, nested, &q)
	return q, next, ok
}

// atInto is at storing the quantity in out, which it leaves alone when there
// is none: Parse calls it at every number, and a third of the calls find
// none (years, codes), which then cost no copy of a Quantity.
func (p *parser) atInto(i int, nested bool, out *Quantity) (int, bool) {
	// both forms of a race time need a colon after the number: most have none
	if p.sym(i+1, ":") {
		if next, ok := p.raceTime(i, out); ok {
			return next, true
		}
	} else if p.kind(i+1) == token.Word && p.kind(i+2) == token.Number {
		if next, ok := p.minutesSeconds(i, out); ok {
			return next, true // "3 minutes 44.912 seconds"
		}
	}
	c, ok := p.readCore(i)
	if !ok {
		return max(c.next, i+1), false
	}
	if p.notAmount(c, i) {
		return c.next, false
	}
	cur, first := p.currencyBefore(i)
	var a amount
	if !p.amountAt(c, cur, &a) {
		return max(a.next, c.next), false
	}
	if first == i && c.digits && !c.fraction && (p.sym(i-1, "-") || p.sym(i-1, "−")) && p.glued(i-1, i) && i-1 >= p.min && (!p.glued(i-2, i-1) || p.kind(i-2) == token.Symbol) && p.kind(i-2) != token.Number {
		a.value, first = -a.value, i-1 // "-5%"
	} else if first == i && !c.fraction && i-1 >= p.min && p.minusWord(i-1) {
		a.value, first = -a.value, i-1 // "minus 0.5%"
	}
	q := Quantity{Kind: Amount, Value: a.value, Unit: a.unit}
	if q.Unit == "" {
		q.Unit = "count"
	}
	k := a.next

	// before the number: "between"/"from", a hedge, a change phrase
	j := first - 1
	opener := ""
	// only words of their lengths fold to these (TestFoldOnlyKS)
	if n := len(p.text(j)); (n == 7 || n == 4) && p.isAny(j, "between", "from") {
		opener = p.lower(j)
		j--
	}
	h, hs := p.hedgeBefore(j)
	start := hs
	if h == hNone {
		start = first
	}
	dir, level := p.changeBefore(hs-1, q.Unit)
	if opener == "from" && dir != 0 {
		dir, level = 0, true // "rose from 20% to 30%": two levels, no range
	}
	if dir != 0 && a.unit == "" && p.isAny(a.next, "of") && p.isAny(a.next+1, "their", "its", "the", "his", "her") {
		dir, level = 0, true // "lost 5 of their 34 matches": a part of a whole, no change
	}
	if dir > 0 && p.isAny(hs-1, "added", "adds", "adding") && p.sym(a.next, ",") && p.isAny(a.next+1, "up", "down") {
		dir, level = 0, true // "Phones added $24.1 billion, up 12.4 percent from …": what they contributed, a level
	}
	if dir < 0 && LengthUnit(q.Unit) && p.isAny(a.next, "into", "down", "off", "onto", "below") {
		dir, level = 0, true // "plunged about 500 metres into a gorge": how far it fell, a distance
	}
	if n := len(p.text(hs)); (n == 4 || n == 5) && p.isAny(hs, "some") {
		q.Vague = true
	}

	// after the number: a hedge ("or more"), a range end
	numEnd, bare := a.numNext, a.next == a.numNext
	hp, nk := p.hedgeAfter(k)
	if hp != hNone && (h == hNone || (h == hExact || h == hAbout) && (hp == hAtLeast || hp == hUpTo)) {
		h, k = hp, nk
	}
	if ok, nk := p.orEqual(k); ok {
		// "more than 5000 or equal to", "less than 5000 or equal"
		switch h {
		case hOver:
			h, k = hAtLeast, nk
		case hUnder:
			h, k = hUpTo, nk
		}
	}
	if bare {
		numEnd = k // a hedge right after the number belongs to it: "500 or more"
	}
	var hi amount
	isRange := false
	if hp == hNone && (opener != "" || dir == 0) && !c.multiple { // "will triple to 38.4 million": a factor and the level it reaches
		if p.rangeEnd(k, opener, cur, &a, &hi, level) {
			isRange, k = true, hi.next
			numEnd = hi.numNext
			q.Value, q.Unit = a.value, a.unit
			if q.Unit == "" {
				q.Unit = "count"
			}
		}
	}
	if isRange && opener != "" {
		start = min(start, j+1)
	}

	// years and lone "one" are not amounts
	if !c.vague && q.Unit == "count" && !c.multiple && !c.fraction {
		if yearLike(c, p.text(i)) && (h == hNone || !p.countFollows(k)) {
			return k, false
		}
		if c.word && c.value == 1 && h == hNone && !isRange {
			return k, false
		}
	}

	q.Hedge = h.String()
	q.IsRange = isRange
	q.ValueHi = q.Value
	if isRange {
		q.ValueHi = hi.value
	}
	q.Interval = p.interval(&a, &hi, isRange, h) // pointers: two amounts not copied per quantity
	if c.vague {
		q.Vague = true
	}
	switch {
	case c.multiple || a.c.multiple:
		q.Kind, q.Unit = Multiple, "times"
		q.Direction = sign(q.Value - 1)
	case dir != 0 && !level:
		q.Kind, q.Direction = Change, dir
	default:
		if d := changeNoun(p.lw(k), q.Unit == "percent" || q.Unit == "pp"); d != 0 && !level {
			q.Kind, q.Direction = Change, d
		}
	}
	end := k
	if !nested && q.Unit != "count" && q.Unit != "percent" && q.Unit != "fraction" {
		if conv, ck, ok := p.conversion(k, q.Unit); ok {
			c := conv // only found conversions reach the heap
			q.Conversion = &c
			end = ck
		}
	}
	q.Start, q.End = p.toks[start].Start, p.toks[end-1].End
	q.AmountStart = max(q.Start, p.toks[first].Start)
	q.NumberEnd = q.End
	if numEnd > 0 && numEnd <= end {
		q.NumberEnd = p.toks[numEnd-1].End
	}
	*out = q
	return end, true
}

// minusWord reports whether token j is "minus" or "negative". Their lengths
// (five or six bytes with a long s, eight) turn most words away before any
// folding (TestFoldLengths): atInto asks before nearly every number.
func (p *parser) minusWord(j int) bool {
	switch len(p.text(j)) {
	case 5, 6, 8:
		return p.isAny(j, "minus", "negative")
	}
	return false
}

// amountAt reads scale, multiplier and unit after the number c into a, which
// it sets in full: Parse calls it at every number, and a result in place is
// not copied on its way out.
func (p *parser) amountAt(c core, cur string, a *amount) bool {
	*a = amount{c: c, value: c.value, unit: cur, next: c.next}
	k := c.next
	if c.fraction {
		a.unit = "fraction"
		a.written = p.s[p.toks[c.first].Start:p.toks[k-1].End]
		a.numNext = k
		if c.digits && cur == "" {
			// "1/4 mile": a measure, not a share
			if u, nk := p.unitAt(k, false); u != "" && measureUnit(u) {
				a.unit, k = u, nk
			}
		}
		a.next = k
		return true
	}
	if c.digits {
		if sc, nk := p.scaleAt(k, cur != ""); sc > 0 {
			a.value *= sc
			a.scaled, a.c.scaled = true, true
			k = nk
		}
	}
	a.written = p.s[p.toks[c.first].Start:p.toks[k-1].End]
	a.numNext = k
	if c.vague {
		if p.isAny(k, "of") {
			if u, nk := p.unitAt(k+1, cur != ""); u != "" {
				a.unit, k = u, nk
			}
		}
		a.next = k
		return true
	}
	if c.multiple {
		a.next = k
		return true
	}
	// "50-fold", "three times higher"
	if p.dash(k) && p.glued(k-1, k) && p.glued(k, k+1) && p.isAny(k+1, "fold") {
		a.c.multiple = true
		a.next = k + 2
		return true
	}
	// "times" is five bytes, six with a long s (TestFoldOnlyKS)
	if n := len(p.text(k)); (n == 5 || n == 6) && p.isAny(k, "times") && (p.isAny(k+1, "higher", "larger", "bigger", "greater", "more", "as", "faster", "lower", "smaller", "less", "fewer") ||
		// "three times last year's NZ$30,000", "four times the 2025 figure"
		p.isAny(k+1, "last", "the", "that", "this", "its", "their", "what")) {
		a.c.multiple = true
		a.next = k + 1
		return true
	}
	if nk, ok := p.quarterDuration(&a.c, k); ok && cur == "" && !a.scaled {
		a.value, a.unit, a.next = a.value*3, "month", nk // quarters of a year
		return true
	}
	u, nk := p.unitAt(k, cur != "")
	if u == "" && p.dash(k) && p.glued(k-1, k) && p.glued(k, k+1) && p.kind(k+1) == token.Word && !p.isAny(k+1, "plus") {
		// "10-year plan", "2-million-TEU"; other hyphen words make an adjective
		// ("two-tier", "5-star") that states no amount.
		if u, nk = p.unitAt(k+1, cur != ""); u == "" || u == "percent" {
			a.next = k + 1
			return false
		}
	}
	if u == "" && cur != "" && currencyWord(p.lower(k)) == cur {
		k++ // "$ 10 dollars"
	}
	if u == "" && cur != "" && !a.scaled {
		if v, nk, ok := p.subunit(k); ok && p.isAny(k, "and") {
			a.value += v // "$ 100 and fifty"
			k = nk
		}
	}
	if u != "" {
		if cur != "" && currencyCode(u) != "" {
			u = cur
		}
		if u == "pound" && p.pound != "" && p.lower(k) != "lb" && p.lower(k) != "lbs" {
			u = p.pound // "25,000 pounds" in news from Egypt
		} else if u == "pound" && a.scaled {
			u = "GBP" // "361 million pounds" is money; "25 pounds" a weight
		}
		a.unit, k = u, nk
		if cur == "" && currencyCode(u) != "" {
			// "75 USD million", "3 dollars 50 cents"
			if sc, nk := p.scaleAt(k, true); sc > 0 && !a.scaled && p.kind(k) == token.Word {
				a.value *= sc
				a.scaled, a.c.scaled, k = true, true, nk
			} else if v, nk, ok := p.subunit(k); ok && !a.scaled {
				a.value += v
				k = nk
			}
		}
		if u == "foot" {
			if v, nk, ok := p.inches(k); ok {
				a.value += v / 12 // "5 feet 2 inches"
				k = nk
			}
		}
	}
	if p.glueEnd(k) {
		a.next = k + 1
		return false
	}
	a.next = k
	return true
}

// scaleAt reads a scale word at token k ("million", "bn", "-million-"). The one
// letter scales "m" and "b" need money ("$1.2m"); "k" must be glued ("10k").
func (p *parser) scaleAt(k int, money bool) (float64, int) {
	at := k
	if p.dash(k) && p.glued(k-1, k) && p.glued(k, k+1) {
		at = k + 1
	}
	if p.kind(at) != token.Word {
		return 0, k
	}
	switch p.s[p.toks[at].Start] | 0x20 {
	case 'h', 't', 'm', 'b', 'k', 'l', 'c':
	default:
		return 0, k // no scale word starts otherwise: skip lower-casing the word
	}
	w := p.text(at)
	sc, ok := numword.ScaleLower(p.low(at)) // Scale(w), from the parser's lower-cased copy
	if !ok || w == "hundred" || w == "Hundred" {
		return 0, k
	}
	switch w {
	case "m", "M", "b", "B":
		if !money || !p.glued(at-1, at) {
			return 0, k
		}
	case "k", "K":
		if !p.glued(at-1, at) {
			return 0, k
		}
	case "lakh", "lakhs", "Lakh", "lac":
		// "₹1.41 lakh crore": a lakh of crores, 10^12
		if p.kind(at+1) == token.Word && p.isAny(at+1, "crore", "crores") {
			return sc * 1e7, at + 2
		}
	}
	return sc, at + 1
}

// countFollows reports whether a noun-like word follows a hedged year-like number
// ("about 2000 people"), which makes it a count rather than a year.
func (p *parser) countFollows(k int) bool {
	if p.kind(k) != token.Word {
		return false
	}
	switch string(p.lw(k)) {
	case "and", "or", "when", "as", "to", "in", "at", "the", "with", "on", "for", "but", "that":
		return false
	}
	return true
}

func sign(v float64) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// raceTime reads a time taken written h:mm:ss at token i ("won in 2:24:18",
// "a course record of 2:08:42") as a number of seconds in the unit "h:m:s",
// a result to compare, unlike a span of time ("two years"). Clock times of
// day are written h:mm and stay no amount; a duration of over a day in
// this form is no race time.
func (p *parser) raceTime(i int, out *Quantity) (int, bool) {
	if next, ok := p.splitTime(i, out); ok {
		return next, true
	}
	if p.kind(i) != token.Number || !p.sym(i+1, ":") || !p.sym(i+3, ":") || p.kind(i+2) != token.Number || p.kind(i+4) != token.Number ||
		!p.glued(i, i+1) || !p.glued(i+1, i+2) || !p.glued(i+2, i+3) || !p.glued(i+3, i+4) || p.glued(i-1, i) && p.kind(i-1) != token.Symbol ||
		p.glued(i+4, i+5) && (p.kind(i+5) != token.Symbol || p.sym(i+5, ":")) {
		return i, false
	}
	h, m, sec := p.text(i), p.text(i+2), p.text(i+4)
	sec, frac, fractional := strings.Cut(sec, ".") // "1:52:18.6": tenths of an open-water race
	if len(h) > 2 || len(m) != 2 || len(sec) != 2 || !allDigits(h) || !allDigits(m) || !allDigits(sec) ||
		fractional && (len(frac) > 3 || !allDigits(frac)) {
		return i, false
	}
	hv, mv, sv := atoi2(h), atoi2(m), atoi2(sec)
	if mv > 59 || sv > 59 || hv > 23 {
		return i, false
	}
	v := float64(hv*3600 + mv*60 + sv)
	if fractional {
		f, _ := strconv.ParseFloat("0."+frac, 64)
		v += f
	}
	*out = Quantity{Kind: Amount, Start: p.toks[i].Start, End: p.toks[i+4].End, AmountStart: p.toks[i].Start, NumberEnd: p.toks[i+4].End,
		Value: v, Unit: "h:m:s", Interval: Interval{Lo: v, Hi: v}}
	return i + 5, true
}

// splitTime reads a time taken written m:ss.ff at token i ("ran 9:08.47",
// "27:41.36"): the hundredths make it a result, never a clock time.
func (p *parser) splitTime(i int, out *Quantity) (int, bool) {
	if p.kind(i) != token.Number || !p.sym(i+1, ":") || p.kind(i+2) != token.Number || !p.glued(i, i+1) || !p.glued(i+1, i+2) ||
		p.glued(i-1, i) && p.kind(i-1) != token.Symbol || p.glued(i+2, i+3) && (p.kind(i+3) != token.Symbol || p.sym(i+3, ":")) {
		return i, false
	}
	v, ok := minutesAndFraction(p.text(i), p.text(i+2), true)
	if !ok {
		return i, false
	}
	*out = Quantity{Kind: Amount, Start: p.toks[i].Start, End: p.toks[i+2].End, AmountStart: p.toks[i].Start, NumberEnd: p.toks[i+2].End,
		Value: v, Unit: "h:m:s", Interval: Interval{Lo: v, Hi: v}}
	return i + 3, true
}

// minutesSeconds reads a time taken written out in minutes and seconds with
// fractions at token i ("finished in 3 minutes 44.912 seconds"): a result,
// as "3:44.912" is.
func (p *parser) minutesSeconds(i int, out *Quantity) (int, bool) {
	if p.kind(i) != token.Number || !p.isAny(i+1, "minutes", "minute", "min", "mins") || p.kind(i+2) != token.Number ||
		!p.isAny(i+3, "seconds", "second", "sec", "secs") || p.glued(i-1, i) {
		return i, false
	}
	v, ok := minutesAndFraction(p.text(i), p.text(i+2), false)
	if !ok {
		return i, false
	}
	*out = Quantity{Kind: Amount, Start: p.toks[i].Start, End: p.toks[i+3].End, AmountStart: p.toks[i].Start, NumberEnd: p.toks[i+2].End,
		Value: v, Unit: "h:m:s", Interval: Interval{Lo: v, Hi: v}}
	return i + 4, true
}

// minutesAndFraction reads minutes m and seconds with a fraction sec
// ("9" and "08.47", "3" and "44.912") as seconds; twoDigits asks for
// seconds written with two digits, as "m:ss.ff" writes them.
func minutesAndFraction(m, sec string, twoDigits bool) (float64, bool) {
	whole, frac, ok := strings.Cut(sec, ".")
	if !ok || len(m) > 2 || len(whole) > 2 || twoDigits && len(whole) != 2 || len(frac) < 1 || len(frac) > 3 ||
		!allDigits(m) || !allDigits(whole) || !allDigits(frac) {
		return 0, false
	}
	sv, err := strconv.ParseFloat(sec, 64)
	if err != nil || sv >= 60 {
		return 0, false
	}
	return float64(atoi2(m)*60) + sv, true
}

// allDigits reports a non-empty ASCII digit string.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi2 reads a string of at most two digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
