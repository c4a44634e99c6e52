// Package claims holds what a source says: the Document with its positions, the
// typed Facts extracted from it, and the Index that groups facts for the rules.
package claims

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Meta is what is known about a source besides its text.
type Meta struct {
	Published time.Time // zero when undated
	Outlet    string
	URL       string
	Title     string
	// DateFrom says where Published came from: "front-matter", "header", "manifest", "dateline" or "".
	DateFrom string
}

// Skip is a byte range of Document.Text that is not article text (boilerplate,
// metadata, a related-news block); extraction produces no facts inside it.
type Skip struct {
	Start, End int
	Reason     string
}

// Piece maps Text[TextStart:TextStart+Len] to Raw[RawStart:RawStart+Len]. Documents
// whose text was reduced from markup (HTML) carry pieces so positions point into Raw.
type Piece struct {
	TextStart, RawStart, Len int
}

// Suppression is an inline directive found in a source that silences a rule.
type Suppression struct {
	Rule   string // rule ID, or "" for all rules
	Reason string
	// FromLine and ToLine are the 1-based lines of Raw the directive covers, inclusive.
	FromLine, ToLine int
	// Line is where the directive itself stands.
	Line int
}

// Document is one source: the file as read, the text that is analysed, and its metadata.
type Document struct {
	Path   string // as given on the command line ("-" for stdin)
	Raw    string // the file as read
	Text   string // the analysed text; equal to Raw for plain text and Markdown
	Pieces []Piece
	Meta   Meta
	Skips  []Skip
	// Suppressions are the inline claimcheck-disable directives of the source.
	Suppressions []Suppression

	lineStarts []int // byte offsets in Raw where each line starts
}

// Span is a byte range of a document's Text. It is the truth; positions derive from it.
type Span struct {
	Start, End int
}

// Position is a 1-based place in a source file; Column counts Unicode code points.
type Position struct {
	File               string
	Line, Column       int
	EndLine, EndColumn int
}

// RawOffset maps an offset in Text to the offset in Raw it came from.
func (d *Document) RawOffset(off int) int {
	if d.Pieces == nil {
		return off
	}
	i := sort.Search(len(d.Pieces), func(i int) bool {
		return d.Pieces[i].TextStart+d.Pieces[i].Len > off
	})
	if i == len(d.Pieces) {
		if i == 0 {
			return 0
		}
		p := d.Pieces[i-1]
		return p.RawStart + p.Len
	}
	p := d.Pieces[i]
	if off < p.TextStart {
		return p.RawStart
	}
	return p.RawStart + off - p.TextStart
}

// LineCol returns the 1-based line and code-point column of a Raw offset.
func (d *Document) LineCol(raw int) (line, col int) {
	if d.lineStarts == nil {
		d.lineStarts = append(d.lineStarts, 0)
		for i := 0; i < len(d.Raw); i++ {
			if d.Raw[i] == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	}
	if raw > len(d.Raw) {
		raw = len(d.Raw)
	}
	if raw < 0 {
		raw = 0
	}
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > raw }) - 1
	return i + 1, utf8.RuneCountInString(d.Raw[d.lineStarts[i]:raw]) + 1
}

// Position returns the file position of a span of Text. EndColumn is exclusive
// of the last character, i.e. it points just after it.
func (d *Document) Position(s Span) Position {
	l, c := d.LineCol(d.RawOffset(s.Start))
	end := s.End
	el, ec := d.LineCol(d.rawEnd(end))
	return Position{File: d.Path, Line: l, Column: c, EndLine: el, EndColumn: ec}
}

// rawEnd maps an exclusive end offset, so a span ending at a piece boundary stays
// in its own piece.
func (d *Document) rawEnd(end int) int {
	if d.Pieces == nil || end == 0 {
		return end
	}
	return d.RawOffset(end-1) + 1
}

// Line returns the 1-based line in Raw of a Text offset.
func (d *Document) Line(off int) int {
	l, _ := d.LineCol(d.RawOffset(off))
	return l
}

// Skipped reports whether the Text offset lies in a skipped range.
func (d *Document) Skipped(off int) bool {
	for _, s := range d.Skips {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}
