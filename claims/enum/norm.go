package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// NormMember returns the comparable form of a list member: lower-cased,
// diacritics folded, punctuation and quotes dropped, British spellings made
// American and the last word singular ("Mutual Benefits" → "mutual benefit").
func NormMember(s string) string {
	f := strings.Fields(textnorm.FoldAlnum(s))
	for len(f) > 0 && (f[0] == "the" || f[0] == "a" || f[0] == "an" || f[0] == "and" || f[0] == "or") {
		f = f[1:]
	}
	for i, w := range f {
		f[i] = textnorm.American(w)
	}
	if n := len(f); n > 0 {
		f[n-1] = textnorm.Singular(f[n-1])
	}
	return strings.Join(f, " ")
}
