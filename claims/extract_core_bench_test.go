package claims

import (
	"testing"
	"time"
)

// BenchmarkExtractSample runs Extract over the first tenth of the benchmark
// corpus (about 5 MB), small enough to count instructions under callgrind.
func BenchmarkExtractSample(b *testing.B) {
	docs, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	docs = docs[:len(docs)/10]
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
