package rank

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchcpu"
	"github.com/claimcheck/claimcheck/internal/fixturetext"

	"github.com/claimcheck/claimcheck/claims/token"
)

// benchSentences cuts every fixture article into sentences the way Extract
// hands them to Parse (one sentence and its tokens per call), repeated until
// the corpus reaches about 2 MB.
func benchSentences(b *testing.B) ([]string, [][]token.Token, int64) {
	b.Helper()
	var pool []string
	for _, raw := range fixturetext.Articles(b, "../..") {
		for _, l := range strings.Split(raw, "\n") {
			for _, s := range strings.SplitAfter(l, ". ") {
				if strings.TrimSpace(s) != "" {
					pool = append(pool, s)
				}
			}
		}
	}
	var sents []string
	var toks [][]token.Token
	var n int64
	for n < 2<<20 {
		for _, s := range pool {
			sents = append(sents, s)
			toks = append(toks, token.Scan(s, nil))
			n += int64(len(s))
		}
	}
	return sents, toks, n
}

// BenchmarkParseCorpus times Parse one sentence at a time over the fixture corpus.
func BenchmarkParseCorpus(b *testing.B) {
	sents, toks, n := benchSentences(b)
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
