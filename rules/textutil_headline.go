package rules

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Headlines abbreviate by convention: "ties built on sincerity, trust and mutual
// benefit: PM" drops members of a formula and words of a quote to fit. The rules
// that compare wording need to know whether a fact stands in the headline.

// headline returns the span of a document's headline: its first non-blank line
// outside skipped ranges (metadata), when more text follows it. A one-line text
// has no headline: it is the article.
func headline(d *claims.Document) (claims.Span, bool) {
	if d == nil {
		return claims.Span{}, false
	}
	t := d.Text
	for off := 0; off < len(t); {
		nl := strings.IndexByte(t[off:], '\n')
		end := len(t)
		if nl >= 0 {
			end = off + nl
		}
		if strings.TrimSpace(t[off:end]) != "" && !d.Skipped(off) {
			if strings.TrimSpace(t[end:]) == "" {
				return claims.Span{}, false
			}
			return claims.Span{Start: off, End: end}, true
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return claims.Span{}, false
}

// inHeadline reports whether a fact stands in its document's headline: on the
// first non-blank line, in a sentence that starts there, or on a line equal to the
// title of the metadata.
func inHeadline(f *claims.Fact) bool {
	if f == nil || f.Doc == nil {
		return false
	}
	if h, ok := headline(f.Doc); ok {
		if f.Span.Start >= h.Start && f.Span.Start < h.End {
			return true
		}
		if f.Sentence.End > f.Sentence.Start && f.Sentence.Start >= h.Start && f.Sentence.Start < h.End {
			return true
		}
	}
	title := strings.Join(strings.Fields(f.Doc.Meta.Title), " ")
	if title == "" {
		return false
	}
	return strings.Join(strings.Fields(lineAround(f.Doc.Text, f.Span.Start)), " ") == title
}

// lineAround returns the line of text that holds offset off.
func lineAround(t string, off int) string {
	if off < 0 || off > len(t) {
		return ""
	}
	s := strings.LastIndexByte(t[:off], '\n') + 1
	e := strings.IndexByte(t[off:], '\n')
	if e < 0 {
		return t[s:]
	}
	return t[s : off+e]
}
