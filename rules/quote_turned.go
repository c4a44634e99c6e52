package rules

import (
	"fmt"
	"strings"
)

// A misquote that changes a remark's meaning rewrites much of it, so its edit
// similarity falls below quoteMinSimilarity ("Inflation is well within our
// target range, and that gives us room to remain supportive of growth" against
// "Inflation is drifting toward the top of our target range, and that leaves us
// little room to ease further"). What stays is the remark's frame: its content
// words in the same order. Two different remarks of one speech share a topic,
// not a frame, so the frame must be long and cover much of the shorter quote.
const (
	turnedMinFrame = 4    // content words shared in the same order
	turnedMinRatio = 0.4  // of the shorter quote's content words
	turnedMinWords = 6    // words in each quote
	turnedMinSim   = 0.15 // below this the two share only scattered words
)

// checkTurnedQuotes reports two direct quotes of one speaker, in two sources,
// that keep one frame in other words: one of them misquotes the remark.
func checkTurnedQuotes(qs []quoted, seen map[string]bool, report func(key string, f Finding)) {
	bySpeaker := map[string][]int{}
	for i, q := range qs {
		if q.speaker == "" || wordCount(q.toks) < turnedMinWords {
			continue
		}
		for _, k := range speakerKeys(q.speaker) {
			bySpeaker[k] = append(bySpeaker[k], i)
		}
	}
	done := map[[2]int]bool{}
	for _, is := range bySpeaker {
		for x, i := range is {
			for _, j := range is[x+1:] {
				if done[[2]int{i, j}] {
					continue
				}
				done[[2]int{i, j}] = true
				a, b := qs[i], qs[j]
				if a.f.Doc == b.f.Doc || !sameSpeaker(a.speaker, b.speaker) || differentSubjects(a.f, b.f) {
					continue
				}
				frame, ok := turnedFrame(a, b)
				if !ok {
					continue
				}
				key := a.f.Doc.Path + "\x00" + b.f.Doc.Path + "\x00" + normJoin(a.toks) + "\x00" + normJoin(b.toks)
				if seen[key] {
					continue
				}
				sim := similarity(a.toks, b.toks)
				msg := fmt.Sprintf("%s quoted as %s (%s) and as %s (%s): one remark's frame (%s) in other words (%.0f%% alike): %s",
					a.speaker, QuoteText(a.text), Where(a.f), QuoteText(b.text), Where(b.f), strings.Join(frame, " … "), sim*100,
					clip(wordDiff(a.toks, b.toks), 160))
				report(key, Finding{Message: msg, Claims: ClaimsOf(a.f, b.f)})
			}
		}
	}
}

// turnedFrame returns the content words a and b share in the same order when
// they make one remark's frame reworded: long enough, covering enough of the
// shorter quote, and the quotes neither one remark (the main comparison) nor
// one inside the other.
func turnedFrame(a, b quoted) ([]string, bool) {
	if wordCount(a.toks) < turnedMinWords || wordCount(b.toks) < turnedMinWords ||
		equalTokens(a.toks, b.toks) || containedInOrder(a.toks, b.toks) || containedInOrder(b.toks, a.toks) || overlapCut(a.toks, b.toks) ||
		lettersWithin(a.toks, b.toks) || lettersWithin(b.toks, a.toks) {
		return nil, false
	}
	sa, sb := contentSequence(a.toks), contentSequence(b.toks)
	frame := commonSubsequence(stemsOf(sa), stemsOf(sb))
	shorter := min(len(distinct(stemsOf(sa))), len(distinct(stemsOf(sb))))
	if len(frame) < turnedMinFrame || float64(len(frame)) < turnedMinRatio*float64(shorter) {
		return nil, false
	}
	if contiguousRun(frame, stemsOf(sa)) && contiguousRun(frame, stemsOf(sb)) && negations(a.toks) == negations(b.toks) && !hasAlways(a.toks, b.toks) {
		return nil, false // "everybody here can beat everybody" word for word in both: one phrase in two remarks
	}
	sim := similarity(a.toks, b.toks)
	if sim >= quoteMinSimilarity || sim < turnedMinSim {
		return nil, false
	}
	return surfaceOf(frame, sa), true
}

// negations counts the words of toks that turn a remark's meaning.
func negations(toks []wtok) int {
	n := 0
	for _, t := range toks {
		if negationWord(t.norm) || strings.HasSuffix(t.norm, "n't") {
			n++
		}
	}
	return n
}

// hasAlways reports "always", "already", "never", "yet" or "still" in one
// quote and not the other: "I didn't expect to catch her" and "I always
// expected to catch her", "we are not thinking about medals yet" and "we are
// already thinking about medals".
func hasAlways(a, b []wtok) bool {
	for _, w := range []string{"always", "already", "never", "yet", "still"} {
		if containsNorm(a, w) != containsNorm(b, w) {
			return true
		}
	}
	return false
}

// containsNorm reports a word of toks compared as w.
func containsNorm(toks []wtok, w string) bool {
	for _, t := range toks {
		if t.norm == w {
			return true
		}
	}
	return false
}

// contiguousRun reports whether frame occurs in ws as one unbroken run.
func contiguousRun(frame, ws []string) bool {
	for i := 0; i+len(frame) <= len(ws); i++ {
		match := true
		for k, f := range frame {
			if ws[i+k] != f {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// stemmed is a content word of a quote as written and as compared.
type stemmed struct{ word, stem string }

// contentSequence is a quote's content words in order.
func contentSequence(toks []wtok) []stemmed {
	var out []stemmed
	for _, t := range toks {
		if !isWordTok(t) || stopWords[t.norm] || numericWord(t.norm) {
			continue
		}
		if st := stemWord(t.norm); st != "" {
			out = append(out, stemmed{t.text, st})
		}
	}
	return out
}

// stemsOf returns the compared forms of ws.
func stemsOf(ws []stemmed) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.stem
	}
	return out
}

// surfaceOf returns frame (a subsequence of ws's stems) in ws's own words.
func surfaceOf(frame []string, ws []stemmed) []string {
	out := make([]string, 0, len(frame))
	i := 0
	for _, w := range ws {
		if i < len(frame) && w.stem == frame[i] {
			out = append(out, w.word)
			i++
		}
	}
	return out
}

// distinct returns the distinct strings of ss.
func distinct(ss []string) map[string]bool {
	out := make(map[string]bool, len(ss))
	for _, s := range ss {
		out[s] = true
	}
	return out
}

// commonSubsequence returns a longest common subsequence of a and b.
func commonSubsequence(a, b []string) []string {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out []string
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}
