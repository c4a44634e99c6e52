package attrib

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// Fold returns s normalised for comparing names (textnorm.Fold: case and
// diacritics folded, Đ/đ mapped to d, ’ mapped to '). It is for keys only:
// offsets into the original text do not survive it.
func Fold(s string) string {
	return textnorm.Fold(s)
}

// nameParts returns the folded parts of a name; hyphens, dots and commas split
// parts too, so "Jae-myung" and "Jae Myung" compare equal.
func nameParts(name string) []string {
	return strings.FieldsFunc(foldKey(name), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '.' || r == ',' || r == '‐' || r == '–'
	})
}

// SameName reports whether a and b name the same person as written in full:
// equal up to case, diacritics and the order of the parts, so "Nguyễn Thị Lan"
// equals "Nguyen Thi Lan" and "Kenji Watanabe" equals "Watanabe Kenji". Empty
// names are never the same.
func SameName(a, b string) bool {
	pa, pb := nameParts(a), nameParts(b)
	if len(pa) == 0 || len(pa) != len(pb) {
		return false
	}
	sort.Strings(pa)
	sort.Strings(pb)
	for i := range pa {
		if pa[i] != pb[i] {
			return false
		}
	}
	return true
}

// foldKey is Fold, rune by rune for the words of news: ASCII and the Latin
// letters with diacritics (Vietnamese names) fold each to ASCII on its
// own, which the Unicode normalisation Fold runs does far more slowly.
// Any other text takes Fold.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // as Fold does, without a copy when s is lower-case
	}
	b, ok := appendFoldKey(make([]byte, 0, len(s)), s)
	if !ok {
		return Fold(s)
	}
	return string(b)
}

// appendFoldKey appends Fold(s) to b when s holds only runes whose folds
// foldRunes has. It reports false, with b as it was, for any other s.
//
// A text of such runes folds rune by rune: Fold decomposes each rune on
// its own, and reorders only the combining marks that follow one, which it
// then drops (a rune whose fold keeps a mark is not in the table); and as
// the result is ASCII, it is not composed again.
func appendFoldKey(b []byte, s string) ([]byte, bool) {
	n := len(b)
	var tab *[foldRunesLen]uint32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if tab == nil {
			tab = foldRunes()
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		k := foldRuneIndex(r)
		if k < 0 || tab[k] == noFold {
			return b[:n], false
		}
		e := tab[k]
		for m := uint32(0); m < e&0xff; m++ {
			b = append(b, byte(e>>(8+8*m)))
		}
		i += size
	}
	return b, true
}

// The runes foldRunes covers: Latin-1, Latin Extended-A and -B, the IPA
// and spacing modifier letters (ʼ) and the combining marks; Latin Extended
// Additional (Vietnamese letters with two marks); general punctuation (’).
const (
	foldLatinEnd   = 0x370
	foldVietStart  = 0x1e00
	foldVietEnd    = 0x1f00
	foldPunctStart = 0x2000
	foldPunctEnd   = 0x2070
	foldRunesLen   = foldLatinEnd + (foldVietEnd - foldVietStart) + (foldPunctEnd - foldPunctStart)
)

// foldRuneIndex returns where rune r is in foldRunes' table, -1 if it is
// not there.
func foldRuneIndex(r rune) int {
	switch {
	case r < foldLatinEnd:
		return int(r)
	case foldVietStart <= r && r < foldVietEnd:
		return foldLatinEnd + int(r-foldVietStart)
	case foldPunctStart <= r && r < foldPunctEnd:
		return foldLatinEnd + (foldVietEnd - foldVietStart) + int(r-foldPunctStart)
	}
	return -1
}

// noFold marks a rune whose fold is not ASCII of three bytes or fewer.
const noFold = 0xff

// foldRunes returns, for each rune it covers (see foldRuneIndex), Fold of
// the rune alone: its length in the low byte and its bytes above, or
// noFold. It is built from Fold on first use.
var foldRunes = sync.OnceValue(func() *[foldRunesLen]uint32 {
	var t [foldRunesLen]uint32
	for _, rs := range [][2]rune{{0, foldLatinEnd}, {foldVietStart, foldVietEnd}, {foldPunctStart, foldPunctEnd}} {
		for r := rs[0]; r < rs[1]; r++ {
			t[foldRuneIndex(r)] = packFold(Fold(string(r)))
		}
	}
	return &t
})

// packFold packs an ASCII fold of up to three bytes for foldRunes.
func packFold(f string) uint32 {
	if len(f) > 3 {
		return noFold
	}
	e := uint32(len(f))
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			return noFold
		}
		e |= uint32(f[i]) << (8 + 8*i)
	}
	return e
}
