package enum

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// candidateBytes is candidate as it was written before its scan read eight
// bytes at a time: one byte at a time, every letter visited. The tests hold
// the two to the same answer.
func candidateBytes(s string, wantAnn, wantNamed bool, listNext func() bool) bool {
	// colon is the offset of a colon at or after the last offset asked about
	// (len(s) when none): colonAfter moves it on with IndexByte, so the block
	// is searched for colons once in all.
	colon := -1
	colonAfter := func(i int) bool {
		if colon < i {
			colon = len(s)
			if k := strings.IndexByte(s[i:], ':'); k >= 0 {
				colon = i + k
			}
		}
		return colon < len(s)
	}
	if !wantAnn {
		colon = len(s)
	}
	firstCount := -1   // where the first count that countedNoun allows starts
	lastAnnounce := -1 // where the last announcing verb ends
	// count reports whether a count at i has a cue announce can take: an
	// announcing verb close enough before it or a colon after it.
	count := func(i, end int) bool {
		if firstCount < 0 {
			firstCount = i
		}
		if lastAnnounce >= 0 && chunks(s[lastAnnounce:i]) <= 2 {
			return true
		}
		if at := partitiveStart(s, i); lastAnnounce >= 0 && lastAnnounce <= at && chunks(s[lastAnnounce:at]) <= 2 {
			return true // "named nine of the 24 teams": the announcing verb's reach is to the nine
		}
		if placeCommaSoon(s[i:]) {
			return true
		}
		if end >= 0 {
			return strings.Contains(s[end:sentenceEnd(s, end)], ":") || copulaNames(s[end:]) || copulaBefore(s[:i]) || appositionBefore(s[:i]) || asBefore(s[:i]) || appositionAfter(s[end:]) || dashAfter(s[end:]) ||
				theyNext(s[end:]) || strings.HasPrefix(s[end:], " as ") || coverSoon(s[end:]) || heldInAfter(s[end:])
		}
		return colonAfter(i) || copulaNames(s[i:]) || copulaBefore(s[:i]) || appositionBefore(s[:i]) || asBefore(s[:i]) || dashAfter(s[i:]) || appositionSoon(s[i:]) || coverSoon(s[i:])
	}
	var buf [12]byte // the longest word checked: "cornerstones"
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case asciiLetter[c]:
			j, lower := i+1, c
			for j < len(s) && asciiLetter[s[j]] {
				lower &= s[j] // bit 0x20 stays set only if every letter is lower-case
				j++
			}
			if n := j - i; n >= 3 && n <= len(buf) && openerShape[shapeKey(c, s[j-1])]>>n&1 != 0 {
				w := s[i:j] // most words have no capital: read them in place
				if lower&0x20 == 0 {
					for k := 0; k < n; k++ {
						buf[k] = s[i+k] | 0x20
					}
					w = string(buf[:n])
				}
				switch opener(w) {
				case openCount:
					if ok, end := countedNoun(s, j); wantAnn && ok && count(i, end) {
						return true
					}
					if w == "following" { // also an announcing verb
						if wantAnn && colonAfter(i) {
							return true
						}
						lastAnnounce = j
					}
				case openName:
					if wantNamed && nameOf(s, j) {
						return true
					}
				case openBasis:
					if wantNamed && basisPrep(s, j) {
						return true
					}
				case openAnnounce:
					if wantAnn && (colonAfter(i) || asSoon(s[j:])) {
						return true
					}
					lastAnnounce = j
				case openNamely:
					if firstCount >= 0 {
						return true
					}
				}
			}
			i = j
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v <= 50 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			if ok, end := countedNoun(s, j); wantAnn && j-i <= 4 && v >= 2 && v <= 50 && ok && count(i, end) {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return firstCount >= 0 && listNext()
}

// chunks counts the runs of bytes other than ASCII white space in s. A token
// never spans white space, so the tokens of s are at least as many: countAt
// looks for an announcing verb at most three tokens before its count, so two
// chunks between them at most.

func TestCandidateMatchesBytes(t *testing.T) {
	never := func() bool { return false }
	ins := append([]string{}, fuzzSeeds...)
	ins = append(ins, "", "a", "Six", "six points", "12345678six points:", "abcdefg 7 items:",
		"outlined\u00a0three points", "x3points 30 points: 2.5 goals", "PRINCIPLES OF a, b",
		"built  on", "laid\nfive plans", "12 rules", "0007 rules:", "51 rules:", "ab3cd 4ef goals",
		"the following: a", "FOLLOWING: 2 x", "namely two things and namely", "é2 rules:")
	// Words across the windows' edges, and runs of letters a window long.
	for k := 0; k < 140; k++ {
		ins = append(ins, strings.Repeat(" ", k)+"principles of x", strings.Repeat("q", k)+" six points:",
			strings.Repeat("ab ", k/3)+strings.Repeat("x", k%7)+" outlined 4 goals", strings.Repeat("z", k)+"3 rules:")
	}
	paths, _ := filepath.Glob("../../fixtures/*/*.txt")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		text := string(raw)
		ls := splitLines(text)
		eachBlock(text, ls, func(k, e int) {
			a, b := ls[k].a, ls[e-1].b
			ins = append(ins, text[a:b])
			// In place, its windows reading past the block into the text.
			assert.Equal(t, candidateBytes(text[a:b], true, true, never), candidateIn(text, a, b, true, true, never), "%q", text[a:b])
		})
	}
	for _, in := range ins {
		for _, want := range [][2]bool{{true, true}, {true, false}, {false, true}} {
			for _, next := range []func() bool{never, mayFollow} {
				assert.Equal(t, candidateBytes(in, want[0], want[1], next), candidate(in, want[0], want[1], next), "%q %v", in, want)
			}
		}
	}
}

func FuzzCandidateBytes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	never := func() bool { return false }
	f.Fuzz(func(t *testing.T, s string) {
		for _, want := range [][2]bool{{true, true}, {true, false}, {false, true}} {
			for _, next := range []func() bool{never, mayFollow} {
				if candidateBytes(s, want[0], want[1], next) != candidate(s, want[0], want[1], next) {
					t.Fatalf("candidate differs from candidateBytes on %q %v", s, want)
				}
			}
		}
	})
}

// BenchmarkCandidate times candidate and candidateBytes on every block of the
// fixture documents.
func BenchmarkCandidate(b *testing.B) {
	docs, n := benchDocs(b)
	never := func() bool { return false }
	for _, bc := range []struct {
		name string
		f    func(string, bool, bool, func() bool) bool
	}{{"words", candidate}, {"bytes", candidateBytes}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				for _, d := range docs {
					ls := splitLines(d)
					eachBlock(d, ls, func(k, e int) { bc.f(d[ls[k].a:ls[e-1].b], true, true, never) })
				}
			}
		})
	}
}

// TestWindowMasks checks the masks against a byte at a time, for every byte
// value at every position of a window and windows cut short by the end.
func TestWindowMasks(t *testing.T) {
	var b [70]byte
	for c := 0; c < 256; c++ {
		for k := range b {
			b[k] = byte(c + k*7) // every value next to many others
		}
		s := string(b[:])
		for _, n := range []int{70, 64, 63, 9, 1, 0} {
			for _, i := range []int{0, 6} {
				// Cut short by the end of the text, and by an end inside it.
				for _, text := range []string{s[:n], s} {
					l, d := windowMasks(text, i, n, true)
					if l2, d2 := windowMasks(text, i, n, false); l2 != l || d2 != 0 {
						t.Fatalf("letters alone differ at %d of %q", i, text)
					}
					for k := 0; k < 64; k++ {
						var x byte
						if i+k < n {
							x = s[i+k]
						}
						isL := x|0x20 >= 'a' && x|0x20 <= 'z'
						isD := x >= '0' && x <= '9'
						require.Equal(t, isL, l>>k&1 == 1, "letter %q at %d", x, k)
						require.Equal(t, isD, d>>k&1 == 1, "digit %q at %d", x, k)
					}
				}
			}
		}
	}
}
