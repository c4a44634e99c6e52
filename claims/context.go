package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/kljensen/snowball/english"
)

// verbs end a noun phrase: auxiliaries and the verbs news uses around figures.
var verbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "should": true, "shall": true, "do": true, "does": true,
	"did": true, "serve": true, "serves": true, "reach": true, "reaches": true, "reached": true,
	"reaching": true, "rose": true, "rise": true, "rises": true, "grew": true, "grow": true,
	"grows": true, "jumped": true, "surged": true, "expanded": true, "increased": true,
	"decreased": true, "fell": true, "fall": true, "falls": true, "dropped": true, "declined": true,
	"totalled": true, "totaled": true, "stood": true, "stands": true, "hit": true, "hits": true,
	"remains": true, "remain": true, "remained": true, "became": true, "become": true,
	"ranks": true, "ranked": true, "ranking": true, "attend": true, "attended": true, "came": true,
	"come": true, "went": true, "gone": true, "make": true, "makes": true, "made": true,
	"take": true, "takes": true, "took": true, "provide": true, "provides": true, "host": true,
	"hosts": true, "hosted": true, "signed": true, "sign": true, "established": true,
	"account": true, "accounts": true, "accounting": true, "according": true, "said": true,
	"says": true, "say": true, "that": true, "which": true, "while": true, "when": true, "where": true,
	"who": true, "whom": true, "whose": true, "if": true, "because": true, "since": true,
	"than": true, "and": true, "or": true, "but": true, "by": true, "as": true, "like": true,
	"including": true, "include": true, "includes": true, "such": true, "per": true,
	"bring": true, "brings": true, "brought": true, "get": true, "gets": true, "got": true,
	"worth": true, "valued": true, "plan": true, "plans": true, "planned": true, "expected": true,
	"aim": true, "aims": true, "aiming": true, "to": false,
}

// words is the Word tokens of a sentence with their lower-cased text.
type words struct {
	text  string
	toks  []token.Token
	stems stemCache // shared by the sentences of one document
}

func (w words) at(i int) string { return w.toks[i].Text(w.text) }

func (w words) lower(i int) string { return strings.ToLower(w.at(i)) }

// isBoundary reports whether token i ends a phrase: punctuation other than
// hyphens, apostrophes and slashes.
func (w words) isBoundary(i int) bool {
	t := w.toks[i]
	if t.Kind != token.Symbol {
		return false
	}
	s := w.at(i)
	if s == "-" {
		// A spaced hyphen is a dash ("HANOI (VNA) - The province …"); a tight one joins words.
		return i > 0 && w.toks[i-1].End < t.Start && i+1 < len(w.toks) && t.End < w.toks[i+1].Start
	}
	return s != "'" && s != "’" && s != "/" && s != "&"
}

// rightPhrase collects the noun phrase after token index i (exclusive): words up
// to a verb or punctuation, at most one prepositional qualifier of a few words, and
// participles before it ("Vietnamese people living in Japan").
func (w words) rightPhrase(i int) []string {
	var out []string
	nouns, inQual := 0, false
	for j := i; j < len(w.toks) && len(out) < 9; j++ {
		t := w.toks[j]
		if w.isBoundary(j) || t.Kind == token.Number {
			break
		}
		if t.Kind == token.Symbol {
			continue
		}
		lw := w.lower(j)
		if prepositions[lw] {
			if inQual || nouns == 0 {
				break
			}
			inQual = true
			out = append(out, lw)
			continue
		}
		if verbs[lw] || (strings.HasSuffix(lw, "ed") && nouns > 0 && !inQual) {
			break
		}
		if strings.HasSuffix(lw, "ing") && nouns > 0 && !inQual {
			// A participle: keep going only if a qualifier follows ("living in").
			if j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && prepositions[w.lower(j+1)] {
				continue
			}
			break
		}
		if inQual && !isCapitalised(w.at(j)) && len(out) > 0 && !prepositions[out[len(out)-1]] {
			break
		}
		if !inQual && nouns > 0 && isCapitalised(w.at(j)) && !isAllCaps(w.at(j)) && !isCapitalised(out[len(out)-1]) {
			break // a new noun phrase starts: "3 points Japanese investors weigh"
		}
		out = append(out, w.at(j))
		nouns++
	}
	return out
}

// leftPhrase finds the subject noun phrase of the clause that holds token i: the
// words from the clause start up to the first verb ("Japanese investments in
// Vietnam have jumped by …"). When that clause has no subject (it starts at a
// comma before a participle), the sentence's first clause is used.
func (w words) leftPhrase(i int) []string {
	start := 0
	for j := i - 1; j >= 0; j-- {
		if w.isBoundary(j) {
			s := w.at(j)
			if s == ":" || s == ";" || s == "," || s == "(" || s == "–" || s == "—" || s == "-" {
				start = j + 1
				break
			}
		}
	}
	if ph := w.subjectFrom(start, i); len(ph) > 0 {
		return ph
	}
	if start > 0 {
		return w.subjectFrom(0, i)
	}
	return nil
}

func (w words) subjectFrom(start, stop int) []string {
	var out []string
	for j := start; j < stop && len(out) < 8; j++ {
		t := w.toks[j]
		if t.Kind == token.Number {
			if len(out) > 0 {
				break
			}
			continue // a list marker "2."
		}
		if w.isBoundary(j) {
			if len(out) > 0 {
				break
			}
			continue
		}
		if t.Kind == token.Symbol {
			continue
		}
		lw := w.lower(j)
		if isVerb(lw) {
			if len(out) > 0 {
				break
			}
			continue
		}
		if monthOrDay(lw) {
			continue
		}
		if strings.HasSuffix(lw, "ing") && j+1 < stop && prepositions[w.lower(j+1)] {
			continue // "residing in"
		}
		out = append(out, w.at(j))
	}
	return out
}

// phraseBefore collects the noun phrase that ends right before token i, walking
// back to a number, a verb or punctuation ("15 green energy projects worth …").
func (w words) phraseBefore(i int) []string {
	k := i
	for k > 0 {
		t := w.toks[k-1]
		if t.Kind != token.Word || isVerb(w.lower(k-1)) || prepositions[w.lower(k-1)] {
			break
		}
		k--
	}
	var out []string
	for j := k; j < i; j++ {
		out = append(out, w.at(j))
	}
	return out
}

// determiners open a noun phrase; walking back, they end it.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true,
	"those": true, "its": true, "their": true, "his": true, "her": true, "our": true, "that": true}

// npBefore returns the noun phrase that is the subject of the verb right before
// token i ("Japanese investments in Vietnam have jumped by USD 8 billion" →
// "Japanese investments in Vietnam"), with at most one prepositional qualifier,
// or nil when no verb stands right before the amount. A possessive ends the
// phrase: it names the owner, not the measure.
func (w words) npBefore(i int) []string {
	j := i - 1
	if j >= 0 && w.toks[j].Kind == token.Word && (w.lower(j) == "by" || w.lower(j) == "to" || w.lower(j) == "at") {
		j--
	}
	verbEnd := j
	for j >= 0 && w.toks[j].Kind == token.Word && (isVerb(w.lower(j)) || isAdverb(w.lower(j))) && !prepositions[w.lower(j)] {
		j--
	}
	if j == verbEnd || j < 0 {
		return nil
	}
	end := j
	crossed := false
	for j >= 0 {
		t := w.toks[j]
		if t.Kind == token.Symbol {
			if w.at(j) == "-" && !w.isBoundary(j) {
				j--
				continue
			}
			break
		}
		if t.Kind != token.Word {
			break
		}
		lw := w.lower(j)
		if prepositions[lw] {
			if crossed || j == end {
				break
			}
			crossed = true
			j--
			continue
		}
		if determiners[lw] {
			// Inside a qualifier ("between the nations") the article stays; before
			// the head noun it ends the phrase.
			if crossed || j == 0 || !prepositions[w.lower(j-1)] {
				break
			}
			j--
			continue
		}
		if isVerb(lw) && lw != "to" || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			break
		}
		j--
	}
	var out []string
	for k := j + 1; k <= end; k++ {
		if w.toks[k].Kind == token.Word {
			out = append(out, w.at(k))
		} else if len(out) > 0 && w.at(k) == "-" {
			out[len(out)-1] += "-" // "two-way": joined with the next word below
		}
	}
	return joinHyphens(out)
}

// joinHyphens glues words that npBefore split at tight hyphens back together.
func joinHyphens(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		if strings.HasSuffix(ws[i], "-") && i+1 < len(ws) {
			out = append(out, ws[i]+ws[i+1])
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// sentenceSubject returns the capitalised name that opens the sentence, before
// its first verb ("Japan is the largest investor …" → "japan"), or "".
func (w words) sentenceSubject() string {
	end := -1
	for j := 0; j < len(w.toks) && w.toks[j].Kind == token.Word && isCapitalised(w.at(j)); j++ {
		end = j
	}
	if end < 0 || end == 0 && looksCommon(w.at(0)) {
		return ""
	}
	if end+1 < len(w.toks) && !(w.toks[end+1].Kind == token.Word && isVerb(w.lower(end+1))) {
		return ""
	}
	return fold(w.text[w.toks[0].Start:w.toks[end].End])
}

// predicateNouns name things counted by what happened to them: "six people
// missing" and "61,000 people evacuated" are different measures, as are "870
// houses destroyed" and "5,000 houses damaged".
var predicateNouns = map[string]bool{"people": true, "children": true, "hous": true, "home": true,
	"build": true, "case": true, "patient": true, "death": true, "victim": true, "famili": true,
	"household": true, "student": true, "vehicl": true, "school": true, "job": true}

// auxiliaries stand between a noun and its predicate ("were still missing").
var auxiliaries = map[string]bool{"were": true, "was": true, "are": true, "is": true, "had": true,
	"have": true, "has": true, "been": true, "being": true, "still": true, "now": true,
	"reportedly": true, "also": true, "already": true, "remain": true, "remained": true,
	"remains": true, "be": true, "got": true, "get": true, "so": true, "far": true, "later": true}

// predicateAdjectives say what happened to people or things without a verb form.
var predicateAdjectives = map[string]bool{"missing": true, "dead": true, "homeless": true,
	"injured": true, "displaced": true, "affected": true, "stranded": true, "unaccounted": true}

// predicate returns the stemmed word that says what happened to the things a count
// at tokens first..last counts: the verb before it when it is an object ("destroyed
// 870 houses"), else the participle or adjective after its noun phrase ("six
// people were still missing"), or "".
func (w words) predicate(first, last int) string {
	if first > 0 && w.toks[first-1].Kind == token.Word {
		lw := w.lower(first - 1)
		possessive := strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'")
		if !possessive && !prepositions[lw] && !determiners[lw] && !auxiliaries[lw] && (strings.HasSuffix(lw, "ed") || isVerb(lw) || !isCapitalised(w.at(first-1)) && !dropWords[lw]) && lw != "and" && lw != "or" && lw != "than" {
			return english.Stem(lw, false)
		}
	}
	j, nouns := last+1, 0
	for j < len(w.toks) && w.toks[j].Kind == token.Word && nouns < 5 {
		lw := w.lower(j)
		if auxiliaries[lw] || predicateAdjectives[lw] || strings.HasSuffix(lw, "ed") || verbs[lw] {
			break
		}
		nouns++
		j++
	}
	for j < len(w.toks) && w.toks[j].Kind == token.Word && auxiliaries[w.lower(j)] {
		j++
	}
	if j < len(w.toks) && w.toks[j].Kind == token.Word {
		lw := w.lower(j)
		if predicateAdjectives[lw] || strings.HasSuffix(lw, "ed") {
			return english.Stem(lw, false)
		}
	}
	return ""
}

// skipArticleAndNumber returns the index after an article and a number starting
// at i ("the 2,790,000 valid votes" → "valid"), or i.
func (w words) skipArticleAndNumber(i int) int {
	if i < len(w.toks) && w.toks[i].Kind == token.Word && determiners[w.lower(i)] {
		i++
	}
	if i < len(w.toks) && w.toks[i].Kind == token.Number {
		i++
	}
	return i
}

// possessor returns the word before token i when it is a possessive ("the
// country's 500,000 residents" → "country").
func (w words) possessor(i int) string {
	if i == 0 {
		return ""
	}
	j := i - 1
	if w.toks[j].Kind != token.Word {
		return ""
	}
	s := w.at(j)
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return fold(strings.TrimSuffix(s, suf))
		}
	}
	return ""
}

// clauseSubject returns the named owner of an object quantity at token i: the
// capitalised name right before the verb group that governs it ("Gunma is home to
// 16,000 residents", "Civic Renewal won 62 seats", "the Farmers' Union, which won
// 19 seats", "The Green Alliance, with 14 seats"), folded, or "" when the quantity
// is itself the subject, stands in a prepositional phrase, or the owner is not a
// name.
func (w words) clauseSubject(i int) string {
	j := i - 1
	verbs := 0
	for j >= 0 && w.toks[j].Kind == token.Word && !isCapitalised(w.at(j)) && verbs < 4 {
		lw := w.lower(j)
		if prepositions[lw] && lw != "to" && lw != "with" || determiners[lw] || monthOrDay(lw) {
			return "" // "in 2,200 projects", "the 17 FTAs": not an object of a named subject
		}
		if lw == "which" || lw == "who" || lw == "that" || lw == "with" {
			// A relative clause or an apposition: the name stands before the comma.
			if j > 0 && w.isBoundary(j-1) && w.at(j-1) == "," {
				return w.nameBefore(j - 1)
			}
			if lw == "with" {
				return ""
			}
		}
		verbs++
		j--
	}
	if verbs == 0 || j < 0 {
		return ""
	}
	return w.nameBefore(j + 1)
}

// nameBefore returns the run of capitalised words (with inner apostrophes and
// hyphens) that ends right before token i, folded, or "" when there is none or it
// is a sentence-initial common word.
func (w words) nameBefore(i int) string {
	end, k := i-1, i-1
	for k >= 0 {
		t := w.toks[k]
		if t.Kind == token.Word && isCapitalised(w.at(k)) {
			k--
			continue
		}
		if t.Kind == token.Symbol && (w.at(k) == "'" || w.at(k) == "’" || w.at(k) == "-") && k > 0 && k < end {
			k--
			continue
		}
		break
	}
	first := k + 1
	for first <= end && w.toks[first].Kind != token.Word {
		first++
	}
	if first > end {
		return ""
	}
	if first == 0 && first == end && looksCommon(w.at(0)) {
		return ""
	}
	if first > 0 && w.toks[first-1].Kind == token.Word && prepositions[w.lower(first-1)] {
		return "" // "the population residing in Japan has …": Japan is not the subject
	}
	return fold(w.text[w.toks[first].Start:w.toks[end].End])
}

// isVerb reports whether a lower-cased word is a verb that ends a noun phrase.
func isVerb(lw string) bool {
	return verbs[lw] && lw != "to" || len(lw) > 4 && strings.HasSuffix(lw, "ed")
}

// isAdverb reports whether a word is an adverb between a subject and its verb
// ("Gunma currently has").
func isAdverb(lw string) bool {
	return strings.HasSuffix(lw, "ly") || lw == "now" || lw == "still" || lw == "already" || lw == "also"
}

// isAllCaps reports whether a word is an acronym ("FDI", "ODA").
func isAllCaps(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// monthOrDay reports whether a lower-cased word names a month or a weekday.
func monthOrDay(lw string) bool {
	switch lw {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday":
		return true
	}
	return false
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// looksCommon guesses that a capitalised sentence-initial word is a common noun or
// a function word, not a name: plurals, determiners, pronouns.
func looksCommon(s string) bool {
	ls := strings.ToLower(s)
	switch ls {
	case "the", "this", "these", "those", "it", "they", "we", "he", "she", "many", "some", "both",
		"all", "each", "most", "its", "their", "our", "meanwhile", "currently", "today", "so", "in":
		return true
	}
	return strings.HasSuffix(ls, "s") || strings.HasSuffix(ls, "ly")
}
