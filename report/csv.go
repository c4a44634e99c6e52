package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

var csvHeader = []string{"severity", "rule", "file", "line", "column", "end_line", "end_column",
	"claim", "published", "other_claims", "message", "suppressed"}

// writeCSV writes one record per finding (suppressed ones too, with their
// reason) for spreadsheets; other claims share one cell, one per line.
func writeCSV(w io.Writer, res Result, _ Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("csv header: %w", err)
	}
	for _, f := range res.Findings {
		rec := make([]string, 0, len(csvHeader))
		rec = append(rec, f.Severity.String(), f.Rule)
		if len(f.Claims) > 0 {
			c := f.Claims[0]
			rec = append(rec, c.File, strconv.Itoa(c.Line), strconv.Itoa(c.Column),
				strconv.Itoa(c.EndLine), strconv.Itoa(c.EndColumn), c.Text, c.Published)
		} else {
			rec = append(rec, "", "", "", "", "", "", "")
		}
		var others []string
		for _, c := range f.Claims[min(1, len(f.Claims)):] {
			others = append(others, fmt.Sprintf("%s:%d: %s", c.File, c.Line, c.Text))
		}
		rec = append(rec, strings.Join(others, "\n"), f.Message, f.Suppressed)
		for i := range rec {
			rec[i] = strings.ToValidUTF8(rec[i], "\uFFFD")
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("csv record: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}
