package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

// quoteSpeakerMinWords is the fewest words a quote needs before the same words
// credited to two people count as one remark: shorter lines ("we are ready to
// work", "a new chapter in our relations") are stock phrases that officials at
// one event really do share.
const quoteSpeakerMinWords = 6

// QuoteSpeaker flags one remark credited to different people by related sources.
func QuoteSpeaker() *Rule {
	return &Rule{
		ID:        "quote-speaker",
		Title:     "the same quote is attributed to different people",
		Severity:  Warning,
		SameStory: true,
		Run:       runQuoteSpeaker,
		Doc: `A direct quote names who said it. When two sources that tell the same story
quote the same remark and credit it to different people, at least one of them
misattributes it.

Two quotes are the same remark when their words are equal after normalisation
(case, diacritics, quote marks and punctuation are not differences), or when one
is contained in the other (a partial quote, also around "…"); either way both
need at least 6 words: shorter lines are stock phrases that several officials at
one event really do use. Both speakers must be named and name different people:
"Minister Kim" and "Kim Do-hyun" are one person, and a speaker known only by a
title ("the minister", "a spokesperson") is not a different person from anyone.
Quotes of one source are not compared with each other.

A speaker may repeat another's words on purpose. The rule stays silent when the
words "quoting", "citing", "echoing", "in the words of" or "as X put it" stand
next to either quote, when the other speaker is named in the sentence of a quote
(the attribution there may belong to either), and when either source itself
credits the remark to both people.

Bad:
    a.txt: "Our ports must be ready for ships twice this size," Vinh said.
    b.txt: "Our ports must be ready for ships twice this size," Kim said.

Good:
    a.txt: "Our ports must be ready for ships twice this size," Vinh said.
    b.txt: Quoting Vinh, Kim said: "Our ports must be ready for ships twice this size."

Severity warning: a quote put in the wrong mouth misleads readers about who holds
a position, but which source is right needs the recording or the transcript;
the finding shows both attributions and where they stand.`,
	}
}

// speakerQuote is a quote fact with its compared words and named speaker.
type speakerQuote struct {
	f       *claims.Fact
	text    string
	toks    []wtok // the quote's words and omission marks, punctuation dropped
	words   []string
	speaker string
	// names are the speaker and the full names of the people of the source the
	// speaker may stand for ("Kim Do-hyun" for "Minister Do-hyun").
	names []string
}

func runQuoteSpeaker(p *Pass) {
	var qs []speakerQuote
	people := docPeopleNames(p.Index)
	for _, f := range p.Index.Kind(claims.KindQuote) {
		if f.Doc == nil {
			continue
		}
		sp := quoteSpeaker(f)
		if parts := nameParts(sp); len(parts) == 0 || len(parts) == 1 && attrib.CountryOfAdjective(attrib.Fold(parts[0])) != "" {
			// Unknown or title-only speakers ("the Haitian minister") name no
			// one in particular.
			continue
		}
		s, e := quoteBounds(quoted{f: f})
		t := textOf(f.Doc, s, e)
		toks := speakerTokens(quoteTokens(t))
		if wordCount(toks) < quoteSpeakerMinWords || len(toks) > quoteMaxTokens {
			continue
		}
		qs = append(qs, speakerQuote{f: f, text: t, toks: toks, words: quoteWords(toks), speaker: sp, names: speakerNames(sp, people[f.Doc])})
	}
	matches := speakerMatches(qs)
	near := map[int][]int{}
	for _, m := range matches {
		near[m[0]] = append(near[m[0]], m[1])
		near[m[1]] = append(near[m[1]], m[0])
	}
	seen := map[string]bool{}
	for _, pr := range matches {
		a, b := qs[pr[0]], qs[pr[1]]
		if a.f.Doc == b.f.Doc || mayBeSame(a.names, b.names) {
			continue
		}
		if echoed(a, b.speaker) || echoed(b, a.speaker) || creditsBoth(qs, near, pr) {
			continue
		}
		key := a.f.Doc.Path + "\x00" + b.f.Doc.Path + "\x00" + normJoin(a.toks) + "\x00" + normJoin(b.toks)
		if seen[key] {
			continue
		}
		seen[key] = true
		p.Report(Finding{Message: speakerMessage(a, b), Claims: ClaimsOf(a.f, b.f)})
	}
}

// oneWordMisspelt reports two names of three words or more that differ in one
// word opening with the same letter ("Phạm Quốc Huy", "Phạm Quốc Hưng"): one
// person whose name one source got wrong, which name-mismatch reports.
func oneWordMisspelt(a, b []string) bool {
	if len(a) < 3 || len(a) != len(b) {
		return false
	}
	diff := -1
	for i := range a {
		if attrib.Fold(a[i]) != attrib.Fold(b[i]) {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && sameInitial(attrib.Fold(a[diff]), attrib.Fold(b[diff]))
}

// speakerTokens keeps the words and omission marks of a quote: punctuation does
// not change who said a remark.
func speakerTokens(ts []wtok) []wtok {
	out := make([]wtok, 0, len(ts))
	for i, t := range ts {
		if i > 0 && shortCapital(t) && shortCapital(ts[i-1]) && len(out) > 0 && out[len(out)-1] == ts[i-1] {
			// "Viet Nam" and "Vietnam", "Ha Noi" and "Hanoi": a name outlets
			// write spaced or closed up is one word.
			out[len(out)-1] = wtok{text: ts[i-1].text + " " + t.text, norm: ts[i-1].norm + t.norm}
			continue
		}
		if isWordTok(t) || t.norm == "…" {
			out = append(out, t)
		}
	}
	return trimPunct(out)
}

// shortCapital reports a capitalised word of two to five letters: the
// syllables of Vietnamese place names ("Viet", "Nam", "Da", "Nang").
func shortCapital(t wtok) bool {
	if !isWordTok(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	n := utf8.RuneCountInString(t.text)
	return unicode.IsUpper(r) && n >= 2 && n <= 5 && strings.IndexFunc(t.text[1:], unicode.IsUpper) < 0 && !attrib.TitleWord(t.norm) && !honorificWord(t.norm)
}

// honorificWord reports the short words before a name that outlets write with
// or without a full stop ("Mr Lee", "Mr. Lee"): never part of a closed-up name.
func honorificWord(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "prof", "sir", "madam", "st":
		return true
	}
	return false
}

// sameWords reports whether two quotes are one remark: equal words, or one
// contained in the other.
func sameWords(a, b speakerQuote) bool {
	return equalTokens(a.toks, b.toks) || containedInOrder(a.toks, b.toks) || containedInOrder(b.toks, a.toks)
}

// creditsBoth reports whether the source of either quote of pair pr also credits
// the remark to the other quote's speaker: then the sources do not disagree on
// who said it (the source may disagree with itself, which is another matter).
func creditsBoth(qs []speakerQuote, near map[int][]int, pr [2]int) bool {
	a, b := qs[pr[0]], qs[pr[1]]
	for _, i := range pr {
		for _, k := range near[i] {
			c := qs[k]
			if c.f.Doc == b.f.Doc && sameSpeaker(c.speaker, a.speaker) ||
				c.f.Doc == a.f.Doc && sameSpeaker(c.speaker, b.speaker) {
				return true
			}
		}
	}
	return false
}

// speakerMessage writes both quotes, both speakers and where each stands.
func speakerMessage(a, b speakerQuote) string {
	return fmt.Sprintf("%s attributed to %s (%s) and %s to %s (%s): the same remark credited to different people",
		QuoteText(a.text), speakerLabel(a.speaker), Where(a.f), QuoteText(b.text), speakerLabel(b.speaker), Where(b.f))
}

// docPeopleNames lists the names of the people each source mentions, in full where
// the source writes the name in full somewhere.
func docPeopleNames(ix *claims.Index) map[*claims.Document][]string {
	out := map[*claims.Document][]string{}
	for _, f := range ix.Kind(claims.KindPerson) {
		if f.Person == nil || f.Doc == nil {
			continue
		}
		n := f.Person.FullName
		if n == "" {
			n = f.Person.Name
		}
		if len(nameParts(n)) > 0 && !containsWord(out[f.Doc], n) {
			out[f.Doc] = append(out[f.Doc], n)
		}
	}
	return out
}

// speakerNames returns the speaker and every person of the source the speaker's
// name may refer to.
func speakerNames(sp string, people []string) []string {
	out := []string{sp}
	for _, n := range people {
		if sameSpeaker(sp, n) {
			out = append(out, n)
		}
	}
	return out
}

// mayBeSame reports whether any name of one speaker may be any name of the
// other: a short or wrong reference to one person ("Minister Do-hyun" for Kim
// Do-hyun) is another rule's finding, not a second speaker.
func mayBeSame(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if sameSpeaker(x, y) || attrib.SameName(x, y) || oneWordMisspelt(nameParts(x), nameParts(y)) {
				return true
			}
		}
	}
	return false
}
