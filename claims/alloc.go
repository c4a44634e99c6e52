package claims

import (
	"cmp"

	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
)

// slab hands out values from shared backing arrays. The facts of a document
// and their payloads are made together and kept together, so one allocation
// can serve many of them instead of one each.
type slab[T any] struct {
	free []T
	n    int // length of each backing array: the number of values when known, else 0 for 16
}

// new returns a pointer to a fresh copy of v.
func (s *slab[T]) new(v T) *T {
	if len(s.free) == 0 {
		// Small arrays: a document's last one is partly unused.
		s.free = make([]T, cmp.Or(s.n, 16))
	}
	p := &s.free[0]
	*p = v
	s.free = s.free[1:]
	return p
}

// factMem holds the slabs of one document's sentence facts.
type factMem struct {
	facts      slab[Fact]
	quantities slab[quantity.Quantity]
	dates      slab[dates.Date]
	ranks      slab[rank.Rank]
}
