package claims

// What kind of amount a figure is, beyond its number: the earlier value of a
// change, a difference, a deal's price, a count scoped to a competition, a
// level a verb gives to the noun before it.

import (
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// priorOf reports whether quantity q, at token first, is the earlier value of
// a change stated in its sentence, and which of qs is the later value: q is
// introduced by "from" while another amount of the same unit is introduced by
// "to" ("rose to EUR 312 million from EUR 268 million", "from 252 miles to 287
// miles", "grew to 1,341, up from 1,284"), or it follows a stated change ("fell
// 5.2 points from 29.8%"), which names no later value: -1.
func priorOf(w words, first int, q quantity.Quantity, qs []quantity.Quantity) (int, bool) {
	if first > 1 && w.toks[first-1].Kind == token.Word && w.lower(first-1) == "of" {
		// "up 42.1 percent from the daily average of 41,300": the figure the
		// phrase after "from" names; judged from "from" as the figure itself.
		for k := first - 2; k >= 1 && k >= first-6 && w.toks[k].Kind == token.Word; k-- {
			if w.lower(k) == "from" {
				first = k + 1
				break
			}
		}
	}
	if first > 2 && w.toks[first-1].Kind == token.Word && possessive(w.lower(first-1)) {
		// "up 6.2 percent from the previous week's Rs 1,231.75": the time
		// the earlier figure belongs to stands between "from" and it.
		for k := first - 2; k >= 1 && k >= first-4 && w.toks[k].Kind == token.Word; k-- {
			if w.lower(k) == "from" {
				first = k + 1
				break
			}
		}
	}
	if lostOfOwn(w, first) {
		return -1, true // "has lost two of its 28 seats": the 28 it held before
	}
	if comparedBefore(w, first) && yearEarlierAfter(w, q) {
		return -1, true // "compared with Rp 26.9 trillion a year earlier": last year's level
	}
	if first == 0 || w.toks[first-1].Kind != token.Word || w.lower(first-1) != "from" {
		return 0, false
	}
	for _, o := range qs {
		// "fell 5.2 points from 29.8%": a stated change right before "from".
		if o.Start < q.Start && (o.Kind == quantity.Change || o.Unit == "pp") {
			if _, l := tokenRange(w.toks, o.Start, o.End); l+2 >= first-1 {
				return -1, true
			}
		}
	}
	for i, o := range qs {
		if o.Start == q.Start || o.Unit != q.Unit {
			continue
		}
		k, l := tokenRange(w.toks, o.Start, o.End)
		if k == 0 || w.toks[k-1].Kind != token.Word || w.lower(k-1) != "to" {
			continue
		}
		// The two stand together: "to X from Y" (a few words between, as in "to
		// 1,341 cases, up from" or "to X in the third quarter, from") or "from Y to X".
		if near := first - 1 - l; !(near >= 0 && near <= 8 || k > first && k-first <= 4) {
			continue
		}
		if changeWord(w, first-2) {
			return i, true // "up from Y", "grew from Y to X"
		}
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if changeWord(w, j) {
				return i, true // "rose 16% to X from Y", "lifting the margin to X from Y"
			}
		}
	}
	return 0, false
}

// comparedBefore reports "compared with", "compared to", "against" or
// "versus" right before the amount at token first.
func comparedBefore(w words, first int) bool {
	if first == 0 || w.toks[first-1].Kind != token.Word {
		return false
	}
	switch w.lower(first - 1) {
	case "against", "versus", "vs":
		return true
	case "with", "to":
		return first >= 2 && w.toks[first-2].Kind == token.Word && w.lower(first-2) == "compared"
	}
	return false
}

// yearEarlierAfter reports "a year earlier", "a year ago", "a year before" or
// "the year before" right after amount q.
func yearEarlierAfter(w words, q quantity.Quantity) bool {
	rest := strings.ToLower(strings.TrimLeft(w.text[min(q.End, len(w.text)):], " "))
	for _, p := range []string{"a year earlier", "a year ago", "a year before", "the year before", "the previous year", "in the same period last year", "in the same period a year earlier"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// changeWord reports whether token i is a verb of change or "up"/"down", which
// make "to … from …" a change of level rather than a route or a source.
func changeWord(w words, i int) bool {
	if i < 0 || w.toks[i].Kind != token.Word {
		return false
	}
	switch lw := w.lower(i); lw {
	case "up", "down", "rose", "rise", "rises", "grew", "grow", "grows", "fell", "fall", "falls", "climb", "climbs":
		return true
	default:
		return len(lw) > 4 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing"))
	}
}

// difference reports whether the amount ending at token last is a difference
// ("6,300 more children than a day earlier", "five fewer seats"): "more",
// "fewer" or "less" right after the number.
func difference(w words, last int) bool {
	if last+1 >= len(w.toks) || w.toks[last+1].Kind != token.Word {
		return false
	}
	switch w.lower(last + 1) {
	case "more", "fewer", "less", "extra", "additional":
		return true
	}
	return false
}

// percentAbove returns the direction of a percentage that states how far
// one level lies from another ("11.2% above the 3,310,500", "8 percent
// lower than last year's"): +1 above or higher, -1 below or lower, 0 for any
// other amount.
func percentAbove(w words, last int, q quantity.Quantity) int {
	if q.Unit != "percent" || q.Kind != quantity.Amount || last+2 >= len(w.toks) || w.toks[last+1].Kind != token.Word {
		return 0
	}
	next := w.lower(last + 2)
	switch w.lower(last + 1) {
	case "above":
		if next == "the" || next == "last" || w.toks[last+2].Kind == token.Number {
			return 1
		}
	case "below":
		if next == "the" || next == "last" || w.toks[last+2].Kind == token.Number {
			return -1
		}
	case "higher":
		if next == "than" {
			return 1
		}
	case "lower":
		if next == "than" {
			return -1
		}
	}
	return 0
}

// scopeAfter returns the key form of a competition named right after a bare
// count ("took him to 24 in the league" → "in leagu"), or "".
func (w words) scopeAfter(i int) string {
	if i >= len(w.toks) || w.toks[i].Kind != token.Word || w.lower(i) != "in" {
		return ""
	}
	var ws []string
	for j := i; j < len(w.toks) && j < i+4 && w.toks[j].Kind == token.Word; j++ {
		ws = append(ws, w.at(j))
	}
	k := normalizeWords(append([]string{"x"}, ws...), w.stems)
	if q := strings.TrimPrefix(k, "x "); q != k && scopeQualifier(strings.Fields(q)) {
		return q
	}
	return ""
}

// withScope appends a scope qualifier to a key that has none.
func withScope(key, scope string) string {
	if key == "" || scope == "" || strings.Contains(key, " in ") {
		return key
	}
	if p := predicateOf(key); p != "" {
		return strings.TrimSuffix(key, " "+p) + " " + scope + " " + p
	}
	return key + " " + scope
}

// dealPrice reports whether a money amount at tokens [first, last] is the price
// of a purchase: paid ("will pay $2.6 billion"), bought for ("agreed to buy
// Listo … for $2.8 billion") or naming the deal ("a $2.8 billion purchase").
func dealPrice(w words, first, last int, q quantity.Quantity) bool {
	if !quantity.IsMoney(q.Unit) || q.Kind != quantity.Amount {
		return false // "Brokers offered 15.1 million kg": a quantity put up for sale, no price
	}
	if first > 0 && w.toks[first-1].Kind == token.Word {
		switch w.lower(first - 1) {
		case "pay", "pays", "paid", "paying", "offered", "offering", "bid":
			return true
		case "for":
			for j := first - 2; j >= 0 && j >= first-16; j-- {
				if w.toks[j].Kind == token.Word && purchaseVerbs[w.lower(j)] {
					return true
				}
			}
		}
	}
	if last+1 < len(w.toks) && w.toks[last+1].Kind == token.Word {
		switch w.lower(last + 1) {
		case "purchase", "acquisition", "takeover", "deal", "buyout":
			return true
		case "contract":
			// "signed a KES 92.4 billion contract" is the price of the deal
			// another source calls "the KES 94.2 billion deal".
			for j := first - 1; j >= 0 && j >= first-3; j-- {
				if w.toks[j].Kind == token.Word && signVerbs[w.lower(j)] {
					return true
				}
			}
		}
	}
	return false
}

// signVerbs conclude a contract.
var signVerbs = map[string]bool{"signed": true, "signs": true, "sign": true, "awarded": true, "inked": true, "won": true}

// purchaseVerbs buy or sell a company or asset "for" a price.
var purchaseVerbs = map[string]bool{"buy": true, "buys": true, "bought": true, "buying": true,
	"acquire": true, "acquires": true, "acquired": true, "acquiring": true, "sell": true,
	"sells": true, "sold": true, "selling": true, "purchase": true, "purchased": true}

// scopeNear returns the competition a count is counted in when its sentence
// names one right after it ("four goals in the national cup" → "in cup"), or "".
func (w words) scopeNear(last int) string {
	for j := last + 1; j < len(w.toks) && j <= last+4; j++ {
		if w.toks[j].Kind != token.Word {
			return ""
		}
		if w.lower(j) != "in" {
			continue
		}
		for k := j + 1; k < len(w.toks) && k <= j+3 && w.toks[k].Kind == token.Word; k++ {
			if st := normWord(w.lower(k), w.stems); scopeQualifier([]string{"in", st}) && (!matchWord(st) || k == j+2 && w.lower(j+1) == "the") {
				return "in " + st // "in the final", not "in Sunday's finals": a day's session of many
			}
		}
		return ""
	}
	return ""
}

// isLevelVerb reports whether w is one of the level verbs: they say that a measure stands at a level: the amount after them is the
// value of the noun phrase before them, and they say nothing of what happened
// to the things counted.
func isLevelVerb(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "reached", "reach", "reaches", "totalled", "totaled", "totals", "stood", "stands",
		"numbered", "rose", "climbed", "grew", "jumped", "increased", "fell", "dropped", "declined",
		"decreased", "topped", "exceeded", "surpassed", "amounted", "risen", "fallen", "grown", "rises", "climbs", "hit", "hits":
		return true
	}
	return false
}

// levelVerbBefore reports whether a level verb stands right before token first,
// or before the "to" or "at" that introduces it ("rose to", "stood at").
func levelVerbBefore(w words, first int) bool {
	j := first - 1
	if j >= 0 && w.toks[j].Kind == token.Word && (w.lower(j) == "to" || w.lower(j) == "at") {
		j--
	}
	return j >= 0 && w.toks[j].Kind == token.Word && isLevelVerb(w.lower(j))
}

// hasCommonWord reports whether a phrase has a word that is not capitalised: a
// common noun phrase ("confirmed cases"), not a name ("Civic Renewal").
func hasCommonWord(phrase []string) bool {
	for _, p := range phrase {
		if !isCapitalised(p) {
			return true
		}
	}
	return false
}

// possessive reports a word ending in "'s" or "’s": "week's", "year’s".
func possessive(lw string) bool {
	return strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// lostOfOwn reports a figure that a loss counts out of what its owner held:
// "lost two of its 28 seats", "shed 40 of their 300 jobs".
func lostOfOwn(w words, first int) bool {
	if first < 4 || w.toks[first-1].Kind != token.Word || w.toks[first-2].Kind != token.Word || w.lower(first-2) != "of" {
		return false
	}
	if !possessiveDeterminer(w.lower(first - 1)) {
		return false
	}
	if w.toks[first-3].Kind != token.Number {
		if _, ok := numword.Cardinal(w.lower(first - 3)); !ok || w.toks[first-3].Kind != token.Word {
			return false
		}
	}
	switch w.lower(first - 4) {
	case "lost", "lose", "loses", "losing", "shed", "sheds", "shedding", "forfeited", "dropped", "cut", "cuts", "gave", "surrendered":
		return true
	}
	return false
}

// interimRe matches a moment a standing is told at before a competition
// ends: "after the first day", "after day two", "after two days of
// competition", "after the opening round".
var interimRe = regexp.MustCompile(`\bafter (?:the (first|second|third|fourth|opening) (?:day|round|session|night)|day (one|two|three|four|\d+)|(two|three|four|five|\d+) days)\b`)

// interimStanding returns the scope of a sentence that tells a standing
// midway ("Hungary lead the medal table after the first day with seven
// medals"): its tallies are that moment's, no final count. "" when the
// sentence names no such moment.
func (w words) interimStanding() string {
	if !strings.Contains(w.text, "after ") && !strings.Contains(w.text, "After ") {
		return ""
	}
	lower := strings.ToLower(w.text)
	if !strings.Contains(lower, "table") && !strings.Contains(lower, "standings") && !strings.Contains(lower, "leaderboard") &&
		!strings.Contains(lower, "lead the") && !strings.Contains(lower, "leads the") && !strings.Contains(lower, "in the lead") &&
		!strings.Contains(lower, "gold") && !strings.Contains(lower, "medals") {
		return "" // "after two days of torrential rain", "after three days in which 154 firms …": no standing
	}
	m := interimRe.FindStringSubmatch(lower)
	if m == nil {
		return ""
	}
	day := m[1] + m[2] + m[3]
	switch day {
	case "first", "opening", "one":
		day = "1"
	case "second", "two":
		day = "2"
	case "third", "three":
		day = "3"
	case "fourth", "four":
		day = "4"
	case "five":
		day = "5"
	}
	return "after day" + day
}
