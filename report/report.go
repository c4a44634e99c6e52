// Package report renders findings in the formats people and CI systems read:
// a terminal table, JSON, Markdown, CSV, GitHub workflow commands and SARIF.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/internal/suggest"
	"github.com/claimcheck/claimcheck/rules"
)

// Result is everything a report shows: the findings, the rules that ran (for
// titles and docs) and the size of the corpus.
type Result struct {
	Findings []rules.Finding
	Rules    []*rules.Rule
	Sources  int
	Facts    int
}

// Options tune the rendering.
type Options struct {
	// Color turns on ANSI colours in the table; the caller decides (TTY, NO_COLOR).
	Color bool
	// Version is the tool version written into SARIF; "dev" when empty.
	Version string
	// Root, when set, is the directory SARIF URIs are made relative to for
	// absolute file paths; relative paths are kept as given.
	Root string
}

type writer func(w io.Writer, res Result, opt Options) error

// formats lists every format in the order Formats reports them.
var formats = []struct {
	name  string
	write writer
}{
	{"table", writeTable},
	{"json", writeJSON},
	{"markdown", writeMarkdown},
	{"csv", writeCSV},
	{"github", writeGitHub},
	{"sarif", writeSARIF},
}

// Formats returns the names of the output formats.
func Formats() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.name
	}
	return out
}

// alias turns another name people type for a format into its own.
func alias(s string) string {
	switch s {
	case "md":
		return "markdown"
	case "text", "txt":
		return "table"
	case "gh", "github-actions":
		return "github"
	}
	return s
}

// ParseFormat checks a format name (case-insensitive, a few aliases such as md)
// and returns its canonical name; the error suggests the closest format.
func ParseFormat(s string) (string, error) {
	name := alias(strings.ToLower(strings.TrimSpace(s)))
	for _, f := range formats {
		if f.name == name {
			return name, nil
		}
	}
	msg := fmt.Sprintf("unknown format %q", s)
	if best, ok := suggest.Closest(name, Formats()); ok {
		return "", fmt.Errorf("%s: did you mean %s?", msg, best)
	}
	return "", fmt.Errorf("%s (want one of %s)", msg, strings.Join(Formats(), ", "))
}

// Write renders res in the named format.
func Write(w io.Writer, format string, res Result, opt Options) error {
	name, err := ParseFormat(format)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	for _, f := range formats {
		if f.name == name {
			if err := f.write(w, res, opt); err != nil {
				return fmt.Errorf("report %s: %w", name, err)
			}
			return nil
		}
	}
	return fmt.Errorf("report: format %q has no writer", name)
}
