package quantity

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/internal/benchcpu"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// benchText builds about 4 MB of news-like text: the seed sentences mixed with
// plain prose, which is what most of an article is.
func benchText() string {
	prose := "The delegation discussed cooperation in education, tourism and digital transformation with local leaders. "
	var b strings.Builder
	for b.Len() < 4<<20 {
		for _, s := range seedSentences() {
			b.WriteString(s)
			b.WriteString(" ")
			b.WriteString(prose)
			b.WriteString(prose)
			b.WriteString("\n")
		}
	}
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	text := benchText()
	lines := strings.SplitAfter(text, "\n")
	var buf []token.Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, line := range lines {
			buf = token.Scan(line, buf[:0])
			_ = Parse(line, buf)
		}
	}
}

// BenchmarkScan is the tokenizer alone, to tell its share of BenchmarkParse.
func BenchmarkScan(b *testing.B) {
	text := benchText()
	lines := strings.SplitAfter(text, "\n")
	var buf []token.Token
	b.SetBytes(int64(len(text)))
	for range b.N {
		for _, line := range lines {
			buf = token.Scan(line, buf[:0])
		}
	}
}

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
