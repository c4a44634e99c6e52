package quantity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/token"
)

// TestIsAnyFold compares isAny, which reads a word's first byte once for all
// the words asked about, with strings.EqualFold on words built from awkward
// pieces: capitals, the Kelvin sign and the long s (which fold to ASCII
// letters) and other non-ASCII letters.
func TestIsAnyFold(t *testing.T) {
	pieces := []string{"s", "S", "ſ", "k", "K", "\u212a", "o", "O", "m", "e", "é", "a", "n", "i", "u", "r", "t"}
	lists := [][]string{{"some"}, {"so", "sake"}, {"kms", "ks"}, {"more", "some", "as"}, {"minus", "negative"}, {"times"}, {"ok"}}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		toks := token.Scan(text, nil)
		p := parser{s: text, toks: toks}
		for j := range toks {
			for _, words := range lists {
				want := toks[j].Kind == token.Word && slices.ContainsFunc(words, func(w string) bool {
					return strings.EqualFold(toks[j].Text(text), w)
				})
				if got := p.isAny(j, words...); got != want {
					t.Errorf("isAny(%q, %q) = %v, want %v", toks[j].Text(text), words, got, want)
				}
			}
		}
	}
}

// TestFoldOnlyKS pins what length tests before isAny rely on: the only
// non-ASCII runes that fold to an ASCII letter are the Kelvin sign (to "k")
// and the long s (to "s"), so a word asked about without those letters
// matches only a token of its own length.
func TestFoldOnlyKS(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 && f != 'k' && f != 'K' && f != 's' && f != 'S' {
				t.Errorf("%U folds to %q", r, f)
			}
		}
	}
}

// TestFoldLengths pins the byte lengths that length tests before isAny let
// through: every spelling that folds to the word, with the Kelvin sign for
// a k and the long s for an s, has one of them.
func TestFoldLengths(t *testing.T) {
	allowed := map[string][]int{"or": {2}, "between": {7}, "from": {4}, "times": {5, 6}, "minus": {5, 6}, "negative": {8}, "some": {4, 5}, "quarter": {7}, "quarters": {8, 9}}
	for w, lengths := range allowed {
		spellings := []string{""}
		for _, c := range w {
			var next []string
			for _, s := range spellings {
				next = append(next, s+string(c), s+string(unicode.ToUpper(c)))
				switch c {
				case 'k':
					next = append(next, s+"\u212a")
				case 's':
					next = append(next, s+"ſ")
				}
			}
			spellings = next
		}
		for _, s := range spellings {
			if !strings.EqualFold(s, w) {
				t.Fatalf("%q does not fold to %q", s, w)
			}
			if !slices.Contains(lengths, len(s)) {
				t.Errorf("%q folds to %q in %d bytes, not in %v", s, w, len(s), lengths)
			}
		}
	}
}
