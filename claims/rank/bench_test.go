package rank

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// benchSentences cuts every fixture article into sentences the way Extract
// hands them to Parse (one sentence and its tokens per call), repeated until
// the corpus reaches about 2 MB.
func benchSentences(b *testing.B) ([]string, [][]token.Token, int64) {
	b.Helper()
	var paths []string
	for _, g := range []string{"../../fixtures/*/*.txt", "../../fixtures/*/*.md"} {
		m, err := filepath.Glob(g)
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, m...)
	}
	var pool []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(raw), "\n") {
			for _, s := range strings.SplitAfter(l, ". ") {
				if strings.TrimSpace(s) != "" {
					pool = append(pool, s)
				}
			}
		}
	}
	if len(pool) == 0 {
		b.Skip("no fixture articles")
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
	cpu0 := cpuTime()
	for b.Loop() {
		for i, s := range sents {
			Parse(s, toks[i])
		}
	}
	reportCPU(b, n, cpu0)
}

// cpuTime returns the CPU time this process has used: on a machine shared
// with other jobs, MB per CPU second varies far less than MB per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the throughput per CPU second since cpu0 as "cpu-MB/s".
func reportCPU(b *testing.B, bytes int64, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
	}
}
