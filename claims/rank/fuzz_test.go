package rank

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

func FuzzRank(f *testing.F) {
	for _, s := range []string{
		"Korvia is Brenland's third-largest investor.",
		"Korvia is ranking first in ODA (about 9), second in labor, and fourth in trade.",
		"its top provider of ODA and partner in labour cooperation",
		"the top five life insurers", "No. 1", "No.", "number", "top", "twenty-", "3rd",
		"ranks second in the world (after", "Brenland’s fourth-largest", "\xff\xfe first in",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := token.Scan(s, nil)
		got := Parse(s, toks)
		for _, r := range got {
			if r.Start < 0 || r.End > len(s) || r.Start > r.End {
				t.Fatalf("span [%d,%d) outside %q", r.Start, r.End, s)
			}
			if !boundary(s, r.Start) || !boundary(s, r.End) {
				t.Fatalf("span [%d,%d) splits a rune in %q", r.Start, r.End, s)
			}
			if r.SubjectStart >= 0 {
				if r.SubjectStart > r.SubjectEnd || r.SubjectEnd > len(s) || s[r.SubjectStart:r.SubjectEnd] != r.Subject {
					t.Fatalf("subject span [%d,%d) != %q", r.SubjectStart, r.SubjectEnd, r.Subject)
				}
			}
			if r.Rank < 1 {
				t.Fatalf("rank %d < 1 in %q", r.Rank, s)
			}
			for _, c := range r.Categories {
				if c == "" || c != strings.TrimSpace(c) {
					t.Fatalf("bad category %q", c)
				}
			}
		}
		if again := Parse(s, toks); !reflect.DeepEqual(got, again) {
			t.Fatalf("not deterministic on %q", s)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	text := strings.Repeat("In trade, Korvia remains one of Brenland's key allies, its top provider of ODA and partner in labour cooperation, "+
		"the third-largest investor, and the fourth-largest trading and tourism partner. The first phase of the port opened "+
		"for the first time on the 25th, and Vorn ranks second in the world (after Aldoria). ", 50)
	toks := token.Scan(text, nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text, toks)
	}
}

// boundary reports whether offset i does not cut a valid multi-byte rune of s
// (stray invalid bytes are one-byte units of their own).
func boundary(s string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			_, n := utf8.DecodeRuneInString(s[j:])
			return j+n <= i
		}
	}
	return true
}
