package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s normalised for comparing names: NFKC, then NFD with the
// combining marks dropped, Đ/đ mapped to D/d (they have no decomposition, so NFD
// alone keeps them), lower-cased, and the typographic apostrophe ’ mapped to '.
// It is for keys only: offsets into the original text do not survive it.
func Fold(s string) string {
	if isPlainASCII(s) {
		return strings.ToLower(s)
	}
	s = norm.NFD.String(norm.NFKC.String(s))
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
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isPlainASCII reports whether s is ASCII without bytes that NFKC would change.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nameParts returns the folded parts of a name; hyphens, dots and commas split
// parts too, so "Jae-myung" and "Jae Myung" compare equal.
func nameParts(name string) []string {
	return strings.FieldsFunc(Fold(name), func(r rune) bool {
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
