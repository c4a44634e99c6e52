package rules

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// totalFor returns the total that parts break down, or nil. A writer states the
// total right with its breakdown: in the parts' own sentence ("nearly 95,000
// children have had a dose: 52,000 in towns and 48,000 in villages"), else in the
// sentence just before ("Nearly 30 firms took part. They were 12 domestic firms
// and 9 foreign firms."). A figure further back with the same head is mostly
// another measure ("about 140,000 children in the target group"), so it is never
// taken. Within a sentence the total nearest before the parts wins.
func totalFor(p *Pass, parts []*claims.Fact) *claims.Fact {
	first := parts[0]
	var own, before *claims.Fact
	last := parts[len(parts)-1]
	for _, t := range p.Index.Head(claims.Head(first.Key)) {
		if !isTotalOf(t, parts) || orderedItem(t) {
			continue
		}
		if t.Doc == last.Doc && t.Span.Start >= last.Span.End && t.Span.Start-last.Span.End < 120 &&
			hasSelection(strings.ToLower(t.Doc.Text[last.Span.End:t.Span.Start])) {
			continue // "2,012 killed and 2,059 wounded, including 1,404 in critical condition": a part of the last
		}
		switch {
		case t.Sentence == first.Sentence:
			if own == nil || nearer(t, own, first) {
				own = t
			}
		case sentenceJustBefore(first.Doc.Text, t.Sentence, first.Sentence):
			if before == nil || t.Span.Start > before.Span.Start {
				before = t
			}
		}
	}
	if own != nil {
		return own
	}
	return before
}

// nearer reports whether total a is a better pick than b for parts starting at
// first: one before the parts beats one after them, then the closer one wins.
func nearer(a, b, first *claims.Fact) bool {
	ab, bb := a.Span.End <= first.Span.Start, b.Span.End <= first.Span.Start
	if ab != bb {
		return ab
	}
	return absInt(a.Span.Start-first.Span.Start) < absInt(b.Span.Start-first.Span.Start)
}

// sentenceJustBefore reports whether sentence s ends right before sentence next in
// text: only spaces and at most one line break between them (a blank line ends
// the paragraph).
func sentenceJustBefore(text string, s, next claims.Span) bool {
	if s.End <= s.Start || s.End > next.Start || next.Start > len(text) {
		return false
	}
	gap := text[s.End:next.Start]
	return strings.TrimSpace(gap) == "" && strings.Count(gap, "\n") <= 1
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// orderedItem reports a figure whose subject is one item of a series by its
// place ("The first line accounts for 59.6 billion yuan, the Dong Dang line
// for 21.3 billion …"): a sibling of the parts, not their total.
func orderedItem(t *claims.Fact) bool {
	f := strings.Fields(strings.ToLower(t.Subject))
	return len(f) >= 2 && (f[0] == "first" || ordinalWord(f[0]) || f[0] == "last")
}
