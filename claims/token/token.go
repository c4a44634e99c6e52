// Package token splits text into words, numbers and symbols, each with its byte span.
//
// The tokenizer is hand-written over bytes: every parser in claims reads the same
// token slice, so text is scanned once per sentence.
package token

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the class of a token.
type Kind uint8

const (
	// Word is a run of letters, with inner apostrophes ("Vietnam's") and dots in
	// abbreviations ("U.S.") kept inside. Hyphens split words.
	Word Kind = iota + 1
	// Number is a run of ASCII digits with inner "," or "." between digits
	// ("630,000", "14.83"). Signs are separate Symbol tokens.
	Number
	// Symbol is any other single rune that is not a space: punctuation, "%", "$", "–".
	Symbol
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Symbol:
		return "symbol"
	}
	return "unknown"
}

// Token is one token; Start and End are byte offsets into the scanned text.
type Token struct {
	Kind       Kind
	Start, End int
}

// Text returns the token's text within s, the string it was scanned from.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Scan appends the tokens of s to buf and returns it. Invalid UTF-8 bytes become
// one-byte Symbol tokens, so spans always fall on valid boundaries of s.
func Scan(s string, buf []Token) []Token {
	i := 0
	for i < len(s) {
		switch byteClasses[s[i]] {
		case ClassLetter:
			j := scanWord(s, i)
			buf = append(buf, Token{Word, i, j})
			i = j
		case ClassSpace:
			i++
		case ClassDigit:
			j := scanNumber(s, i)
			buf = append(buf, Token{Number, i, j})
			i = j
		case ClassSymbol:
			buf = append(buf, Token{Symbol, i, i + 1})
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n <= 1:
				buf = append(buf, Token{Symbol, i, i + 1})
				i++
			case unicode.IsSpace(r):
				i += n
			case unicode.IsLetter(r):
				j := scanWord(s, i)
				buf = append(buf, Token{Word, i, j})
				i = j
			default:
				buf = append(buf, Token{Symbol, i, i + n})
				i += n
			}
		}
	}
	return buf
}

// The classes of a byte for Scan's dispatch (and for scanners that must split
// text exactly as Scan does); bytes of multi-byte runes are ClassMulti.
const (
	ClassMulti = iota
	ClassLetter
	ClassSpace
	ClassDigit
	ClassSymbol
)

// ByteClass returns the class of byte c.
func ByteClass(c byte) uint8 { return byteClasses[c] }

// IsASCIILetter reports whether c is A-Z or a-z, by table.
func IsASCIILetter(c byte) bool { return asciiLetters[c] }

// NumberEnd returns where the number that starts at s[i] ends, as Scan reads
// it: digits with inner "," or "." between digits.
func NumberEnd(s string, i int) int { return scanNumber(s, i) }

var byteClasses = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch b := byte(c); {
		case isASCIILetter(b):
			t[c] = ClassLetter
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			t[c] = ClassSpace
		case isDigit(b):
			t[c] = ClassDigit
		default:
			t[c] = ClassSymbol
		}
	}
	return t
}()

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// asciiLetters marks the bytes A-Z and a-z.
var asciiLetters = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isASCIILetter(byte(c))
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber reads digits with inner separators: "1,200,000", "14.83", "2.6".
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(s) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// scanWord reads letters and combining marks; an apostrophe (' or ’) followed by a
// letter stays inside ("Vietnam's"), and so does a dot between single letters ("U.S.").
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		for i < len(s) && asciiLetters[s[i]] {
			i++ // most words are plain ASCII: one table lookup a byte
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\'' && i+1 < len(s) && isASCIILetter(s[i+1]) {
				i++
				continue
			}
			if c == '.' && i-start == 1 && i+2 < len(s) && isASCIILetter(s[i+1]) && s[i+2] == '.' {
				// "U.S." : keep the abbreviation as one word with its final dot.
				i += 3
				for i+1 < len(s) && isASCIILetter(s[i]) && s[i+1] == '.' {
					i += 2
				}
				return i
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if r == '’' && i+n < len(s) && isASCIILetter(s[i+n]) {
			i += n
			continue
		}
		return i
	}
	return i
}
