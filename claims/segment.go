package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true, "nos": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "lt": true, "col": true, "capt": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "vs": true, "etc": true, "approx": true, "est": true, "fig": true,
	"jr": true, "sr": true, "u.s": true, "u.k": true, "e.g": true, "i.e": true,
}

// Sentences splits text into sentence spans. A sentence ends at ".", "!" or "?"
// (after closing quotes and brackets) before a space and a capital, digit or quote;
// at a blank line; and at a line break unless the line runs on into a lowercase
// continuation. Abbreviations ("Mr.", "U.S.", "No.") and initials do not end
// sentences. Spans exclude surrounding space.
func Sentences(text string) []Span {
	out := make([]Span, 0, len(text)/120+1) // news sentences run about 150 bytes: one allocation for most texts
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	enders := enderFinder{text: text, next: [4]int{-1, -1, -1, -1}}
	for i := 0; i < len(text); i++ {
		if i = enders.from(i); i == len(text) {
			break
		}
		c := text[i]
		switch c {
		case '\n':
			if lineBreakEnds(text, start, i) {
				emit(i + 1)
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && isCloser(text, j) {
				_, n := utf8.DecodeRuneInString(text[j:])
				j += n
			}
			if j < len(text) && text[j] != ' ' && text[j] != '\t' {
				continue // "3.5", "U.S.A", "!”-" inside a word
			}
			if c == '.' && (isAbbreviation(text, start, i) || isListMarker(text, start, i)) {
				continue
			}
			if !startsSentence(text, j) {
				continue
			}
			emit(j)
			i = j - 1
		}
	}
	emit(len(text))
	return out
}

// enderFinder finds the bytes Sentences stops at. Most bytes cannot end a
// sentence, so it skips them with strings.IndexByte (vectorised), once per
// kind of byte, remembering where each kind occurs next.
type enderFinder struct {
	text string
	next [4]int // offsets of the next of each of enderBytes, len(text) for none, -1 before the first search
}

var enderBytes = [4]byte{'.', '\n', '!', '?'}

// from returns the offset of the first ender at or after i, or len(text); i
// must not decrease from one call to the next.
func (f *enderFinder) from(i int) int {
	first := len(f.text)
	for k, c := range enderBytes {
		if f.next[k] < i {
			f.next[k] = len(f.text)
			if j := strings.IndexByte(f.text[i:], c); j >= 0 {
				f.next[k] = i + j
			}
		}
		first = min(first, f.next[k])
	}
	return first
}

// lineBreakEnds decides whether the newline at i ends the sentence begun at start.
func lineBreakEnds(text string, start, i int) bool {
	// strings.TrimRight(text[start:i], " \t\r") and strings.TrimLeft(text[i+1:],
	// " \t") as byte loops: this runs at every line break.
	p := i
	for p > start && (text[p-1] == ' ' || text[p-1] == '\t' || text[p-1] == '\r') {
		p--
	}
	prev := text[start:p]
	if prev == "" {
		return true
	}
	n := i + 1
	for n < len(text) && (text[n] == ' ' || text[n] == '\t') {
		n++
	}
	next := text[n:]
	if next == "" || next[0] == '\n' || next[0] == '\r' {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	// A hard-wrapped paragraph: the line stops mid-phrase and the next goes on in lowercase.
	runsOn := unicode.IsLower(first) && (unicode.IsLetter(last) || last == ',' || unicode.IsDigit(last))
	return !runsOn
}

func isCloser(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

// startsSentence reports whether what follows position j can begin a sentence.
func startsSentence(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '\n' || r == '\r' || r == '-' || r == '–'
}

// isAbbreviation reports whether the dot at i ends an abbreviation or an initial.
func isAbbreviation(text string, start, i int) bool {
	j := i
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	w := strings.ToLower(text[j:i])
	if w == "" {
		return false
	}
	if abbreviations[w] {
		return true
	}
	if token.TitleAbbrev(w) && text[j] >= 'A' && text[j] <= 'Z' {
		return true // "Engr. Chinwe Okafor", "Arc. Tunde Balogun": a capitalised title
	}
	// A single capital letter is an initial ("John F. Kennedy"), not a unit
	// glued to its number ("the water was at 23.4C. Of the 58 women …").
	r, n := utf8.DecodeRuneInString(text[j:i])
	return n == i-j && unicode.IsUpper(r) && !(j > start && text[j-1] >= '0' && text[j-1] <= '9')
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			// An ASCII byte, the most common case: no decoding needed.
			if !asciiSpace(c) {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// isListMarker reports whether the dot at i ends a list marker at the start of the
// sentence ("1. Trade Expansion", "a. …").
func isListMarker(text string, start, i int) bool {
	m := strings.TrimSpace(text[start:i])
	if m == "" || len(m) > 3 {
		return false
	}
	for j := 0; j < len(m); j++ {
		if m[j] < '0' || m[j] > '9' {
			return len(m) == 1 && m[0] >= 'a' && m[0] <= 'z'
		}
	}
	return true
}
