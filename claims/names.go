package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/token"
)

// nameFacts appends the proper names of a sentence that have two to four words
// ("Tomas Vidmar", "Luka Bregar", "Ho Chi Minh City"): the rules compare their
// spellings across sources. A name fact's Key is the title an apposition gives
// it ("Hoang Van Khiem, vice chairman of …" → "vice chairman"), or "". Titles and a sentence-initial article are left out
// ("Striker Luka Bregar" → "Luka Bregar"), a possessive ends a name ("Tomas
// Vidmar's party"), and a tight hyphen joins parts ("Solberg-Vaher", "Min-jun").
func nameFacts(doc *Document, s Span, w words, facts []*Fact) []*Fact {
	for i := 0; i < len(w.toks); {
		// Most tokens are lower-case words, numbers or marks: one byte tells.
		if t := w.toks[i]; t.Kind != token.Word || lowerASCIIStart(w.text[t.Start]) {
			i++
			continue
		}
		// A capitalised word alone (most of them) needs no closer look: the
		// token after it tells, before nameWord reads the word itself.
		if n := i + 1; n >= len(w.toks) || w.toks[n].Kind == token.Number ||
			w.toks[n].Kind == token.Word && lowerASCIIStart(w.text[w.toks[n].Start]) && w.particlesAt(n) == 0 || w.toks[n].Kind == token.Symbol && w.at(n) != "-" ||
			!w.nameWord(i) {
			i++
			continue
		}
		start, end, next := w.nameRun(i)
		i = next
		if end-start < 2 {
			continue // one word is no full name
		}
		for k := start; k < end; k++ {
			if w.toks[k].Kind == token.Word && isNameSkipWord(w.lower(k)) {
				start = k + 1 // a title or article before the name ("Japanese Ambassador Yamada Takio")
			}
		}
		if end-start >= 3 && w.toks[start].Kind == token.Word {
			if lw := w.lower(start); strings.HasSuffix(lw, "s") && attrib.CountryOfAdjective(strings.TrimSuffix(lw, "s")) != "" ||
				strings.HasSuffix(lw, "ians") && len(lw) > 6 {
				start++ // "the Croatians Ivan Perković and Luka Barišić": the players' nation, not a name
			}
		}
		for k := start + 2; k < end-1; k++ {
			if w.at(k-1) == "-" && placeCompound[w.lower(k)] {
				start = k + 1 // "Hat Yai-based Thanasarn Rubber Pcl": the firm, not its seat
			}
		}
		if end-start > 4 && w.tightHyphen(start+1) && hyphenRole(w.lower(start)+"-"+w.lower(start+2)) {
			start += 3 // "Runner-up Vlad Comăneanu": the role, not the name
		}
		for start > 0 && end-start > 2 && w.toks[start].Kind == token.Word &&
			(portfolioJoint(w.lower(start-1)) || w.at(start-1) == "," ||
				w.lower(start-1) == "the" && start > 1 && portfolioJoint(w.lower(start-2))) { // "… and the Blue Economy Jean-Paul Morel"
			if attrib.Portfolio(w.lower(start)) || w.lower(start) == "police" && w.lower(start-1) == "of" {
				start++ // "Minister of Culture, Sports and Tourism Do Van Khiem", "Minister of State for Transport Gerald Mwesigye", "Superintendent of Police Bishnu Prasad Karki": the portfolio closes the title
				continue
			}
			if end-start > 3 && portfolioModifier[w.lower(start)] && w.toks[start+1].Kind == token.Word &&
				(attrib.Portfolio(w.lower(start+1)) || portfolioNoun[w.lower(start+1)]) {
				start += 2 // "Minister of Natural Resources Marcia Adams-Lall", "Minister of Public Works X"
				continue
			}
			break
		}
		if start == 0 && start < end && (isPreposition(w.lower(0)) || isDeterminer(w.lower(0)) || commonOpener(w.lower(0))) {
			start++ // "On", "In", "Many" opening the sentence ("Tomas Vidmar" stays whole)
		} else if end-start >= 3 && start > 0 && w.toks[start-1].Kind == token.Symbol && commonOpener(w.lower(start)) {
			start++ // "ANTOFAGASTA — When Salar Andino Litio reported …": the clause after a dateline
		}
		parts := 0
		for k := start; k < end; k++ {
			if w.toks[k].Kind == token.Word && (k == start || w.toks[k-1].Kind != token.Symbol) {
				parts++
			}
		}
		if parts < 2 || parts > 4 {
			continue
		}
		key, preposed := w.appositionTitle(start, end), false
		if key == "" {
			key = w.titleBefore(start)
			preposed = key != ""
		}
		from, to := w.toks[start].Start, w.toks[end-1].End
		name := strings.TrimSuffix(strings.TrimSuffix(w.text[from:to], "'s"), "’s")
		to = from + len(name)
		facts = append(facts, w.alloc.facts.new(Fact{Kind: KindName, Doc: doc, Span: Span{s.Start + from, s.Start + to}, Sentence: s,
			Subject: fold(name), Key: key, Preposed: preposed}))
	}
	return facts
}

// portfolioJoint reports a word that joins a portfolio to its title or to
// another portfolio: "Minister of Culture, Sports and Tourism".
func portfolioJoint(lw string) bool { return lw == "of" || lw == "for" || lw == "and" }

// portfolioModifier words open a two-word portfolio ("Natural Resources",
// "Public Works", "Foreign Affairs"), portfolioNoun words close one.
var portfolioModifier = map[string]bool{"natural": true, "public": true, "social": true, "internal": true, "local": true,
	"rural": true, "urban": true, "higher": true, "mineral": true, "human": true, "national": true, "economic": true,
	"maritime": true, "marine": true, "foreign": true, "home": true, "regional": true, "women's": true, "consumer": true,
	"blue": true, "green": true}
var portfolioNoun = map[string]bool{"affairs": true, "works": true, "government": true, "protection": true, "defence": true, "defense": true}

// placeCompound words end a place compound set before a firm's name
// ("Songkhla-based", "Oslo-listed").
var placeCompound = map[string]bool{"based": true, "listed": true, "headquartered": true, "registered": true, "owned": true}

// lowerASCIIStart reports whether a word starting with byte c is lower-case
// for certain (a non-ASCII first letter may be a capital: "Đà Nẵng").
func lowerASCIIStart(c byte) bool { return c >= 'a' && c <= 'z' }

// appositionTitle returns the title a comma after the name [start, k)
// opens ("…, vice chairman of the provincial People's Committee" → "vice
// chairman"), lower-cased, or "" when the words after the comma are no title.
func (w words) appositionTitle(start, k int) string {
	coordinated := start > 0 && w.lower(start-1) == "and" // "A and B, the president and …"
	if k >= len(w.toks) || w.toks[k].Kind != token.Symbol || w.at(k) != "," {
		return ""
	}
	var parts []string
	titled := false
	for j := k + 1; j < len(w.toks) && len(parts) < 5; j++ {
		if len(parts) > 0 && w.tightHyphen(j) {
			parts[len(parts)-1] += "-" + w.lower(j+1) // "vice-president", "secretary-general"
			j++
			continue
		}
		if w.toks[j].Kind != token.Word {
			break
		}
		lw := w.lower(j)
		if len(parts) == 0 && isPreposition(lw) {
			return "" // "his counterpart, Tomás Irarrázaval, at the foreign ministry": a place, not a title
		}
		if len(parts) == 0 && pronounOrPossessive(lw) {
			return "" // "Central Asia, he had told reporters, …": a clause, not a title
		}
		if lw == "and" && len(parts) > 0 && coordinated {
			return "" // "A and B, the president and vice-president of …": whose is which?
		}
		if len(parts) == 0 && isAllCaps(w.at(j)) && len(w.at(j)) <= 6 && j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && !isCapitalised(w.at(j+1)) {
			parts = append(parts, lw) // "…, the WHO coordinator in the state, …": a body's acronym before the title
			continue
		}
		if len(parts) == 0 && j == k+1 && possessiveProper(w.at(j)) && j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && !isCapitalised(w.at(j+1)) {
			continue // "…, Ghana's chief negotiator from …": the country is whose title it is
		}
		if isCapitalised(w.at(j)) && !isNameSkipWord(lw) && lw != "vice" && lw != "deputy" {
			if len(parts) > 0 {
				return "" // "…, BGMEA vice-president Rezaul Haque Bhuiyan": the next person's title
			}
			break // "…, Vice Chairman of …" is a title written in capitals; another name is not
		}
		if lw == "for" && len(parts) > 0 && j+1 < len(w.toks) && attrib.Portfolio(w.lower(j+1)) {
			parts = append(parts, lw, w.lower(j+1)) // "the state commissioner for health": the portfolio is the title's
			break
		}
		if lw == "of" || len(parts) > 0 && isPreposition(lw) || isVerb(lw) {
			break
		}
		if isDeterminer(lw) && len(parts) == 0 {
			continue // "…, the governor of …"
		}
		if len(parts) == 0 && token.TitleAbbrev(lw) && j+1 < len(w.toks) && w.at(j+1) == "." {
			return "" // "Rohan Desai, Prof. Meera Iyer and …": the next person's honorific
		}
		titled = titled || isNameSkipWord(lw) && !isDeterminer(lw) || attrib.TitleWord(lw)
		parts = append(parts, lw)
	}
	if !titled {
		return ""
	}
	return fold(strings.Join(parts, " "))
}

// possessiveProper reports a capitalised word in the possessive ("Ghana's").
func possessiveProper(s string) bool {
	return isCapitalised(s) && (strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s"))
}

// titleBefore returns the title a comma before the name at start closes
// ("Ghana's chief negotiator, Abena Sarpong, said" → "chief negotiator"),
// lower-cased, or "" when the words before the comma are no title: the run of
// lower-case words back to a possessive, an article or the sentence's start must
// hold a title word and end the run there.
func (w words) titleBefore(start int) string {
	c := start - 1
	if c < 1 || w.toks[c].Kind != token.Symbol || w.at(c) != "," {
		return ""
	}
	if t := w.capitalTitleBefore(c); t != "" {
		return t
	}
	j := c - 1
	for ; j >= 0 && c-j <= 4; j-- {
		if w.toks[j].Kind != token.Word || isCapitalised(w.at(j)) || isDeterminer(w.lower(j)) || pronounOrPossessive(w.lower(j)) {
			break
		}
		if lw := w.lower(j); isPreposition(lw) || isVerb(lw) || lw == "and" || lw == "or" {
			return "" // "talks in the capital, Abena …", "said on Friday, Abena …"
		}
	}
	if j == c-1 {
		return ""
	}
	if !w.titleOpener(j) {
		return ""
	}
	var parts []string
	titled := false
	for m := j + 1; m < c; m++ {
		lw := w.lower(m)
		titled = titled || attrib.TitleWord(lw) || isNameSkipWord(lw) && !isDeterminer(lw)
		parts = append(parts, lw)
	}
	if !titled {
		return ""
	}
	return fold(strings.Join(parts, " "))
}

// titleOpener reports whether token j may open a title before a name:
// "Ghana's", "the", "its", or j < 0, the sentence's start.
func (w words) titleOpener(j int) bool {
	return j < 0 || possessiveProper(w.at(j)) || w.toks[j].Kind == token.Word && (isDeterminer(w.lower(j)) || pronounOrPossessive(w.lower(j)))
}

// capitalTitleBefore returns the title written in capitals that ends at the
// comma c ("Vietnam's Minister of Industry and Trade, Tran Quoc Hung"): an
// office word, then only portfolios, offices and the words that join them, so
// that a name before the comma ("Secretary-General Ana Ruiz, Abena …") is none.
func (w words) capitalTitleBefore(c int) string {
	j := c - 1
	for ; j >= 0 && c-j <= 8 && w.toks[j].Kind == token.Word; j-- {
		lw := w.lower(j)
		if possessiveProper(w.at(j)) || !isCapitalised(w.at(j)) && lw != "of" && lw != "and" && lw != "for" {
			break
		}
	}
	if j == c-1 || !attrib.TitleWord(w.lower(j+1)) {
		return ""
	}
	if !w.titleOpener(j) {
		return ""
	}
	parts := []string{w.lower(j + 1)}
	for m := j + 2; m < c; m++ {
		lw := w.lower(m)
		if lw != "of" && lw != "and" && lw != "for" && !attrib.Portfolio(lw) && !attrib.TitleWord(lw) {
			return ""
		}
		parts = append(parts, lw)
	}
	return fold(strings.Join(parts, " "))
}

// nameRun returns the tokens [start, end) of the run of capitalised words from
// token i, with tight hyphens inside, and the token to go on from. A possessive
// word ends the run; so does a word of a title that follows a name ("Tomas
// Vidmar, Prime Minister" stops at the comma anyway).
func (w words) nameRun(i int) (start, end, next int) {
	start, end = i, i
	for end < len(w.toks) {
		if w.nameWord(end) {
			lw := w.lower(end)
			end++
			if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
				break
			}
			continue
		}
		if w.tightHyphen(end) && end > start {
			end += 2 // "Solberg-Vaher", "Min-jun"
			continue
		}
		if end > start && w.initialAt(end) {
			end += 2 // "Rommel C. Dizon": a middle initial
			continue
		}
		if end > start {
			if n := w.particlesAt(end); n > 0 {
				end += n // "Pieter van Loon", "Juan de la Cruz"
				continue
			}
		}
		break
	}
	return start, end, max(end, i+1)
}

// particlesAt returns how many lower-case name particles start at token k
// ("van", "de la") when a name word follows them, else 0.
func (w words) particlesAt(k int) int {
	n := 0
	for k+n < len(w.toks) && w.toks[k+n].Kind == token.Word && nameParticle(w.lower(k+n)) && n < 2 {
		n++
	}
	if n == 0 || k+n >= len(w.toks) || !w.nameWord(k+n) {
		return 0
	}
	return n
}

// nameParticle reports a lower-case word that joins the parts of a person's
// name: "van", "von", "de", "da", "bin".
func nameParticle(lw string) bool {
	switch lw {
	case "van", "von", "der", "den", "de", "del", "della", "da", "di", "dos", "das", "du", "la", "le", "bin", "binti", "ter", "ten":
		return true
	}
	return false
}

// initialAt reports a middle initial at token k: one capital letter, its
// dot glued to it, and a name word after.
func (w words) initialAt(k int) bool {
	if k+2 >= len(w.toks) || w.toks[k].Kind != token.Word || w.toks[k+1].Kind != token.Symbol || w.at(k+1) != "." {
		return false
	}
	s := w.at(k)
	return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' && w.toks[k].End == w.toks[k+1].Start && w.nameWord(k+2)
}

// tightHyphen reports whether token k is a hyphen written between two words
// without spaces, the second being part of the same name.
func (w words) tightHyphen(k int) bool {
	if k+1 >= len(w.toks) || k == 0 || w.toks[k].Kind != token.Symbol || w.at(k) != "-" {
		return false
	}
	return w.toks[k-1].End == w.toks[k].Start && w.toks[k].End == w.toks[k+1].Start && w.toks[k+1].Kind == token.Word
}

// nameWord reports whether token i can be part of a name: a capitalised word of
// at least two letters, lower-case after its first letter (acronyms such as
// "VNA" or "CR" are not names of people or places), that is no month or weekday.
func (w words) nameWord(i int) bool {
	if i >= len(w.toks) || w.toks[i].Kind != token.Word {
		return false
	}
	s := w.at(i)
	if len(s) < 2 || s[0] < utf8.RuneSelf && (s[0] < 'A' || s[0] > 'Z') {
		return false // most words: lower case
	}
	if !isCapitalised(s) {
		return false
	}
	_, size := utf8.DecodeRuneInString(s)
	if p := gaelicPrefix(s); p > 0 {
		size = p + 1 // "McAlister", "MacAlister": the capital after the prefix is the name's
	}
	for k := size; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' {
			// "VNA" is no name part; a capital between lower-case letters is
			// a firm's camel case ("KyzylTau Uranium", "SoftBank Group").
			return k+1 < len(s) && s[k-1] >= 'a' && s[k-1] <= 'z' && s[k+1] >= 'a' && s[k+1] <= 'z' && camelRest(s[k+1:])
		} else if c >= utf8.RuneSelf {
			for _, r := range s[k:] {
				if unicode.IsUpper(r) {
					return false
				}
			}
			break
		}
	}
	lw := strings.TrimSuffix(strings.TrimSuffix(w.lower(i), "'s"), "’s")
	return !monthOrDay(lw)
}

// camelRest reports the rest of a camel-case word after its inner capital
// as lower-case letters (an apostrophe's "s" aside): "au" of "KyzylTau".
func camelRest(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// gaelicPrefix returns the length of a "Mc" or "Mac" that opens a family
// name before its own capital ("McAlister", "MacAlister"), else 0.
func gaelicPrefix(s string) int {
	for _, p := range []string{"Mac", "Mc"} {
		if len(s) > len(p)+2 && strings.HasPrefix(s, p) && s[len(p)] >= 'A' && s[len(p)] <= 'Z' &&
			s[len(p)+1] >= 'a' && s[len(p)+1] <= 'z' {
			return len(p)
		}
	}
	return 0
}

// isNameSkipWord reports whether a lower-cased word opens a capitalised run
// without being part of the name: articles, honorifics and titles ("The",
// "Mr", "Prime Minister", "Striker").
// hyphenRole reports a hyphenated role written before a name: "Runner-up
// Vlad Comăneanu", "Co-founder Ana Reyes".
func hyphenRole(w string) bool {
	switch w {
	case "runner-up", "co-founder", "co-chair", "co-owner", "ex-president", "ex-minister":
		return true
	}
	return false
}

func isNameSkipWord(w string) bool {
	switch w {
	case "a", "an", "this", "mr", "ms", "mrs", "dr", "professor", "prof", "sir", "madam", "king",
		"queen", "colonel", "captain", "lieutenant", "major", "senator", "representative", "judge",
		"justice", "chief", "executive", "officer", "ceo", "mp", "coach", "striker",
		"statistician", "commissioner", "inspector", "auditor", "treasurer", "chancellor", "rector",
		// military ranks, written out or short ("Lt Col Tanvir Ahmed", "Brig. Gen.")
		"lt", "col", "gen", "brig", "capt", "maj", "sgt", "cpl", "cmdr", "adm", "general", "sergeant",
		"corporal", "commander", "admiral", "brigadier", "magistrate", "collector", "superintendent",
		"independent", "independents", // a candidate's label: "Independents Bríd Fahy, Martin Loughnane and …"
		"referee", "umpire", "arbiter", "linesman", "skipper", "jockey", "trainer", // a match official's or crew's role: "Referee Marianne Holtby"
		// a nationality told as a noun: "the Dutchman Jens Vandermeulen", "Welshman Rhys Tremayne"
		"dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman", "welshman", "welshwoman",
		"scotsman", "scotswoman", "irishman", "irishwoman", "countryman", "countrywoman", "compatriot":
		return true
	}
	return isRoleWord(w) || isSportRole(w)
}

// pronounOrPossessive reports a personal or possessive pronoun (isPronoun
// asks only whether a speaker is "he" or "she").
func pronounOrPossessive(lw string) bool {
	switch lw {
	case "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our":
		return true
	}
	return false
}
