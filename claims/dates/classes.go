package dates

import (
	"encoding/binary"
	"strings"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// class is a set of roles a token can play at the start of a date. Parse
// classifies every token once, then runs at each token only the grammars that
// can start with one of its roles: most tokens of a sentence start none.
type class uint32

const (
	clsNumber   class = 1 << iota // a number token
	clsMonth                      // a month name or abbreviation
	clsWeekday                    // a weekday name or abbreviation
	clsOrdinal                    // "first", or a number glued to its suffix ("21st")
	clsCardinal                   // "two", "twenty", "a", "few"
	clsThe                        // "the"
	clsOver                       // "over" ("over the past 5 years")
	clsIn                         // "in" ("in 3 weeks")
	clsEdge                       // "end", "mid": edges of a period
	clsDir                        // "last", "this", "next": a direction from ref
	clsLast                       // "last", "final": the trailing parts of a year
	clsWhole                      // "whole", "all": a period as a whole
	clsAnchor                     // "today", "yesterday", "day"
	clsQH                         // "q", "h" of "Q3", "H1"
	clsUnit                       // a calendar unit word: "years", "quarter", "anniversary"
	clsDay                        // a number of one or two plain digits: a day of the month
	clsShort                      // a number of at most four plain digits: a count of units
	clsYear                       // a number of four plain digits
	clsGlued                      // a number touching the symbol after it ("4/22") or dotted ("13.5.2015")
	clsUntil                      // "until", "till", "pending": a limit ahead (see untilBefore)
	clsSpelled                    // a number in words: "thirty", "fifth" ("for the thirty")
)

// triggers are the roles without which a sentence holds no date: every
// grammar needs a number (in digits or words), a month or weekday name, a
// unit word or a day anchor somewhere in its span.
const triggers = clsNumber | clsMonth | clsWeekday | clsOrdinal | clsAnchor | clsUnit | clsSpelled

// wordClasses maps the fixed words of the grammars to their roles; month and
// weekday names, cardinals and ordinals are added from their own tables.
var wordClasses = buildWordClasses()

// maxClassWord is the length of the longest word in wordClasses.
const maxClassWord = 11

func buildWordClasses() map[string]class {
	out := map[string]class{
		"the": clsThe, "over": clsOver, "in": clsIn,
		"end": clsEdge, "beginning": clsEdge, "start": clsEdge, "middle": clsEdge,
		"close": clsEdge, "mid": clsEdge, "early": clsEdge, "late": clsEdge,
		"last": clsDir | clsLast, "past": clsDir, "previous": clsDir, "this": clsDir,
		"current": clsDir, "next": clsDir, "coming": clsDir, "final": clsLast,
		"whole": clsWhole, "entire": clsWhole, "full": clsWhole, "all": clsWhole,
		"today": clsAnchor, "tonight": clsAnchor, "yesterday": clsAnchor,
		"tomorrow": clsAnchor, "tmrw": clsAnchor, "day": clsAnchor | clsUnit,
		"q": clsQH, "h": clsQH, "until": clsUntil, "till": clsUntil, "pending": clsUntil,
		"a": clsCardinal, "an": clsCardinal, "few": clsCardinal, "several": clsCardinal,
		"quarter": clsUnit, "quarters": clsUnit, "half": clsUnit, "anniversary": clsUnit,
	}
	// Number words are looked up once here, so classify needs one map lookup a word.
	for _, w := range numberWords {
		if _, ok := numword.Cardinal(w); ok {
			out[w] |= clsCardinal | clsSpelled
		}
		if _, ok := numword.Ordinal(w); ok {
			out[w] |= clsOrdinal | clsSpelled
		}
	}
	for w := range unitWords {
		out[w] |= clsUnit
	}
	for w := range monthNames {
		out[w] |= clsMonth
	}
	for w := range weekdayNames {
		out[w] |= clsWeekday
	}
	return out
}

// numberWords are the single number words numword reads (it gives their values).
var numberWords = strings.Fields(`zero one two three four five six seven eight nine ten
	eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
	thirty forty fifty sixty seventy eighty ninety first second third fourth fifth sixth
	seventh eighth ninth nineth tenth eleventh twelfth thirteenth fourteenth fifteenth
	sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth
	sixtieth seventieth eightieth ninetieth hundredth`)

// wordRoles is wordClasses as a table classify reads without hashing strings.
var wordRoles = newWordTable(wordClasses)

// classify stores the roles of each token of toks in out (as long as toks) and
// returns the union of them all. Words are lower-cased as they are looked up,
// so a sentence with no trigger is done without a lower-cased copy of it.
// split reports a number that splitNumbers splits: its roles are then to be
// read again over the split tokens.
func classify(text string, toks []token.Token, out []class) (all class, split bool) {
	for i, t := range toks {
		var c class
		switch t.Kind {
		case token.Number:
			if num := text[t.Start:t.End]; strings.IndexByte(num, ',') >= 0 && !thousands(num) {
				split = true
			}
			c = clsNumber | numberShape(text, toks, i)
			// "21st": the ordinal is read over the number and its suffix.
			if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Word {
				if _, ok := numword.Ordinal(text[t.Start:toks[i+1].End]); ok {
					c |= clsOrdinal
				}
			}
		case token.Word:
			// No word of the grammars is longer than "anniversary".
			if n := t.End - t.Start; n > 0 && n <= maxClassWord && wordRoles.maybe(text[t.Start], text[t.End-1], n) {
				c = wordRoles.lookup(packAt(text, t.Start, t.End))
			} else if end := t.End - 2; n > 3 && text[end] == '\'' && text[t.End-1]|0x20 == 's' &&
				end-t.Start <= maxClassWord && wordRoles.maybe(text[t.Start], text[end-1], end-t.Start) {
				// "Monday's vote": the weekday of a possessive.
				c = wordRoles.lookup(packAt(text, t.Start, end)) & clsWeekday
			}
		}
		out[i] = c
		all |= c
	}
	return all, split
}

// lowerASCII returns text with ASCII capitals lower-cased, byte for byte, so
// token offsets stay valid in it; it is text itself when nothing changes. The
// grammar compares words with ASCII literals only, which no word holding other
// letters can equal, so other letters need no lower-casing.
func lowerASCII(text string) string {
	k := firstCapital(text)
	if k == len(text) {
		return text
	}
	b := []byte(text)
	lowerFrom(b, k)
	return string(b)
}

// lowerASCIIInto is lowerASCII writing into buf (at least as long as text),
// eight bytes at a time. The result shares buf's memory: buf must not change
// while the result is in use.
func lowerASCIIInto(buf []byte, text string) string {
	if len(text) == 0 {
		return text
	}
	b := buf[:len(text)]
	copy(b, text)
	if len(b) < 8 {
		lowerFrom(b, 0)
	} else {
		for i := 0; i+8 <= len(b); i += 8 {
			binary.LittleEndian.PutUint64(b[i:], lowerSWAR(binary.LittleEndian.Uint64(b[i:])))
		}
		// The last eight bytes again, lower-cased already in part: lowering
		// is idempotent, and this leaves no byte-by-byte tail.
		t := b[len(b)-8:]
		binary.LittleEndian.PutUint64(t, lowerSWAR(binary.LittleEndian.Uint64(t)))
	}
	return unsafe.String(&b[0], len(b))
}

// firstCapital is the index of the first ASCII capital of text, len(text) when none.
func firstCapital(text string) int {
	for k := 0; k < len(text); k++ {
		if text[k]-'A' < 26 {
			return k
		}
	}
	return len(text)
}

// lowerFrom lower-cases the ASCII capitals of b from index k on.
func lowerFrom(b []byte, k int) {
	for ; k < len(b); k++ {
		b[k] = lowerByte(b[k])
	}
}

// numberShape is the roles a number token takes from its digits and what touches it.
func numberShape(text string, toks []token.Token, i int) class {
	t := toks[i]
	var c class
	if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Symbol {
		c |= clsGlued
	}
	for k := t.Start; k < t.End; k++ {
		if text[k] < '0' || text[k] > '9' {
			if text[k] == '.' {
				c |= clsGlued
			}
			return c
		}
	}
	switch n := t.End - t.Start; {
	case n <= 2:
		c |= clsDay | clsShort
	case n == 4:
		c |= clsYear | clsShort
	case n == 3:
		c |= clsShort
	}
	return c
}
