// Package rank finds rank claims ("the third-largest investor", "ranking first in
// ODA", "top five life insurers") with who is ranked, in what, and where.
package rank

import (
	"encoding/binary"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Rank is one rank claim. Start and End are byte offsets of the rank phrase.
type Rank struct {
	Start, End int
	Rank       int  // 1 = first/top/largest
	AtMost     bool // "top five" = rank <= 5
	// Categories are normalised category words, one per category when one rank covers
	// several ("the fourth-largest trading and tourism partner" = ["trade", "tourism"]).
	Categories []string
	// Subject is who is ranked, as written ("Japan"); SubjectStart/End locate it (-1 when unknown).
	Subject                  string
	SubjectStart, SubjectEnd int
	// Owner is whose ranking it is ("Vietnam's third-largest investor" = "Vietnam"), "" when unstated.
	Owner string
	// Scope is where the ranking holds ("in Asia and Oceania", "in the world"), "" when unstated.
	Scope string
}

// Parse returns the rank claims in text (tokens toks, as token.Scan gives
// them), in text order. toks may cover one sentence or a whole document:
// sentences are found again here so that subjects and owners never leak across
// sentence boundaries.
func Parse(text string, toks []token.Token) []Rank {
	cue := firstCue(text, toks)
	if cue < 0 {
		return nil
	}
	var s scanner
	if !s.init(text, toks, cue+1) {
		return nil
	}
	// Every rank phrase starts at a cue or, for "twenty-first", two tokens
	// before one: match finds nothing before the first cue less two.
	from := cue - 2
	var out []Rank
	for lo := 0; lo < len(toks); {
		hi := s.sentenceEnd(lo)
		if hi > from {
			out = s.sentence(out, lo, hi, max(lo, from))
		}
		lo = hi
	}
	return out
}

// scanner holds one text with its tokens and their lower-cased forms.
type scanner struct {
	text string
	toks []token.Token
	// fold is text with its ASCII capitals folded (text itself when it has
	// none): the lower-case form of every ASCII word, at the word's own span.
	fold string
	// wide are the words with non-ASCII bytes, lower-cased by strings.ToLower
	// (which may change their length), in token order.
	wide []wideWord
	// breaks reports a line break in text: sentenceEnd looks for one
	// between tokens only then.
	breaks bool
}

// wideWord is the lower-cased form w of the non-ASCII word token i.
type wideWord struct {
	i int
	w string
}

// init points s at text and its tokens and lower-cases the words: one folded
// copy of the text, not a string per word or a slice per token, since Parse
// runs on every sentence with a cue. It returns false when a token does not
// lie inside text, since spans would then be meaningless; the tokens before
// checked (firstCue's) are known to.
func (s *scanner) init(text string, toks []token.Token, checked int) bool {
	for _, t := range toks[checked:] {
		if t.Start < 0 || t.End > len(text) || t.Start > t.End {
			return false
		}
	}
	s.text, s.toks, s.fold, s.wide = text, toks, text, nil
	s.breaks = strings.IndexByte(text, '\n') >= 0
	var stack [512]byte
	var b []byte
	if len(text) <= len(stack) {
		b = stack[:len(text)]
	} else {
		b = make([]byte, len(text))
	}
	all, upper := foldASCII(b, text)
	if upper {
		s.fold = string(b)
	}
	wide := all&0x80 != 0
	if wide {
		for i, t := range toks {
			if t.Kind == token.Word && !ascii(text[t.Start:t.End]) {
				s.wide = append(s.wide, wideWord{i, strings.ToLower(text[t.Start:t.End])})
			}
		}
	}
	return true
}

// foldASCII copies src into dst (of the same length) with its ASCII capitals
// folded. all is every byte of src or-ed together (bit 7 set when a byte is
// not ASCII); upper reports a folded capital. It works on eight bytes at a
// time: Parse runs it over every sentence with a cue, some long.
func foldASCII(dst []byte, src string) (all byte, upper bool) {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	var or, caps uint64
	n := copy(dst, src) // then folded in place, a word at a time
	i := 0
	for ; i+8 <= n; i += 8 {
		x := binary.LittleEndian.Uint64(dst[i:])
		or |= x
		// With bit 7 cleared no byte carries into the next: bit 7 of
		// y+0x3f is set for a byte of 'A' or more, of y+0x25 for one above 'Z'.
		y := x &^ high
		m := (y + 0x3f*ones) &^ (y + 0x25*ones) &^ x & high
		caps |= m
		binary.LittleEndian.PutUint64(dst[i:], x|m>>2)
	}
	for ; i < n; i++ {
		c := dst[i]
		or |= uint64(c)
		if c-'A' < 26 {
			c += 'a' - 'A'
			caps = 1
		}
		dst[i] = c
	}
	or |= or >> 32
	or |= or >> 16
	or |= or >> 8
	return byte(or), caps != 0
}

// ascii reports whether w has no byte of 0x80 or above.
func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// sentenceAbbrev reports an abbreviation ending with a dot that does not end a sentence.
func sentenceAbbrev(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "no", "jr",
		"sr", "vs", "inc", "co", "ltd", "corp", "gov",
		"prof", "gen", "col", "lt", "sen", "rep":
		return true
	}
	return false
}

// sentenceEnd returns the end of the sentence whose tokens start at lo.
// Sentences end at sentence punctuation followed by a capital, a quote or a
// line break, and at every line break (news bodies put one paragraph or
// heading per line).
func (s *scanner) sentenceEnd(lo int) int {
	toks, text, breaks := s.toks, s.text, s.breaks // locals: the loop reads no field of s per token
	for i := lo; i+1 < len(toks); i++ {
		t, next := &toks[i], &toks[i+1]
		for k := t.End; breaks && k < next.Start; k++ {
			if text[k] == '\n' {
				return i + 1
			}
		}
		if t.Kind != token.Symbol || t.End-t.Start != 1 {
			continue
		}
		if c := s.text[t.Start]; c == '.' || c == '!' || c == '?' {
			nx := s.text[next.Start:next.End]
			abbrev := i > 0 && sentenceAbbrev(s.word(i-1)) && s.toks[i-1].End == t.Start
			if !abbrev && nx != "" && (isUpper(nx) || nx == "\"" || nx == "“") {
				return i + 1
			}
		}
	}
	return len(s.toks)
}

// sentence appends the ranks of tokens [lo, hi) to out; no rank phrase
// starts before token from.
func (s *scanner) sentence(out []Rank, lo, hi, from int) []Rank {
	first := len(out)
	var hitBuf [8]hit // a sentence rarely holds more rank phrases
	hits := hitBuf[:0]
	for i := from; ; {
		// match finds nothing at a token mayOpen turns away; most tokens
		// of a cued sentence are plain words.
		for i < hi && !s.mayOpen(i, hi) {
			i++
		}
		if i >= hi {
			break
		}
		n := len(hits)
		var next int
		hits, next = s.match(hits, i, lo, hi)
		if len(hits) == n {
			i++
			continue
		}
		i = next
	}
	prevVerb := -2
	prevOwner := ""
	prevRank := 0
	for _, h := range hits {
		if s.isGoal(h.start, lo) {
			continue // "aims for a top-five finish": a plan, not a rank held
		}
		if len(h.cats) == 0 && s.word(h.start) == "the" && h.start-1 >= lo {
			switch s.word(h.start - 1) {
			case "to", "than", "behind", "over", "from", "with", "on", "past":
				continue // "the gap to the second-largest has narrowed": another one, not the subject, is ranked
			}
		}
		r, verb := s.build(h, lo, hi)
		if h.onlyTo && prevRank == r.Rank && len(out) > first {
			// "the second-largest investor, second only to Korea" says one thing twice.
			continue
		}
		if r.Owner == "" && verb == prevVerb && verb >= 0 {
			r.Owner = prevOwner
		}
		if n := len(out); r.Subject == "" && n > first && out[n-1].Subject != "" && out[n-1].End <= r.Start &&
			andJoined(s.text[out[n-1].End:r.Start]) {
			// "Japan, Vietnam's largest ODA provider and its second-largest
			// foreign investor, …": two ranks of one apposition, one subject.
			r.Subject, r.SubjectStart, r.SubjectEnd = out[n-1].Subject, out[n-1].SubjectStart, out[n-1].SubjectEnd
			if lead := strings.ToLower(s.text[r.Start:min(r.End, r.Start+6)]); out[n-1].Owner != "" && (strings.HasPrefix(lead, "its ") || strings.HasPrefix(lead, "their ")) {
				// "the country's largest source of ODA and its second-largest
				// trading partner": the pronoun owns as the first rank's owner.
				r.Owner = out[n-1].Owner
			}
		}
		prevVerb, prevOwner, prevRank = verb, r.Owner, r.Rank
		out = append(out, r)
		out = s.followers(out, h, r, hi)
	}
	return out
}

// nameAfterDescriptor returns the tokens [ns, ne) of a name that follows one
// to three lower-case words of a trade from token k ("chip designer
// Halvorsen Semiconductor"); ne == ns when there is none.
func (s *scanner) nameAfterDescriptor(k, hi int) (ns, ne int) {
	j := k
	for j < hi && j < k+3 && s.toks[j].Kind == token.Word && !isUpper(s.raw(j)) && !itemStop(s.word(j)) {
		j++
	}
	if j == k {
		return k, k
	}
	e := j
	for e < hi && s.toks[e].Kind == token.Word && isUpper(s.raw(e)) && !leadCap(s.word(e)) {
		e++
	}
	return j, e
}

// followers reads the names ranked after a rank phrase: "India was the
// largest source market, followed by Russia with 98,700 and the United
// Kingdom with 81,200" ranks Russia second and the United Kingdom third, in
// India's category and scope. Each name's rank spans the list up to the
// name ("followed by Russia with 98,700 and the United Kingdom"), so that its
// place in it shows.
func (s *scanner) followers(out []Rank, h hit, r Rank, hi int) []Rank {
	if r.Subject == "" || r.AtMost {
		return out // (a rank with no category, "Indonesia was the second-largest, followed by …", takes the one of the sentence before: see claims' continueStandings)
	}
	j, figures := -1, false
	for k := h.end; k+1 < hi && k < h.end+20; k++ {
		if s.isSym(k, ";") {
			return out
		}
		if s.isSym(k-1, ",") && (s.word(k) == "followed" && s.word(k+1) == "by" || s.word(k) == "ahead" && s.word(k+1) == "of") {
			// "ahead of A and B" alone need not rank A next; "ahead of A
			// with 548,000 kg, B with 497,000 kg" gives the table's order.
			j, figures = k+2, s.word(k) == "ahead"
			if figures && len(r.Categories) > 0 && r.Categories[0] == standing {
				return out // a table's places midway, which the next day's table may change
			}
			break
		}
	}
	return s.followerNames(out, r, j, j-2, hi, figures)
}

// commonItem reads a product or kind named in lower case after "followed
// by" ("wire rod at 27 percent", "soybean, …", "wheat fourth") and returns
// its subject's tokens [ss, se) and the token after it, or st three times
// when there is none. A name after the lower-case words is the subject
// ("diabetes treatment Glucorin"). Only an item a figure, a place or the
// list's next comma or "and" closes counts: "followed by strong growth in
// exports" names nothing ranked.
func (s *scanner) commonItem(st, hi int) (ss, se, e int) {
	e = st
	named := -1 // where a name after the lower-case words starts
	for e < hi && e < st+8 {
		if (s.isSym(e, ",") || s.word(e) == "and") && e > st && named < 0 && s.numberFrom(e, hi) {
			// Where figures close the items, "and" or a comma before more
			// words joins two things inside one: "dolls and plush at 19%",
			// "fashion, accessories and watches at €96.5 million".
			k := e + 1
			if s.isSym(e, ",") && s.word(k) == "and" {
				k++
			}
			if k < hi && s.toks[k].Kind == token.Word && !isUpper(s.raw(k)) && !itemStop(s.word(k)) {
				e = k
				continue
			}
		}
		if s.toks[e].Kind != token.Word || itemStop(s.word(e)) {
			break
		}
		if _, _, ok := s.ordinalAt(e, hi); ok {
			break
		}
		if isUpper(s.raw(e)) {
			if e == st || leadCap(s.word(e)) {
				break
			}
			if named < 0 {
				named = e
			}
		} else if named >= 0 {
			break
		}
		e++
		if e+1 < hi && s.isSym(e, "-") && s.adjacent(e-1) && s.adjacent(e) && s.toks[e+1].Kind == token.Word {
			e++ // "hot-rolled coil"
		}
	}
	ss = st
	if named >= 0 {
		ss = named
	}
	switch {
	case e == st || e-st > 7:
		return st, st, st
	case e >= hi || s.figureAfter(e, hi):
	case s.word(e) == "at" && e+1 < hi && (s.toks[e+1].Kind == token.Number || e+2 < hi && s.toks[e+1].Kind == token.Symbol && s.toks[e+2].Kind == token.Number):
		// "at 27 percent", "at ₹1,780 crore"
	case (s.isSym(e, ",") || s.word(e) == "and") && e-st <= 2 && !s.numberFrom(e, hi):
		// "followed by soybean, with sunflower in third place": a list with
		// no figures; where figures close the items, a comma or "and" may
		// join two things inside one ("liquor and tobacco at €215.4 million").
	default:
		if _, ok := s.placeAfter(e, hi); ok {
			break
		}
		if n, _, ok := s.ordinalAt(e, hi); ok && n > 1 {
			break
		}
		return st, st, st
	}
	return ss, e, e
}

// numberFrom reports a number token in [i, hi).
func (s *scanner) numberFrom(i, hi int) bool {
	for ; i < hi; i++ {
		if s.toks[i].Kind == token.Number {
			return true
		}
	}
	return false
}

// itemStop reports a word no lower-case item of a ranking holds: function
// words and the verbs and adverbs that end one ("followed by a rise", "as
// exports rose").
func itemStop(w string) bool {
	switch w {
	case "a", "an", "the", "at", "with", "in", "and", "or", "of", "to", "from", "by", "for", "on",
		"its", "their", "his", "her", "which", "that", "who", "was", "were", "is", "are", "has", "have",
		"had", "as", "while", "then", "also", "each", "both", "all", "other", "others", "more", "less",
		"rest", "remaining", "respectively":
		return true
	}
	return false
}

// figureAfter reports a figure told right after a name, at token e: "with
// 548,000 kg", "with €33.5 million", "(0.97 million)".
func (s *scanner) figureAfter(e, hi int) bool {
	if s.word(e) != "with" && !s.isSym(e, "(") {
		return false
	}
	k := e + 1
	if k < hi && s.toks[k].Kind == token.Symbol && !s.isSym(k, ",") {
		k++ // "with €33.5 million"
	}
	return k < hi && s.toks[k].Kind == token.Number
}

// placeAfter reads the place a name is given right after it, at token e:
// "in second place", "in third".
func (s *scanner) placeAfter(e, hi int) (int, bool) {
	if s.word(e) != "in" || e+1 >= hi {
		return 0, false
	}
	n, _, ok := s.ordinalAt(e+1, hi)
	return n, ok && n > 1
}

// nameParticle reports a lower-case word that joins the parts of a place
// name: "Rio Grande do Sul", "Dar es Salaam", "Nuevo León de la Sierra".
func nameParticle(w string) bool {
	switch w {
	case "do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "es", "el", "la":
		return true
	}
	return false
}

// FollowedBy reads a sentence that goes on with the ranking prev: "It was
// followed by Lake Basin Girls in Kisumu (10.71), Kabarnet Highlands Girls in
// Baringo (10.62) and …" ranks each name one place after the one before, in
// prev's category. Nil unless the sentence opens with "It was followed by"
// (or "They were", "This was").
func FollowedBy(text string, toks []token.Token, prev Rank) []Rank {
	if len(toks) < 5 || len(prev.Categories) == 0 || prev.AtMost {
		return nil
	}
	var s scanner
	if !s.init(text, toks, 0) {
		return nil
	}
	switch s.word(0) {
	case "it", "this", "they", "that":
	default:
		return nil
	}
	if v := s.word(1); v != "was" && v != "were" || s.word(2) != "followed" || s.word(3) != "by" {
		return nil
	}
	prev.Start, prev.End = 0, 0
	return s.followerNames(nil, prev, 4, 2, s.sentenceEnd(0), false)
}

// followerNames reads the names from token j on, ranked one after another
// after r, each rank spanning the list from token from to its name. With
// figures, each name must be told with its figure.
func (s *scanner) followerNames(out []Rank, r Rank, j, from, hi int, figures bool) []Rank {
	n := r.Rank
	for j >= 0 && j < hi && n < r.Rank+5 {
		st := j
		if s.word(st) == "with" && !figures && st > from+2 {
			st++ // "followed by soybean, with sunflower in third place"
		}
		if s.word(st) == "the" {
			st++
		}
		e := st
		for e < hi && s.toks[e].Kind == token.Word && isUpper(s.raw(e)) && !leadCap(s.word(e)) {
			e++
			if e < hi && s.toks[e].Kind == token.Number && s.adjacent(e-1) {
				e++ // "the K3", "the A350": a model's number is its name's
			}
			if s.isSym(e, ".") && e+1 < hi && s.adjacent(e-1) && isUpper(s.raw(e+1)) && len(s.raw(e-1)) <= 3 {
				e++ // "St. Bakhita Girls": an abbreviation inside the name
			}
			if e+1 < hi && nameParticle(s.word(e)) && s.toks[e+1].Kind == token.Word && isUpper(s.raw(e+1)) {
				e++ // "Rio Grande do Sul", "Dar es Salaam": a particle inside the name
			}
		}
		if e == st+1 && attrib.CountryOfAdjective(s.word(st)) != "" {
			// "followed by Norwegian chip designer Halvorsen Semiconductor in
			// second place": the nationality and the trade come before the name.
			if ns, ne := s.nameAfterDescriptor(st+1, hi); ne > ns {
				st, e = ns, ne
			}
		}
		ss, se := st, e // the subject's tokens
		if e == st {
			// "followed by wire rod at 27 percent, hot-rolled coil at 19
			// percent", "followed by diabetes treatment Glucorin at …"
			ss, se, e = s.commonItem(st, hi)
		}
		place, placed := s.placeAfter(e, hi)
		if n, _, ok := s.ordinalAt(e, hi); !placed && ok && n > 1 && e > st {
			place, placed = n, true // "and wheat fourth"
		}
		if e == st || figures && !s.figureAfter(e, hi) && !placed {
			break
		}
		n++
		if placed {
			n = place // "ahead of Zielona Spiżarnia in second place, Mistrz Piekarz in third"
		}
		f := r
		f.Rank, f.Subject = n, s.text[s.toks[ss].Start:s.toks[se-1].End]
		f.SubjectStart, f.SubjectEnd = s.toks[ss].Start, s.toks[se-1].End
		f.Start, f.End = s.toks[from].Start, s.toks[e-1].End
		out = append(out, f)
		// "with 98,700" and the like belong to the name; a comma or "and"
		// leads to the next.
		k := e
		for k < hi && !s.isSym(k, ",") && s.word(k) != "and" && !s.isSym(k, ";") && k < e+8 {
			k++
		}
		if k >= hi || !s.isSym(k, ",") && s.word(k) != "and" {
			break
		}
		if s.isSym(k, ",") {
			k++
		}
		if s.word(k) == "and" {
			k++
		}
		j = k
	}
	return out
}

// mayOpen reports whether match can find a rank phrase at token i of a
// sentence ending at hi: at "top", "no", "number", a superlative, an ordinal
// ("third", "3" before "rd") or a tens word before a dash ("twenty-first").
// Every other token makes match return nothing, so sentence skips it without
// the map lookups match makes. Every superlative and ordinal word has five
// letters or more and ends in st, nd, rd or th.
func (s *scanner) mayOpen(i, hi int) bool {
	switch s.toks[i].Kind {
	case token.Number:
		return i+1 < hi && s.adjacent(i)
	case token.Word:
		w := s.word(i)
		switch n := len(w); {
		case n == 2:
			return w == "no"
		case n == 3:
			return w == "top"
		case n == 4:
			return w == "best" // "the best-selling label"
		case n < 5:
			return false
		case w[n-1] == 'y':
			return w[n-2] == 't' // "twenty", "thirty": a compound may follow
		case n == 6 && w == "number":
			return true
		}
		return ordinalSuffix(w[len(w)-2:])
	}
	return false
}

func (s *scanner) isSym(i int, sym string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.Kind == token.Symbol && s.text[t.Start:t.End] == sym
}

// word returns the lower-cased text of token i, "" for other tokens and
// indices outside the tokens.
func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != token.Word {
		return ""
	}
	for _, w := range s.wide {
		if w.i == i {
			return w.w
		}
	}
	t := s.toks[i]
	return s.fold[t.Start:t.End]
}

func (s *scanner) raw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

// barePossessive reports an apostrophe that closes a plural possessive
// ("the Philippines' largest"): token i is the apostrophe, right after a word
// ending in "s" and before a space.
func (s *scanner) barePossessive(i int) bool {
	if i < 1 || i >= len(s.toks) || s.toks[i].Kind != token.Symbol || !s.adjacent(i-1) || s.adjacent(i) {
		return false
	}
	if r := s.raw(i); r != "'" && r != "’" {
		return false
	}
	w := s.word(i - 1)
	return len(w) > 1 && w[len(w)-1] == 's'
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (s *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// isUpper reports whether w starts with an upper-case letter.
func isUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// isDash reports whether token i is a hyphen or dash joining words.
func (s *scanner) isDash(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != token.Symbol {
		return false
	}
	switch s.raw(i) {
	case "-", "‑", "–":
		return true
	}
	return false
}

// andJoined reports the words between two rank phrases of one apposition:
// " and ", " and its ", " and the ".
func andJoined(between string) bool {
	switch strings.TrimSpace(between) {
	case "and", "and its", "and the", "and their", "and also":
		return true
	}
	return false
}
