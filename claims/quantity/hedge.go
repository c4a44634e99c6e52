package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/token"
)

// hedge is a normalised hedge; its interval rule is in the package doc.
type hedge uint8

const (
	hNone hedge = iota
	hOver
	hNearly
	hAbout
	hAtLeast
	hUpTo
	hAsMany
	hUnder
	hExact
)

// String returns the normalised hedge stored in Quantity.Hedge.
func (h hedge) String() string {
	switch h {
	case hOver:
		return "over"
	case hNearly:
		return "nearly"
	case hAbout:
		return "about"
	case hAtLeast:
		return "at least"
	case hUpTo:
		return "up to"
	case hAsMany:
		return "as many as"
	case hUnder:
		return "fewer than"
	case hExact:
		return "exactly"
	}
	return ""
}

// hedgeBefore reads a hedge phrase that ends at token j ("more than", "just
// under", "no fewer than", "approx."), returning it and its first token.
func (p *parser) hedgeBefore(j int) (hedge, int) {
	if j < p.min {
		return hNone, j + 1
	}
	if p.sym(j, ".") && p.glued(j-1, j) {
		switch string(p.lw(j - 1)) {
		case "approx", "c", "ca":
			return hAbout, j - 1
		}
		return hNone, j + 1
	}
	if p.kind(j) == token.Symbol {
		if h, first, ok := p.symbolHedge(j); ok {
			return h, first
		}
	}
	switch string(p.lw(j)) {
	case "over", "above":
		if p.isAny(j, "over") && p.isAny(j-1, "runs", "run", "ran", "played", "spread", "spans", "spanned", "stretches", "held", "staged", "contested") {
			return hNone, j + 1 // "the tournament runs over nine rounds": the whole span, no floor
		}
		if p.isAny(j, "over") && p.isAny(j-1, "wins", "draws", "losses", "defeats", "victories", "points", "goals", "tries", "wickets", "medals", "win", "draw", "loss", "defeat", "victory") &&
			p.isAny(j+2, "rounds", "days", "weeks", "months", "years", "stages", "legs", "matches", "games", "races", "sessions", "seasons") {
			return hNone, j + 1 // "nine wins, one draw and one loss over 11 rounds": the span the results came in
		}
		if p.isAny(j, "over") && p.isAny(j-1, "handed", "hand", "hands", "handing", "turned", "turning", "ceded") {
			// "handed over 9,460 homes": a phrasal verb, no floor. "signed
			// over 110 agreements", "carried over 500 passengers" are floors.
			return hNone, j + 1
		}
		return hOver, p.opt(j, "well", "just", "slightly", "far")
	case "exceeding", "surpassing", "topping", "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed",
		"topped", "tops":
		return hOver, j
	case "passed", "crossed":
		// "trade passed $20 billion": a floor; "passed 12 laws" counts what
		// was passed, so only a sum of money follows this floor.
		if currencySymbol(p.text(j+1)) != "" || currencyCode(p.text(j+1)) != "" {
			return hOver, j
		}
		if p.kind(j+1) == token.Number && (p.isAny(j+2, "degrees", "degree") || p.text(j+2) == "°") {
			return hOver, j // "temperatures passed 35 degrees Celsius", "crossed 45 degrees"
		}
	case "than":
		return p.thanHedge(j)
	case "nearly", "almost", "nearing":
		return hNearly, j
	case "under", "below":
		if p.isAny(j-1, "just", "slightly") {
			return hNearly, j - 1
		}
		return hUnder, j
	case "to":
		switch string(p.lw(j - 1)) {
		case "close":
			return hNearly, j - 1
		case "up":
			if p.isAny(j-2, "add", "adds", "added", "adding") {
				return hNone, j + 1 // "72 turbines … add up to 1,180 megawatts": a total, no maximum
			}
			return hUpTo, j - 1
		case "equal", "equals", "equaling", "equalling":
			return p.equalTo(j - 1)
		}
	case "equals":
		return hExact, j
	case "about", "around", "approximately", "roughly", "circa", "approx", "some":
		if p.isAny(j, "around") && j > 0 && AroundAfterRests(string(p.lw(j-1))) {
			return hNone, j + 1 // "built around three pillars": what it rests on, no hedge
		}
		return hAbout, p.opt(j, "at", "just")
	case "estimated":
		return hAbout, p.opt(j, "an")
	case "least":
		if p.isAny(j-1, "at") {
			return hAtLeast, j - 1
		}
	case "most":
		if p.isAny(j-1, "at") {
			return hUpTo, j - 1
		}
	case "as":
		if p.isAny(j-1, "many", "much") && p.isAny(j-2, "as") {
			return hAsMany, j - 2
		}
	case "of":
		switch string(p.lw(j - 1)) {
		case "excess":
			if p.isAny(j-2, "in") {
				return hOver, j - 2
			}
		case "upwards", "upward", "north":
			return hOver, j - 1
		case "shy":
			if p.isAny(j-2, "just") {
				return hNearly, j - 2
			}
		case "minimum":
			if p.isAny(j-2, "a") {
				return hAtLeast, j - 2
			}
		case "maximum":
			if p.isAny(j-2, "a") {
				return hUpTo, j - 2
			}
		case "region":
			if p.isAny(j-2, "the") && p.isAny(j-3, "in") {
				return hAbout, j - 3
			}
		}
	case "exactly", "precisely", "just", "only":
		return hExact, j
	}
	return hNone, j + 1
}

// hedgeAfter reads a hedge written after the number ("100 or more", "20 or so",
// "100+", "100-plus") starting at token k; it returns the hedge and the token
// after it.
func (p *parser) hedgeAfter(k int) (hedge, int) {
	if p.sym(k, "+") && p.glued(k-1, k) {
		return hOver, k + 1
	}
	if p.sym(k, "-") && p.glued(k-1, k) && p.glued(k, k+1) && string(p.lw(k+1)) == "plus" {
		return hOver, k + 2
	}
	if n := len(p.text(k)); n != 2 && n != 3 {
		return hNone, k // neither "or" nor "and": skip lower-casing the word
	}
	if or := p.lw(k); string(or) == "or" || string(or) == "and" {
		and := string(or) == "and" // or is overwritten by the next lw
		h := hNone
		switch string(p.lw(k + 1)) {
		case "more", "above", "higher", "over", "greater", "larger":
			h = hAtLeast
		case "so", "thereabouts":
			if !and {
				return hAbout, k + 2
			}
		case "less", "fewer", "below", "lower", "smaller":
			h = hUpTo
		}
		if h == hNone || and && string(p.lw(k+1)) != "more" && string(p.lw(k+1)) != "less" {
			return hNone, k
		}
		n := k + 2
		if p.isAny(n, "than") {
			// "200 or greater than" closes the phrase; "200 or greater than 190"
			// starts another bound
			if p.kind(n+1) == token.Number || n+1 < len(p.toks) && p.mayStart(n+1) {
				return hNone, k
			}
			n++
		}
		return h, n
	}
	return hNone, k
}

// widen applies hedge h to the stated amount [lo, hi] (lo == hi unless it is a
// range) whose ends have granularities gLo and g; near is how far "nearly"
// reaches below lo (see nearStep).
func widen(h hedge, lo, hi, gLo, g, near float64) Interval {
	// "fewer than N" and "as many as N" never reach down to half of N: for a
	// round N such as 100 the step (100) would otherwise swallow every smaller
	// number.
	below := gLo
	if lo > 0 && below > lo/2 {
		below = lo / 2
	}
	switch h {
	case hOver:
		// a hedged range keeps its low end: "over 15-20" is (15, 30]
		return Interval{Lo: lo, Hi: hi + g, LoOpen: true}
	case hNearly:
		return Interval{Lo: lo - near, Hi: hi, HiOpen: true}
	case hUnder:
		return Interval{Lo: lo - below, Hi: hi, HiOpen: true}
	case hAbout:
		return Interval{Lo: lo - gLo/2, Hi: hi + g/2}
	case hAtLeast:
		return Interval{Lo: lo, Hi: hi + g}
	case hUpTo:
		return Interval{Lo: math.Min(0, lo), Hi: hi}
	case hAsMany:
		return Interval{Lo: lo - below, Hi: hi}
	}
	return Interval{Lo: lo, Hi: hi}
}

// thanHedge reads a comparison ending in "than" at token j: "more than",
// "no less than", "bigger or equal than", "greater than or equal to" is read
// by equalTo, "equal to or less than".
func (p *parser) thanHedge(j int) (hedge, int) {
	w := j - 1
	inclusive := false
	if p.isAny(w, "equal") && p.isAny(w-1, "or") {
		w, inclusive = w-2, true // "bigger or equal than"
	}
	var h hedge
	switch string(p.lw(w)) {
	case "more", "greater", "higher", "larger", "bigger":
		h = hOver
		if p.isAny(w-1, "no", "not") {
			return hUpTo, w - 1
		}
		if inclusive {
			h = hAtLeast
		}
	case "fewer", "less", "lower", "smaller":
		h = hUnder
		if p.isAny(w-1, "no", "not") {
			return hAtLeast, w - 1
		}
		if inclusive {
			h = hUpTo
		}
	default:
		return hNone, j + 1
	}
	first := w
	if p.isAny(w-1, "or") && p.isAny(w-2, "to") && p.isAny(w-3, "equal") {
		// "equal to or less than"
		if h == hOver {
			h = hAtLeast
		} else {
			h = hUpTo
		}
		return h, w - 3
	}
	if !inclusive {
		if h == hOver {
			first = p.opt(w, "well", "just", "slightly", "much", "far")
		} else {
			first = p.opt(w, "slightly", "just", "far", "much")
		}
	}
	return h, first
}

// equalTo reads a hedge ending in "equal to" whose "equal" is token e: "equal
// to" states the number exactly; "less than or equal to", "at least or equal
// to" make the bound inclusive.
func (p *parser) equalTo(e int) (hedge, int) {
	if p.isAny(e-1, "or") {
		switch {
		case p.isAny(e-2, "than"):
			h, first := p.thanHedge(e - 2)
			switch h {
			case hOver:
				return hAtLeast, first
			case hUnder:
				return hUpTo, first
			}
			return h, first
		case p.isAny(e-2, "least") && p.isAny(e-3, "at"):
			return hAtLeast, e - 3
		case p.isAny(e-2, "most") && p.isAny(e-3, "at"):
			return hUpTo, e - 3
		}
	}
	return hExact, e
}

// symbolHedge reads a comparison sign before a number: ">", "<", ">=", "<=",
// "≥", "≤", "< =".
func (p *parser) symbolHedge(j int) (hedge, int, bool) {
	if j < p.min || p.kind(j) != token.Symbol {
		return hNone, j + 1, false
	}
	if p.glued(j-1, j) && (p.sym(j-1, "<") || p.sym(j-1, ">") || p.sym(j-1, "=")) && p.text(j) != "=" {
		return hNone, j + 1, true // "<>", "=>": no comparison we read
	}
	switch p.text(j) {
	case ">":
		return hOver, j, true
	case "<":
		return hUnder, j, true
	case "≥":
		return hAtLeast, j, true
	case "≤":
		return hUpTo, j, true
	case "=":
		if j-1 >= p.min {
			switch p.text(j - 1) {
			case ">":
				return hAtLeast, j - 1, true
			case "<":
				return hUpTo, j - 1, true
			}
		}
	}
	return hNone, j + 1, false
}

// orEqual reads "or equal", "or equal to" after a bound at token k; "or equal
// to 6000" names another number and is left alone.
func (p *parser) orEqual(k int) (bool, int) {
	// only two bytes fold to "or" (TestFoldOnlyKS): most words stop at the length
	if len(p.text(k)) != 2 || !p.isAny(k, "or") || !p.isAny(k+1, "equal") {
		return false, k
	}
	n := k + 2
	if p.isAny(n, "to", "than") {
		if p.kind(n+1) == token.Number || n+1 < len(p.toks) && p.mayStart(n+1) {
			return false, k
		}
		n++
	}
	return true, n
}

// nearStep is how far "nearly N" (almost, just under, close to) reaches below
// N, whose granularity is g. Editors read "nearly" as just under: the writer
// rounded up a number that rounds to N, so the reach is half a step (g/2), and
// never more than a tenth of N, since "nearly 1 billion" for 600 million
// misleads although 1 billion steps by a billion. A count of two or more
// reaches at least the next whole number below ("nearly 5" admits 4), and
// any N at least a hundredth of it ("nearly 6.9 billion" admits 6.84 billion).
// Fractions, whose g is already a tenth of their value, reach a full step:
// "nearly a third" is [0.3, 1/3).
func nearStep(n, g float64, fraction, count bool) float64 {
	if fraction {
		return g
	}
	d := g / 2
	if n > 0 && d > n/10 {
		d = n / 10
	}
	if d < n/100 {
		d = n / 100 // "nearly 6.9 billion" for 6.84: within a hundredth reads as just under
	}
	if count && n >= 2 && d < 1 && n == math.Trunc(n) {
		d = 1
	}
	return d
}

// AroundAfterRests reports a verb after which "around" is a preposition, not
// a hedge: "built around three pillars", "centred around two goals".
func AroundAfterRests(w string) bool {
	switch w {
	case "built", "centred", "centered", "organised", "organized", "structured", "revolves", "revolve", "based", "designed":
		return true
	}
	return false
}
