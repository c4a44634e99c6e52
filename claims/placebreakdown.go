package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// placeBreakdown reads a count broken down by place with "in" ("12 deaths
// in Beira, eight in Dondo, six in Buzi and four in Nhamatanda"): the first
// count's key names the place ("death in beira") and the bare ones after it
// inherit that key, so none of them is a count of its own place. Each part
// is the measure of the place after its "in": the key loses the place, which
// becomes the subject, so the parts can meet the total they make. made and
// lasts are the sentence's facts and their last tokens, as sentenceFacts
// keeps them.
func (w words) placeBreakdown(made []*Fact, lasts []int) {
	var parts []int
	for qi, f := range made {
		if f == nil || f.Quantity == nil || f.Quantity.Unit != "count" || f.Quantity.Kind != quantity.Amount || f.Prior {
			continue
		}
		parts = append(parts, qi)
	}
	if len(parts) < 3 {
		return
	}
	// The first part: "12 deaths in Beira", the count's noun then the place.
	first := made[parts[0]]
	in := -1
	for j := lasts[parts[0]] + 1; j < len(w.toks) && j <= lasts[parts[0]]+4; j++ {
		if w.toks[j].Kind != token.Word {
			break
		}
		if w.lower(j) == "in" {
			in = j
			break
		}
	}
	if in <= lasts[parts[0]]+1 {
		return // no noun between the count and "in": the count's own noun is told elsewhere
	}
	place, end := w.placeAfterIn(in)
	if place == "" || !partEnds(w, end) {
		return
	}
	// The place must close the key ("death in beira", "death in beira
	// =show"), not qualify a longer phrase ("death in beira province").
	scope := strings.TrimPrefix(normalizeWords([]string{"x", "in", place}, w.stems), "x ") // "x": a head, so "in" stays
	pred := predicateOf(first.Key)
	np := strings.TrimSuffix(first.Key, " "+pred)
	if !strings.HasSuffix(np, " "+scope) {
		return
	}
	key := strings.TrimSuffix(np, " "+scope)
	if pred != "" {
		key += " " + pred
	}
	places := []string{place}
	for _, qi := range parts[1:] {
		f := made[qi]
		if f.Key != first.Key && f.Key != np || f.Subject != "" {
			return // another measure, or one a name already owns
		}
		p, end := w.placeAfterIn(lasts[qi] + 1)
		if p == "" || !partEnds(w, end) {
			return
		}
		places = append(places, p)
	}
	for i, qi := range parts {
		made[qi].Key, made[qi].Subject = key, fold(places[i])
	}
}

// placeAfterIn returns the capitalised name after "in" at token i ("in
// Dondo", "in Cabo Delgado") and the token after it; "" when token i is
// no "in" or no name follows. A month or a weekday is a date, no place.
func (w words) placeAfterIn(i int) (string, int) {
	if i >= len(w.toks) || w.toks[i].Kind != token.Word || w.lower(i) != "in" {
		return "", i
	}
	j := i + 1
	for j < len(w.toks) && w.toks[j].Kind == token.Word && isCapitalised(w.at(j)) && !monthOrDay(w.lower(j)) {
		j++
	}
	if j == i+1 {
		return "", i
	}
	return w.text[w.toks[i+1].Start:w.toks[j-1].End], j
}

// partEnds reports whether a part of a breakdown ends at token j: the
// sentence ends, or a comma, "and" or a semicolon opens the next part.
func partEnds(w words, j int) bool {
	if j >= len(w.toks) {
		return true
	}
	switch w.at(j) {
	case ",", ";", ".", "and":
		return true
	}
	return false
}
