package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// maxGapName is how many tokens a name in a gapped list may take
// ("the Farmers ' Union" is four).
const maxGapName = 8

// maxGapItems bounds how far back a chain of gapped items is followed.
const maxGapItems = 12

// gappedItem reports whether the number at token i, after a capitalised name,
// is one item of a list whose verb was said once: "Civic Renewal won 62, the
// Social Democrats 41, the Farmers' Union 19". The name starts right after a
// comma or "and", and the item before that separator ends with a number that
// follows a lower-case word (the verb, "won 62") or is itself such an item.
// A road or phase number ("on National Highway 2, the main route") has no
// amount before its comma, so it stays a label.
func (p *parser) gappedItem(i, depth int) bool {
	if depth > maxGapItems {
		return false
	}
	s := p.nameStart(i - 1)
	if s < 0 {
		return false
	}
	q := s - 1 // the separator
	switch {
	case p.sym(q, ","):
		q--
	case p.wordIs(q, "and") || p.wordIs(q, "while"):
		q--
		if p.sym(q, ",") {
			q--
		}
	default:
		return false
	}
	if p.kind(q) == token.Word && !p.capitalised(q) && p.kind(q-1) == token.Number && !p.glued(q-1, q) && !p.glued(q-2, q-1) &&
		strings.HasSuffix(p.text(q), "s") && len(p.text(q)) > 3 {
		return true // "Guayas had 205 cases, Manabí 108": the first item names what its figure counts
	}
	if p.kind(q) != token.Number || p.glued(q-1, q) {
		return false // "won 62" or "41": the number ends the previous item
	}
	if before := q - 1; p.kind(before) == token.Word && !p.capitalised(before) {
		return true
	}
	return p.capitalised(q-1) && p.gappedItem(q, depth+1)
}

// nameStart returns the first token of the capitalised name that ends at token
// w, with its article ("the Social Democrats", "the Farmers' Union"), or -1
// when w ends no name.
func (p *parser) nameStart(w int) int {
	if !p.capitalised(w) {
		return -1
	}
	s := w
	for k := w - 1; k >= 0 && w-k < maxGapName; k-- {
		switch {
		case p.capitalised(k):
			s = k
			continue
		case p.sym(k, "'") || p.sym(k, "’") || p.sym(k, "&") || p.sym(k, "-"):
			if p.capitalised(k - 1) {
				continue
			}
		case p.wordIs(k, "of") && p.capitalised(k-1) && p.capitalised(k+1):
			continue // "Party of Labour"
		case p.nameParticle(k) && p.capitalised(k-1) && p.capitalised(k+1):
			continue // "Boucle du Mouhoun", "Rio Grande do Sul"
		}
		break
	}
	if p.wordIs(s-1, "the") {
		s--
	}
	return s
}

// nameParticle reports a lower-case word that joins the parts of a place
// name at token j: "du", "de", "da", "do", "del", "la".
func (p *parser) nameParticle(j int) bool {
	if p.kind(j) != token.Word {
		return false
	}
	switch p.text(j) {
	case "du", "de", "da", "do", "dos", "das", "del", "della", "di", "des", "la", "el", "es":
		return true
	}
	return false
}

// wordIs reports whether token j is the lower-case word w. Unlike isAny it
// reads before the lookback limit: a list's earlier items were already parsed
// as quantities, and only their shape is checked here.
func (p *parser) wordIs(j int, w string) bool {
	return p.kind(j) == token.Word && p.text(j) == w
}
