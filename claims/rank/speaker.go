package rank

import "github.com/claimcheck/claimcheck/claims/token"

// speechVerb reports the verbs whose subject is a speaker: a rank phrase right
// before one ("…, the world's second-largest chip maker said.") names who
// spoke, so it is its own subject and never ranks an earlier noun.
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added",
		"adds", "stated", "states", "noted", "notes",
		"announced", "announces", "reported", "reports",
		"warned", "warns", "explained", "explains", "confirmed",
		"confirms", "disclosed", "discloses", "wrote", "writes",
		"argued", "argues", "claimed", "claims", "estimated",
		"estimates", "forecast", "forecasts", "predicted",
		"predicts", "revealed", "reveals", "insisted", "insists",
		"acknowledged", "admitted", "cautioned", "projected":
		return true
	}
	return false
}

// speechAuxWord reports a word that may stand between a speaker and its verb: "has said", "also noted".
func speechAuxWord(w string) bool {
	switch w {
	case "has", "have", "had", "will", "would", "also",
		"previously", "earlier", "later", "recently":
		return true
	}
	return false
}

// speaks reports whether a speech verb follows token j (the token after a
// rank phrase), past at most two auxiliaries or adverbs.
func (s *scanner) speaks(j, hi int) bool {
	for n := 0; n < 2 && j < hi && speechAuxWord(s.word(j)); n++ {
		j++
	}
	return j < hi && speechVerb(s.word(j))
}

// speakerName returns the tokens [from, to) of the name a speaking rank phrase
// stands in apposition to ("Hanbit, the world's second-largest chip maker
// said"): a run of capitalised words right before its comma. (0, 0) when
// there is none: "Revenue came to USD 4.8 billion, the second-largest chip
// maker said" names no company, and "Revenue" is not it.
func (s *scanner) speakerName(start, lo int) (from, to int) {
	end := start - 1
	if end-1 < lo || !s.isSym(end, ",") {
		return 0, 0
	}
	end = s.nameEnd(end, lo)
	from = end
	for from-1 >= lo && s.toks[from-1].Kind == token.Word && isUpper(s.raw(from-1)) {
		from--
	}
	for from < end && leadCap(s.word(from)) {
		from++ // "The", "In": openers, not names
	}
	if from >= end || from > lo && s.toks[from-1].Kind == token.Word && (!subjectStop(s.word(from-1)) || preposition(s.word(from-1))) {
		return 0, 0 // the run is the tail of a longer phrase or a preposition's object: "Revenue at Hanbit,", "to September,"
	}
	return from, end
}
