package rank

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// TestHasCue pins the early exit of Parse: every rank phrase has a cue, and
// words that merely look like one (by ending or length) are rejected.
func TestHasCue(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Korvia is the third-largest investor.", true},
		{"It came 3rd in the league.", true},
		{"It came 21ST overall.", true},
		{"The TOP five firms grew.", true},
		{"Aldoria is the No.1 exporter.", true},
		{"Aldoria is number one.", true},
		{"This is the largest port.", true},
		{"the twenty-first largest", true},
		{"FIRST in ODA", true},
		// Look-alikes.
		{"The North grew by a tenth of a month.", true}, // "tenth" is an ordinal word
		{"The North grew this month with both teams.", false},
		{"Earth, birth, depth and width.", false},
		{"The stop was not on the agenda, Bert said.", false},
		{"Revenue rose 3% to 12 billion.", false},
		{"Nord and Lord stood apart.", false},
		{"", false},
		{"\xff\xfe st", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, hasCue(tc.in, token.Scan(tc.in, nil)))
		})
	}
}

// cueWordRef is cueWord as it was before its length and ending gate: the
// gate must accept exactly the same words.
func cueWordRef(w string) bool {
	n := len(w)
	if n < 2 || n > 13 {
		return false
	}
	switch uint16(w[n-2]|0x20)<<8 | uint16(w[n-1]|0x20) {
	case 'o'<<8 | 'p', 'n'<<8 | 'o', 'e'<<8 | 'r', 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
	default:
		return false
	}
	var buf [13]byte
	for i := 0; i < n; i++ {
		c := w[i]
		if c >= 0x80 {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:n]
	switch string(lw) {
	case "top", "no", "best", "number", "largest", "biggest", "greatest", "highest":
		return true
	}
	if n < 5 || !ordinalSuffix(string(lw[n-2:])) {
		return false
	}
	if otherSuperlative(string(lw)) {
		return true
	}
	_, ok := numword.Ordinal(w)
	return ok
}

// TestCueWordGate compares cueWord with its reference on cues, look-alikes,
// their case variants and every word of the fixtures.
func TestCueWordGate(t *testing.T) {
	words := []string{
		"no", "No", "NO", "nO", "top", "Top", "TOP", "tOp", "number", "Number", "NUMBER",
		"largest", "Biggest", "GREATEST", "highest", "busiest", "Deadliest", "first", "First", "FIRST", "second",
		"third", "tenth", "twelfth", "twentieth", "hundredth", "thousandth", "millionth",
		"12th", "3rd", "21ST", "2nd", "1st", "0th", "st", "nd", "rd", "th", "op", "er",
		"north", "month", "against", "amber", "nunber", "timber", "stop", "Bert", "nord",
		"fïrst", "n\x80", "\xce\xbdo", "no\x00", "t\x00p", "", "x", "abcdefghijklmst",
		"abcdefghijkmst", "abcdefghijklst", "N\x4f", "\x0eo", "\x4eO",
	}
	for _, g := range []string{"../../fixtures/*/*.txt", "../../fixtures/*/*.md"} {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			s := string(raw)
			for _, tk := range token.Scan(s, nil) {
				words = append(words, s[tk.Start:tk.End])
			}
		}
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
			if got, want := cueWord(v), cueWordRef(v); got != want {
				t.Errorf("cueWord(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

// firstCueRef is firstCue without its length and ending gate: every word goes
// to cueWordRef.
func firstCueRef(text string, toks []token.Token) int {
	for i, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start > t.End {
			return -1
		}
		switch t.Kind {
		case token.Word:
			if cueWordRef(text[t.Start:t.End]) {
				return i
			}
		case token.Number:
			if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].End <= len(text) && toks[i+1].Start <= toks[i+1].End &&
				ordinalSuffix(text[toks[i+1].Start:toks[i+1].End]) {
				return i
			}
		}
	}
	return -1
}

// TestFirstCueGate checks that the gate of firstCue turns away only
// sentences without a cue: it must agree with firstCueRef on every fixture
// sentence, its upper- and lower-cased forms and random text.
func TestFirstCueGate(t *testing.T) {
	var texts []string
	for _, g := range []string{"../../fixtures/*/*.txt", "../../fixtures/*/*.md"} {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(raw), "\n") {
				texts = append(texts, l, strings.ToUpper(l), strings.ToLower(l))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "stndrhopumbeNOTPSDRH0123 -.\x80\xcf"
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		toks := token.Scan(s, nil)
		if got, want := firstCue(s, toks), firstCueRef(s, toks); got != want {
			t.Errorf("firstCue(%q) = %d, want %d", s, got, want)
		}
	}
}
