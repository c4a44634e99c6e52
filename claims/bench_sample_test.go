package claims

import (
	"sync"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
	"github.com/claimcheck/claimcheck/claims/token"
)

// coreSample is a 5 MB corpus built on its own: small enough that building it
// does not dominate a count of instructions under callgrind.
var coreSample = sync.OnceValues(func() ([]string, error) {
	pool, err := benchPool()
	if err != nil {
		return nil, err
	}
	return makeBenchCorpus(pool, 5<<20), nil
})

// BenchmarkExtractCore runs Extract over coreSample. Under callgrind, collect
// only inside Extract and toggle collection off inside the parser packages'
// entry points to count the instructions of package claims itself.
func BenchmarkExtractCore(b *testing.B) {
	docs, err := coreSample()
	if err != nil {
		b.Fatal(err)
	}
	extractAll(b, docs)
}

// extractAll runs Extract over docs once per benchmark iteration, reporting
// bytes and allocations.
func extractAll(b *testing.B, docs []string) {
	var n int64
	for _, d := range docs {
		n += int64(len(d))
	}
	published := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range docs {
			Extract(&Document{Path: "bench.txt", Raw: text, Text: text, Meta: Meta{Published: published}})
		}
	}
}

// BenchmarkExtractParsers makes the parser calls Extract makes over coreSample
// (attrib, dates, quantity, rank, enum) and nothing else: BenchmarkExtractCore
// minus this is the instruction count of package claims' own work.
func BenchmarkExtractParsers(b *testing.B) {
	docs, err := coreSample()
	if err != nil {
		b.Fatal(err)
	}
	published := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	type cut struct {
		sents []Span
		toks  [][]token.Token
	}
	cuts := make([]cut, len(docs))
	for i, text := range docs {
		who := attrib.NewDoc(text)
		sents := Sentences(text)
		toks, ends := sentenceTokens(who.Tokens(), sents, nil)
		c := cut{sents: sents}
		for k := range sents {
			c.toks = append(c.toks, toks[ends[k]:ends[k+1]])
		}
		who.Release()
		cuts[i] = c
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, text := range docs {
			who := attrib.NewDoc(text)
			who.People()
			who.Tokens()
			who.Lowered()
			for k, s := range cuts[i].sents {
				who.Attributions(s.Start, s.End)
				sent, toks := text[s.Start:s.End], cuts[i].toks[k]
				dates.Parse(sent, toks, published)
				quantity.Parse(sent, toks)
				rank.Parse(sent, toks)
			}
			lists := enum.Scan(text)
			lists.Announcements()
			lists.NamedLists()
			who.Quotes()
			who.Release()
		}
	}
}

// BenchmarkExtractSample runs Extract over the first tenth of the benchmark
// corpus (about 5 MB), small enough to count instructions under callgrind.
func BenchmarkExtractSample(b *testing.B) {
	docs, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	extractAll(b, docs[:len(docs)/10])
}
