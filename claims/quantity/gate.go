package quantity

import (
	"math/bits"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// startWords are the words other than cardinals that may start a quantity
// (mayStart) or a percentage written before its number (percentOf).
var startWords = [...]string{
	"a", "an", "half", "hundreds", "thousands", "millions", "billions", "trillions",
	"dozens", "tens", "scores", "several", "doubled", "doubling", "tripled", "trebled",
	"tripling", "quadrupled", "quadrupling", "halved", "halving", "twofold", "threefold",
	"fourfold", "fivefold", "tenfold", "hundredfold", "quarter", "double", "triple", "quadruple",
	// percentOf
	"percent", "percents", "per", "percentage", "percentages",
}

// gateLetters is the number of letter classes of the gate: 0 for a byte that is
// no ASCII letter, 1 to 26 for a letter of either case.
const gateLetters = 27

// firstGate holds, for the first byte of a word, the lengths some start word
// with that first letter (in either case) has: bit n for length n. With
// gateEnd, the same for the last byte, it decides most words in two lookups;
// wordGate then looks at the first two letters and at the first and last.
type firstGate [256]uint16

// wordGate holds, for the first two letters of a word (case-folded), the set of
// word lengths some start word has: bit n for length n. A word whose letters
// and length match no start word cannot start a quantity, and most words of a
// sentence are rejected by this one lookup instead of a lower-casing switch.
// One-letter words use 0 as their second letter.
type wordGate [gateLetters * gateLetters]uint16

// The gates are built once and only read: gate1 and gateEnd by the first and
// last byte, gate by the first two letters, gatePair by the first and last
// letters. The last letter turns away common words that share their first
// letters and length with a start word: "their" ("three"), "first" ("fifty").
// They are arrays, not pointers, so that scan reads them at fixed addresses.
var gate, gatePair, gate1, gateEnd = buildGate()

func buildGate() (wordGate, wordGate, firstGate, firstGate) {
	var g, pair wordGate
	var g1, end firstGate
	add := func(w string) {
		if len(w) > 0 && len(w) < 16 { // every start word is; TestGate checks
			g[gateIndex(w)] |= 1 << len(w)
			pair[pairIndex(w)] |= 1 << len(w)
			g1[w[0]|0x20] |= 1 << len(w)
			g1[w[0]&^0x20] |= 1 << len(w)
			last := w[len(w)-1]
			end[last|0x20] |= 1 << len(w)
			end[last&^0x20] |= 1 << len(w)
		}
	}
	for _, w := range startWords {
		add(w)
	}
	for _, w := range numword.CardinalWords() {
		add(w)
	}
	// A word ending in a byte that is no ASCII letter may still fold to a
	// start word ("percentſ" to "percents"): the last byte lets it through.
	for c := range 256 {
		if letterClasses[c] == 0 {
			end[c] = 1<<16 - 1
		}
	}
	for c := range gateLetters {
		pair[c*gateLetters] = 1<<16 - 1
	}
	return g, pair, g1, end
}

// letterClasses maps an ASCII letter of either case to 1..26, any other byte to 0.
var letterClasses = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c-'a') + 1
		t[c-'a'+'A'] = uint8(c-'a') + 1
	}
	return t
}()

// gateIndex returns the gate slot of the non-empty word w.
func gateIndex(w string) int {
	i := int(letterClasses[w[0]]) * gateLetters
	if len(w) > 1 {
		i += int(letterClasses[w[1]])
	}
	return i
}

// pairIndex returns the gatePair slot of the non-empty word w.
func pairIndex(w string) int {
	return int(letterClasses[w[0]])*gateLetters + int(letterClasses[w[len(w)-1]])
}

// mayStartWord reports whether the word w can be a start word in any case: a
// false answer is final, a true one needs the full test (mayStart, percentOf).
func mayStartWord(w string) bool {
	n := len(w)
	if n == 0 || n >= 16 || gate1[w[0]]&gateEnd[w[n-1]]&(1<<n) == 0 {
		return false
	}
	return gate[gateIndex(w)]&(1<<n) != 0 && gatePair[pairIndex(w)]&(1<<n) != 0
}

// candidate reports whether token t may start a quantity or a percentage:
// a number, or a word the gate lets through. Symbols never do.
func candidate(s string, t token.Token) bool {
	switch t.Kind {
	case token.Number:
		return true
	case token.Word:
		return mayStartWord(s[t.Start:t.End])
	}
	return false
}

// firstLen and lastLen are gate1 and gateEnd spread out by length: entry
// b<<4|n is 1 when gate1[b] (gateEnd[b]) has bit n. scan reads them without
// shifting by a word's length.
var firstLen, lastLen = spreadGate(&gate1), spreadGate(&gateEnd)

func spreadGate(g *firstGate) (t [256 << 4]uint8) {
	for b := range 256 {
		for n := range 16 {
			t[b<<4|n] = uint8(g[b] >> n & 1)
		}
	}
	return t
}

// candBits is how many leading tokens of a sentence candidates marks; the rest
// of a longer text is gated again token by token.
const candBits = 512

// candidates marks the tokens that may start a quantity or a percentage, so
// that the tokens are gated once and Parse then visits only the marked ones.
type candidates [candBits / 64]uint64

// scan checks that every token lies inside text and is not empty, and marks
// the candidates. It reports whether the tokens are valid and some token may
// start a quantity: one pass serves both, the only one most sentences need.
func (c *candidates) scan(text string, toks []token.Token) bool {
	any := false
	for i, t := range toks {
		// as unsigned, a negative offset is out of range too
		if uint(t.End) > uint(len(text)) || uint(t.Start) >= uint(t.End) {
			return false
		}
		// candidate(text, t), written out so that the loop calls nothing
		switch t.Kind {
		case token.Number:
		case token.Word:
			// mayStartWord for a word known not to be empty; the first test
			// reads its two bytes in place, not through a slice of the word
			n := uint(t.End - t.Start)
			if n >= 16 || firstLen[uint(text[t.Start])<<4|n]&lastLen[uint(text[t.End-1])<<4|n] == 0 {
				continue
			}
			if w := text[t.Start:t.End]; gate[gateIndex(w)]&(1<<n) == 0 || gatePair[pairIndex(w)]&(1<<n) == 0 {
				continue
			}
		default:
			continue
		}
		any = true
		if i < candBits {
			c[i>>6] |= 1 << (i & 63)
		}
	}
	return any
}

// next returns the first candidate at or after token i, len(toks) when none.
func (c *candidates) next(text string, toks []token.Token, i int) int {
	for i < len(toks) && i < candBits {
		if w := c[i>>6] >> (i & 63); w != 0 {
			return i + bits.TrailingZeros64(w)
		}
		i = (i | 63) + 1
	}
	for i < len(toks) && !candidate(text, toks[i]) {
		i++
	}
	return min(i, len(toks))
}
