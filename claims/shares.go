package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// sharePredicate returns what a share of a group says of its members, stemmed:
// "20.3 percent of students, or about one in five, were exposed to smoke" →
// "expos", "nearly half of current users said they had first tried …" → "tri".
// Shares of one group that say different things ("were current users", "were
// exposed") are different measures. last is the share's last token, followed
// by "of", or with direct by the group itself ("one in five students said …");
// "" when no verb group follows the group.
func (w words) sharePredicate(last int, direct bool) string {
	j := last + 1
	if j >= len(w.toks) || w.toks[j].Kind != token.Word {
		return ""
	}
	if w.lower(j) == "of" {
		j++
	} else if !direct {
		return ""
	}
	// The group: up to a verb or an auxiliary, across a bracketing ", or about one
	// in five,".
	found := false
	for n := 0; j < len(w.toks) && n < 12 && !found; n++ {
		t := w.toks[j]
		if t.Kind == token.Symbol {
			if w.at(j) != "," {
				return ""
			}
			k := j + 1
			for k < len(w.toks) && !(w.toks[k].Kind == token.Symbol && w.at(k) == ",") && k-j < 8 {
				k++
			}
			if k >= len(w.toks) || k-j >= 8 {
				return ""
			}
			j = k + 1 // the aside ends at its closing comma
			continue
		}
		if lw := w.lower(j); t.Kind == token.Word && (isAuxiliary(lw) || verbWord(lw) && !isPreposition(lw) && lw != "by") {
			found = true // not "by" of "16.4% of the domestic bus market by volume": no verb
			break
		}
		j++
	}
	if !found {
		return ""
	}
	// The verb group: auxiliaries, adverbs and a reporting frame ("said they
	// had") lead to the word that says something of the group.
	for n := 0; j < len(w.toks) && n < 8; j, n = j+1, n+1 {
		if w.toks[j].Kind != token.Word {
			return ""
		}
		lw := w.lower(j)
		switch {
		case isAuxiliary(lw) || isAdverb(lw) || shareFrameWords[lw]:
			continue
		case lw == "said" || lw == "say" || lw == "says" || lw == "reported" || lw == "told":
			continue
		}
		return textnorm.Stem(lw)
	}
	return ""
}

// shareFrameWords stand between a group and what it did without saying it:
// pronouns of a reporting frame, "that", time adverbs.
var shareFrameWords = map[string]bool{"they": true, "that": true, "it": true, "he": true, "she": true,
	"first": true, "ever": true, "never": true, "did": true, "do": true, "does": true, "would": true, "will": true}

// openingScope returns the group or place an opening phrase gives every figure
// of its sentence, as key words: "Among boys the rate reached 10.8 percent" →
// "among boy", "In Ho Chi Minh City alone, the rate was 11.3 percent" → "in ho
// chi minh citi". Dates ("In 2023,") and common nouns ("In total,") give none.
func (w words) openingScope(stems stemCache) string {
	if len(w.toks) < 3 || w.toks[0].Kind != token.Word {
		return ""
	}
	var phrase []string
	j := 1
	switch w.lower(0) {
	case "among":
		for ; j < len(w.toks) && w.toks[j].Kind == token.Word && j < 5; j++ {
			lw := w.lower(j)
			if isDeterminer(lw) || isVerb(lw) || isAuxiliary(lw) {
				break
			}
			phrase = append(phrase, w.at(j))
		}
	case "in":
		for ; j < len(w.toks); j++ {
			if w.toks[j].Kind == token.Symbol && w.at(j) == "-" && len(phrase) > 0 && j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && isCapitalised(w.at(j+1)) {
				continue // "KwaZulu-Natal"
			}
			if w.toks[j].Kind != token.Word || !(isCapitalised(w.at(j)) && !monthOrDay(w.lower(j)) || particleInName(w, j)) {
				break
			}
			phrase = append(phrase, w.at(j))
		}
		if j < len(w.toks) && w.toks[j].Kind == token.Word && w.lower(j) == "alone" {
			j++
		}
		closed := j < len(w.toks) && w.toks[j].Kind == token.Symbol && w.at(j) == ","
		if !closed && !(j < len(w.toks) && w.toks[j].Kind == token.Word && w.lower(j) == "the") {
			return "" // only a closed opening phrase governs the sentence ("In KwaZulu-Natal the rate …" is one)
		}
	default:
		return ""
	}
	if len(phrase) == 0 {
		return ""
	}
	key := normalizeWords(phrase, stems)
	if key == "" || strings.Contains(key, " ") && len(phrase) == 1 {
		return ""
	}
	return w.lower(0) + " " + key
}

// placeClauseBefore reports a later clause that opens with its own place
// before token first ("…, and in the Eastern Cape it climbed to 41.9%"): the
// sentence's opening place no longer governs the figure.
func (w words) placeClauseBefore(first int) bool {
	for j := 2; j+1 < first; j++ {
		if w.toks[j].Kind != token.Word || w.lower(j) != "in" || w.toks[j-1].Kind != token.Word {
			continue
		}
		if prev := w.lower(j - 1); prev != "and" && prev != "while" && prev != "whereas" {
			continue
		}
		k := j + 1
		if w.toks[k].Kind == token.Word && w.lower(k) == "the" {
			k++
		}
		if k < first && w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
			return true
		}
	}
	return false
}

// particleInName reports a lower-case particle inside a place name, between
// two capitalised words: "del" of "Valle del Cauca", "de" of "Rio de Janeiro".
func particleInName(w words, j int) bool {
	if !nameParticle(w.lower(j)) && w.lower(j) != "of" {
		return false
	}
	return j > 0 && j+1 < len(w.toks) && w.toks[j+1].Kind == token.Word && isCapitalised(w.at(j+1)) && isCapitalised(w.at(j-1))
}
