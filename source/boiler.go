package source

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// blockMarkers are lines (compared lower-cased, without markup and trailing
// punctuation) that start a trailing block of a news page that is not the
// article, with the reason recorded for the skip.
var blockMarkers = map[string]string{
	"related articles": "related-news block", "related news": "related-news block",
	"related stories": "related-news block", "related posts": "related-news block",
	"related": "related-news block", "related content": "related-news block",
	"see more": "see-more block", "see also": "see-more block", "read more": "see-more block",
	"read also": "see-more block", "more news": "see-more block", "more stories": "see-more block",
	"you may also like": "see-more block", "you might also like": "see-more block",
	"recommended": "see-more block", "recommended for you": "see-more block",
	"latest articles": "latest-news block", "latest news": "latest-news block",
	"latest": "latest-news block", "latest stories": "latest-news block",
	"trending": "latest-news block", "trending now": "latest-news block",
	"most read": "latest-news block", "most popular": "latest-news block",
	"popular posts": "latest-news block", "editor's picks": "latest-news block",
	"leave a reply": "comments block", "leave a comment": "comments block",
	"comments": "comments block", "post a comment": "comments block",
	"share this article": "share block", "share this": "share block",
}

// prefixMarkers start a trailing block when a line begins with them.
var prefixMarkers = map[string]string{
	"tags:": "tags block", "keywords:": "tags block", "topics:": "tags block",
	"more from ": "see-more block",
}

// normMarker lower-cases a line and strips Markdown markup and the punctuation
// that decorates section headings ("## Related news:", "» See more").
func normMarker(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimLeft(s, "#*_>»›|-–— \t")
	s = strings.TrimRight(s, "#*_:.»›>|-–—… \t")
	return strings.ReplaceAll(s, "’", "'")
}

// markerReason tells whether a line starts a trailing non-article block.
func markerReason(s string, extra []string) (string, bool) {
	if len(s) > 200 {
		s = s[:200] // markers are short; only the start of a long line matters
	}
	n := normMarker(s)
	if r, ok := blockMarkers[n]; ok {
		return r, true
	}
	low := strings.ToLower(strings.TrimSpace(s))
	for p, r := range prefixMarkers {
		if strings.HasPrefix(low, p) && len(low) > len(p) {
			return r, true
		}
	}
	for _, m := range extra {
		m = strings.ToLower(strings.TrimSpace(m))
		if m != "" && (n == normMarker(m) || strings.HasPrefix(low, m)) {
			return "boilerplate", true
		}
	}
	return "", false
}

// boilerplate finds the ranges of text that are page furniture rather than the
// article: trailing blocks after a marker line, weather widgets, teasers of other
// stories, reference lines and photo captions. Lines before first are metadata.
func boilerplate(text string, lines []line, first int, title string, extra []string) []claims.Skip {
	var skips []claims.Skip
	prose := false // an article line was seen: a marker above the article is a menu
	for i := first; i < len(lines); i++ {
		t := lines[i].trimmed(text)
		if to, ok := readMoreLine(text, lines, i); ok {
			skips = append(skips, lineSkip(lines, i, to, "see-more link"))
			i = to
			continue
		}
		if r, ok := markerReason(t, extra); ok {
			if prose {
				skips = append(skips, claims.Skip{Start: lines[i].Start, End: len(text), Reason: r})
				break
			}
			skips = append(skips, lineSkip(lines, i, i, r))
			continue
		}
		if len(t) >= 60 {
			prose = true
		}
	}
	skips = append(skips, weatherWidgets(text, lines, first)...)
	skips = append(skips, teasers(text, lines, first)...)
	skips = append(skips, lineKinds(text, lines, first, title)...)
	return skips
}

// lineKinds skips single lines: photo captions and credits, image file names,
// repeats of the title or of an earlier line, reference lists, one-line
// pointers to related stories and markets tickers.
func lineKinds(text string, lines []line, first int, title string) []claims.Skip {
	var skips []claims.Skip
	seen := map[string]bool{}
	if title = strings.TrimSpace(title); title != "" {
		seen[title] = true
	}
	firstText := true
	for i := first; i < len(lines); i++ {
		t := lines[i].trimmed(text)
		if t == "" {
			continue
		}
		reason := ""
		switch {
		case isCaption(t):
			reason = "caption"
		case seen[t] && (len(t) >= 30 || t == title):
			reason = "caption" // a repeated title or line: alt text or a caption
		case isReferences(t, text, lines, i):
			reason = "references"
		case relatedLine(t):
			reason = "related link"
		case tickerLine(t):
			reason = "ticker"
		}
		if len(t) >= 30 || firstText {
			seen[t] = true
		}
		firstText = false
		if reason != "" {
			skips = append(skips, lineSkip(lines, i, i, reason))
		}
	}
	return skips
}

// isCaption reports whether a line is a photo caption or credit: it ends with
// "(Photo: VNA)" or "VNA/VNS Photo", starts with "Photo:", or is an image file name.
func isCaption(t string) bool {
	low := strings.ToLower(t)
	if strings.HasSuffix(low, ")") {
		if k := strings.LastIndex(low, "("); k >= 0 {
			in := strings.TrimSpace(low[k+1:])
			for _, p := range []string{"photo", "image", "ảnh", "file photo"} {
				if strings.HasPrefix(in, p) {
					return true
				}
			}
		}
	}
	words := strings.Fields(t)
	if len(words) <= 60 && (trailingCredit(t) || parenCredit(low)) {
		return true
	}
	if len(words) <= 12 {
		for _, p := range []string{"photo:", "photos:", "photo by ", "image:", "ảnh:", "photo credit"} {
			if strings.HasPrefix(low, p) {
				return true
			}
		}
	}
	if len(words) == 1 && isImageFile(low) {
		return true
	}
	// "… on Monday. VNA/VNS Photo": a short credit ends the line.
	if n := len(words); n >= 2 && strings.TrimRight(words[n-1], ".") == "Photo" {
		credit := t[strings.LastIndex(t, ". ")+1:]
		return len(strings.Fields(credit)) <= 4
	}
	return false
}

// isImageFile reports whether a single word is an image file name.
func isImageFile(w string) bool {
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"} {
		if strings.HasSuffix(w, ext) && len(w) > len(ext) {
			return true
		}
	}
	return false
}

// isReferences reports whether line i is a numbered source list such as
// "[1] Outlet: title[2] Outlet: title", or one line of a run of "[n] …" lines.
func isReferences(t, text string, lines []line, i int) bool {
	if !refStart(t) {
		return false
	}
	if strings.Contains(t[3:], "[2]") || strings.Contains(t[3:], "]") && strings.Count(t, "[") >= 2 {
		return true
	}
	near := func(j int) bool { return j >= 0 && j < len(lines) && refStart(lines[j].trimmed(text)) }
	return near(i-1) || near(i+1)
}

// refStart reports whether t starts with a bracketed number such as "[1]".
func refStart(t string) bool {
	if len(t) < 4 || t[0] != '[' {
		return false
	}
	j := 1
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	return j > 1 && j < 5 && j < len(t) && t[j] == ']'
}
