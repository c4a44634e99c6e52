package enum

import "strings"

// candidate reports whether the block s can hold an announced count (when
// wantAnn) or a named list (when wantNamed), so that scanDoc tokenises only the blocks that can: most
// paragraphs of an article hold neither, and tokenising and lower-casing them
// was most of the cost of a scan.
//
// It must never be false for a block that yields a result; it may be true for
// one that yields none. A block can yield a result only through a token that
// opens one in announce or named:
//   - a number from 2 to 50 of at most four digits or a count word ("six",
//     "several"), followed by a noun phrase that countAt could accept
//     (countedNoun); and then announce keeps the count only with a cue:
//     a colon or "namely" after it, an announcing verb before it, or a list
//     starting on a line after its own, which listNext reports (see
//     mayList);
//   - a list name ("principles") followed by "of" or a colon: nameOf;
//   - a basis verb followed by its preposition ("built on"): basisPrep;
//   - an announcing verb ("outlined"), but only with a colon after it in the
//     same block (uncounted accepts nothing else).
//
// A word token that equals one of these is a maximal run of ASCII letters
// (the tokenizer absorbs every adjacent letter), so the runs are checked with
// their ASCII capitals folded, just as lowered folds them.
func candidate(s string, wantAnn, wantNamed bool, listNext func() bool) bool {
	// colon is the offset of a colon at or after the last offset asked about
	// (len(s) when none): colonAfter moves it on with IndexByte, so the block
	// is searched for colons once in all.
	colon := -1
	colonAfter := func(i int) bool {
		if colon < i {
			colon = len(s)
			if k := strings.IndexByte(s[i:], ':'); k >= 0 {
				colon = i + k
			}
		}
		return colon < len(s)
	}
	if !wantAnn {
		colon = len(s)
	}
	firstCount := -1   // where the first count that countedNoun allows starts
	lastAnnounce := -1 // where the last announcing verb ends
	// count reports whether a count at i has a cue announce can take: an
	// announcing verb close enough before it or a colon after it.
	count := func(i int) bool {
		if firstCount < 0 {
			firstCount = i
		}
		return lastAnnounce >= 0 && chunks(s[lastAnnounce:i]) <= 2 || colonAfter(i)
	}
	var buf [12]byte // the longest word checked: "cornerstones"
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case asciiLetter[c]:
			j, lower := i+1, c
			for j < len(s) && asciiLetter[s[j]] {
				lower &= s[j] // bit 0x20 stays set only if every letter is lower-case
				j++
			}
			if n := j - i; n >= 3 && n <= len(buf) && openerShape[shapeKey(c, s[j-1])]>>n&1 != 0 {
				w := s[i:j] // most words have no capital: read them in place
				if lower&0x20 == 0 {
					for k := 0; k < n; k++ {
						buf[k] = s[i+k] | 0x20
					}
					w = string(buf[:n])
				}
				switch opener(w) {
				case openCount:
					if wantAnn && countedNoun(s, j) && count(i) {
						return true
					}
					if w == "following" { // also an announcing verb
						if wantAnn && colonAfter(i) {
							return true
						}
						lastAnnounce = j
					}
				case openName:
					if wantNamed && nameOf(s, j) {
						return true
					}
				case openBasis:
					if wantNamed && basisPrep(s, j) {
						return true
					}
				case openAnnounce:
					if wantAnn && colonAfter(i) {
						return true
					}
					lastAnnounce = j
				case openNamely:
					if firstCount >= 0 {
						return true
					}
				}
			}
			i = j
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v <= 50 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			if wantAnn && j-i <= 4 && v >= 2 && v <= 50 && countedNoun(s, j) && count(i) {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return firstCount >= 0 && listNext()
}

// chunks counts the runs of bytes other than ASCII white space in s. A token
// never spans white space, so the tokens of s are at least as many: countAt
// looks for an announcing verb at most three tokens before its count, so two
// chunks between them at most.
func chunks(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// asciiLetter marks the bytes of ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// nameOf reports whether the word after a list name ending at off may be
// "of" or a colon, across any spaces and line breaks: listAfterName reads
// nothing else.
func nameOf(s string, off int) bool {
	i := off
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	switch {
	case i >= len(s):
		return false
	case s[i] >= 0x80 || s[i] == ':':
		return true // a no-break space or the colon
	}
	return i+1 < len(s) && s[i]|0x20 == 'o' && s[i+1]|0x20 == 'f' && (i+2 == len(s) || !asciiLetter[s[i+2]])
}

// mayList reports whether a list may start on a line after the count of a
// block of lines [k, e) that has no other cue: announce then reads it with
// block from the line after the count's, so the first non-blank line within
// the three after it must start with a list marker.
func mayList(text string, ls []line, k, e int) bool {
	for m := k + 1; m < e; m++ {
		if st, _, _ := marker(text, ls[m]); st != "" {
			return true
		}
	}
	n := e
	for n < len(ls) && n < e+3 && blank(text, ls[n]) {
		n++
	}
	if n >= len(ls) {
		return false
	}
	st, _, _ := marker(text, ls[n])
	return st != ""
}

// countedNoun reports whether the bytes after a count, from off, may hold the
// noun phrase countAt reads: up to five words, with no line break, stop word or
// mark before the first plural, which must not be a unit of time. It answers
// true whenever the bytes hold anything it does not model exactly (hyphens,
// apostrophes, dots, non-ASCII text), since the tokenizer reads those finely.
func countedNoun(s string, off int) bool {
	var buf [16]byte
	i := off
	for k := 0; k < 5; k++ {
		// The gap before the word: spaces only; a line break ends the phrase.
		g := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == g || i >= len(s) {
			return i < len(s) && s[i] >= 0x80 // a word glued to the count ("3rd", "20%"), or the end
		}
		c := s[i]
		if c >= 0x80 {
			return true
		}
		if c|0x20 < 'a' || c|0x20 > 'z' {
			return false // a line break, number or mark: no noun follows
		}
		j := i
		for j < len(s) && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' {
			j++
		}
		if j < len(s) && (s[j] == '-' || s[j] >= 0x80 ||
			s[j] == '\'' && j+1 < len(s) && s[j+1]|0x20 >= 'a' && s[j+1]|0x20 <= 'z' ||
			s[j] == '.' && j-i == 1) {
			return true // "two-way", "Vietnam's", "U.S.": left to the tokenizer
		}
		if j-i > len(buf) {
			return true // longer than any stop word; plural or not, let countAt decide
		}
		n := j - i
		for m := 0; m < n; m++ {
			buf[m] = s[i+m] | 0x20
		}
		w := buf[:n]
		if nounStops[string(w)] {
			return false
		}
		if plural(string(w)) {
			return !notItems[string(w)]
		}
		i = j
	}
	return false
}

// basisPrep reports whether the word after a basis verb ending at off may be
// its preposition ("built on", "rooted in"), across any spaces and line breaks.
func basisPrep(s string, off int) bool {
	i := off
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	if i < len(s) && s[i] >= 0x80 {
		return true // a no-break space or a letter the tokenizer reads
	}
	j := i
	for j < len(s) && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' && j-i < 5 {
		j++
	}
	var buf [4]byte
	if n := j - i; n >= 2 && n <= 4 {
		for m := 0; m < n; m++ {
			buf[m] = s[i+m] | 0x20
		}
		switch string(buf[:n]) {
		case "on", "upon", "in":
			return true
		}
	}
	return false
}

// openerWords are all the words opener classes as other than openNone.
// TestOpenerWords keeps the list in step with opener.
var openerWords = []string{
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	"nineteen", "twenty", "thirty", "forty", "fifty", "dozen", "several", "following",
	"principle", "principles", "spirit", "pillar", "pillars", "priority", "priorities",
	"motto", "values", "tenets", "watchwords", "slogan", "guidelines", "ideals", "virtues",
	"cornerstones", "foundations",
	"built", "based", "founded", "rooted", "grounded", "anchored",
	"outlined", "outlines", "proposed", "proposes", "presented", "presents",
	"highlighted", "highlights", "identified", "identifies", "listed", "lists", "set",
	"laid", "unveiled", "announced", "named", "cited", "suggested", "suggests", "raised",
	"put", "offered", "gave", "shared", "introduced", "mentioned", "made", "stressed",
	"emphasized", "emphasised", "recommended", "detailed",
	"namely",
}

// openerShape holds, for the first and last letter of a word (shapeKey), the
// lengths of the opener words of that shape as bits: candidate folds and
// looks up only the words whose shape one of them has, a few in a hundred.
var openerShape = func() (t [32 * 32]uint16) {
	for _, w := range openerWords {
		t[shapeKey(w[0], w[len(w)-1])] |= 1 << len(w)
	}
	return t
}()

// shapeKey is the table index of a word's first and last letters, either case.
func shapeKey(first, last byte) int { return int(first&31)<<5 | int(last&31) }

// The words that can open a result, as opener classes them.
const (
	openNone     = iota
	openCount    // countWord
	openName     // listNames
	openBasis    // basisVerbs
	openAnnounce // announcer, but "following", a count word too
	openNamely   // "namely", a cue of a list
)

// opener classes a lower-case word by the lexicon it belongs to: countWord,
// listNames, basisVerbs or announcer, or as "namely". One switch, not three lookups: candidate runs it on
// every word of a document and most words are none of these.
// TestOpenerLexicons keeps it in step with the lexicons.
func opener(w string) int {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "dozen", "several", "following":
		return openCount
	case "principle", "principles", "spirit", "pillar", "pillars", "priority", "priorities",
		"motto", "values", "tenets", "watchwords", "slogan", "guidelines", "ideals", "virtues",
		"cornerstones", "foundations":
		return openName
	case "built", "based", "founded", "rooted", "grounded", "anchored":
		return openBasis
	case "outlined", "outlines", "proposed", "proposes", "presented", "presents",
		"highlighted", "highlights", "identified", "identifies", "listed", "lists", "set",
		"laid", "unveiled", "announced", "named", "cited", "suggested", "suggests", "raised",
		"put", "offered", "gave", "shared", "introduced", "mentioned", "made", "stressed",
		"emphasized", "emphasised", "recommended", "detailed":
		return openAnnounce
	case "namely":
		return openNamely
	}
	return openNone
}
