package numword

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims/token"
)

func TestReadCardinal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
		text string // the words read; "" when nothing is a number
	}{
		{"unit", "seven delegations", 7, "seven"},
		{"teen", "Fifteen projects", 15, "Fifteen"},
		{"hyphen compound", "twenty-one provinces", 21, "twenty-one"},
		{"spaced compound", "thirty five people", 35, "thirty five"},
		{"hundred and", "one hundred and five agreements", 105, "one hundred and five"},
		{"hundred without and", "two hundred forty", 240, "two hundred forty"},
		{"hundreds of thousands in words", "three hundred thousand workers", 300000, "three hundred thousand"},
		{"fifteen hundred", "fifteen hundred metres", 1500, "fifteen hundred"},
		{"a dozen", "a dozen firms", 12, "a dozen"},
		{"three dozen", "three dozen firms", 36, "three dozen"},
		{"a million", "a million visitors", 1e6, "a million"},
		{"an article before hundred", "a hundred times", 100, "a hundred"},
		{"half a million", "half a million tonnes", 5e5, "half a million"},
		{"two scales", "one million two hundred thousand", 1.2e6, "one million two hundred thousand"},
		{"thousand then units", "three thousand and twenty", 3020, "three thousand and twenty"},
		{"scale after tens", "twenty-one million", 21e6, "twenty-one million"},
		{"trillion", "five trillion dong", 5e12, "five trillion"},
		{"and not joining", "two and three", 2, "two"},
		{"units do not chain", "five six", 5, "five"},
		{"tens do not chain", "twenty thirty", 20, "twenty"},
		{"hyphen to a noun", "two-tier model", 2, "two"},
		{"lone article", "a delegation", 0, ""},
		{"article and noun", "a million-dollar", 1e6, "a million"},
		{"lone half", "half of them", 0, ""},
		{"digits are not words", "2.6 million", 0, ""},
		{"rising scales stop", "one thousand million", 1000, "one thousand"},
		{"comma stops", "five, six", 5, "five"},
		{"zero", "zero cases", 0, "zero"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := token.Scan(tt.in, nil)
			require.NotEmpty(t, toks)
			n, ok := ReadCardinal(tt.in, toks, 0)
			if tt.text == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, n.Value)
			assert.Equal(t, tt.text, tt.in[toks[n.First].Start:toks[n.Next-1].End])
		})
	}
}

func TestSingleWords(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) (int, bool)
		in   string
		want int
		ok   bool
	}{
		{"cardinal", Cardinal, "Seven", 7, true},
		{"cardinal tens", Cardinal, "ninety", 90, true},
		{"not cardinal", Cardinal, "hundred", 0, false},
		{"non-ascii", Cardinal, "sévén", 0, false},
		{"ordinal word", Ordinal, "Third", 3, true},
		{"ordinal digits", Ordinal, "21st", 21, true},
		{"ordinal th", Ordinal, "12th", 12, true},
		{"not ordinal", Ordinal, "5x", 0, false},
		{"bare suffix", Ordinal, "th", 0, false},
		{"too long", Ordinal, "seventeenthseventeenth", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := tt.fn(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, v)
		})
	}
}

func TestScaleAndCompound(t *testing.T) {
	v, ok := Scale("Billion")
	assert.True(t, ok)
	assert.Equal(t, 1e9, v)
	_, ok = Scale("dozen")
	assert.False(t, ok)
	o, ok := OrdinalCompound("twenty", "first")
	assert.True(t, ok)
	assert.Equal(t, 21, o)
	_, ok = OrdinalCompound("twelve", "first")
	assert.False(t, ok)
}

func TestLookupsDoNotAllocate(t *testing.T) {
	s := "Three hundred and twenty-one thousand"
	toks := token.Scan(s, nil)
	allocs := testing.AllocsPerRun(100, func() {
		_, _ = Cardinal("Seventy")
		_, _ = Scale("Million")
		_, _ = ReadCardinal(s, toks, 0)
	})
	assert.Zero(t, allocs)
}

func FuzzReadCardinal(f *testing.F) {
	for _, s := range []string{"twenty-one", "a dozen", "half a million", "one hundred and five", "-", "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := token.Scan(s, nil)
		for i := range toks {
			n, ok := ReadCardinal(s, toks, i)
			if !ok {
				continue
			}
			if n.Next <= i || n.Next > len(toks) || n.Value < 0 {
				t.Fatalf("bad number %+v at %d in %q", n, i, s)
			}
		}
	})
}

// TestCardinalWordsComplete checks that CardinalWords lists every word of the
// cardinal switch: one word per value, all 28 values, so a gate built from it
// never drops a number word.
func TestCardinalWordsComplete(t *testing.T) {
	seen := map[int]bool{}
	for _, w := range CardinalWords() {
		v, ok := Cardinal(w)
		require.True(t, ok, w)
		require.False(t, seen[v], w)
		seen[v] = true
	}
	for v := 0; v <= 20; v++ {
		assert.True(t, seen[v], v)
	}
	for v := 30; v <= 90; v += 10 {
		assert.True(t, seen[v], v)
	}
	assert.Len(t, seen, 28)
}

// TestCardinalLower checks that CardinalLower reads lower-cased words as
// Cardinal does.
func TestCardinalLower(t *testing.T) {
	for _, w := range append(CardinalWords(), "", "a", "hundred", "twentyone", "Seven") {
		v1, ok1 := Cardinal(w)
		v2, ok2 := CardinalLower([]byte(strings.ToLower(w)))
		assert.Equal(t, ok1, ok2, w)
		assert.Equal(t, v1, v2, w)
	}
}

// TestScaleLower checks that ScaleLower reads lower-cased words as Scale does.
func TestScaleLower(t *testing.T) {
	for _, w := range []string{"", "k", "K", "m", "bn", "Mln", "thousand", "Million", "lakhs", "crore", "hundred", "dozen", "kilo"} {
		v1, ok1 := Scale(w)
		v2, ok2 := ScaleLower([]byte(strings.ToLower(w)))
		assert.Equal(t, ok1, ok2, w)
		assert.Equal(t, v1, v2, w)
	}
}
