package attrib

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// maxShortWords is the most words a scare quote or slogan has.
const maxShortWords = 3

// Quotes returns the quotes in text with their speakers when stated nearby.
// Double quotes, curly or straight, are always quotes; single ones only when
// they open and close whole words on one line. The speaker is taken from an
// attribution next to the quote ("…,” X concluded", "said X", "X, who
// famously stated, “…”", "the statement of X - “…”"), else elsewhere in the
// same sentence, else, when the quote is a sentence of its own, from the
// sentence before or after. Pronouns and bare titles ("he", "the PM") are
// resolved to the person they most likely stand for.
//
// Scare quotes ("golden period", 'bonds of friendship') are kept with
// Short set and no Speaker: at most three words and no attribution touching
// the marks.
func Quotes(text string) []Quote {
	d := NewDoc(text)
	qs := d.Quotes()
	d.Release()
	return qs
}

// QuotesWith is Quotes for a text whose people (People(text)) are already
// known, so they are not sought again.
func QuotesWith(text string, people []Person) []Quote {
	d := &Doc{text: text, people: people, found: true}
	qs := d.Quotes()
	d.Release()
	return qs
}

// quotePairs returns the quote marks of text paired, in text order,
// given the offsets of the marks (see markPositions).
func quotePairs(text string, marks []int) []pair {
	doubles := doublePairs(text, marks)
	return append(doubles, singlePairs(text, marks, doubles)...)
}

// quotes finds the quotes of the scanner's text, whose marks pair as pairs.
func (s *scanner) quotes(pairs []pair, people *mentions) []Quote {
	if len(pairs) == 0 {
		return nil
	}
	// No two marks share an offset, so any sort gives this order.
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Compare(a.open, b.open) })
	c := &quoteCtx{s: s, pairs: pairs, people: people.ps, idx: people}
	// The attributions outside quotes, kept in the slice that holds them all.
	atts := s.attributions(0, s.n(), people)
	c.atts = atts[:0]
	for _, a := range atts {
		if !c.inside(a.SpeakerStart) && !c.inside(a.End-1) {
			c.atts = append(c.atts, a)
		}
	}
	c.byStart, c.byEnd = make([]int, len(c.atts)), make([]int, len(c.atts))
	for i := range c.atts {
		c.byStart[i], c.byEnd[i] = i, i
	}
	slices.SortStableFunc(c.byStart, func(a, b int) int { return cmp.Compare(c.atts[a].Start, c.atts[b].Start) })
	slices.SortStableFunc(c.byEnd, func(a, b int) int { return cmp.Compare(c.atts[a].End, c.atts[b].End) })
	out := make([]Quote, 0, len(pairs))
	for _, p := range pairs {
		q, ok := c.quote(p)
		if ok {
			out = append(out, q)
		}
	}
	return out
}

// quoteCtx holds what Quotes computes once per text.
type quoteCtx struct {
	s      *scanner
	pairs  []pair
	people []Person
	idx    *mentions
	atts   []Attribution
	// byStart and byEnd are the indexes of atts in order of Start and of
	// End, for finding the attributions next to a quote by binary search.
	byStart, byEnd []int
}

// inside reports whether byte off lies between the marks of a quote.
// Quotes do not overlap (single quotes are only sought outside double ones),
// so a binary search on the sorted pairs finds the only candidate.
func (c *quoteCtx) inside(off int) bool {
	i := sort.Search(len(c.pairs), func(i int) bool { return c.pairs[i].open > off }) - 1
	return i >= 0 && off >= c.pairs[i].openEnd && off < c.pairs[i].close
}

func (c *quoteCtx) quote(p pair) (Quote, bool) {
	text := c.s.text
	start, end := p.openEnd, p.close
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && (isSpaceByte(text[end-1]) || text[end-1] == ',') {
		end--
	}
	words := 0
	for i := c.s.firstTokenAt(start); i < c.s.n() && c.s.toks[i].Start < end; i++ {
		if c.s.isWord(i) {
			words++
		}
	}
	if words == 0 {
		return Quote{}, false
	}
	q := Quote{Start: start, End: end}
	a, ok := c.adjacent(p)
	switch {
	case ok:
	case words <= maxShortWords:
		q.Short = true
		return q, true
	default:
		a, ok = c.nearby(p)
	}
	if ok {
		q.Speaker, q.SpeakerStart, q.SpeakerEnd = c.resolve(a)
	}
	return q, true
}

// adjacent finds an attribution touching the quote marks: one ending just
// before the opening mark (only punctuation or "that" between) or starting
// just after the closing one, or a "statement of X" before the quote.
func (c *quoteCtx) adjacent(p pair) (Attribution, bool) {
	text := c.s.text
	// The attribution ending nearest before the opening mark, of those
	// within 200 bytes; then the one starting nearest after the closing one.
	k := sort.Search(len(c.byEnd), func(k int) bool { return c.atts[c.byEnd[k]].End > p.open })
	for k--; k >= 0; k-- {
		a := c.atts[c.byEnd[k]]
		if a.End < p.open-200 {
			break
		}
		gap := strings.Trim(text[a.End:p.open], " \t\n,:–—-")
		if gap == "" || gap == "that" || colonLead(text[a.End:p.open]) {
			return a, true
		}
	}
	k = sort.Search(len(c.byStart), func(k int) bool { return c.atts[c.byStart[k]].Start >= p.closeEnd })
	for ; k < len(c.byStart); k++ {
		a := c.atts[c.byStart[k]]
		if a.Start > p.closeEnd+200 {
			break
		}
		if gap := text[p.closeEnd:a.Start]; strings.Trim(gap, " \t\n,.!?”\"’'") == "" && !strings.Contains(gap, "\n\n") {
			return a, true // not across a blank line: "Manufacturers say …" opens the next paragraph
		}
	}
	// "the statement of newly elected Japanese PM Takaichi - “…”".
	// Only mentions starting before the mark, and not so far before it that
	// they could not reach within 200 bytes of it, can qualify.
	for k := c.idx.before(p.open) - 1; k >= 0 && k < len(c.people); k-- {
		pe := c.people[k]
		if c.idx.sorted && pe.Start < p.open-200-c.idx.maxLen {
			break
		}
		if pe.End > p.open || pe.End < p.open-200 || strings.Trim(text[pe.End:p.open], " \t,:–—-") != "" {
			continue
		}
		before := strings.Fields(text[max(0, pe.Start-40):pe.Start])
		if n := len(before); n >= 2 && (before[n-1] == "of" || before[n-1] == "by") && isStatementNoun(foldKey(before[n-2])) {
			return Attribution{Start: pe.Start, End: pe.End, Speaker: text[pe.Start:pe.End],
				SpeakerStart: pe.Start, SpeakerEnd: pe.End}, true
		}
	}
	// "Premier Morimoto repeated her motto: “Build! …”": a statement noun
	// closing the clause before the colon, its sentence's first person the
	// speaker.
	if lead := strings.TrimRight(text[max(0, p.open-120):p.open], " \t"); strings.HasSuffix(lead, ":") {
		ws := strings.Fields(strings.TrimSuffix(lead, ":"))
		if n := len(ws); n > 0 && isStatementNoun(foldKey(strings.Trim(ws[n-1], ",."))) {
			lo, _ := c.sentence(p.open, p.open)
			for k := c.idx.before(p.open) - 1; k >= 0 && k < len(c.people); k-- {
				if pe := c.people[k]; pe.Start >= lo && pe.End <= p.open && (k == 0 || c.people[k-1].Start < lo) {
					return Attribution{Start: pe.Start, End: pe.End, Speaker: text[pe.Start:pe.End],
						SpeakerStart: pe.Start, SpeakerEnd: pe.End}, true
				}
			}
		}
	}
	return Attribution{}, false
}

// colonLead reports the words between a speech verb and a quote that only
// say whom the speaker addressed, closed by a colon: "told journalists at the
// reception: “…”". At most six words, no sentence end and no other quote.
func colonLead(gap string) bool {
	g := strings.TrimRight(gap, " \t")
	if !strings.HasSuffix(g, ":") || strings.ContainsAny(g, ".;!?\"“”\n") {
		return false
	}
	n := len(strings.Fields(strings.TrimSuffix(g, ":")))
	return n > 0 && n <= 6
}

func isStatementNoun(w string) bool {
	switch w {
	case "statement", "words", "remarks", "remark", "message", "call", "slogan", "motto",
		"pledge", "saying", "quote", "phrase", "speech", "appeal", "declaration", "vow":
		return true
	}
	return false
}

// nearby finds an attribution elsewhere in the quote's sentence, or in the
// sentence before or after when the quote stands alone.
func (c *quoteCtx) nearby(p pair) (Attribution, bool) {
	lo, hi := c.sentence(p.open, p.closeEnd)
	best, bestDist := -1, 1<<30
	for i, a := range c.atts {
		if a.Start >= lo && a.End <= hi {
			d := min(abs(a.End-p.open), abs(a.Start-p.closeEnd))
			if d < bestDist {
				best, bestDist = i, d
			}
		}
	}
	if best >= 0 {
		return c.atts[best], true
	}
	if strings.TrimSpace(c.s.text[lo:p.open]) != "" {
		return Attribution{}, false
	}
	k := lo
	for k > 0 && isSpaceByte(c.s.text[k-1]) {
		k--
	}
	plo, _ := c.sentence(max(0, k-1), max(0, k-1))
	for i := len(c.atts) - 1; i >= 0; i-- {
		if a := c.atts[i]; a.Start >= plo && a.End <= lo {
			return a, true
		}
	}
	_, nhi := c.sentence(min(len(c.s.text), hi+1), min(len(c.s.text), hi+1))
	for _, a := range c.atts {
		if a.Start >= hi && a.End <= nhi {
			return a, true
		}
	}
	return Attribution{}, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
