package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// relatedLabels are the labels of a one-line pointer to other stories
// ("*Related: Chip exports rise 20%*", "> See also: …"), compared lower-cased
// without markup.
var relatedLabels = map[string]bool{
	"related": true, "related story": true, "related stories": true, "related article": true,
	"related articles": true, "related news": true, "related coverage": true,
	"related content": true, "related reading": true, "related links": true, "related link": true,
	"see also": true, "read more": true, "read also": true, "also read": true,
	"further reading": true, "more coverage": true, "more stories": true, "more news": true,
	"recommended": true, "editor's picks": true, "also on": true, "don't miss": true,
}

// relatedPrefixes open labels that name the topic: "More on the typhoon:".
var relatedPrefixes = []string{"more on ", "more about ", "more from ", "related to ", "more coverage of ", "also on "}

// markupCut are the characters Markdown wraps around labels and lines.
const markupCut = "*_>#»›~ \t"

// relatedLine reports whether a line points to other stories: a related-stories
// label followed by headlines, or a line made only of links. Such a line sits
// between paragraphs; only the line itself is furniture.
func relatedLine(t string) bool {
	if len(t) > 400 || t == "" {
		return false
	}
	if linkOnly(t) {
		return true
	}
	body := strings.TrimLeft(t, markupCut+"-–—")
	colon := strings.IndexByte(body, ':')
	if colon <= 0 || colon > 60 {
		return false
	}
	label := strings.ToLower(strings.Trim(body[:colon], markupCut))
	label = strings.ReplaceAll(label, "’", "'")
	rest := strings.TrimSpace(strings.Trim(body[colon+1:], markupCut))
	if rest == "" || len(strings.Fields(rest)) > 40 {
		return false
	}
	if relatedLabels[label] {
		return true
	}
	for _, p := range relatedPrefixes {
		if strings.HasPrefix(label, p) && len(strings.Fields(label)) <= 7 {
			// A plain "More on that: …" sentence is prose; the label must be
			// set off by markup or be followed by headlines, not a sentence.
			return body != t || strings.HasPrefix(body[colon+1:], "*") || strings.HasPrefix(body[colon+1:], "_") ||
				!strings.ContainsAny(rest[len(rest)-1:], ".!?\"”")
		}
	}
	return false
}

// linkOnly reports whether a line holds only Markdown links ("[Title](url)")
// or bare URLs, with list markers and separators between them.
func linkOnly(t string) bool {
	links := 0
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '[':
			shut := strings.Index(t[i:], "](")
			if shut < 0 {
				return false
			}
			end := strings.IndexByte(t[i+shut:], ')')
			if end < 0 {
				return false
			}
			i += shut + end + 1
			links++
		case strings.HasPrefix(t[i:], "http://") || strings.HasPrefix(t[i:], "https://"):
			for i < len(t) && t[i] != ' ' && t[i] != '\t' {
				i++
			}
			links++
		case strings.IndexByte(" \t*_>|,;/-•·–—", c) >= 0 && c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRuneInString(t[i:])
			if r != '·' && r != '•' && r != '–' && r != '—' && r != '|' {
				return false
			}
			i += n
		}
	}
	return links > 0
}

// tickerLine reports whether a line is a markets ticker: several "NAME number"
// pairs ("VN-Index 1,652.3 (+0.8%) · USD/VND 26,310", "KOSPI 2,593 | Nikkei
// 38,200") with no lower-case words, no commas between the pairs and a sign of a
// ticker: a separator, a signed change or index-like names (capitals, slashes).
func tickerLine(t string) bool {
	if len(t) > 300 || len(t) < 8 || strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
		return false // a Markdown table row is data, not furniture
	}
	pairs, strong, seps := 0, 0, 0
	name := false
	for _, w := range strings.FieldsFunc(t, tickerSpace) {
		switch {
		case w == "·" || w == "|" || w == "•" || w == "/" || w == "-" || w == "–" || w == "—":
			seps++
			name = false
		case tickerNumber(w):
			if name {
				pairs++
			}
			name = false
			if strings.ContainsAny(w[:1], "+-(▲▼↑↓") || strings.ContainsRune(w, '▲') || strings.ContainsRune(w, '▼') {
				strong++
			}
		default:
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) || strings.ContainsAny(w, ",;:.!?") && !strings.Contains(w, "&") {
				return false // prose words end the guess
			}
			if strings.ContainsRune(w, '/') || capsRun(w) {
				strong++
			}
			name = true
		}
	}
	return pairs >= 2 && (seps > 0 || strong >= 2)
}

// tickerSpace splits a ticker into words; · and | also split when written
// without spaces.
func tickerSpace(r rune) bool { return unicode.IsSpace(r) }

// tickerNumber reports a figure of a ticker: 1,652.3, +0.8%, (-1.2%), ▲0.4.
func tickerNumber(w string) bool {
	w = strings.Trim(w, "()[]")
	w = strings.TrimLeft(w, "+-−▲▼↑↓")
	w = strings.TrimRight(w, "%▲▼↑↓")
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return isDigit(w[0]) && isDigit(w[len(w)-1])
}

// capsRun reports two capitals in a row, as in KOSPI, VN-Index or S&P.
func capsRun(w string) bool {
	up := 0
	for _, r := range w {
		if unicode.IsUpper(r) || r == '&' {
			if up++; up >= 2 {
				return true
			}
			continue
		}
		up = 0
	}
	return false
}
