package rank

import (
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// hasCue reports whether toks hold a word that can start a rank phrase: an
// ordinal ("third", "3rd"), a superlative ("largest"), "top", "No"/"number".
// Every rank pattern starts at one of them, and most sentences of a news
// article have none, so Parse skips them before lower-casing anything.
func hasCue(text string, toks []token.Token) bool {
	return firstCue(text, toks) >= 0
}

// firstCue returns the first token that is a cue (see hasCue), -1 when there
// is none or a token before it does not lie inside text. Every token up to
// the cue has been checked to lie inside text.
func firstCue(text string, toks []token.Token) int {
	for i := range toks {
		t := &toks[i]
		start, end := t.Start, t.End
		// As unsigned, a negative offset is out of range too.
		if uint(end) > uint(len(text)) || uint(start) > uint(end) {
			return -1
		}
		switch t.Kind {
		case token.Word:
			// cueEnds rejects almost every word by its length and last
			// letter before cueWord looks at it.
			if n := end - start; n >= 2 && n < 16 && uint32(cueEnds[uint16(text[end-2])|uint16(text[end-1])<<8])&(1<<n) != 0 && cueWord(text[start:end]) {
				return i
			}
		case token.Number:
			// "3rd", "12th": the scanner splits the suffix off as a word.
			if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].End-toks[i+1].Start == 2 && toks[i+1].End <= len(text) {
				if ordinalSuffix(text[toks[i+1].Start:toks[i+1].End]) {
					return i
				}
			}
		}
	}
	return -1
}

// cueEnds holds, for the last two bytes of a word (as a little-endian
// number), the set of lengths a cue ending in them can have: "no" (2), "top"
// (3), "best" (4), "number" (6), and ordinals and superlatives of 5 to 13 letters ending
// in st, nd, rd or th, in either case. Most words of a sentence end in two
// letters no cue ends in and are rejected by one look; cueWord decides the
// rest exactly.
var cueEnds [1 << 16]uint16

// An array, not a pointer to one: firstCue reads it for most words of
// every sentence, and its address is then a constant.
func init() {
	t := &cueEnds
	add := func(end string, lengths uint16) {
		for _, a := range []byte{end[0], end[0] - 'a' + 'A'} {
			for _, b := range []byte{end[1], end[1] - 'a' + 'A'} {
				t[uint16(a)|uint16(b)<<8] |= lengths
			}
		}
	}
	add("no", 1<<2)
	add("op", 1<<3)
	add("er", 1<<6)
	for _, end := range []string{"st", "nd", "rd", "th"} {
		add(end, lengths5to13)
	}
	add("st", 1<<4) // "best"
}

// lengths5to13 is the set of lengths 5 to 13 as bits.
const lengths5to13 = 1<<14 - 1<<5

// cueWord reports whether w (any case) is a rank cue. Every cue is "no",
// "top", "best", "number" or a word of five letters or more ending in st, nd, rd or th
// (the ordinals and the superlatives), so length and the
// last two letters reject almost every word before any lookup: hasCue runs it
// on every word of every sentence.
func cueWord(w string) bool {
	n := len(w)
	switch {
	case n == 2:
		return w[0]|0x20 == 'n' && w[1]|0x20 == 'o'
	case n == 3:
		return w[0]|0x20 == 't' && w[1]|0x20 == 'o' && w[2]|0x20 == 'p'
	case n == 4:
		return foldIs(w, "best") // "the best-selling label"
	case n < 5 || n > 13:
		return false
	}
	a, b := w[n-2]|0x20, w[n-1]|0x20
	switch {
	case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
	case a == 'e' && b == 'r' && n == 6:
		return foldIs(w, "number")
	default:
		return false
	}
	var buf [13]byte
	for i := 0; i < n; i++ {
		c := w[i]
		if c >= 0x80 {
			return false // no cue is non-ASCII
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:n]) {
	case "largest", "biggest", "greatest", "highest":
		return true
	}
	if otherSuperlative(string(buf[:n])) {
		return true // "the busiest airport"
	}
	_, ok := numword.Ordinal(w)
	return ok
}

// foldIs reports whether w equals the lower-case ASCII word lw with ASCII
// capitals folded.
func foldIs(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

// ordinalSuffix reports st, nd, rd or th in any case.
func ordinalSuffix(s string) bool {
	if len(s) != 2 {
		return false
	}
	a, b := s[0]|0x20, s[1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}
