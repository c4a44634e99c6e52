package attrib

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJoinFields holds joinFields to the strings.Join of strings.Fields it
// replaced, on strings built from awkward pieces.
func TestJoinFields(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u3000", "\u2009", "a", "nguyen", "van",
		"é", "\xff", "\xc3", "-", "", "x y", "\u200b"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		var b strings.Builder
		for n := rng.IntN(8); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		f := b.String()
		if got, want := joinFields(f), strings.Join(strings.Fields(f), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", f, got, want)
		}
	}
}
