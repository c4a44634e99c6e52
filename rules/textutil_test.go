package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/enum"
)

// testDoc builds a document; published is YYYY-MM-DD or "" (newDoc under the
// name the text-rule tests use).
func testDoc(t *testing.T, path, published, text string) *claims.Document {
	t.Helper()
	return newDoc(t, path, published, text)
}

// factAt builds a fact of kind over the first occurrence of phrase in d; the
// sentence is the line the phrase stands on.
func factAt(t *testing.T, d *claims.Document, kind claims.Kind, phrase string) *claims.Fact {
	t.Helper()
	i := strings.Index(d.Text, phrase)
	require.GreaterOrEqual(t, i, 0, "phrase %q not in %s", phrase, d.Path)
	ls := strings.LastIndexByte(d.Text[:i], '\n') + 1
	le := strings.IndexByte(d.Text[i:], '\n')
	if le < 0 {
		le = len(d.Text)
	} else {
		le += i
	}
	return &claims.Fact{Kind: kind, Doc: d, Span: claims.Span{Start: i, End: i + len(phrase)},
		Sentence: claims.Span{Start: ls, End: le}}
}

// items builds enum items over the given phrases of d.
func items(t *testing.T, d *claims.Document, labels ...string) []enum.Item {
	t.Helper()
	var out []enum.Item
	for _, l := range labels {
		i := strings.Index(d.Text, l)
		require.GreaterOrEqual(t, i, 0, "item %q not in %s", l, d.Path)
		out = append(out, enum.Item{Start: i, End: i + len(l), Label: l})
	}
	return out
}

// runRule runs one rule over facts and returns its findings.
func runRule(r *Rule, docs []*claims.Document, facts ...*claims.Fact) []Finding {
	p := NewPass(claims.NewIndex(docs, facts), r, Settings{})
	r.Run(p)
	return p.Findings()
}

func TestNameParts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Prime Minister Pham Minh Chinh", []string{"pham", "minh", "chinh"}},
		{"PM Chinh", []string{"chinh"}},
		{"Chief Executive Matthias Kröger", []string{"matthias", "kroeger"}},
		{"chief executive Matthias Kroeger", []string{"matthias", "kroeger"}},
		{"Japan's Prime Minister Takaichi", []string{"takaichi"}},
		{"newly elected Japanese PM Takaichi", []string{"takaichi"}},
		{"Japanese Ambassador to Vietnam Yamada Takio", []string{"yamada", "takio"}},
		{"Yamada Takio, Japanese Ambassador", []string{"yamada", "takio"}},
		{"Deputy Minister of Foreign Affairs Ngô Lê Văn", []string{"ngo", "le", "van"}},
		{"Governor of Gunma Prefecture, Mr. Yamamoto Ichita", []string{"yamamoto", "ichita"}},
		{"Regional Commissioner Halima Mrisho", []string{"halima", "mrisho"}},
		{"Regional Police Commander Amosi Lugendo", []string{"amosi", "lugendo"}},
		{"the PM", []string{}},
		{"", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, nameParts(tt.in))
		})
	}
}

func TestSpeakersAgree(t *testing.T) {
	tests := []struct {
		a, b         string
		allowUnknown bool
		want         bool
	}{
		{"PM Chinh", "Prime Minister Pham Minh Chinh", false, true},
		{"Japanese PM Takaichi", "Japan's Prime Minister Takaichi", false, true},
		{"Đặng Văn Lâm", "Dang Van Lam", false, true},
		{"Chinh", "Takaichi", true, false},
		{"Pham Minh Chinh", "Nguyen Minh Hang", true, false},
		{"", "PM Chinh", true, true},
		{"", "PM Chinh", false, false},
		{"the PM", "PM Chinh", false, false},
		{"the minister", "Minister Nam", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, speakersAgree(tt.a, tt.b, tt.allowUnknown))
		})
	}
}

func TestPhraseKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"mutual benefit", "mutual benefits"},
		{"the Labour market", "labor markets"},
		{"Hợp tác", "hop tac"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			assert.Equal(t, phraseKey(tt.a), phraseKey(tt.b))
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Isabela Marques", "Marquez", true}, // one letter apart, five or more letters
		{"Minister Lan", "Nguyen Thi Lan", true},
		{"Maria Lopez", "Lopez", true},
		{"Tran Van An", "Tran Van Anh", false}, // short words must match
		{"Governor Yamamoto", "Premier Takaichi", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameSpeaker(tt.a, tt.b), "%s / %s", tt.a, tt.b)
	}
}
