package enum

import (
	"sync"

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
// a time, skipping the blocks that cannot hold a result (see candidate).
func scanDoc(text string, wantAnn, wantNamed bool) *Doc {
	return scanBlocks(text, wantAnn, wantNamed, func(ls []line, k, e int) bool {
		return candidateIn(text, ls[k].a, ls[e-1].b, wantAnn, wantNamed, func() bool { return mayList(text, ls, k, e) })
	})
}

// scanBlocks is scanDoc with the filter of blocks given: the tests run it
// unfiltered to prove that candidate skips nothing that yields a result. keep
// gets the block as its lines [k, e) of ls.
func scanBlocks(text string, wantAnn, wantNamed bool, keep func(ls []line, k, e int) bool) *Doc {
	d := &Doc{}
	sc := scratches.Get().(*scratch)
	defer sc.release()
	sc.ls = appendLines(sc.ls[:0], text)
	ls := sc.ls
	// The buffers grow to the longest candidate block and serve every block.
	toks := sc.toks[:0]
	low := &sc.low
	eachBlock(text, ls, func(k, e int) {
		if !keep(ls, k, e) {
			return
		}
		a, b := ls[k].a, ls[e-1].b
		if n := (b-a)/3 + 16; cap(toks) < n {
			// More than the tokens of most blocks of this size: one buffer
			// for the document, not one per doubling.
			toks = make([]token.Token, 0, n)
		}
		toks = token.Scan(text[a:b], toks[:0])
		for i := range toks {
			toks[i].Start += a
			toks[i].End += a
		}
		low.reset(text, toks)
		if wantAnn {
			d.ann = announce(d.ann, text, ls, toks, low)
		}
		if wantNamed {
			d.named = named(d.named, text, toks, low)
		}
	})
	sc.toks = toks
	if wantNamed {
		d.named = append(d.named, headlines(text, ls, d.named)...)
	}
	return d
}

// scratch holds the buffers of one scan: the lines of the document, the
// tokens of a block and their lower-case marks. Scans take them from
// scratches and give them back, so that a document reuses the buffers of
// the ones before it rather than allocating its own.
type scratch struct {
	ls   []line
	toks []token.Token
	low  lowered
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxKept bounds the lines or tokens a scratch keeps for the next scan: the
// buffers of an unusually long document are left to the collector.
const maxKept = 1 << 16

// release drops what sc holds of the document and gives it back.
func (sc *scratch) release() {
	sc.low.text, sc.low.toks, sc.low.fold = "", nil, ""
	if sc.low.sb.Len() > maxKept {
		// The builder only appends, so what it holds is never overwritten:
		// the next scans go on writing after it until it has grown large.
		sc.low.sb.Reset()
	}
	if cap(sc.ls) > maxKept || cap(sc.toks) > maxKept {
		return
	}
	scratches.Put(sc)
}

// eachBlock calls f with the lines [k, e) of each run of non-blank lines.
func eachBlock(text string, ls []line, f func(k, e int)) {
	for k := 0; k < len(ls); {
		if blank(text, ls[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(ls) && !blank(text, ls[e]) {
			e++
		}
		f(k, e)
		k = e
	}
}
