package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// rosterMin is the fewest people a roster names: two names are a pair, not a
// list a source could misquote by one member.
const rosterMin = 3

// rosterNouns name a body of people whose members a sentence may name one by
// one ("The five-member jury … was made up of A, B, C, D and E"), with the size
// some of them state themselves.
var rosterNouns = map[string]int{
	"jury": 0, "panel": 0, "committee": 0, "commission": 0, "board": 0, "team": 0, "squad": 0,
	"delegation": 0, "council": 0, "line-up": 0, "lineup": 0, "judges": 0, "jurors": 0, "crew": 0,
	"quartet": 4, "trio": 3,
}

// rosters returns, as named lists marked Roster, the people a group noun
// introduces: the person names after the noun in its sentence, and those of a
// next sentence of the same paragraph that goes on with the members ("The jury
// is headed by A. Its other members are B, C and D."). A roster is named by the
// noun and by what tells two bodies apart in the words before it ("the women's
// 4x100m relay team"); a stated size ("five-member", "quartet") must match the
// names, or the names were misread.
func rosters(doc *Document, text, lowered string, sents []Span, toks []token.Token, ends []int, facts []*Fact) []*Fact {
	// Most sentences name no body of people: a roster noun must stand in a
	// sentence with names near it before any name is looked at closely.
	if !rosterCandidate(lowered, sents, toks, ends, facts) {
		return nil
	}
	// The person names of each sentence, in order (name facts come sentence
	// by sentence), and the full names their last words stand for.
	names := make(map[int][]rosterMember)
	surnames := shortNames{last: map[string]string{}, given: map[string]string{}}
	person := map[string]bool{} // a name is asked once per document
	eachNameFact(facts, sents, func(si int, f *Fact) {
		label := text[f.Span.Start:f.Span.End]
		isPerson, asked := person[label]
		if !asked {
			isPerson = attrib.PersonName(label)
			person[label] = isPerson
		}
		if isPerson && !afterOf(text, f.Span.Start) {
			names[si] = append(names[si], rosterMember{f.Span.Start, f.Span.End, label, f.Subject})
			// A person is named again by the last word ("Kowalski") or, as
			// Thai and Icelandic news do, by the first ("Pornthip").
			nameBy(surnames.last, f.Subject[strings.LastIndexByte(f.Subject, ' ')+1:], label)
			nameBy(surnames.given, f.Subject[:max(0, strings.IndexByte(f.Subject, ' '))], label)
		}
	})
	var out []*Fact
	for i, s := range sents {
		if len(names[i])+len(names[i+1]) < rosterMin-1 {
			continue // most sentences: too few names to look for a body
		}
		st := toks[ends[i]:ends[i+1]]
		g, size := rosterNoun(lowered[s.Start:s.End], st)
		if g < 0 {
			if f := namedBodyRoster(doc, text, s, st, names[i]); f != nil {
				out = append(out, f)
			} else if f := judgedBy(doc, text, lowered, s, names[i]); f != nil {
				out = append(out, f)
			}
			continue
		}
		after := s.Start + st[g].End
		var members []rosterMember
		for _, m := range names[i] {
			if m.start >= after {
				members = append(members, m)
			}
		}
		// Each sentence's names run until a verb of their own ends the list
		// ("The committee, headed by A, submitted its report …").
		members = listRun(text, withSurnames(members, text, s, st, g+1, surnames))
		if i+1 < len(sents) && !strings.Contains(text[s.End:sents[i+1].Start], "\n") {
			next := toks[ends[i+1]:ends[i+2]]
			nl := lowered[sents[i+1].Start:sents[i+1].End]
			if n, _ := rosterNoun(nl, next); n < 0 && membersGoOn(nl, next, size) {
				// "Its other members are B, C and D.", "It is headed by A
				// and includes B, C, D and E."
				more := withSurnames(append([]rosterMember(nil), names[i+1]...), text, sents[i+1], next, 0, surnames)
				members = append(members, listRun(text, more)...)
			}
		}
		if len(members) == 0 {
			continue
		}
		cue, some := membershipCue(lowered[s.Start:s.End], st, g, members[0].start-s.Start)
		if !cue || some && size == 0 {
			// "The jury and audience handed out six prizes: … to A": winners,
			// not members; "The committee, including A, B and C": some of them.
			// A body named in full may still set its people off: "Team
			// Garuda (A, B and C)".
			if f := namedBodyRoster(doc, text, s, st, names[i]); f != nil {
				out = append(out, f)
			}
			continue
		}
		members = distinctMembers(members)
		if len(members) < rosterMin || size > 0 && size != len(members) {
			continue
		}
		out = append(out, rosterFact(doc, s, members, rosterName(lowered[s.Start:s.End], st, g)))
	}
	return out
}

// rosterFact is the named list, marked Roster, of members of the body name.
func rosterFact(doc *Document, s Span, members []rosterMember, name string) *Fact {
	list := enum.NamedList{Start: members[0].start, End: members[len(members)-1].end, Name: name, Roster: true}
	for _, m := range members {
		list.Start, list.End = min(list.Start, m.start), max(list.End, m.end)
		list.Members = append(list.Members, enum.Item{Start: m.start, End: m.end, Label: m.label})
	}
	return &Fact{Kind: KindNamedList, Doc: doc, Span: Span{list.Start, list.End}, Sentence: s, Key: NormalizeKey(list.Name), List: &list}
}

// afterOf reports a name right after "of", "at" or "from": an organisation
// or a place a member comes from ("chief executive of Meridian Agritech",
// "Engr. Okafor of the Nigerian Society of Engineers"), not a member.
func afterOf(text string, start int) bool {
	prev, w := wordBefore(text, start)
	if strings.EqualFold(w, "the") {
		prev, w = wordBefore(text, prev)
	}
	switch strings.ToLower(w) {
	case "of":
		// "a quartet of Mercy Atieno", "made up of Paula Serrano": the
		// group's own members.
		at, before := wordBefore(text, prev)
		if _, prior := wordBefore(text, at); isCapitalised(before) && isCapitalised(prior) {
			return true // "the Federal Board of Supreme Audit": a body's name, not its members
		}
		before = strings.ToLower(strings.Trim(before, ",;:"))
		_, group := rosterNouns[before]
		return !group && before != "up" && before != "consisting" && before != "consists" && before != "comprised" && before != "composed"
	case "at", "from":
		return true
	}
	return false
}

// wordBefore returns the word that ends before byte end, spaces aside, and
// where it starts.
func wordBefore(text string, end int) (int, string) {
	e := end
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && e-b < 24 {
		b--
	}
	return b, text[b:e]
}

// rosterMember is a person a roster names: where, as written in full, and
// folded for comparison.
type rosterMember struct {
	start, end int
	label, key string
}

// withSurnames adds to members the people a sentence names by surname alone
// from token from on ("made up of Dimaculangan, critic …", "… and
// Dimaculangan herself"), when the document gives that surname to one full
// name; the member reads as the full name, at the surname's place.
func withSurnames(members []rosterMember, text string, s Span, toks []token.Token, from int, surnames shortNames) []rosterMember {
	n := len(members)
	for k := from; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != token.Word || lowerASCIIStart(text[s.Start+t.Start]) {
			continue
		}
		word := fold(text[s.Start+t.Start : s.Start+t.End])
		full := surnames.last[word]
		if full == "" && k > 0 && listSlot(text, s, toks[k-1]) {
			full = surnames.given[word] // "led by Pornthip and including …": a given name in the list
		}
		if full == "" || inMember(members[:n], s.Start+t.Start) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Kind == token.Word && !lowerASCIIStart(text[s.Start+toks[k+1].Start]) ||
			k > 0 && toks[k-1].Kind == token.Word && !lowerASCIIStart(text[s.Start+toks[k-1].Start]) {
			continue // a word of a longer name ("the Nigerian Society of Engineers")
		}
		members = append(members, rosterMember{s.Start + t.Start, s.Start + t.End, full, fold(full)})
	}
	slices.SortFunc(members, func(a, b rosterMember) int { return a.start - b.start })
	return members
}

// listSlot reports a token before a name that sets the name in a list of
// people: "by", "and", a comma, a colon.
func listSlot(text string, s Span, t token.Token) bool {
	switch strings.ToLower(text[s.Start+t.Start : s.Start+t.End]) {
	case "by", "and", ",", ":", "of":
		return true
	}
	return false
}

// shortNames map the words a person is named again by, folded, to the full
// name: last words, and given names (taken only where a list sets them).
type shortNames struct{ last, given map[string]string }

// nameBy records that w names the person label, or that it names two.
func nameBy(m map[string]string, w, label string) {
	if w == "" {
		return
	}
	if full, ok := m[w]; ok && full != label {
		m[w] = "" // two people of one name: no telling
	} else if !ok {
		m[w] = label
	}
}

// inMember reports whether byte off lies in one of the members' names.
func inMember(ms []rosterMember, off int) bool {
	for _, m := range ms {
		if off >= m.start && off < m.end {
			return true
		}
	}
	return false
}

// rosterCandidate reports whether some sentence holds a roster noun with
// enough names in it and the sentence after it to make a roster: a count of
// name facts and a look at those few sentences' words, before any name is
// read.
func rosterCandidate(lowered string, sents []Span, toks []token.Token, ends []int, facts []*Fact) bool {
	count := make([]int, len(sents)+1)
	eachNameFact(facts, sents, func(si int, _ *Fact) { count[si]++ })
	for i, s := range sents {
		if count[i]+count[i+1] < rosterMin-1 {
			continue
		}
		if g, _ := rosterNoun(lowered[s.Start:s.End], toks[ends[i]:ends[i+1]]); g >= 0 {
			return true
		}
		if count[i] >= rosterMin && (namesSetOff(lowered[s.Start:s.End]) || judgeVerbAt(lowered[s.Start:s.End]) >= 0) {
			return true // a body's name with its people set off (namedBodyRoster)
		}
	}
	return false
}

// eachNameFact calls fn with each name fact and the index of the sentence
// it stands in; name facts come in the order of the text.
func eachNameFact(facts []*Fact, sents []Span, fn func(si int, f *Fact)) {
	si := 0
	for _, f := range facts {
		if f.Kind != KindName {
			continue
		}
		for si < len(sents) && sents[si].End <= f.Span.Start {
			si++
		}
		if si < len(sents) {
			fn(si, f)
		}
	}
}

// namesSetOff reports a span set off by dashes or brackets that holds a
// list (two commas, or a comma and an "and") and nothing else of note:
// what namedBodyRoster reads, looked for before any name is.
func namesSetOff(sent string) bool {
	for _, m := range [][2]string{{"(", ")"}, {" — ", " —"}, {" – ", " –"}} {
		i := strings.Index(sent, m[0])
		if i < 0 {
			continue
		}
		rest := sent[i+len(m[0]):]
		j := strings.Index(rest, m[1])
		if j < 0 {
			continue
		}
		in := rest[:j]
		if c := strings.Count(in, ", "); c >= 2 || c >= 1 && strings.Contains(in, " and ") {
			return true
		}
	}
	return false
}

// rosterNoun returns the token of the first group noun of a sentence and the
// size it states ("quartet", "a five-member jury"), or -1.
func rosterNoun(lowered string, toks []token.Token) (int, int) {
	for i, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		size, ok := rosterNouns[lowered[t.Start:t.End]]
		if !ok || i+1 < len(toks) && prizeWord(lowered[toks[i+1].Start:toks[i+1].End]) {
			continue // "the Special Jury Prize"
		}
		before := strings.Fields(lowered[:t.Start])
		for _, w := range before[max(0, len(before)-3):] {
			if n := memberCount(w); n > 0 {
				size = n // "a five-member inquiry committee"
			}
		}
		return i, size
	}
	return -1, 0
}

// memberCount reads "five-member" or "5-member" as 5, else 0.
func memberCount(w string) int {
	num, ok := strings.CutSuffix(w, "-member")
	if !ok {
		return 0
	}
	if n, ok := numword.Cardinal(num); ok {
		return n
	}
	n, _ := strconv.Atoi(num)
	return n
}

// rosterName is the group noun with what tells one body from another in the
// three words before it: an event with a figure ("4x100m"), a sex or an age
// group ("women's", "under-23").
func rosterName(lowered string, toks []token.Token, g int) string {
	before := strings.Fields(lowered[:toks[g].Start])
	var quals []string
	for _, w := range before[max(0, len(before)-3):] {
		w = strings.Trim(w, ",;:()\"'“”‘’")
		switch {
		case memberCount(w) > 0 || strings.HasSuffix(w, "-member"):
		case strings.ContainsAny(w, "0123456789"), w == "women's" || w == "men's" || w == "boys'" || w == "girls'" ||
			w == "junior" || w == "youth" || w == "senior" || w == "mixed":
			quals = append(quals, w)
		}
	}
	return strings.Join(append(quals, lowered[toks[g].Start:toks[g].End]), " ")
}

// namedBodyRoster reads the people set off after a body's own name between
// dashes or brackets: "Penang Tidebreakers — A, B, C and D — had been the
// crowd's favourites", "Team Nusantara (A, B and C)". Nothing but the names,
// commas and "and" may stand between the marks; the roster is named by the
// body's name.
func namedBodyRoster(doc *Document, text string, s Span, st []token.Token, names []rosterMember) *Fact {
	if len(names) < rosterMin {
		return nil
	}
	for k := 1; k < len(st); k++ {
		open := text[s.Start+st[k].Start : s.Start+st[k].End]
		closer := open
		switch open {
		case "(":
			closer = ")"
		case "—", "–":
		default:
			continue
		}
		// The body's name: the capitalised words right before the mark.
		from := k
		for from-1 >= 0 && st[from-1].Kind == token.Word && isCapitalised(text[s.Start+st[from-1].Start:]) {
			from--
		}
		if from == k {
			return nil // no name before the mark
		}
		end := -1
		for j := k + 1; j < len(st); j++ {
			if text[s.Start+st[j].Start:s.Start+st[j].End] == closer {
				end = j
				break
			}
		}
		if end < 0 {
			return nil
		}
		lo, hi := s.Start+st[k].End, s.Start+st[end].Start
		var members []rosterMember
		rest := text[lo:hi]
		for _, m := range names {
			if m.start >= lo && m.end <= hi {
				members = append(members, m)
				rest = strings.Replace(rest, text[m.start:m.end], "", 1)
			}
		}
		if len(members) < rosterMin || strings.Trim(strings.ReplaceAll(rest, " and ", ","), " ,") != "" {
			return nil
		}
		return rosterFact(doc, s, members, strings.ToLower(text[s.Start+st[from].Start:s.Start+st[k-1].End]))
	}
	return nil
}

// judgedBy reads the judges a verb of judging names with no group noun:
// "The final was judged by chief adjudicator Teresa Abad, Rafael Ocampo,
// Liza Tan, Hiroshi Nakamura and Carlo Reyes" is a roster of judges, to be
// held against "the five-member panel for the final".
func judgedBy(doc *Document, text, lowered string, s Span, names []rosterMember) *Fact {
	if len(names) < rosterMin {
		return nil
	}
	at := judgeVerbAt(lowered[s.Start:s.End])
	if at < 0 {
		return nil
	}
	at += s.Start
	var members []rosterMember
	for _, m := range names {
		if m.start >= at {
			members = append(members, m)
		}
	}
	members = distinctMembers(listRun(text, members))
	if len(members) < rosterMin {
		return nil
	}
	return rosterFact(doc, s, members, "judges")
}

// judgeVerbAt returns where the judges a verb of judging names start in
// sent ("judged by "), -1 when it has none.
func judgeVerbAt(sent string) int {
	for _, v := range []string{" judged by ", " adjudicated by ", " refereed by ", " officiated by "} {
		if k := strings.Index(sent, v); k >= 0 {
			return k + len(v)
		}
	}
	return -1
}

// membersGoOn reports a sentence that goes on naming the members of the
// body the sentence before introduced: "Its other members are …", or one
// that opens with "It" and heads or makes up the body ("It is headed by A and
// comprises B, C and D"). "includes" may name some only, so it needs the
// size the body was given to check the names against.
func membersGoOn(lowered string, toks []token.Token, size int) bool {
	if hasWord(lowered, toks, "members", "member") {
		return true
	}
	if len(toks) == 0 || lowered[toks[0].Start:toks[0].End] != "it" {
		return false
	}
	return hasWord(lowered, toks, "headed", "chaired", "led", "comprises", "consists") ||
		size > 0 && hasWord(lowered, toks, "includes")
}

// hasWord reports whether one of ws is a word token of the sentence.
func hasWord(lowered string, toks []token.Token, ws ...string) bool {
	for _, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		for _, w := range ws {
			if lowered[t.Start:t.End] == w {
				return true
			}
		}
	}
	return false
}

// distinctMembers drops a person named again (the chair named twice).
func distinctMembers(ms []rosterMember) []rosterMember {
	var out []rosterMember
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.key] {
			seen[m.key] = true
			out = append(out, m)
		}
	}
	return out
}

// listRun keeps the members up to the first gap with a verb of its own: the
// list has ended and the sentence goes on about something else ("…, Margaret
// Owino and Lim Bunthoeun, reviewed video … leaving Abebe Tesfaye in second
// place"). A participle with its agent ("a lawyer nominated by the Bar
// Association") describes a member.
func listRun(text string, ms []rosterMember) []rosterMember {
	for i := 1; i < len(ms); i++ {
		if ms[i-1].end < ms[i].start && verbInGap(text[ms[i-1].end:ms[i].start]) {
			return ms[:i]
		}
	}
	return ms
}

// verbInGap reports a lower-case past form in a gap between two names that
// no "by" follows.
func verbInGap(gap string) bool {
	ws := strings.Fields(gap)
	for i, w := range ws {
		w = strings.Trim(w, ",;:()")
		if len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' && (i+1 >= len(ws) || ws[i+1] != "by") &&
			!listVerbs[w] {
			return true
		}
	}
	return false
}

// listVerbs go on with a body's members: "and included B", "joined by C".
var listVerbs = map[string]bool{"included": true, "comprised": true, "composed": true, "joined": true,
	"named": true, "featured": true, "selected": true, "appointed": true, "chaired": true, "headed": true}

// apposedMembers reports the words between a group noun and its first
// member that set the members off in apposition: a comma, after at most
// "of" and one word ("The jury of appeal, A, B and C, …").
func apposedMembers(between string) bool {
	between = strings.TrimSpace(between)
	if between == "," {
		return true
	}
	rest, ok := strings.CutPrefix(between, "of ")
	if !ok || !strings.HasSuffix(rest, ",") {
		return false
	}
	w := strings.TrimSuffix(rest, ",")
	return w != "" && !strings.ContainsAny(w, " ,;:")
}

// prizeWord reports a word a group noun may qualify instead of heading its
// phrase: "the Special Jury Prize", "the board meeting".
func prizeWord(w string) bool {
	switch w {
	case "prize", "prizes", "award", "awards", "meeting", "meetings", "session", "chair", "chairman", "chairwoman",
		"president", "report", "decision", "verdict", "room", "game", "games", "match":
		return true
	}
	return false
}

// membershipCue reports whether the words from a little before the group
// noun g up to the first member (at byte first) say that members follow: "a
// jury chaired by", "made up of", "other members were", "a quartet of", "named
// the team as", "The film jury - chair A". some reports words that name only
// some of the members ("including", "among them").
func membershipCue(lowered string, toks []token.Token, g, first int) (cue, some bool) {
	if first > len(lowered) {
		return true, false // the members open the next sentence: "Its senior members are B, C and D."
	}
	if first < toks[g].End {
		return false, false // a member named before the group noun: no list after it
	}
	if apposedMembers(lowered[toks[g].End:first]) {
		return true, false // "The jury of appeal, Chea Sophal, Margaret Owino and …"
	}
	if g+1 < len(toks) && toks[g+1].Kind == token.Symbol {
		switch lowered[toks[g+1].Start:toks[g+1].End] {
		case ":", "-", "–", "—", "(":
			cue = true
		}
	}
	for k := max(0, g-8); k < len(toks) && toks[k].Start < first; k++ {
		switch lowered[toks[k].Start:toks[k].End] {
		case "member", "members", "made", "comprising", "comprised", "comprises", "composed", "consisting",
			"consists", "consist", "chaired", "headed", "led", "named", "selected", "picked", "fielded":
			cue = true
		case "included", "including", "includes", "among", "featuring", "featured":
			cue, some = true, true
		case "of", "as":
			if k == g+1 && k+1 < len(toks) && toks[k+1].Start == first {
				cue = true // "a quartet of A, B, C and D", "named the team as A, …"
			}
		case "was", "is", "were", "are":
			if k > g && k+1 < len(toks) && toks[k+1].Start == first {
				cue = true // "The winning crew, from bow to stroke, was A, B, …": the body is its people
			}
		}
	}
	return cue, some
}
