package attrib

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// refEndingAt is mentions.endingAt as it was, with a map from End to the
// first mention ending there.
func refEndingAt(ps []Person, off, minStart int) int {
	m := newMentions(ps)
	from := 0
	if len(ps) > linearMentions {
		byEnd := map[int]int{}
		for i := len(ps) - 1; i >= 0; i-- {
			byEnd[ps[i].End] = i
		}
		i, ok := byEnd[off]
		if !ok {
			return -1
		}
		from = i
	}
	for i := from; i < len(ps); i++ {
		p := ps[i]
		if p.End == off && p.Start >= minStart {
			return i
		}
		if m.sorted && p.Start >= off {
			break
		}
	}
	return -1
}

// TestEndingAtReference holds endingAt's binary search to the map it
// replaced, on lists short and long, sorted and not, with shared ends,
// empty and reversed spans.
func TestEndingAtReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		ps := make([]Person, rng.IntN(2*linearMentions+8))
		for i := range ps {
			ps[i].Start = rng.IntN(60)
			ps[i].End = ps[i].Start + rng.IntN(12) - 1
		}
		if rng.IntN(4) > 0 {
			slices.SortFunc(ps, func(a, b Person) int { return a.Start - b.Start })
		}
		m := newMentions(ps)
		for off := -2; off < 75; off++ {
			for _, minStart := range []int{0, off - 8, off - 3, off + 1} {
				if got, want := m.endingAt(off, minStart), refEndingAt(ps, off, minStart); got != want {
					t.Fatalf("endingAt(%d, %d) = %d, want %d in %+v", off, minStart, got, want, ps)
				}
			}
		}
	}
}
