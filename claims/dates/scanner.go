package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// scanner holds one sentence being parsed: its tokens, its text lower-cased
// and the reference date.
type scanner struct {
	text string
	toks []token.Token
	// low is text with ASCII capitals lower-cased: a word is read at its offsets.
	low string
	// cls holds each token's roles at the start of a date (see classify).
	cls []class
	// all is the union of cls: cues no token holds need no look.
	all class
	ref time.Time
	// today, when set, keeps refDay to one day0 a sentence.
	today *dayCache
	// prefixes, when set, keeps prefixWeekday to one allocation a token.
	prefixes *weekdayCache
}

// scanTokens and scanBytes bound the sentences whose roles and lower-cased
// text fit buffers on the stack of Parse; longer ones (few in news text) get
// buffers from the heap.
const (
	scanTokens = 64
	scanBytes  = 384
)

// match is a date found over tokens [from, to).
type match struct {
	d        Date
	from, to int
	// narrative marks dates counted from the story's own time ("a year
	// earlier"): a preceding "from" is then a comparison, not a start.
	narrative bool
}

// prepare returns the tokens and their roles for text (cls backed by clsBuf
// when it fits) and the union of the roles: no token is a trigger in most
// sentences, which then need no scanner. Tokens are split (see splitNumbers)
// only when classify finds a number to split, so most sentences are read once.
func prepare(text string, toks []token.Token, clsBuf []class) ([]token.Token, []class, class) {
	cls := classBuf(clsBuf, len(toks))
	all, split := classify(text, toks, cls)
	if split {
		toks = splitNumbers(text, toks)
		cls = classBuf(clsBuf, len(toks))
		all, _ = classify(text, toks, cls)
	}
	return toks, cls, all
}

// classBuf returns n roles backed by buf when they fit.
func classBuf(buf []class, n int) []class {
	if n <= len(buf) {
		return buf[:n]
	}
	return make([]class, n)
}

// lowered returns text with ASCII capitals lower-cased (see lowerASCII),
// backed by lowBuf when it fits.
func lowered(text string, lowBuf []byte) string {
	if len(text) <= len(lowBuf) {
		return lowerASCIIInto(lowBuf, text)
	}
	// One buffer, where lowerASCII copies twice.
	return lowerASCIIInto(make([]byte, len(text)), text)
}

// splitNumbers splits number tokens whose commas are not thousands separators
// ("12,2016" in "January12,2016") into number, comma, number, so the grammar sees
// day and year apart. Tokens with well-formed groups ("2,200") stay whole.
func splitNumbers(text string, toks []token.Token) []token.Token {
	var out []token.Token
	for i, t := range toks {
		if t.Kind != token.Number || !strings.Contains(text[t.Start:t.End], ",") || thousands(text[t.Start:t.End]) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]token.Token, 0, len(toks)+2), toks[:i]...)
		}
		start := t.Start
		for j := t.Start; j < t.End; j++ {
			if text[j] == ',' {
				out = append(out, token.Token{Kind: token.Number, Start: start, End: j},
					token.Token{Kind: token.Symbol, Start: j, End: j + 1})
				start = j + 1
			}
		}
		out = append(out, token.Token{Kind: token.Number, Start: start, End: t.End})
	}
	if out == nil {
		return toks
	}
	return out
}

// thousands reports whether every comma in a number starts a group of three
// digits, before any dot, and at most three come before the first comma (a
// number with no comma has at most three digits). It counts in one pass
// with no slicing: classify asks it for every number with a comma.
func thousands(n string) bool {
	lead, group := 0, -1 // group counts since the last comma, -1 before the first
	for i := 0; i < len(n) && n[i] != '.'; i++ {
		switch {
		case n[i] == ',':
			if group >= 0 && group != 3 {
				return false
			}
			group = 0
		case group >= 0:
			group++
		default:
			lead++
		}
	}
	return (group < 0 || group == 3) && lead <= 3
}

// leadIn are the roles of words that start a date only before a word with
// a role: "the", "in", "over", "until" ("until" starts none), "from".
const leadIn = clsThe | clsIn | clsOver | clsUntil | clsRange

// mayStart reports whether best may find a date at token i of roles cls: a
// token with no role starts none, and one with no role but leadIn starts
// none before a token with no role, as every condition of best needs a role
// of the token outside leadIn or a role of the next one. Parse skips the
// tokens it turns away without calling best: "the" and "in" are common.
func mayStart(cls []class, i int) bool {
	c := cls[i]
	return c != 0 && (c&^leadIn != 0 || i+1 < len(cls) && cls[i+1] != 0)
}

// best stores in b the longest match starting at token i and reports whether
// there is one; earlier grammars win ties. Each grammar runs only at tokens
// with a role it can start with. b is written only when a match is found:
// most calls find none, and a match is too large to return for nothing.
func (s *scanner) best(i int, b *match) bool {
	c := s.cls[i]
	if c == 0 {
		return false
	}
	// "the", "over" and "in" start a date only before the word that makes it
	// one ("the end", "over the", "in 3 weeks"): gate on that word's roles.
	var next class
	if s.in(i + 1) {
		next = s.cls[i+1]
	}
	if c&^leadIn == 0 && next == 0 {
		return false // see mayStart
	}
	found := false
	consider := func(m match, ok bool) {
		if ok && m.to > i && (!found || m.to > b.to) {
			*b, found = m, true
		}
	}
	the := c&clsThe != 0
	// "the" lends the roles of the word after it: at asks one mask.
	lead := c
	if the {
		lead |= next
	}
	at := func(roles class) bool { return lead&roles != 0 }
	const dayNum = clsDay | clsOrdinal | clsCardinal
	const ordinal = clsOrdinal | clsCardinal | clsLast // "third", "twenty-first", "last"
	if at(clsEdge) && s.soon(i, 5, clsYear|clsUnit|clsMonth|clsWeekday) {
		consider(s.deadline(i))
	}
	if (the && next&clsDir != 0 || c&clsOver != 0 && next&clsThe != 0) && s.soon(i, 7, clsUnit) {
		consider(s.pastSpan(i))
	}
	if c&clsWeekday != 0 || c&dayNum != 0 && s.soon(i, 5, clsMonth) {
		consider(s.dayMonthFirst(i))
	}
	if c&(clsWeekday|clsMonth) != 0 {
		consider(s.monthDayFirst(i))
	}
	// A number not after a weekday is a numeric date only when dotted or
	// joined (see numericDate), which classify marks as glued.
	if c&(clsWeekday|clsGlued) != 0 {
		consider(s.numericDate(i))
	}
	if c&clsQH != 0 || c&ordinal != 0 && s.soon(i, 3, clsUnit) {
		consider(s.partOfYear(i))
	}
	if at(clsOrdinal|clsLast) && s.soon(i, 4, clsUnit) {
		consider(s.monthsOfYear(i))
	}
	if at(clsMonth) || c&clsRange != 0 && (next&clsMonth != 0 || next&clsEdge != 0) {
		consider(s.monthRange(i)) // "between January and April", "between mid-January and early April"
	}
	if (at(clsShort|clsCardinal) || the && next&clsUnit != 0) && s.soon(i, 5, clsMonth) {
		consider(s.monthsTo(i))
	}
	if c&ordinal != 0 && s.soon(i, 3, clsUnit) {
		consider(s.bareHalf(i))
	}
	if at(clsWhole) && s.soon(i, 4, clsUnit|clsYear) {
		consider(s.wholeYear(i))
	}
	if at(ordinal) && s.soon(i, 3, clsWeekday) {
		consider(s.nthWeekday(i))
	}
	if at(clsAnchor) {
		consider(s.relativeDay(i))
	}
	if (c&(clsShort|clsCardinal) != 0 || c&clsIn != 0 && next&(clsShort|clsCardinal) != 0) && s.soon(i, 5, clsUnit) {
		consider(s.agoLater(i))
	}
	if c&clsDir != 0 {
		consider(s.relativeNamed(i))
	}
	if c&clsWeekday != 0 {
		consider(s.weekdayAlone(i))
	}
	if at(dayNum) && s.nthCue(i) {
		consider(s.theNth(i))
	}
	// A year or month alone spans one token: it cannot be longer than a
	// date found already, so it is read only when none is.
	if c&clsYear != 0 {
		consider(s.yearRange(i))
		consider(s.decade(i))
		if !found {
			consider(s.yearWithCue(i))
		}
	}
	if c&clsMonth != 0 && !found {
		consider(s.monthWithCue(i))
	}
	if c&(clsOrdinal|clsCardinal) != 0 && s.soon(i, 4, clsUnit) {
		consider(s.anniversary(i))
	}
	if c&(clsNumber|clsCardinal) != 0 && s.soon(i, 1, clsUnit) {
		consider(s.yearsSince(i))
	}
	return found
}

// refDay is day0(s.ref): many grammars of a sentence resolve against it.
func (s *scanner) refDay() time.Time {
	c := s.today
	if c == nil {
		return day0(s.ref)
	}
	if !c.set {
		c.day, c.set = day0(s.ref), true
	}
	return c.day
}

// dayCache holds day0 of the reference once refDay has computed it. Like
// weekdayCache it sits apart from the scanner, for the analysis of escapes.
type dayCache struct {
	day time.Time
	set bool
}

// in reports whether i is a token index; as unsigned, a negative i is out
// of range too, so one comparison does (the grammars ask it all the time).
func (s *scanner) in(i int) bool { return uint(i) < uint(len(s.toks)) }

// soon reports whether one of the n tokens after i has any of the roles c: a
// grammar whose key word (a unit, a month) is not that near cannot match.
func (s *scanner) soon(i, n int, c class) bool {
	if s.all&c == 0 {
		return false // no token of the sentence has them
	}
	if i+1 >= len(s.cls) {
		return false
	}
	for _, r := range s.cls[i+1 : min(i+n+1, len(s.cls))] {
		if r&c != 0 {
			return true
		}
	}
	return false
}

// has reports whether token i has any of the roles c.
func (s *scanner) has(i int, c class) bool { return s.in(i) && s.cls[i]&c != 0 }

// word is the lower-cased word at i, or "" when i is not a word.
func (s *scanner) word(i int) string {
	if !s.in(i) {
		return ""
	}
	if s.toks[i].Kind != token.Word {
		return ""
	}
	return s.low[s.toks[i].Start:s.toks[i].End]
}

func (s *scanner) raw(i int) string {
	if !s.in(i) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

func (s *scanner) kind(i int) token.Kind {
	if !s.in(i) {
		return 0
	}
	return s.toks[i].Kind
}

// adj reports whether token i touches token i+1.
func (s *scanner) adj(i int) bool {
	return s.in(i) && s.in(i+1) && s.toks[i].End == s.toks[i+1].Start
}

func (s *scanner) sym(i int, x string) bool {
	return s.kind(i) == token.Symbol && s.raw(i) == x
}

// dash reports a hyphen or an en/em dash at i. The grammars ask it after
// most numbers, so the token is read once, not once a dash.
func (s *scanner) dash(i int) bool {
	if s.kind(i) != token.Symbol {
		return false
	}
	switch s.raw(i) {
	case "-", "–", "—", "‑":
		return true
	}
	return false
}

// plainInt reads a number token made of at most nine digits only.
func (s *scanner) plainInt(i int) (int, bool) {
	if s.kind(i) != token.Number {
		return 0, false
	}
	r := s.raw(i)
	if len(r) > 9 {
		return 0, false
	}
	n := 0
	for k := 0; k < len(r); k++ {
		if r[k] < '0' || r[k] > '9' {
			return 0, false
		}
		n = n*10 + int(r[k]-'0')
	}
	return n, true
}

// capital reports whether the token at i starts with an upper-case letter.
func (s *scanner) capital(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.raw(i))
	return unicode.IsUpper(r)
}

// boundary reports whether i ends a phrase: the end of text or punctuation other
// than a dash or slash, so "the 27." ends but "the 27th floor" does not.
func (s *scanner) boundary(i int) bool {
	if !s.in(i) {
		return true
	}
	if s.kind(i) != token.Symbol {
		return false
	}
	switch s.raw(i) {
	case ".", ",", "!", "?", ";", ":", ")", "]", "\"", "”", "'", "’", "|":
		return true
	}
	return false
}

// month reads a month name at i, with an optional abbreviation dot, and returns
// the index after it. "may" and "march" need a capital or strict context: strict
// asks for any case, which callers pass when a day or year follows.
func (s *scanner) month(i int, anyCase bool) (time.Month, int, bool) {
	// classify marked every month name: other tokens skip the map.
	if !s.has(i, clsMonth) {
		return 0, i, false
	}
	w := s.word(i)
	m, ok := monthNames[w]
	if !ok {
		return 0, i, false
	}
	if (w == "may" || w == "march" || w == "mar") && !anyCase && !s.capital(i) {
		return 0, i, false
	}
	j := i + 1
	// Only an abbreviation takes the dot: "July." ends a sentence.
	if len(w) <= 4 && w != "june" && w != "july" && s.sym(j, ".") && s.adj(i) {
		j++
	}
	return m, j, true
}

// weekday reads a weekday name at i; abbreviations need a capital or a comma.
func (s *scanner) weekday(i int) (time.Weekday, int, bool) {
	if !s.has(i, clsWeekday) {
		return 0, i, false
	}
	e, ok := weekdayNames[strings.TrimSuffix(s.word(i), "'s")] // "Monday's count"
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if e.abbreviated {
		// The dot after "Tues." is left out of the span: it often ends the sentence.
		if !(s.sym(j, ".") && s.adj(i)) && !s.sym(j, ",") && !s.capital(i) && s.word(i-1) != "on" {
			return 0, i, false
		}
	}
	return e.day, j, true
}

// prefixWeekday reads "Monday," or "Monday" before a date and returns the day.
func (s *scanner) prefixWeekday(i int) (*time.Weekday, int) {
	if !s.has(i, clsWeekday) {
		return nil, i // what weekday says of most tokens, without the call
	}
	day, j, ok := s.weekday(i)
	if !ok || strings.HasSuffix(s.word(i), "'s") {
		return nil, i // "Thursday's 4.2%": a possessive weekday opens no longer date
	}
	if i >= 2 && (s.word(i-1) == "and" || s.word(i-1) == "or" || s.word(i-1) == "to") && s.has(i-2, clsWeekday) {
		// "on Monday and Tuesday, June 8 and 9": the second of two days names
		// no weekday of the first date after it.
		return nil, i
	}
	if s.sym(j, ",") {
		j++
	}
	// Allocated only here, as most tokens are no weekday, and once a token:
	// three grammars (and wdEnd) read the weekday that starts a date, and the
	// one date kept from the token is the only holder of the pointer.
	c := s.prefixes
	if c == nil {
		wd := new(time.Weekday)
		*wd = day
		return wd, j
	}
	if c.at != i+1 {
		wd := new(time.Weekday)
		*wd = day
		c.at, c.wd = i+1, wd
	}
	return c.wd, j
}

// weekdayCache holds the weekday prefixWeekday last read, at token at-1. It
// sits apart from the scanner: a pointer read from the scanner itself would
// make the analysis of escapes move the scanner's buffers to the heap.
type weekdayCache struct {
	at int
	wd *time.Weekday
}
