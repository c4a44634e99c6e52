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
//     (countedNoun);
//   - a list name ("principles"): listNames;
//   - a basis verb followed by its preposition ("built on"): basisPrep;
//   - an announcing verb ("outlined"), but only with a colon after it in the
//     same block (uncounted accepts nothing else).
//
// A word token that equals one of these is a maximal run of ASCII letters
// (the tokenizer absorbs every adjacent letter), so the runs are checked with
// their ASCII capitals folded, just as lowered folds them.
func candidate(s string, wantAnn, wantNamed bool) bool {
	colon := wantAnn && strings.IndexByte(s, ':') >= 0
	var buf [12]byte // the longest word checked: "cornerstones"
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			j, lower := i+1, c
			for j < len(s) && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' {
				lower &= s[j] // bit 0x20 stays set only if every letter is lower-case
				j++
			}
			if n := j - i; n >= 3 && n <= len(buf) {
				w := s[i:j] // most words have no capital: read them in place
				if lower&0x20 == 0 {
					for k := 0; k < n; k++ {
						buf[k] = s[i+k] | 0x20
					}
					w = string(buf[:n])
				}
				switch opener(w) {
				case openCount:
					if wantAnn && countedNoun(s, j) {
						return true
					}
				case openName:
					if wantNamed {
						return true
					}
				case openBasis:
					if wantNamed && basisPrep(s, j) {
						return true
					}
				}
				if colon && announcer(w) {
					return true
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
			if wantAnn && j-i <= 4 && v >= 2 && v <= 50 && countedNoun(s, j) {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
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

// The words that can open a result, as opener classes them.
const (
	openNone  = iota
	openCount // countWord
	openName  // listNames
	openBasis // basisVerbs
)

// opener classes a lower-case word by the lexicon it belongs to: countWord,
// listNames or basisVerbs. One switch, not three lookups: candidate runs it on
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
	}
	return openNone
}
