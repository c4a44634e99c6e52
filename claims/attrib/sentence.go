package attrib

// sentence returns the bounds of the sentence holding bytes [from, to): it
// stops at ". ", "! ", "? " and line breaks outside quotes, and not after an
// honorific ("Mr. Yamamoto").
func (c *quoteCtx) sentence(from, to int) (int, int) {
	text := c.s.text
	lo := from
	for lo > 0 {
		ch := text[lo-1]
		if ch == '\n' && !c.inside(lo-1) {
			break
		}
		if (ch == '.' || ch == '!' || ch == '?') && lo < len(text) && isSpaceByte(text[lo]) && !c.inside(lo-1) && !honorificBefore(text, lo-1) {
			break
		}
		lo--
	}
	hi := to
	for hi < len(text) {
		ch := text[hi]
		if ch == '\n' && !c.inside(hi) {
			break
		}
		hi++
		if (ch == '.' || ch == '!' || ch == '?') && (hi == len(text) || isSpaceByte(text[hi])) && !c.inside(hi-1) && !honorificBefore(text, hi-1) {
			break
		}
	}
	return lo, hi
}

// honorificBefore reports whether the dot at i ends "Mr", "Mrs", "Ms", "Dr" or "St".
func honorificBefore(text string, i int) bool {
	for _, h := range [...]string{"Mr", "Mrs", "Ms", "Dr", "St", "Prof"} {
		if i >= len(h) && text[i-len(h):i] == h && (i == len(h) || isSpaceByte(text[i-len(h)-1])) {
			return true
		}
	}
	return false
}

// firstTokenAt returns the index of the first token starting at or after off.
func (s *scanner) firstTokenAt(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// firstTokenFrom is firstTokenAt for a caller that knows every token before
// from starts before off: it looks at the next few tokens before searching
// the rest.
func (s *scanner) firstTokenFrom(off, from int) int {
	for k := from; k < len(s.toks) && k < from+8; k++ {
		if s.toks[k].Start >= off {
			return k
		}
	}
	lo, hi := min(from+8, len(s.toks)), len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
