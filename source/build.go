package source

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// datelineLines is how many lines at the top may hold a dateline.
const datelineLines = 8

// format is how a file's bytes become text.
type format int

const (
	plainText format = iota
	markdown
	htmlPage
)

// formatOf picks the format from the extension; other extensions and stdin are
// text unless the bytes start like an HTML page.
func formatOf(path string, data []byte) format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return htmlPage
	case ".md", ".markdown":
		return markdown
	case ".txt":
		return plainText
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return htmlPage
	}
	return plainText
}

// build turns checked bytes into a document.
func (l *loader) build(path string, data []byte) (*claims.Document, error) {
	if e := checkBytes(path, data); e != nil {
		return nil, e
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // editors do not count the BOM as a column
	doc := &claims.Document{Path: path, Raw: string(data)}
	var metaErr error
	fromManifest := l.manifestFor(path)[filepath.Base(path)]
	if formatOf(path, data) == htmlPage {
		if e := buildHTML(doc, l.opt.ExtraBoilerplate); e != nil {
			return nil, e
		}
	} else {
		metaErr = buildText(doc, l.opt.ExtraBoilerplate)
	}
	if err := fromManifest.apply(&doc.Meta, "manifest"); err != nil && metaErr == nil {
		metaErr = newError(path, "manifest entry", err)
	}
	if doc.Meta.Published.IsZero() {
		if t := findDateline(doc.Text, datelineLines, doc.Skipped); !t.IsZero() {
			doc.Meta.Published, doc.Meta.DateFrom = t, "dateline"
		}
	}
	doc.Skips = mergeSkips(doc.Skips)
	if allSkipped(doc) {
		return doc, &Error{Path: path, Reason: "no article text (all of it is metadata, markup or boilerplate)"}
	}
	return doc, metaErr
}

// buildText fills a plain-text or Markdown document: Text is Raw.
func buildText(doc *claims.Document, extra []string) error {
	doc.Text = doc.Raw
	text := doc.Text
	lines := splitLines(text)
	var metaErr error
	first := 0
	fields, end, err := frontMatter(text, lines)
	from := "front-matter"
	if err != nil {
		metaErr = newError(doc.Path, "invalid front matter", err)
	}
	if end == 0 {
		fields, end = headerLines(text, lines)
		from = "header"
	}
	if end > 0 {
		doc.Skips = append(doc.Skips, claims.Skip{Start: 0, End: end, Reason: "metadata"})
		for first < len(lines) && lines[first].Start < end {
			first++
		}
		if err := fields.apply(&doc.Meta, from); err != nil && metaErr == nil {
			metaErr = newError(doc.Path, "metadata", err)
		}
	}
	title := doc.Meta.Title
	ds := findDirectives(doc.Raw, lines, true)
	for _, d := range ds {
		doc.Skips = append(doc.Skips, claims.Skip{Start: d.Start, End: d.End, Reason: "directive"})
	}
	doc.Suppressions = suppressions(ds, doc.Raw, lines)
	doc.Skips = append(doc.Skips, comments(text, first, lines)...)
	doc.Skips = append(doc.Skips, boilerplate(text, lines, first, title, extra)...)
	return metaErr
}

// buildHTML reduces an HTML document to text with pieces, metadata and
// suppressions from its comments.
func buildHTML(doc *claims.Document, extra []string) *Error {
	r := reduceHTML(doc.Raw)
	doc.Text = r.text.String()
	doc.Pieces = r.pieces
	if doc.Pieces == nil {
		doc.Pieces = []claims.Piece{}
	}
	if strings.TrimSpace(doc.Text) == "" {
		return &Error{Path: doc.Path, Reason: "no text after removing markup"}
	}
	fields := r.meta
	if t := strings.Join(strings.Fields(r.title.String()), " "); t != "" {
		fields.Title = t
	}
	// A bad date in a meta tag is not worth failing the page over: the manifest
	// or the dateline may still date it.
	_ = fields.apply(&doc.Meta, "html-meta")
	doc.Skips = append(doc.Skips, r.skips...)
	doc.Skips = append(doc.Skips, boilerplate(doc.Text, splitLines(doc.Text), 0, doc.Meta.Title, extra)...)
	rawLines := splitLines(doc.Raw)
	doc.Suppressions = suppressions(findDirectives(doc.Raw, rawLines, false), doc.Raw, rawLines)
	return nil
}

// comments skips the HTML comments of a text or Markdown file: they are not
// article text ("<!-- want … -->" expectations, editor notes).
func comments(text string, first int, lines []line) []claims.Skip {
	var out []claims.Skip
	from := 0
	if first > 0 && first <= len(lines) {
		from = lines[first-1].Next
	}
	for from < len(text) {
		i := strings.Index(text[from:], "<!--")
		if i < 0 {
			break
		}
		i += from
		j := strings.Index(text[i+4:], "-->")
		if j < 0 {
			break
		}
		j += i + 4 + 3
		out = append(out, claims.Skip{Start: i, End: j, Reason: "comment"})
		from = j
	}
	return out
}

// mergeSkips sorts skips and folds overlapping ones into the earlier one.
func mergeSkips(skips []claims.Skip) []claims.Skip {
	if len(skips) == 0 {
		return nil
	}
	sort.SliceStable(skips, func(i, j int) bool { return skips[i].Start < skips[j].Start })
	out := skips[:1]
	for _, s := range skips[1:] {
		last := &out[len(out)-1]
		if s.Start < last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// allSkipped reports whether every non-space byte of the text is skipped.
func allSkipped(doc *claims.Document) bool {
	pos := 0
	for _, s := range doc.Skips {
		if strings.TrimSpace(doc.Text[pos:max(pos, s.Start)]) != "" {
			return false
		}
		pos = max(pos, s.End)
	}
	return strings.TrimSpace(doc.Text[min(pos, len(doc.Text)):]) == ""
}

// sortStrings sorts in place.
func sortStrings(s []string) { sort.Strings(s) }
