package attrib

import (
	"sort"
	"strings"
	"unicode"

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
