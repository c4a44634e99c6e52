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
	for i, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start > t.End {
			return false
		}
		switch t.Kind {
		case token.Number:
			// "3rd", "12th": the scanner splits the suffix off as a word.
			if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].End-toks[i+1].Start == 2 && toks[i+1].End <= len(text) {
				if ordinalSuffix(text[toks[i+1].Start:toks[i+1].End]) {
					return true
				}
			}
		case token.Word:
			if cueWord(text[t.Start:t.End]) {
				return true
			}
		}
	}
	return false
}

// cueWord reports whether w (any case) is a rank cue. It rejects by length and
// ending before any lookup: every ordinal word ends in st, nd, rd or th.
func cueWord(w string) bool {
	n := len(w)
	if n < 2 || n > 13 {
		return false
	}
	// Every cue ends in one of these pairs: top, no, number, -st, -nd, -rd, -th.
	switch uint16(w[n-2]|0x20)<<8 | uint16(w[n-1]|0x20) {
	case 'o'<<8 | 'p', 'n'<<8 | 'o', 'e'<<8 | 'r', 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
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
	lw := buf[:n]
	switch string(lw) {
	case "top", "no", "number", "largest", "biggest", "greatest", "highest":
		return true
	}
	if n < 5 || !ordinalSuffix(string(lw[n-2:])) {
		return false // "first" is the shortest ordinal word
	}
	_, ok := numword.Ordinal(w)
	return ok
}

// ordinalSuffix reports st, nd, rd or th in any case.
func ordinalSuffix(s string) bool {
	if len(s) != 2 {
		return false
	}
	switch string([]byte{s[0] | 0x20, s[1] | 0x20}) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
