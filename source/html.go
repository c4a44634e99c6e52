package source

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/claimcheck/claimcheck/claims"
)

// dropped are elements whose content is not article text.
var dropped = map[string]bool{
	"script": true, "style": true, "nav": true, "header": true, "footer": true, "aside": true,
	"form": true, "noscript": true, "template": true, "svg": true, "iframe": true,
	"button": true, "select": true, "textarea": true, "head": true, "object": true,
}

// blocks are elements that end a paragraph (two newlines) or a line (one).
var blocks = map[string]int{
	"p": 2, "div": 2, "section": 2, "article": 2, "main": 2, "blockquote": 2, "pre": 2,
	"h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2, "ul": 2, "ol": 2, "dl": 2,
	"table": 2, "figure": 2, "figcaption": 1, "hr": 2, "address": 2, "details": 2,
	"summary": 1, "br": 1, "li": 1, "tr": 1, "dt": 1, "dd": 1, "caption": 1,
	"td": 0, "th": 0, "body": 2, "html": 2,
}

// reduced is an HTML file reduced to text.
type reduced struct {
	text   strings.Builder
	pieces []claims.Piece
	skips  []claims.Skip
	meta   metaFields
	title  strings.Builder

	breaks  int    // newlines owed before the next text
	space   bool   // a space owed before the next text
	spaceAt int    // raw offset of the ' ' that owes the space, or -1
	marker  string // list marker owed before the next text
	lists   []int  // open lists: -1 for <ul>, else the next <ol> number
	drop    string // the dropped element we are inside, if any
	depth   int    // nesting of drop inside itself
	inTitle bool
	caption int // start of the open <figcaption> in text, captionPending or -1
}

// captionPending marks a <figcaption> whose text has not started yet.
const captionPending = -2

// reduceHTML turns HTML into text with pieces mapping every text byte to the raw
// byte it came from. Markup, dropped elements and comments leave no text.
func reduceHTML(raw string) *reduced {
	r := &reduced{caption: -1}
	z := xhtml.NewTokenizer(strings.NewReader(raw))
	off := 0
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		rawTok := z.Raw()
		start := off
		off += len(rawTok)
		switch tt {
		case xhtml.TextToken:
			switch {
			case r.inTitle:
				r.title.WriteString(html.UnescapeString(string(rawTok)))
			case r.drop == "":
				r.addText(raw[start:off], start)
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			r.startTag(z, string(name), hasAttr, tt == xhtml.SelfClosingTagToken)
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			r.endTag(string(name))
		}
	}
	return r
}

// startTag handles an opening tag: metadata, dropped elements, breaks and markers.
func (r *reduced) startTag(z *xhtml.Tokenizer, name string, hasAttr, selfClosing bool) {
	if hasAttr && (name == "meta" || name == "time" || name == "link") {
		r.metaTag(z, name)
	}
	if name == "title" && !selfClosing && r.drop == "" || name == "title" && r.drop == "head" {
		r.inTitle = true
		return
	}
	if r.drop != "" {
		if name == r.drop && !selfClosing {
			r.depth++
		}
		return
	}
	if dropped[name] && !selfClosing {
		r.drop, r.depth = name, 1
		return
	}
	r.listBlock(name)
	switch name {
	case "ul":
		r.lists = append(r.lists, -1)
	case "ol":
		r.lists = append(r.lists, 1)
	case "li":
		r.marker = "- "
		if n := len(r.lists); n > 0 && r.lists[n-1] > 0 {
			r.marker = strconv.Itoa(r.lists[n-1]) + ". "
			r.lists[n-1]++
		}
	case "figcaption":
		r.caption = captionPending
	}
}

// endTag closes dropped elements, lists and captions.
func (r *reduced) endTag(name string) {
	if name == "title" {
		r.inTitle = false
		return
	}
	if r.drop != "" {
		if name == r.drop {
			if r.depth--; r.depth == 0 {
				r.drop = ""
			}
		}
		return
	}
	switch name {
	case "ul", "ol":
		if n := len(r.lists); n > 0 {
			r.lists = r.lists[:n-1]
		}
	}
	r.listBlock(name)
	switch name {
	case "figcaption":
		if r.caption >= 0 && r.text.Len() > r.caption {
			r.skips = append(r.skips, claims.Skip{Start: r.caption, End: r.text.Len(), Reason: "caption"})
		}
		r.caption = -1
	}
}

// listBlock is block, except that a list nested in a list item only breaks the line.
func (r *reduced) listBlock(name string) {
	if (name == "ul" || name == "ol") && len(r.lists) > 0 {
		r.breaks = max(r.breaks, 1)
		return
	}
	r.block(name)
}

// block owes the newlines of a block element boundary.
func (r *reduced) block(name string) {
	if n := blocks[name]; n > r.breaks {
		r.breaks = n
	} else if n == 0 && (name == "td" || name == "th") && !r.space {
		r.space, r.spaceAt = true, -1
	}
}

// metaTag reads publication metadata from <meta>, <time datetime> and <link rel=canonical>.
func (r *reduced) metaTag(z *xhtml.Tokenizer, name string) {
	attrs := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		attrs[string(k)] = string(v)
		if !more {
			break
		}
	}
	key := strings.ToLower(attrs["property"] + attrs["name"] + attrs["itemprop"])
	switch {
	case name == "time" && attrs["datetime"] != "" && r.meta.Published == "":
		r.meta.Published = attrs["datetime"]
	case name == "link" && strings.EqualFold(attrs["rel"], "canonical") && r.meta.URL == "":
		r.meta.URL = attrs["href"]
	case name != "meta":
	case key == "article:published_time" || key == "datepublished" || key == "pubdate" || key == "date":
		r.meta.Published = attrs["content"]
	case key == "og:site_name" && r.meta.Outlet == "":
		r.meta.Outlet = attrs["content"]
	case key == "og:url" && r.meta.URL == "":
		r.meta.URL = attrs["content"]
	case key == "og:title" && r.meta.Title == "":
		r.meta.Title = attrs["content"]
	}
}

// flush writes what is owed before new text: breaks or a space, then a list marker.
func (r *reduced) flush() {
	if r.text.Len() > 0 {
		switch {
		case r.breaks > 0:
			r.text.WriteString("\n\n"[:r.breaks])
		case r.space && r.spaceAt >= 0:
			r.copy(" ", r.spaceAt) // keeps pieces whole across words
		case r.space:
			r.text.WriteByte(' ')
		}
	}
	r.breaks, r.space = 0, false
	if r.caption == captionPending {
		r.caption = r.text.Len()
	}
	if r.marker != "" {
		r.text.WriteString(r.marker)
		r.marker = ""
	}
}

// addText appends a raw text token starting at rawOff: white space runs collapse
// to one space, entities are decoded, and every copied byte gets a piece.
func (r *reduced) addText(s string, rawOff int) {
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(c):
			if !r.space {
				r.spaceAt = -1
				if c == ' ' {
					r.spaceAt = rawOff + i
				}
			}
			r.space = true
			i += size
		case c == '&':
			n, dec := entity(s[i:])
			if strings.TrimSpace(dec) == "" {
				if !r.space {
					r.spaceAt = -1
				}
				r.space = true
			} else {
				r.flush()
				r.copy(dec, rawOff+i)
			}
			i += n
		default:
			j := i + size
			for j < len(s) {
				c, n := utf8.DecodeRuneInString(s[j:])
				if c == '&' || unicode.IsSpace(c) {
					break
				}
				j += n
			}
			r.flush()
			r.copy(s[i:j], rawOff+i)
			i = j
		}
	}
}

// copy appends s, taken from raw offset rawOff, with its piece.
func (r *reduced) copy(s string, rawOff int) {
	t := r.text.Len()
	r.text.WriteString(s)
	if n := len(r.pieces); n > 0 {
		p := &r.pieces[n-1]
		if p.TextStart+p.Len == t && p.RawStart+p.Len == rawOff {
			p.Len += len(s)
			return
		}
	}
	r.pieces = append(r.pieces, claims.Piece{TextStart: t, RawStart: rawOff, Len: len(s)})
}

// entity decodes the character reference at the start of s ("&amp;", "&#8217;",
// "&nbsp") and returns how many bytes it used; a lone '&' stays itself.
func entity(s string) (int, string) {
	j := 1
	for j < len(s) && j < 40 && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '#') {
		j++
	}
	if j < len(s) && s[j] == ';' || len(s) > 1 && s[1] == '#' {
		if j < len(s) && s[j] == ';' {
			j++
		}
		if dec := html.UnescapeString(s[:j]); dec != s[:j] {
			return j, dec
		}
		return 1, "&"
	}
	// A legacy reference without ';' ("&ampx"): the shortest name that decodes.
	for n := 3; n <= j; n++ {
		if dec := html.UnescapeString(s[:n]); dec != s[:n] {
			return n, dec
		}
	}
	return 1, "&"
}
