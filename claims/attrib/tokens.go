package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// The classes of a byte for scan's dispatch; bytes of multi-byte runes (and
// invalid ones) are classMulti.
const (
	classMulti = iota
	classLetter
	classSpace
	classDigit
	classSymbol
)

var byteClasses = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch b := byte(c); {
		case isASCIILetter(b):
			t[c] = classLetter
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			t[c] = classSpace
		case isDigit(b):
			t[c] = classDigit
		default:
			t[c] = classSymbol
		}
	}
	return t
}()

// asciiLetters marks the bytes A-Z and a-z.
var asciiLetters = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isASCIILetter(byte(c))
	}
	return t
}()

// wordTail marks the bytes after a run of ASCII letters that may carry the
// word on: an apostrophe, the dot of "U.S.", and the first byte of a
// multi-byte letter or of ’. Any other byte ends the word.
var wordTail = func() (t [256]bool) {
	t['\''], t['.'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// scan fills the scanner's tokens and their flags in one pass over the
// text: the tokens are exactly token.Scan's (TestScanTokens and
// FuzzScanTokens hold it to that, and the flags to a token-by-token
// reference). Words get fWord, fCap and fAllCaps, the lexicon flags fVerb
// and, for office words, fAnchor; non-ASCII tokens have their folds put in
// s.wide. fMention is set as the tokens go by (see markRun).
func (s *scanner) scan(toks []token.Token, flags []uint8) {
	text, lower := s.text, s.lower
	var wide []byte
	// run is the first token of the current run of words and hyphens;
	// marked is the first token that may still need fMention.
	run, marked := 0, 0
	for i := 0; i < len(text); {
		var (
			kind token.Kind
			j    int
			f    uint8
		)
		switch byteClasses[text[i]] {
		case classSpace:
			i++
			continue
		case classLetter:
			// Most tokens: a plain ASCII word, one table look-up a byte.
			j = i + 1
			for j < len(text) && asciiLetters[text[j]] {
				j++
			}
			kind = token.Word
			if j < len(text) && wordTail[text[j]] {
				var multi bool
				if j, multi = scanWordTail(text, i, j); multi {
					f = s.wideToken(kind, i, j, len(toks), &wide)
					break
				}
			}
			f = asciiWordFlags(text[i:j])
			f |= asciiLexFlags(text[i:j], lower[i:j])
		case classDigit:
			kind, j = token.Number, scanNumber(text, i)
			run = len(toks) + 1
		case classSymbol:
			kind, j = token.Symbol, i+1
			if text[i] != '-' {
				run = len(toks) + 1 // a hyphen carries a run on
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && n <= 1:
				kind, j = token.Symbol, i+1
			case unicode.IsSpace(r):
				i += n
				continue
			case unicode.IsLetter(r):
				kind, j = token.Word, scanWordTailAt(text, i)
			default:
				kind, j = token.Symbol, i+n
			}
			f = s.wideToken(kind, i, j, len(toks), &wide)
			if f&fWord == 0 {
				run = len(toks) + 1
			}
		}
		if f&fAnchor != 0 {
			// An office word: a mention may start anywhere in the run
			// of words and hyphens leading to it.
			for m := max(run, marked); m < len(flags); m++ {
				flags[m] |= fMention
			}
			marked = len(toks) + 1
		} else if f&fCap != 0 && isHonorific(text[i:j]) {
			// Every honorific is capitalised. It takes fMention only
			// now, since fAnchor is the same bit.
			f |= fMention
		}
		toks = append(toks, token.Token{Kind: kind, Start: i, End: j})
		flags = append(flags, f)
		i = j
	}
	s.toks, s.flags = toks, flags
	s.wideText = string(wide)
}

// wideToken returns the flags of token k, text[i:j], which holds non-ASCII
// bytes, and appends its fold to wide (recording where in s.wide) unless
// Fold leaves it as it is.
func (s *scanner) wideToken(kind token.Kind, i, j, k int, wide *[]byte) uint8 {
	w := s.text[i:j]
	var f uint8
	if kind == token.Word {
		f = wordFlags(w, false)
	} else if plainMark(w) {
		return 0
	}
	lo := len(*wide)
	*wide = append(*wide, Fold(w)...)
	s.wide = append(s.wide, wideFold{k, lo, len(*wide)})
	f |= fWide
	if f&fWord != 0 {
		f |= lexFlags(w, string((*wide)[lo:]))
	}
	return f
}

// asciiWordFlags returns wordFlags(w, true) for an ASCII word.
func asciiWordFlags(w string) uint8 {
	if c := w[0]; c < 'A' || c > 'Z' {
		return fWord // a lower-case start: neither a capital nor an acronym
	}
	if len(w) < 2 {
		return fWord | fCap
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; 'a' <= c && c <= 'z' {
			return fWord | fCap
		}
	}
	return fWord | fCap | fAllCaps
}

// isHonorific reports whether w is an honorific (see honorific).
func isHonorific(w string) bool {
	if len(w) < 2 || len(w) > 9 {
		return false
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Mme", "Mx",
		"Madam", "Madame", "Sir", "Miss", "Mister", "Professor", "Doctor":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber is token's: digits with inner separators ("1,200,000", "14.83").
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(s) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// scanWordTailAt is token's word scan from the start of a word.
func scanWordTailAt(s string, start int) int {
	j, _ := scanWordTail(s, start, start)
	return j
}

// scanWordTail is token's word scan of a word that starts at start and whose
// bytes up to i have been read. It returns the end of the word and whether
// the word holds a non-ASCII rune.
func scanWordTail(s string, start, i int) (int, bool) {
	wide := false
	for i < len(s) {
		for i < len(s) && asciiLetters[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\'' && i+1 < len(s) && isASCIILetter(s[i+1]) {
				i++
				continue
			}
			if c == '.' && i-start == 1 && i+2 < len(s) && isASCIILetter(s[i+1]) && s[i+2] == '.' {
				// "U.S." : keep the abbreviation as one word with its final dot.
				i += 3
				for i+1 < len(s) && isASCIILetter(s[i]) && s[i+1] == '.' {
					i += 2
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == '’' && i+n < len(s) && isASCIILetter(s[i+n]) {
			wide = true
			i += n
			continue
		}
		break
	}
	return i, wide
}
