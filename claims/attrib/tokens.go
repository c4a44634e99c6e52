package attrib

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims/token"
)

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
// s.wide. fMention is set as the tokens go by: on honorifics, and on every
// token of a run of words and hyphens that leads to an office word.
//
// buf holds the slices to fill; the scanner's slices are theirs.
func (s *scanner) scan(buf *scanBuf) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	text, lower := s.text, s.lower
	// The text's bytes, read eight at a time as one load; never written.
	bytes := unsafe.Slice(unsafe.StringData(text), len(text))
	// News averages about four and a half bytes a token; a quarter of the
	// length leaves room for most texts without growing the slices.
	if c := len(text)/4 + 16; cap(buf.toks) < c {
		buf.toks, buf.flags = make([]token.Token, c), make([]uint8, c)
	}
	m := min(cap(buf.toks), cap(buf.flags))
	toks, flags := buf.toks[:m], buf.flags[:m]
	s.marks, s.verbs = buf.marks[:0], buf.verbs[:0]
	s.wide = buf.wide[:0]
	n := 0
	wide := buf.wideBytes[:0]
	// run is the first token of the current run of words and hyphens;
	// marked is the first token that may still need fMention.
	run, marked := 0, 0
	for i := 0; i < len(text); {
		// Most tokens are short lower-case or capitalised words outside
		// the lexicons, single spaces and punctuation: scanShort takes
		// them; anything else is left to the general case below.
		i, n, run = scanShort(bytes, i, toks, flags, n, run)
		if i >= len(text) {
			break
		}
		var (
			kind token.Kind
			j    int
			f    uint8
		)
		switch token.ByteClass(text[i]) {
		case token.ClassSpace:
			i++
			continue
		case token.ClassLetter:
			kind = token.Word
			if i+8 > len(text) {
				j = letterRunEnd(text, i+1)
			} else {
				// Most words: fewer than eight ASCII letters followed
				// by a byte that ends the word, settled from the eight
				// bytes at i.
				b := bytes[i : i+8]
				x := binary.LittleEndian.Uint64(b)
				k := shortWord(x)
				if k == 0 {
					j = letterRunEnd(text, i+8)
				} else if j = i + k; !wordTail[b[k&7]] || b[k&7] == '.' && k > 1 {
					mask := byteMasks[k&7]
					word := x & mask
					f = fWord
					if b[0] <= 'Z' {
						f = shortCapFlags(word, k)
					}
					if lf := lexShort(word | 0x20*ones&mask); lf != 0 {
						if lf == lexByCase {
							lf = lexFlags(text[i:j], lower[i:j])
						}
						f |= lf
					}
					break
				}
			}
			if j < len(text) && wordTail[text[j]] {
				var multi bool
				if j, multi = scanWordTail(text, i, j); multi {
					f = s.wideToken(kind, i, j, n, &wide)
					s.apostrophes(i, j)
					break
				}
			}
			f = asciiWordFlags(text[i:j]) | asciiLexFlags(text[i:j], lower[i:j])
			if f&fCap != 0 && isHonorific(text[i:j]) {
				f |= fHonorific
			}
		case token.ClassDigit:
			kind, j = token.Number, token.NumberEnd(text, i)
			run = n + 1
		case token.ClassSymbol:
			kind, j = token.Symbol, i+1
			switch text[i] {
			case '-':
				// A hyphen carries a run on.
			case '"', '\'':
				s.marks = append(s.marks, i)
				run = n + 1
			default:
				run = n + 1
			}
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && size <= 1:
				kind, j = token.Symbol, i+1
			case unicode.IsSpace(r):
				i += size
				continue
			case unicode.IsLetter(r):
				kind, j = token.Word, scanWordTailAt(text, i)
				s.apostrophes(i, j)
			default:
				kind, j = token.Symbol, i+size
				if isQuoteRune(r) {
					s.marks = append(s.marks, i)
				}
			}
			f = s.wideToken(kind, i, j, n, &wide)
			if f&fWord == 0 {
				run = n + 1
			}
		}
		if f&(fAnchor|fVerb) != 0 {
			if f&fAnchor != 0 {
				// An office word: a mention may start anywhere in
				// the run of words and hyphens leading to it.
				for m := max(run, marked); m < n; m++ {
					flags[m] |= fMention
				}
				marked = n + 1
			}
			if f&fVerb != 0 {
				s.verbs = append(s.verbs, n)
			}
		}
		if n == len(toks) {
			toks, flags = growTokens(toks, flags, len(text)-i)
		}
		toks[n] = token.Token{Kind: kind, Start: i, End: j}
		flags[n] = f &^ fHonorific
		if f&fHonorific != 0 {
			flags[n] |= fMention
		}
		n++
		i = j
		if i < len(text) && text[i] == ' ' {
			i++ // most tokens: one space after, skipped without the dispatch
		}
	}
	buf.toks, buf.flags, buf.marks, buf.verbs = toks, flags, s.marks, s.verbs
	buf.wide, buf.wideBytes = s.wide, wide
	// Capped at their length: nothing can append into the buffer's rest.
	s.toks, s.flags = toks[:n:n], flags[:n:n]
	s.marks, s.verbs = s.marks[:len(s.marks):len(s.marks)], s.verbs[:len(s.verbs):len(s.verbs)]
	s.wideText = string(wide)
	s.folded = nil // only the scan looks folds up by text
}

// scanShort is scan's loop for the commonest tokens, a function of its own
// so that its few variables stay in registers: from byte i of the text
// whose bytes are bytes, it takes ASCII words of up to fifteen letters
// outside the lexicons, numbers, spaces and symbols other than quote marks, putting them in toks and flags from token n on.
// It returns where it stopped, the new token count, and run (see scan) as
// those tokens leave it.
func scanShort(bytes []byte, i int, toks []token.Token, flags []uint8, n, run int) (int, int, int) {
	const ones = 0x0101010101010101
	flags = flags[:len(toks)] // so that n < len(toks) bounds both
	tab := lexShortTable      // in a register, not loaded for each word
	for i+8 <= len(bytes) && n < len(toks) {
		// The eight bytes at i in one load, every byte read from it:
		// reading one of them from memory as well kept the compiler
		// from combining the loads.
		x := binary.LittleEndian.Uint64(bytes[i : i+8])
		switch c := byte(x); token.ByteClass(c) {
		case token.ClassSpace:
			i++ // line breaks too: the quote pairing finds them in the text
		case token.ClassDigit:
			// bytes is the text, never written: read as one.
			j := token.NumberEnd(unsafe.String(unsafe.SliceData(bytes), len(bytes)), i)
			toks[n] = token.Token{Kind: token.Number, Start: i, End: j}
			flags[n] = 0
			n++
			run = n // a number ends a run of words and hyphens
			i = j
			if i < len(bytes) && bytes[i] == ' ' {
				i++
			}
		case token.ClassLetter:
			k := shortWord(x)
			if k == 0 {
				j, f, ok := longWord(bytes, i, x)
				if !ok {
					return i, n, run
				}
				toks[n] = token.Token{Kind: token.Word, Start: i, End: j}
				flags[n] = f
				n++
				i = j
				if i < len(bytes) && bytes[i] == ' ' {
					i++
				}
				continue
			}
			t := byte(x >> (8 * k)) // the byte after the word
			if wordTail[t] && (t != '.' || k == 1) {
				return i, n, run
			}
			mask := byteMasks[k&7]
			word := x & mask
			key := word | 0x20*ones&mask
			if tab.keys[tab.hash(key)] == key {
				return i, n, run // a lexicon word or an honorific
			}
			f := fWord
			if c <= 'Z' {
				f = fWord | fCap
				// A letter is lower-case when it has bit 0x20.
				if k >= 2 && word&(0x20*ones) == 0 {
					f |= fAllCaps
				}
				// Not an honorific: those are in lexShortTable.
			}
			toks[n] = token.Token{Kind: token.Word, Start: i, End: i + k}
			flags[n] = f
			n++
			i += k
			if t == ' ' {
				i++
			}
		case token.ClassSymbol:
			if c == '"' || c == '\'' {
				return i, n, run
			}
			if c != '-' {
				run = n + 1 // a hyphen carries a run on
			}
			toks[n] = token.Token{Kind: token.Symbol, Start: i, End: i + 1}
			flags[n] = 0
			n++
			i++
			if byte(x>>8) == ' ' {
				i++
			}
		default:
			return i, n, run
		}
	}
	return i, n, run
}

// longWord reads, for scanShort, a word of eight to fifteen ASCII letters
// at i, whose first eight bytes are x. It returns the word's end and
// flags, or false for a word scan must read: a longer one, one that goes
// on (an apostrophe, a non-ASCII letter), and one of lexLongTable, which
// holds the lexicon words and honorifics of eight letters or more.
func longWord(text []byte, i int, x uint64) (int, uint8, bool) {
	const ones = 0x0101010101010101
	if i+16 > len(text) {
		return 0, 0, false
	}
	y := binary.LittleEndian.Uint64(text[i+8 : i+16])
	k := shortWord(y) // the letters after the first eight
	if k == 0 && token.IsASCIILetter(byte(y)) {
		return 0, 0, false // sixteen letters or more
	}
	// After the letters, a dot ends the word: only a one-letter word
	// takes one ("U.S.").
	if t := byte(y >> (8 * k)); wordTail[t] && t != '.' {
		return 0, 0, false
	}
	if lexLong(x|0x20*ones, (y|0x20*ones)&byteMasks[k]) {
		return 0, 0, false
	}
	f := fWord
	if byte(x) <= 'Z' {
		f |= fCap
		// A letter is lower-case when it has bit 0x20.
		if (x|y&byteMasks[k])&(0x20*ones) == 0 {
			f |= fAllCaps
		}
	}
	return i + 8 + k, f, true
}

// apostrophes adds to s.marks where the word text[i:j], which holds a
// non-ASCII rune, has a straight apostrophe: one after a combining mark
// ("e\u0301'") may open a single quote. A word holds no other quote mark
// the pairing reads: ’ is inside a word only before a letter, so it
// neither opens (only ‘ does) nor closes a quote.
func (s *scanner) apostrophes(i, j int) {
	for k := i; k < j; k++ {
		if s.text[k] == '\'' {
			s.marks = append(s.marks, k)
		}
	}
}

// fHonorific is a transient flag of scan: a capitalised word that is an
// honorific, which takes fMention, a bit fAnchor already means otherwise.
// It is the top bit, which no flag of the scanner uses.
const fHonorific uint8 = 1 << 7

// byteMasks[k] keeps the low k bytes of a word.
var byteMasks = [8]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff}

// growTokens makes room in scan's slices, full for a text denser in tokens
// than scan guessed, for the tokens of the rest bytes still to read: one a
// three bytes is more than news has, so it mostly grows once.
func growTokens(toks []token.Token, flags []uint8, rest int) ([]token.Token, []uint8) {
	t := make([]token.Token, len(toks)+rest/3+16)
	f := make([]uint8, len(t))
	copy(t, toks)
	copy(f, flags)
	return t, f
}

// shortWord returns the length of the run of ASCII letters that starts
// the eight bytes x (the first in the low byte), 0 if all eight are
// letters. A byte is a letter when, with its high bit clear and 0x20 set,
// it lies in 'a'..'z', found by adding to each byte the amounts that set
// its high bit from 'a' and from '{' on (no carry crosses bytes, as every
// byte is below 0x80 when added to).
func shortWord(x uint64) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	a := (x | 0x20*ones) &^ high
	letters := (a + (0x80-'a')*ones) &^ (a + (0x80-'z'-1)*ones) &^ x & high
	return bits.TrailingZeros64(^letters&high) / 8 & 7
}

// shortCapFlags returns the letter-case flags (see wordFlags) and the
// fHonorific of a word of k < 8 ASCII letters starting with a capital,
// whose wordKey is word.
func shortCapFlags(word uint64, k int) uint8 {
	const ones = 0x0101010101010101
	f := fWord | fCap
	// A letter is lower-case when it has bit 0x20.
	if k >= 2 && word&(0x20*ones) == 0 {
		f |= fAllCaps
	}
	if isHonorificWord(word) {
		f |= fHonorific
	}
	return f
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
	if b, ok := appendFoldKey(*wide, w); ok {
		*wide = b // most words: letters with diacritics, ’
	} else if at, ok := s.folded[w]; ok {
		// Folded before: tables repeat their rules ("─", "│"), and
		// articles their names.
		s.wide = append(s.wide, wideFold{k, at[0], at[1]})
		return f | fWide | lexFlagsAt(f, w, *wide, at[0], at[1])
	} else {
		*wide = append(*wide, Fold(w)...)
		if s.folded == nil {
			s.folded = map[string][2]int{}
		}
		s.folded[w] = [2]int{lo, len(*wide)}
	}
	s.wide = append(s.wide, wideFold{k, lo, len(*wide)})
	return f | fWide | lexFlagsAt(f, w, *wide, lo, len(*wide))
}

// lexFlagsAt returns the lexicon flags of token text w, whose flags are f
// and whose fold is wide[lo:hi]: lexFlags for a word, none for a symbol.
func lexFlagsAt(f uint8, w string, wide []byte, lo, hi int) uint8 {
	if f&fWord == 0 {
		return 0
	}
	// The bytes of the fold are not written again: later appends go past
	// them.
	fold := wide[lo:hi]
	return lexFlags(w, unsafe.String(unsafe.SliceData(fold), len(fold)))
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

// isHonorificWord is isHonorific for a word of fewer than eight ASCII
// letters, given as its wordKey: the cases are the wordKeys of "Mr", "Mrs",
// "Ms", "Dr", "Prof", "Mme", "Mx", "Madam", "Madame", "Sir", "Miss",
// "Mister" and "Doctor" (TestLexShort checks them against isHonorific).
func isHonorificWord(word uint64) bool {
	switch word {
	case 0x724d, 0x73724d, 0x734d, 0x7244, 0x666f7250, 0x656d4d, 0x784d, 0x6d6164614d,
		0x656d6164614d, 0x726953, 0x7373694d, 0x72657473694d, 0x726f74636f44:
		return true
	}
	return false
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

// letterRunEnd returns the end of the run of ASCII letters from i, eight
// bytes at a time (see shortWord).
func letterRunEnd(text string, i int) int {
	for i+8 <= len(text) {
		b := text[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if k := shortWord(x); k > 0 || !token.IsASCIILetter(b[0]) {
			return i + k
		}
		i += 8
	}
	for i < len(text) && token.IsASCIILetter(text[i]) {
		i++
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
		for i < len(s) && token.IsASCIILetter(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\'' && i+1 < len(s) && token.IsASCIILetter(s[i+1]) {
				i++
				continue
			}
			if c == '.' && i-start == 1 && i+2 < len(s) && token.IsASCIILetter(s[i+1]) && s[i+2] == '.' {
				// "U.S." : keep the abbreviation as one word with its final dot.
				i += 3
				for i+1 < len(s) && token.IsASCIILetter(s[i]) && s[i+1] == '.' {
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
	return i, wide
}
