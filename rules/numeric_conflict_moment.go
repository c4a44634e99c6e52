package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// apart reports whether two figures may be compared at all: not in one sentence
// (a from/to pair or a breakdown) and not in one paragraph of one source, where a
// writer sets figures side by side on purpose ("about 140,000 children are in the
// target group; so far, 95,000 children have had a dose"), not in contradiction.
func apart(a, b *claims.Fact) bool {
	if sameSentence(a, b) || sameParagraph(a, b) {
		return false
	}
	// Within one article two figures of one key are two things far more
	// often than one thing stated twice: the month and the year to date
	// ("$23.82 billion" in October, "$214.19 billion" in ten months), the
	// country and a province ("98.36 per cent", "over 92 percent" in poorer
	// provinces), one party and its alliance. On real articles every such
	// pair read was of that kind, so a source is never held against itself
	// here; its sums and restatements are arithmetic's to check.
	return a.Doc != b.Doc
}

// vagueWithinSource reports whether a figure names its measure too loosely to be
// held against another figure of its own article: a bare noun ("people", "games")
// with no subject. One article gives many such figures for different groups ("180
// people attended the meeting", "a smaller group, 1,860 people"); a restatement
// that contradicts itself names the measure the same specific way twice.
func vagueWithinSource(f *claims.Fact) bool {
	if f.Subject != "" {
		return false
	}
	n := 0
	for _, w := range strings.Fields(f.Key) {
		if !strings.HasPrefix(w, "=") {
			n++
		}
	}
	if f.Quantity != nil && f.Quantity.Unit != "count" {
		n-- // the unit is the key's last word
	}
	return n < 2
}

// sameParagraph reports whether two facts stand in one paragraph of one document.
func sameParagraph(a, b *claims.Fact) bool {
	if a.Doc != b.Doc || a.Doc == nil {
		return false
	}
	pa := paragraphOf(a.Doc.Text, a.Sentence)
	return b.Span.Start >= pa.Start && b.Span.End <= pa.End
}

// anyCumulative reports whether a member presents the measure as a running total.
func anyCumulative(ms []member) bool {
	for _, m := range ms {
		if cumulative(m.f) {
			return true
		}
	}
	return false
}

// parsePeriod reads a Fact.Period ("2024-01-01/2025-01-01"): the start and the
// (exclusive) end; ok is false when empty or malformed.
func parsePeriod(s string) (from, to time.Time, ok bool) {
	a, b, found := strings.Cut(strings.TrimSpace(s), "/")
	if !found {
		return time.Time{}, time.Time{}, false
	}
	from, err1 := time.Parse("2006-01-02", strings.TrimSpace(a))
	to, err2 := time.Parse("2006-01-02", strings.TrimSpace(b))
	if err1 != nil || err2 != nil || !from.Before(to) {
		return time.Time{}, time.Time{}, false
	}
	return from, to, true
}

// levelDate is when a figure's value holds: the end of its stated period when it
// has one (better than the day it was published), else its publication date.
func levelDate(f *claims.Fact) time.Time {
	if _, to, ok := parsePeriod(f.Period); ok {
		return to
	}
	return dateOf(f)
}

// periodLength names how long a figure's period is in whole months ("" when it has
// none): a nine-month total and a full-year total are different measures.
func periodLength(f *claims.Fact) string {
	from, to, ok := parsePeriod(f.Period)
	if !ok {
		return ""
	}
	months := monthsBetween(from, to)
	if to.Day() != from.Day() {
		return fmt.Sprintf("%dd", int(to.Sub(from).Hours()/24))
	}
	return fmt.Sprintf("%dmo", months)
}

// monthsBetween counts the whole calendar months from one date to another,
// by month number alone.
func monthsBetween(from, to time.Time) int {
	return (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
}
