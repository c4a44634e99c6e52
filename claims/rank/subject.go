package rank

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// subjectStop reports whether w ends a subject noun phrase read backwards from its verb.
func subjectStop(w string) bool {
	switch w {
	case "that", "which", "who", "and", "but", "or",
		"said", "says", "while", "because", "if", "when",
		"where", "as", "than", "so", "in", "on", "at",
		"for", "with", "by", "from", "to", "into",
		"after", "before", "since", "noted", "added",
		"stated", "believes", "thinks", "according", "although":
		return true
	}
	return false
}

// adverb reports an adverb or auxiliary, which sits between a subject and its ranking verb.
func adverb(w string) bool {
	switch w {
	case "always", "still", "currently", "now", "also", "again",
		"consistently", "already", "once", "today", "reportedly",
		"officially", "is", "are", "was", "were", "has",
		"have", "had", "been", "be", "will", "would",
		"to", "continues", "continued", "presently", "firmly":
		return true
	}
	return false
}

// leadCap reports a capitalised word that is no name: sentence openers and titles.
func leadCap(w string) bool {
	switch w {
	case "the", "this", "that", "these", "those", "in",
		"on", "at", "for", "with", "by", "a", "an",
		"it", "its", "he", "she", "they", "we",
		"according", "as", "but", "and", "however",
		"meanwhile", "since", "after", "before", "while",
		"specifically", "last", "next", "today", "up":
		return true
	}
	return false
}

// build completes a hit with its owner and subject.
// The int is the ranking verb's token (-1 when none): ranks that share a verb share
// a subject, and later ones inherit the owner of earlier ones.
func (s *scanner) build(h hit, lo, hi int) (Rank, int) {
	if h.end <= h.start {
		h.end = h.start + 1
	}
	r := Rank{
		Start: s.toks[h.start].Start, End: s.toks[h.end-1].End,
		Rank: h.rank, AtMost: h.atMost, Categories: h.cats, Scope: h.scope,
		SubjectStart: -1, SubjectEnd: -1,
	}
	if len(r.Categories) == 0 && !r.AtMost {
		// "Brazil, third in the world rankings", "ranked 11th in the
		// world.": a place in the world ranking, as "world No. 3" says (not
		// "second in the world as a destination", ranked by something else).
		closed := h.end >= hi || s.isSym(h.end, ",") || s.isSym(h.end, ".") || s.isSym(h.end, ";") || s.word(h.end) == "and"
		if sc := strings.ToLower(r.Scope); sc == "in the world rankings" || sc == "in the world ranking" || sc == "in the world" && closed {
			r.Categories, r.Scope = []string{"ranking"}, "in the world"
		}
	}
	sf, st, verb := s.subject(h, lo, hi)
	if h.start-1 >= lo && s.word(h.start) == "the" && beatVerb(s.word(h.start-1)) {
		sf, st = 0, 0 // "needed five sets to overcome the world No. 29": the opponent, whom the sentence leaves unnamed
	}
	if f, t, ok := s.madeObject(h.start, lo); ok {
		sf, st = f, t // "Japan has 214 projects …, making it the second-largest investor"
	} else if st <= sf && h.start-2 >= lo && s.word(h.start-1) == "it" && makeVerb(s.word(h.start-2)) {
		sf, st = h.start-1, h.start // "That made it the eighth-most profitable": for the document to resolve
	}
	if h.after {
		sf, st = h.end, s.properRun(h.end, hi)
	}
	if st <= sf && h.start == lo {
		sf, st = s.frontedSubject(h.end, hi) // "The country's third-largest airline by passengers carried, Sampaguita flew …"
	}
	if f, t, ok := s.apposedName(h, lo, hi); ok && st != t {
		sf, st = f, t // "Germany's Lukas Brenner, the seventh seed, and …": the name the phrase is set beside
	}
	if s.speaks(h.end, hi) {
		// The phrase is who spoke: only a name in apposition to it is its subject.
		sf, st = s.speakerName(h.start, lo)
		verb = -1
	}
	if st > sf {
		r.SubjectStart, r.SubjectEnd = s.toks[sf].Start, s.toks[st-1].End
		if w := s.word(st - 1); isPossessive(w) && !strings.HasSuffix(w, "s'") {
			r.SubjectEnd -= len("'s") // "Siam Horizon's place as …": the name, without its possessive
			if strings.HasSuffix(w, "’s") {
				r.SubjectEnd -= len("’s") - len("'s")
			}
		}
		r.Subject = s.text[r.SubjectStart:r.SubjectEnd]
	}
	for j := h.start; j < h.trig; j++ {
		w := s.word(j)
		switch {
		case possessivePronoun(w):
			r.Owner = s.resolve(j, lo, sf, st)
		case isPossessive(w) || s.barePossessive(j) && j-1 >= h.start:
			e := j
			if w == "" {
				e = j - 1 // "the Philippines'": the word before the apostrophe
			}
			f := e
			for f > h.start && s.toks[f-1].Kind == token.Word {
				if f-3 >= h.start && s.isDash(f-2) && compassHalves(s.word(f-3), s.word(f-1)) && isUpper(s.raw(f-3)) {
					f -= 3 // "South-east Asia's"
					continue
				}
				if !isUpper(s.raw(f - 1)) {
					break
				}
				f--
			}
			for f < e && leadCap(s.word(f)) {
				f++ // "The world's largest": the opener is no part of the owner
			}
			r.Owner = trimPossessive(s.text[s.toks[f].Start:s.toks[e].End])
		}
	}
	switch strings.ToLower(r.Owner) {
	case "world", "globe", "planet":
		r.Owner = ""
		if r.Scope == "" {
			r.Scope = "in the world"
		}
	}
	// "the largest provider of bilateral ODA to Vietnam" is Vietnam's: the
	// buyer a trailing "to" names owns the ranking as a possessive would.
	if sc, ok := strings.CutPrefix(r.Scope, "to "); ok && r.Owner == "" {
		r.Owner, r.Scope = sc, ""
	}
	// "the most important partner of Vietnam": a trailing "of" names the owner.
	if r.Owner == "" && s.word(h.end) == "of" && h.end+1 < hi {
		if e := s.properRun(h.end+1, hi); e > h.end+1 {
			r.Owner = s.text[s.toks[h.end+1].Start:s.toks[e-1].End]
		}
	}
	if r.Scope == "" {
		// "the largest buyer of Kazakh wheat outside Central Asia": a field that
		// leaves part out, a few words on, bounds the ranking.
		for k := h.end; k < hi && k < h.end+6; k++ {
			if w := s.word(k); w == "outside" || w == "excluding" || w == "from" { // "… tea to Azerbaijan from Southeast Asia"
				if sc, _ := s.scope(k, hi); sc != "" {
					r.Scope = sc
				}
				break
			}
			if s.toks[k].Kind == token.Symbol || s.word(k) == "and" || s.word(k) == "but" {
				break // "the fifth-largest tea supplier to Azerbaijan overall and the largest from Southeast Asia": the next one's field
			}
		}
	}
	// "fourth among the 41 countries investing in Long Giang", "the
	// second-largest investor among 41 countries present in Long Giang": the
	// field is in Long Giang, whose ranking it is.
	if r.Owner == "" {
		r.Owner = s.fieldPlace(h, hi)
	}
	return r, verb
}

// frontedSubject returns the name right after the comma that closes a rank
// phrase opening its sentence, within a few words of the phrase's end ("The
// country's third-largest airline by passengers carried, Sampaguita flew …"):
// the phrase is set before its subject in apposition. It returns an empty
// span when there is none.
func (s *scanner) frontedSubject(end, hi int) (int, int) {
	for k := end; k < hi && k < end+6; k++ {
		if s.toks[k].Kind != token.Symbol {
			continue
		}
		if s.raw(k) == "," && k+1 < hi && !leadCap(s.word(k+1)) {
			if e := s.properRun(k+1, hi); e > k+1 && !isPossessive(s.word(e-1)) {
				return k + 1, e
			}
		}
		break
	}
	return 0, 0
}

// madeObject finds who "making it" / "which makes the country" before the rank
// phrase at start refers to: the name that opens the sentence ("Japan as a
// whole has …, making it the second-largest investor" → Japan).
func (s *scanner) madeObject(start, lo int) (from, to int, ok bool) {
	j := start - 1
	// "The result made Hon Khoi the fourth-largest …": the name between the
	// verb and the phrase is its object.
	n := start
	for n-1 > lo && s.toks[n-1].Kind == token.Word && isUpper(s.raw(n-1)) && !leadCap(s.word(n-1)) && start-n < 5 {
		n--
	}
	if n < start && makeVerb(s.word(n-1)) {
		return n, start, true
	}
	definite := false // "makes the company Peru's third-largest …"
	switch {
	case j-1 >= lo && s.word(j) == "it" && makeVerb(s.word(j-1)):
	case j-2 >= lo && s.word(j-1) == "the" && makeVerb(s.word(j-2)) && (s.word(j) == "country" || s.word(j) == "company" || s.word(j) == "city" || s.word(j) == "province" || s.word(j) == "group"):
		definite = true
	default:
		return 0, 0, false
	}
	if lo+2 < j && (s.word(lo) == "the" || s.word(lo) == "this") && s.toks[lo+1].Kind == token.Word && !isUpper(s.raw(lo+1)) &&
		s.toks[lo+2].Kind == token.Word && (strings.HasSuffix(s.word(lo+2), "ed") || copula(s.word(lo+2)) || rankVerb(s.word(lo+2))) {
		// "The port handled 1.9 million TEU, making it the third-largest …":
		// the definite noun is the subject, for the document to resolve.
		return lo, lo + 2, true
	}
	f := lo
	for f < j && (s.toks[f].Kind != token.Word || leadCap(s.word(f)) || !isUpper(s.raw(f))) {
		if s.toks[f].Kind == token.Word && !leadCap(s.word(f)) && !isUpper(s.raw(f)) {
			if definite {
				return j - 1, j + 1, true // "The result makes the company …": the definite noun, for the document to resolve
			}
			return 0, 0, false // the sentence opens with a common noun: no name to refer to
		}
		f++
	}
	t := f
	for t < j && s.toks[t].Kind == token.Word && isUpper(s.raw(t)) && !isPossessive(s.word(t)) {
		t++
	}
	if t == f {
		return 0, 0, false
	}
	return f, t, true
}

// makeVerb reports a verb that makes its object what a rank phrase after it says.
func makeVerb(w string) bool {
	switch w {
	case "making", "makes", "make", "made", "kept", "keeps", "keep", "keeping":
		return true
	}
	return false
}

// fieldPlace returns the place an "among …" field after a rank phrase lies in
// ("among the 41 countries and territories investing in Long Giang" → "Long
// Giang"), or "".
func (s *scanner) fieldPlace(h hit, hi int) string {
	k := h.start
	for k < hi && k < h.end+2 && s.word(k) != "among" {
		k++
	}
	if k >= hi || s.word(k) != "among" {
		return ""
	}
	for j := k + 1; j < hi && j < k+10; j++ {
		if s.toks[j].Kind == token.Symbol {
			return ""
		}
		if s.word(j) == "in" {
			if e := s.properRun(j+1, hi); e > j+1 {
				return s.text[s.toks[j+1].Start:s.toks[e-1].End]
			}
			return ""
		}
	}
	return ""
}

func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// describedAs returns the name a relative clause describes as the ranked one:
// "Vietnam, which Minsk describes as its second-largest trading partner" ranks
// Vietnam, not Minsk, who describes it.
func (s *scanner) describedAs(start, lo int) (int, int, bool) {
	if start-4 < lo || s.word(start-1) != "as" {
		return 0, 0, false
	}
	switch s.word(start - 2) {
	case "describes", "described", "calls", "called", "regards", "regarded", "considers", "considered", "counts", "sees", "lists", "listed":
	default:
		return 0, 0, false
	}
	k := start - 3
	for k >= lo && s.toks[k].Kind == token.Word && isUpper(s.raw(k)) {
		k-- // who describes it: "Minsk", "the Belarusian government" is left alone
	}
	if k == start-3 || k-2 < lo || (s.word(k) != "which" && s.word(k) != "who") || !s.isSym(k-1, ",") {
		return 0, 0, false
	}
	end := k - 1
	from := end
	for from-1 >= lo && s.toks[from-1].Kind == token.Word && isUpper(s.raw(from-1)) {
		from--
	}
	if from == end {
		return 0, 0, false
	}
	return from, end, true
}

// subject returns the tokens [from, to) of who is ranked: the noun phrase before
// the ranking verb, or before the comma of an appositive ("Japan, the largest
// investor, …"). Pronouns are returned as written.
func (s *scanner) subject(h hit, lo, hi int) (from, to, verb int) {
	v := h.verb
	if f, t, ok := s.asName(h.start, lo); ok {
		return f, t, v // "shows Ndumberi Hill Boys in Kiambu as the top school"
	}
	if f, t, ok := s.openingAs(h, lo, hi); ok {
		return f, t, -1 // "As the country's second-largest operator …, the company has …"
	}
	if f, t, ok := s.describedAs(h.start, lo); ok {
		return f, t, -1 // "Vietnam, which Minsk describes as its second-largest trading partner"
	}
	if h.start-3 >= lo && s.word(h.start-1) == "as" && s.word(h.start-2) == "itself" {
		// "Nordvik describes itself as the third-largest operator": the
		// name before the verb of the reflexive.
		if end := h.start - 3; end > lo && s.toks[end].Kind == token.Word {
			if w := s.word(end - 1); end-2 > lo && (w == "which" || w == "who" || w == "that") {
				end-- // "Kalmora, which describes itself as …"
				if s.isSym(end-1, ",") {
					end--
				}
			}
			from := end
			for from-1 >= lo {
				if s.toks[from-1].Kind == token.Word && isUpper(s.raw(from-1)) {
					from--
				} else if from-2 >= lo && from < end && (s.word(from-1) == "and" || s.isSym(from-1, "&")) && s.toks[from-2].Kind == token.Word && isUpper(s.raw(from-2)) {
					from -= 2 // "Jinfeng Coal and Power Group, which describes itself as …"
				} else {
					break
				}
			}
			if from < end {
				return from, end, -1
			}
			if end-2 >= lo && s.word(end-2) == "the" && s.toks[end-1].Kind == token.Word {
				return end - 2, end, -1 // "The company describes itself as …": the firm the text is about
			}
			for k := end - 3; k >= lo && k >= end-6 && s.toks[end-1].Kind == token.Word; k-- {
				if s.word(k) == "the" {
					return k, end, -1 // "The Kostanay-based company, which describes itself as …"
				}
				if s.toks[k].Kind != token.Word && !s.isSym(k, "-") {
					break
				}
			}
		}
	}
	c := h.start - 1
	for c-1 > lo && (s.word(c) == "now" || s.word(c) == "still" || s.word(c) == "currently" || s.word(c) == "also" || s.word(c) == "already") {
		c-- // "India, now the province's fifth-largest source market"
	}
	if v < 0 && s.isSym(c, ",") && s.isSym(h.end, ",") {
		if f, t, ok := s.commonApposed(c, lo); ok {
			return f, t, -1 // "but games and puzzles, the group's second-biggest category, has …"
		}
	}
	appFrom, appEnd := -1, -1 // a name in apposition after a preposition
	ne := c
	if s.isSym(c, ",") {
		ne = s.nameEnd(c, lo)
	}
	if v < 0 && ne-1 >= lo && s.isSym(c, ",") && s.toks[ne-1].Kind == token.Word &&
		isUpper(s.raw(ne-1)) && !leadCap(s.word(ne-1)) && ne-1 > lo {
		// "India remained dominant, while Britain, the second-largest source
		// market, …": the name in apposition, not the subject of a verb before.
		end := ne
		from := end
		for from-1 >= lo && (s.toks[from-1].Kind == token.Word && isUpper(s.raw(from-1)) && !leadCap(s.word(from-1)) ||
			(s.isSym(from-1, "&") || s.isSym(from-1, "/")) && from-2 >= lo && s.toks[from-2].Kind == token.Word && isUpper(s.raw(from-2))) {
			if s.isSym(from-1, "/") {
				from-- // "Nordvind Blades A/S": the "A" of a legal form is no article
			}
			from-- // "Siam Harvest Feed & Livestock": the ampersand is the name's
		}
		// After a preposition the name is an object ("Sales rose in Vorn, the
		// largest market"; "Japan is Vietnam's largest provider of ODA, its
		// third-largest foreign investor"): the verb before decides, below.
		if from-1 < lo || !preposition(s.word(from-1)) {
			return from, end, -1
		}
		switch s.word(from - 1) {
		case "from", "of", "by", "with", "at", "to", "for":
			if from-2 >= lo && personBefore(s.word(from-2)) {
				break // "The 24-year-old from Sakai, the world No. 6": where the person is from
			}
			// "results from Delta Nile, Egypt's second-largest producer":
			// an organisation, a buyer, a seller; not a place or a time
			// ("Sales rose in Vorn, the largest market").
			if !calendarName(s.word(end - 1)) {
				appFrom, appEnd = from, end
			}
		}
	}
	if v < 0 {
		for j := h.start - 1; j >= lo; j-- {
			w := s.word(j)
			if w == "" {
				// not a word: only a clause end stops the look back
				if s.isSym(j, ";") {
					break
				}
				if s.isSym(j, ":") && h.start-j > colonReach {
					break // a colon far back closes another clause; a near one elaborates its subject
				}
				continue
			}
			if appFrom >= 0 && (w == "and" || w == "but" || w == "while") && j-1 >= lo && s.isSym(j-1, ",") {
				break // "…, and last Monday's results from Delta Nile, Egypt's second-largest …": another clause's verb
			}
			if copula(w) || rankVerb(w) || possessVerb(w) && j == h.start-1 {
				v = j // "Wrzosów already has the third-largest tram network": its owner
				break
			}
			if (w == "into" || w == "as") && becoming(s.word(j-1)) {
				v = j - 1 // "has transformed into one of the top 35 economies"
				break
			}
		}
	}
	if v < 0 && appFrom >= 0 {
		// "results from Delta Nile Cement Company, Egypt's second-largest
		// cement producer, showed …": no verb ranks anything before, so the
		// apposition describes the name it follows.
		return appFrom, appEnd, -1
	}
	end := 0
	switch {
	case v >= 0:
		end = v
		for end-1 >= lo && adverb(s.word(end-1)) {
			end--
		}
		if end-2 > lo && s.word(end-1) == "and" && s.isSym(end-2, ",") {
			if f, t, ok := s.openingSubject(lo, end-2); ok {
				return f, t, v // "Rotterdam remained Europe's largest container port, …, and ranked 11th": the sentence's subject
			}
		} else if end-2 > lo && s.word(end-1) == "and" {
			if f, t, ok := s.openingSubject(lo, end-1); ok {
				return f, t, v // "The group is the third-largest brewer … and ranks 14th": one subject, two predicates
			}
		}
		if end == v && end-1 > lo && s.word(v) == "ranking" && s.isSym(end-1, ",") {
			// "…, Japan had 5,630 projects …, ranking third among …": the
			// participle ranks the subject of the clause it closes.
			if f, t, ok := s.openingSubject(s.pastOpener(lo, end-1), end-1); ok && (holdingVerb(s.word(t)) || adverb(s.word(t)) && holdingVerb(s.word(t+1))) {
				return f, t, v
			} else if ok && investorNoun(s.word(t)) && holdingVerb(s.word(t+1)) {
				return f, t, v // "Thai investors had 780 valid projects …, ranking ninth": the nation the adjective names
			}
		}
		if k := s.relativeOpen(end, lo); k > lo {
			end = k // "Sagaran, which has 286,400 hectares across A, B and C, is …": the name the clause describes
		} else if k := s.asideOpen(end, lo); k > lo {
			end = k // "Warrawong, near Norseman in Western Australia's Goldfields, is …"
		} else if end == v && end-2 > lo && s.isSym(end-1, ",") && s.toks[end-2].Kind == token.Word && isUpper(s.raw(end-2)) && !leadCap(s.word(end-2)) {
			end-- // "Its centrepiece, the 32.7-kilometre Yakumo Tunnel, is …": the name the apposition gives
		}
		if end == v && end-1 > lo && s.word(v) == "ranked" && s.isSym(end-1, ",") && isUpper(s.raw(end-2)) {
			end-- // "MAC, ranked ninth among …,": the participle describes the name before its comma
		}
		if end-2 > lo && (s.word(end-1) == "which" || s.word(end-1) == "who") && s.isSym(end-2, ",") &&
			(isUpper(s.raw(end-3)) || end-4 >= lo && s.word(end-4) == "the" && s.toks[end-3].Kind == token.Word) {
			end -= 2 // "Turkey, which ranks second among …", "The company, which ranks as …": what the clause describes
		}
		// "Japan as a whole is …": the qualifier is no part of the subject.
		if end-3 >= lo && s.word(end-3) == "as" && s.word(end-2) == "a" && (s.word(end-1) == "whole" || s.word(end-1) == "group") {
			end -= 3
		}
	case c >= lo && s.isSym(c, ","):
		end = c // "India, now the province's fifth-largest source market"
	default:
		return 0, 0, -1
	}
	// "Philippine inflation in May was the third-lowest": a month or
	// weekday after "in" dates the subject, it is no part of it.
	if end-3 >= lo && s.word(end-2) == "in" && calendarName(s.word(end-1)) {
		end -= 2
	}
	from = s.phraseStart(end, lo, 8, false)
	for from < end && s.isDash(from) {
		from++
	}
	if v >= 0 && from-2 >= lo && isUpper(s.raw(from)) {
		if pf, pe, ok := s.placedName(lo, from); ok {
			return pf, pe, v // "The Tsagaan Uul project in Omnogovi is …": the project, not its place
		}
	}
	if v < 0 && from-1 >= lo && s.toks[from-1].Kind == token.Number {
		// "Aerovia ended the year with 176 aircraft, the second-largest
		// fleet": the apposition sums up a counted object, so it ranks
		// the name that opens the clause, the owner of what was counted.
		if f, t, ok := s.openingName(lo, from-1); ok {
			return f, t, v
		}
	}
	if from >= end || timeNoun(s.word(end-1)) || v < 0 && from-1 >= lo && preposition(s.word(from-1)) {
		return 0, 0, v // "for the year, the highest rate": a time or a prepositional object, never a subject
	}
	// Prefer the proper name that ends at the verb: "Last year Japan" → "Japan".
	if isUpper(s.raw(end - 1)) {
		f := end - 1
		for f-1 >= from {
			p := f - 1
			if isUpper(s.raw(p)) || s.isDash(p) || (s.word(p) == "of" && p-1 >= from && isUpper(s.raw(p-1))) {
				f = p
				continue
			}
			break
		}
		if f > from && !leadCap(s.word(f)) {
			from = f
		}
	}
	return from, end, v
}

// phraseStart walks back from token end over at most limit words (and the
// hyphens glued inside them) that no subject stops at, to where the phrase
// ending there starts; with and, an "and" between two words joins them
// ("dolls and plush").
func (s *scanner) phraseStart(end, lo, limit int, and bool) int {
	from := end
	for n := 0; from-1 >= lo && n < limit; n++ {
		j := from - 1
		if s.toks[j].Kind == token.Word && (!subjectStop(s.word(j)) || and && s.word(j) == "and" && from < end && j-1 >= lo && s.toks[j-1].Kind == token.Word) {
			from = j
			continue
		}
		if s.isDash(j) && j-1 >= lo && s.adjacent(j-1) && s.adjacent(j) {
			from = j
			continue
		}
		break
	}
	return from
}

// commonApposed returns a lower-case noun phrase set off before the comma
// at token c, when it opens the sentence or a clause after "but", "while"
// or "whereas" ("Dolls and plush, the second-largest category, grew …",
// "…, but games and puzzles, the group's second-biggest category, has
// …"): the apposition after the comma describes it. "and" may join two
// things inside it.
func (s *scanner) commonApposed(c, lo int) (from, to int, ok bool) {
	from = s.phraseStart(c, lo, 5, true)
	if from == c || s.word(from) == "and" {
		return 0, 0, false
	}
	switch {
	case from == lo:
	case s.word(from-1) == "but" || s.word(from-1) == "while" || s.word(from-1) == "whereas":
	default:
		return 0, 0, false
	}
	for k := from; k < c; k++ {
		if s.toks[k].Kind == token.Word && k > lo && isUpper(s.raw(k)) {
			return 0, 0, false // a name: the apposition rules above have it
		}
		if w := s.word(k); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || copula(w) || rankVerb(w) || possessVerb(w) {
			return 0, 0, false // a description or a clause, no thing named
		}
	}
	return from, c, true
}

// openingSubject returns the subject that opens the sentence at lo, before
// stop: a run of capitalised words ("Rotterdam") or a definite noun of one or
// two words ("The company") for the document to resolve.
func (s *scanner) openingSubject(lo, stop int) (from, to int, ok bool) {
	if s.toks[lo].Kind != token.Word {
		return 0, 0, false
	}
	if w := s.word(lo); w == "the" || w == "this" {
		t := lo + 1
		for t < stop && t < lo+3 && s.toks[t].Kind == token.Word && !isUpper(s.raw(t)) && !copula(s.word(t)) && !rankVerb(s.word(t)) &&
			!strings.HasSuffix(s.word(t), "ed") && !strings.HasSuffix(s.word(t), "s") {
			t++
		}
		if t == lo+1 || t >= stop {
			return 0, 0, false
		}
		return lo, t, true
	}
	if !isUpper(s.raw(lo)) || leadCap(s.word(lo)) {
		return 0, 0, false
	}
	t := lo
	for t < stop && s.toks[t].Kind == token.Word && isUpper(s.raw(t)) && !isPossessive(s.word(t)) {
		t++
	}
	if t == lo || t >= stop {
		return 0, 0, false
	}
	return lo, t, true
}

// investorNoun reports the plural a nationality adjective qualifies when a
// country's investors or firms are ranked: "Thai investors", "Japanese
// firms".
func investorNoun(w string) bool {
	switch w {
	case "investors", "firms", "companies", "businesses", "enterprises":
		return true
	}
	return false
}

// holdingVerb reports a verb by which a subject holds or reaches what a
// ranking participle after it ranks ("Japan had 5,630 projects …, ranking
// third"), not one it does to an object ("Investors favour the country,
// ranking first": the country ranks).
func holdingVerb(w string) bool {
	switch w {
	case "had", "has", "have", "is", "was", "are", "were", "remains", "remained", "posted", "recorded",
		"reached", "registered", "reported", "held", "holds", "accounted", "accounts":
		return true
	}
	return false
}

// pastOpener returns where the main clause starts after an opening
// adverbial that ends with a comma before stop ("As of the end of March
// 2026, Japan had …" → Japan), or lo when the sentence opens otherwise.
func (s *scanner) pastOpener(lo, stop int) int {
	switch s.word(lo) {
	case "as", "by", "in", "at", "on", "since", "during", "after", "for", "until", "through":
	default:
		return lo
	}
	for j := lo + 1; j < stop && j < lo+12; j++ {
		if s.isSym(j, ",") {
			return j + 1
		}
	}
	return lo
}

// relativeOpen returns the comma that opens a relative clause closed by the
// comma right before token end ("Sagaran, which has …, is"), when a
// capitalised name stands before it; lo when there is none.
func (s *scanner) relativeOpen(end, lo int) int {
	if end-1 <= lo || !s.isSym(end-1, ",") {
		return lo
	}
	for j := end - 2; j > lo && j >= end-40; j-- {
		if s.isSym(j, ";") || s.isSym(j, ":") {
			return lo
		}
		if s.isSym(j, ",") && (s.word(j+1) == "which" || s.word(j+1) == "who" || s.word(j+1) == "whose") {
			if s.toks[j-1].Kind == token.Word && isUpper(s.raw(j-1)) && !leadCap(s.word(j-1)) {
				return j
			}
			return lo
		}
	}
	return lo
}

// standingNoun reports a noun for a place held in a ranking: "its position
// as the second-largest".
func standingNoun(w string) bool {
	switch w {
	case "place", "position", "status", "role", "spot", "standing", "ranking":
		return true
	}
	return false
}

// nameEnd returns where a name before the comma at c ends, past what may
// stand between them: "Luzon Commerce Bank (LCB)," ends at "Bank" and
// "Kalayaan Pacific Holdings Inc.," at "Inc". It is c when nothing does.
func (s *scanner) nameEnd(c, lo int) int {
	if c-3 >= lo && s.isSym(c-1, ")") && s.isSym(c-3, "(") && allCapsASCII(s.raw(c-2)) {
		return c - 3
	}
	if c-2 >= lo && s.isSym(c-1, ".") && s.adjacent(c-2) {
		switch s.word(c - 2) {
		case "inc", "ltd", "co", "corp", "bhd", "plc", "llc", "jsc", "pcl", "tbk", "sa", "ag", "nv", "bv":
			return c - 1
		}
	}
	return c
}

// placedName finds, when the name at f follows "in", "at" or "near" after a
// noun phrase of [from, f), the proper name of that phrase: the run of
// capitalised words before its last word ("Tsagaan Uul" of "The Tsagaan Uul
// project in"), or the phrase's own capitalised end.
func (s *scanner) placedName(from, f int) (int, int, bool) {
	p := f - 1
	switch s.word(p) {
	case "in", "at", "near":
	default:
		return 0, 0, false
	}
	e := p
	if e-1 >= from && !isUpper(s.raw(e-1)) && s.toks[e-1].Kind == token.Word {
		e-- // "project", "mine", "plant": the common noun the name qualifies
	}
	b := e
	for b-1 >= from && s.toks[b-1].Kind == token.Word && isUpper(s.raw(b-1)) && !leadCap(s.word(b-1)) {
		b--
	}
	if b == e {
		return 0, 0, false
	}
	return b, e, true
}

// openingAs finds the subject of the main clause after an opening "As"
// phrase that holds the rank: "As the country's second-largest mobile
// operator by subscribers, with 62.4 million users, the company has …" ranks
// the company. The subject is a name or a determiner and at most two words
// before its verb.
func (s *scanner) openingAs(h hit, lo, hi int) (from, to int, ok bool) {
	if h.start-1 < lo || s.word(lo) != "as" || h.start-lo > 3 {
		return 0, 0, false
	}
	c := -1
	for k := h.end; k < hi && k < h.end+16; k++ {
		if s.isSym(k, ",") {
			c = k // the last comma before the main clause
			if k+1 < hi && s.toks[k+1].Kind == token.Word && (s.word(k+1) == "the" || s.word(k+1) == "its" || leadCap(s.word(k+1)) || isUpper(s.raw(k+1))) &&
				!preposition(s.word(k+1)) && s.word(k+1) != "with" {
				break
			}
		}
	}
	if c < 0 {
		return 0, 0, false
	}
	from, to = c+1, c+1
	for to < hi && to-from < 4 && s.toks[to].Kind == token.Word && !copula(s.word(to)) && !possessVerb(s.word(to)) && !rankVerb(s.word(to)) {
		to++
	}
	if to == from || to >= hi || !(copula(s.word(to)) || possessVerb(s.word(to)) || rankVerb(s.word(to))) {
		// "As the third-largest urea maker in the country, Hoang Son supplies
		// …": a name, then the main clause's verb in lower case.
		if end := s.properRun(from, hi); end > from && end < hi && s.toks[end].Kind == token.Word &&
			!isUpper(s.raw(end)) && !preposition(s.word(end)) && s.word(end) != "and" && s.word(end) != "or" {
			return from, end, true
		}
		return 0, 0, false
	}
	return from, to, true
}

// asideOpen returns the comma that opens an aside closed by the comma right
// before end ("Warrawong, near Norseman in the Goldfields, is"), when a name
// stands before it; -1 otherwise.
func (s *scanner) asideOpen(end, lo int) int {
	if end-1 <= lo || !s.isSym(end-1, ",") {
		return -1
	}
	for k := end - 2; k > lo && k >= end-24; k-- {
		if s.isSym(k, ",") {
			if s.toks[k-1].Kind == token.Word && isUpper(s.raw(k-1)) && !leadCap(s.word(k-1)) {
				// "Kenari, based in Klang, Selangor, is …": a place aside may
				// hold its own comma; the aside opens at its participle.
				for j := k - 1; j > lo && j >= k-8; j-- {
					if s.isSym(j, ",") && placeParticiple(s.word(j+1)) && s.toks[j-1].Kind == token.Word && isUpper(s.raw(j-1)) {
						return j
					}
					if copula(s.word(j)) || rankVerb(s.word(j)) {
						break
					}
				}
				return k
			}
			if s.toks[k-1].Kind == token.Word && k-lo <= 4 && (s.word(lo) == "the" || s.word(lo) == "this") {
				// "The cooperative, based in Patrocínio …, is the third-largest
				// …": the described noun opening the sentence.
				return k
			}
			return -1
		}
		if copula(s.word(k)) || rankVerb(s.word(k)) || s.isSym(k, ";") || s.isSym(k, ":") {
			return -1
		}
	}
	return -1
}

// placeParticiple reports a participle that opens an aside about where a
// party is: "based in", "headquartered in", "located in".
func placeParticiple(w string) bool {
	switch w {
	case "based", "headquartered", "located", "registered":
		return true
	}
	return false
}

// resolve finds what a possessive pronoun at j stands for: the nearest earlier
// name in the sentence that is not the subject itself ("X is its top partner"
// cannot mean X's). It keeps the pronoun when there is none.
func (s *scanner) resolve(j, lo, sf, st int) string {
	for k := j - 1; k >= lo; k-- {
		if k >= sf && k < st {
			continue
		}
		if s.toks[k].Kind != token.Word || !isUpper(s.raw(k)) || leadCap(s.word(k)) {
			continue
		}
		if _, ok := categoryWord(s.word(k)); ok {
			continue // "provider of ODA, its …": a category, not who owns the ranking
		}
		f := k
		for f-1 >= lo && s.toks[f-1].Kind == token.Word && isUpper(s.raw(f-1)) && !leadCap(s.word(f-1)) && !(f-1 >= sf && f-1 < st) {
			f--
		}
		if s.placeOfSubject(f, sf, st) {
			k = f
			continue // "Don Mueang airport in Bangkok remained its largest base": the subject's place, not the owner
		}
		return trimPossessive(s.text[s.toks[f].Start:s.toks[k].End])
	}
	return s.raw(j)
}

// placeOfSubject reports a name at token f that places the subject [sf, st)
// right after it: "Don Mueang airport in Bangkok", "the plant at Tema". At
// most two lower-case words (the subject's noun) stand between.
func (s *scanner) placeOfSubject(f, sf, st int) bool {
	if sf >= st || f <= st || f-st > 3 {
		return false
	}
	switch s.word(f - 1) {
	case "in", "at", "near", "outside":
	default:
		return false
	}
	for k := st; k < f-1; k++ {
		w := s.word(k)
		if s.toks[k].Kind != token.Word || isUpper(s.raw(k)) || copula(w) || rankVerb(w) || possessVerb(w) || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// personBefore reports a word naming a person before "from": "the
// 24-year-old from Sakai", "a native of Cebu".
func personBefore(w string) bool {
	switch w {
	case "man", "woman", "player", "athlete", "native", "boy", "girl", "rider", "driver", "runner", "swimmer", "paddler", "skater":
		return true
	}
	return w == "old" || strings.HasSuffix(w, "-year-old") // "24-year-old" is read as "24", "-", "year", "-", "old"
}

// beatVerb reports a verb whose object is an opponent: "to overcome the
// world No. 29", "beat the second seed".
func beatVerb(w string) bool {
	switch w {
	case "beat", "beating", "beats", "overcome", "overcame", "defeat", "defeated", "defeating", "against", "face", "faces",
		"facing", "faced", "edged", "stunned", "upset", "eliminated", "ousted", "over", "past", "outlasted", "downed":
		return true
	}
	return false
}

// becoming reports a verb that takes "into"/"as" before what the subject becomes.
func becoming(w string) bool {
	switch w {
	case "transformed", "turned", "grown", "grew", "developed",
		"emerged", "evolved", "established", "risen", "rose":
		return true
	}
	return false
}

// colonReach bounds how far after a colon a rank may stand and still take the
// subject before it: "Japan remains one of its key partners: its top provider of
// ODA, the third-largest investor, …".
const colonReach = 30

// timeNoun reports a noun heading time phrases, which are never who is ranked.
func timeNoun(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks",
		"day", "days", "quarter", "quarters", "period",
		"decade", "decades", "season", "half", "time",
		"today", "yesterday", "century":
		return true
	}
	return false
}

// preposition reports a preposition, which before an appositive's noun phrase makes it an object, not a subject.
func preposition(w string) bool {
	switch w {
	case "in", "on", "at", "for", "with", "by", "from",
		"to", "into", "after", "before", "since", "during",
		"over", "of":
		return true
	}
	return false
}

// possessVerb reports the verbs by which a subject holds what a rank right
// after them ranks: "has the third-largest tram network", "runs the
// second-largest".
func possessVerb(w string) bool {
	switch w {
	case "has", "have", "had", "runs", "run", "operates", "operate", "owns", "own", "boasts", "boast", "holds", "hold", "held":
		return true
	}
	return false
}

// openingName returns the name that opens the clause at lo, before token
// limit: a capitalised run ("Aerovia Brasil") or a definite noun ("The
// carrier") followed by its lower-case verb.
func (s *scanner) openingName(lo, limit int) (from, to int, ok bool) {
	to = lo
	switch {
	case s.toks[lo].Kind == token.Word && isUpper(s.raw(lo)) && !leadCap(s.word(lo)):
		to = s.properRun(lo, limit)
	case s.word(lo) == "the" && lo+1 < limit && s.toks[lo+1].Kind == token.Word && !isUpper(s.raw(lo+1)):
		to = lo + 2
	}
	if to == lo || to >= limit || s.toks[to].Kind != token.Word || isUpper(s.raw(to)) {
		return 0, 0, false
	}
	return lo, to, true
}

// calendarName reports a month or weekday name.
func calendarName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday":
		return true
	}
	return false
}

// asName finds the name a rank phrase at start is given by "as": "shows
// Ndumberi Hill Boys in Kiambu as the top school" ranks Ndumberi Hill Boys,
// the place after "in" only placing it.
func (s *scanner) asName(start, lo int) (from, to int, ok bool) {
	a := start - 1
	if a-1 <= lo || s.word(a) != "as" {
		return 0, 0, false
	}
	run := func(e int) int { // first token of the capitalised run ending at e
		f := e + 1
		for f-1 >= lo && s.toks[f-1].Kind == token.Word && isUpper(s.raw(f-1)) && !leadCap(s.word(f-1)) {
			f--
		}
		return f
	}
	e := a - 1
	if standingNoun(s.word(e)) && e-1 > lo && isPossessive(s.word(e-1)) {
		// "cement Siam Horizon's place as Thailand's third-largest airline",
		// "the group's position as the second-largest": the owner of the place.
		p := e - 1
		f := run(p)
		if f > p && p-1 >= lo && s.word(p-1) == "the" {
			f = p - 1 // "the group's": for the document to resolve
		}
		return f, p + 1, true
	}
	if standingNoun(s.word(e)) && e-2 > lo && (s.word(e-1) == "its" || s.word(e-1) == "their") && keepVerb(s.word(e-2)) {
		// "Hoang Son Securities kept its place as the largest brokerage": the
		// name before the verb holds the place.
		if f := run(e - 3); f <= e-3 {
			return f, e - 2, true
		}
	}
	if standingNoun(s.word(e)) && e-1 > lo && (s.word(e-1) == "its" || s.word(e-1) == "their") {
		// "…, the company said, cementing its position as Vietnam's
		// second-largest exporter": the pronoun, for the document to resolve.
		return e - 1, e, true
	}
	f := run(e)
	if f > e {
		if e-1 >= lo && s.word(e-1) == "the" && FirmNoun(s.word(e)) {
			return e - 1, e + 1, true // "confirms the company as Mexico's second-largest": the firm the text is about
		}
		return 0, 0, false
	}
	if f-1 > lo && s.word(f-1) == "in" {
		if f2 := run(f - 2); f2 <= f-2 {
			return f2, f - 1, true
		}
	}
	return f, e + 1, true
}

// FirmNoun reports a common noun that stands for the organisation an
// article is about ("the company", "the lender", "the packer").
func FirmNoun(w string) bool { return firmNouns[w] }

var firmNouns = map[string]bool{"company": true, "group": true, "firm": true, "bank": true, "lender": true,
	"carrier": true, "airline": true, "insurer": true, "operator": true, "maker": true, "producer": true,
	"manufacturer": true, "exporter": true, "conglomerate": true, "retailer": true, "developer": true,
	"builder": true, "shipbuilder": true, "shipyard": true, "yard": true, "miner": true, "planter": true,
	"carmaker": true, "automaker": true, "chipmaker": true, "brewer": true, "refiner": true, "supplier": true,
	"cooperative": true, "co-operative": true, "chain": true, "packer": true}

// keepVerb reports a verb that keeps or wins a place: "kept its place as",
// "retained its position as", "cemented its status as".
func keepVerb(w string) bool {
	switch w {
	case "kept", "keeps", "retained", "retains", "held", "holds", "cemented", "cements", "consolidated",
		"maintained", "maintains", "regained", "reclaimed", "secured", "strengthened":
		return true
	}
	return false
}

// apposedName returns the capitalised name right before a rank phrase that
// commas set off after it ("Lukas Brenner, the seventh seed, and …"), the
// phrase opening with "the".
func (s *scanner) apposedName(h hit, lo, hi int) (from, to int, ok bool) {
	start := h.start
	if s.word(start) != "the" && start-1 >= lo && s.word(start-1) == "the" {
		start-- // the phrase's text starts at its ordinal: "the seventh seed"
	}
	c := start - 1
	if c-1 < lo || !s.isSym(c, ",") || s.word(start) != "the" || h.end < hi && !s.isSym(h.end, ",") && !s.isSym(h.end, ".") {
		return 0, 0, false
	}
	f := c
	for f-1 >= lo && s.toks[f-1].Kind == token.Word && isUpper(s.raw(f-1)) {
		f--
	}
	if f == c || f == lo && c-f == 1 {
		return 0, 0, false // "In Asia, the largest …" opens with no more than a word
	}
	switch s.word(f - 1) {
	case "from", "in", "at", "on", "of", "to", "for", "near", "into", "across", "by", "with", "outside", "inside":
		return 0, 0, false // "Sales rose in Vorn, the largest market": a place, not a ranked party
	}
	for f < c-1 && isPossessive(s.word(f)) {
		f++ // "Germany's Lukas Brenner": the person, not the country
	}
	return f, c, true
}
