package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// The text rules (list, quote, date, name and enumeration checks) compare words,
// not numbers. The helpers here turn text into comparable word forms: folded
// (case, diacritics, Đ), stemmed so inflection does not count ("benefit" and
// "benefits"), with function words dropped when only content matters.

// stopWords carry no content for matching items and events.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "as": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true,
	"have": true, "had": true, "it": true, "its": true, "this": true, "that": true, "these": true,
	"those": true, "their": true, "his": true, "her": true, "he": true, "she": true, "they": true,
	"we": true, "our": true, "them": true, "which": true, "who": true, "whom": true, "will": true,
	"would": true, "should": true, "can": true, "could": true, "must": true, "may": true, "also": true,
	"both": true, "between": true, "into": true, "such": true, "than": true, "then": true, "there": true,
	"not": true, "but": true, "so": true, "very": true, "all": true, "more": true, "most": true,
	"other": true, "said": true, "says": true, "say": true, "while": true, "well": true, "including": true,
	"through": true, "about": true, "over": true, "under": true, "since": true, "each": true,
	"two": true, "sides": true, "side": true, "new": true, "many": true, "us": true, "i": true,
}

// foldWord lower-cases a word, removes diacritics and a possessive ending, and
// spells it the American way so that "labour" meets "labor" before stemming.
func foldWord(w string) string {
	w = textnorm.Fold(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	return textnorm.American(w)
}

// stemWord returns the comparable form of one word: folded and stemmed.
func stemWord(w string) string {
	w = foldWord(w)
	if w == "" {
		return ""
	}
	return textnorm.Stem(w)
}

// wordTokens returns the word and number tokens of s, as written.
func wordTokens(s string) []string {
	var out []string
	for _, t := range token.Scan(s, nil) {
		if t.Kind == token.Word || t.Kind == token.Number {
			out = append(out, t.Text(s))
		}
	}
	return out
}

// stems returns the stems of all words of s, in order.
func stems(s string) []string {
	var out []string
	for _, w := range wordTokens(s) {
		if st := stemWord(w); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// contentStems returns the set of stems of the content words of s: stop words
// and numbers dropped.
func contentStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordTokens(s) {
		f := foldWord(w)
		if f == "" || stopWords[f] || numericWord(f) {
			continue
		}
		out[textnorm.Stem(f)] = true
	}
	return out
}

// numericWord reports whether a token is made of digits and separators.
func numericWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return w != ""
}

// phraseKey is the order-free comparable form of a short phrase (a list member):
// its stems without stop words, joined in order.
func phraseKey(s string) string {
	var ws []string
	for _, w := range wordTokens(s) {
		f := foldWord(w)
		if f == "" || stopWords[f] {
			continue
		}
		ws = append(ws, textnorm.Stem(f))
	}
	return strings.Join(ws, " ")
}

// sharedKeys returns the members of a that are also in b, in sorted order.
func sharedKeys(a, b map[string]bool) []string {
	var out []string
	for w := range a {
		if b[w] {
			out = append(out, w)
		}
	}
	sortStrings(out)
	return out
}

// jaccardIndex returns |a∩b| / |a∪b|, 0 for two empty sets.
func jaccardIndex(a, b map[string]bool) float64 {
	n := len(sharedKeys(a, b))
	u := len(a) + len(b) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}

// sortStrings sorts in place (insertion sort: the sets here are small).
func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// differentSubjects reports whether both facts state a subject and the subjects
// differ: then they are about different things and never compared.
func differentSubjects(a, b *claims.Fact) bool {
	return a.Subject != "" && b.Subject != "" && attrib.Fold(a.Subject) != attrib.Fold(b.Subject)
}

// textOf returns doc.Text[start:end], or "" when the range is not inside the text
// or not on UTF-8 boundaries (a bug elsewhere must not crash a rule).
func textOf(d *claims.Document, start, end int) string {
	if d == nil || start < 0 || end > len(d.Text) || start > end {
		return ""
	}
	s := d.Text[start:end]
	if !utf8.ValidString(s) && start < end {
		return strings.ToValidUTF8(s, "")
	}
	return s
}

// clip collapses white space and cuts s to at most n characters with "…".
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return strings.TrimRightFunc(string(r[:n-1]), unicode.IsSpace) + "…"
	}
	return s
}

// quoteList writes items as `"a", "b" and "c"`.
func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = `"` + s + `"`
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// docPair reports whether two facts come from different sources: the text rules
// compare what sources say about the same thing.
func docPair(a, b *claims.Fact) bool {
	return a != nil && b != nil && a.Doc != nil && b.Doc != nil && a.Doc != b.Doc
}
