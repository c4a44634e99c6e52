package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

// writeMarkdown prints a GitHub-flavoured Markdown table of the active
// findings, ready to paste into a review, and the summary sentence.
func writeMarkdown(w io.Writer, res Result, _ Options) error {
	fs := active(res.Findings)
	var b strings.Builder
	if len(fs) > 0 {
		b.WriteString("| severity | rule | where | claim | other claims | why |\n")
		b.WriteString("|---|---|---|---|---|---|\n")
		for _, f := range fs {
			writeMarkdownRow(&b, f)
		}
		b.WriteString("\n")
	}
	b.WriteString(summaryLine(res))
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdownRow(b *strings.Builder, f rules.Finding) {
	var here, claim string
	if len(f.Claims) > 0 {
		here = mdCell(where(f.Claims[0]))
		claim = mdCell(f.Claims[0].Text)
	}
	var others []string
	for _, c := range f.Claims[min(1, len(f.Claims)):] {
		others = append(others, fmt.Sprintf("%s:%d %s", mdCell(c.File), c.Line, mdCell(c.Text)))
	}
	cells := []string{f.Severity.String(), mdCell(f.Rule), here, claim, strings.Join(others, "<br>"), mdCell(f.Message)}
	b.WriteString("| ")
	b.WriteString(strings.Join(cells, " | "))
	b.WriteString(" |\n")
}

// mdCell makes text safe inside a table cell: backslashes and pipes escaped,
// HTML neutralised, line breaks turned into <br> so the row stays one line.
func mdCell(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '|':
			b.WriteString(`\|`)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteString("<br>")
		case '\n':
			b.WriteString("<br>")
		case '\t':
			b.WriteByte(' ')
		default:
			if c < 0x20 || c == 0x7f {
				b.WriteString("\uFFFD")
				continue
			}
			b.WriteByte(c)
		}
	}
	return strings.TrimSpace(b.String())
}
