// Package textnorm turns words and phrases into comparable keys: case and
// diacritics folded, British spellings made American, regular plurals made
// singular. It is a leaf package shared by the extractors and the rules so
// that every key in the tool is folded the same way. Its outputs are keys
// only: byte offsets into the original text do not survive them.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s lower-cased with diacritics removed: NFKC (so ligatures and
// full-width forms meet their plain letters), then NFD with the combining marks
// dropped and NFC again. Đ/đ have no decomposition, so they are mapped to d by
// hand; the typographic apostrophes ’ ‘ ʼ become '. Invalid UTF-8 bytes become
// U+FFFD. ASCII input takes a fast path that allocates only when s has an
// upper-case letter.
func Fold(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	s = norm.NFKD.String(s) // = NFD(NFKC(s)), in one pass
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune(utf8.RuneError)
		case unicode.Is(unicode.Mn, r):
		case r == 'Đ' || r == 'đ':
			b.WriteByte('d')
		case r == 'ı': // Turkish dotless i ("Karlıova", often typed "Karliova"); İ decomposes to I + dot
			b.WriteByte('i')
		case r == 'Ł' || r == 'ł':
			b.WriteByte('l')
		case r == 'Ø' || r == 'ø':
			b.WriteByte('o')
		case r == 'Ð' || r == 'ð':
			b.WriteByte('d') // "Guðmundsson" is written "Gudmundsson" without the letter
		case r == 'Þ' || r == 'þ':
			b.WriteString("th")
		case r == 'Æ' || r == 'æ':
			b.WriteString("ae") // "Kjærgaard" is written "Kjaergaard" without the letter
		case r == 'Œ' || r == 'œ':
			b.WriteString("oe")
		case r == 'ß':
			b.WriteString("ss")
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	// Scripts whose letters decompose into non-mark parts (Hangul) are put back
	// together, so a folded key reads as the word did; Latin text is ASCII by now.
	f := b.String()
	if IsASCII(f) {
		return f
	}
	return norm.NFC.String(f)
}

// FoldAlnum returns Fold(s) with every rune that is neither a letter nor a
// digit turned into a space, for splitting phrases into words with
// strings.Fields.
func FoldAlnum(s string) string {
	f := Fold(s)
	if IsASCII(f) {
		for i := 0; i < len(f); i++ {
			if !isASCIIAlnum(f[i]) {
				return alnumSlow(f)
			}
		}
		return f
	}
	return alnumSlow(f)
}

// alnumSlow is the general case of FoldAlnum on an already folded string.
func alnumSlow(f string) string {
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// IsASCII reports whether s has only ASCII bytes; NFKC and NFD leave those
// alone, and ASCII words need no folding.
func IsASCII(s string) bool {
	// Eight bytes at a time: it runs over every sentence and name. Written as a
	// little-endian word, so that the compiler makes the eight reads one load.
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if v&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// LowerKeepOffsets returns s lower-cased byte for byte: a rune whose lower case
// has another length (the Kelvin sign, "İ") and an invalid byte stay as they
// are, so an offset found in the result is an offset into s.
func LowerKeepOffsets(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b)
}
