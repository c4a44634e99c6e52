package attrib

import (
	"cmp"
	"slices"
	"sort"
)

// mentions indexes a list of person mentions by where they start and end, so
// that parsers walking a whole document look a mention up without scanning
// the list. The list is the caller's, sorted by Start as People returns it;
// an unsorted list still works, by linear scans.
type mentions struct {
	ps     []Person
	sorted bool
	maxLen int // the longest mention in bytes, to bound backward searches
	// byEnd holds the indices of ps in order of End, equal Ends in index
	// order, so that a binary search finds the first mention ending at an
	// offset; nil for short lists. One slice, where a map took several
	// allocations a document.
	byEnd []int
}

// linearMentions is the list length up to which a scan beats a map.
const linearMentions = 16

func newMentions(ps []Person) *mentions {
	m := &mentions{ps: ps, sorted: true}
	for i, p := range ps {
		if i > 0 && p.Start < ps[i-1].Start {
			m.sorted = false
		}
		m.maxLen = max(m.maxLen, p.End-p.Start)
	}
	if len(ps) > linearMentions {
		m.byEnd = make([]int, len(ps))
		for i := range m.byEnd {
			m.byEnd[i] = i
		}
		slices.SortStableFunc(m.byEnd, func(a, b int) int { return cmp.Compare(ps[a].End, ps[b].End) })
	}
	return m
}

// startingAt returns the index of the first mention starting at byte off, -1 if none.
func (m *mentions) startingAt(off int) int {
	if !m.sorted {
		for i, p := range m.ps {
			if p.Start == off {
				return i
			}
		}
		return -1
	}
	i := sort.Search(len(m.ps), func(i int) bool { return m.ps[i].Start >= off })
	if i < len(m.ps) && m.ps[i].Start == off {
		return i
	}
	return -1
}

// endingAt returns the index of the first mention ending at byte off whose
// start is at or after minStart, -1 if none.
func (m *mentions) endingAt(off, minStart int) int {
	from := 0
	if m.byEnd != nil {
		k := sort.Search(len(m.byEnd), func(k int) bool { return m.ps[m.byEnd[k]].End >= off })
		if k == len(m.byEnd) || m.ps[m.byEnd[k]].End != off {
			return -1
		}
		from = m.byEnd[k]
	}
	for i := from; i < len(m.ps); i++ {
		p := m.ps[i]
		if p.End == off && p.Start >= minStart {
			return i
		}
		if m.sorted && p.Start >= off {
			break // later mentions start after off, so cannot end there
		}
	}
	return -1
}

// before returns the index one past the last mention that can end at or
// before byte off: every mention from it on starts at or after off.
func (m *mentions) before(off int) int {
	if !m.sorted {
		return len(m.ps)
	}
	return sort.Search(len(m.ps), func(i int) bool { return m.ps[i].Start >= off })
}
