package attrib

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// foldKeySeeds mix ASCII, letters with one and two marks, lone and stacked
// combining marks, punctuation Fold maps to ASCII and runes it does not.
var foldKeySeeds = []string{
	"Nguyễn Thị Lan", "Đặng Văn Đức", "Vietnam’s", "Phạm Minh Chính", "e\u0301\u0323",
	"\u0301a", "Ærø ŉ ĳ", "İstanbul", "…", "Hàn Quốc", "Đồng ‘xu’", "x\u0345\u0301\u0323y",
	"한국", "½", "Ǆ", "\xff", "", "ABC", "ﬁ",
}

func TestFoldKey(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := foldKey(s), Fold(s); got != want {
			t.Errorf("foldKey(%q) = %q, Fold gives %q", s, got, want)
		}
	}
	var rs []rune
	for _, span := range [][2]rune{{0, foldLatinEnd}, {foldVietStart, foldVietEnd}, {foldPunctStart, foldPunctEnd}} {
		for r := span[0]; r < span[1]; r++ {
			rs = append(rs, r)
			check(string(r))
		}
	}
	for _, s := range foldKeySeeds {
		check(s)
	}
	// Runes of the table side by side, with ASCII letters between: marks
	// after letters, marks after marks, letters after marks.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			if rng.IntN(3) == 0 {
				b.WriteByte(byte('A' + rng.IntN(58)))
			} else {
				b.WriteRune(rs[rng.IntN(len(rs))])
			}
		}
		check(b.String())
	}
	for _, d := range fixturetext.Articles(t, "../..") {
		for _, w := range strings.Fields(d) {
			check(w)
		}
	}
}

func FuzzFoldKey(f *testing.F) {
	for _, s := range append(foldKeySeeds, fuzzSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldKey(s), Fold(s); got != want {
			t.Errorf("foldKey(%q) = %q, Fold gives %q", s, got, want)
		}
	})
}
