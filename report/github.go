package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

// writeGitHub prints one workflow command per active finding, which GitHub
// Actions turns into an annotation on the primary claim's lines.
func writeGitHub(w io.Writer, res Result, _ Options) error {
	byID := ruleIndex(res.Rules)
	var b strings.Builder
	for _, f := range active(res.Findings) {
		b.WriteString("::")
		b.WriteString(ghCommand(f.Severity))
		b.WriteByte(' ')
		var props []string
		if len(f.Claims) > 0 {
			c := f.Claims[0]
			props = append(props, "file="+ghProperty(c.File))
			if c.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", c.Line))
			}
			if c.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", c.Column))
			}
			if c.EndLine > 0 {
				props = append(props, fmt.Sprintf("endLine=%d", c.EndLine))
			}
			if c.EndColumn > 0 {
				props = append(props, fmt.Sprintf("endColumn=%d", c.EndColumn))
			}
		}
		title := f.Rule
		if r := byID[f.Rule]; r != nil && r.Title != "" {
			title += ": " + r.Title
		}
		props = append(props, "title="+ghProperty(title))
		b.WriteString(strings.Join(props, ","))
		b.WriteString("::")
		b.WriteString(ghData(ghMessage(f)))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghMessage is the finding's message followed by where the other claims stand,
// since an annotation sits on one place only.
func ghMessage(f rules.Finding) string {
	msg := f.Message
	for _, c := range f.Claims[min(1, len(f.Claims)):] {
		msg += fmt.Sprintf("\nsee %s:%d: %s", oneLine(c.File), c.Line, quote(oneLine(c.Text)))
	}
	return msg
}

func ghCommand(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

// ghData escapes a command's message the way the Actions toolkit does.
func ghData(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property value: as data, plus the separators : and ,.
func ghProperty(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
