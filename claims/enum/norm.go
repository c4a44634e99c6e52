package enum

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// spellings folds British spellings to American ones.
var spellings = map[string]string{
	"labour": "labor", "favour": "favor", "centre": "center", "defence": "defense",
	"programme": "program", "organisation": "organization", "neighbour": "neighbor",
	"harmonised": "harmonized", "prioritise": "prioritize",
}

// NormMember returns the comparable form of a list member: lower-cased,
// diacritics folded, punctuation and quotes dropped, British spellings made
// American and the last word singular ("Mutual Benefits" → "mutual benefit").
func NormMember(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	f := strings.Fields(b.String())
	for len(f) > 0 && (f[0] == "the" || f[0] == "a" || f[0] == "an" || f[0] == "and" || f[0] == "or") {
		f = f[1:]
	}
	for i, w := range f {
		if a, ok := spellings[w]; ok {
			f[i] = a
		}
	}
	if n := len(f); n > 0 {
		f[n-1] = singular(f[n-1])
	}
	return strings.Join(f, " ")
}

// singular strips a regular plural ending: "benefits" → "benefit", "priorities"
// → "priority"; "business", "status", "basis" stay.
func singular(w string) string {
	switch {
	case len(w) <= 3:
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ics"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
