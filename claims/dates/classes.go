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
	clsGlued                      // a number that may open a numeric date: dotted ("13.5.2015") or before a dash or slash ("4/22")
	clsUntil                      // "until", "till", "pending": a limit ahead (see untilBefore)
	clsSpelled                    // a number in words: "thirty", "fifth" ("for the thirty")
	clsOnFor                      // "on", "for": the cues of a day alone ("on 15"); kept in the union only
	clsRange                      // "between", "from": the opening of a range of months ("between January and March")
	clsDayPart                    // "night", "morning": a day after a direction ("last night"); kept in the union only
)

// keyRoles are the roles of which every grammar but theNth needs one
// somewhere in the sentence before best calls it (see the conditions there):
// a unit word, a month or weekday name, a year, a glued number, "Q"/"H" or a
// day anchor. An edge ("end of"), a direction ("last") or a whole ("all")
// needs a unit, month, weekday or year as well.
const keyRoles = clsUnit | clsMonth | clsWeekday | clsGlued | clsQH | clsAnchor | clsYear

// mayHoldDate reports whether a sentence whose roles add up to all can hold
// a date, so most sentences end after classify: "40 delegations" has no key
// role, and a day alone (theNth) needs "on"/"for" or a direction.
func mayHoldDate(all class) bool {
	// A day is digits, an ordinal or a number word; "a" and "few" are no day.
	const day = clsDay | clsOrdinal | clsSpelled
	return all&keyRoles != 0 || all&day != 0 && all&(clsDir|clsOnFor) != 0 || all&clsDayPart != 0 && all&clsDir != 0
}

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
		// "last night", "this morning": a day anchor after a direction
		"night": clsDayPart, "morning": clsDayPart, "afternoon": clsDayPart, "evening": clsDayPart,
		"q": clsQH, "h": clsQH, "until": clsUntil, "till": clsUntil, "pending": clsUntil,
		"on": clsOnFor, "for": clsOnFor, "between": clsRange, "from": clsRange,
		"a": clsCardinal, "an": clsCardinal, "few": clsCardinal, "several": clsCardinal,
		"quarter": clsUnit, "quarters": clsUnit, "half": clsUnit, "anniversary": clsUnit,
		"year's": clsUnit, "month's": clsUnit, "week's": clsUnit, "quarter's": clsUnit, // "last year's rate"
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
var wordRoles = newWordTable(wordClasses, possessiveDays())

// anchorDayWord reports the words of a day counted from the reference that
// take a possessive: "today's", "yesterday's".
func anchorDayWord(w string) bool {
	return strings.EqualFold(w, "today") || strings.EqualFold(w, "tonight") || strings.EqualFold(w, "yesterday") || strings.EqualFold(w, "tomorrow")
}

// possessiveDays are the words whose possessives name a day: "Monday's
// vote", "yesterday's final".
func possessiveDays() map[string]bool {
	m := map[string]bool{"today": true, "tonight": true, "yesterday": true, "tomorrow": true}
	for w := range weekdayNames {
		m[w] = true
	}
	return m
}

// classify stores the roles of each token of toks in out (as long as toks) and
// returns the union of them all. Words are lower-cased as they are looked up,
// so a sentence with no date is done without a lower-cased copy of it.
// split reports a number that splitNumbers splits: its roles are then to be
// read again over the split tokens.
//
// Every token of every sentence passes here, so the loop holds only what
// turns most of them away; the rarer cases are calls.
func classify(text string, toks []token.Token, out []class) (all class, split bool) {
	out = out[:len(toks)]
	for i := range toks {
		t := &toks[i]
		var c class
		switch t.Kind {
		case token.Word:
			// Most words are none of the grammars': the table's first
			// and last letters turn them away unpacked.
			if n := t.End - t.Start; n > 0 && n <= maxGateWord && wordRoles.mayHold(text[t.Start], text[t.End-1], n) {
				c = wordRole(text, t.Start, t.End)
			}
		case token.Number:
			var sp bool
			c, sp = numberRole(text, toks, i)
			split = split || sp
		}
		// A cue marks the sentence; as a token it starts no date.
		out[i] = c &^ (clsOnFor | clsDayPart)
		all |= c
	}
	return all, split
}

// wordRole is the roles of the word text[start:end].
func wordRole(text string, start, end int) class {
	// No word of the grammars is longer than "anniversary".
	if n := end - start; n <= maxClassWord && wordRoles.maybe(text[start], text[end-1], n) {
		var c class
		if n < 8 && start+8 <= len(text) {
			// packAt's common case, without the call: one load
			c = wordRoles.lookup(wordKey{lo: lowerSWAR(load8(text[start:start+8]) & (1<<(8*n) - 1)), hi: uint64(n) << 56})
		} else {
			c = wordRoles.lookup(packAt(text, start, end))
		}
		if c != 0 || text[end-1]|0x20 != 's' {
			return c
		}
		// "yesterday's": as long as a table word, and a possessive all the same
	}
	if end := end - 2; end-start > 1 && text[end] == '\'' && text[end+1]|0x20 == 's' &&
		end-start <= maxClassWord && wordRoles.maybe(text[start], text[end-1], end-start) {
		// "Monday's vote", "yesterday's final": the day of a possessive.
		c := wordRoles.lookup(packAt(text, start, end)) & (clsWeekday | clsAnchor)
		if c&clsAnchor != 0 && !anchorDayWord(text[start:end]) {
			c &^= clsAnchor // "day's", "now's": no day of their own
		}
		return c
	}
	return 0
}

// numberRole is the roles of the number token toks[i], and whether
// splitNumbers splits it.
func numberRole(text string, toks []token.Token, i int) (c class, split bool) {
	t := toks[i]
	c, plain := numberShape(text, toks, i)
	c |= clsNumber
	// Only a number with more than digits can hold a comma to split at.
	if num := text[t.Start:t.End]; !plain && strings.IndexByte(num, ',') >= 0 && !thousands(num) {
		split = true
	}
	// "21st": the ordinal is read over the number and its suffix.
	if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Word {
		if _, ok := numword.Ordinal(text[t.Start:toks[i+1].End]); ok {
			c |= clsOrdinal
		}
	}
	return c, split
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
	if len(b) < 8 {
		copy(b, text)
		lowerFrom(b, 0)
	} else {
		// Each load comes from text and each store goes to b: no copy first.
		for i := 0; i+8 <= len(text); i += 8 {
			binary.LittleEndian.PutUint64(b[i:i+8], lowerSWAR(load8(text[i:i+8])))
		}
		// The last eight bytes again, some of them stored already: this
		// leaves no byte-by-byte tail.
		t := len(b) - 8
		binary.LittleEndian.PutUint64(b[t:], lowerSWAR(load8(text[t:])))
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

// numberShape is the roles a number token takes from its digits and what
// touches it; plain reports a number of digits only.
func numberShape(text string, toks []token.Token, i int) (c class, plain bool) {
	t := toks[i]
	touching := i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Symbol
	for k := t.Start; k < t.End; k++ {
		if text[k] < '0' || text[k] > '9' {
			// A dotted number, or one touching a dash or slash, may be a
			// numeric date; one touching "%" or "," only when dotted.
			if text[k] == '.' || touching && (joins(text, toks[i+1]) || strings.IndexByte(text[k:t.End], '.') >= 0) {
				c |= clsGlued
			}
			return c, false
		}
	}
	if touching && joins(text, toks[i+1]) {
		c |= clsGlued
	}
	switch n := t.End - t.Start; {
	case n <= 2:
		c |= clsDay | clsShort
	case n == 4:
		c |= clsYear | clsShort
	case n == 3:
		c |= clsShort
	}
	return c, true
}

// joins reports a symbol that joins the parts of a numeric date: a dash or a slash.
func joins(text string, t token.Token) bool {
	switch text[t.Start:t.End] {
	case "-", "–", "—", "‑", "/":
		return true
	}
	return false
}
