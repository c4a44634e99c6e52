package attrib

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

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
	if e-1 > lo && s.is(e-1, ",") {
		// "Vietnam's ambassador to the Czech Republic, Nguyen Thi Lan
		// Huong, said": the name in apposition to a title speaks.
		if ns, ok := s.nameAfterTitle(e-1, lo); ok {
			return ns, e - 1, true
		}
	}
	if e-1 > lo && s.is(e-1, ",") && !s.isCap(v+1) && !isPronoun(s.fold(v+1)) {
		// "Vesk, 47, a former mayor of Valmora, said": the speaker is the
		// head before the appositives. Not when a subject follows the verb:
		// "Japan, a key partner, said Minister Sato" inverts.
		e = s.skipAppositives(e, lo)
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
		// The lower-case part of a hyphenated name: "Eun-ji", "Min-jae".
		if k-3 >= lo && s.isWord(k-1) && !s.isCap(k-1) && s.joined(k-1) && s.is(k-2, "-") && s.joined(k-2) && s.isCap(k-3) {
			k -= 2
			continue
		}
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
	if k-3 >= lo && s.is(k-1, "the") && s.is(k-2, "of") {
		// "Commander Fábio Guaraciaba of the Navy said": the titled person
		// speaks, of the body.
		if j := people.endingAt(s.toks[k-3].End, s.toks[lo].Start); j >= 0 {
			if st := s.tokenAt(people.ps[j].Start); st >= lo {
				return st, k - 2, true
			}
		}
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
	// "… van Keulen said": a family name's particles open the name.
	for first := k; k-1 >= lo && first-k < 2 && s.isWord(k-1) && !s.isCap(k-1) && familyParticle(s.fold(k-1)) && s.gap(k) == " "; {
		k--
	}
	if of := s.personOfBody(k, e); of > 0 {
		return k, of, true
	}
	return k, e, true
}

// personOfBody returns where "of" stands after a person's name that opens
// the phrase toks[k:e] ("Kristian Berg of Fjordbank Markets said": the person
// speaks, of her firm), or 0. A title's "of" ("Minister of Finance", "Governor
// of the Central Bank") keeps its phrase whole.
func (s *scanner) personOfBody(k, e int) int {
	for of := k + 2; of < e-1 && of <= k+4; of++ {
		if !s.is(of, "of") {
			continue
		}
		for j := k; j < of; j++ {
			if !s.isCap(j) || isSpeakerNoun(s.fold(j)) {
				return 0
			}
		}
		if PersonName(s.text[s.toks[k].Start:s.toks[of-1].End]) {
			return of
		}
		return 0
	}
	return 0
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
	} else if p := s.particlesBefore(k, hi); p > k {
		k = p // "said van Keulen": a family name's particle opens the name
	}
	for k < hi && k-i < maxSpeakerTokens && (s.isCap(k) || isSpeakerNoun(s.fold(k)) && s.isWord(k) || s.is(k, "of") && s.isCap(k+1) ||
		s.titleModifier(k, hi)) {
		k++
		// Hyphenated names: "Choi Eun-ji".
		if k+1 < hi && s.isCap(k-1) && s.is(k, "-") && s.joined(k) && s.isWord(k+1) && s.joined(k+1) {
			k += 2
		}
		// An initial: "V. Srinivasa Rao".
		if k+1 < hi && s.isCap(k-1) && len(s.tok(k-1)) == 1 && s.is(k, ".") && s.joined(k) && s.isCap(k+1) {
			k++
		}
	}
	if k == i || k == i+1 && s.is(i, "the") {
		return 0, 0, false
	}
	if k+2 < hi && !s.isCap(k-1) && s.isWord(k) && !s.isCap(k) && !notName(s.fold(k)) && s.isCap(k+1) && s.isCap(k+2) {
		// "said chief winemaker Lucía Ferrán": a role word the lexicon does
		// not know, between the title and the name.
		e := k + 1
		for e < hi && e-k <= 4 && s.isCap(e) {
			e++
		}
		return i, e, true
	}
	if k+2 < hi && s.is(k, ",") && s.isCap(k+1) && s.isCap(k+2) && (!s.isCap(k-1) || isSpeakerNoun(s.fold(k-1))) {
		// "said Malaysia's head junior coach, Lim Wei Jie": the title, then
		// the person in apposition; "said Senegal's Fisheries Minister,
		// Mariama Sène Thiam" capitalises its title.
		e := k + 1
		for e < hi && e-k <= 4 && s.isCap(e) {
			e++
		}
		return i, e, true
	}
	return i, k, true
}

// titleModifier reports a lower-case word that qualifies a title one or two
// words on: "jury chair", "festival director", "provincial health director".
func (s *scanner) titleModifier(k, hi int) bool {
	if !s.isWord(k) || s.isCap(k) || notName(s.fold(k)) {
		return false
	}
	for j := k + 1; j < hi && j <= k+2; j++ {
		if !s.isWord(j) {
			return false
		}
		if isSpeakerNoun(s.fold(j)) {
			return true
		}
	}
	return false
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

// maxAppositiveTokens bounds an appositive between commas.
const maxAppositiveTokens = 12

// skipAppositives moves e, which follows a comma, back over up to two
// appositives (an age, or a phrase opening with a determiner: ", 47, a
// former mayor of Valmora,") to the comma after their head, and returns the
// index just past the head. It returns e when no appositive is found.
func (s *scanner) skipAppositives(e, lo int) int {
	end := e
	for n := 0; n < 2 && end-1 > lo && s.is(end-1, ","); n++ {
		c := end - 2
		for c > lo && !s.is(c, ",") && end-c <= maxAppositiveTokens {
			c--
		}
		if c > lo && !s.is(c, ",") {
			// A relative clause runs longer: "Tursunboyeva, 16, who won the
			// girls' -49kg title with a head kick in the final seconds, told".
			r := c
			for r > lo && !s.is(r, ",") && end-r <= 2*maxAppositiveTokens {
				r--
			}
			if r > lo && s.is(r, ",") && (s.is(r+1, "who") || s.is(r+1, "whose")) {
				c = r
			}
		}
		// A comma inside a name the appositive ends with ("secretary-general
		// of the Cambodian Garment, Footwear and Travel Goods Exporters
		// Federation,") opens no appositive: look on to the comma before.
		for c > lo && s.is(c, ",") && !s.appositive(c+1, end-1) && s.isCap(c+1) && end-c <= 2*maxAppositiveTokens {
			c--
			for c > lo && !s.is(c, ",") && end-c <= 2*maxAppositiveTokens {
				c--
			}
		}
		if c <= lo || !s.is(c, ",") || !s.appositive(c+1, end-1) {
			break
		}
		end = c + 1
	}
	if end == e {
		return e
	}
	return end - 1
}

// appositive reports whether tokens [i, j) are an age ("47") or a noun
// phrase opening with a determiner ("a former mayor of Valmora", "the
// party's leader") with no verb of speech inside.
func (s *scanner) appositive(i, j int) bool {
	if i >= j {
		return false
	}
	if j == i+1 && s.toks[i].Kind == token.Number {
		return true
	}
	switch s.fold(i) {
	case "a", "an", "the", "aged":
	case "who", "whose":
		// "Héctor Julián Pardo, who heads rescue operations for the ANM,
		// told reporters": a relative clause about the speaker.
	default:
		if s.isCap(i) && s.ownedTitle(i, j) {
			break // "Mert Yıldırım, AFAD's provincial coordinator, told …": a body's office
		}
		if s.isCap(i) || !isSpeakerNoun(s.fold(i)) && !isRankWord(s.fold(i)) && !s.titleModifier(i, j) {
			return false
		}
		// "Pham Minh Khoa, director general of the agency, told …": a title.
	}
	for m := i + 1; m < j; m++ {
		if ok, _ := speechVerb(s.fold(m)); ok && s.isWord(m) && !(m+1 < j && TitleWord(s.fold(m+1))) {
			return false // a speech verb, not "state" of "the state secretary"
		}
	}
	return true
}

// ownedTitle reports tokens [i, j) that are a name in the possessive and a
// title ("AFAD's provincial coordinator", "Vietnam's ambassador to Laos"): up
// to three capitalised words, "'s", then lower-case words one of which names
// an office.
func (s *scanner) ownedTitle(i, j int) bool {
	owner := func(k int) bool { return strings.HasSuffix(s.fold(k), "'s") || strings.HasSuffix(s.fold(k), "’s") }
	k := i
	for k < j && k-i < 3 && s.isCap(k) && !owner(k) {
		k++
	}
	switch {
	case k < j && s.isCap(k) && owner(k):
		k++ // the possessive in the word: "AFAD's"
	case k+1 < j && (s.is(k, "'") || s.is(k, "’")) && s.is(k+1, "s"):
		k += 2
	default:
		return false
	}
	for m := k; m < j; m++ {
		if s.isCap(m) {
			return false
		}
		if w := s.fold(m); TitleWord(w) || isSpeakerNoun(w) {
			return true
		}
	}
	return false
}

// particlesBefore returns the token after one or two lower-case family-name
// particles at i ("van", "van der", "de") when a capitalised word follows
// them, or i.
func (s *scanner) particlesBefore(i, hi int) int {
	k := i
	for k < hi && k-i < 2 && s.isWord(k) && !s.isCap(k) && familyParticle(s.fold(k)) {
		k++
	}
	if k > i && k < hi && s.isCap(k) && s.gap(k) == " " {
		return k
	}
	return i
}

// familyParticle reports the particles that can open a family name written
// without the given name ("van Keulen", "de Groot", "von Arnim"): fewer than
// nameParticle, whose "al", "bin" or "la" open other things too.
func familyParticle(w string) bool {
	switch w {
	case "van", "von", "der", "den", "de", "ter", "ten", "di", "du", "del", "della", "dos", "da":
		return true
	}
	return false
}

// nameAfterTitle returns the start of a person's name that stands between a
// comma and the comma at c when a title of a person comes just before it
// ("the agency's director, Pham Minh Khoa,").
func (s *scanner) nameAfterTitle(c, lo int) (int, bool) {
	ns := c
	for ns-1 > lo && c-ns < maxNameWords+1 && (s.isCap(ns-1) || s.is(ns-1, "-") && s.joined(ns-1)) {
		ns--
	}
	if ns == c || ns-1 <= lo || !s.is(ns-1, ",") || !s.isCap(ns) || !PersonName(s.span(ns, c)) {
		return 0, false
	}
	for k := ns - 2; k >= lo && k >= ns-9; k-- {
		if s.is(k, ",") || s.is(k, ".") {
			return 0, false
		}
		if s.isWord(k) && personRole(s.fold(k)) {
			return ns, true
		}
	}
	return 0, false
}

// personRole reports a noun that names one person's post.
func personRole(w string) bool {
	switch w {
	case "ambassador", "governor", "chairman", "chairwoman", "chairperson", "chair", "president",
		"spokesperson", "spokesman", "spokeswoman", "director", "head", "chief", "coach", "captain",
		"manager", "official", "officer", "executive", "founder", "owner", "envoy", "diplomat",
		"commissioner", "principal", "judge", "secretary", "mayor", "minister", "premier":
		return true
	}
	return isCoreWord(w)
}
