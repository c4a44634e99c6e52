package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// A key is the normalised measure a quantity counts: a noun phrase ("vietnamese
// people") optionally followed by qualifiers that start with a preposition
// ("vietnamese people in japan"). Words are lower-cased, diacritics folded,
// stemmed, and mapped through a small lexicon so that "population residing in"
// and "people living in" meet.

// prepositions start a key's qualifier.
var prepositions = map[string]bool{
	"in": true, "of": true, "to": true, "from": true, "at": true, "for": true, "between": true,
	"with": true, "on": true, "across": true, "among": true, "into": true, "within": true,
}

// dropWords carry no measure: articles, hedges, pronouns, relation verbs.
var dropWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "these": true, "those": true, "this": true, "that": true,
	"such": true, "as": true, "more": true, "than": true, "over": true, "nearly": true, "about": true,
	"around": true, "approximately": true, "some": true, "roughly": true, "almost": true, "least": true,
	"most": true, "up": true, "both": true, "new": true, "total": true, "currently": true,
	"living": true, "live": true, "lives": true, "residing": true, "reside": true, "resides": true,
	"working": true, "studying": true, "staying": true, "based": true, "who": true, "there": true,
	"other": true, "all": true, "many": true, "several": true, "various": true, "only": true,
	"just": true, "under": true, "above": true, "nation": true, "nations": true, "country": true,
	"countries": true, "two": true, "sides": true, "side": true, "own": true, "annually": true,
	"each": true, "per": true, "year": false,
}

// lexicon maps words that name the same measure to one form, before stemming.
var lexicon = map[string]string{
	"population": "people", "persons": "people", "person": "people", "residents": "people",
	"resident": "people", "citizens": "people", "nationals": "people", "community": "people",
	"communities": "people", "people": "people", "labour": "labor", "programme": "program", "programmes": "program",
	"centre": "center", "centres": "center", "two-way": "", "bilateral": "", "firms": "company",
	"firm": "company", "companies": "company", "enterprises": "company", "enterprise": "company",
	"businesses": "company", "investments": "investment", "fdi": "investment",
}

// normWord returns the key form of one word, or "" when the word is dropped.
func normWord(w string) string {
	w = fold(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if dropWords[w] {
		return ""
	}
	if m, ok := lexicon[w]; ok {
		return m // canonical forms are not stemmed again
	}
	if prepositions[w] {
		return w
	}
	return english.Stem(w, false)
}

// fold lower-cases a word and removes diacritics (ASCII fast path).
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	return foldSlow(w)
}

// NormalizeKey turns a phrase ("Vietnamese population residing in Japan") into a key.
func NormalizeKey(phrase string) string {
	var words []string
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '(' || r == ')' || r == '"' || r == ':' || r == ';'
	}) {
		if n := normWord(w); n != "" {
			words = append(words, n)
		}
	}
	return joinKey(words)
}

// joinKey drops a dangling preposition and joins the words.
func joinKey(words []string) string {
	for len(words) > 0 && prepositions[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && prepositions[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// splitKey returns the noun phrase and the qualifier words of a key.
func splitKey(key string) (np, qual []string) {
	ws := strings.Fields(key)
	for i, w := range ws {
		if prepositions[w] {
			return ws[:i], ws[i:]
		}
	}
	return ws, nil
}

// Head returns the head noun of a key: the last word of its noun phrase
// ("vietnamese people in japan" → "people").
func Head(key string) string {
	np, _ := splitKey(key)
	if len(np) == 0 {
		return ""
	}
	return np[len(np)-1]
}

// KeysMatch reports whether two keys name the same measure: the same head, the
// modifiers of one contained in the other's ("cooperation agreement" and "local
// cooperation agreement"), and, when both carry qualifiers, one qualifier
// contained in the other ("in japan" and "in japan"; a missing qualifier matches).
func KeysMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	npa, qa := splitKey(a)
	npb, qb := splitKey(b)
	if len(npa) == 0 || len(npb) == 0 || npa[len(npa)-1] != npb[len(npb)-1] {
		return false
	}
	if !subsetEither(npa, npb) {
		return false
	}
	if len(qa) > 0 && len(qb) > 0 && !subsetEither(qa, qb) {
		return false
	}
	return true
}

func subsetEither(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
