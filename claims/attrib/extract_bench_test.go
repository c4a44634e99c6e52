package attrib_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/internal/benchcpu"
)

// BenchmarkExtractDoc runs attrib as claims.Extract does, over the fixture
// articles: one Doc per article, its people and quotes, and the attributions
// of every sentence.
func BenchmarkExtractDoc(b *testing.B) {
	var docs []string
	var sents [][]claims.Span
	var size int64
	for _, glob := range []string{"../../fixtures/*/*.txt", "../../fixtures/*/*.md"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range paths {
			if strings.HasSuffix(p, "-expected.md") {
				continue
			}
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(t))
			sents = append(sents, claims.Sentences(string(t)))
			size += int64(len(t))
		}
	}
	if len(docs) == 0 {
		b.Skip("no fixture articles")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	start := benchcpu.Now()
	for b.Loop() {
		for i, text := range docs {
			d := attrib.NewDoc(text)
			d.People()
			for _, s := range sents[i] {
				d.Attributions(s.Start, s.End)
			}
			d.Quotes()
		}
	}
	benchcpu.Report(b, size, start)
}
