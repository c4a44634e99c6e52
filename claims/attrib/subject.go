package attrib

import "strings"

// subjectBefore finds the speaker phrase that ends just before the verb at v
// (skipping adverbs and ", who"): a person mention, a pronoun, "the" with a
// title or speaker noun, or a run of capitalised words. It returns the token
// range of the phrase.
func (s *scanner) subjectBefore(v, lo int, people *mentions) (int, int, bool) {
	e := v
	for e-1 > lo && s.isWord(e-1) && !s.isCap(e-1) && isAdverb(s.fold(e-1)) {
		e--
	}
	// "Takaichi, who famously stated, …"
	if e-2 >= lo && s.is(e-1, "who") && s.is(e-2, ",") {
		e -= 2
	}
	if e <= lo {
		return 0, 0, false
	}
	if j := people.endingAt(s.toks[e-1].End, s.toks[lo].Start); j >= 0 {
		if st := s.tokenAt(people.ps[j].Start); st >= lo {
			return st, e, true
		}
	}
	last := s.fold(e - 1)
	if isPronoun(last) {
		return e - 1, e, true
	}
	// Walk back over capitalised words, "of", "and" and speaker nouns.
	k := e
	for k > lo && e-k < maxSpeakerTokens {
		w := s.fold(k - 1)
		switch {
		case s.isCap(k-1) && !notSubjectStart(w), isSpeakerNoun(w) && s.isWord(k-1):
		case (w == "of" || w == "and" || w == "-") && k < e && s.isCap(k):
		default:
			goto done
		}
		k--
	}
done:
	if k == e {
		return 0, 0, false
	}
	if k > lo && (s.is(k-1, "the") || s.is(k-1, "The") || s.is(k-1, "This") || s.is(k-1, "this")) {
		return k - 1, e, true
	}
	// Without a determiner the phrase must be a name-like capitalised run.
	for k < e && !s.isCap(k) {
		k++
	}
	if k == e {
		return 0, 0, false
	}
	return k, e, true
}

// notSubjectStart reports whether a capitalised folded word is a sentence
// opener rather than part of a speaker ("In", "During", "On").
func notSubjectStart(w string) bool {
	switch w {
	case "in", "on", "at", "during", "after", "before", "since", "with", "for", "from",
		"by", "as", "when", "while", "but", "and", "so", "if", "to", "of", "the", "a", "an":
		return true
	}
	return false
}

// subjectAfter finds the speaker phrase after an inverted verb ("said
// Ambassador Yamada Takio", "said he"), starting at token i.
func (s *scanner) subjectAfter(i, hi int, people *mentions) (int, int, bool) {
	if i >= hi {
		return 0, 0, false
	}
	if j := people.startingAt(s.toks[i].Start); j >= 0 {
		if e := s.tokenEndingAt(people.ps[j].End); e > i && e <= hi {
			return i, e, true
		}
	}
	if isPronoun(s.fold(i)) {
		return i, i + 1, true
	}
	k := i
	if s.is(k, "the") {
		k++
	}
	for k < hi && k-i < maxSpeakerTokens && (s.isCap(k) || isSpeakerNoun(s.fold(k)) && s.isWord(k) || s.is(k, "of") && s.isCap(k+1)) {
		k++
	}
	if k == i || k == i+1 && s.is(i, "the") {
		return 0, 0, false
	}
	return i, k, true
}

// tokenAt returns the index of the token starting at byte off, -1 if none.
func (s *scanner) tokenAt(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.toks) && s.toks[lo].Start == off {
		return lo
	}
	return -1
}

// tokenEndingAt returns one past the index of the token ending at byte off, -1 if none.
func (s *scanner) tokenEndingAt(off int) int {
	for i := s.tokenAt(off) - 1; i >= 0 && i < len(s.toks); i-- {
		if s.toks[i].End == off {
			return i + 1
		}
		if s.toks[i].End < off {
			break
		}
	}
	// The mention may end at the last token.
	for i := len(s.toks) - 1; i >= 0 && s.toks[i].End >= off; i-- {
		if s.toks[i].End == off {
			return i + 1
		}
	}
	return -1
}

// isQuoteOpen and isQuoteClose report whether token i is a quote mark that can
// open or close a quote.
func (s *scanner) isQuoteOpen(i int) bool {
	switch s.tok(i) {
	case "“", "\"", "‘", "'", "«":
		return true
	}
	return false
}

func (s *scanner) isQuoteClose(i int) bool {
	switch s.tok(i) {
	case "”", "\"", "’", "'", "»":
		return true
	}
	return strings.HasSuffix(s.tok(i), "”")
}
