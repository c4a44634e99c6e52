package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// withNameSets adds to anns the sets of names a plural noun gathers in each
// sentence ("the Kostanay, Pavlodar and North Kazakhstan regions") that no
// announced count already lists.
func withNameSets(anns []enum.Announcement, text string, sents []Span) []enum.Announcement {
	n := len(anns)
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		sets := enum.NameSetsOf(text[s.Start:s.End], s.Start, countriesOnly)
		if strings.Contains(text[s.Start:s.End], " and ") {
			sets = append(sets, enum.KindLists(text[s.Start:s.End], s.Start)...)  // "semiconductors, green finance and AI, sectors in which …"
			sets = append(sets, enum.FocusLists(text[s.Start:s.End], s.Start)...) // "would prioritise projects in A, B, C and D"
			sets = append(sets, enum.BareLists(text[s.Start:s.End], s.Start)...)  // "will come chiefly from A, B, C and D", last: the others' items win
		}
		for _, a := range sets {
			covered := false
			for k, b := range anns {
				if (k < n || a.Bare) && len(b.Items) > 0 && b.Items[0].Start <= a.Items[len(a.Items)-1].End && a.Items[0].Start <= b.Items[len(b.Items)-1].End {
					covered = true // "three crossings, A, B and C": the count's own items
					break
				}
			}
			if !covered {
				anns = append(anns, a)
			}
		}
	}
	return anns
}

// countriesOnly names a run of four names or more that are all countries "countries":
// "The shipments came from Vietnam, Thailand, Cambodia and Pakistan" is the
// set another source counts as "four countries".
func countriesOnly(labels []string) string {
	if len(labels) < 4 {
		return "" // "South Korea, Taiwan and Germany" and "Japan, South Korea and Taiwan": three are too few to be one set
	}
	for _, l := range labels {
		if attrib.CountryName(strings.TrimPrefix(l, "the ")) == "" {
			return ""
		}
	}
	return "countries"
}

// documentFacts appends the facts that span sentences: announced counts with their
// listed items, named lists, quotes and people.
func documentFacts(doc *Document, text string, sents []Span, speakers []string, people []attrib.Person, quotes []attrib.Quote, names *docNames, facts []*Fact) []*Fact {
	index := func(off int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	}
	sentenceOf := func(off int) Span {
		if i := index(off); i < len(sents) {
			return sents[i]
		}
		return Span{off, off}
	}
	// speakerAt names who announces a list at off: the sentence's attributed or
	// resolved speaker ("He proposed …"), else the first person mentioned in the
	// sentence before it (its subject: "Deputy Prime Minister Vinh, who led the
	// talks on Tuesday, proposed …"), else a capitalised name before it.
	speakerAt := func(off int) string {
		i := index(off)
		if i >= len(sents) {
			return ""
		}
		if main := mainClauseStart(text, sents[i], off); main > sents[i].Start {
			// "When the group reported its results on February 20, chief
			// executive Pimchanok Srisawat set out five priorities": the main
			// clause's subject announces, not the leading clause's.
			if p := firstPerson(text, people, main, off); p != "" {
				return p
			}
		}
		if speakers[i] != "" {
			return speakers[i]
		}
		if p := firstPerson(text, people, sents[i].Start, off); p != "" {
			return p
		}
		sp := announcer(text[sents[i].Start:sents[i].End], off-sents[i].Start, names)
		if country, role, ok := nationalRole(sp); ok {
			// "The Vietnamese Deputy PM asked …": the one named before with that office.
			before := people[:sort.Search(len(people), func(k int) bool { return people[k].Start >= sents[i].Start })]
			if who := titledBefore(text, before, role, country, sents[i].Start); who != "" {
				return who
			}
		}
		return sp
	}
	lists := enum.Scan(text) // one scan for announced counts and named lists
	anns, named := lists.Announcements(), lists.NamedLists()
	anns = withNameSets(anns, text, sents)
	// Facts and their payloads come from slabs of the right size: one allocation each.
	fs := slab[Fact]{n: len(anns) + len(named) + len(quotes) + len(people)}
	as, ls := slab[enum.Announcement]{n: len(anns)}, slab[enum.NamedList]{n: len(named)}
	qs, ps := slab[attrib.Quote]{n: len(quotes)}, slab[attrib.Person]{n: len(people)}
	for _, a := range anns {
		s := sentenceOf(a.Start)
		facts = append(facts, fs.new(Fact{Kind: KindCount, Doc: doc, Span: Span{a.Start, a.End}, Sentence: s,
			Key: NormalizeKey(a.Noun), Speaker: speakerAt(a.Start), Announcement: as.new(a)}))
	}
	for _, l := range named {
		s := sentenceOf(l.Start)
		facts = append(facts, fs.new(Fact{Kind: KindNamedList, Doc: doc, Span: Span{l.Start, l.End}, Sentence: s,
			Key: NormalizeKey(l.Name), Speaker: speakerAt(l.Start), List: ls.new(l)}))
	}
	for _, q := range quotes {
		// "Mayor Joanna Kral's" in "…, the mayor said" resolved to the lead's
		// possessive: the speaker is the person.
		q.Speaker = strings.TrimSuffix(strings.TrimSuffix(q.Speaker, "'s"), "’s")
		qi := index(q.Start)
		if q.Speaker == "" && qi < len(sents) && colonBefore(text, sents[qi].Start, q.Start) {
			// "Head coach Priyantha Weerasooriya … had summed up the final on
			// Sunday night: '…'": the person the sentence opens with.
			if sp := openingPerson(text, sents[qi], people); sp != "" {
				q.Speaker = sp
			}
		}
		if isPronoun(q.Speaker) || titleOnly(q.Speaker) || epithet(q.Speaker) {
			// '"…," she said': the person the text last named opening a sentence.
			if sp, _, _ := pronounAntecedent(text, sents, people, qi); sp != "" {
				q.Speaker = sp
			} else if epithet(q.Speaker) {
				// '"…," the Frenchwoman said' after "In the women's series,
				// Amélie Duclos leads …": a human epithet stands for the
				// last full name before it, wherever it stands.
				if sp := lastFullName(text, sents, qi, q.Start); sp != "" {
					q.Speaker = sp
				}
			}
		} else if qi < len(sents) && q.SpeakerEnd > 0 && q.SpeakerEnd <= sents[qi].Start {
			// A pronoun the scan gave the last person it knew: a name opening
			// a later sentence is nearer ("Dinesh Paranavitana, chairman of
			// …, welcomed the figures. '…,' he said").
			if sp, k, person := pronounAntecedent(text, sents, people, qi); person && q.SpeakerEnd <= sents[k].Start ||
				sp != "" && attrib.CountryName(q.Speaker) != "" && attrib.CountryName(sp) == "" {
				q.Speaker = sp // a country is never "he": "X, the minister, said Mongolia wanted …. '…,' he said"
			}
		}
		q.Speaker = strings.TrimSuffix(strings.TrimSuffix(q.Speaker, "'s"), "’s") // a resolved name may carry its possessive too
		facts = append(facts, fs.new(Fact{Kind: KindQuote, Doc: doc, Span: Span{q.Start, q.End}, Sentence: sentenceOf(q.Start),
			Speaker: q.Speaker, Quote: qs.new(q)}))
	}
	for _, p := range people {
		if k := possessiveIn(p.Name); k > 0 {
			// "Prime Minister Tomaž Ferjančič's Civic Momentum": the person
			// is the owner, the party what the person owns.
			p.Name = p.Name[:k]
			p.End = p.NameStart + k
		}
		if attrib.NamesBody(p.Name) {
			// "King George Hospital": a place, not a titled person; but in
			// "Leticia Bautista-Roxas, president of the Lakan Literacy
			// Foundation" the title is the name's before its comma.
			name := apposedName(text, p.Start)
			if name == "" {
				continue
			}
			p.Name, p.FullName = name, ""
			if t, of, ok := strings.Cut(text[p.Start:p.End], " of "); ok {
				// the whole apposition is the title: "executive director" of
				// "the Ghana Schools Debate League", not of "the Ghana"
				p.Title, p.Of = t, strings.TrimPrefix(of, "the ")
			}
		}
		facts = append(facts, fs.new(Fact{Kind: KindPerson, Doc: doc, Span: Span{p.Start, p.End}, Sentence: sentenceOf(p.Start),
			Subject: p.Name, Person: ps.new(p)}))
	}
	return facts
}

// apposedSpeaker returns the person's name set off by commas after the
// office that opens a sentence and before its verb of speech ("Balochistan's
// chief inspector of mines, Nasir Ahmed Mengal, said …"), or the name after
// an honorific that opens it ("Engr. Rodel Peñaranda, regional director of
// …, said …"); "" otherwise.
func apposedSpeaker(w words) string {
	if len(w.toks) > 3 && w.toks[0].Kind == token.Word && w.toks[1].Kind == token.Symbol && w.at(1) == "." &&
		isCapitalised(w.at(0)) && token.TitleAbbrev(w.at(0)) {
		if end := w.nameRunFrom(2); end > 3 && end < len(w.toks) && w.at(end) == "," && attrib.PersonName(w.text[w.toks[2].Start:w.toks[end-1].End]) {
			return w.text[w.toks[2].Start:w.toks[end-1].End]
		}
	}
	for c := 1; c+2 < len(w.toks) && c < 12; c++ {
		if w.toks[c].Kind != token.Symbol || w.at(c) != "," {
			continue
		}
		end := w.nameRunFrom(c + 1)
		if end-c-1 < 2 || end+1 >= len(w.toks) || w.at(end) != "," {
			return "" // the first comma sets off no name
		}
		// "…, said", or any verb in the past: "Norway's trade minister,
		// Halvard Brekke, struck a more cautious note" opens with Brekke.
		switch v := w.lower(end + 1); {
		case v == "said", v == "says", v == "told", v == "added", v == "was", v == "has":
		case len(v) > 4 && strings.HasSuffix(v, "ed") || irregularPast(v):
		default:
			return ""
		}
		if name := w.text[w.toks[c+1].Start:w.toks[end-1].End]; attrib.PersonName(name) {
			return name
		}
		return ""
	}
	return ""
}

// isPronoun reports whether a speaker is a personal pronoun ("she").
func isPronoun(sp string) bool {
	switch strings.ToLower(strings.TrimSpace(sp)) {
	case "he", "she":
		return true
	}
	return false
}

// titleOnly reports whether a speaker is a title with no name: "chief
// executive of Lunaria Night Trains" (only its complement is capitalised).
func titleOnly(sp string) bool {
	head, _, found := strings.Cut(sp, " of ")
	if !found {
		head, _, found = strings.Cut(sp, " for ") // "spokesperson for Johannesburg Emergency Management Services"
	}
	if !found || head == "" {
		return false
	}
	for _, w := range strings.Fields(head) {
		if isCapitalised(w) {
			return false
		}
	}
	return true
}

// pronounAntecedent returns the person a "she said" after sentence i refers
// to: the name opening sentence i or one of the two before it ("Teodora
// Valcu, who founded the company, told reporters …"), nearest first. A name
// must be two capitalised words, or one that ends such a name elsewhere in the
// text ("Valcu has a line …"); "" when there is none. It returns the
// sentence too, and whether the name is surely a person's: titled, set off
// with a title ("Dinesh Paranavitana, chairman of …") or the surname of a
// full name in the text ("Bac Ninh has reached …" may be a place).
func pronounAntecedent(text string, sents []Span, people []attrib.Person, i int) (string, int, bool) {
	for k := min(i, len(sents)-1); k >= 0 && k >= i-2; k-- {
		if p, ok := titledOpener(text, sents[k], people); ok {
			return p.Name, k, true // "Transport Minister Le Hoang Phuc said on Monday …"
		}
		sent := text[sents[k].Start:sents[k].End]
		toks := token.Scan(sent, nil)
		w := words{text: sent, toks: toks}
		if name := roleOpener(w); name != "" {
			return name, k, true // "Chief executive Annelies de Groot struck a confident tone."
		}
		if name := titledSubject(w); name != "" {
			return name, k, true // "At a briefing on Wednesday, national operations commander Rui Valadares was cautious."
		}
		if name := apposedSpeaker(w); name != "" {
			return name, k, true // "Balochistan's chief inspector of mines, Nasir Ahmed Mengal, said …"
		}
		from := 0
		if isPreposition(w.lower(0)) {
			// "In his acceptance speech, Cojocaru, 41, spoke about …": the
			// subject after an opening adverbial.
			for c := 1; c < len(toks) && c < 8; c++ {
				if toks[c].Kind == token.Symbol && w.at(c) == "," {
					from = c + 1
					break
				}
			}
			if from == 0 {
				continue
			}
		}
		end := w.nameRunFrom(from)
		for c := from; c < end-1; c++ {
			if t := w.at(c); (strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")) && attrib.CountryName(t[:strings.LastIndexAny(t, "'’")]) == "" {
				end = c + 1 // "Veldeman's Nordlicht-Vanta team controlled the race": the possessor is the name ("Hungary's Zoe Kallai" stays whole)
				break
			}
		}
		if end == from || end < len(toks) && toks[end].Kind != token.Word && w.at(end) != "," {
			continue
		}
		if isDeterminer(w.lower(from)) || isPreposition(w.lower(from)) || monthOrDay(w.lower(from)) || isRoleOnly(w.at(from)) {
			continue
		}
		if _, ok := numword.Cardinal(w.lower(from)); ok {
			continue // "Three Vietnamese exporters came away with …": a count, no person
		}
		if end+1 < len(toks) && w.at(end) == "," && pronounOrPossessive(w.lower(end+1)) {
			continue // "Central Asia, he had told reporters, …": what is spoken of, not who speaks
		}
		if end == from+1 && end < len(toks) && personOf(w.lower(end)) {
			// "Villanueva's coach, Santiago Peñaflor, …", "Eagles coach Rodolfo
			// Macaraeg …": the person is the coach, named in apposition.
			if c := end + 1; c+1 < len(toks) && w.at(c) == "," {
				if e := w.nameRunFrom(c + 1); e > c+2 && e < len(toks) && w.at(e) == "," {
					return sent[toks[c+1].Start:toks[e-1].End], k, true
				}
			}
			continue
		}
		name := sent[toks[from].Start:toks[end-1].End]
		if n := strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"); n != name && end == from+1 && toks[end].Kind == token.Word {
			name = n // "Moloney's advantage came at fence 5, where he turned …": the possessor opens the sentence
		}
		if end == from+1 && (!strings.Contains(text, " "+name) || !endsFullName(text, name) || w.common(name) && commonOpener(strings.ToLower(name))) {
			continue // a word that ends a full name elsewhere is that name, however common it looks ("Cian Dowling", then "Dowling, who took silver, …")
		}
		person := end == from+1 || w.appositionTitle(from, end) != "" || from == 0 && w.speaksAfterName(end)
		if from > 0 && !person {
			continue // "With a quarter of the year left, Bac Ninh has reached …": a place as likely
		}
		return name, k, person
	}
	return "", -1, false
}

// personOf reports a noun for a person that a name before it owns or
// modifies: "coach", "wife", "lawyer" (besides the offices of isRoleWord).
func personOf(w string) bool {
	switch w {
	case "coach", "captain", "manager", "skipper", "trainer", "wife", "husband", "son", "daughter", "father", "mother",
		"brother", "sister", "lawyer", "agent", "teammate", "partner", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return isRoleWord(w) && w != "the" && w != "of"
}

// speaksAfterName reports a verb of saying right after a name ending at
// token end, past the body it speaks for ("Enock Sithole of the Associated
// Mine Workers Union of Zimbabwe said …"): the name is a person's.
func (w words) speaksAfterName(end int) bool {
	j := end
	for n := 0; n < 3 && j+1 < len(w.toks) && w.lower(j) == "of"; n++ {
		j++
		if w.lower(j) == "the" {
			j++
		}
		k := w.nameRunFrom(j)
		if k == j {
			return false
		}
		j = k // "of the Associated Mine Workers Union of Zimbabwe"
	}
	if j+1 < len(w.toks) && w.at(j) == "," && w.lower(j+1) == "who" {
		// "Lameck Dube, who spent nearly 50 hours underground, said": past the clause
		for k := j + 2; k < len(w.toks) && k < j+20; k++ {
			if w.toks[k].Kind == token.Symbol && w.at(k) == "," {
				j = k + 1
				break
			}
		}
	}
	return j < len(w.toks) && w.toks[j].Kind == token.Word && isSayingVerb(w.lower(j))
}

// colonBefore reports whether a colon, then spaces and an opening quote
// mark, stand right before a quote at q inside its sentence.
func colonBefore(text string, sentStart, q int) bool {
	i := q
	for i > sentStart && strings.ContainsRune(" \"“'‘", rune(text[i-1])) {
		i--
	}
	for i > sentStart && (text[i-1] == 0x9c || text[i-1] == 0x80 || text[i-1] == 0xe2 || text[i-1] == ' ') {
		i-- // the bytes of a curly quote mark
	}
	return i > sentStart && text[i-1] == ':'
}

// openingPerson returns the person a sentence opens with, titled first
// ("Head coach Priyantha Weerasooriya, who rode …"), or "".
func openingPerson(text string, s Span, people []attrib.Person) string {
	if p, ok := titledOpener(text, s, people); ok {
		return p.Name
	}
	sent := text[s.Start:s.End]
	w := words{text: sent, toks: token.Scan(sent, nil)}
	if name := roleOpener(w); name != "" {
		return name
	}
	return apposedSpeaker(w)
}

// titledOpener returns the person whose mention, title first, opens sentence
// s ("Chief executive Annelies de Groot struck …").
func titledOpener(text string, s Span, people []attrib.Person) (attrib.Person, bool) {
	start := s.Start
	for start < s.End && (text[start] == ' ' || text[start] == '\n' || text[start] == '"') {
		start++
	}
	i := sort.Search(len(people), func(i int) bool { return people[i].Start >= start })
	if i < len(people) && people[i].Start == start && people[i].Title != "" && people[i].NameStart > start && people[i].End <= s.End {
		return people[i], true
	}
	return attrib.Person{}, false
}

// roleOpener returns the name after the role words that open a sentence
// ("Chief executive Annelies de Groot struck …" → "Annelies de Groot"): two
// capitalised words or more, lower-case name particles between them allowed.
func roleOpener(w words) string {
	i := 0
	for i < len(w.toks) && w.toks[i].Kind == token.Word && (isRoleWord(w.lower(i)) || openerRoles[w.lower(i)] || isSportRole(w.lower(i))) && w.lower(i) != "of" {
		i++
	}
	if i == 0 {
		return ""
	}
	first, last, caps := i, -1, 0
	for j := i; j < len(w.toks) && w.toks[j].Kind == token.Word; j++ {
		switch {
		case isCapitalised(w.at(j)):
			last, caps = j, caps+1
			continue
		case nameParticles[w.lower(j)] && caps > 0:
			continue
		}
		break
	}
	if caps < 2 {
		return ""
	}
	return w.text[w.toks[first].Start:w.toks[last].End]
}

// titledSubject returns a name that a lower-case role word introduces and a
// verb follows, the subject of its clause wherever the clause starts
// ("…, national operations commander Rui Valadares was cautious"), or "".
func titledSubject(w words) string {
	for i := 1; i < len(w.toks); i++ {
		if w.toks[i-1].Kind != token.Word || !(isRoleWord(w.lower(i-1)) || openerRoles[w.lower(i-1)] || lowerTitles[w.lower(i-1)]) ||
			notTitles[w.lower(i-1)] || isCapitalised(w.at(i-1)) || w.toks[i].Kind != token.Word || !isCapitalised(w.at(i)) {
			continue
		}
		end, caps := i, 0
		for end < len(w.toks) && w.toks[end].Kind == token.Word && (isCapitalised(w.at(end)) || caps > 0 && nameParticles[w.lower(end)]) {
			if isCapitalised(w.at(end)) {
				caps++
			}
			end++
		}
		v := end
		if v < len(w.toks) && w.toks[v].Kind == token.Word && w.lower(v) == "of" {
			// "commander Rui Valadares of the National … Authority recalled"
			for v < len(w.toks) && v < end+10 && (w.toks[v].Kind != token.Word || isCapitalised(w.at(v)) || w.lower(v) == "of" || w.lower(v) == "the" || w.lower(v) == "and") {
				v++
			}
		}
		if caps < 2 || v >= len(w.toks) || w.toks[v].Kind != token.Word || !isVerb(w.lower(v)) && !strings.HasSuffix(w.lower(v), "s") {
			continue
		}
		return w.text[w.toks[i].Start:w.toks[end-1].End]
	}
	return ""
}

// notTitles are the role words that name no office: articles and pronouns.
var notTitles = map[string]bool{"the": true, "he": true, "she": true, "his": true, "her": true, "of": true,
	"affairs": true, "newly": true, "elected": true, "former": true, "foreign": true, "general": true}

// lowerTitles are titles written in lower case before a name.
var lowerTitles = map[string]bool{"commander": true, "chief": true, "spokesman": true, "spokeswoman": true,
	"minister": true, "mayor": true, "governor": true, "inspector": true, "superintendent": true, "coach": true,
	"manager": true, "captain": true, "professor": true, "judge": true, "prosecutor": true, "senator": true}

// openerRoles are role words of business and public life beyond roleWords.
var openerRoles = map[string]bool{"chief": true, "executive": true, "officer": true, "financial": true,
	"operating": true, "managing": true, "founder": true, "chairperson": true, "analyst": true, "economist": true}

// nameParticles are the lower-case words inside names: "Annelies de Groot",
// "Ludwig van Beethoven".
var nameParticles = map[string]bool{"de": true, "van": true, "der": true, "den": true, "von": true,
	"da": true, "di": true, "du": true, "la": true, "le": true, "bin": true, "al": true, "ter": true}

// endsFullName reports whether the text writes name as the last word of a
// capitalised name of two words or more ("Teodora Valcu" for "Valcu").
func endsFullName(text, name string) bool {
	for i := strings.Index(text, " "+name); i >= 0; {
		if j := strings.LastIndexByte(text[:i], ' '); i > 0 && isCapitalised(text[j+1:i]) {
			return true
		}
		k := strings.Index(text[i+1:], " "+name)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// mainClauseStart returns where the main clause of sentence s starts when
// it opens with a subordinate clause ("When …, ", "After …, ") that ends
// before off, else s.Start.
func mainClauseStart(text string, s Span, off int) int {
	first, _, _ := strings.Cut(strings.TrimLeft(text[s.Start:off], " \t\"“"), " ")
	if !leadingSubordinator(first) {
		return s.Start
	}
	if k := strings.Index(text[s.Start:off], ", "); k > 0 {
		return s.Start + k + 2
	}
	return s.Start
}

// leadingSubordinator reports a word, any case, that opens a subordinate clause.
func leadingSubordinator(w string) bool {
	for _, s := range []string{"when", "after", "as", "while", "before", "since", "although", "though", "once", "if", "until"} {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// announcer returns who makes an announcement at offset off of a sentence that
// names no source: the last name-like run of capitalised words before it
// ("During his speech, Chinh highlighted six…" → "Chinh"). A lone word
// opening the sentence is a name only if the document capitalises it inside
// a sentence too: "Aid is being flown to the three districts" names no one.
func announcer(sent string, off int, names *docNames) string {
	// Months and weekdays are capitalised but name no one ("on Tuesday, proposed").
	toks := token.Scan(sent[:off], nil)
	w := words{text: sent, toks: toks}
	for last := len(toks) - 1; last >= 0; last-- {
		if toks[last].Kind != token.Word || !isCapitalised(w.at(last)) {
			continue
		}
		first := last
		for first > 0 && toks[first-1].Kind == token.Word && isCapitalised(w.at(first-1)) {
			first--
		}
		if first == last && first > 0 && toks[first-1].Kind == token.Symbol && w.at(first-1) == "-" && toks[first-1].End == toks[first].Start && quantity.ShortCapitals(w.at(first)) {
			// "PET-CT scanners": a compound of acronyms, no name ("Al-Amal" is
			// one); go on before it
			k := first
			for k > 0 && toks[k-1].End == toks[k].Start {
				k--
			}
			last = k
			continue
		}
		if first > 0 && toks[first-1].Kind == token.Word && isPreposition(w.lower(first-1)) ||
			first > 1 && w.lower(first-1) == "the" && toks[first-2].Kind == token.Word && isPreposition(w.lower(first-2)) {
			// "the decree published in El Peruano", "chairman of the Nusantara
			// Games League": a place, a paper or a body, not who announces
			last = first
			continue
		}
		if first == last && quantity.CurrencyBefore(w.at(first)) {
			last = first
			continue // "USD 3 million", "VND": a currency, no one who announces
		}
		if name := nameRun(w, first, last); name != "" && !monthOrDay(strings.ToLower(name)) &&
			!(first == 0 && first == last && names != nil && !names.has(strings.ToLower(name))) {
			return name
		}
		last = first
	}
	return ""
}

// nameRun returns the words first..last as a name, or "" when the run is a
// sentence-initial common word.
func nameRun(w words, first, last int) string {
	if first == 0 && first == last && looksCommon(w.at(0)) {
		return ""
	}
	if l := w.at(last); strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
		return "" // a possessive names an owner, not a speaker: "Vietnam's pillars"
	}
	return w.text[w.toks[first].Start:w.toks[last].End]
}

// firstPerson returns the first person mention that starts in [start, end), as
// personText writes it, or "".
func firstPerson(text string, people []attrib.Person, start, end int) string {
	i := sort.Search(len(people), func(i int) bool { return people[i].Start >= start })
	if i >= len(people) || people[i].End > end || people[i].Name == "" || attrib.NamesBody(people[i].Name) {
		return "" // "chairman of the Nusantara Games League": a title's body, no one's name
	}
	return personText(text, people[i], end)
}

// personText writes a person mention as it stands, title included, with every
// capitalised word that follows it before limit ("Minister Tran Van An" when the
// mention stopped at "Tran Van").
func personText(text string, p attrib.Person, limit int) string {
	stop := p.End
	for stop < limit {
		rest := text[stop:limit]
		trimmed := strings.TrimLeft(rest, " ")
		if len(trimmed) == len(rest) || trimmed == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(trimmed)
		if !unicode.IsUpper(r) {
			break
		}
		n := strings.IndexAny(trimmed, " ,.;:")
		if n < 0 {
			n = len(trimmed)
		}
		stop += len(rest) - len(trimmed) + n
	}
	return strings.TrimSpace(text[p.Start:stop])
}

// apposedName returns the capitalised name of two to four words that ends
// with a comma right before byte at ("Leticia Bautista-Roxas, president of
// …"), or "".
func apposedName(text string, at int) string {
	before := strings.TrimRight(text[max(0, at-60):at], " ")
	name, ok := strings.CutSuffix(before, ",")
	if !ok {
		return ""
	}
	ws := strings.Fields(name)
	n := 0
	for i := len(ws) - 1; i >= 0 && n < 4; i-- {
		if w := ws[i]; w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ".,;:()\"“”") {
			break
		}
		n++
	}
	if n < 2 || n == len(ws) && n > 4 {
		return ""
	}
	return strings.Join(ws[len(ws)-n:], " ")
}

// possessiveIn returns where a possessive "'s" or "’s" ends the first word
// of a name that goes on after it, or 0.
func possessiveIn(name string) int {
	for _, m := range []string{"'s ", "’s "} {
		if k := strings.Index(name, m); k > 0 {
			return k
		}
	}
	return 0
}

// epithet reports a speaker named only by a description that stands for a
// person the text named before: "the Frenchwoman", "the 24-year-old", "the
// veteran".
func epithet(sp string) bool {
	rest, ok := strings.CutPrefix(sp, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(sp, "The ") // "The Kenyan said he …"
	}
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	last := ws[len(ws)-1]
	switch {
	case strings.HasSuffix(last, "woman") || strings.HasSuffix(last, "man") && last != "chairman" && last != "spokesman" && last != "chairwoman" && last != "spokeswoman":
		return true // "the Frenchwoman", "the Kenyan-born Dutchman"
	case strings.HasSuffix(last, "-old"):
		return true // "the 24-year-old"
	}
	switch last {
	case "veteran", "teenager", "youngster", "winner", "champion", "captain", "striker", "defender", "midfielder",
		"goalkeeper", "sprinter", "swimmer", "rider", "driver", "runner", "skier", "player":
		return true
	}
	return len(ws) == 1 && nationalityNoun(last) // "the Norwegian said afterwards"
}

// nationalityNoun reports a capitalised word for a person of a nation:
// "Norwegian", "Kenyan", "Briton", "Thai".
func nationalityNoun(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch w {
	case "Briton", "Thai", "Swiss", "Dane", "Swede", "Pole", "Finn", "Scot", "Kiwi", "Brit", "Turk", "Czech", "Greek", "Filipino", "Filipina":
		return true
	case "European", "American", "African", "Asian", "Australian", "Government", "Ministry", "Commission", "Union":
		return false // a continent's people or a body: no one person
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// lastFullName returns the last name of two to four capitalised words, none
// opening its sentence, in sentence i or the one before, before byte at.
func lastFullName(text string, sents []Span, i, at int) string {
	for k := min(i, len(sents)-1); k >= 0 && k >= i-1; k-- {
		sent := text[sents[k].Start:min(sents[k].End, max(sents[k].Start, at))]
		toks := token.Scan(sent, nil)
		w := words{text: sent, toks: toks}
		best := ""
		for j := 1; j < len(toks); j++ {
			if toks[j].Kind != token.Word || !isCapitalised(w.at(j)) || toks[j-1].Kind == token.Word && isCapitalised(w.at(j-1)) {
				continue
			}
			end := w.nameRunFrom(j)
			if n := end - j; n >= 2 && n <= 4 {
				best = sent[toks[j].Start:toks[end-1].End]
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}
