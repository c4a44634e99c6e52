package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// scanTokens is token.Scan fused with the letter-case flags of the words:
// one pass over the text yields the tokens and, for ASCII words, fWord,
// fCap and fAllCaps, without reading each word's bytes again. The flags of
// a token holding non-ASCII bytes are left to the caller (it marks them
// with wide = true, so newScanner folds them). The tokens are exactly
// token.Scan's; TestScanTokens and FuzzScanTokens hold it to that.
func scanTokens(s string, toks []token.Token, flags []uint8) ([]token.Token, []uint8) {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j := scanNumber(s, i)
			toks = append(toks, token.Token{Kind: token.Number, Start: i, End: j})
			flags = append(flags, 0)
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j, f := scanWord(s, i)
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
				j, _ := scanWord(s, i)
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

// scanWord is token's word scan, returning also the word's flags when it is
// all ASCII: fWord, fCap and fAllCaps as wordFlags gives them. A word with a
// non-ASCII rune gets fWord|fWide, for the caller to work out.
func scanWord(s string, i int) (int, uint8) {
	start := i
	lower := false // a lower-case ASCII letter seen: not an acronym
	wide := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				lower = lower || c >= 'a'
				i++
				continue
			}
			if c == '\'' && i+1 < len(s) && isASCIILetter(s[i+1]) {
				i++
				continue
			}
			if c == '.' && i-start == 1 && i+2 < len(s) && isASCIILetter(s[i+1]) && s[i+2] == '.' {
				// "U.S." : keep the abbreviation as one word with its final dot.
				lower = lower || s[i+1] >= 'a'
				i += 3
				for i+1 < len(s) && isASCIILetter(s[i]) && s[i+1] == '.' {
					lower = lower || s[i] >= 'a'
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
