package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
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

// clauseSubject returns a proper-noun subject that owns an object quantity at
// token i: the capitalised words right before the verb that governs the quantity
// ("Gunma is home to 16,000 residents" → "gunma"), or "" when the quantity is
// itself the subject or the clause subject is not a name.
func (w words) clauseSubject(i int) string {
	j := i - 1
	for j >= 0 && !w.isBoundary(j) && !(w.toks[j].Kind == token.Word && isVerb(w.lower(j))) {
		j--
	}
	if j < 0 || w.isBoundary(j) {
		return ""
	}
	k := j - 1
	for k >= 0 && w.toks[k].Kind == token.Word && isAdverb(w.lower(k)) {
		k--
	}
	end := k
	for k >= 0 && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
		k--
	}
	if k == end {
		return ""
	}
	first := k + 1
	if first == 0 && looksCommon(w.at(0)) {
		return ""
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
