package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

// counts tallies the findings that are not suppressed, by severity.
type counts struct {
	Total, Error, Warning, Info, Suppressed int
}

func countFindings(fs []rules.Finding) counts {
	var c counts
	for _, f := range fs {
		if f.Suppressed != "" {
			c.Suppressed++
			continue
		}
		c.Total++
		switch f.Severity {
		case rules.Error:
			c.Error++
		case rules.Warning:
			c.Warning++
		case rules.Info:
			c.Info++
		}
	}
	return c
}

// active returns the findings that are not suppressed, which the human
// formats show; JSON and SARIF keep suppressed ones, marked.
func active(fs []rules.Finding) []rules.Finding {
	out := make([]rules.Finding, 0, len(fs))
	for _, f := range fs {
		if f.Suppressed == "" {
			out = append(out, f)
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// summaryLine is the sentence under the table:
// "6 findings: 1 error, 4 warnings, 1 info in 5 sources (140 facts)".
func summaryLine(res Result) string {
	c := countFindings(res.Findings)
	corpus := fmt.Sprintf("%s (%s)", plural(res.Sources, "source", "sources"), plural(res.Facts, "fact", "facts"))
	if c.Total == 0 {
		s := "No findings in " + corpus + "."
		if c.Suppressed > 0 {
			s += fmt.Sprintf(" %d suppressed.", c.Suppressed)
		}
		return s
	}
	var parts []string
	if c.Error > 0 {
		parts = append(parts, plural(c.Error, "error", "errors"))
	}
	if c.Warning > 0 {
		parts = append(parts, plural(c.Warning, "warning", "warnings"))
	}
	if c.Info > 0 {
		parts = append(parts, fmt.Sprintf("%d info", c.Info))
	}
	s := fmt.Sprintf("%s: %s in %s", plural(c.Total, "finding", "findings"), strings.Join(parts, ", "), corpus)
	if c.Suppressed > 0 {
		s += fmt.Sprintf("; %d suppressed", c.Suppressed)
	}
	return s
}

// where renders a claim's place as file:line:col.
func where(c rules.Claim) string {
	return fmt.Sprintf("%s:%d:%d", c.File, c.Line, c.Column)
}

// ruleIndex maps rule IDs to the rules that ran.
func ruleIndex(rs []*rules.Rule) map[string]*rules.Rule {
	m := make(map[string]*rules.Rule, len(rs))
	for _, r := range rs {
		if r != nil {
			m[r.ID] = r
		}
	}
	return m
}
