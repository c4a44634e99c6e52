// Package rank finds rank claims ("the third-largest investor", "ranking first in
// ODA", "top five life insurers") with who is ranked, in what, and where.
package rank

import "github.com/claimcheck/claimcheck/claims/token"

// Rank is one rank claim. Start and End are byte offsets of the rank phrase.
type Rank struct {
	Start, End int
	Rank       int  // 1 = first/top/largest
	AtMost     bool // "top five" = rank <= 5
	// Categories are normalised category words, one per category when one rank covers
	// several ("the fourth-largest trading and tourism partner" = ["trade", "tourism"]).
	Categories []string
	// Subject is who is ranked, as written ("Japan"); SubjectStart/End locate it (-1 when unknown).
	Subject                  string
	SubjectStart, SubjectEnd int
	// Owner is whose ranking it is ("Vietnam's third-largest investor" = "Vietnam"), "" when unstated.
	Owner string
	// Scope is where the ranking holds ("in Asia and Oceania", "in the world"), "" when unstated.
	Scope string
}

// Parse returns the rank claims in text (tokens toks).
func Parse(text string, toks []token.Token) []Rank {
	return nil
}
