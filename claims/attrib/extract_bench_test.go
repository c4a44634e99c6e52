package attrib_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/internal/benchcpu"
)

// BenchmarkExtractDoc runs attrib as claims.Extract does, over the fixture
// articles: one Doc per article, its people and quotes, and the attributions
// of every sentence, then Release.
func BenchmarkExtractDoc(b *testing.B) {
	docs, size := attrib.FixtureTexts(b)
	sents := make([][]claims.Span, len(docs))
	for i, d := range docs {
		sents[i] = claims.Sentences(d)
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
			d.Release()
		}
	}
	benchcpu.Report(b, size, start)
}
