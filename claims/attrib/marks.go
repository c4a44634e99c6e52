package attrib

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// maxQuoteBytes bounds a double-quoted remark; an unmatched mark further away
// is a stray, not an opening.
const maxQuoteBytes = 4000

// maxSingleBytes bounds a single-quoted remark, which must also sit on one line.
const maxSingleBytes = 300

// pair is a quote: open and close are the byte offsets of the marks.
type pair struct{ open, openEnd, close, closeEnd int }

// markPositions returns where text may hold a quote mark: every '"' and
// '\” byte and every “ ” « » ‘ ’, in text order. The pairing reads no
// other mark (line breaks it finds in the text between two marks), so
// scanner.marks, which leaves out the apostrophes inside ASCII words (a
// letter on either side: neither an opening nor a closing), gives the same
// pairs.
func markPositions(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		if i = nextMarkByte(text, i); i == len(text) {
			break // most bytes: no mark
		}
		if c := text[i]; c < utf8.RuneSelf {
			if c != '\n' { // nextMarkByte stops at line breaks too
				out = append(out, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isQuoteRune(r) {
			out = append(out, i)
		}
		i += n
	}
	return out
}

// isQuoteRune reports the non-ASCII quote marks the pairing reads.
func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '«', '»', '‘', '’':
		return true
	}
	return false
}

// doublePairs pairs curly and straight double quotes among the marks at
// the offsets marks (see markPositions). Either closing mark closes either
// opening one, since news mixes them (“... procedures", said). A blank line
// drops an unclosed quote, so one stray mark cannot swallow the rest of an
// article.
func doublePairs(text string, marks []int) []pair {
	var out []pair
	open, openEnd := -1, -1
	from := 0 // while open, text[openEnd:from] holds no blank line
	for _, i := range marks {
		if open >= 0 {
			// The line breaks are not marks: a blank line since the
			// opening drops it, as the pairing once did at the line
			// break itself.
			if blankLineIn(text[from:i]) {
				open = -1
			} else {
				from = i
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || r == '«':
			open, openEnd, from = i, i+n, i+n
		case r == '”' || r == '»':
			if open >= 0 && i-openEnd <= maxQuoteBytes {
				out = append(out, pair{open, openEnd, i, i + n})
			}
			open = -1
		case r == '"':
			switch {
			case open >= 0 && i-openEnd <= maxQuoteBytes:
				out = append(out, pair{open, openEnd, i, i + n})
				open = -1
			case i+n < len(text) && (!isSpaceByte(text[i+n]) || i == 0 || isSpaceByte(text[i-1])):
				// An opening mark followed by a stray space (meaning of " Where ...)
				// still opens when a space precedes it.
				open, openEnd, from = i, i+n, i+n
			default:
				open = -1
			}
		}
	}
	return out
}

// singlePairs pairs ‘…’ and '…' among the marks outside the double-quoted
// spans. An opening mark must start a word and a closing one end a word, on
// the same line, so apostrophes ("Vietnam’s", "nations’ ties") are not
// taken for quotes.
func singlePairs(text string, marks []int, doubles []pair) []pair {
	var out []pair
	open, openEnd := -1, -1
	from := 0 // while open, text[openEnd:from] holds no line break
	d, skip := 0, 0
	for _, i := range marks {
		if i < skip {
			continue // inside a double-quoted span
		}
		for d < len(doubles) && doubles[d].closeEnd <= i {
			d++
		}
		if d < len(doubles) && i >= doubles[d].open {
			// A double quote opening is a mark, so the jump over a
			// double-quoted span starts at its opening mark.
			skip = doubles[d].closeEnd
			open = -1
			continue
		}
		if open >= 0 {
			// The line breaks are not marks: one since the opening
			// drops it, as the pairing once did at the line break.
			if strings.IndexByte(text[from:i], '\n') >= 0 {
				open = -1
			} else {
				from = i
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case (r == '‘' || r == '\'') && open < 0 && wordStartAfter(text, i, n) && !letterBefore(text, i):
			open, openEnd, from = i, i+n, i+n
		case (r == '’' || r == '\'') && open >= 0 && i > openEnd && !letterAfter(text, i+n) && !isSpaceBefore(text, i):
			if i-openEnd <= maxSingleBytes {
				out = append(out, pair{open, openEnd, i, i + n})
			}
			open = -1
		}
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// blankLineIn reports whether a newline in s is followed by an empty line
// within s, as blankLineAt finds one.
func blankLineIn(s string) bool {
	for {
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			return false
		}
		s = s[k+1:]
		if strings.HasPrefix(strings.TrimLeft(s, " \t\r"), "\n") {
			return true
		}
	}
}

// blankLineAt reports whether the newline at i is followed by an empty line.
func blankLineAt(text string, i int) bool {
	rest := strings.TrimLeft(text[i+1:], " \t\r")
	return strings.HasPrefix(rest, "\n")
}

func wordStartAfter(text string, i, n int) bool {
	r, _ := utf8.DecodeRuneInString(text[i+n:])
	return i+n < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func letterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && unicode.IsSpace(r)
}

// nextMarkByte returns the index of the first byte from i on that can be
// part of a quote mark or a line break (a straight double or single quote,
// a newline, or a byte of a multi-byte rune), len(text) if none. It tests
// eight bytes at a time: a word holds such a byte when a high bit is set or when, xor-ed with a
// mark repeated, it has a zero byte.
func nextMarkByte(text string, i int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	// The text's bytes, so that eight of them are read in one load; never written.
	b := unsafe.Slice(unsafe.StringData(text), len(text))
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// A byte of x is zero after the xor with a mark exactly when it
		// is the mark; (v-ones)&^v&high finds a zero byte (it may also
		// flag a byte after one, which the byte loop below sorts out).
		n, q, a := x^('\n'*ones), x^('"'*ones), x^('\''*ones)
		if (x|(n-ones)&^n|(q-ones)&^q|(a-ones)&^a)&high != 0 {
			break
		}
	}
	for ; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || c == '\n' || c == '"' || c == '\'' {
			return i
		}
	}
	return i
}
