package attrib

// speechVerb classifies a lower-case reporting word: strong verbs attribute
// on their own ("Van said ..."); weak ones have other common senses ("held a
// meeting", "shared a border") and attribute only before "that", a quote or a
// colon.
func speechVerb(w string) (ok, strong bool) {
	switch w {
	case "said", "says", "say", "stated", "states", "state", "emphasized", "emphasised",
		"emphasizes", "emphasises", "emphasize", "emphasise", "stressed", "stresses", "stress",
		"noted", "notes", "affirmed", "affirms", "affirm", "reaffirmed", "reaffirms", "proposed",
		"proposes", "highlighted", "highlights", "highlight", "told", "explained", "explains",
		"concluded", "underscored", "underscores", "underlined", "remarked", "commented",
		"assessed", "announced", "announces", "declared", "declares", "insisted", "insists",
		"argued", "argues", "mentioned", "confirmed", "confirms", "suggested", "suggests",
		"recalled", "observed", "acknowledged", "acknowledges", "warned", "warns", "reiterated",
		"reiterates", "wrote", "writes", "replied", "answered", "asserted", "asserts",
		"pointed", "urged", "urges", "added", "adds", "claimed", "claims", "estimated",
		"predicted", "forecast", "reported", "reports", "revealed", "disclosed", "joked", "jokes",
		"quipped", "cautioned", "cautions", "vowed", "vows", "lamented", "laments", "complained",
		"complains", "boasted", "boasts", "conceded", "concedes":
		return true, true
	case "held", "holds", "maintained", "maintains", "shared", "shares", "expressed",
		"believes", "believed", "believe", "continued", "characterized", "characterised",
		"considers", "considered", "thinks", "thought", "hoped", "hopes", "agreed", "welcomed",
		// "was admitted to hospital" is the common sense in disaster news
		"admitted", "admits":
		return true, false
	}
	return false, false
}

// isPronoun reports whether the folded word is a personal pronoun that can be
// a speaker.
func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// isAdverb reports whether the folded word may stand between a speaker and the
// verb ("Van also said", "Takaichi, who famously stated").
func isAdverb(w string) bool {
	switch w {
	case "also", "further", "then", "once", "again", "later", "earlier", "still", "always",
		"repeatedly", "famously", "once again", "previously", "recently", "has", "had", "have",
		"was", "is", "will", "would", "too":
		return true
	}
	return len(w) > 4 && w[len(w)-2:] == "ly"
}

// isSpeakerNoun reports whether the folded lower-case word can head a speaker
// phrase after "the" ("the leader", "the ministry", "the report").
func isSpeakerNoun(w string) bool {
	switch w {
	case "leader", "leaders", "side", "official", "officials", "minister", "ministry",
		"spokesperson", "spokesman", "spokeswoman", "source", "sources", "report", "survey",
		"study", "statement", "government", "ambassador", "governor", "chairman", "president",
		"delegate", "delegates", "expert", "experts", "analyst", "analysts", "company", "firm",
		"group", "organisers", "organizers", "agency", "embassy", "premier", "diplomat",
		"host", "speaker", "head", "chief", "director", "mayor", "envoy", "pm", "two", "both",
		"chair", "chairwoman", "chairperson", "founder", "owner", "executive", "officer", "judge",
		"principal", "coach", "captain", "manager", "secretary", "commissioner", "superintendent":
		return true
	}
	return isCoreWord(w)
}
