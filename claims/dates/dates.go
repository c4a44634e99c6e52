// Package dates finds dates and periods in a sentence and resolves relative ones
// against a reference date (the source's publication date).
package dates

import (
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Granularity is how precise a date is.
type Granularity string

const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Half    Granularity = "half"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
)

// Date is one date or period found in a text. Start and End are byte offsets.
type Date struct {
	Start, End int
	// From and To bound the period the text refers to, To exclusive
	// ("in 2023" = [2023-01-01, 2024-01-01)). Both are zero when Resolved is false.
	From, To    time.Time
	Granularity Granularity
	Resolved    bool
	// Relative is true when the date depends on the reference ("two years ago", "last month", "Monday").
	Relative bool
	// Deadline marks "by the end of 2025", "by 2030": the event happens no later than To.
	Deadline bool
	// Duration marks spans such as "over the past 5 years"; From/To hold the resolved span.
	Duration bool
	// Weekday is the weekday the text names, if any ("Monday, May 5").
	Weekday *time.Weekday
	// Anniversary is N for "the Nth anniversary", 0 otherwise.
	Anniversary int
	// YearsAgo is N for "N years ago" (resolved From/To also set when the reference is known).
	YearsAgo int
}

// Parse returns the dates in text (tokens toks), resolved against ref when ref is not zero.
func Parse(text string, toks []token.Token, ref time.Time) []Date {
	return nil
}
