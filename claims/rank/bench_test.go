package rank

import (
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchcpu"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// BenchmarkParseCorpus times Parse one sentence at a time over the fixture corpus.
func BenchmarkParseCorpus(b *testing.B) {
	sents, toks, n := fixturetext.Sentences(b, "../..", 2<<20)
	b.SetBytes(n)
	b.ReportAllocs()
	cpu0 := benchcpu.Now()
	for b.Loop() {
		for i, s := range sents {
			Parse(s, toks[i])
		}
	}
	benchcpu.Report(b, n, cpu0)
}
