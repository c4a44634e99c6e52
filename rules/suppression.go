package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/suggest"
)

// SuppressionID is the ID of the rule that reports faulty inline directives.
const SuppressionID = "suppression"

// Suppression reports inline claimcheck-disable directives that do harm rather
// than good: one without a reason, one naming a rule that does not exist, and (in
// the Suppress filter, which sees every finding) one that suppresses nothing.
func Suppression() *Rule {
	return &Rule{
		ID:       SuppressionID,
		Title:    "inline suppression without a reason or without effect",
		Severity: Warning,
		Doc: `An inline directive silences a rule for a line or a block of an article:
"<!-- claimcheck-disable-next-line RULE: reason -->", or a
"<!-- claimcheck-disable RULE: reason -->" … "<!-- claimcheck-enable RULE -->" pair in
Markdown and HTML, and "# claimcheck-disable-next-line RULE: reason" lines in plain text.
Leaving out RULE silences every rule.

A directive is itself a finding when it gives no reason (the next editor cannot tell a
checked claim from a hidden mistake), when it names a rule that does not exist, and when
it suppresses nothing (the claim it excused was edited or the rule no longer fires), so
stale directives do not pile up.

Bad:

    # claimcheck-disable-next-line numeric-conflict
    More than ten cooperation agreements were signed.

Good:

    # claimcheck-disable-next-line numeric-conflict: ten were signed this year, not in total
    More than ten cooperation agreements were signed.`,
		Run: runSuppression,
	}
}

// runSuppression reports the faults a directive shows by itself: a missing reason
// and an unknown rule. One directive naming several rules yields several
// suppressions on one line; each fault is reported once per line.
func runSuppression(p *Pass) {
	known := knownRuleIDs()
	for _, d := range p.Index.Docs {
		if d == nil {
			continue
		}
		noReason := map[int]bool{}
		for _, s := range d.Suppressions {
			at := directiveClaim(d, s.Line)
			if s.Reason == "" && !noReason[s.Line] {
				noReason[s.Line] = true
				p.Report(Finding{Message: fmt.Sprintf("directive %s gives no reason: add one after a colon", curlyQuote(at.Text)), Claims: []Claim{at}})
			}
			if s.Rule != "" && !known[s.Rule] {
				msg := fmt.Sprintf("directive %s names unknown rule %q", curlyQuote(at.Text), s.Rule)
				if best := Closest(s.Rule, sortedIDs(known)); best != "" {
					msg += fmt.Sprintf(": did you mean %s?", best)
				}
				p.Report(Finding{Message: msg, Claims: []Claim{at}})
			}
		}
	}
}

// knownRuleIDs is the set of IDs of All.
func knownRuleIDs() map[string]bool {
	m := map[string]bool{}
	for _, r := range All() {
		m[r.ID] = true
	}
	return m
}

func sortedIDs(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func curlyQuote(s string) string { return "\u201c" + s + "\u201d" }

// directiveClaim is the claim a finding about a directive points at: its whole
// line in the file as read.
func directiveClaim(d *claims.Document, line int) Claim {
	text := directiveLine(d.Raw, line)
	trimmed := strings.TrimSpace(text)
	col := 1 + utf8.RuneCountInString(text[:strings.Index(text, trimmed)])
	if trimmed == "" {
		col = 1
	}
	return Claim{
		Position: claims.Position{File: d.Path, Line: line, Column: col, EndLine: line,
			EndColumn: col + utf8.RuneCountInString(trimmed)},
		Text:      strings.ToValidUTF8(trimmed, "\uFFFD"),
		Published: docPublished(d),
	}
}

// directiveLine returns the 1-based line of raw without its line break, "" when out of range.
func directiveLine(raw string, line int) string {
	if line < 1 {
		return ""
	}
	for n := 1; n < line; n++ {
		i := strings.IndexByte(raw, '\n')
		if i < 0 {
			return ""
		}
		raw = raw[i+1:]
	}
	if i := strings.IndexByte(raw, '\n'); i >= 0 {
		raw = raw[:i]
	}
	return strings.TrimSuffix(raw, "\r")
}

func docPublished(d *claims.Document) string {
	if d.Meta.Published.IsZero() {
		return ""
	}
	return d.Meta.Published.Format("2006-01-02")
}

// Closest returns the candidate nearest to s by edit distance when it is near
// enough to be a likely typo, else "" (suggest.Closest). Hints in errors ("did
// you mean …?") use it.
func Closest(s string, candidates []string) string {
	best, _ := suggest.Closest(s, candidates)
	return best
}
