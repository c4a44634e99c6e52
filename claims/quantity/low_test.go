package quantity

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// lowRef is low as it was before its eight-byte path: a byte at a time.
func lowRef(w string) []byte {
	if len(w) > 24 {
		return nil
	}
	b := make([]byte, len(w))
	for i := range b {
		c := w[i]
		if c >= 0x80 {
			return nil
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// TestLowFast compares low with lowRef on every word of the fixture
// sentences (as written, upper- and lower-cased) and of random texts, whose
// words often end near the end of the text, where the eight-byte load does
// not fit.
func TestLowFast(t *testing.T) {
	var texts []string
	sents, _, _ := fixturetext.Sentences(t, "../..", 1)
	for _, s := range sents {
		texts = append(texts, s, strings.ToUpper(s), strings.ToLower(s))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "aAzZ@[`{yY'. \x80\xc3\xa9\xff"
	for range 20000 {
		b := make([]byte, rng.IntN(30))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		toks := token.Scan(s, nil)
		p := parser{s: s, toks: toks}
		for j, tk := range toks {
			got := p.low(j)
			want := lowRef(s[tk.Start:tk.End])
			if tk.Kind != token.Word {
				want = nil
			}
			if (got == nil) != (want == nil) || string(got) != string(want) {
				t.Fatalf("low(%q) = %q, want %q", s[tk.Start:tk.End], got, want)
			}
		}
	}
}

// TestLower8 checks lower8 on every ASCII byte at every place among others.
func TestLower8(t *testing.T) {
	for c := range 128 {
		for pos := range 8 {
			for _, fill := range []byte{0, 'A', 'Z', 'a', '@', '[', 0x7f} {
				var in, want [8]byte
				for i := range in {
					in[i] = fill
				}
				in[pos] = byte(c)
				for i, b := range in {
					if b-'A' < 26 {
						b += 'a' - 'A'
					}
					want[i] = b
				}
				x := uint64(0)
				for i := 7; i >= 0; i-- {
					x = x<<8 | uint64(in[i])
				}
				got := lower8(x)
				for i := range want {
					if byte(got>>(8*i)) != want[i] {
						t.Fatalf("lower8(%q) byte %d = %q, want %q", in[:], i, byte(got>>(8*i)), want[i])
					}
				}
			}
		}
	}
}
