package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The fast paths below must give what the code they replaced gave; these tests
// compare them with that code on random inputs built from awkward pieces.

var speedPieces = []string{"", " ", "  ", "\t", "\u00a0", "in", "of", "=miss", "=", "people", "usd", "USD",
	"x", "-", "a-", "b", "é", "\xff", "K", "\u212a", "Minister", "the", "of the", "HEAD", "general"}

func randomPhrase(r *rand.Rand, n int) string {
	var b strings.Builder
	for k := r.IntN(n); k > 0; k-- {
		b.WriteString(speedPieces[r.IntN(len(speedPieces))])
		if r.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestHeadMatchesSplitKey(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		key := randomPhrase(r, 8)
		np, _ := splitKey(key)
		want := ""
		if len(np) > 0 {
			want = np[len(np)-1]
		}
		if got := Head(key); got != want {
			t.Fatalf("Head(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestSpacedContains(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 100000; i++ {
		s, w := randomPhrase(r, 6), randomPhrase(r, 2)
		if got, want := spacedContains(s, w), strings.Contains(" "+s+" ", " "+w+" "); got != want {
			t.Fatalf("spacedContains(%q, %q) = %v, want %v", s, w, got, want)
		}
	}
}

func TestLowerASCIIWord(t *testing.T) {
	var buf [32]byte
	for _, s := range append(speedPieces, strings.Repeat("A", 32), strings.Repeat("A", 33)) {
		b, ok := lowerASCIIWord(buf[:0], s)
		if ok && string(b) != strings.ToLower(s) || !ok && isASCII(s) && len(s) <= 32 {
			t.Errorf("lowerASCIIWord(%q) = %q, %v", s, b, ok)
		}
	}
}

func TestJoinHyphensFastPath(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"a-"}, {"two-", "way"}, {"a", "b-"}, {"a-", "b", "c-", "d"}} {
		var want []string // the loop joinHyphens always ran
		for i := 0; i < len(ws); i++ {
			if strings.HasSuffix(ws[i], "-") && i+1 < len(ws) {
				want = append(want, ws[i]+ws[i+1])
				i++
				continue
			}
			want = append(want, ws[i])
		}
		if got := joinHyphens(ws); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("joinHyphens(%q) = %q, want %q", ws, got, want)
		}
	}
}
