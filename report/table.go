package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/rules"
)

// cellWidth is the widest a table cell grows before its text wraps.
const cellWidth = 40

// ANSI colours for severities: bold red errors, yellow warnings, cyan info.
const (
	ansiReset   = "\x1b[0m"
	ansiError   = "\x1b[1;31m"
	ansiWarning = "\x1b[33m"
	ansiInfo    = "\x1b[36m"
)

// writeTable prints one row per active finding and a summary line; with no
// findings only the "No findings" sentence.
func writeTable(w io.Writer, res Result, opt Options) error {
	fs := active(res.Findings)
	if len(fs) == 0 {
		_, err := fmt.Fprintln(w, summaryLine(res))
		return err
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(cellWidth),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithTrimSpace(tw.Off),
	)
	t.Header("severity", "rule", "where", "claim", "other claim", "why")
	rows := make([][]string, 0, len(fs))
	for _, f := range fs {
		rows = append(rows, tableRow(f, opt.Color))
	}
	if err := t.Bulk(rows); err != nil {
		return fmt.Errorf("table rows: %w", err)
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("render table: %w", err)
	}
	_, err := fmt.Fprintln(w, summaryLine(res))
	return err
}

func tableRow(f rules.Finding, color bool) []string {
	sev := f.Severity.String()
	if color {
		sev = colorize(f.Severity, sev)
	}
	var primary, here string
	if len(f.Claims) > 0 {
		here = oneLine(where(f.Claims[0]))
		primary = quote(oneLine(f.Claims[0].Text))
	}
	var others []string
	for _, c := range f.Claims[min(1, len(f.Claims)):] {
		others = append(others, fmt.Sprintf("%s:%d %s", oneLine(c.File), c.Line, quote(oneLine(c.Text))))
	}
	return []string{sev, oneLine(f.Rule), here, primary, strings.Join(others, "\n"), oneLine(f.Message)}
}

func colorize(s rules.Severity, text string) string {
	switch s {
	case rules.Error:
		return ansiError + text + ansiReset
	case rules.Warning:
		return ansiWarning + text + ansiReset
	case rules.Info:
		return ansiInfo + text + ansiReset
	}
	return text
}

func quote(s string) string {
	if s == "" {
		return ""
	}
	return "\u201c" + s + "\u201d"
}

// oneLine collapses white space runs (line breaks included) into single spaces
// and replaces control characters, so article text can neither break the table
// layout nor send escape sequences to the terminal.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			r = '\uFFFD'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
