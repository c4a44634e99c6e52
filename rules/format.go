package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// FormatNumber writes v for a message: thousands separators, at most three
// decimals, no trailing zeros ("450,000", "0.5", "1,234.57"), "∞" for infinities.
func FormatNumber(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	prec := 3
	if v >= 1000 {
		// Large figures are read as whole numbers; decimals there are noise from division.
		prec = 0
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatInterval writes an interval in the usual notation, with open ends as
// parentheses: "(10, 20]", "[450,000, 500,000)". A closed point prints as "[20, 20]"
// so the reader sees it is exact.
func FormatInterval(iv quantity.Interval) string {
	lo, hi := "[", "]"
	if iv.LoOpen || math.IsInf(iv.Lo, -1) {
		lo = "("
	}
	if iv.HiOpen || math.IsInf(iv.Hi, 1) {
		hi = ")"
	}
	return lo + FormatNumber(iv.Lo) + ", " + FormatNumber(iv.Hi) + hi
}

// FormatIntervalIn is FormatInterval for amounts of unit: times run
// ("h:m:s", counted in seconds) are written as times, "2:24:18".
func FormatIntervalIn(iv quantity.Interval, unit string) string {
	if unit != "h:m:s" || iv.Lo != iv.Hi || iv.Lo < 0 || math.IsInf(iv.Lo, 0) {
		return FormatInterval(iv)
	}
	s := int(iv.Lo)
	if iv.Lo-float64(s) > 1e-9 {
		// "9:08.47": a track time keeps its hundredths, and an hour only when it has one.
		all := int(math.Round(iv.Lo * 100))
		s, cs := all/100, all%100
		if s >= 3600 {
			return fmt.Sprintf("%d:%02d:%02d.%02d", s/3600, s/60%60, s%60, cs)
		}
		return fmt.Sprintf("%d:%02d.%02d", s/60, s%60, cs)
	}
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// FormatPercent writes a relative change given as a fraction (0.26 → "+26%"),
// rounded to whole percent unless it is small.
func FormatPercent(frac float64) string {
	p := frac * 100
	if math.IsInf(p, 0) || math.IsNaN(p) {
		return FormatNumber(p) + "%"
	}
	s := ""
	if math.Abs(p) < 10 {
		s = strconv.FormatFloat(math.Round(p*10)/10, 'f', -1, 64)
	} else {
		s = strconv.FormatFloat(math.Round(p), 'f', -1, 64)
	}
	if s == "-0" {
		s = "0"
	}
	if p > 0 && s != "0" {
		s = "+" + s
	}
	return s + "%"
}

// Where returns "file:line" of a fact, the way messages point at the other claim.
func Where(f *claims.Fact) string {
	p := f.Position()
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Quote returns the fact's text in double quotes, shortened to 80 characters so a
// message stays readable when a span is long.
func Quote(f *claims.Fact) string {
	return QuoteText(factText(f))
}

// factText is f.Text() that tolerates a span outside the text (a bug elsewhere
// must not crash the report).
func factText(f *claims.Fact) string {
	if f.Doc == nil || f.Span.Start < 0 || f.Span.End > len(f.Doc.Text) || f.Span.Start > f.Span.End {
		return ""
	}
	return f.Doc.Text[f.Span.Start:f.Span.End]
}

// QuoteText quotes s, with runs of white space collapsed and shortened to 80
// characters on a character boundary.
func QuoteText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > 80 {
		s = string(r[:79]) + "…"
	}
	return `"` + s + `"`
}

// QuoteAt returns `"text" (file:line)`.
func QuoteAt(f *claims.Fact) string {
	return Quote(f) + " (" + Where(f) + ")"
}

// Published returns the source date of a fact as YYYY-MM-DD, "" when undated.
func Published(f *claims.Fact) string {
	if f.Doc == nil || f.Doc.Meta.Published.IsZero() {
		return ""
	}
	return f.Doc.Meta.Published.Format("2006-01-02")
}

// ClaimsOf builds the claims of facts, in order, the primary first.
func ClaimsOf(fs ...*claims.Fact) []Claim {
	out := make([]Claim, 0, len(fs))
	for _, f := range fs {
		out = append(out, ClaimOf(f))
	}
	return out
}

// plural returns "1 item" or "n items".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
