package claims

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldSlow removes diacritics and lower-cases. Đ/đ do not decompose under NFD, so
// they are mapped by hand; ’ becomes '.
func foldSlow(w string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, w)
	if err != nil {
		s = w
	}
	s = strings.NewReplacer("Đ", "D", "đ", "d", "’", "'", "‘", "'").Replace(s)
	return strings.ToLower(s)
}
