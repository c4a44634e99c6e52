package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/stretchr/testify/require"
)

// readDoc loads one testdata file through ReadOne.
func readDoc(t *testing.T, path string, opt Options) *claims.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := ReadOne(path, data, opt)
	require.NoError(t, err)
	require.NotNil(t, doc)
	return doc
}

// lineState says for each 1-based line of a plain-text document whether all
// its non-space bytes are skipped ("skip"), none are ("text"), or it is blank.
func lineState(doc *claims.Document, n int) string {
	lines := splitLines(doc.Text)
	if n < 1 || n > len(lines) {
		return "none"
	}
	l := lines[n-1]
	some, all := false, true
	for i := l.Start; i < l.End; i++ {
		if c := doc.Text[i]; c == ' ' || c == '\t' || c == '\r' {
			continue
		}
		if doc.Skipped(i) {
			some = true
		} else {
			all = false
		}
	}
	switch {
	case !some && all:
		return "blank"
	case all:
		return "skip"
	case !some:
		return "text"
	}
	return "partly"
}

// reasonAt returns the reason of the skip covering a Text offset, or "".
func reasonAt(doc *claims.Document, off int) string {
	for _, s := range doc.Skips {
		if off >= s.Start && off < s.End {
			return s.Reason
		}
	}
	return ""
}

// lineOf returns the 1-based line of the first occurrence of sub in doc.Text.
func lineOf(t *testing.T, doc *claims.Document, sub string) int {
	t.Helper()
	i := strings.Index(doc.Text, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in text", sub)
	return doc.Line(i)
}

// writeFile writes a file under dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

// claimsSpan builds a span of Text.
func claimsSpan(start, end int) claims.Span { return claims.Span{Start: start, End: end} }
