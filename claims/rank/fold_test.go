package rank

import (
	"math/rand"
	"testing"
)

// TestFoldASCII compares the eight-bytes-at-a-time fold with a byte loop on
// every byte value at every position of a word, and on random texts.
func TestFoldASCII(t *testing.T) {
	check := func(src string) {
		t.Helper()
		want := make([]byte, len(src))
		var wantAll byte
		wantUpper := false
		for i := 0; i < len(src); i++ {
			c := src[i]
			wantAll |= c
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
				wantUpper = true
			}
			want[i] = c
		}
		got := make([]byte, len(src))
		all, upper := foldASCII(got, src)
		if string(got) != string(want) || all != wantAll || upper != wantUpper {
			t.Fatalf("foldASCII(%q) = %q, %#x, %v; want %q, %#x, %v", src, got, all, upper, want, wantAll, wantUpper)
		}
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 17; pos++ {
			b := []byte("abcdefghijklmnopq")
			b[pos] = byte(c)
			check(string(b[:pos+1]))
			check(string(b))
		}
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = byte(r.Intn(256))
		}
		check(string(b))
	}
	check("")
	check("Korvia Is The THIRD-largest Investor, Đà Nẵng’s.")
}
