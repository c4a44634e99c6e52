// Package suggest finds the likely intended name behind a typo, for the "did
// you mean …?" hints of configuration, flag, format and rule-ID errors.
package suggest

import "strings"

// Closest returns the candidate nearest to s by edit distance, compared
// case-insensitively, when it is near enough to be a likely typo: fewer than
// len(s)/2+2 edits, counted in runes. The first of equally near candidates
// wins, and the candidate is returned as given. ok is false when no candidate
// is near enough.
func Closest(s string, candidates []string) (best string, ok bool) {
	s = strings.ToLower(s)
	bestD := len([]rune(s))/2 + 2
	for _, c := range candidates {
		if d := Distance(s, strings.ToLower(c)); d < bestD {
			best, bestD, ok = c, d, true
		}
	}
	return best, ok
}

// Distance is the Levenshtein distance between a and b over runes: the
// fewest insertions, deletions and substitutions that turn a into b.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
