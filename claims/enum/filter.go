package enum

import (
	"math/bits"
	"strings"
)

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
	return candidateIn(s, 0, len(s), wantAnn, wantNamed, listNext)
}

// candidateIn is candidate of the block text[a:b]. Its windows read the text
// around the block in place, the bytes outside it masked off, so that a short
// block costs no copy of its last window.
func candidateIn(text string, a, b int, wantAnn, wantNamed bool, listNext func() bool) bool {
	s := text[a:b]
	c := cands{s: s, wantAnn: wantAnn, wantNamed: wantNamed, firstCount: -1, lastAnnounce: -1,
		colonAt: noHit, dashAt: noHit}
	// The runs of letters and of digits are found 64 bytes at a time: masks
	// hold a bit for each letter (digit) byte, and a run starts or ends where
	// a mask differs from itself shifted by one byte. Only the ends of runs
	// are visited: of the runs of letters, only those of three letters or
	// more (no opener is shorter, and a third of the words of prose are;
	// five for named lists alone), and a word goes further than a table
	// look-up only when its first and last letters and its length are those
	// of an opener word (a few words in a hundred). Bytes past the end of s
	// read as zero, which end any run still open.
	shape := shapeFor(wantAnn, wantNamed)
	var prevL, prevL3 uint64 // the letter and long-run masks of the window before
	wsOpen := 0              // where the run of letters open at the window's start began
	ds := 0                  // where the open run of digits started
	var carryD uint64        // 1 when the byte before the window is a digit
	for i := 0; i <= len(s); i += 64 {
		l, d := windowMasks(text, a+i, b, wantAnn)
		if prevL>>63 == 0 {
			wsOpen = i // no run of letters crosses into the window
		}
		// l3 marks the letters that are the third or later of their run (the
		// fifth or later when only list names and basis verbs, all longer,
		// are looked for); el the first byte after such a run.
		l3 := l & (l<<1 | prevL>>63) & (l<<2 | prevL>>62)
		if !wantAnn {
			l3 &= (l<<3 | prevL>>61) & (l<<4 | prevL>>60)
		}
		el := (l3<<1 | prevL3>>63) &^ l
		td := d ^ (d<<1 | carryD)
		carryD = d >> 63
		sd, ed := td&d, td&^d // the starts and ends of runs of digits
		for ends := el | ed; ends != 0; ends &= ends - 1 {
			b := ends & -ends
			p := i + bits.TrailingZeros64(ends)
			if el&b != 0 {
				// The run starts after the last other byte before its end,
				// or in a window before.
				ws := wsOpen
				if x := ^l & (b - 1); x != 0 {
					ws = i + 64 - bits.LeadingZeros64(x)
				}
				// No opener word is longer than twelve letters, so the table
				// has no bit for lengths past that: one test without a branch
				// on the length, which no branch predicts.
				if shape[shapeKey(s[ws], s[p-1])]>>uint(min(p-ws, 15))&1 != 0 && c.word(ws, p) {
					return true
				}
				continue
			}
			if sd != 0 && sd&-sd < b { // else the run began before the window
				ds = i + bits.TrailingZeros64(sd)
				sd &= sd - 1
			}
			if c.number(ds, p) {
				return true
			}
		}
		// At most one start of digits is left: that of a run still open at
		// the window's end. A run of letters open there started after the
		// window's last other byte, or where it was open before (a window
		// of letters only).
		if sd != 0 {
			ds = i + bits.TrailingZeros64(sd)
		}
		if l>>63 != 0 && ^l != 0 {
			wsOpen = i + 64 - bits.LeadingZeros64(^l)
		}
		prevL, prevL3 = l, l3
	}
	return c.firstCount >= 0 && listNext()
}

// cands is the state of candidate over one block: kept out of its loop, so
// that the loop keeps its own variables in registers.
type cands struct {
	s                  string
	wantAnn, wantNamed bool
	firstCount         int // where the first count that countedNoun allows starts
	lastAnnounce       int // where the last announcing verb ends
	// The next colon and dash looked for (see hit): the block is searched
	// for each about once in all.
	colonAt, dashAt hit
}

// colonAfter reports whether a colon follows offset i in the block.
func (c *cands) colonAfter(i int) bool {
	return c.colonAt.next(c.s, i, indexColon) < len(c.s)
}

// count reports whether a count at i has a cue announce can take: an
// announcing verb close enough before it or a colon after it. When the
// count's noun is known to end at end (see countedNoun), the colon must be
// in the sentence from there on: cue looks for it nowhere else.
func (c *cands) count(i, end int) bool {
	if c.firstCount < 0 {
		c.firstCount = i
	}
	if at := partitiveStart(c.s, i); c.lastAnnounce >= 0 && c.lastAnnounce <= at && chunks(c.s[c.lastAnnounce:at]) <= 2 {
		return true // announce counts N of "N of the M things" (see partitive)
	}
	from := i
	if end >= 0 {
		from = end
	}
	if copulaNames(c.s[from:]) || copulaBefore(c.s[:i]) || appositionBefore(c.s[:i]) || asBefore(c.s[:i]) || end >= 0 && appositionAfter(c.s[end:]) ||
		end < 0 && (appositionSoon(c.s[i:]) || coverSoon(c.s[i:])) || placeCommaSoon(c.s[i:]) {
		return true
	}
	// The colon and the dash are looked for only where the block has one
	// after the count: where each is next is remembered, so the block is
	// searched for each about once.
	colon, dash := c.colonAt.next(c.s, from, indexColon), c.dashAt.next(c.s, from, indexDash)
	if end >= 0 {
		if theyNext(c.s[end:]) || strings.HasPrefix(c.s[end:], " as ") || coverSoon(c.s[end:]) || heldInAfter(c.s[end:]) {
			return true // "… They cover", "listed the three priorities as …" (see cue)
		}
		if colon == len(c.s) && dash == len(c.s) {
			return false
		}
		// The colon and the dash count in the sentence alone.
		se := sentenceEnd(c.s, end)
		return colon < se || dash < se && spacedDash(c.s[end:se])
	}
	return colon < len(c.s) || dash < len(c.s) && dashAfter(c.s[i:])
}

// heldInAfter reports ", held in" (or staged, played, hosted; in or at)
// right after a count's noun: the cue of heldInList, and of the filter.
func heldInAfter(s string) bool {
	if !strings.HasPrefix(s, ", ") {
		return false
	}
	verb, rest, _ := strings.Cut(s[2:min(len(s), 20)], " ")
	switch strings.ToLower(verb) {
	case "held", "staged", "played", "hosted":
		return strings.HasPrefix(rest, "in ") || strings.HasPrefix(rest, "at ")
	}
	return false
}

// coverSoon reports a verb of scope in the sentence after a count's noun,
// as coverList reads: "The seven agreements, signed …, cover …".
func coverSoon(s string) bool {
	// The words between two spaces, each looked up in place, rather than a
	// search for each verb; the sentence's end is wanted only once one is
	// found, and the first found ends before any other.
	r := s[:min(len(s), 120)]
	for k := strings.IndexByte(r, ' '); k >= 0; {
		n := strings.IndexByte(r[k+1:], ' ')
		if n < 0 {
			return false
		}
		// Every verb starts with c or s.
		if c := r[k+1]; (c == 'c' || c == 's') && scopeVerb(r[k+1:k+1+n]) {
			return k+n+2 <= sentenceEndBefore(s, 0, len(r))
		}
		k += 1 + n
	}
	return false
}

// scopeVerb reports the verbs coverSoon looks for.
func scopeVerb(w string) bool {
	switch w {
	case "cover", "covered", "span", "spanned", "concern", "concerned", "covering", "spanning":
		return true
	}
	return false
}

// asSoon reports " as " within the few words after an announcing verb, in
// its sentence: "listed the delegation's priorities as …" (see cue), or
// after a list it names ("listed semiconductors, renewable energy,
// healthcare and the digital economy as the areas …", namedAsUncounted).
func asSoon(s string) bool {
	s = s[:min(len(s), 160)]
	k := strings.Index(s, " as ")
	return k >= 0 && !strings.ContainsAny(s[:k], ".;:!?\n")
}

// appositionSoon reports a comma and a capital within the few words after a
// count whose noun the filter could not measure ("five worst-hit districts,
// Jacobabad, …"): names in apposition may follow it.
func appositionSoon(s string) bool {
	s = s[:min(len(s), 60)]
	k := strings.IndexByte(s, ',')
	if k < 0 || strings.ContainsAny(s[:k], ".;:!?\n") {
		return false
	}
	return appositionAfter(s[k:])
}

// placeCommaSoon reports ", at" or ", to" and a capital within the few
// words after a count ("four camps for displaced people, at Danja …", "seven
// new routes from Gdańsk this year, to Reykjavik, …"): the places may be its
// items (see cue).
func placeCommaSoon(s string) bool {
	// cue reads 25 tokens past the count: "five new international routes
	// from the airport in the first quarter, to …"; ", in": see inPlacesList.
	s = s[:min(len(s), 160)]
	for _, p := range []string{", at ", ", to ", ", in "} {
		k := strings.Index(s, p)
		if k >= 0 && k+5 < len(s) && isCapital(s[k+5]) && !strings.ContainsAny(s[:k], ".;:!?\n") {
			return true
		}
	}
	return false
}

// partitiveStart returns where the N of "N of the M" starts when the count at
// i is M, else i.
func partitiveStart(s string, i int) int {
	head := s[:i]
	if sp := strings.LastIndexByte(strings.TrimRight(head, " "), ' '); sp >= 0 {
		if w := strings.ToLower(head[sp+1:]); strings.HasSuffix(w, "'s ") || strings.HasSuffix(w, "’s ") {
			head = head[:sp+1] // "Three of the train's 22 carriages": the possessive is the M's
		}
	}
	var before string
	ok := false
	for _, of := range []string{" of the ", " of its ", " of their "} {
		if before, ok = cutSuffixFold(head, of); ok {
			break
		}
	}
	if !ok {
		return i
	}
	return strings.LastIndexAny(before, " \t\n\r") + 1
}

// cutSuffixFold is strings.CutSuffix with the suffix's ASCII letters matched
// in either case.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// hit remembers where a search of a block from some offset found its first
// match (len of the block when none): a search from any offset between the
// two finds the same match, without reading the block again.
type hit struct{ from, at int }

// noHit is a hit that answers no search.
var noHit = hit{from: 1, at: -1}

// next returns the offset of the first match of index in s at or after from.
func (h *hit) next(s string, from int, index func(string) int) int {
	if from < h.from || from > h.at {
		h.from, h.at = from, len(s)
		if k := index(s[from:]); k >= 0 {
			h.at = from + k
		}
	}
	return h.at
}

func indexColon(s string) int { return strings.IndexByte(s, ':') }

// indexDash finds the first byte of "—" and "–", and of a few other runes,
// or the hyphen of " - " typed for a dash, whichever comes first.
func indexDash(s string) int {
	k := strings.IndexByte(s, 0xe2)
	end := len(s)
	if k >= 0 {
		end = k // a hyphen counts only before it
	}
	// The hyphens, which are rare, are looked for rather than the spaces
	// around them, which are not.
	for from := 1; from < end; {
		h := strings.IndexByte(s[from:end], '-')
		if h < 0 {
			break
		}
		h += from
		if s[h-1] == ' ' && h+1 < len(s) && s[h+1] == ' ' {
			return h
		}
		from = h + 1
	}
	return k
}

// theyNext reports whether s, from the end of a count's noun, closes the
// sentence and the next opens with "They", "These" or "Those", as
// nextSentenceList reads.
func theyNext(s string) bool {
	if !strings.HasPrefix(s, ". ") {
		return false
	}
	r := strings.TrimLeft(s[1:], " ")
	return strings.HasPrefix(r, "They ") || strings.HasPrefix(r, "These ") || strings.HasPrefix(r, "Those ")
}

// dashAfter reports whether a spaced dash follows in the sentence of s, as
// cue takes one to set a list off.
func dashAfter(s string) bool {
	return spacedDash(s[:sentenceEnd(s, 0)])
}

// spacedDash reports whether s holds " — ", " – " or " - ". It looks for the
// dashes' first byte, which is rare, rather than for the spaces, which are not.
func spacedDash(s string) bool {
	if strings.Contains(s, " - ") {
		return true
	}
	for from := 0; ; {
		k := strings.IndexByte(s[from:], 0xe2)
		if k < 0 {
			return false
		}
		k += from
		if k > 0 && s[k-1] == ' ' && k+3 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0x94 || s[k+2] == 0x93) && s[k+3] == ' ' {
			return true
		}
		from = k + 1
	}
}

// copulaBefore reports whether s, up to a count, may end with the copula of a
// list before it, as listBefore reads: "… and Japan were the ".
//
// The last copula of the last 40 bytes must have at most three spaces after
// its own first one ("were the ", "were Vietnam's top "): it starts at one of
// the last four spaces, the only ones looked at.
func copulaBefore(s string) bool {
	s = s[max(0, len(s)-40):]
	if !strings.Contains(s, "re ") {
		return false // most counts: no copula at all, found by one quick search
	}
	for k, n := len(s)-1, 0; k >= 0 && n < 4; k-- {
		if s[k] != ' ' {
			continue
		}
		n++
		if strings.HasPrefix(s[k:], " were ") || strings.HasPrefix(s[k:], " are ") {
			return true
		}
	}
	return false
}

// appositionBefore reports whether s, up to a count, ends with ", the " as
// the names listed before it do in namesBeforeComma: "… and Rongai, the ".
func appositionBefore(s string) bool {
	if strings.HasSuffix(s, ", the ") || strings.HasSuffix(s, ", the top ") {
		return true // "…, Kayla Pillay and Lerato Khumalo, the top four finishers"
	}
	// "Limache, Villa Alemana and Quilpué, three communes": a name before
	// the comma, its first letter a capital (or any letter past ASCII).
	w, ok := strings.CutSuffix(s, ", ")
	if !ok {
		return false
	}
	k := strings.LastIndexByte(w, ' ') + 1
	return k < len(w) && (w[k] >= 'A' && w[k] <= 'Z' || w[k] >= 0x80)
}

// asBefore reports whether s, up to a count, ends with " as the " (or "as
// his", "as its", …), as the items a naming verb lists before it do in
// namedAs: "named A, B and C as the ".
func asBefore(s string) bool {
	if len(s) < 8 || !strings.Contains(s[len(s)-min(len(s), len(" as their ")):], "as ") {
		return false // most counts: no "as" in the few bytes where one must start
	}
	for _, d := range []string{" as the ", " as his ", " as her ", " as its ", " as their ", " as our "} {
		if strings.HasSuffix(s, d) {
			return true
		}
	}
	return strings.HasSuffix(s, " as ")
}

// copulaNames reports whether s, from the end of a count's noun, may go on
// with "were" or "are" and a name, as copulaList reads: " were India, …".
func copulaNames(s string) bool {
	head := s[:min(len(s), copulaReach+len(" consisted of "))]
	if !strings.Contains(head, "re ") && !strings.Contains(head, " compris") && !strings.Contains(head, " consist") {
		return false // most counts: no copula in reach, found by one quick search
	}
	for _, v := range []string{" were ", " are ", " comprise ", " comprises ", " comprised ", " consist of ", " consists of ", " consisted of "} {
		if strings.HasPrefix(s, v) {
			if r := s[len(v):]; strings.HasPrefix(r, "a ") || strings.HasPrefix(r, "an ") || strings.HasPrefix(r, "the ") {
				return true // "were a joint declaration, the water agreement, …" (see copulaList)
			}
			rest := strings.TrimPrefix(s[len(v):], "the ")
			for _, q := range []string{"\"", "“", "'", "‘"} {
				rest = strings.TrimPrefix(rest, q) // titles: "are \"The Night Ferry\" by …"
			}
			return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
		}
	}
	// The noun's end may be unknown: look for the copula a few words on,
	// starting before byte copulaReach+1, past a participle phrase ("The
	// seven documents signed at the closing session were …").
	if k := strings.Index(s[:min(len(s), copulaReach+len(" were "))], " were "); k >= 0 {
		return copulaNames(s[k:])
	}
	if k := strings.Index(s[:min(len(s), copulaReach+len(" are "))], " are "); k >= 0 {
		return copulaNames(s[k:])
	}
	if k := strings.Index(s[:min(len(s), copulaReach+len(" compris"))], " compris"); k > 0 {
		return copulaNames(s[k:])
	}
	if k := strings.Index(s[:min(len(s), copulaReach+len(" consist"))], " consist"); k > 0 {
		return copulaNames(s[k:])
	}
	return false
}

// copulaReach bounds where the copula after a count's noun may start.
const copulaReach = 60

// word checks the letter run s[i:j], which has the shape of an opener word.
func (c *cands) word(i, j int) bool {
	s := c.s
	w := s[i:j] // most words have no capital: read them in place
	op, following := opener(w), w == "following"
	for k := range len(w) {
		if w[k] < 'a' { // a capital: fold the word
			var buf [12]byte // the longest word checked: "cornerstones"
			for k := range len(w) {
				buf[k] = w[k] | 0x20
			}
			// Converted where used, the folded word stays on the stack.
			op, following = opener(string(buf[:len(w)])), string(buf[:len(w)]) == "following"
			break
		}
	}
	switch op {
	case openCount:
		if c.wantAnn {
			if ok, end := countedNoun(s, j); ok && c.count(i, end) {
				return true
			}
		}
		if following { // also an announcing verb
			if c.wantAnn && c.colonAfter(i) {
				return true
			}
			c.lastAnnounce = j
		}
	case openName:
		if c.wantNamed && nameOf(s, j) {
			return true
		}
	case openBasis:
		if c.wantNamed && basisPrep(s, j) {
			return true
		}
	case openAnnounce:
		if c.wantAnn && (c.colonAfter(i) || asSoon(s[j:])) {
			return true
		}
		c.lastAnnounce = j
	case openNamely:
		if c.firstCount >= 0 {
			return true
		}
	}
	return false
}

// number checks the run of digits s[i:j].
func (c *cands) number(i, j int) bool {
	if !c.wantAnn || j-i > 4 {
		return false
	}
	v := 0
	for k := i; k < j; k++ {
		v = v*10 + int(c.s[k]-'0')
	}
	if v < 2 || v > 50 {
		return false
	}
	ok, end := countedNoun(c.s, j)
	return ok && c.count(i, end)
}

// Byte masks for the eight-bytes-at-a-time scans.
const (
	lows  = 0x7f7f7f7f7f7f7f7f
	highs = 0x8080808080808080
	ones  = 0x0101010101010101
)

// windowMasks returns a bit for each byte of text[i:i+64] that is an ASCII
// letter (l) or, when digits is set, digit (d), bit k for byte i+k; bytes at
// or past end read as zero, neither letter nor digit. Only counts need the
// digits: a scan for named lists alone gets none.
func windowMasks(text string, i, end int, digits bool) (l, d uint64) {
	if i+64 <= len(text) {
		b := text[i : i+64]
		// The words are read from the last, each shifting the masks of
		// those after it up: every shift is by a constant.
		for k := 56; k >= 0; k -= 8 {
			w := uint64(b[k]) | uint64(b[k+1])<<8 | uint64(b[k+2])<<16 | uint64(b[k+3])<<24 |
				uint64(b[k+4])<<32 | uint64(b[k+5])<<40 | uint64(b[k+6])<<48 | uint64(b[k+7])<<56
			lm, dm := classMasks(w)
			l, d = l<<8|gather(lm), d<<8|gather(dm)
		}
		if !digits {
			d = 0
		}
		if n := end - i; n < 64 {
			keep := uint64(1)<<max(n, 0) - 1
			l, d = l&keep, d&keep
		}
		return l, d
	}
	var buf [64]byte
	copy(buf[:], text[min(i, end):end])
	for k := 56; k >= 0; k -= 8 {
		w := uint64(buf[k]) | uint64(buf[k+1])<<8 | uint64(buf[k+2])<<16 | uint64(buf[k+3])<<24 |
			uint64(buf[k+4])<<32 | uint64(buf[k+5])<<40 | uint64(buf[k+6])<<48 | uint64(buf[k+7])<<56
		lm, dm := classMasks(w)
		l, d = l<<8|gather(lm), d<<8|gather(dm)
	}
	if !digits {
		d = 0
	}
	return l, d
}

// gather packs the top bits of the eight bytes of m into one byte, byte k's
// into bit k: the multiplication shifts each into the top byte, and no two
// partial products overlap there.
func gather(m uint64) uint64 { return (m >> 7) * 0x0102040810204080 >> 56 }

// classMasks sets the top bit of each byte of w that is an ASCII letter (l)
// or digit (d). Every byte is reduced to seven bits first, so no sum carries
// into the next byte; the top bit of w itself rules out the bytes of UTF-8
// sequences. The two masks share both steps. A byte at or past the top of a
// range is at or past its bottom too, so the exclusive or of the two sums
// has the top bit of "in the range" (its other bits are masked off).
func classMasks(w uint64) (l, d uint64) {
	f := w & lows
	lf := f | 0x20*ones // capitals folded to lower case
	ascii := ^w & highs
	l = ((lf + (0x80-'a')*ones) ^ (lf + (0x80-'z'-1)*ones)) & ascii
	d = ((f + (0x80-'0')*ones) ^ (f + (0x80-'9'-1)*ones)) & ascii
	return l, d
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
// the three after it must start a list as block requires: a bullet, or a
// marker numbered one.
func mayList(text string, ls []line, k, e int) bool {
	for m := k + 1; m < e; m++ {
		if startsList(text, ls[m]) {
			return true
		}
	}
	n := e
	for n < len(ls) && n < e+3 && blank(text, ls[n]) {
		n++
	}
	return n < len(ls) && startsList(text, ls[n])
}

// startsList reports whether l can be the first item of a list that block reads.
func startsList(text string, l line) bool {
	st, num, _ := marker(text, l)
	return st == StyleBullets || st != "" && num == 1
}

// lastWordLen is the length of the word that ends s (spaces after it aside
// by the caller): the run of ASCII letters at its end.
func lastWordLen(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n]|0x20 >= 'a' && s[len(s)-1-n]|0x20 <= 'z' {
		n++
	}
	return n
}

// countedNoun reports whether the bytes after a count, from off, may hold the
// noun phrase countAt reads: up to five words, with no line break, stop word or
// mark before the first plural, which must not be a unit of time. It answers
// true whenever the bytes hold anything it does not model exactly (hyphens,
// apostrophes, dots, non-ASCII text), since the tokenizer reads those finely.
// When it answers true on a plural it read to its end, end is where the
// plural ends, as countAt's phrase does; else end is -1.
func countedNoun(s string, off int) (ok bool, end int) {
	var buf [16]byte
	i := off
	for k := 0; k < 5; k++ {
		// The gap before the word: spaces only; a line break ends the phrase.
		g := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == g || i >= len(s) {
			if k == 0 && i < len(s) && s[i] == '-' {
				return collectiveAfter(s, i+1), -1 // "six-book shortlist": left to countAt
			}
			return i < len(s) && s[i] >= 0x80, -1 // a word glued to the count ("3rd", "20%"), or the end
		}
		c := s[i]
		if c >= 0x80 {
			return true, -1
		}
		if c|0x20 < 'a' || c|0x20 > 'z' {
			return false, -1 // a line break, number or mark: no noun follows
		}
		j := i
		for j < len(s) && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' {
			j++
		}
		if j < len(s) && (s[j] == '-' || s[j] >= 0x80 ||
			s[j] == '\'' && j+1 < len(s) && s[j+1]|0x20 >= 'a' && s[j+1]|0x20 <= 'z' ||
			s[j] == '.' && j-i == 1) {
			return true, -1 // "two-way", "Vietnam's", "U.S.": left to the tokenizer
		}
		if j-i > len(buf) {
			return true, -1 // longer than any stop word; plural or not, let countAt decide
		}
		w := s[i:j] // most words have no capital: read them in place
		for m := range len(w) {
			if w[m] < 'a' {
				for m := range len(w) {
					buf[m] = w[m] | 0x20
				}
				w = string(buf[:len(w)]) // one copy for the three look-ups
				break
			}
		}
		if nounStop(w) {
			if w == "more" && k == 0 {
				i = j // "Four more settlements were emptied:" (see countAt)
				continue
			}
			if w == "of" && k > 0 && s[i] == 'o' && isCapital(s[g-lastWordLen(s[:g])]) && j+1 < len(s) && isCapital(s[j+1]) {
				i = j // "of" inside a name: "six Medical Officer of Health areas" (see countAt)
				continue
			}
			if w == "of" && k == 0 {
				if e := ownerAfter(s, j); e > 0 {
					i = e // "six of its routes" (see countAt)
					continue
				}
			}
			return false, -1
		}
		if plural(w) {
			return !notItem(w), j
		}
		i = j
	}
	return false, -1
}

// ownerAfter returns the end of the determiner partOfOwner accepts right
// after one space at off ("its", "the"), or -1.
func ownerAfter(s string, off int) int {
	if off >= len(s) || s[off] != ' ' {
		return -1
	}
	i := off + 1
	j := i
	for j < len(s) && j-i < 6 && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if partOfOwner(s[i:j]) && j < len(s) && s[j] == ' ' {
		return j
	}
	return -1
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

// annShape and namedShape are openerShape for the words that can open an
// announced count alone (count words, announcing verbs, "namely") and a named
// list alone (list names, basis verbs): a scan for one of them looks up no
// word of the other.
var annShape, namedShape = func() (ann, named [32 * 32]uint16) {
	for _, w := range openerWords {
		k := shapeKey(w[0], w[len(w)-1])
		switch opener(w) {
		case openName, openBasis:
			named[k] |= 1 << len(w)
		default:
			ann[k] |= 1 << len(w)
		}
	}
	return ann, named
}()

// shapeFor returns the shape table of the openers a scan looks for.
func shapeFor(wantAnn, wantNamed bool) *[32 * 32]uint16 {
	switch {
	case !wantNamed:
		return &annShape
	case !wantAnn:
		return &namedShape
	}
	return &openerShape
}

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

// collectiveAfter reports whether s at off holds a word, a space and a
// collective noun ("book shortlist" after "six-"), as compoundCount wants.
func collectiveAfter(s string, off int) bool {
	j := off
	for j < len(s) && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' {
		j++
	}
	if j == off || j >= len(s) || s[j] != ' ' {
		return false
	}
	k := j + 1
	for k < len(s) && (s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' || s[k] == '-') {
		k++
	}
	return collectiveNouns[strings.ToLower(s[j+1:k])]
}
