package enum

import (
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// nounStops end the counted noun phrase ("six key developments that …").
var nounStops = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "to": true, "for": true,
	"with": true, "by": true, "from": true, "at": true, "on": true, "as": true, "that": true,
	"which": true, "who": true, "and": true, "or": true, "is": true, "are": true, "was": true,
	"were": true, "have": true, "has": true, "had": true, "will": true, "including": true,
	"namely": true, "such": true, "between": true, "among": true, "across": true, "this": true,
	"these": true, "their": true, "its": true, "been": true, "be": true, "more": true,
}

// notItems are counted nouns that never introduce a list: units of time and
// repetition ("three times", "five years").
var notItems = map[string]bool{
	"years": true, "months": true, "weeks": true, "days": true, "hours": true, "minutes": true,
	"seconds": true, "times": true, "decades": true, "centuries": true, "percent": true,
	"per": true, "folds": true, "sides": true,
}

// announcers are verbs that announce what follows: "outlined several directions".
var announcers = map[string]bool{
	"outlined": true, "outlines": true, "proposed": true, "proposes": true, "presented": true,
	"presents": true, "highlighted": true, "highlights": true, "identified": true,
	"identifies": true, "listed": true, "lists": true, "set": true, "laid": true,
	"unveiled": true, "announced": true, "named": true, "cited": true, "suggested": true,
	"suggests": true, "raised": true, "put": true, "offered": true, "gave": true,
	"shared": true, "introduced": true, "mentioned": true, "made": true, "stressed": true,
	"emphasized": true, "emphasised": true, "recommended": true, "detailed": true,
	"following": true,
}

// count is an announcing phrase found in the tokens.
type count struct {
	start, end int // bytes of "six key developments"
	n          int // 0 when unstated ("several")
	noun       string
	announced  bool // an announcing verb stands before it
	definite   bool // "the two countries", "these three": a reference, not an announcement
}

// countAt reads "six key developments", "3 points", "a dozen ideas", "several
// key directions" at token i.
func countAt(text string, toks []token.Token, low []string, i int) (count, int, bool) {
	n, j := 0, i+1
	t := toks[i]
	switch {
	case t.Kind == token.Number:
		if i+1 < len(toks) && toks[i+1].Start == t.End {
			return count{}, 0, false // "3rd", "5km", "20%"
		}
		if i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == token.Symbol {
			return count{}, 0, false // "$20", "#3"
		}
		v, err := strconv.Atoi(text[t.Start:t.End])
		if err != nil {
			return count{}, 0, false
		}
		n = v
	case low[i] == "dozen":
		n = 12
	case low[i] == "several" || low[i] == "following":
		n = 0
	default:
		v, ok := numword.Cardinal(low[i])
		if !ok {
			return count{}, 0, false
		}
		n = v
	}
	if n == 1 || n > 50 || (n == 0 && low[i] != "several" && low[i] != "following") {
		return count{}, 0, false
	}
	first, last := j, -1
	for k := 0; k < 5 && j < len(toks); k++ {
		if toks[j].Kind != token.Word || nounStops[low[j]] {
			break
		}
		last = j
		j++
		for j+1 < len(toks) && toks[j].Kind == token.Symbol && text[toks[j].Start:toks[j].End] == "-" &&
			toks[j].Start == toks[j-1].End && toks[j+1].Kind == token.Word {
			last, j = j+1, j+2
		}
		if plural(low[last]) {
			break
		}
	}
	if last < 0 || !plural(low[last]) || notItems[low[last]] {
		return count{}, 0, false
	}
	c := count{start: t.Start, end: toks[last].End, n: n, noun: text[toks[first].Start:toks[last].End]}
	if i > 0 {
		switch p := low[i-1]; p {
		case "the", "these", "those", "both", "its", "their", "our", "his", "her", "all":
			c.definite = low[i] != "following"
		default:
			c.definite = strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if announcers[low[k]] {
			c.announced = true
		}
	}
	return c, last + 1, true
}

// plural guesses a plural noun: "directions", "pillars", "priorities", "togethers".
func plural(w string) bool {
	if w == "people" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "’s")
}

// cue finds what follows a count in its sentence: a colon, "including" or
// "namely". It returns the byte offset after the cue, or -1. It gives up at a
// number, since the cue would then belong to that number's phrase.
func cue(text string, toks []token.Token, low []string, k, sentEnd int) (int, bool) {
	for n := 0; k < len(toks) && toks[k].Start < sentEnd && n < 25; k, n = k+1, n+1 {
		t := toks[k]
		switch {
		case t.Kind == token.Number:
			return -1, false
		case t.Kind == token.Symbol && text[t.Start:t.End] == ":":
			return t.End, true
		case low[k] == "including" || low[k] == "namely":
			return t.End, false
		}
		if _, ok := numword.Cardinal(low[k]); ok {
			return -1, false
		}
	}
	return -1, false
}

// lineOf returns the index of the line holding offset off.
func lineOf(ls []line, off int) int {
	lo, hi := 0, len(ls)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if ls[m].a <= off {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}
