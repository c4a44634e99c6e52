package source

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzReadOne loads arbitrary bytes as each format and checks the document's
// invariants: no panic, skips and pieces inside the text on UTF-8 boundaries,
// positions inside the file, suppressed lines in range, and determinism.
func FuzzReadOne(f *testing.F) {
	for _, p := range []string{"testdata/html/article.html", "testdata/suppress.md", "testdata/boiler/weather.txt", "testdata/boiler/teaser.txt", "testdata/meta/front.md"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("---\ntitle: x\n---\n<p>a &amp b</p>\n# claimcheck-disable\n"))
	f.Add([]byte("<ol><li>1<li>2</ol><figcaption>x</figure>&#1234567;&"))
	f.Add([]byte("Text here.\n\n*Related: [a](b) · [c](d\n> More on x:** y\nKOSPI 2,5 (+0.8%) · USD/KRW 1,3▲\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"f.txt", "f.md", "f.html", "-"} {
			// A directory that does not exist: no manifest is read.
			doc, err := ReadOne(filepath.Join("/nonexistent-claimcheck", name), data, Options{ExtraBoilerplate: []string{"x"}})
			if doc == nil {
				if err == nil {
					t.Fatalf("%s: nil document without an error", name)
				}
				continue
			}
			again, _ := ReadOne(doc.Path, data, Options{ExtraBoilerplate: []string{"x"}})
			if again.Text != doc.Text || len(again.Skips) != len(doc.Skips) || len(again.Pieces) != len(doc.Pieces) {
				t.Fatalf("%s: not deterministic", name)
			}
			for _, s := range doc.Skips {
				if s.Start < 0 || s.End > len(doc.Text) || s.Start > s.End ||
					!utf8.RuneStart(at(doc.Text, s.Start)) || !utf8.RuneStart(at(doc.Text, s.End)) {
					t.Fatalf("%s: bad skip %+v in %d bytes", name, s, len(doc.Text))
				}
			}
			prev := 0
			for _, p := range doc.Pieces {
				if p.TextStart < prev || p.TextStart+p.Len > len(doc.Text) || p.RawStart < 0 || p.RawStart > len(doc.Raw) {
					t.Fatalf("%s: bad piece %+v", name, p)
				}
				prev = p.TextStart + p.Len
			}
			lines := len(splitLines(doc.Raw))
			for _, s := range doc.Suppressions {
				if s.Line < 1 || s.Line > lines || s.FromLine < 1 {
					t.Fatalf("%s: bad suppression %+v of %d lines", name, s, lines)
				}
			}
			for off := 0; off < len(doc.Text); off += 1 + len(doc.Text)/64 {
				if r := doc.RawOffset(off); r < 0 || r > len(doc.Raw) {
					t.Fatalf("%s: text offset %d maps outside raw: %d", name, off, r)
				}
			}
		}
	})
}

// at returns s[i], or a rune start byte at the end of s.
func at(s string, i int) byte {
	if i >= len(s) {
		return 'a'
	}
	return s[i]
}
