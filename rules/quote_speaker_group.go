package rules

import (
	"sort"
	"strings"
)

// Quotes credited to different people are sought without comparing all pairs.
// Two quotes are one remark only when the words of one are all words of the
// other (equal, or contained), so the rarest word of the shorter quote, in one
// global order of rarity, is a word of the longer. Each quote is therefore
// probed by its single rarest word against the quotes holding that word: rare
// words have short lists, so the cost stays near the number of quotes.

// speakerMatches returns the pairs (i < j) of quotes that are one remark, each
// once, sorted by i then j.
func speakerMatches(qs []speakerQuote) [][2]int {
	r := rarity{}
	holders := map[string][]int{}
	for i, q := range qs {
		r.count(q.words)
		for _, w := range q.words {
			holders[w] = append(holders[w], i)
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]int
	for i, q := range qs {
		ws := r.rarest(q.words, 1)
		if len(ws) == 0 {
			continue
		}
		for _, j := range holders[ws[0]] {
			// Only the longer (or equal) quote can contain the probe.
			if j == i || len(qs[j].toks) < len(q.toks) {
				continue
			}
			pr := [2]int{min(i, j), max(i, j)}
			if seen[pr] {
				continue
			}
			seen[pr] = true
			if sameWords(qs[pr[0]], qs[pr[1]]) {
				out = append(out, pr)
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a][0] != out[b][0] {
			return out[a][0] < out[b][0]
		}
		return out[a][1] < out[b][1]
	})
	return out
}

// echoMarkers are words beside a quote that say its speaker repeats someone
// else's words on purpose.
var echoMarkers = map[string]bool{
	"quoting": true, "citing": true, "cited": true, "echoing": true, "echoed": true,
	"paraphrasing": true, "borrowing": true,
}

// echoed reports whether the sentence of quote q, outside the quote marks, says
// the remark is someone else's ("quoting", "citing", "echoing", "in the words
// of", "as X put it"), or names other, the speaker another source credits: the
// attribution in that sentence may then belong to either person.
func echoed(q speakerQuote, other string) bool {
	qs, qe := quoteBounds(quoted{f: q.f})
	ss, se := min(q.f.Sentence.Start, qs), max(q.f.Sentence.End, qe)
	var ws []string
	nameEnd := -1 // names after this many words do not count
	for i, part := range []string{textOf(q.f.Doc, ss, qs), textOf(q.f.Doc, qe, se)} {
		if i == 1 {
			// After the quote its attribution comes first; a name in a
			// subordinate clause after it ("…," Salonen said at the ceremony,
			// where she was received by Deputy Minister Long) is no rival
			// speaker ("…," Santos said, and Hung agreed: both are).
			rest := strings.TrimLeft(part, ",.;:!?\"'”’ ")
			if c := strings.IndexAny(rest, ",;"); c >= 0 {
				if next := wordTokens(rest[c+1:]); len(next) > 0 && subordinateOpener(foldWord(next[0])) {
					nameEnd = len(ws) + len(wordTokens(rest[:c]))
				}
			}
		}
		for _, w := range wordTokens(part) {
			ws = append(ws, foldWord(w))
		}
	}
	names := map[string]bool{}
	for _, p := range nameParts(other) {
		if len(p) > 1 {
			names[p] = true
		}
	}
	for k, w := range ws {
		switch {
		case echoMarkers[w], names[w] && (nameEnd < 0 || k < nameEnd):
			return true
		case w == "words" && k > 0 && ws[k-1] == "the" && k+1 < len(ws) && ws[k+1] == "of":
			return true
		case w == "put" && k+1 < len(ws) && ws[k+1] == "it" && asBefore(ws[:k]):
			return true
		}
	}
	return false
}

// asBefore reports whether "as" stands among the last few words: "as the
// minister put it", "as Vinh once put it".
func asBefore(ws []string) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		if ws[k] == "as" {
			return true
		}
	}
	return false
}

// subordinateOpener reports a word opening a relative or subordinate clause.
func subordinateOpener(w string) bool {
	switch w {
	case "where", "who", "whom", "which", "when", "while", "after", "before", "during":
		return true
	}
	return false
}
