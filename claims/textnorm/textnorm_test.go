package textnorm

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"ascii lower", "trade", "trade"},
		{"ascii upper", "Hanoi PORT", "hanoi port"},
		{"vietnamese", "Nguyễn Thị Lan", "nguyen thi lan"},
		{"d with stroke", "Đà Nẵng đường", "da nang duong"},
		{"turkish i", "Karlıova Kiğı İzmir", "karliova kigi izmir"},
		{"letters without a decomposition", "Łódź Søren", "lodz soren"},
		{"curly apostrophe", "Vietnam’s ‘top’", "vietnam's 'top'"},
		{"modifier apostrophe", "Hawaiʼi", "hawai'i"},
		{"ligature", "ﬁnance", "finance"},
		{"full width", "ＡＢＣ", "abc"},
		{"german", "Müller Straße", "muller strasse"},
		{"letters written as two", "Kjærgaard Œuvre", "kjaergaard oeuvre"},
		{"Icelandic letters as the Latin alphabet writes them", "Guðmundsson Þórsson", "gudmundsson thorsson"},
		{"hangul recomposed", "한국", "한국"},
		{"kana voiced mark dropped", "が", "か"},
		{"invalid utf8", "a\xffB", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Fold(tt.in))
		})
	}
}

func TestFoldAlnum(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "trade", "trade"},
		{"punctuation", "Trading-partner, (ODA)", "trading partner   oda "},
		{"diacritics", "Đầu tư’s", "dau tu s"},
		{"digits kept", "G7 summit", "g7 summit"},
		{"invalid utf8", "a\xffb", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FoldAlnum(tt.in))
		})
	}
}

func TestSingular(t *testing.T) {
	tests := []struct{ in, want string }{
		{"benefits", "benefit"},
		{"economies", "economy"},
		{"taxes", "tax"},
		{"classes", "class"},
		{"churches", "church"},
		{"wishes", "wish"},
		{"business", "business"},
		{"status", "status"},
		{"basis", "basis"},
		{"economics", "economics"},
		{"gas", "gas"},
		{"port", "port"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Singular(tt.in))
		})
	}
}

func TestAmerican(t *testing.T) {
	tests := []struct{ in, want string }{
		{"labour", "labor"},
		{"programmes", "programs"},
		{"centre", "center"},
		{"capitalisation", "capitalization"},
		{"privatisations", "privatizations"},
		{"isationist", "isationist"},
		{"trade", "trade"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, American(tt.in))
		})
	}
}

func TestFoldASCIIDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = Fold("already lower-case ascii") })
	assert.Zero(t, allocs)
	allocs = testing.AllocsPerRun(100, func() { _ = FoldAlnum("trade") })
	assert.Zero(t, allocs)
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Nguyễn Thị Lan", "Đà Nẵng", "ﬁ ＡＢＣ", "a\xffb", "한국", "Vietnam’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if utf8.ValidString(s) {
			assert.Equal(t, reference(s), got, "same as the step-by-step definition")
		}
		require.True(t, utf8.ValidString(got), "Fold output must be valid UTF-8")
		assert.Equal(t, got, Fold(s), "deterministic")
		assert.Equal(t, strings.ToLower(got), got, "lower-case")
		assert.NotContains(t, got, "đ")
		assert.NotContains(t, got, "’")
		a := FoldAlnum(s)
		require.True(t, utf8.ValidString(a))
		for _, w := range strings.Fields(a) {
			assert.LessOrEqual(t, len(Singular(w)), len(w), "Singular never lengthens a word")
		}
	})
}

// reference is Fold spelled out with whole-string steps (NFKC, NFD, marks
// dropped, Đ, Ð, Þ, ı, Ł, Ø, the ligatures Æ and Œ, ß and apostrophes mapped,
// lower-cased, NFC), for valid UTF-8.
func reference(s string) string {
	d := norm.NFD.String(norm.NFKC.String(s))
	d = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, d)
	d = strings.NewReplacer("Đ", "d", "đ", "d", "ı", "i", "Ł", "l", "ł", "l", "Ø", "o", "ø", "o", "Æ", "ae", "æ", "ae", "Œ", "oe", "œ", "oe", "ß", "ss", "Ð", "d", "ð", "d", "Þ", "th", "þ", "th",
		"’", "'", "‘", "'", "ʼ", "'").Replace(d)
	return norm.NFC.String(strings.ToLower(d))
}

func BenchmarkFold(b *testing.B) {
	for _, in := range []string{"investment", "Foreign Direct Investment", "Nguyễn Thị Lan"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Fold(in)
			}
		})
	}
}

func TestLowerKeepOffsets(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hanoi SAID", "hanoi said"},
		{"ÀNGEL Đỗ", "àngel đỗ"},
		{"\u212a2 İSTANBUL", "\u212a2 İstanbul"}, // K and İ lower to one byte: kept
		{"A\xffB", "a\xffb"},
		{"", ""},
	} {
		got := LowerKeepOffsets(c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, len(c.in), len(got), c.in)
	}
}
