package attrib

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Doc is a document read once for People, Quotes and Attributions: the text
// is tokenised and folded once and its people found once, where calling the
// three functions separately would redo both for each call (Quotes needs the
// people, and every sentence's Attributions re-reads its mentions).
//
// A Doc is not safe for concurrent use; its results are the same as those of
// the functions of the same names, up to sentence-crossing cases noted on
// Attributions.
type Doc struct {
	text   string
	s      *scanner
	people []Person
	found  bool // people holds People(text)
	idx    *mentions
	next   int // the token after the sentence Attributions last read
	verb   int // the first verb of that sentence or after it, in s.verbs
	// slab holds what Attributions returned, in the order returned, with
	// room after it for more: one allocation serves many sentences.
	slab []Attribution
}

// NewDoc returns a Doc for text. The work is done lazily, on first use.
// Call Release when done with the Doc's tokens, so that later Docs reuse
// their memory.
func NewDoc(text string) *Doc { return &Doc{text: text} }

// Release hands the memory of the Doc's tokens on to later Docs: the slice
// Tokens returned must not be used after it. What People, Quotes,
// Attributions and Lowered returned stays valid, and a Doc used again
// scans its text again. Not calling Release is safe too, only slower.
func (d *Doc) Release() {
	if d.s != nil {
		d.s.release()
		d.s = nil
	}
	d.next, d.verb = 0, 0
}

func (d *Doc) scanner() *scanner {
	if d.s == nil {
		d.s = newScanner(d.text)
	}
	return d.s
}

func (d *Doc) mentions() *mentions {
	if !d.found {
		d.people = d.scanner().people()
		d.found = true
	}
	if d.idx == nil {
		d.idx = newMentions(d.people)
	}
	return d.idx
}

// Tokens returns token.Scan(text), scanned once for the document and shared:
// callers must not modify the slice.
func (d *Doc) Tokens() []token.Token { return d.scanner().toks }

// Lowered returns the text with ASCII upper-case letters lowered and every
// other byte kept, so offsets into the text are offsets into it.
func (d *Doc) Lowered() string { return d.scanner().lower }

// People returns People(text), computed once. The slice is shared by later
// calls: callers must not modify it.
func (d *Doc) People() []Person { return d.mentions().ps }

// Quotes returns Quotes(text), reusing the document's people. A text
// without quote marks costs neither tokens nor people.
func (d *Doc) Quotes() []Quote {
	var marks []int
	if d.s != nil {
		marks = d.s.marks // found by the scan the people needed
	} else {
		marks = markPositions(d.text)
	}
	pairs := quotePairs(d.text, marks)
	if len(pairs) == 0 {
		return nil
	}
	return d.scanner().quotes(pairs, d.mentions())
}

// Attributions returns the attributions of the sentence text[start:end], with
// spans relative to start, as Attributions(text[start:end]) would. The
// sentence's tokens and mentions are the document's: a bare name the
// document introduced elsewhere ("Chinh said") counts as a person, and a
// mention or word running across start or end is not part of the sentence.
func (d *Doc) Attributions(start, end int) []Attribution {
	start, end = max(start, 0), min(end, len(d.text))
	if start >= end {
		return nil
	}
	s := d.scanner()
	// The sentence's tokens are those starting at or after start and
	// ending at or before end. Most sentences hold no verb among them,
	// which the verbs alone tell. Callers walk the sentences in order, so
	// the searches start where the previous sentence's did.
	v := d.verb
	if v > len(s.verbs) || v > 0 && s.toks[s.verbs[v-1]].Start >= start {
		v = 0
	}
	v = s.firstVerbFrom(start, v)
	d.verb = v
	if v == len(s.verbs) || s.toks[s.verbs[v]].End > end {
		return nil
	}
	from := d.next
	if from > len(s.toks) || from > 0 && s.toks[from-1].Start >= start {
		from = 0
	}
	lo := s.firstTokenFrom(start, from)
	hi := s.firstTokenFrom(end, lo)
	d.next = hi
	for hi > lo && s.toks[hi-1].End > end {
		hi--
	}
	if lo >= hi {
		return nil
	}
	// A verb gives one attribution at most, and the sentence's verbs
	// are those from v on that start before end.
	n := 0
	for k := v; k < len(s.verbs) && s.toks[s.verbs[k]].Start < end; k++ {
		n++
	}
	if cap(d.slab)-len(d.slab) < n {
		// Room for the verbs from here to the end: callers walking the
		// sentences in order need no other.
		d.slab = make([]Attribution, 0, len(s.verbs)-v)
	}
	at := len(d.slab)
	as := s.attributionsTo(d.slab[at:at:at+n], lo, hi, d.mentions())
	if len(as) == 0 {
		return nil // as attributions gives for a sentence without any
	}
	d.slab = d.slab[:at+len(as)]
	as = as[:len(as):len(as)]
	for i := range as {
		as[i].Start -= start
		as[i].End -= start
		as[i].SpeakerStart -= start
		as[i].SpeakerEnd -= start
	}
	return as
}

// people returns the person mentions of the scanner's text (see People).
func (s *scanner) people() []Person {
	// The titled mentions gather in the scan buffer's scratch, reused
	// from text to text: the list returned is allocated once, at its size.
	var out []Person
	if s.buf != nil {
		out = s.buf.people[:0]
	}
	for i := 0; i < len(s.flags); {
		// mention fails at every token without fMention: see scanner.scan.
		if i = nextFlagged(s.flags, i, fMention); i == len(s.flags) {
			break
		}
		if p, next, ok := s.mention(i); ok {
			out = append(out, p)
			i = next
			continue
		}
		i++
	}
	if s.buf != nil {
		s.buf.people = out[:0]
	}
	if len(out) == 0 {
		return nil // no names to repeat or link
	}
	// Both passes split the names into parts; each name is split once.
	names := &nameGroups{of: make(map[string]int, len(out))}
	ps := s.bareMentions(out, names)
	if len(ps) == len(out) {
		ps = slices.Clone(out) // no bare mention, so no merged list
	}
	// The scratch keeps no strings of this text alive.
	clear(out)
	s.linkFullNames(ps, names)
	return ps
}
