package enum

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/stretchr/testify/require"
)

// markerRef is marker as it was written before its fast paths: every bullet
// tried, every word lower-cased. The tests hold the two to the same answer.
func markerRef(text string, l line) (style string, num, body int) {
	i := indent(text, l)
	s := text[i:l.b]
	j := 0
	paren := strings.HasPrefix(s, "(")
	if paren {
		j = 1
	}
	n := 0
	for j < len(s) && j < 4 && s[j] >= '0' && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if n > 0 && j < len(s) {
		closeOK := (!paren && (s[j] == '.' || s[j] == ')')) || (paren && s[j] == ')')
		if closeOK && j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == '\t') {
			return StyleNumbered, n, i + j + 2
		}
	}
	for _, b := range []string{"- ", "* ", "• ", "– ", "· ", "▪ "} {
		if strings.HasPrefix(s, b) {
			return StyleBullets, 0, i + len(b)
		}
	}
	w := 0
	for w < len(s) && (s[w]|0x20 >= 'a' && s[w]|0x20 <= 'z') {
		w++
	}
	if w+1 < len(s) && s[w] == '-' && unicode.IsLetter(rune(s[w+1])) {
		return "", 0, 0 // "Third-class wheat": a compound word
	}
	if w > 0 && w < len(s) && strings.ContainsRune(":,.–-", rune(s[w])) || w > 0 && strings.HasPrefix(s[w:], " –") {
		word := strings.ToLower(s[:w])
		word = strings.TrimSuffix(word, "ly")
		if v, ok := numword.Ordinal(word); ok && isUpperByte(s[0]) {
			k := w + 1
			for k < len(s) && (s[k] == ' ' || s[k] == '-' || s[k] == ':') {
				k++
			}
			return StyleOrdinal, v, i + k
		}
	}
	return "", 0, 0
}

func checkMarker(t *testing.T, text string) {
	t.Helper()
	for _, l := range splitLines(text) {
		st, n, b := marker(text, l)
		rst, rn, rb := markerRef(text, l)
		if st != rst || n != rn || b != rb {
			t.Fatalf("marker(%q) = %q %d %d, want %q %d %d", text[l.a:l.b], st, n, b, rst, rn, rb)
		}
	}
}

func TestMarkerMatchesRef(t *testing.T) {
	checkMarker(t, strings.Join(append([]string{"", "-", "- a", "* b", "• c", "– d", "· e", "▪ f", "-x",
		"First: a", "FIRSTLY, b", "Secondly – c", "Third - d", "third: e", "Ly: f", "LY: g", "Firstly",
		"  1. a", "(2) b", "3) c", "12345. d", "Twentieth. e", "Fourth –x", "\u00e2 x", "\xe2\x80 y"}, fuzzSeeds...), "\n"))
	paths, _ := filepath.Glob("../../fixtures/*/*.txt")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		checkMarker(t, string(raw))
	}
}

func FuzzMarker(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMarker(t, s) })
}

// TestIndexSep holds indexSep to strings.Index of the separator it stands for.
func TestIndexSep(t *testing.T) {
	for _, s := range append([]string{"", ":", ": ", "a:b: c", " - ", "a - b", "a -b - c", "a- b",
		" – ", "a –b – c", "— x — y", "a:", "-", " -", "- ", "a—b — c", " - - "}, fuzzSeeds...) {
		for mark, sep := range map[string]string{":": ": ", "–": " – ", "-": " - ", "—": " — "} {
			if got, want := indexSep(s, mark), strings.Index(s, sep); got != want {
				t.Errorf("indexSep(%q, %q) = %d, want %d", s, mark, got, want)
			}
		}
	}
}

// TestAppendLines holds appendLines to a split at each '\n', less a '\r'
// before it, for line breaks at every offset of an eight-byte chunk.
func TestAppendLines(t *testing.T) {
	ins := []string{"", "\n", "\r\n", "a", "a\n", "\n\n\n", "ab\r\ncd\n\r\nef", "\r", "x\ry\n"}
	for k := 0; k < 20; k++ {
		ins = append(ins, strings.Repeat("a", k)+"\n"+strings.Repeat("b", 20-k)+"\r\n\n")
	}
	for _, in := range append(ins, fuzzSeeds...) {
		var want []line
		a := 0
		for i, p := range strings.Split(in, "\n") {
			b := a + len(p)
			if i < strings.Count(in, "\n") && strings.HasSuffix(p, "\r") {
				want = append(want, line{a, b - 1})
			} else {
				want = append(want, line{a, b})
			}
			a = b + 1
		}
		require.Equal(t, want, splitLines(in), "%q", in)
	}
}

// firstSentenceEndRef is label's search for the end of an item's first
// sentence as it was written before it used IndexByte: every byte looked at.
func firstSentenceEndRef(text string, a, b int) int {
	for i := a; i+1 < b; i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && (text[i+1] == ' ' || text[i+1] == '\n') {
			return i
		}
	}
	return b
}

func TestFirstSentenceEndMatchesRef(t *testing.T) {
	check := func(text string, a, b int) {
		if got, want := firstSentenceEnd(text, a, b), firstSentenceEndRef(text, a, b); got != want {
			t.Fatalf("firstSentenceEnd(%q) = %d, want %d", text[a:b], got, want)
		}
	}
	for _, s := range cueInputs(t) {
		for a := 0; a <= len(s); a += 1 + a%7 {
			check(s, a, len(s))
			check(s, a, min(len(s), a+40))
		}
	}
	pieces := []string{".", "!", "?", " ", "\n", "a", "U.S.", "...", "?!", "\t"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var sb strings.Builder
		for n := r.IntN(10); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		for a := 0; a <= len(s); a++ {
			for b := a; b <= len(s); b++ {
				check(s, a, b)
			}
		}
	}
}
