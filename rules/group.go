package rules

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

// The text rules never compare all pairs of facts of a kind: each files its facts
// under keys (a speaker's name part, a list member, a rare word of a quote, an
// event word) and compares only facts that share a key. The keys are chosen so
// that no pair the rule would report is lost: a pair the rule reports always
// shares at least one key, and common keys are left out where the rule's own
// thresholds allow (prefix filtering, below).

// pairGroups files item numbers under keys and yields each pair of items that
// share at least one key, once.
type pairGroups struct {
	order []string
	by    map[string][]int
}

func newPairGroups() *pairGroups { return &pairGroups{by: map[string][]int{}} }

// add files item i under key. Items must be added in increasing order of i.
func (g *pairGroups) add(key string, i int) {
	is, ok := g.by[key]
	if !ok {
		g.order = append(g.order, key)
	}
	if len(is) > 0 && is[len(is)-1] == i {
		return
	}
	g.by[key] = append(is, i)
}

// pairs returns each pair (i < j) of items sharing a key once, sorted by i then
// j: the order of a nested loop over all items, so results do not depend on how
// the keys were chosen.
func (g *pairGroups) pairs() [][2]int {
	seen := map[[2]int]bool{}
	var out [][2]int
	for _, k := range g.order {
		is := g.by[k]
		for x, i := range is {
			for _, j := range is[x+1:] {
				p := [2]int{i, j}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
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

// rarity counts how many items hold each key, to pick the rarest keys of an item.
//
// Prefix filtering: when two items must share at least t keys to be reported,
// and every item is filed under its |keys|−t+1 rarest keys (ties broken by the
// key itself, one global order), any two items that do share t keys share one of
// those filed keys. Rare keys make small groups, so the cost stays near the number
// of items instead of its square.
type rarity map[string]int

// count records the distinct keys of one item.
func (r rarity) count(keys []string) {
	for _, k := range dedupe(keys) {
		r[k]++
	}
}

// rarest returns the n rarest of the distinct keys, all of them when n ≥ their
// number, none when n ≤ 0.
func (r rarity) rarest(keys []string, n int) []string {
	ks := dedupe(keys)
	sort.Slice(ks, func(a, b int) bool {
		if r[ks[a]] != r[ks[b]] {
			return r[ks[a]] < r[ks[b]]
		}
		return ks[a] < ks[b]
	})
	if n < 0 {
		n = 0
	}
	return ks[:min(n, len(ks))]
}

// dedupe returns the distinct strings of ks in a new slice, in first-seen order.
func dedupe(ks []string) []string {
	out := make([]string, 0, len(ks))
	have := make(map[string]bool, len(ks))
	for _, k := range ks {
		if !have[k] {
			have[k] = true
			out = append(out, k)
		}
	}
	return out
}

// pairKeys returns a key for each unordered pair of distinct keys: items that
// must share at least two keys to be compared always share one of these, and a
// pair of common words is much rarer than either word.
func pairKeys(keys []string) []string {
	ks := dedupe(keys)
	sort.Strings(ks)
	var out []string
	for i, a := range ks {
		for _, b := range ks[i+1:] {
			out = append(out, a+"\x00"+b)
		}
	}
	return out
}

// setKeys returns the keys of a set, sorted.
func setKeys(s map[string]bool) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// speakerKeys are the keys a speaker is filed under: each folded part of the
// name. sameSpeaker needs the parts of one name to be parts of the other, so two
// speakers it accepts always share one; "" has none (unknown speakers are never
// the same as anyone).
func speakerKeys(s string) []string {
	if c := placeCountry(s); c != "" {
		return dedupe(append(nameParts(s), attrib.Fold(c))) // "Hanoi" meets "Vietnam" (sameSpeaker)
	}
	return dedupe(nameParts(s))
}

// nameKey is a full name's order-free folded form: the parts of attrib.SameName,
// sorted, so names it calls the same share the key.
func nameKey(name string) string {
	ps := strings.FieldsFunc(attrib.Fold(name), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '.' || r == ',' || r == '‐' || r == '–'
	})
	sort.Strings(ps)
	return strings.Join(ps, " ")
}

// pubDay is a source's publication day ("" when undated), for keys of checks that
// only compare sources of one date.
func pubDay(d *claims.Document) string {
	if d == nil || d.Meta.Published.IsZero() {
		return ""
	}
	return d.Meta.Published.Format("2006-01-02")
}
