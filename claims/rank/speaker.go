package rank

import "github.com/claimcheck/claimcheck/claims/token"

// speechVerbs are the verbs whose subject is a speaker: a rank phrase right
// before one ("…, the world's second-largest chip maker said.") names who
// spoke, so it is its own subject and never ranks an earlier noun.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"adds": true, "stated": true, "states": true, "noted": true, "notes": true,
	"announced": true, "announces": true, "reported": true, "reports": true,
	"warned": true, "warns": true, "explained": true, "explains": true, "confirmed": true,
	"confirms": true, "disclosed": true, "discloses": true, "wrote": true, "writes": true,
	"argued": true, "argues": true, "claimed": true, "claims": true, "estimated": true,
	"estimates": true, "forecast": true, "forecasts": true, "predicted": true,
	"predicts": true, "revealed": true, "reveals": true, "insisted": true, "insists": true,
	"acknowledged": true, "admitted": true, "cautioned": true, "projected": true,
}

// speechAux may stand between a speaker and its verb: "has said", "also noted".
var speechAux = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true,
	"previously": true, "earlier": true, "later": true, "recently": true,
}

// speaks reports whether a speech verb follows token j (the token after a
// rank phrase), past at most two auxiliaries or adverbs.
func (s *scanner) speaks(j, hi int) bool {
	for n := 0; n < 2 && j < hi && speechAux[s.word(j)]; n++ {
		j++
	}
	return j < hi && speechVerbs[s.word(j)]
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
	from = end
	for from-1 >= lo && s.toks[from-1].Kind == token.Word && isUpper(s.raw(from-1)) {
		from--
	}
	for from < end && leadCaps[s.word(from)] {
		from++ // "The", "In": openers, not names
	}
	if from >= end || from > lo && s.toks[from-1].Kind == token.Word && (!subjectStops[s.word(from-1)] || prepositions[s.word(from-1)]) {
		return 0, 0 // the run is the tail of a longer phrase or a preposition's object: "Revenue at Hanbit,", "to September,"
	}
	return from, end
}
