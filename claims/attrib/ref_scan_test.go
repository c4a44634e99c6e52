package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// The scanner as it was before scanner.scan flagged every token in one pass,
// kept as the reference the one-pass scanner is held to.

func refScanner(text string) *scanner {
	// News averages about five and a half bytes a token; a quarter of the
	// length leaves room for denser texts without growing the slices.
	c := len(text)/4 + 16
	toks, flags := refScanTokens(text, make([]token.Token, 0, c), make([]uint8, 0, c))
	s := &scanner{text: text, toks: toks, flags: flags, lower: lowerASCII(text)}
	var wide []byte
	for i, f := range flags {
		t := toks[i]
		fold := s.lower[t.Start:t.End]
		if f&fWide != 0 {
			// A token with non-ASCII bytes: its flags and its fold.
			w := text[t.Start:t.End]
			f &^= fWide
			if t.Kind == token.Word {
				f = wordFlags(w, false)
			}
			if t.Kind == token.Word || !plainMark(w) {
				lo := len(wide)
				wide = append(wide, Fold(w)...)
				s.wide = append(s.wide, wideFold{i, lo, len(wide)})
				f |= fWide
				fold = string(wide[lo:])
			}
		}
		if f&fWord != 0 {
			f |= lexFlags(text[t.Start:t.End], fold)
		}
		flags[i] = f
	}
	s.wideText = string(wide)
	s.refMarkMentionStarts()
	return s
}

func refScanTokens(s string, toks []token.Token, flags []uint8) ([]token.Token, []uint8) {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j := token.NumberEnd(s, i)
			toks = append(toks, token.Token{Kind: token.Number, Start: i, End: j})
			flags = append(flags, 0)
			i = j
		case c < utf8.RuneSelf:
			if token.IsASCIILetter(c) {
				j, f := refScanWord(s, i)
				toks = append(toks, token.Token{Kind: token.Word, Start: i, End: j})
				flags = append(flags, f)
				i = j
				continue
			}
			toks = append(toks, token.Token{Kind: token.Symbol, Start: i, End: i + 1})
			flags = append(flags, 0)
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n <= 1:
				toks = append(toks, token.Token{Kind: token.Symbol, Start: i, End: i + 1})
				flags = append(flags, fWide)
				i++
			case unicode.IsSpace(r):
				i += n
			case unicode.IsLetter(r):
				j, _ := refScanWord(s, i)
				toks = append(toks, token.Token{Kind: token.Word, Start: i, End: j})
				flags = append(flags, fWord|fWide)
				i = j
			default:
				toks = append(toks, token.Token{Kind: token.Symbol, Start: i, End: i + n})
				flags = append(flags, fWide)
				i += n
			}
		}
	}
	return toks, flags
}

func refScanWord(s string, i int) (int, uint8) {
	start := i
	lower := false // a lower-case ASCII letter seen: not an acronym
	wide := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if token.IsASCIILetter(c) {
				lower = lower || c >= 'a'
				i++
				continue
			}
			if c == '\'' && i+1 < len(s) && token.IsASCIILetter(s[i+1]) {
				i++
				continue
			}
			if c == '.' && i-start == 1 && i+2 < len(s) && token.IsASCIILetter(s[i+1]) && s[i+2] == '.' {
				// "U.S." : keep the abbreviation as one word with its final dot.
				lower = lower || s[i+1] >= 'a'
				i += 3
				for i+1 < len(s) && token.IsASCIILetter(s[i]) && s[i+1] == '.' {
					lower = lower || s[i] >= 'a'
					i += 2
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == '’' && i+n < len(s) && token.IsASCIILetter(s[i+n]) {
			wide = true
			i += n
			continue
		}
		break
	}
	if wide {
		return i, fWord | fWide
	}
	f := fWord
	if c := s[start]; 'A' <= c && c <= 'Z' {
		f |= fCap
	}
	if i-start >= 2 && !lower {
		f |= fAllCaps
	}
	return i, f
}

func (s *scanner) refMarkMentionStarts() {
	reach := false
	for i := len(s.toks) - 1; i >= 0; i-- {
		f := s.flags[i]
		switch {
		case f&fAnchor != 0:
			reach = true
		case f&fWord != 0:
			// reach carries over a word.
		case s.toks[i].End-s.toks[i].Start == 1 && s.text[s.toks[i].Start] == '-':
			// and over a hyphen.
		default:
			reach = false
		}
		// Every honorific is capitalised: the look-up is for capitals only.
		if reach || f&fCap != 0 && s.honorific(i) > 0 {
			f |= fMention
		} else {
			f &^= fMention
		}
		s.flags[i] = f
	}
}

// refQuotePairs is quotePairs as it was before the marks were collected
// once: each pairing walks the text by nextMarkByte.
func refQuotePairs(text string) []pair {
	doubles := refDoublePairs(text)
	return append(doubles, refSinglePairs(text, doubles)...)
}

func refDoublePairs(text string) []pair {
	var out []pair
	open, openEnd := -1, -1
	for i := 0; i < len(text); {
		if i = nextMarkByte(text, i); i == len(text) {
			break // most bytes: no mark
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && open >= 0 && blankLineAt(text, i):
			open = -1
		case r == '“' || r == '«':
			open, openEnd = i, i+n
		case r == '”' || r == '»':
			if open >= 0 && i-openEnd <= maxQuoteBytes {
				out = append(out, pair{open, openEnd, i, i + n})
			}
			open = -1
		case r == '"':
			switch {
			case open >= 0 && i-openEnd <= maxQuoteBytes:
				out = append(out, pair{open, openEnd, i, i + n})
				open = -1
			case i+n < len(text) && (!isSpaceByte(text[i+n]) || i == 0 || isSpaceByte(text[i-1])):
				// An opening mark followed by a stray space (meaning of " Where ...)
				// still opens when a space precedes it.
				open, openEnd = i, i+n
			default:
				open = -1
			}
		}
		i += n
	}
	return out
}

// singlePairs pairs ‘…’ and '…' outside the double-quoted spans. An opening
// mark must start a word and a closing one end a word, on the same line, so
// apostrophes ("Vietnam’s", "nations’ ties") are not taken for quotes.
func refSinglePairs(text string, doubles []pair) []pair {
	var out []pair
	open, openEnd := -1, -1
	d := 0
	for i := 0; i < len(text); {
		// Most bytes: no mark. A double quote opening is '"' or not
		// ASCII, so the jump over a double-quoted span still starts at
		// its opening mark.
		if i = nextMarkByte(text, i); i == len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		for d < len(doubles) && doubles[d].closeEnd <= i {
			d++
		}
		if d < len(doubles) && i >= doubles[d].open {
			i = doubles[d].closeEnd
			open = -1
			continue
		}
		switch {
		case r == '\n':
			open = -1
		case (r == '‘' || r == '\'') && open < 0 && wordStartAfter(text, i, n) && !letterBefore(text, i):
			open, openEnd = i, i+n
		case (r == '’' || r == '\'') && open >= 0 && i > openEnd && !letterAfter(text, i+n) && !isSpaceBefore(text, i):
			if i-openEnd <= maxSingleBytes {
				out = append(out, pair{open, openEnd, i, i + n})
			}
			open = -1
		}
		i += n
	}
	return out
}
