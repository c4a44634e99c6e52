package rules

import (
	"math"
)

// Quotes are compared within groups, never all pairs: a quote is filed under its
// rarest words, and a quote with a named speaker also under each part of the
// speaker's name joined with each of those words. Two quotes reported by the rule
// always share a filed key (see quotePrefix), so grouping loses nothing.

// quoteCandidates returns the pairs of quotes worth comparing, each once.
func quoteCandidates(qs []quoted) [][2]int {
	r := rarity{}
	for _, q := range qs {
		r.count(q.words)
	}
	g := newPairGroups()
	for i, q := range qs {
		// Pairs with an unknown speaker need quoteMinSimilarityUnknown.
		for _, w := range r.rarest(q.words, quotePrefix(len(q.toks), quoteMinSimilarityUnknown)) {
			g.add("u\x00"+w, i)
		}
		parts := speakerKeys(q.speaker)
		if len(parts) == 0 {
			continue
		}
		ws := r.rarest(q.words, quotePrefix(len(q.toks), quoteMinSimilarity))
		for _, sp := range parts {
			for _, w := range ws {
				g.add("s\x00"+sp+"\x00"+w, i)
			}
		}
		// A clause of a longer quote may be all another quote gives
		// (partialPair compares the two): file each clause as well.
		for _, cl := range quoteClauses(q.toks) {
			cw := quoteWords(cl)
			if len(cw) < partialMinWords || len(cl) == len(q.toks) {
				continue
			}
			for _, sp := range parts {
				for _, w := range r.rarest(cw, quotePrefix(len(cl), partialMinSimilarity)) {
					g.add("s\x00"+sp+"\x00"+w, i)
				}
			}
		}
	}
	return g.pairs()
}

// quoteClauses splits quote tokens at their stops ("." ";" ":" "!" "?") and
// before an "and" or "but" that joins two long clauses.
func quoteClauses(toks []wtok) [][]wtok {
	var out [][]wtok
	from := 0
	for k, t := range toks {
		if isStop(t.norm) {
			out = append(out, toks[from:k])
			from = k + 1
		} else if (t.norm == "and" || t.norm == "but") && k-from >= partialMinWords && len(toks)-k > partialMinWords {
			// "Every guest was wearing a life jacket when they went into
			// the water, and our crew stayed …": a clause a shorter quote
			// may give alone (the comma is not a token).
			out = append(out, toks[from:k])
			from = k + 1
		}
	}
	return append(out, toks[from:])
}

// quotePrefix is how many of a quote's rarest distinct words it is filed under for
// a similarity threshold s, given n tokens. Two quotes with similarity ≥ s differ
// by at most e = ⌊(1−s)·L⌋ edits, where L, the longer length, is at most n/s (the
// length ratio test comes first). Each distinct word of one quote missing from
// the other costs an edit, so the rarest word the two share is among the first
// e+1 words of each, in the one global order of rarity.
func quotePrefix(n int, s float64) int {
	if s <= 0 {
		return n
	}
	return int(math.Floor((1-s)*float64(n)/s+1e-9)) + 1
}

// quoteWords returns the distinct compared forms of a quote's words.
func quoteWords(toks []wtok) []string {
	var ws []string
	for _, t := range toks {
		if isWordTok(t) {
			ws = append(ws, t.norm)
		}
	}
	return dedupe(ws)
}

// sameRemarkInSource decides whether two quotes of one source are one remark
// worded twice. A speaker often repeats a construction with other words within one
// speech ("we will expand trade with Japan", "we will expand trade with Korea"),
// so within a source the quotes must not overlap in the text and must have the
// same content words (stemmed, stop words dropped): they differ only in
// punctuation, function words, inflection or order.
func sameRemarkInSource(a, b quoted) bool {
	sa, ea := quoteBounds(a)
	sb, eb := quoteBounds(b)
	if sa < eb && sb < ea {
		return false
	}
	ca, cb := quoteContent(a.toks), quoteContent(b.toks)
	if len(ca) == 0 || len(ca) != len(cb) {
		return false
	}
	for k := range ca {
		if !cb[k] {
			return false
		}
	}
	return true
}

// quoteBounds is where a quote stands in its document.
func quoteBounds(q quoted) (int, int) {
	if q.f.Quote != nil {
		return q.f.Quote.Start, q.f.Quote.End
	}
	return q.f.Span.Start, q.f.Span.End
}

// quoteContent is the set of content stems of a quote's words.
func quoteContent(toks []wtok) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if !isWordTok(t) || stopWords[t.norm] || numericWord(t.norm) {
			continue
		}
		if st := stemWord(t.norm); st != "" {
			out[st] = true
		}
	}
	return out
}
