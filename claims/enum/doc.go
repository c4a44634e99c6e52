package enum

import (
	"github.com/claimcheck/claimcheck/claims/token"
)

// Doc is one document scanned once for both announced counts and named lists:
// call Scan once per document, then read Announcements and NamedLists.
type Doc struct {
	ann   []Announcement
	named []NamedList
}

// Scan finds the announced counts and the named lists of a document body in one
// pass. It tokenises the text one paragraph at a time into reused buffers, so it
// allocates little more than its results: nothing in either parser looks across
// a blank line except the list readers, which work on bytes and lines.
func Scan(text string) *Doc { return scanDoc(text, true, true) }

// Announcements returns the announced counts of the document (see the
// package-level Announcements). The slice is shared by every call.
func (d *Doc) Announcements() []Announcement { return d.ann }

// NamedLists returns the named lists of the document (see the package-level
// NamedLists). The slice is shared by every call.
func (d *Doc) NamedLists() []NamedList { return d.named }

// scanDoc runs the parsers asked for over text, one block of non-blank lines at
// a time.
func scanDoc(text string, wantAnn, wantNamed bool) *Doc {
	d := &Doc{}
	ls := splitLines(text)
	// One buffer per document, sized to its longest block, serves every block.
	longest := 0
	eachBlock(text, ls, func(a, b int) { longest = max(longest, b-a) })
	toks := make([]token.Token, 0, longest/4+8)
	low := &lowered{off: make([]int32, 0, cap(toks))}
	var arena []byte
	eachBlock(text, ls, func(a, b int) {
		toks = token.Scan(text[a:b], toks[:0])
		for i := range toks {
			toks[i].Start += a
			toks[i].End += a
		}
		arena = low.reset(text, toks, arena)
		if wantAnn {
			d.ann = announce(d.ann, text, ls, toks, low)
		}
		if wantNamed {
			d.named = named(d.named, text, toks, low)
		}
	})
	if wantNamed {
		d.named = append(d.named, headlines(text, ls, d.named)...)
	}
	return d
}

// eachBlock calls f with the byte range of each run of non-blank lines.
func eachBlock(text string, ls []line, f func(a, b int)) {
	for k := 0; k < len(ls); {
		if blank(text, ls[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(ls) && !blank(text, ls[e]) {
			e++
		}
		f(ls[k].a, ls[e-1].b)
		k = e
	}
}
