package claims

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/token"
)

// documentFacts appends the facts that span sentences: announced counts with their
// listed items, named lists, quotes and people.
func documentFacts(doc *Document, text string, sents []Span, speakers []string, people []attrib.Person, quotes []attrib.Quote, facts []*Fact) []*Fact {
	index := func(off int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	}
	sentenceOf := func(off int) Span {
		if i := index(off); i < len(sents) {
			return sents[i]
		}
		return Span{off, off}
	}
	// speakerAt prefers the announcer named before the phrase, then the sentence's
	// resolved speaker ("He proposed …").
	speakerAt := func(off int) string {
		i := index(off)
		if i >= len(sents) {
			return ""
		}
		if speakers[i] != "" {
			return speakers[i]
		}
		return announcer(text[sents[i].Start:sents[i].End], off-sents[i].Start)
	}
	lists := enum.Scan(text) // one scan for announced counts and named lists
	for _, a := range lists.Announcements() {
		a := a
		s := sentenceOf(a.Start)
		facts = append(facts, &Fact{Kind: KindCount, Doc: doc, Span: Span{a.Start, a.End}, Sentence: s,
			Key: NormalizeKey(a.Noun), Speaker: speakerAt(a.Start), Announcement: &a})
	}
	for _, l := range lists.NamedLists() {
		l := l
		s := sentenceOf(l.Start)
		facts = append(facts, &Fact{Kind: KindNamedList, Doc: doc, Span: Span{l.Start, l.End}, Sentence: s,
			Key: NormalizeKey(l.Name), Speaker: speakerAt(l.Start), List: &l})
	}
	for _, q := range quotes {
		q := q
		facts = append(facts, &Fact{Kind: KindQuote, Doc: doc, Span: Span{q.Start, q.End}, Sentence: sentenceOf(q.Start),
			Speaker: q.Speaker, Quote: &q})
	}
	for _, p := range people {
		p := p
		facts = append(facts, &Fact{Kind: KindPerson, Doc: doc, Span: Span{p.Start, p.End}, Sentence: sentenceOf(p.Start),
			Subject: p.Name, Person: &p})
	}
	return facts
}

// announcer returns who makes an announcement at offset off of a sentence that
// names no source: the last name-like run of capitalised words before it
// ("During his speech, Chinh highlighted six…" → "Chinh").
func announcer(sent string, off int) string {
	toks := token.Scan(sent[:off], nil)
	w := words{text: sent, toks: toks}
	for last := len(toks) - 1; last >= 0; last-- {
		if toks[last].Kind != token.Word || !isCapitalised(w.at(last)) {
			continue
		}
		first := last
		for first > 0 && toks[first-1].Kind == token.Word && isCapitalised(w.at(first-1)) {
			first--
		}
		if name := nameRun(w, first, last); name != "" {
			return name
		}
		last = first
	}
	return ""
}

// nameRun returns the words first..last as a name, or "" when the run is a
// sentence-initial common word.
func nameRun(w words, first, last int) string {
	if first == 0 && first == last && looksCommon(w.at(0)) {
		return ""
	}
	if l := w.at(last); strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
		return "" // a possessive names an owner, not a speaker: "Vietnam's pillars"
	}
	return w.text[w.toks[first].Start:w.toks[last].End]
}
