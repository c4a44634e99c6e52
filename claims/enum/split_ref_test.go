package enum

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// trimPartRef and itemLikeRef are trimPart and itemLike as they were written
// before their ASCII fast paths: the tests hold the two to the same answers.

func trimPartRef(text string, p part) part {
	for p.a < p.b {
		r, n := utf8.DecodeRuneInString(text[p.a:p.b])
		if !unicode.IsSpace(r) && !isQuote(r) {
			break
		}
		p.a += n
	}
	for p.b > p.a {
		r, n := utf8.DecodeLastRuneInString(text[p.a:p.b])
		if !unicode.IsSpace(r) && !isQuote(r) && !strings.ContainsRune(".,;:/…!?", r) {
			break
		}
		p.b -= n
	}
	return p
}

func itemLikeRef(text string, p part) bool {
	s := text[p.a:p.b]
	if p.a >= p.b || words(s) > 8 {
		return false
	}
	for _, w := range strings.Fields(s) {
		if len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
			return false
		}
		switch strings.Trim(strings.ToLower(w), ".\"'”“") {
		case "said", "says", "say", "told", "is", "are", "was", "were", "will", "has", "have", "had",
			"which", "who", "that", "according", "while", "but", "added", "can", "could", "would", "should":
			return false
		}
	}
	return true
}

func TestSplitHelpersMatchRef(t *testing.T) {
	check := func(s string, p part) {
		if got, want := trimPart(s, p), trimPartRef(s, p); got != want {
			t.Fatalf("trimPart(%q) = %v, want %v", s[p.a:p.b], got, want)
		}
		if got, want := itemLike(s, p), itemLikeRef(s, p); got != want {
			t.Fatalf("itemLike(%q) = %v, want %v", s[p.a:p.b], got, want)
		}
	}
	// The fixture blocks (see cueInputs), cut as splitList cuts them.
	for _, s := range cueInputs(t) {
		check(s, part{0, len(s)})
		for _, sep := range []byte{',', ';', '.', ' '} {
			for _, p := range splitTop(s, 0, len(s), sep) {
				check(s, p)
			}
		}
	}
	// Every part, between rune starts, of random strings of the pieces items
	// and their ends are made of.
	pieces := []string{" ", "\t", "\n", "\u00a0", "\u2003", ".", ",", ";", ":", "/", "!", "?", "…", "\"", "'", "“", "”", "‘", "’", "«",
		"said", "SAID", "Said.", "According", "accordingly", "signed", "Signed", "ed", "x", "is", "İs", "\xff", "é"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var sb strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		for a := 0; a <= len(s); a++ {
			for b := a; b <= len(s); b++ {
				if (a == len(s) || utf8.RuneStart(s[a])) && (b == len(s) || utf8.RuneStart(s[b])) {
					check(s, part{a, b})
				}
			}
		}
	}
}

// sentenceEndRef is sentenceEnd as it was written before it jumped from mark
// to mark with IndexByte: one table look-up a byte.
func sentenceEndRef(text string, a int) int {
	stop := [256]bool{'\n': true, '\r': true, '.': true, '!': true, '?': true}
	for i := a; i < len(text); i++ {
		if !stop[text[i]] {
			continue
		}
		switch text[i] {
		case '\n', '\r':
			return i
		case '.', '!', '?':
			if i+1 == len(text) {
				return i
			}
			if text[i] == '.' && titleBefore(text, i) {
				continue
			}
			if text[i] == '.' && (clockBefore(text, i) || numberSignBefore(text, i)) {
				continue
			}
			if text[i] == '.' && (firmAbbrevBefore(text, i) || dottedAbbrevBefore(text, i)) && lowerAfter(text, i) {
				continue
			}
			switch c := text[i+1]; c {
			case ' ', '\t', '\n', '\r', '"', '/':
				return i
			default:
				if c >= utf8.RuneSelf {
					r, _ := utf8.DecodeRuneInString(text[i+1:])
					if r == '”' || r == '’' || unicode.IsSpace(r) {
						return i
					}
				}
			}
		}
	}
	return len(text)
}

func TestSentenceEndMatchesRef(t *testing.T) {
	ins := cueInputs(t)
	pieces := []string{" ", "x", "U", "Capt", "Dr", "Engr", ".", "!", "?", "\n", "\r", "\t", "”", "’", "\u2003",
		"/", "\"", "14", "\xe2", "é", "S", "a.m", "p.m", ",", "No", "3"}
	r := rand.New(rand.NewPCG(11, 12))
	ins = append(ins, randomStrings(r, pieces, 5000, 30)...)
	for _, s := range ins {
		for i := 0; i <= len(s); i++ {
			want := sentenceEndRef(s, i)
			if got := sentenceEnd(s, i); got != want {
				t.Fatalf("sentenceEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			for _, limit := range []int{i, (i + len(s)) / 2, len(s)} {
				if got := sentenceEndBefore(s, i, limit); got != min(want, limit) {
					t.Fatalf("sentenceEndBefore(%q, %d, %d) = %d, want %d", s, i, limit, got, min(want, limit))
				}
			}
		}
	}
}
