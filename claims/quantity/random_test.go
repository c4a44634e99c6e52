package quantity

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRandomPhrases checks the FuzzParse invariants on phrases glued together
// from the pieces the grammar reacts to, which reach combinations plain fuzzing
// finds slowly. The seed is fixed so failures reproduce.
func TestRandomPhrases(t *testing.T) {
	parts := []string{"0", "1", "2,000", "2.6", "1/3", "-", "–", "(", ")", "$", "US", "USD",
		"million", "a", "half", "one", "twenty", "hundred", "and", "to", "between", "from",
		"more", "than", "rose", "by", "of", "thousands", "tens", "%", "per", "cent", "km", "m",
		"2", ":", ".", ",", "in", "five", "fold", "times", "or", "so", "+", "plus", "dozen",
		"\n", "No", "¥", "₫", "2023", "up", "down", "nearly", "about", "third", "\xff"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for _, q := range parse(s) {
			checkQuantity(t, s, q)
		}
	}
}
