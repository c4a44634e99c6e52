package enum

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The cue checks of candidate as they were written before they were made to
// look at less of the block: the tests hold the new ones to the same answers.

func copulaBeforeRef(s string) bool {
	s = s[max(0, len(s)-40):]
	k := max(strings.LastIndex(s, " were "), strings.LastIndex(s, " are "))
	if k < 0 {
		return false
	}
	return strings.Count(s[k+1:], " ") <= 3
}

func copulaNamesRef(s string) bool {
	for _, v := range []string{" were ", " are "} {
		if strings.HasPrefix(s, v) {
			rest := strings.TrimPrefix(s[len(v):], "the ")
			rest = strings.TrimLeft(rest, "\"“'‘")
			return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
		}
	}
	if k := strings.Index(s, " were "); k >= 0 && k < 40 {
		return copulaNamesRef(s[k:])
	}
	if k := strings.Index(s, " are "); k >= 0 && k < 40 {
		return copulaNamesRef(s[k:])
	}
	return false
}

func dashAfterRef(s string) bool {
	s = s[:sentenceEnd(s, 0)]
	return strings.Contains(s, " — ") || strings.Contains(s, " – ") || strings.Contains(s, " - ")
}

// cueInputs returns the blocks of the fixture articles and random strings of
// the pieces the cues are made of.
func cueInputs(t *testing.T) []string {
	var ins []string
	paths, _ := filepath.Glob("../../fixtures/*/*.txt")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		ls := splitLines(text)
		eachBlock(text, ls, func(k, e int) { ins = append(ins, text[ls[k].a:ls[e-1].b]) })
	}
	pieces := []string{" ", "  ", "were", "are", "the ", "The", "India", "x", "—", "–", "\xe2", "\xe2\x80", ".", ". ", "\n", ":", "a"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var sb strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		ins = append(ins, sb.String())
	}
	return ins
}

func TestCueChecksMatchRef(t *testing.T) {
	for _, s := range cueInputs(t) {
		for i := 0; i <= len(s); i++ {
			if copulaBefore(s[:i]) != copulaBeforeRef(s[:i]) {
				t.Fatalf("copulaBefore(%q) = %v", s[:i], !copulaBeforeRef(s[:i]))
			}
			if copulaNames(s[i:]) != copulaNamesRef(s[i:]) {
				t.Fatalf("copulaNames(%q) = %v", s[i:], !copulaNamesRef(s[i:]))
			}
			if dashAfter(s[i:]) != dashAfterRef(s[i:]) {
				t.Fatalf("dashAfter(%q) = %v", s[i:], !dashAfterRef(s[i:]))
			}
		}
	}
}

// pluralRef is plural as it was written before its fast path for words
// without a final s.
func pluralRef(w string) bool {
	if w == "people" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "’s")
}

func TestPluralMatchesRef(t *testing.T) {
	ws := []string{"", "s", "ss", "bus", "buss", "this", "axis", "Vietnam's", "Vietnam’s", "people", "peoples",
		"goals", "gas", "yes", "plans", "status", "news", "’s", "x's"}
	for _, s := range cueInputs(t) {
		ws = append(ws, strings.Fields(strings.ToLower(s))...)
	}
	for _, w := range ws {
		if plural(w) != pluralRef(w) {
			t.Fatalf("plural(%q) = %v", w, plural(w))
		}
	}
}
