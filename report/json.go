package report

import (
	"encoding/json"
	"io"

	"github.com/claimcheck/claimcheck/rules"
)

// jsonVersion is the version of the JSON output contract (DESIGN.md).
const jsonVersion = 1

type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonFinding struct {
	Rule       string      `json:"rule"`
	Severity   string      `json:"severity"`
	Message    string      `json:"message"`
	Claims     []jsonClaim `json:"claims"`
	Suppressed string      `json:"suppressed,omitempty"`
}

type jsonClaim struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

// jsonSummary counts the findings that are not suppressed; Suppressed appears
// only when some are, so the contract's shape is unchanged otherwise.
type jsonSummary struct {
	Sources    int          `json:"sources"`
	Facts      int          `json:"facts"`
	Findings   int          `json:"findings"`
	BySeverity jsonSeverity `json:"by_severity"`
	Suppressed int          `json:"suppressed,omitempty"`
}

// jsonSeverity always has all three keys so consumers need no defaults.
type jsonSeverity struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Info    int `json:"info"`
}

// writeJSON emits the version 1 output contract, suppressed findings included
// and marked with their reason.
func writeJSON(w io.Writer, res Result, _ Options) error {
	c := countFindings(res.Findings)
	out := jsonReport{
		Version:  jsonVersion,
		Findings: make([]jsonFinding, 0, len(res.Findings)),
		Summary: jsonSummary{
			Sources: res.Sources, Facts: res.Facts, Findings: c.Total,
			BySeverity: jsonSeverity{Error: c.Error, Warning: c.Warning, Info: c.Info},
			Suppressed: c.Suppressed,
		},
	}
	for _, f := range res.Findings {
		jf := jsonFinding{Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message,
			Claims: make([]jsonClaim, 0, len(f.Claims)), Suppressed: f.Suppressed}
		for _, cl := range f.Claims {
			jf.Claims = append(jf.Claims, jsonClaimOf(cl))
		}
		out.Findings = append(out.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func jsonClaimOf(c rules.Claim) jsonClaim {
	return jsonClaim{File: c.File, Line: c.Line, Column: c.Column, EndLine: c.EndLine,
		EndColumn: c.EndColumn, Text: c.Text, Published: c.Published}
}
