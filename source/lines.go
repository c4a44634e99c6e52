package source

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// line is one line of a text: Text[Start:End] without its line terminator.
// Next is the offset where the following line starts.
type line struct {
	Start, End, Next int
	No               int // 1-based
}

// text returns the line's content without a trailing carriage return.
func (l line) text(s string) string {
	return strings.TrimSuffix(s[l.Start:l.End], "\r")
}

// trimmed returns the line's content without surrounding white space.
func (l line) trimmed(s string) string {
	return strings.TrimSpace(s[l.Start:l.End])
}

// splitLines indexes the lines of s. Long lines cost nothing extra: there is no
// token limit as with bufio.Scanner.
func splitLines(s string) []line {
	var out []line
	start := 0
	for start < len(s) {
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			out = append(out, line{Start: start, End: len(s), Next: len(s), No: len(out) + 1})
			break
		}
		out = append(out, line{Start: start, End: start + i, Next: start + i + 1, No: len(out) + 1})
		start += i + 1
	}
	return out
}

// blank reports whether the line holds only white space.
func (l line) blank(s string) bool {
	return l.trimmed(s) == ""
}

// lineSkip returns a skip covering lines[from..to] inclusive, without the last
// line's terminator.
func lineSkip(lines []line, from, to int, reason string) claims.Skip {
	return claims.Skip{Start: lines[from].Start, End: lines[to].End, Reason: reason}
}
