package quantity

import "github.com/claimcheck/claimcheck/claims/token"

// changeWord returns the direction of a word that states a change: a verb ("rose",
// "fell"), a noun ("increase", "decline") or "up"/"down". adverb is set for
// "up" and "down", which only state a change before percentages and money.
// It takes the word as bytes (lower-cased by the parser) so that no string is
// made for it.
func changeWord(w []byte) (dir int, adverb bool) {
	switch string(w) {
	case "rose", "rise", "rises", "rising", "risen",
		"increased", "increase", "increases", "increasing",
		"grew", "grow", "grows", "growing", "grown", "growth",
		"jumped", "jump", "jumps", "jumping",
		"surged", "surge", "surges", "surging",
		"climbed", "climb", "climbs", "climbing",
		"soared", "soar", "soars", "soaring",
		"expanded", "expand", "expands", "expanding", "expansion",
		"gained", "gain", "gains", "added", "adding", "adds",
		"boosted", "rebounded", "spiked", "hike", "hiked", "uptick", "improvement":
		return 1, false
	case "fell", "fall", "falls", "falling", "fallen",
		"dropped", "drop", "drops", "dropping",
		"declined", "decline", "declines", "declining",
		"decreased", "decrease", "decreases", "decreasing",
		"slid", "slide", "slides", "sliding",
		"shrank", "shrunk", "shrink", "shrinks", "shrinking",
		"plunged", "plunge", "plunges", "plummeted", "tumbled", "sank", "sink",
		"dipped", "dip", "dips", "lost", "lose", "loses", "cut", "cuts",
		"reduced", "reduce", "reduces", "reduction", "contracted", "contraction",
		"slipped", "slumped", "slump", "eased", "loss":
		return -1, false
	case "up":
		return 1, true
	case "down":
		return -1, true
	}
	return 0, false
}

// changeNoun returns the direction of a noun or comparative that follows an
// amount to make it a change ("a 300% increase", "20% higher").
func changeNoun(w []byte, percent bool) int {
	switch string(w) {
	case "increase", "rise", "growth", "jump", "gain", "surge", "hike", "boost", "uptick":
		return 1
	case "expansion", "improvement":
		if percent {
			return 1 // "a 5% expansion", "a 60% improvement"; "a $1.4 billion expansion" is a project's cost
		}
	case "drop", "decline", "fall", "decrease", "reduction", "cut", "contraction", "slump", "dip", "loss", "plunge":
		return -1
	case "higher", "more", "larger", "bigger", "greater":
		if percent {
			return 1
		}
	case "lower", "less", "smaller", "fewer":
		if percent {
			return -1
		}
	}
	return 0
}

// changeBefore reads a change phrase ending at token j: a change word, optionally
// followed by "by" or "of" ("rose by", "an increase of", "grew", "up"). level is
// set when the phrase names the new level instead ("rose to", "rose from"), which
// makes the amount a level, not a change.
func (p *parser) changeBefore(j int, unit string) (dir int, level bool) {
	k := j
	switch string(p.lw(k)) {
	case "by", "of":
		k--
	case "to", "from":
		d, _ := changeWord(p.lw(k - 1))
		return 0, d != 0
	}
	d, adverb := changeWord(p.lw(k))
	if d == 0 && k < j {
		d = p.transitiveChangeBefore(k) // "raised the prize fund by 40 percent"
	}
	if d == 0 && k == j && unit == "percent" && p.kind(j) == token.Word && !linkWord(p.lw(j)) {
		d = p.transitiveChangeBefore(k) // "lifted revenue 12% to EUR 1.42 billion": a bare percentage after the object
	}
	if d == 0 {
		return 0, false
	}
	if adverb && k == j && !moneyOrShare(unit) {
		return 0, false
	}
	if adverb && k > 0 && composeVerb(p.lw(k-1)) {
		return 0, false // "make up about 60% of capacity": a share, not a rise
	}
	return d, false
}

// linkWord reports a function word, which ends no object of a verb: "cut
// costs and 12% of jobs" changes no "and" by 12%.
func linkWord(lw []byte) bool {
	switch string(lw) {
	case "and", "or", "but", "of", "the", "a", "an", "to", "in", "at", "with", "for", "than", "its", "their", "about", "some", "nearly", "almost", "around":
		return true
	}
	return false
}

// composeVerb reports the verb of "make up" (a share of a whole).
func composeVerb(lw []byte) bool {
	switch string(lw) {
	case "make", "makes", "made", "making":
		return true
	}
	return false
}

// moneyOrShare reports whether unit is a percentage or a currency: the amounts
// that "up" and "down" turn into changes ("up 20%", "down USD 5 million").
func moneyOrShare(unit string) bool {
	switch unit {
	case "percent", "pp", "bp":
		return true
	}
	return currencyCode(unit) != ""
}

// IsMoney reports whether unit is a currency or a currency's hundredth.
func IsMoney(unit string) bool {
	return unit == "cent" || unit == "pence" || currencyCode(unit) != ""
}

// LengthUnit reports a unit of length: a fall "into a gorge" is measured in
// it, and so is a depth.
func LengthUnit(unit string) bool {
	switch unit {
	case "m", "km", "ft", "foot", "cm", "mi", "mile", "yd":
		return true
	}
	return false
}

// transitiveChangeBefore returns the direction of a verb that changes its
// object by the amount after "by": "raised the prize fund by 40 percent",
// "cut its forecast by 2%". The object takes at most five words ending at
// token k, with no punctuation or number between (a hyphen or an
// apostrophe inside a word aside).
func (p *parser) transitiveChangeBefore(k int) int {
	words := 0
	for i := k; i >= 0 && words < 6; i-- {
		if p.kind(i) != token.Word {
			if t := p.text(i); i >= p.min && (t == "-" || t == "'" || t == "’") {
				continue // "lifted its half-year revenue by 18.2%", "the group's"
			}
			return 0
		}
		words++
		switch string(p.lw(i)) {
		case "raised", "raises", "raise", "raising", "lifted", "lifts", "lift", "increased", "increases", "boosted", "boosts",
			"hiked", "hikes", "expanded", "widened":
			return 1
		case "cut", "cuts", "cutting", "reduced", "reduces", "lowered", "lowers", "lower", "slashed", "slashes", "trimmed",
			"trims", "narrowed", "decreased":
			return -1
		}
	}
	return 0
}
