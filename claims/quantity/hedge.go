package quantity

import "math"

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
		switch p.lower(j - 1) {
		case "approx", "c", "ca":
			return hAbout, j - 1
		}
		return hNone, j + 1
	}
	switch p.lower(j) {
	case "over", "above":
		return hOver, p.opt(j, "well", "just", "slightly", "far")
	case "exceeding", "surpassing", "topping":
		return hOver, j
	case "than":
		switch p.lower(j - 1) {
		case "more", "greater", "higher", "larger":
			if p.isAny(j-2, "no", "not") {
				return hUpTo, j - 2
			}
			return hOver, p.opt(j-1, "well", "just", "slightly", "much", "far")
		case "fewer", "less", "lower":
			if p.isAny(j-2, "no", "not") {
				return hAtLeast, j - 2
			}
			return hUnder, p.opt(j-1, "slightly", "just", "far", "much")
		}
	case "nearly", "almost", "nearing":
		return hNearly, j
	case "under", "below":
		if p.isAny(j-1, "just", "slightly") {
			return hNearly, j - 1
		}
		return hUnder, j
	case "to":
		switch p.lower(j - 1) {
		case "close":
			return hNearly, j - 1
		case "up":
			return hUpTo, j - 1
		}
	case "about", "around", "approximately", "roughly", "circa", "approx", "some":
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
		switch p.lower(j - 1) {
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
	if p.sym(k, "-") && p.glued(k-1, k) && p.glued(k, k+1) && p.lower(k+1) == "plus" {
		return hOver, k + 2
	}
	if p.lower(k) == "or" {
		switch p.lower(k + 1) {
		case "more", "above", "higher", "over":
			return hAtLeast, k + 2
		case "so", "thereabouts":
			return hAbout, k + 2
		case "less", "fewer", "below":
			return hUpTo, k + 2
		}
	}
	return hNone, k
}

// widen applies hedge h to the stated amount [lo, hi] (lo == hi unless it is a
// range) whose ends have granularities gLo and g.
func widen(h hedge, lo, hi, gLo, g float64) Interval {
	// "nearly N" and "fewer than N" never reach down to half of N: for a round N
	// such as 100 the step (100) would otherwise swallow every smaller number.
	below := gLo
	if lo > 0 && below > lo/2 {
		below = lo / 2
	}
	switch h {
	case hOver:
		// a hedged range keeps its low end: "over 15-20" is (15, 30]
		return Interval{Lo: lo, Hi: hi + g, LoOpen: true}
	case hNearly, hUnder:
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
