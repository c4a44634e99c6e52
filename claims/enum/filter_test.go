package enum

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// everyBlock keeps every block: the scan as it was before candidate.
func everyBlock([]line, int, int) bool { return true }

// mayFollow says a list may follow: candidate then decides on the block alone.
func mayFollow() bool { return true }

// TestCandidateSkipsNothing proves on every fixture article that skipping the
// blocks candidate refuses changes no result.
func TestCandidateSkipsNothing(t *testing.T) {
	var paths []string
	for _, g := range []string{"../../fixtures/*/*.txt", "../../fixtures/*/*.md", "../../README.md"} {
		m, err := filepath.Glob(g)
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	require.NotEmpty(t, paths)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		t.Run(p, func(t *testing.T) {
			s := string(raw)
			want := scanBlocks(s, true, true, everyBlock)
			got := Scan(s)
			assert.Equal(t, want.ann, got.ann)
			assert.Equal(t, want.named, got.named)
			assert.Equal(t, want.ann, Announcements(s), "announcements alone")
			assert.Equal(t, want.named, NamedLists(s), "named lists alone")
		})
	}
}

func TestCandidate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"He named six key developments.", true},
		{"It adds flights on six of its routes: Hanoi-Bangkok, Hanoi-Seoul.", true},
		{"Prices rose 12 percent in 2024.", false},
		{"It took 3 years.", false},
		{"The 5 billion dong plan.", false},
		{"It listed 4 new routes.", true},
		{"Two-way trade grew.", false},
		{"two low-floor buses", true}, // a hyphen is left to the tokenizer
		{"the TWO Sides and three Projects", true},
		{"the principles of trust", true},
		{"a ties built on trust", true},
		{"a house built in\n2020", true},
		{"a house built by hand", false},
		{"They outlined the goals: a, b and c.", true},
		{"They met at 10:30 to talk.", false},
		{"3\nkey goals", false},
		{"3rd place, 20% share, 5, and 7", false},
		{"seven\u00a0points", true},
		{"", false},
		{"\xff\xfe two", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, candidate(tc.in, true, true, mayFollow))
			if !tc.want {
				d := scanBlocks(tc.in, true, true, everyBlock)
				assert.Empty(t, d.ann, "a refused block yields an announcement")
				assert.Empty(t, d.named, "a refused block yields a named list")
			}
		})
	}
}

// TestOpenerLexicons keeps opener in step with the lexicons it stands for.
func TestOpenerLexicons(t *testing.T) {
	for w := range listNames {
		assert.Equal(t, openName, opener(w), w)
	}
	for w := range basisVerbs {
		assert.Equal(t, openBasis, opener(w), w)
	}
	for _, w := range []string{"two", "nine", "twelve", "nineteen", "fifty", "dozen", "several",
		"following", "one", "hundred", "sixty", "the", "pillars", "built"} {
		assert.Equal(t, countWord(w), opener(w) == openCount, w)
	}
}

func FuzzCandidate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := scanBlocks(s, true, true, everyBlock)
		got := Scan(s)
		if !reflect.DeepEqual(want.ann, got.ann) || !reflect.DeepEqual(want.named, got.named) ||
			!reflect.DeepEqual(want.ann, Announcements(s)) || !reflect.DeepEqual(want.named, NamedLists(s)) {
			t.Fatalf("skipping blocks changed the result on %q", s)
		}
	})
}

// TestCandidateParsers checks that a block is kept only for the parser that
// can read something in it.
func TestCandidateParsers(t *testing.T) {
	for _, tc := range []struct {
		in                string
		wantAnn, wantName bool
	}{
		{"the principles of trust, unity and peace", false, true},
		{"ties built on trust, unity and peace", false, true},
		{"He named six key developments.", true, false},
		{"They outlined the goals: a, b and c.", true, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.wantAnn, candidate(tc.in, true, false, mayFollow), "announcements")
			assert.Equal(t, tc.wantName, candidate(tc.in, false, true, mayFollow), "named lists")
		})
	}
}

// TestOpenerWords keeps openerWords, and so the shape table candidate checks
// before opener, in step with opener and the lexicons.
func TestOpenerWords(t *testing.T) {
	in := map[string]bool{}
	for _, w := range openerWords {
		in[w] = true
		assert.NotEqual(t, openNone, opener(w), w)
		// candidate and mayOpen take lengths outside 3..12 for no opener.
		assert.True(t, len(w) >= 3 && len(w) <= 12, w)
		assert.NotZero(t, openerShape[shapeKey(w[0]&^0x20, w[len(w)-1])]>>len(w)&1, w)
		if op := opener(w); op == openName || op == openBasis {
			assert.NotZero(t, namedShape[shapeKey(w[0], w[len(w)-1])]>>len(w)&1, w)
			// candidate looks at no shorter run of letters for named lists alone.
			assert.GreaterOrEqual(t, len(w), 5, w)
		} else {
			assert.NotZero(t, annShape[shapeKey(w[0], w[len(w)-1])]>>len(w)&1, w)
		}
	}
	for w := range listNames {
		assert.True(t, in[w], w)
	}
	for w := range basisVerbs {
		assert.True(t, in[w], w)
	}
	for _, w := range []string{"outlined", "set", "put", "made", "following", "namely", "several", "dozen"} {
		assert.True(t, in[w], w)
	}
	// Every word announcer or countWord accepts is in the list; check over
	// the words of the fixtures and some look-alikes.
	words := []string{"the", "tho", "sets", "settled", "twos", "fifties", "nine", "sixty"}
	paths, _ := filepath.Glob("../../fixtures/*/*.txt")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		words = append(words, strings.Fields(strings.ToLower(string(raw)))...)
	}
	for _, w := range words {
		if opener(w) != openNone || announcer(w) || countWord(w) {
			assert.True(t, in[w], w)
		}
	}
}

func TestChunks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0}, {" ", 0}, {"a", 1}, {" a ", 1}, {"a b", 2}, {", the ", 2},
		{"\tVietnam's\n(U.S.) ", 2}, {"a\u00a0b", 1},
	} {
		assert.Equal(t, tc.want, chunks(tc.in), tc.in)
	}
}

func TestNameOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{" of trust", true}, {" OF", true}, {"\n\tof,", true}, {": a, b", true}, {" :", true},
		{"\u00a0of", true}, {" offer", false}, {" on", false}, {"", false}, {" o", false},
		{" of'", true}, {" ofé", true}, {"of", true},
	} {
		assert.Equal(t, tc.want, nameOf(tc.in, 0), tc.in)
	}
}

// TestCandidateCues checks the cues a count block needs when no list follows.
func TestCandidateCues(t *testing.T) {
	never := func() bool { return false }
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"He named six key developments.", true},
		{"He named, in his speech to the assembly, six key developments.", false},
		{"Six key developments: growth, trade.", true},
		{"Note: six key developments happened.", false},
		{"six key developments, namely growth and trade", true},
		{"namely six key developments", false},
		{"two low-floor buses", false},
		{"They outlined the goals: a, b and c.", true},
		{"the following three points", true},
	} {
		assert.Equal(t, tc.want, candidate(tc.in, true, false, never), tc.in)
	}
	for _, tc := range []struct {
		text string
		k, e int
		want bool
	}{
		{"He saw six key developments\n1. Growth", 0, 1, true},
		{"He saw six key developments\nand more\n1. Growth", 0, 2, true},
		{"He saw six key developments\n\n\n\n- late", 0, 1, true}, // block reads the fourth line on
		{"He saw six key developments\n\n\n\n\n- too late", 0, 1, false},
		{"He saw six key developments\nNo list", 0, 1, false},
		{"He saw six key developments", 0, 1, false},
	} {
		assert.Equal(t, tc.want, mayList(tc.text, splitLines(tc.text), tc.k, tc.e), tc.text)
	}
}

// TestWordHelpers checks the in-place word readers against the
// strings.ToLower and FieldsFunc forms they replace.
func TestWordHelpers(t *testing.T) {
	lowerWords := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z') })
	}
	for _, in := range []string{
		"They SHOULD act, he added.", "They act, he Added", "Growth must rise, the minister, deputy prime minister of trade, stressed.",
		"Growth must rise, one two three four five said", "Growth must rise, one two three four said", "Nothing here.",
		"Build, \u212aeep said", "They mu\u212at act, she said.", "It is NECESSARY, she said.", "", ",", "a,b,said",
		"x, \u0130t said", "Urging, \u00e9 said", "emphasisingemphasising, recommendedxxxxxxxx",
	} {
		want := len(in)
		if c := strings.LastIndexByte(in, ','); c >= 0 {
			if f := lowerWords(in[c+1:]); len(f) > 0 && len(f) <= 5 && reportingVerb(f[len(f)-1]) {
				want = c
			}
		}
		assert.Equal(t, want, attributionTail(in), "tail %q", in)
		hasDir := false
		for _, w := range lowerWords(in) {
			hasDir = hasDir || directive(w)
		}
		assert.Equal(t, hasDir, hasDirective(in), "directive %q", in)
	}
	for _, in := range []string{"A, B and C: PM", "a: b: c", "a:b", "", ":", ": ", "x :\u00a0y", "::  :"} {
		assert.Equal(t, strings.LastIndex(in, ": "), lastColonSpace(in), in)
	}
}
