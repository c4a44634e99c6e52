package enum

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchcpu"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// benchDocs returns documents strung together from the fixture articles, about
// 2 MB in all: enum runs once per document.
func benchDocs(b *testing.B) ([]string, int64) {
	b.Helper()
	pool := fixturetext.Articles(b, "../..")
	// Documents of about 10 KB, as a news article with its furniture runs:
	// the fixtures alone are short, which would time per-call setup only.
	var docs []string
	var n int64
	var doc strings.Builder
	for k := 0; n < 2<<20; k++ {
		doc.WriteString(pool[k%len(pool)])
		doc.WriteString("\n\n")
		if doc.Len() >= 10<<10 {
			docs = append(docs, doc.String())
			n += int64(doc.Len())
			doc.Reset()
		}
	}
	return docs, n
}

// BenchmarkEnum times Announcements and NamedLists per document over the
// fixture corpus, each alone, both one after the other,
// and both on one shared Scan.
func BenchmarkEnum(b *testing.B) {
	docs, n := benchDocs(b)
	for _, bc := range []struct {
		name string
		run  func(string)
	}{
		{"Announcements", func(d string) { Announcements(d) }},
		{"NamedLists", func(d string) { NamedLists(d) }},
		{"Both", func(d string) { Announcements(d); NamedLists(d) }},
		{"Scan", func(d string) { s := Scan(d); s.Announcements(); s.NamedLists() }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			cpu0 := benchcpu.Now()
			for b.Loop() {
				for _, d := range docs {
					bc.run(d)
				}
			}
			benchcpu.Report(b, n, cpu0)
		})
	}
}

// BenchmarkScanSeeds times Scan on documents strung together from the
// articles Extract's own benchmark corpus is made of (fixtures/seeds and
// fixtures/clean), which are rich in lists: about 1 MB, small enough to
// count its instructions under callgrind.
func BenchmarkScanSeeds(b *testing.B) {
	var pool []string
	for _, g := range []string{"../../fixtures/seeds/*.txt", "../../fixtures/clean/*"} {
		paths, err := filepath.Glob(g)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			pool = append(pool, strings.ReplaceAll(string(raw), "\r\n", "\n"))
		}
	}
	if len(pool) == 0 {
		b.Skip("no seed articles")
	}
	var docs []string
	var n int64
	var doc strings.Builder
	for k := 0; n < 1<<20; k++ {
		doc.WriteString(pool[k%len(pool)])
		doc.WriteString("\n\n")
		if doc.Len() >= 13<<10 {
			docs = append(docs, doc.String())
			n += int64(doc.Len())
			doc.Reset()
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Scan(d)
		}
	}
}
