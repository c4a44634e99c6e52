package source

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// directive is one claimcheck-disable/enable comment found in a source.
type directive struct {
	Kind   string   // "disable-next-line", "disable" or "enable"
	Rules  []string // empty for all rules
	Reason string
	Line   int // 1-based line in Raw
	// Start and End delimit the directive in Raw (the comment or the whole line).
	Start, End int
}

const directivePrefix = "claimcheck-"

// parseDirective reads "claimcheck-KIND RULES: reason" from the body of a
// comment; RULES is a comma list, possibly empty, and the reason may also follow
// " -- ".
func parseDirective(body string) (directive, bool) {
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, directivePrefix) {
		return directive{}, false
	}
	rest := body[len(directivePrefix):]
	var d directive
	for _, k := range []string{"disable-next-line", "disable", "enable"} {
		if strings.HasPrefix(rest, k) && (len(rest) == len(k) || strings.ContainsRune(" \t:", rune(rest[len(k)]))) {
			d.Kind, rest = k, rest[len(k):]
			break
		}
	}
	if d.Kind == "" {
		return directive{}, false
	}
	rules, reason, ok := strings.Cut(rest, ":")
	if !ok {
		rules, reason, _ = strings.Cut(rest, " -- ")
	}
	d.Reason = strings.TrimSpace(reason)
	for _, r := range strings.Split(rules, ",") {
		if r = strings.TrimSpace(r); r != "" {
			d.Rules = append(d.Rules, r)
		}
	}
	return d, true
}

// findDirectives finds directives in HTML comments ("<!-- claimcheck-… -->")
// anywhere in raw and, when hashLines is set, in lines of the form
// "# claimcheck-…".
func findDirectives(raw string, lines []line, hashLines bool) []directive {
	var out []directive
	for _, l := range lines {
		s := raw[l.Start:l.End]
		if hashLines {
			if t := strings.TrimSpace(s); strings.HasPrefix(t, "#") {
				if d, ok := parseDirective(strings.TrimLeft(t, "#")); ok {
					d.Line, d.Start, d.End = l.No, l.Start, l.End
					out = append(out, d)
					continue
				}
			}
		}
		for off := 0; ; {
			i := strings.Index(s[off:], "<!--")
			if i < 0 {
				break
			}
			i += off
			j := strings.Index(s[i+4:], "-->")
			if j < 0 {
				break // directives do not span lines
			}
			j += i + 4
			if d, ok := parseDirective(s[i+4 : j]); ok {
				d.Line, d.Start, d.End = l.No, l.Start+i, l.Start+j+3
				out = append(out, d)
			}
			off = j + 3
		}
	}
	return out
}

// suppressions turns directives into suppressions of Raw lines. A disable without
// its enable runs to the last line.
func suppressions(ds []directive, raw string, lines []line) []claims.Suppression {
	var out []claims.Suppression
	last := len(lines)
	open := map[string]int{} // rule → index in out of its open disable
	rulesOf := func(d directive) []string {
		if len(d.Rules) == 0 {
			return []string{""}
		}
		return d.Rules
	}
	for _, d := range ds {
		switch d.Kind {
		case "disable-next-line":
			next := d.Line + 1
			for next <= last && lines[next-1].blank(raw) {
				next++
			}
			for _, r := range rulesOf(d) {
				out = append(out, claims.Suppression{Rule: r, Reason: d.Reason, FromLine: next, ToLine: next, Line: d.Line})
			}
		case "disable":
			for _, r := range rulesOf(d) {
				open[r] = len(out)
				out = append(out, claims.Suppression{Rule: r, Reason: d.Reason, FromLine: d.Line + 1, ToLine: last, Line: d.Line})
			}
		case "enable":
			for _, r := range rulesOf(d) {
				if r == "" { // a bare enable closes every open disable
					for k, i := range open {
						out[i].ToLine = d.Line - 1
						delete(open, k)
					}
					continue
				}
				if i, ok := open[r]; ok {
					out[i].ToLine = d.Line - 1
					delete(open, r)
				}
			}
		}
	}
	return out
}
