package token

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// item is a token written for comparison: its kind and its text.
type item struct {
	kind Kind
	text string
}

func scanItems(s string) []item {
	var out []item
	for _, t := range Scan(s, nil) {
		out = append(out, item{t.Kind, t.Text(s)})
	}
	return out
}

func w(s string) item { return item{Word, s} }
func n(s string) item { return item{Number, s} }
func y(s string) item { return item{Symbol, s} }

var lexTests = []struct {
	name  string
	input string
	items []item
}{
	{"empty", "", nil},
	{"spaces", " \t\n\r ", nil},
	{"words", "over 110 agreements", []item{w("over"), n("110"), w("agreements")}},
	{"thousands", "630,000 people", []item{n("630,000"), w("people")}},
	{"decimal", "14.83 trillion", []item{n("14.83"), w("trillion")}},
	{"trailing comma", "110, 120", []item{n("110"), y(","), n("120")}},
	{"sentence dot", "rose 20.", []item{w("rose"), n("20"), y(".")}},
	{"percent", "20%", []item{n("20"), y("%")}},
	{"currency symbol", "$20 billion", []item{y("$"), n("20"), w("billion")}},
	{"range hyphen", "15-20", []item{n("15"), y("-"), n("20")}},
	{"range en dash", "165,000–175,000ha", []item{n("165,000"), y("–"), n("175,000"), w("ha")}},
	{"hyphenated word", "third-largest", []item{w("third"), y("-"), w("largest")}},
	{"fold", "50-fold", []item{n("50"), y("-"), w("fold")}},
	{"possessive", "Vietnam's", []item{w("Vietnam's")}},
	{"curly possessive", "Vietnam’s", []item{w("Vietnam’s")}},
	{"plural possessive", "sides' localities", []item{w("sides"), y("'"), w("localities")}},
	{"abbreviation", "the U.S. economy", []item{w("the"), w("U.S."), w("economy")}},
	{"diacritics", "Phạm Minh Chính", []item{w("Phạm"), w("Minh"), w("Chính")}},
	{"decomposed accent", "Che\u0301", []item{w("Che\u0301")}},
	{"fraction", "1/3", []item{n("1"), y("/"), n("3")}},
	{"time", "10:26", []item{n("10"), y(":"), n("26")}},
	{"glued unit", "2.3kmh", []item{n("2.3"), w("kmh")}},
	{"ordinal", "50th", []item{n("50"), w("th")}},
	{"quotes", "“Work!”", []item{y("“"), w("Work"), y("!"), y("”")}},
	{"invalid utf8", "a\xffb", []item{w("a"), y("\xff"), w("b")}},
	{"nbsp is space", "USD\u00a08", []item{w("USD"), n("8")}},
	{"yen", "¥500", []item{y("¥"), n("500")}},
}

func TestScan(t *testing.T) {
	for _, tt := range lexTests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.items, scanItems(tt.input))
		})
	}
}

func TestScanReusesBuffer(t *testing.T) {
	buf := make([]Token, 0, 8)
	got := Scan("one two", buf)
	assert.Len(t, got, 2)
	assert.Equal(t, cap(buf), cap(got))
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "word", Word.String())
	assert.Equal(t, "number", Number.String())
	assert.Equal(t, "symbol", Symbol.String())
	assert.Equal(t, "unknown", Kind(0).String())
}

func FuzzScan(f *testing.F) {
	for _, tt := range lexTests {
		f.Add(tt.input)
	}
	f.Add(strings.Repeat("9,", 1000))
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Scan(s, nil) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", tok, prev, s)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[tok.Start]) || tok.End < len(s) && !utf8.RuneStart(s[tok.End])) {
				t.Fatalf("span %+v splits a rune in %q", tok, s)
			}
			prev = tok.End
		}
	})
}

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat("Localities have set up approximately 100 partnerships and signed over 110 cooperative agreements worth USD 8 billion (VND 200 trillion). ", 2000)
	b.SetBytes(int64(len(text)))
	var buf []Token
	for i := 0; i < b.N; i++ {
		buf = Scan(text, buf[:0])
	}
}

func TestTitleAbbrev(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Dr", true}, {"dr", true}, {"ENGR", true}, {"Capt", true}, {"Atty", true},
		{"St", false}, {"No", false}, {"Jan", false}, {"Doctor", false}, {"", false}, {"Commissioner", false},
	} {
		assert.Equal(t, tc.want, TitleAbbrev(tc.in), tc.in)
	}
}
