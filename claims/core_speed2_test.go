package claims

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
)

// TestDocNamesSearch checks that looking a word up in the text (docNames.has)
// answers what the set of all the document's names (properNames) answers.
func TestDocNamesSearch(t *testing.T) {
	docs, err := coreSample()
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs[:40:40], "Kelvin \u212aate met \u212aATE. Then Kate left.", "Le Thi. The thi Thi is.", "")
	for _, text := range docs {
		sents := Sentences(text)
		lowered := asciiLower(text)
		var all []string
		for _, s := range sents {
			all = append(all, strings.Fields(strings.ToLower(text[s.Start:s.End]))...)
		}
		all = append(all, "kate", "thi", "", "ate", "k")
		var toks []token.Token
		ends := []int{0}
		for _, s := range sents {
			toks = append(toks, token.Scan(text[s.Start:s.End], nil)...)
			ends = append(ends, len(toks))
		}
		want := properNames(text, lowered, sents, toks, ends)
		d := &docNames{text: text, lowered: lowered, sents: sents, toks: toks, ends: ends}
		for _, lw := range all {
			if got := d.has(lw); got != want[lw] {
				t.Fatalf("has(%q) = %v, want %v in %.200q", lw, got, want[lw], text)
			}
		}
	}
}

// asciiLower lowers A-Z only, as attrib.Doc.Lowered does.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
