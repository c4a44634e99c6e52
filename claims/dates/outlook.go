package dates

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// clauseWindow is how many tokens the cue readers look back through; a cue
// further away rarely governs the date.
const clauseWindow = 20

// futureWord reports the words that put what a clause reports ahead of the
// reference: "is scheduled to visit the plant on Wednesday", "will meet on
// Thursday". The words that are also nouns or past readings are in future.
func futureWord(w string) bool {
	switch w {
	case "will", "shall", "scheduled", "upcoming", "intends",
		"aims", "next", "coming",
		// Present-tense verbs of prediction look ahead: "the agency expects the heat
		// to last until at least Thursday".
		"expects", "forecasts", "predicts":
		return true
	}
	return false
}

// reportWord reports the words that end the look back: "said on Monday" dates the statement, whatever
// the clause before it says about the future.
func reportWord(w string) bool {
	switch w {
	case "said", "says", "told", "announced", "reported",
		"added", "confirmed", "stated", "wrote":
		return true
	}
	return false
}

// clauseStop reports a token that closes the clause before a date.
func (s *scanner) clauseStop(k int) bool {
	if s.kind(k) == token.Symbol {
		switch s.raw(k) {
		case ".", ",", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "—", "–":
			return true
		}
		return false
	}
	return reportWord(s.word(k))
}

// future reports whether the word at k marks a future: "will", "she'll",
// "is set to", "set for", "going to".
func (s *scanner) future(k int) bool {
	w := s.word(k)
	if futureWord(w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return true
	}
	switch w {
	case "planned":
		return s.word(k+1) == "to" || s.word(k+1) == "for"
	case "set":
		// "is set to open", "the plant, set to open in May"; not "a
		// deciding set to beat Scotland", a noun.
		switch p := s.word(k - 1); p {
		case "is", "are", "am", "be", "been", "was", "were", "now", "also", "":
		default:
			if !s.sym(k-1, ",") && !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
				return false
			}
		}
		return s.word(k+1) == "to" || s.word(k+1) == "for"
	case "would":
		// "said on Thursday that the cabinet would meet on Friday": a future
		// told in the past ("would have met" looks back).
		return s.word(k+1) != "have"
	case "going", "plans", "plan", "planning":
		// "the plan was approved on Monday" looks at nothing ahead.
		return s.word(k+1) == "to"
	case "due", "expected", "forecast", "predicted", "projected", "scheduled", "likely":
		// "is due to", "are expected to", "is forecast to exit"; "due to fog"
		// is a cause and "was expected" may report the past.
		p := s.word(k - 1)
		return p == "is" || p == "are" || p == "am" || p == "be" || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
	}
	return false
}

// presentSpan reports a present-tense verb that runs a state on to a limit
// ("continues until", "runs until", "is open until").
func presentSpan(w string) bool {
	switch w {
	case "continues", "continue", "runs", "run", "lasts", "last", "remains", "remain", "stays", "stay", "is", "are",
		"extends", "goes":
		return true
	}
	return false
}

// scheduledPresent reports a verb in the present of a timetable, which puts
// the day after it ahead: "the festival opens on Friday", "the final starts
// on Sunday".
func scheduledPresent(w string) bool {
	switch w {
	case "opens", "starts", "begins", "closes", "resumes", "kicks", "departs", "arrives", "convenes", "reopens",
		"travels", "leaves", "flies", "heads", "returns", "sails", "meet", "meets",
		// "the race continues on Wednesday", "the championship ends on Sunday"
		"continues", "ends", "concludes", "finishes",
		// the plural of a timetable: "the individual events begin on Thursday"
		"open", "start", "begin", "close", "resume", "depart", "arrive", "convene", "reopen",
		"continue", "conclude", "finish",
		// a fixture: "the four teams play a round-robin, with the top two meeting in Sunday's final"
		"play", "plays", "face", "faces",
		// "The final Test takes place on Saturday at 2pm."
		"takes", "take",
		// "the series reaches Lake Garda on Sunday", "Spain hosts Italy on Friday"
		"reaches", "visits", "hosts",
		// "The top four teams go through to the semi-finals on Monday"
		"go", "goes":
		return true
	}
	return false
}

// futureBefore reports a future marker in the clause before token i: a
// weekday there is the next one, not the last ("is due to sign on Friday").
// "by" just before the date is one too ("by Tuesday").
func (s *scanner) futureBefore(i int) bool {
	if s.word(i-1) == "by" || s.word(i-1) == "on" && s.word(i-2) == "by" {
		return !s.pastBy(i)
	}
	if s.word(i-1) == "since" {
		return false // "It would be the first since Friday's session": a start lies behind
	}
	if w := s.word(i - 1); w == "to" || w == "for" || w == "into" {
		switch s.word(i - 2) {
		case "advanced", "advance", "advances", "qualified", "qualify", "qualifies", "progressed", "progress", "progresses", "went", "goes", "through",
			"favourite", "favorite", "favourites", "favorites", "ready", "preparing", "prepares":
			// "advanced to Sunday's final", "the favourite for Sunday's final":
			// the round the qualifiers go on to lies ahead.
			return true
		}
	}
	if (s.word(i-1) == "until" || s.word(i-1) == "till") && presentSpan(s.word(i-2)) {
		return true // "the programme continues until Saturday": the coming one
	}
	limit := i - clauseWindow
	journey := false // a ", with …" or "before flying …" passed: the clause before governs from afar
	for k := i - 1; k >= 0 && k >= limit; k-- {
		if s.clauseStop(k) {
			if s.sym(k, ",") && journey && (s.word(k+1) == "the" || s.word(k+1) == "and" || s.kind(k+1) == token.Word && s.capital(k+1)) {
				// "will be held at A, the B hall and the courtyard of C, with a
				// closing concert … on Sunday": a list's commas, past the "with".
				limit = min(limit, k-clauseWindow)
				continue
			}
			if s.sym(k, ",") && (s.word(k+1) == "with" || s.word(k+1) == "followed" || s.word(k+1) == "before" && strings.HasSuffix(s.word(k+2), "ing")) {
				journey = true
				// "… will take place on Saturday, with the finals on Sunday", "is
				// due in Sydney on Wednesday …, before travelling to Melbourne on
				// Thursday": the clause's future goes on, however long the clause before.
				limit = k - clauseWindow
				continue
			}
			if s.sym(k, ",") && (s.word(k+1) == "the" || s.word(k+1) == "and") && k > 0 && (s.kind(k-1) == token.Number || s.isWeekday(k-1)) {
				// "the semifinals on Friday, September 11, the bronze-medal
				// match on Saturday": one more dated item of a timetable.
				limit = k - clauseWindow
				continue
			}
			if a := s.appositionOpen(k); a >= 0 {
				// "is due to meet Pham Minh Duc, chairman of the city's People's
				// Committee, on Wednesday": the apposition closes no clause.
				k, limit = a, a-clauseWindow
				continue
			}
			return false
		}
		if s.word(k) == "before" && strings.HasSuffix(s.word(k+1), "ing") && k-clauseWindow < limit {
			// "will hold talks in Hanoi on Tuesday before flying to Ho Chi
			// Minh City for a forum on Wednesday": the journey goes on in the
			// future of the clause before.
			limit, journey = k-clauseWindow, true
		}
		if s.future(k) && !s.possessiveTime(k) {
			return true
		}
		if s.word(k) == "ahead" && s.word(k+1) == "of" {
			return true // "reopened on Tuesday, ahead of the national day of mourning on Wednesday"
		}
		if presentSpan(s.word(k)) && s.word(k+1) == "until" && s.word(k-1) != "it" {
			return true // "Group matches run until Wednesday, followed by …": a timetable
		}
		if w := s.word(k); (w == "is" || w == "are") && (s.word(k+1) == "on" || s.word(k+1) == "also" && s.word(k+2) == "on") && s.kind(k-1) == token.Word && s.word(k-1) != "it" {
			// "The bronze-medal match is on Saturday and the final on Sunday":
			// an event's day in the present of a timetable is ahead.
			return true
		}
		if w := s.word(k); (w == "is" || w == "are") && s.word(k+1) == "in" && s.kind(k-1) == token.Word && s.word(k-1) != "it" && s.word(k-1) != "there" && s.placeBetween(k, i) {
			return true // "Game four is in Maribor on Saturday": a timetable's place and day
		}
		if w := s.word(k); (w == "is" || w == "are") && strings.HasSuffix(s.word(k+1), "ed") && s.word(k+2) == "on" && k+3 == i && s.word(k-1) != "it" {
			return true // "The last five are decided on Sunday": a timetable's passive present
		}
		if w := s.word(k); (w == "follows" || w == "follow") && s.word(k+1) == "on" && k+2 == i {
			return true // "The mixed team event follows on Sunday" (not "the deliveries follow the release on Monday")
		}
		if scheduledPresent(s.word(k)) && s.word(k-1) != "it" && (k >= i-4 || journey || s.placeBetween(k, i) || s.word(k+1) == "with" && k >= i-7 || s.forStakeBetween(k, i)) {
			// "The festival opens on Friday evening", "The second Test begins
			// at the Sinhalese Sports Club in Colombo on Friday": a timetable's
			// present, past the event a "with" names ("The championships
			// continue with the lead competition on Tuesday").
			return true
		}
		if s.pastClause(k) {
			// "said it would cover costs on top of the payment it promised
			// on Monday": a past verb of its own subject nearer the date.
			return false
		}
		if (k >= i-3 || s.placeBetween(k, i) || s.partnerPlaceBetween(k, i)) && s.reducedRelative(k) {
			// "review progress on the documents signed on Tuesday": the
			// participle dates a past event, whatever the clause plans.
			return false
		}
	}
	return false
}

// placeBetween reports whether the tokens strictly between k and i only say
// where: prepositions of place, articles and capitalised names ("at the
// Sinhalese Sports Club in Colombo on").
func (s *scanner) placeBetween(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if s.kind(j) != token.Word {
			return false
		}
		switch s.word(j) {
		case "at", "in", "on", "near", "the", "of", "to", "from": // "flies to Buenos Aires on Sunday"
			continue
		}
		if r := s.raw(j); r == "" || r[0] < 'A' || r[0] > 'Z' {
			return false
		}
	}
	return true
}

// forStakeBetween reports "for" and what is played for right after the
// verb at k, then only where, up to the date at i: "play for third place in
// Thiès on Friday", "meet for the title on Sunday".
func (s *scanner) forStakeBetween(k, i int) bool {
	if s.word(k+1) != "for" {
		return false
	}
	for j := k + 2; j <= k+4 && j < i; j++ {
		if s.kind(j) != token.Word {
			return false
		}
		switch s.word(j) {
		case "minutes", "hours", "days", "weeks", "months", "years", "before", "after", "since", "until":
			return false // "the working face for several days before Monday's flood": a span, not a stake
		}
		if w := s.word(j + 1); (w == "in" || w == "at" || w == "on") && s.placeBetween(j, i) {
			return true
		}
	}
	return false
}

// partnerPlaceBetween reports whether the tokens strictly between k and i only
// say with or by whom and where: "an agreement signed with Vietnam in Hanoi
// on Tuesday".
func (s *scanner) partnerPlaceBetween(k, i int) bool {
	partner := false
	for j := k + 1; j < i; j++ {
		if s.kind(j) != token.Word {
			return false
		}
		switch s.word(j) {
		case "with", "by":
			partner = true
			continue
		case "at", "in", "on", "near", "the", "of", "to", "from":
			continue
		}
		if r := s.raw(j); r == "" || r[0] < 'A' || r[0] > 'Z' {
			return false
		}
	}
	return partner
}

// possessiveTime reports "next" or "coming" opening a possessive time
// ("approved next year's budget on Wednesday"): it dates a noun, not the
// clause's verb.
func (s *scanner) possessiveTime(k int) bool {
	if w := s.word(k); w != "next" && w != "coming" {
		return false
	}
	n := s.word(k + 1)
	return strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s") || strings.HasSuffix(n, "s'") ||
		s.word(k+2) == "'s" || s.word(k+2) == "’s"
}

// appositionOpen returns the comma that opens an apposition closed by the
// comma at token k ("Pham Minh Duc, chairman of the People's Committee,"): a
// name before it and a lower-case word after it; -1 otherwise.
func (s *scanner) appositionOpen(k int) int {
	if !s.sym(k, ",") {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		if s.kind(j) != token.Word {
			if !s.sym(j, ",") {
				return -1
			}
			r, n := s.raw(j-1), s.raw(j+1)
			if s.kind(j-1) == token.Word && r != "" && r[0] >= 'A' && r[0] <= 'Z' && n != "" && n[0] >= 'a' && n[0] <= 'z' {
				return j
			}
			if s.kind(j-1) == token.Word && (s.word(j+1) == "a" || s.word(j+1) == "an") {
				return j // "its first electric model, a compact SUV called the Yaka, at …": a noun's apposition
			}
			return -1
		}
		if reportWord(s.word(j)) {
			return -1
		}
	}
	return -1
}

// futureAfter reports a future marker right after a date at token j, in its
// clause: "a business forum on Thursday is expected to draw 400 buyers", "the
// vote on Friday will decide".
func (s *scanner) futureAfter(j int) bool {
	for k := j; k < j+4; k++ {
		if s.clauseStop(k) {
			return false
		}
		switch s.word(k) {
		case "that", "when", "which", "where", "who", "and", "but", "after", "before", "while", "if":
			return false // "said on Monday that talks will resume": another clause's future
		}
		if s.future(k) {
			return !s.retrospective(k)
		}
	}
	return false
}

// pastVerbBefore reports a past verb right before the date at token i (an
// "on" between them aside): "The agreement the two sides signed on Tuesday is
// expected to lift trade" dates the signing, whatever the clause goes on to
// expect.
func (s *scanner) pastVerbBefore(i int) bool {
	k := i - 1
	if s.word(k) == "on" {
		k--
	}
	if k < 0 || s.kind(k) != token.Word {
		return false
	}
	w := s.word(k)
	switch w {
	case "held", "met", "won", "lost", "began", "struck", "took", "made", "sold", "paid", "told", "hit", "fell", "rose":
		return true
	}
	return pastEd(w) && s.word(k-1) != "be" && s.word(k-1) != "been"
}

// pastEd reports a past form in -ed that reports what happened, not one that
// looks ahead ("expected", "scheduled", "planned").
func pastEd(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !futureWord(w) && w != "expected" && w != "scheduled" && w != "planned"
}

// retrospective reports a future at token k that looks back on what it
// names: "Saturday's final will be remembered for a late winner", "will go
// down as the best in years". The date is of the event remembered, gone by.
func (s *scanner) retrospective(k int) bool {
	if s.word(k) != "will" {
		return false
	}
	n := k + 1
	if s.word(n) == "long" || s.word(n) == "always" {
		n++
	}
	switch {
	case s.word(n) == "be" && (s.word(n+1) == "remembered" || s.word(n+1) == "recalled"):
		return true
	case s.word(n) == "go" && s.word(n+1) == "down":
		return true
	}
	return false
}

// pastBy reports a "by" before the date at token i that closes a clause told
// in the past: "Divers had recovered 22 bodies by Tuesday evening", "rescuers
// pulled out 14 by Monday". The day is one gone by, not a deadline ahead. A
// future marker nearer the date keeps it ahead ("will have recovered … by").
func (s *scanner) pastBy(i int) bool {
	by := i - 1
	if s.word(by) != "by" {
		by--
	}
	if by == 0 || by > 0 && s.clauseStop(by-1) {
		// "By Tuesday evening, twelve people were dead": an opening "by"
		// takes the tense of the clause after its comma.
		return s.pastAfterComma(i)
	}
	for k := by - 1; k >= 0 && k >= by-clauseWindow; k-- {
		if s.clauseStop(k) || s.future(k) {
			return false
		}
		switch w := s.word(k); {
		case w == "to" && s.kind(k+1) == token.Word && !amountWord(s.word(k+1)) || w == "expected" || w == "scheduled" || w == "planned" || w == "due":
			return false // "was expected to reopen by Friday": a deadline then ahead (not "had grown to more than 7,200 hectares by")
		case w == "had" || w == "was" || w == "were":
			return true
		case len(w) >= 5 && strings.HasSuffix(w, "ed") && !futureWord(w) && w != "needed" && w != "required":
			switch s.word(k - 1) {
			case "be", "been", "is", "are", "will", "would", "to", "has", "have", "must", "should", "can":
				return false // "must be completed by Friday", "has pledged to finish by June"
			}
			return true
		}
	}
	return false
}

// amountWord reports a word that opens an amount after "to": "grown to more
// than 7,200", "risen to about 40".
func amountWord(w string) bool {
	switch w {
	case "more", "less", "fewer", "about", "around", "nearly", "almost", "over", "under", "some", "roughly", "just", "at":
		return true
	}
	return false
}

// pastClause reports a past-tense verb at k right after a subject pronoun
// ("it promised", "they agreed"): a clause of its own, told in the past.
func (s *scanner) pastClause(k int) bool {
	w := s.word(k)
	if !pastEd(w) {
		return false
	}
	switch s.word(k - 1) {
	case "it", "he", "she", "they", "we", "i", "who":
		return true
	}
	return false
}

// reducedRelative reports whether the word at k is a past participle right
// after a noun ("the documents signed on Tuesday", "the plant opened on
// Monday"), not part of a verb group ("will be signed", "is expected").
func (s *scanner) reducedRelative(k int) bool {
	w := s.word(k)
	if !pastEd(w) {
		return false
	}
	p := s.word(k - 1)
	if p == "" || s.kind(k-1) != token.Word {
		return false
	}
	switch p {
	case "be", "been", "being", "is", "are", "was", "were", "am", "will", "would", "to", "get", "got",
		"has", "have", "had", "not", "also", "already", "just", "and", "or", "who", "which", "that",
		// a state the clause's subject keeps: "will stay closed until Monday"
		"stay", "stays", "remain", "remains", "keep", "keeps":
		return false
	}
	return !strings.HasSuffix(p, "'ll") && !strings.HasSuffix(p, "’ll") && !strings.HasSuffix(p, "ly")
}

// backwardSpan reports that "in N years" starting at token i closes a phrase
// that looks back: "the strongest storm in two decades", "the first such visit
// in 12 years", "has not rained in a decade". Such a span ends at the
// reference; it is no date N years ahead. A future marker nearer to the span
// wins: "the first plant will open in two years" looks ahead.
func (s *scanner) backwardSpan(i int) bool {
	from := i
	for from > 0 && from > i-clauseWindow && !s.clauseStop(from-1) {
		from--
	}
	for k := from; k < i; k++ {
		if s.future(k) {
			return false
		}
	}
	for k := i - 1; k >= from; k-- {
		w := s.word(k)
		switch w {
		case "first", "only", "most", "least", "best", "worst", "never", "not", "no", "time":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || s.superlative(k) ||
			len(w) > 4 && strings.HasSuffix(w, "est") && k == i-1 {
			return true
		}
	}
	return false
}

// superlative reports a word in "-est" after a determiner or a possessive
// ("the mildest", "its cheapest", "the city's busiest"): "interest" or
// "protest" have no determiner of their own.
func (s *scanner) superlative(k int) bool {
	w := s.word(k)
	if len(w) < 6 || !strings.HasSuffix(w, "est") {
		return false
	}
	switch p := s.word(k - 1); {
	case p == "the" || p == "its" || p == "their" || p == "his" || p == "her" || p == "our":
		return true
	case p == "s" && (s.sym(k-2, "'") || s.sym(k-2, "’")):
		return true
	case strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s"):
		return true
	}
	return false
}

// untilBefore reports "until", "till" or "pending" in the clause before token
// i: "stay in office until a congress next year" bounds a state, it dates no event.
func (s *scanner) untilBefore(i int) bool {
	if s.all&clsUntil == 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.clauseStop(k) {
			return false
		}
		switch s.word(k) {
		case "until", "till", "pending":
			return true
		}
	}
	return false
}

// isWeekday reports a weekday name at token i ("Saturday", "Sat").
func (s *scanner) isWeekday(i int) bool {
	_, _, ok := s.weekday(i)
	return ok
}

// pastAfterComma reports a past verb ("were", "was", "had") in the clause
// after the comma following token i, or after i when no comma closes the
// opening phrase, before any future marker: "By Tuesday evening, twelve
// people were dead", "By Wednesday the ministry had counted …".
func (s *scanner) pastAfterComma(i int) bool {
	k := i
	for ; k < len(s.toks) && k < i+6 && !s.sym(k, ","); k++ {
	}
	if !s.sym(k, ",") {
		k = i // "By Wednesday the ministry had counted 136 injured people"
	}
	for j := k + 1; j < len(s.toks) && j <= k+clauseWindow; j++ {
		if s.future(j) || s.sym(j, ";") || s.sym(j, ".") {
			return false
		}
		switch s.word(j) {
		case "had", "was", "were":
			return true
		}
	}
	return false
}
