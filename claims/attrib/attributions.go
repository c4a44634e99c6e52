package attrib

import (
	"sort"
	"strings"
)

// maxSpeakerTokens bounds a speaker phrase found by walking back from a verb.
const maxSpeakerTokens = 12

// Attributions returns the attribution phrases in a sentence: "According to
// X, ...", "X said/emphasized/... [that] ...", "..., the leader said", "...,
// said X" and "X, who famously stated, ...". Speaker is the phrase as written,
// a person with the title ("Japanese Ambassador to Vietnam Yamada Takio"), a
// pronoun, "the PM" or an organisation.
func Attributions(sentence string) []Attribution {
	s := newScanner(sentence)
	defer s.release()
	if !s.mayAttribute() {
		return nil // most sentences name no source: skip the people scan
	}
	return s.attributions(0, s.n(), newMentions(s.people()))
}

// AttributionsWith is Attributions for a sentence that starts at byte offset
// of a document whose people (People of the whole document) are given: the
// mentions inside the sentence are taken from people instead of being sought
// again, and a bare name the document introduced elsewhere ("Chinh said")
// counts as a person. Spans are relative to sentence, as in Attributions.
func AttributionsWith(sentence string, people []Person, offset int) []Attribution {
	s := newScanner(sentence)
	defer s.release()
	if !s.mayAttribute() {
		return nil
	}
	return s.attributions(0, s.n(), newMentions(shiftPeople(people, offset, offset+len(sentence))))
}

// shiftPeople returns the mentions lying within bytes [lo, hi) of the
// document, with offsets made relative to lo.
func shiftPeople(people []Person, lo, hi int) []Person {
	var out []Person
	for _, p := range people {
		if p.Start >= lo && p.End <= hi {
			p.Start, p.End, p.NameStart = p.Start-lo, p.End-lo, p.NameStart-lo
			out = append(out, p)
		}
	}
	return out
}

// mayAttribute reports whether any token could start an attribution: a speech
// verb or "according".
func (s *scanner) mayAttribute() bool { return s.mayAttributeIn(0, s.n()) }

// mayAttributeIn is mayAttribute for tokens [lo, hi).
func (s *scanner) mayAttributeIn(lo, hi int) bool { return len(s.verbsIn(lo, hi)) > 0 }

// verbsIn returns the tokens flagged fVerb among tokens [lo, hi).
func (s *scanner) verbsIn(lo, hi int) []int {
	a := sort.SearchInts(s.verbs, lo)
	b := a
	for b < len(s.verbs) && s.verbs[b] < hi {
		b++
	}
	return s.verbs[a:b]
}

// attributions finds attribution phrases among tokens [lo, hi).
func (s *scanner) attributions(lo, hi int, people *mentions) []Attribution {
	return s.attributionsTo(nil, lo, hi, people)
}

// attributionsTo is attributions appending to out, which is nil or has
// room for one attribution a verb among tokens [lo, hi).
func (s *scanner) attributionsTo(out []Attribution, lo, hi int, people *mentions) []Attribution {
	// Only at "According" or a speech verb can an attribution be anchored.
	verbs := s.verbsIn(lo, hi)
	for k, v := range verbs {
		if !s.isWord(v) {
			continue // neither "According" nor a verb
		}
		verb := s.fold(v)
		// "According" and "according" fold to "according": the other
		// verbs need not try the phrase.
		if verb == "according" {
			if a, ok := s.accordingTo(v, hi); ok {
				out = appendAttribution(out, a, len(verbs)-k)
				continue
			}
		}
		ok, strong := speechVerb(verb)
		if !ok || s.inName(v) {
			continue
		}
		end := v + 1
		if verb == "pointed" {
			if v+1 >= hi || !s.is(v+1, "out") {
				continue
			}
			end = v + 2
		}
		if !strong && (end >= hi || !s.introducesClaim(end)) && !s.quoteOpensClause(v, lo) {
			continue
		}
		a := Attribution{Verb: s.span(v, end), End: s.toks[end-1].End}
		ss, se, ok := s.subjectBefore(v, lo, people)
		if !ok && v > lo && (s.isQuoteClose(v-1) || s.is(v-1, ",")) {
			// "..., said Ambassador Yamada Takio" and "…” said he".
			ss, se, ok = s.subjectAfter(end, hi, people)
			if ok && se == ss+1 && countryOfAdjective(strings.ToLower(s.span(ss, se))) != "" {
				ok = false // ", said Turkish garment makers were looking …": a nationality, the claim's subject
			}
			if ok {
				a.End = s.toks[se-1].End
			}
		}
		if !ok {
			continue
		}
		a.Speaker = s.span(ss, se)
		a.SpeakerStart, a.SpeakerEnd = s.toks[ss].Start, s.toks[se-1].End
		a.Start = min(s.toks[ss].Start, s.toks[v].Start)
		out = appendAttribution(out, a, len(verbs)-k)
	}
	return out
}

// quoteOpensClause reports a quote closed by a comma a few tokens before the
// verb at v, with no sentence end between: '"…," Pham Minh Khoa, director
// general of the agency, told a conference' attributes that quote, whatever
// follows the verb.
func (s *scanner) quoteOpensClause(v, lo int) bool {
	for k := v - 1; k > lo && k >= v-20; k-- {
		// Most tokens are words, and a word is no quote mark nor a
		// sentence's end: it ends in a letter, a combining mark or the
		// dot of "U.S.", never in ”.
		if s.flags[k]&fWord == 0 {
			if s.isQuoteClose(k) {
				return s.is(k-1, ",")
			}
			if s.isQuoteOpen(k) || s.is(k, ".") || s.is(k, "?") || s.is(k, "!") {
				return false
			}
		}
		if s.lineBreak(k) {
			return false
		}
	}
	return false
}

// appendAttribution appends a to out, found at a verb with n-1 verbs after
// it: a verb gives one attribution at most, so the first one makes room
// for all (unless out has it already), and a sentence without any
// allocates nothing.
func appendAttribution(out []Attribution, a Attribution, n int) []Attribution {
	if out == nil {
		out = make([]Attribution, 0, n)
	}
	return append(out, a)
}

// introducesClaim reports whether token i opens reported content: "that", a
// colon, a comma before a quote, or a quote.
func (s *scanner) introducesClaim(i int) bool {
	return s.is(i, "that") || s.is(i, ":") || s.isQuoteOpen(i) || s.is(i, ",") && s.isQuoteOpen(i+1)
}

// accordingTo matches "According to X," at v and takes X up to the comma.
func (s *scanner) accordingTo(v, hi int) (Attribution, bool) {
	if !(s.is(v, "According") || s.is(v, "according")) || !s.is(v+1, "to") {
		return Attribution{}, false
	}
	k := v + 2
	for k < hi && k-v < maxSpeakerTokens+2 && !s.is(k, ",") && !s.is(k, ".") && !s.is(k, ";") {
		k++
	}
	if k == v+2 {
		return Attribution{}, false
	}
	ss, se := v+2, k
	// "according to Japanese standards" names a norm, not a source: the
	// phrase must end in a name, an acronym in brackets or a source noun.
	if last := s.fold(se - 1); !s.isCap(se-1) && !s.is(se-1, ")") && !isSpeakerNoun(last) && !isSourceNoun(last) {
		return Attribution{}, false
	}
	// "according to research by X", "data from X": the source is X.
	for m := ss; m < se-1; m++ {
		if s.is(m, "by") || s.is(m, "from") {
			ss = m + 1
			break
		}
	}
	// "JETRO's most recent survey": the source is JETRO.
	a := Attribution{Verb: s.span(v, v+2), Start: s.toks[v].Start, End: s.toks[k-1].End}
	a.SpeakerStart, a.SpeakerEnd = s.toks[ss].Start, s.toks[se-1].End
	for m := ss; m < se-1; m++ {
		w := s.tok(m)
		base, ok := strings.CutSuffix(w, "'s")
		if !ok {
			base, ok = strings.CutSuffix(w, "’s")
		}
		if ok && s.isCap(m) && !s.isCap(m+1) {
			a.SpeakerEnd = s.toks[m].Start + len(base)
			break
		}
	}
	a.Speaker = s.text[a.SpeakerStart:a.SpeakerEnd]
	return a, true
}

// isSourceNoun reports whether the folded word names a document or data that
// can be a source ("according to the latest survey").
func isSourceNoun(w string) bool {
	switch w {
	case "survey", "surveys", "report", "reports", "data", "figures", "statistics", "research",
		"estimates", "estimate", "study", "studies", "analysis", "forecast", "census", "poll",
		"document", "announcement", "sources", "media", "reuters", "officials", "him", "her", "them":
		return true
	}
	return false
}

// inName reports whether the capitalised word at v ends a proper name rather
// than being a verb: "the United States," "the Papal States'". In a
// title-case headline ("Minister Says Growth Will Rise") the next word is
// capitalised too, and the verb stands.
func (s *scanner) inName(v int) bool {
	if s.isCap(v) && s.isCap(v+1) && s.gap(v+1) == " " && TitleWord(s.fold(v+1)) {
		return true // "the Parliamentary State Secretary": "State" opens a title, it says nothing
	}
	return s.isCap(v) && s.isCap(v-1) && s.gap(v) == " " && !s.isCap(v+1)
}
