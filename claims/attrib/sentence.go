package attrib

import (
	"encoding/binary"
	"unsafe"
)

// sentence returns the bounds of the sentence holding bytes [from, to): it
// stops at ". ", "! ", "? " and line breaks outside quotes, and not after an
// honorific ("Mr. Yamamoto").
func (c *quoteCtx) sentence(from, to int) (int, int) {
	text := c.s.text
	lo := from
	for lo > 0 {
		lo = skipBackToStop(text, lo)
		if lo == 0 {
			break
		}
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
		if hi = skipToStop(text, hi); hi == len(text) {
			break
		}
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

// skipToStop returns the first index from i on whose byte may end a
// sentence ('\n', '.', '!' or '?'), len(text) if none: sentence looks at
// those bytes only, and skips the others here eight at a time.
func skipToStop(text string, i int) int {
	for i+8 <= len(text) && mayStop(load64(text, i)) == 0 {
		i += 8
	}
	for i < len(text) && !isStopByte(text[i]) {
		i++
	}
	return i
}

// skipBackToStop is skipToStop backwards: it returns the greatest j <= i
// that is 0 or follows a byte that may end a sentence.
func skipBackToStop(text string, i int) int {
	for i >= 8 && mayStop(load64(text, i-8)) == 0 {
		i -= 8
	}
	for i > 0 && !isStopByte(text[i-1]) {
		i--
	}
	return i
}

func isStopByte(c byte) bool { return c == '\n' || c == '.' || c == '!' || c == '?' }

// mayStop returns the eight bytes x with the high bit set in every byte
// that is a stop byte (see isStopByte), and perhaps in bytes after one, 0
// when none is: a byte of x is zero after the xor with a byte repeated
// exactly when it is that byte, and (v-ones)&^v&high finds a zero byte.
func mayStop(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	n, d, e, q := x^('\n'*ones), x^('.'*ones), x^('!'*ones), x^('?'*ones)
	return ((n-ones)&^n | (d-ones)&^d | (e-ones)&^e | (q-ones)&^q) & high
}

// load64 returns the eight bytes of s at i as a number, the first in the
// low byte.
func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:i+8]), 8))
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
func (s *scanner) firstTokenAt(off int) int { return s.firstTokenFrom(off, 0) }

// firstTokenFrom is firstTokenAt for a caller that knows every token before
// from starts before off. The token sought is mostly a sentence's length
// on, so it gallops from from, doubling its steps, before a binary search.
func (s *scanner) firstTokenFrom(off, from int) int {
	lo, hi, step := from, from, 1
	for hi < len(s.toks) && s.toks[hi].Start < off {
		lo, hi, step = hi+1, hi+step, step*2
	}
	hi = min(hi, len(s.toks))
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

// firstVerbFrom returns the index in s.verbs of the first verb token
// starting at or after off, len(s.verbs) if none, for a caller that knows
// every verb before index from starts before off; it gallops as
// firstTokenFrom does.
func (s *scanner) firstVerbFrom(off, from int) int {
	lo, hi, step := from, from, 1
	for hi < len(s.verbs) && s.toks[s.verbs[hi]].Start < off {
		lo, hi, step = hi+1, hi+step, step*2
	}
	hi = min(hi, len(s.verbs))
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[s.verbs[m]].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
