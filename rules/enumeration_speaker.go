package rules

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

// A list announced with a pronoun ("She outlined four priorities") carries the
// speaker the extraction resolved it to: the last named speaker of the article.
// When another person is named between that speaker and the list (a second
// official introduced in the paragraph before), the pronoun most likely means that
// person, and the list is not compared as the resolved speaker's.

// peopleByDoc returns the person mentions of each document, in text order.
func peopleByDoc(ix *claims.Index) map[*claims.Document][]*claims.Fact {
	out := map[*claims.Document][]*claims.Fact{}
	for _, f := range ix.Kind(claims.KindPerson) {
		if f.Doc != nil && f.Person != nil && strings.TrimSpace(f.Person.Name) != "" {
			out[f.Doc] = append(out[f.Doc], f)
		}
	}
	return out
}

// doubtfulSpeaker reports whether f's speaker was resolved from outside its
// sentence while the last person named before the sentence is someone else.
func doubtfulSpeaker(f *claims.Fact, people []*claims.Fact) bool {
	parts := nameParts(f.Speaker)
	if len(parts) == 0 || f.Doc == nil {
		return false
	}
	sent := attrib.Fold(textOf(f.Doc, f.Sentence.Start, f.Sentence.End))
	words := strings.FieldsFunc(sent, func(r rune) bool { return !isWordRune(r) })
	for _, p := range parts {
		if containsWord(words, p) {
			return false // named in its own sentence
		}
	}
	for _, w := range strings.Fields(attrib.Fold(f.Speaker)) {
		if len(w) > 3 && !containsWord(parts, w) && containsWord(words, w) {
			return false // titled in its own sentence: "according to the governor"
		}
	}
	var last *claims.Fact
	for _, p := range people {
		if p.Span.Start >= f.Sentence.Start {
			break
		}
		last = p
	}
	return last != nil && !sameSpeaker(f.Speaker, last.Person.Name)
}
