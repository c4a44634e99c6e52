// Package fixturetext loads the bundled fixture articles for benchmarks, so
// every parser is timed on the same text.
package fixturetext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
