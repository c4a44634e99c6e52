// Package enum finds announced counts ("six key developments:") with the items
// listed after them, and named lists ("the principles of sincerity, trust and
// mutual benefit").
package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Item is one listed item; Start and End are byte offsets of the whole item, Label
// is its head ("Trade Expansion" for "1. Trade Expansion: ...") or the item text.
type Item struct {
	Start, End int
	Label      string
}

// Announcement is a stated number of items and what was actually listed after it.
type Announcement struct {
	Start, End int    // the announcing phrase ("six key developments")
	Count      int    // the announced number; 0 when unstated ("several directions")
	Noun       string // what is counted, as written ("key developments")
	// Items are the items found after the announcement; Style says how they were
	// written: "numbered", "bullets", "ordinal-paragraphs", "paragraphs", "inline".
	// Listed is false when no list follows (nothing to compare).
	Items  []Item
	Style  string
	Listed bool
}

// NamedList is a list introduced by its name: "the principles of sincerity,
// affection, trust and mutual benefit".
type NamedList struct {
	Start, End int
	Name       string // "principles", "guiding spirit", "three pillars"
	Members    []Item
}

// Announcements returns the announced counts in a document body (whole text, since
// items run over several lines). A count is returned only when something announces
// a list: a colon, "including", a list on the next lines, or an announcing verb
// ("outlined five directions."), in which case Listed may be false. Count 0 means
// the number was not stated ("several key directions"): compare its items, never
// its count.
func Announcements(text string) []Announcement {
	toks := token.Scan(text, nil)
	low := lower(text, toks)
	ls := splitLines(text)
	var out []Announcement
	for i := 0; i < len(toks); i++ {
		c, next, ok := countAt(text, toks, low, i)
		if !ok {
			continue
		}
		i = next - 1
		a := Announcement{Start: c.start, End: c.end, Count: c.n, Noun: c.noun}
		se := sentenceEnd(text, c.end)
		pos, colon := cue(text, toks, low, next, se)
		li := lineOf(ls, c.start)
		endsLine := strings.TrimSpace(text[min(se+1, ls[li].b):ls[li].b]) == ""
		switch {
		case pos >= 0 && colon && strings.TrimSpace(text[pos:ls[li].b]) == "":
			a.Items, a.Style = block(text, ls, li+1)
			if len(a.Items) == 0 && c.n == 0 {
				a.Items, a.Style = paragraphs(text, ls, li+1)
			}
		case pos >= 0:
			if !colon && (c.n == 0 || c.definite) {
				continue // "the two countries, including …" names an example, not the list
			}
			ps, _ := splitList(text, pos, sentenceEnd(text, pos))
			if len(ps) < 2 && (!colon || !c.announced) {
				continue
			}
			if len(ps) >= 2 {
				a.Items, a.Style = items(text, ps), StyleInline
			}
		case endsLine:
			if st, _, _ := marker(text, ls[li]); st != "" || c.definite {
				continue // a count inside a list item, or a reference back
			}
			a.Items, a.Style = block(text, ls, li+1)
			if len(a.Items) == 0 && c.n == 0 && c.announced {
				a.Items, a.Style = paragraphs(text, ls, li+1)
			}
			if len(a.Items) == 0 && !c.announced {
				continue
			}
		case !c.announced:
			continue
		}
		a.Listed = len(a.Items) > 0
		if !a.Listed {
			a.Style = ""
			if c.n == 0 {
				continue // neither a number nor items: nothing to check
			}
		}
		out = append(out, a)
	}
	return out
}

// lower returns the lower-cased text of word tokens ("" for others).
func lower(text string, toks []token.Token) []string {
	low := make([]string, len(toks))
	for i, t := range toks {
		if t.Kind == token.Word {
			low[i] = strings.ToLower(text[t.Start:t.End])
		}
	}
	return low
}

// directives mark a paragraph that states a direction, proposal or duty.
var directives = map[string]bool{
	"should": true, "must": true, "need": true, "needs": true, "urged": true, "urges": true,
	"urging": true, "called": true, "calls": true, "proposed": true, "proposes": true,
	"emphasised": true, "emphasized": true, "emphasising": true, "emphasizing": true,
	"stressed": true, "encouraged": true, "encouraging": true, "suggested": true,
	"recommended": true, "necessary": true, "ought": true, "requires": true,
}

// paragraphs reads the paragraphs after an unnumbered announcement ("outlined
// several key directions."), one item each, while they state directions; a
// heading or a paragraph without a directive word leaves the enumeration.
func paragraphs(text string, ls []line, from int) ([]Item, string) {
	var out []Item
	for k := from; k < len(ls) && len(out) < 12; k++ {
		l := ls[k]
		if blank(text, l) {
			continue
		}
		p := trimPart(text, part{l.a, l.b})
		s := text[p.a:l.b]
		last := strings.TrimRight(s, " \t")
		if !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, "”") && !strings.HasSuffix(last, "\"") {
			break // a heading or caption
		}
		directive := false
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
			if directives[w] {
				directive = true
				break
			}
		}
		if !directive {
			break
		}
		out = append(out, Item{Start: p.a, End: p.b, Label: label(text, p.a, p.b)})
	}
	if len(out) < 2 {
		return nil, ""
	}
	return out, StyleParagraphs
}
