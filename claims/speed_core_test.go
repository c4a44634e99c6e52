package claims

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/textnorm"
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
		if u := closingUnit(key); u != "" {
			want = u // a qualified key closed by a unit is headed by it
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
		if ok && string(b) != strings.ToLower(s) || !ok && textnorm.IsASCII(s) && len(s) <= 32 {
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

func TestEnderFinder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const alphabet = ".\n!?ab é"
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.IntN(60))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		text := string(b)
		f := enderFinder{text: text, next: [4]int{-1, -1, -1, -1}}
		for i := 0; i <= len(text); i += r.IntN(4) {
			want := i // the byte loop Sentences ran
			for want < len(text) && !strings.ContainsRune(".\n!?", rune(text[want])) {
				want++
			}
			if got := f.from(i); got != want {
				t.Fatalf("from(%d) in %q = %d, want %d", i, text, got, want)
			}
		}
	}
}

func TestIsASCIIAndKeySeparator(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 20000; n++ {
		s := randomPhrase(r, 12)
		want := true
		for i := 0; i < len(s); i++ {
			want = want && s[i] < 0x80
		}
		if textnorm.IsASCII(s) != want {
			t.Fatalf("textnorm.IsASCII(%q) = %v", s, !want)
		}
		s += []string{"", ",", "(", "\"", ";", "é:"}[r.IntN(6)]
		if got, want := hasKeySeparator(s), strings.IndexFunc(s, isKeySeparator) >= 0; got != want {
			t.Fatalf("hasKeySeparator(%q) = %v, want %v", s, got, want)
		}
	}
}
