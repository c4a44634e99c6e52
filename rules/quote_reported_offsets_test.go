package rules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
)

// TestReportedStatementOffsets pins that a reported statement's span lies on
// the sentence's own bytes: "\u212a" (the Kelvin sign, three bytes) lowers to
// "k" (one), so offsets found in a plainly lowered sentence would run short.
func TestReportedStatementOffsets(t *testing.T) {
	text := "Minister Anna Berg spoke. The \u212aelvin-scale reading aside, Berg said the port would reopen in May."
	d := &claims.Document{Path: "a.txt", Raw: text, Text: text}
	ix := claims.NewIndex([]*claims.Document{d}, claims.Extract(d))
	out, _ := reportedStatements(NewPass(ix, QuoteMismatch(), Settings{}))
	require.NotEmpty(t, out)
	for _, f := range out {
		got := text[f.Span.Start:f.Span.End]
		assert.True(t, utf8.ValidString(got), "%q", got)
		assert.Equal(t, "the port would reopen in May", strings.TrimSuffix(got, "."), "%q", got)
	}
}
