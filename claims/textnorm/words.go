package textnorm

import "strings"

// americanSpellings maps British spellings of words that news copy uses in
// names of categories, programmes and list members to the American ones.
var americanSpellings = map[string]string{
	"labour": "labor", "favour": "favor", "favourable": "favorable",
	"centre": "center", "centres": "centers", "defence": "defense",
	"programme": "program", "programmes": "programs",
	"organisation": "organization", "organisations": "organizations",
	"organise": "organize", "harmonised": "harmonized", "prioritise": "prioritize",
	"neighbour": "neighbor", "neighbours": "neighbors", "harbour": "harbor",
	"colour": "color",
}

// American returns the American spelling of a folded (lower-case) word, or
// the word itself: "labour" → "labor", "programmes" → "programs".
func American(w string) string {
	if a, ok := americanSpellings[w]; ok {
		return a
	}
	// "capitalisation", "privatisations": every -isation is British.
	if i := strings.LastIndex(w, "isation"); i > 0 && (i+7 == len(w) || w[i+7:] == "s") {
		return w[:i] + "ization" + w[i+7:]
	}
	return w
}

// Singular strips a regular plural ending from a lower-case word: "benefits" →
// "benefit", "economies" → "economy", "taxes" → "tax". Words of three letters
// or fewer and words that only look plural ("business", "status", "basis",
// "economics") stay as they are.
func Singular(w string) string {
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
