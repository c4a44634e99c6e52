package source

import "strings"

// readMoreLabels open a one-line link to another story ("Read more: Port opens
// new berth"); such a line is a link, not the start of a trailing block.
var readMoreLabels = []string{"read more:", "read also:", "also read:", "see also:", "read more -", "read more –"}

// readMoreWords are bare link labels ("READ MORE", "Read more:") that are
// followed by the linked headline: in the middle of an article only they and
// that headline are furniture; at the end they head a list of other stories.
var readMoreWords = map[string]bool{"read more": true, "read also": true, "also read": true}

// readMoreLine reports whether line i is a read-more link to skip by itself,
// and the last line the skip covers (the headline after a bare label).
func readMoreLine(text string, lines []line, i int) (int, bool) {
	t := lines[i].trimmed(text)
	if len(t) > 250 {
		return 0, false
	}
	low := strings.ToLower(t)
	for _, p := range readMoreLabels {
		if rest := strings.TrimSpace(low[min(len(p), len(low)):]); strings.HasPrefix(low, p) && rest != "" && len(strings.Fields(rest)) <= 25 {
			return i, true
		}
	}
	if !readMoreWords[normMarker(t)] {
		return 0, false
	}
	next := nextText(text, lines, i)
	to := i
	if next >= 0 && headlineLike(lines[next].trimmed(text)) {
		to = next
	}
	prose, heads := 0, 0
	for j := to + 1; j < len(lines); j++ {
		switch u := lines[j].trimmed(text); {
		case u == "":
		case proseLike(u):
			prose++
		case headlineLike(u):
			heads++
		}
	}
	// A list of stories alternates headlines and teasers; an article goes on
	// with paragraphs.
	return to, prose > 0 && prose > 2*heads
}

// nextText returns the index of the nearest non-blank line after i, or -1.
func nextText(text string, lines []line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank(text) {
			return j
		}
	}
	return -1
}

// headlineLike reports a short line without closing punctuation: a headline.
func headlineLike(t string) bool {
	if len(t) < 10 || len(t) > 150 || len(strings.Fields(t)) < 3 {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".!?:;\"”)")
}

// proseLike reports a paragraph of sentences.
func proseLike(t string) bool {
	if len(t) < 60 || len(strings.Fields(t)) < 10 {
		return false
	}
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") ||
		strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}
