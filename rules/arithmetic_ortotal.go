package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// checkOrTotal checks a count of people in one of two states, "dead or
// missing", against the counts the sentence gives for each state before it:
// "With 12 confirmed dead and 11 still missing, the disaster has left 25
// people dead or unaccounted for" (12 + 11 = 23). Each state takes exactly
// one count, else the sentence is left alone.
func checkOrTotal(p *Pass, fs []*claims.Fact) {
	for _, t := range fs {
		if !isLevel(t) || t.Quantity.Unit != "count" || t.Quantity.Hedge != "" {
			continue
		}
		m := orStatesRe.FindStringSubmatch(strings.ToLower(textOf(t.Doc, t.Span.End, min(t.Span.End+70, t.Sentence.End))))
		if m == nil || personState(m[1]) == personState(m[2]) {
			continue
		}
		parts := map[string]*claims.Fact{}
		n := 0
		for _, f := range fs {
			if f == t || f.Span.End > t.Span.Start || !isLevel(f) || f.Quantity.Unit != "count" {
				continue
			}
			st := stateAfter(textOf(f.Doc, f.Span.End, min(f.Span.End+30, t.Span.Start)))
			if st == "" {
				continue
			}
			if st != personState(m[1]) && st != personState(m[2]) || parts[st] != nil {
				n = 0 // a third state, or a state counted twice: no simple sum
				break
			}
			parts[st] = f
			n++
		}
		if n != 2 {
			continue
		}
		a, b := parts[personState(m[1])], parts[personState(m[2])]
		if a.Span.Start > b.Span.Start {
			a, b = b, a
		}
		sum, tv := sumOf([]*claims.Fact{a, b}), t.Quantity.Interval
		if tv.Overlaps(sum) {
			continue
		}
		cmp := "exceed"
		if sum.Hi < tv.Lo {
			cmp = "fall short of"
		}
		phrase := QuoteText(t.Doc.Text[t.Span.Start : t.Span.End+len(m[0])])
		p.Report(Finding{Message: fmt.Sprintf("%s is %s but its parts %s (%s) + %s (%s) (%s) add up to %s, which %s it",
			phrase, sumText(tv), Quote(a), stateAfter(textOf(a.Doc, a.Span.End, t.Span.Start)), Quote(b), stateAfter(textOf(b.Doc, b.Span.End, t.Span.Start)),
			Where(a), sumText(sum), cmp),
			Claims: ClaimsOf(t, a, b)})
	}
}

// orStatesRe matches the two states a count is of, right after it: " people
// dead or unaccounted for", " the number of people killed or missing".
var orStatesRe = regexp.MustCompile(`^\s+(?:the\s+number\s+of\s+)?(?:people|persons|residents|workers|passengers|miners|villagers)\s+(dead|killed|missing|injured|hurt|wounded|unaccounted)\s+or\s+(dead|killed|missing|injured|hurt|wounded|unaccounted)\b`)

// personState names the state a word puts people in: "killed" and "dead"
// are one, "missing" and "unaccounted" another.
func personState(w string) string {
	switch w {
	case "dead", "killed", "died":
		return "dead"
	case "missing", "unaccounted":
		return "missing"
	case "injured", "hurt", "wounded":
		return "injured"
	}
	return ""
}

// stateAfter returns the state the words right after a count put it in,
// within three words and before any mark: "12 confirmed dead", "11 still
// missing"; "" for none.
func stateAfter(s string) string {
	for i, w := range strings.Fields(strings.ToLower(s)) {
		if i == 3 {
			break
		}
		st := personState(strings.TrimRight(w, ",.;"))
		if st != "" {
			return st
		}
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return ""
}
