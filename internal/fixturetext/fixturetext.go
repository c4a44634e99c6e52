// Package fixturetext loads the bundled fixture articles for benchmarks, so
// every parser is timed on the same text.
package fixturetext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Articles returns the text of every fixture article (*.txt and *.md under
// fixtures/, answer keys left out) with CRLF line ends made LF. root is the
// path from the calling package to the repository root ("../.."). It skips
// the benchmark when there are none.
func Articles(tb testing.TB, root string) []string {
	tb.Helper()
	var out []string
	for _, ext := range []string{"*.txt", "*.md"} {
		paths, err := filepath.Glob(filepath.Join(root, "fixtures", "*", ext))
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range paths {
			if strings.HasSuffix(p, "-expected.md") {
				continue
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, strings.ReplaceAll(string(raw), "\r\n", "\n"))
		}
	}
	if len(out) == 0 {
		tb.Skip("no fixture articles")
	}
	return out
}

// Sentences cuts every fixture article into sentences the way Extract hands
// them to a parser (one sentence and its tokens per call), repeated until the
// text reaches about size bytes; it returns the sentences, their tokens and
// their total length.
func Sentences(tb testing.TB, root string, size int64) ([]string, [][]token.Token, int64) {
	tb.Helper()
	var pool []string
	for _, raw := range Articles(tb, root) {
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
	for n < size {
		for _, s := range pool {
			sents = append(sents, s)
			toks = append(toks, token.Scan(s, nil))
			n += int64(len(s))
		}
	}
	return sents, toks, n
}
