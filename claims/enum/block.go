package enum

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/numword"
)

// The list styles of an Announcement.
const (
	StyleNumbered   = "numbered"
	StyleBullets    = "bullets"
	StyleOrdinal    = "ordinal-paragraphs"
	StyleParagraphs = "paragraphs"
	StyleInline     = "inline"
)

// line is one line of text, [a, b) without its line break.
type line struct{ a, b int }

func splitLines(text string) []line {
	return appendLines(make([]line, 0, strings.Count(text, "\n")+1), text)
}

// appendLines appends the lines of text to out.
func appendLines(out []line, text string) []line {
	a := 0
	for {
		if a < len(text) && text[a] == '\n' {
			// The empty line between paragraphs: no search to find its end.
			out = append(out, line{a, a})
			a++
			continue
		}
		k := strings.IndexByte(text[a:], '\n')
		if k < 0 {
			break
		}
		out = appendLine(out, text, a, a+k)
		a += k + 1
	}
	return append(out, line{a, len(text)})
}

// appendLine appends the line [a, nl) before a line break at nl, without
// the carriage return of a CRLF.
func appendLine(out []line, text string, a, nl int) []line {
	b := nl
	if b > a && text[b-1] == '\r' {
		b--
	}
	return append(out, line{a, b})
}

func blank(text string, l line) bool {
	if l.a == l.b {
		return true // the empty line between paragraphs
	}
	if c := text[l.a]; c < utf8.RuneSelf && !asciiSpace[c] {
		return false // most lines: a visible first byte
	}
	return strings.TrimSpace(text[l.a:l.b]) == ""
}

// indent returns the offset of the first non-space byte of l.
func indent(text string, l line) int {
	i := l.a
	for i < l.b && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// marker reads a list marker at the start of l: "1. ", "2) ", "(3) ", "- ",
// "• ", "First: ". It returns the style, the item number (0 for bullets) and
// where the item text starts; style "" when l starts no item.
func marker(text string, l line) (style string, num, body int) {
	i := indent(text, l)
	s := text[i:l.b]
	j := 0
	paren := strings.HasPrefix(s, "(")
	if paren {
		j = 1
	}
	n := 0
	for j < len(s) && j < 4 && s[j] >= '0' && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if n > 0 && j < len(s) {
		closeOK := (!paren && (s[j] == '.' || s[j] == ')')) || (paren && s[j] == ')')
		if closeOK && j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == '\t') {
			return StyleNumbered, n, i + j + 2
		}
	}
	if len(s) == 0 {
		return "", 0, 0
	}
	switch s[0] {
	case '-', '*', 0xc2, 0xe2: // the first bytes of the bullets
		for _, b := range bullets {
			if strings.HasPrefix(s, b) {
				return StyleBullets, 0, i + len(b)
			}
		}
	}
	if !isUpperByte(s[0]) {
		return "", 0, 0 // an ordinal marker is capitalised: most lines stop here
	}
	w := 0
	for w < len(s) && (s[w]|0x20 >= 'a' && s[w]|0x20 <= 'z') {
		w++
	}
	if w > 0 && w+1 < len(s) && s[w] == '-' && s[w+1]|0x20 >= 'a' && s[w+1]|0x20 <= 'z' {
		return "", 0, 0 // "First-half revenue was …": a compound word, no marker
	}
	if w > 0 && w < len(s) && strings.ContainsRune(":,.–-", rune(s[w])) || w > 0 && strings.HasPrefix(s[w:], " –") {
		// Ordinal folds case itself; the letters are ASCII.
		word := s[:w]
		if w >= 2 && word[w-2]|0x20 == 'l' && word[w-1]|0x20 == 'y' {
			word = word[:w-2] // "Firstly"
		}
		if v, ok := numword.Ordinal(word); ok {
			k := w + 1
			for k < len(s) && (s[k] == ' ' || s[k] == '-' || s[k] == ':') {
				k++
			}
			return StyleOrdinal, v, i + k
		}
	}
	return "", 0, 0
}

// bullets are the bullet markers, each with the space after it.
var bullets = [...]string{"- ", "* ", "• ", "– ", "· ", "▪ "}

// indexSep returns the offset of the first separator of a label in s: ": "
// for mark ":", else the mark between spaces (" – "), or -1. It looks for
// the mark, which is rare, rather than for the spaces, which are not.
func indexSep(s, mark string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], mark)
		if k < 0 {
			return -1
		}
		k += from
		if mark == ":" {
			if k+1 < len(s) && s[k+1] == ' ' {
				return k
			}
		} else if k > 0 && s[k-1] == ' ' && k+len(mark) < len(s) && s[k+len(mark)] == ' ' {
			return k - 1
		}
		from = k + 1
	}
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// block reads the list that starts on the first non-blank line at or after from:
// numbered lines, bullets or "First: … Second: …" paragraphs, numbered from one.
// It stops at the first non-blank line that neither continues the current item
// (deeper indent, no blank line before) nor starts the next one.
func block(text string, ls []line, from int) ([]Item, string) {
	k := from
	for k < len(ls) && k < from+3 && blank(text, ls[k]) {
		k++
	}
	if k >= len(ls) {
		return nil, ""
	}
	style, num, _ := marker(text, ls[k])
	if style == "" || (style != StyleBullets && num != 1) {
		return nil, ""
	}
	// The items are gathered on the stack and copied out once: most lists
	// are short, and growing a slice item by item cost an allocation each
	// doubling.
	var buf [16]Item
	out := buf[:0]
	itemIndent, next, lastBlank := 0, 1, false
	for ; k < len(ls); k++ {
		l := ls[k]
		if blank(text, l) {
			lastBlank = true
			continue
		}
		st, n, body := marker(text, l)
		if st == style && (style == StyleBullets || n == next) {
			end := trimPart(text, part{body, l.b})
			out = append(out, Item{Start: end.a, End: end.b})
			itemIndent, next, lastBlank = indent(text, l)-l.a, next+1, false
			continue
		}
		if !lastBlank && st == "" && indent(text, l)-l.a > itemIndent && style != StyleOrdinal {
			end := trimPart(text, part{indent(text, l), l.b})
			out[len(out)-1].End = end.b
			continue
		}
		break
	}
	if len(out) == 0 {
		return nil, style
	}
	for i := range out {
		out[i].Label = label(text, out[i].Start, out[i].End)
	}
	return slices.Clone(out), style
}

// label is an item's head: the text before a colon or dash when short ("Trade
// Expansion" of "Trade Expansion: Two-way trade …"), else its first sentence.
func label(text string, a, b int) string {
	s := text[a:b]
	for _, sep := range [...]string{":", "–", "-", "—"} {
		if k := indexSep(s, sep); k > 0 && wordsUpTo(s[:k], 9) <= 8 {
			return strings.TrimSpace(s[:k])
		}
	}
	// The first sentence, read across the item's continuation lines.
	p := trimPart(text, part{a, firstSentenceEnd(text, a, b)})
	return oneSpaced(text[p.a:p.b])
}

// firstSentenceEnd returns the first offset i in [a, b-1) of a '.', '!' or
// '?' followed by a space or a line break, or b. It looks for each mark
// with IndexByte, before the first end found so far, rather than at every
// byte.
func firstSentenceEnd(text string, a, b int) int {
	e := b
	for _, m := range [...]byte{'.', '!', '?'} {
		// A mark at e-1 is followed by the mark at e (when e < b): no end.
		for from := a; from+1 < e; {
			k := strings.IndexByte(text[from:e-1], m)
			if k < 0 {
				break
			}
			if i := from + k; text[i+1] == ' ' || text[i+1] == '\n' {
				e = i
				break
			}
			from += k + 1
		}
	}
	return e
}

// oneSpaced returns strings.Join(strings.Fields(s), " "): s itself, with no
// copy, when its words are already parted by single spaces, as most labels are.
func oneSpaced(s string) string {
	if s == "" {
		return s
	}
	for i := 0; i < len(s); {
		c := s[i]
		if plainByte[c] {
			i++ // most bytes: visible ASCII
			continue
		}
		if c == ' ' {
			// Every other space has sent s to Fields already, so the byte
			// before tells whether this one is leading or doubled.
			if i == 0 || s[i-1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return strings.Join(strings.Fields(s), " ") // a tab or a line break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		i += n
	}
	if s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

// plainByte marks the ASCII bytes that are not white space.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c]
	}
	return t
}()

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
