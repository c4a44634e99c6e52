package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// particles complete a phrasal announcing verb: "set out", "put forward".
var particles = map[string]bool{"out": true, "forward": true, "down": true, "up": true}

// determiners may open the announced noun phrase: "outlined the key solutions".
var determiners = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"my": true, "your": true,
}

// maxUncountedItemWords bounds an inline item of an uncounted list: longer
// parts are clauses of prose ("… : the economy, he said, was slowing").
const maxUncountedItemWords = 15

// uncounted reads an announcement without a number at token i: an announcing
// verb, a noun phrase ending in a plural ("outlined the key solutions",
// "listed the corporation's priorities"), then a colon in the same sentence
// followed by a list, inline or on the next lines. Count is 0 (unstated): the
// items can still be compared with another source's list. It returns the token
// after the list's sentence when it finds one.
func uncounted(text string, toks []token.Token, low *lowered, ls []line, i int) (Announcement, int, bool) {
	if w := low.at(i); w == "following" || !announcer(w) {
		return Announcement{}, 0, false
	}
	if a, next, ok := namedAsUncounted(text, toks, low, i); ok {
		return a, next, true
	}
	j := i + 1
	if j < len(toks) && particles[low.at(j)] {
		j++
	}
	first, last := -1, -1
	for k := 0; k < 6 && j < len(toks); k, j = k+1, j+1 {
		w := low.at(j)
		if toks[j].Kind != token.Word {
			return Announcement{}, 0, false // a number or a mark: countAt's business, or no noun phrase
		}
		if _, ok := numword.Cardinal(w); ok || w == "several" || w == "following" || w == "dozen" {
			return Announcement{}, 0, false
		}
		if determiners[w] && first < 0 || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue // "the", "its", "the corporation's"
		}
		if nounStop(w) {
			return Announcement{}, 0, false
		}
		if first < 0 {
			first = j
		}
		if plural(w) && !notItem(w) {
			last = j
			break
		}
	}
	if last < 0 {
		return Announcement{}, 0, false
	}
	se := sentenceEnd(text, toks[last].End)
	pos, kind := cue(text, toks, low, last+1, se)
	if kind != cueColon {
		return Announcement{}, 0, false
	}
	a := Announcement{Start: toks[first].Start, End: toks[last].End, Noun: text[toks[first].Start:toks[last].End]}
	li := lineOf(ls, pos-1)
	if strings.TrimSpace(text[pos:ls[li].b]) == "" {
		a.Items, a.Style = block(text, ls, li+1)
	} else {
		ps, _ := splitList(text, pos, sentenceEnd(text, pos))
		for _, p := range ps {
			if prose(text[p.a:p.b]) {
				return Announcement{}, 0, false
			}
		}
		if len(ps) >= 2 {
			a.Items, a.Style = items(text, ps), StyleInline
		}
	}
	if len(a.Items) < 2 {
		return Announcement{}, 0, false
	}
	a.Listed = true
	next := last + 1
	for next < len(toks) && toks[next].Start < pos {
		next++
	}
	return a, next, true
}

// namedAsUncounted reads a naming verb at token i that lists items right
// after it and names what they are after "as the": "listed semiconductors,
// renewable energy, healthcare and the digital economy as the areas where
// Hanoi most wants Singaporean capital" lists four areas. Three items at
// least, none of them prose; the noun is the first plural within four words
// of "as the".
func namedAsUncounted(text string, toks []token.Token, low *lowered, i int) (Announcement, int, bool) {
	switch low.at(i) {
	case "named", "listed", "identified", "cited", "names", "lists", "identifies", "cites":
	default:
		return Announcement{}, 0, false
	}
	se := sentenceEnd(text, toks[i].End)
	as := -1
	for k := i + 1; k+1 < len(toks) && toks[k].Start < se; k++ {
		if low.at(k) == "as" && low.at(k+1) == "the" {
			as = k
			break
		}
	}
	if as < 0 || as-i < 5 {
		return Announcement{}, 0, false
	}
	noun := -1
	for k := as + 2; k < len(toks) && k <= as+5 && toks[k].Start < se; k++ {
		if toks[k].Kind != token.Word {
			break
		}
		if _, ok := numword.Cardinal(low.at(k)); ok || countWord(low.at(k)) {
			return Announcement{}, 0, false // "as the three areas": a count, read by countAt
		}
		if plural(low.at(k)) && !notItem(low.at(k)) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return Announcement{}, 0, false
	}
	ps, stop := splitList(text, toks[i].End, toks[as].Start)
	if len(ps) < 3 || strings.TrimSpace(text[stop:toks[as].Start]) != "" {
		return Announcement{}, 0, false
	}
	for _, p := range ps {
		if prose(text[p.a:p.b]) || len(strings.Fields(text[p.a:p.b])) > 5 {
			return Announcement{}, 0, false
		}
	}
	a := Announcement{Start: toks[as+2].Start, End: toks[noun].End, Noun: text[toks[as+2].Start:toks[noun].End],
		Items: items(text, ps), Style: StyleInline, Listed: true}
	return a, noun + 1, true
}

// clauseWords mark a part of prose rather than a list item: a relative
// pronoun opening it or a finite verb inside it.
var clauseWords = map[string]bool{
	"which": true, "who": true, "whose": true, "where": true, "is": true, "are": true,
	"was": true, "were": true, "had": true, "has": true, "have": true, "will": true,
}

// prose reports whether an inline part reads as a clause, not an item.
func prose(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || len(f) > maxUncountedItemWords {
		return true
	}
	for _, w := range f {
		if clauseWords[w] {
			return true
		}
	}
	return false
}
