package attrib

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"unicode/utf8"
)

// bareMentions adds mentions without title: runs of capitalised words that
// repeat a name, or a part of a name, already found after a title or
// honorific ("Chinh" after "Prime Minister Pham Minh Chinh"). The run must be
// whole, so "Van" inside "Song Van" is not a mention of "Ngo Le Van".
// It adds a group to names for each name of found.
func (s *scanner) bareMentions(found []Person, names *nameGroups) []Person {
	if len(found) == 0 {
		return found
	}
	// The distinct names, in order of first mention, and every part of them,
	// to reject most capitalised runs with one look-up.
	// A document names a few dozen parts: a list serves, behind the filter.
	var known []string
	var filter partFilter
	for _, p := range found {
		if _, seen := names.of[p.Name]; seen {
			continue
		}
		for _, w := range names.add(s, p).parts {
			if !slices.Contains(known, w) {
				known = append(known, w)
			}
			filter.add(w)
		}
	}
	titled := names.groups // the groups of found's names only
	// found is in text order and tokens are visited in order, so one cursor
	// walks the mentions.
	f := 0
	covered := func(start int) bool {
		for f < len(found) && found[f].End <= start {
			f++
		}
		return f < len(found) && start >= found[f].Start
	}
	var extra []Person
	var parts []string
	for i := 0; i < len(s.flags); {
		if i = s.nextMaybePart(i, &filter); i == len(s.flags) {
			break // most words are not capitalised, most others no name part
		}
		// covered first: the words the filter lets by are mostly the
		// names of the titled mentions themselves, which it rejects by a
		// step of its cursor, where the part look-up and notName cost far
		// more. The cursor only moves forward, and i only grows.
		if covered(s.toks[i].Start) || !s.knownPart(i, &filter, known) || (s.isCap(i-1) && s.gap(i) == " " && !notName(s.fold(i-1))) {
			i++
			continue
		}
		ns, ne := s.name(i)
		if ne == ns || s.isCap(ne) && s.gap(ne) == " " {
			i++
			continue
		}
		parts = s.nameParts(ns, ne, parts[:0])
		for _, g := range titled {
			if at := indexParts(g.parts, parts); at >= 0 && !ambiguousPart(g.parts, parts, at) {
				extra = append(extra, Person{
					Start: s.toks[ns].Start, End: s.toks[ne-1].End,
					NameStart: s.toks[ns].Start, Name: s.span(ns, ne),
				})
				break
			}
		}
		i = ne
	}
	if len(extra) == 0 {
		return found
	}
	return mergeByStart(found, extra)
}

// partFilter holds the length with the first byte, and the length with
// the last byte, of every name part of a document's people, one bit each,
// so that most capitalised words are found not to be a name part without
// hashing them for the map.
type partFilter struct{ first, last [16]uint32 }

func (f *partFilter) add(w string) {
	if len(w) > 0 {
		f.first[len(w)&15] |= 1 << (w[0] & 31)
		f.last[len(w)&15] |= 1 << (w[len(w)-1] & 31)
	}
}

// mayHave reports whether w may be a part added to f: false only when no
// part has w's length (modulo 16) and first byte (modulo 32), or none has
// its length and last byte.
func (f *partFilter) mayHave(w string) bool {
	return len(w) > 0 && f.first[len(w)&15]&(1<<(w[0]&31)) != 0 && f.last[len(w)&15]&(1<<(w[len(w)-1]&31)) != 0
}

// nextMaybePart returns the first capitalised token from i on whose first
// name part filter may hold, len(s.flags) if none: the tokens it passes
// over are those knownPart rejects by the filter, found here without the
// call and the slicing for each capitalised word.
func (s *scanner) nextMaybePart(i int, filter *partFilter) int {
	flags, toks, lower := s.flags, s.toks[:len(s.flags)], s.lower
	// maybe tests the ASCII word k: its part is its lowered text, or its
	// first letter for "U.S." (see knownPart).
	maybe := func(k int) bool {
		t := toks[k]
		n := t.End - t.Start
		if n > 1 && lower[t.Start+1] == '.' {
			n = 1
		}
		f, l := lower[t.Start], lower[t.Start+n-1]
		return filter.first[n&15]&(1<<(f&31)) != 0 && filter.last[n&15]&(1<<(l&31)) != 0
	}
	// Eight tokens' flags at a time, visiting their capitals in order.
	const ones = 0x0101010101010101
	for ; i+8 <= len(flags); i += 8 {
		x := binary.LittleEndian.Uint64(flags[i:])
		for caps := x & (uint64(fCap) * ones); caps != 0; caps &= caps - 1 {
			k := i + bits.TrailingZeros64(caps)/8
			if flags[k]&fWide != 0 || maybe(k) {
				return k // a wide token's fold is knownPart's to read
			}
		}
	}
	for ; i < len(flags); i++ {
		if flags[i]&fCap != 0 && (flags[i]&fWide != 0 || maybe(i)) {
			return i
		}
	}
	return i
}

// knownPart reports whether the first name part of token i is in known,
// whose parts filter holds.
func (s *scanner) knownPart(i int, filter *partFilter, known []string) bool {
	var w string
	if s.flags[i]&fWide == 0 {
		// An ASCII word holds no comma, and a dot only as the second
		// byte of an abbreviation ("U.S."): firstPart without a loop.
		t := s.toks[i]
		w = s.lower[t.Start:t.End]
		if len(w) > 1 && w[1] == '.' {
			w = w[:1]
		}
	} else {
		w = firstPart(s.fold(i))
	}
	return filter.mayHave(w) && slices.Contains(known, w)
}

// firstPart returns the first name part of a folded word: "u" of "u.s.".
func firstPart(w string) string {
	for k := 0; k < len(w); k++ {
		if w[k] == '.' || w[k] == ',' {
			return w[:k]
		}
	}
	return w
}

// nameParts appends the name parts of tokens [i, j) to buf: nameParts of
// their text, read from the folded tokens.
func (s *scanner) nameParts(i, j int, buf []string) []string {
	for m := i; m < j; m++ {
		if !s.isWord(m) {
			continue
		}
		buf = appendSplit(buf, s.fold(m))
	}
	return buf
}

// appendSplit appends to buf the non-empty fields of w between dots and
// commas, as strings.FieldsFunc would find them, without a slice of its
// own.
func appendSplit(buf []string, w string) []string {
	start := 0
	for k := 0; k <= len(w); k++ {
		if k == len(w) || w[k] == '.' || w[k] == ',' {
			if k > start {
				buf = append(buf, w[start:k])
			}
			start = k + 1
		}
	}
	return buf
}

// personParts returns nameParts(p.Name) for a mention p of the scanner's
// text. An ASCII name's fold is its lower-cased text, which s.lower holds
// at the name's offsets, so it is split there without a copy, appending
// to buf: the parts are buf's new end, capped.
func (s *scanner) personParts(p Person, buf *[]string) []string {
	lo, hi := p.NameStart, p.NameStart+len(p.Name)
	if lo < 0 || hi > len(s.text) || s.text[lo:hi] != p.Name {
		return nameParts(p.Name)
	}
	for k := 0; k < len(p.Name); k++ {
		if p.Name[k] >= utf8.RuneSelf {
			return nameParts(p.Name)
		}
	}
	at := len(*buf)
	*buf = appendASCIIParts(*buf, s.lower[lo:hi])
	return (*buf)[at:len(*buf):len(*buf)]
}

// splitASCIIParts is nameParts' split of an ASCII fold: at ASCII spaces,
// hyphens, dots and commas.
func splitASCIIParts(f string) []string { return appendASCIIParts(nil, f) }

// appendASCIIParts appends splitASCIIParts(f) to buf.
func appendASCIIParts(buf []string, f string) []string {
	sep := func(c byte) bool {
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r', '-', '.', ',':
			return true
		}
		return false
	}
	for k := 0; k < len(f); {
		if sep(f[k]) {
			k++
			continue
		}
		e := k
		for e < len(f) && !sep(f[e]) {
			e++
		}
		buf = append(buf, f[k:e])
		k = e
	}
	return buf
}

// mergeByStart merges two lists of mentions sorted by Start; on equal starts
// those of a come first, as a stable sort of a followed by b would order them.
func mergeByStart(a, b []Person) []Person {
	out := make([]Person, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].Start < a[0].Start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// nameGroups holds the distinct names of a document's mentions, each with
// its parts and the mentions that bear it: bare mentions read the parts of
// the titled names, and linkFullNames groups every mention by its name.
type nameGroups struct {
	of     map[string]int // a name's index in groups
	groups []nameGroup
	parts  []string // holds the groups' parts: one array for many names
}

type nameGroup struct {
	parts []string // personParts of the name
	at    []int    // indices into the mention list, ascending
}

// add makes a group for the name of mention p, which has none yet.
func (n *nameGroups) add(s *scanner, p Person) *nameGroup {
	n.of[p.Name] = len(n.groups)
	n.groups = append(n.groups, nameGroup{parts: s.personParts(p, &n.parts)})
	return &n.groups[len(n.groups)-1]
}

// linkFullNames sets FullName on each mention whose name is a proper part of a
// longer name in the list, preferring the nearest earlier mention. names
// holds the groups of the names bareMentions saw; the order of the groups
// does not matter.
func (s *scanner) linkFullNames(ps []Person, names *nameGroups) {
	// Mentions are many, distinct names few: group mentions by name, so each
	// short name is matched against each distinct longer name once, and the
	// nearest mention of a match is found by binary search.
	// of holds each mention's group, at the groups' mentions: one array.
	ofAt := make([]int, 2*len(ps))
	of, at := ofAt[:len(ps):len(ps)], ofAt[len(ps):]
	for i := range ps {
		g, ok := names.of[ps[i].Name]
		if !ok {
			g = len(names.groups)
			names.add(s, ps[i])
		}
		of[i] = g
	}
	// Each group's mentions, in one array: appending to each group's own
	// slice grew one slice a mention.
	count := make([]int, len(names.groups)+1)
	for _, g := range of {
		count[g+1]++
	}
	for g := range names.groups {
		count[g+1] += count[g]
	}
	for g := range names.groups {
		names.groups[g].at = at[count[g]:count[g]:count[g+1]]
	}
	for i, g := range of {
		names.groups[g].at = append(names.groups[g].at, i)
	}
	groups := names.groups
	// Per group, the groups whose names contain it: group a's are
	// longer[ends[a-1]:ends[a]], one array for all instead of a slice each.
	var longer []int
	ends := make([]int, len(groups))
	for a := range groups {
		for b := range groups {
			if len(groups[b].parts) > len(groups[a].parts) && indexParts(groups[b].parts, groups[a].parts) >= 0 {
				longer = append(longer, b)
			}
		}
		ends[a] = len(longer)
	}
	for i := range ps {
		before, after := -1, -1 // the nearest full mention before i, the first after it
		from := 0
		if of[i] > 0 {
			from = ends[of[i]-1]
		}
		for _, b := range longer[from:ends[of[i]]] {
			at := groups[b].at
			k := sort.SearchInts(at, i)
			if k > 0 && at[k-1] > before {
				before = at[k-1]
			}
			if k < len(at) && at[k] == i {
				k++
			}
			if k < len(at) && (after < 0 || at[k] < after) {
				after = at[k]
			}
		}
		// A body's name is no person's full name: "Rice exporters …" and the
		// "Hau Giang Rice Cooperative".
		switch {
		case before >= 0 && !NamesBody(ps[before].Name):
			ps[i].FullName = ps[before].Name
		case after >= 0 && !NamesBody(ps[after].Name):
			ps[i].FullName = ps[after].Name
		}
	}
}

// ambiguousPart reports whether a one-word bare mention is too likely to be an
// ordinary word: an English function word that is also a name part ("To" of
// "To Lam" in "To date"), or the family name of a Vietnamese name, which news
// does not use alone.
func ambiguousPart(name, parts []string, at int) bool {
	if len(parts) != 1 {
		return false
	}
	switch parts[0] {
	case "to", "do", "ho", "an", "la", "le", "ma", "may", "will", "long", "young", "king",
		"can", "son", "hope", "rich", "bush", "green", "brown", "white", "black", "park":
		return true
	}
	return at == 0 && len(name) >= 2 && isVietFamily(parts[0])
}
