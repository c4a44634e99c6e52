package enum

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchDocs returns documents strung together from the fixture articles, about
// 2 MB in all: enum runs once per document.
func benchDocs(b *testing.B) ([]string, int64) {
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
		pool = append(pool, strings.ReplaceAll(string(raw), "\r\n", "\n"))
	}
	if len(pool) == 0 {
		b.Skip("no fixture articles")
	}
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
			cpu0 := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					bc.run(d)
				}
			}
			reportCPU(b, n, cpu0)
		})
	}
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
