package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Kind says what a quantity states.
type Kind string

const (
	Amount   Kind = "amount"   // a level: "over 110 agreements", "USD 8 billion"
	Change   Kind = "change"   // a difference: "rose by USD 8 billion", "expanded by 20%", "up 5 percentage points"
	Multiple Kind = "multiple" // a factor: "50-fold", "doubled" (2), "halved" (0.5)
)

// Quantity is one amount found in a text. Start and End are byte offsets into the
// parsed text and cover the hedge, the number and its unit ("over 110", "USD 8 billion").
type Quantity struct {
	Start, End int
	// AmountStart is where the amount begins after its hedge or opener: the
	// offset of "110" in "over 110", of "$" in "about $5".
	AmountStart int
	// NumberEnd is where the number ends before its unit, with a hedge written
	// after it: the end of "30" in "more than 30 years", of "500 or more".
	NumberEnd int
	Kind      Kind
	// Value is the number as written after scaling ("USD 8 billion" = 8e9, "20%" = 20);
	// for a range it is the low end and ValueHi the high end.
	Value   float64
	ValueHi float64
	IsRange bool
	// Interval is what the text commits to once the hedge is applied.
	Interval Interval
	// Unit: "count", "percent", "pp" (percentage points), an ISO currency code
	// ("USD", "VND", "JPY", "EUR"), or a unit ("km", "ha", "tonne", "TEU", "MW", ...).
	Unit  string
	Hedge string // normalised hedge: "over", "nearly", "about", "at least", "up to", "fewer than", ... or ""
	// Direction of a Change: +1 rise, -1 fall, 0 unknown.
	Direction int
	// Conversion is the same amount in another unit given beside it:
	// "14.83 trillion VND (563.71 million USD)".
	Conversion *Quantity
	// Rate is the exchange rate stated in a conversion's brackets, in units of
	// the amount per unit of the conversion: "THB 41.2 billion (about USD 1.5
	// billion at 34 baht to the dollar)" gives the conversion Rate 34; 0 when
	// none is stated.
	Rate float64
	// Approximate words that are not hedges but make the number loose ("some", "hundreds of").
	Vague bool
	// RateInverted marks a Rate the text gives the other way round, in units
	// of the conversion per unit of the amount ("$1.16 to the euro" for a sum
	// in euros restated in dollars), so messages can quote it as written.
	RateInverted bool
}

// Interval is a set of real numbers between Lo and Hi; an open end excludes its bound.
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool
}

// Overlaps reports whether the two intervals share at least one number.
func (a Interval) Overlaps(b Interval) bool {
	if a.Hi < b.Lo || b.Hi < a.Lo {
		return false
	}
	if a.Hi == b.Lo && (a.HiOpen || b.LoOpen) {
		return false
	}
	if b.Hi == a.Lo && (b.HiOpen || a.LoOpen) {
		return false
	}
	return true
}

// Parse returns the quantities in text, whose tokens (from token.Scan) are toks, in
// order of their start.
//
// toks must come from token.Scan(text); tokens outside text are ignored. Parse
// never panics and never allocates except for its result.
func Parse(text string, toks []token.Token) []Quantity {
	return ParseIn(text, toks, Context{})
}

// Context is what a document tells the parser about its amounts beyond one
// sentence.
type Context struct {
	// PesoPrefix reads a capital P glued to a number as Philippine pesos
	// ("P190 billion", "P745 a day"), as news from the Philippines writes
	// them; elsewhere "P30" is a model or a code.
	PesoPrefix bool
	// NairaPrefix reads a capital N glued to a number as Nigerian naira
	// ("N842.6 billion"), as Nigerian news writes them.
	NairaPrefix bool
	// RandPrefix reads a capital R glued to a number as South African rand
	// ("R1.9 billion", "R18.40 to the dollar"), as South African news writes
	// them.
	RandPrefix bool
	// ShillingCode is the code that "Sh" glued to a number stands for
	// ("Sh129.2 to the dollar" is KES in Kenyan news, TZS in Tanzanian),
	// "" where the document names no country of shillings.
	ShillingCode string
	// KwachaCode is the code that "K" glued to a number stands for ("K250,000"
	// is ZMW in Zambian news, MWK in Malawian, PGK in Papua New Guinean), ""
	// where the document names no such country.
	KwachaCode string
	// PoundCode is the code a bare "pounds" after a number stands for
	// ("25,000 pounds" is EGP in Egyptian news, LBP in Lebanese), "" where
	// the document names no such country.
	PoundCode string
}

// ParseIn is Parse with what the document tells (see Context).
func ParseIn(text string, toks []token.Token, ctx Context) []Quantity {
	var cand candidates
	if !cand.scan(text, toks) {
		return nil
	}
	p := parser{s: text, toks: toks, pesoP: ctx.PesoPrefix, nairaN: ctx.NairaPrefix, randR: ctx.RandPrefix, shilling: ctx.ShillingCode, kwacha: ctx.KwachaCode, pound: ctx.PoundCode}
	// The first result waits in first: most sentences with an amount have
	// one, which then leaves in one allocation of its size. A second makes
	// room for the digit tokens left as well.
	var first Quantity
	n := 0
	var out []Quantity
	var q Quantity // set in full whenever ok is true
	for i := cand.next(text, toks, 0); i < len(toks); i = cand.next(text, toks, i) {
		var next int
		var ok bool
		if toks[i].Kind == token.Number {
			// most candidates: bareArticle turns no number away, and
			// mayStart lets every one through
			next, ok = p.atInto(i, false, &q)
		} else if p.bareArticle(i) {
			i++ // at(i) would find nothing and resume at i+1
			continue
		} else if p.startWord(i) { // mayStart for a word the candidates' gate let through
			next, ok = p.atInto(i, false, &q)
		} else if c := text[toks[i].Start]; c != 'p' && c != 'P' {
			i++ // percentOf's own first test, without building its empty result
			continue
		} else if q, next, ok = p.percentOf(i); !ok {
			i++
			continue
		}
		if ok && !hasNaN(&q) {
			switch n {
			case 0:
				first = q
			case 1:
				out = append(make([]Quantity, 0, 2+resultCap(toks[next:])), first, q)
			default:
				out = append(out, q)
			}
			n++
			p.min = next
		}
		i = max(next, i+1)
	}
	if n == 1 {
		return []Quantity{first}
	}
	return out
}

// validTokens reports whether every token lies inside text and is not empty.
func validTokens(text string, toks []token.Token) bool {
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			return false
		}
	}
	return true
}

// resultCap guesses how many more quantities toks hold: one per Number
// token, at most 62 (words make amounts too; append makes room for them).
func resultCap(toks []token.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == token.Number {
			n++
		}
	}
	return min(n, 62)
}

// hasNaN reports whether a number of q could not be represented (a decimal with
// hundreds of digits): such a quantity says nothing a rule could compare.
// q is a pointer: Parse asks of every quantity it finds.
func hasNaN(q *Quantity) bool {
	if math.IsNaN(q.Value) || math.IsNaN(q.ValueHi) || math.IsNaN(q.Interval.Lo) || math.IsNaN(q.Interval.Hi) {
		return true
	}
	return q.Conversion != nil && hasNaN(q.Conversion)
}
