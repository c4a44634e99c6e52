package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// render writes a date compactly for table tests:
// `text|from|to|granularity[|flags...]`, from/to as 2006-01-02 or "-".
func render(text string, d Date) string {
	from, to := "-", "-"
	if d.Resolved {
		from, to = d.From.Format(time.DateOnly), d.To.Format(time.DateOnly)
	}
	parts := []string{text[d.Start:d.End], from, to, string(d.Granularity)}
	if d.Relative {
		parts = append(parts, "rel")
	}
	if d.Deadline {
		parts = append(parts, "deadline")
	}
	if d.Future {
		parts = append(parts, "fut")
	}
	if d.Duration {
		parts = append(parts, "dur")
	}
	if d.Since {
		parts = append(parts, "since")
	}
	if d.Weekday != nil {
		parts = append(parts, "wd="+d.Weekday.String()[:3])
	}
	if d.Anniversary != 0 {
		parts = append(parts, fmt.Sprintf("ann=%d", d.Anniversary))
	}
	if d.YearsAgo != 0 {
		parts = append(parts, fmt.Sprintf("ago=%d", d.YearsAgo))
	}
	return strings.Join(parts, "|")
}

// parseRendered scans and parses text and renders every date found.
func parseRendered(text string, ref time.Time) []string {
	ds := Parse(text, token.Scan(text, nil), ref)
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, render(text, d))
	}
	return out
}
