package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// NameMismatch flags one person named or titled inconsistently: a short reference
// by the given name where the family name is due, a swapped envoy role, a
// different title on the same date, a different given name under the same family
// name and title, a full name spelt two ways.
func NameMismatch() *Rule {
	return &Rule{
		ID:       "name-mismatch",
		Title:    "one person is named or titled inconsistently",
		Severity: Warning,
		Run:      runNameMismatch,
		Doc: `People are named in full once ("Japanese Ambassador to Vietnam Yamada Takio")
and then by a short form ("Ambassador Yamada"). The checks:

- Short reference: within a source, a short form must be the part the person's
  naming convention uses: the family name for Japanese, Chinese, Korean and
  Western names, the given name (last part) for Vietnamese names ("PM Chinh" for
  "Pham Minh Chinh" is right; "Ambassador Takio" for "Yamada Takio" is not).
  Only reported when the name's origin is known from the name lexicons.
- Swapped role: "France's ambassador to Chile" and "Chile's ambassador to France"
  for the same person.
- Different title: the same person with titles that are neither equal nor a
  shortened form of each other ("Deputy Mayor" vs "Mayor"), within one source or in
  sources published within three weeks of each other; a title given in apposition
  counts ("Dr. Mihai Stoica, director of …"). Titles change over time, so sources
  further apart are not compared; "former" titles, double titles ("Deputy Prime
  Minister and Foreign Minister") and a player's positions ("Defender", "captain")
  are skipped.
- Different given name: two full names with the same family name and the same
  specific title (with a country, "of" or "to" part, and no deputy rank) on the same
  date ("Governor of Aomori Prefecture Sato Kenji" vs "... Sato Kenta").
- Spelling: two full names (two to four capitalised words, titles left out)
  that are the same but for one letter changed, added, dropped or two adjacent
  letters swapped in one word of five or more letters ("Tomas Vidmar" vs "Tomas
  Vidmer", "Luka Bregar" vs "Luka Bergar"), anywhere in the corpus. A last letter
  ("Maria"/"Mario") and two spellings in one sentence (two people named side by
  side) are not reported. The message says how often each spelling is written,
  so the rarer one, the likelier slip, shows. Under one title of two words or
  more, a middle name written two ways ("Grace Atieno/Achieng Omondi") and a
  family name that begins alike ("Senaka Weerakoon"/"Senaka Weerasinghe", both
  deputy finance minister) are reported too, the latter only when no source
  writes both. So is, in two reports of one story under one office word, a
  word that keeps its first five letters but ends otherwise
  ("Jerome Villaruz"/"Jerome Villarosa", both president of one company).
  In two reports of one story that never write both, a given or middle name
  that looks like the other ("Aidos"/"Aidar Zhaksylykov", "Joseph
  Kiprotich"/"Kiprono Mutai") is reported, and so is any other given name under
  a family name of two parts ("Kwabena"/"Kwame Darko-Mensah").

A title given only in apposition ("Helena Marques, deputy mayor of Arganil, said")
counts like one before the name; past titles ("former minister") do not, and two
people known only by appositions are compared only under one office word. A
mention whose title differs from the one most mentions give is reported once.

Diacritics and name order are not differences: "Nguyễn Thị Lan" = "Nguyen Thi Lan",
"Kenji Watanabe" = "Watanabe Kenji". Different people with related titles ("Vice
Chairman X", "Chairman Y") are never compared.

Bad:
    Japanese Ambassador Yamada Takio spoke first. ... Ambassador Takio added ...

Good:
    Japanese Ambassador Yamada Takio spoke first. ... Ambassador Yamada added ...

Severity warning: names and titles are facts a reader trusts, but the lexicons
that decide a name's origin are not complete; an editor confirms.`,
	}
}

// mention is a person fact with the full name it refers to.
type mention struct {
	f    *claims.Fact
	p    *attrib.Person
	full string // the full name as written ("Yamada Takio"); the name itself when already full
	// apposed marks a person known only by a name and its apposition title,
	// whose titles are loosely worded ("secretary of the union", "union leader").
	apposed bool
}

func runNameMismatch(p *Pass) {
	var ms []mention
	appositions := appositionTitles(p.Index)
	for _, f := range p.Index.Kind(claims.KindPerson) {
		if f.Person == nil || f.Doc == nil || strings.TrimSpace(f.Person.Name) == "" {
			continue
		}
		full := f.Person.FullName
		if full == "" {
			full = f.Person.Name
		}
		person := f.Person
		if person.Title == "" || militaryRank(person.Title) {
			// "Dr. Mihai Stoica, director of the … Directorate": the apposition
			// titles him; "Brigadier General X, director general of the Fire
			// Service": his post, beside his rank.
			if t := appositions[appositionKey{f.Doc, f.Sentence.Start, textnorm.Fold(person.Name)}]; t != "" {
				cp := *person
				cp.Title = t
				person = &cp
			}
		}
		ms = append(ms, mention{f: f, p: person, full: full})
	}
	ms = append(ms, appositionMentions(p.Index, ms)...)
	seen := map[string]bool{}
	report := func(key string, fd Finding) {
		if !seen[key] {
			seen[key] = true
			p.Report(fd)
		}
	}
	checkShortReferences(ms, report)
	checkSpellings(p, report)
	titles := titleCounts(ms)
	held := titlesHeld(ms)
	for _, pr := range nameCandidates(ms) {
		a, b := ms[pr[0]], ms[pr[1]]
		if attrib.SameName(a.full, b.full) && len(strings.Fields(a.full)) > 1 {
			if coveredTitles(a.p.Title, b.p.Title, held[nameKey(a.full)]) {
				continue // "transport minister", "tourism minister": one "Land, Infrastructure, Transport and Tourism Minister"
			}
			checkSamePerson(a, b, titles, report)
			continue
		}
		checkSameFamily(a, b, report)
	}
}

// nameCandidates returns the pairs of mentions worth comparing, each once: mentions
// filed under the same full name (its folded parts in any order), and mentions
// that may enter the different-given-name check filed under their family name and
// date.
func nameCandidates(ms []mention) [][2]int {
	g := newPairGroups()
	for i, m := range ms {
		if len(strings.Fields(m.full)) > 1 {
			g.add("n\x00"+nameKey(m.full), i)
		}
		if m.p.FullName != "" || m.p.Former || len(strings.Fields(m.p.Name)) < 2 || !specificTitle(m.p) {
			continue
		}
		fam := familyName(m.p.Name)
		if fam == "" {
			continue
		}
		day := pubDay(m.f.Doc)
		if day == "" {
			day = "doc\x00" + m.f.Doc.Path
		}
		g.add("f\x00"+fam+"\x00"+day, i)
	}
	return g.pairs()
}

// checkShortReferences judges every short mention against its full name.
func checkShortReferences(ms []mention, report func(string, Finding)) {
	for _, m := range ms {
		if m.p.FullName == "" || attrib.SameName(m.p.Name, m.p.FullName) {
			continue
		}
		v := attrib.Reference(m.p.FullName, m.p.Name)
		if v.OK || !v.Sure {
			continue
		}
		cs := []*claims.Fact{m.f}
		where := ""
		if full := fullMention(ms, m); full != nil {
			cs = append(cs, full.f)
			where = " (" + Where(full.f) + ")"
		}
		msg := fmt.Sprintf("%s refers to %q%s as %q: %s", QuoteAt(m.f), m.p.FullName, where, m.p.Name, v.Reason)
		report("short\x00"+m.f.Doc.Path+"\x00"+attrib.Fold(m.p.FullName)+"\x00"+attrib.Fold(m.p.Name), Finding{Message: msg, Claims: ClaimsOf(cs...)})
	}
}

// fullMention returns the first mention in m's source that writes m's full name.
func fullMention(ms []mention, m mention) *mention {
	for i := range ms {
		if ms[i].f.Doc == m.f.Doc && attrib.SameName(ms[i].p.Name, m.p.FullName) {
			return &ms[i]
		}
	}
	return nil
}

// samePubDate reports whether two mentions may hold the same title: the same source,
// or sources published within titleWindow of each other.
func samePubDate(a, b *claims.Fact) bool {
	if a.Doc == b.Doc {
		return true
	}
	pa, pb := a.Doc.Meta.Published, b.Doc.Meta.Published
	if pa.IsZero() || pb.IsZero() {
		return false
	}
	d := pa.Sub(pb)
	return d <= titleWindow && d >= -titleWindow
}

// titleWindow is how far apart two sources may be and still give one person
// the same title: titles change, but seldom within the weeks one story runs.
const titleWindow = 21 * 24 * time.Hour

// appositionMentions are the people only a name and its apposition title
// make known ("Helena Marques, deputy mayor of Arganil, said …"), where no
// person mention stands: mentions of their own, titled by the apposition.
func appositionMentions(ix *claims.Index, ms []mention) []mention {
	have := map[appositionKey]bool{}
	for _, m := range ms {
		have[appositionKey{m.f.Doc, m.f.Sentence.Start, textnorm.Fold(m.p.Name)}] = true
	}
	var out []mention
	for _, f := range ix.Kind(claims.KindName) {
		if f.Key == "" || f.Preposed || f.Doc == nil || len(strings.Fields(f.Subject)) < 2 || have[appositionKey{f.Doc, f.Sentence.Start, f.Subject}] ||
			pastTitle(f.Key) {
			continue
		}
		name := f.Text()
		out = append(out, mention{f: f, p: &attrib.Person{Start: f.Span.Start, End: f.Span.End, Name: name, NameStart: f.Span.Start, Title: f.Key}, full: name, apposed: true})
	}
	return out
}

// pastTitle reports whether a title is one held before: "former ambassador",
// "then chairman".
func pastTitle(t string) bool {
	switch strings.Fields(attrib.Fold(t) + " x")[0] {
	case "former", "then", "ex", "late", "previously", "once", "outgoing", "retired":
		return true
	}
	return strings.HasPrefix(attrib.Fold(t), "ex-")
}

// appositionKey finds the name fact of a person mention: its sentence and name.
type appositionKey struct {
	doc  *claims.Document
	sent int
	name string
}

// appositionTitles maps each name fact that an apposition titles to its title.
func appositionTitles(ix *claims.Index) map[appositionKey]string {
	out := map[appositionKey]string{}
	for _, f := range ix.Kind(claims.KindName) {
		if f.Key != "" && !f.Preposed { // a title before the name serves to tell spellings apart only
			out[appositionKey{f.Doc, f.Sentence.Start, f.Subject}] = f.Key
		}
	}
	return out
}

// checkSamePerson compares the roles and titles of two mentions of one person.
func checkSamePerson(a, b mention, titles map[string]int, report func(string, Finding)) {
	pa, pb := a.p, b.p
	if pa.Country != "" && pa.To != "" && pb.Country != "" && pb.To != "" &&
		attrib.Fold(pa.Country) == attrib.Fold(pb.To) && attrib.Fold(pa.To) == attrib.Fold(pb.Country) &&
		attrib.Fold(pa.Country) != attrib.Fold(pa.To) {
		msg := fmt.Sprintf("%s is an envoy of %s to %s but %s makes %s an envoy of %s to %s: the role is swapped",
			QuoteAt(a.f), pa.Country, pa.To, QuoteAt(b.f), a.full, pb.Country, pb.To)
		report("swap\x00"+personKey(a, b), Finding{Message: msg, Claims: ClaimsOf(a.f, b.f)})
		return
	}
	if pa.Former || pb.Former || !samePubDate(a.f, b.f) || !comparableTitle(pa.Title) || !comparableTitle(pb.Title) ||
		profession(a) || profession(b) {
		return
	}
	ta, tb := withoutCharge(pa.Title), withoutCharge(pb.Title)
	if attrib.SameTitle(ta, tb) || attrib.TitleRefers(ta, tb) || attrib.TitleRefers(tb, ta) || shortenedTitle(ta, tb) {
		return
	}
	if militaryRank(ta) != militaryRank(tb) {
		return // "Colonel Anan Sriwong", the police superintendent: a rank and a post
	}
	if jointOffices(ta, tb) || jointOffices(tb, ta) {
		return // "President Hiroyuki Tanabe", "Chief Executive Hiroyuki Tanabe": one person's two titles
	}
	if a.f.Sentence != b.f.Sentence && (sentenceNames(a.f, pa.Title, pb.Title) || sentenceNames(b.f, pb.Title, pa.Title)) {
		return // "Halyna Moroz, the secretary of the city council who is serving as acting mayor": both, said at once
	}
	if describedTask(pa.Title, pb.Title) {
		return // "the naval officer coordinating the search", "… leading the search": one task told by two verbs
	}
	if a.apposed && b.apposed && titleHead(pa.Title) != titleHead(pb.Title) && (looseRole(pa.Title) || looseRole(pb.Title)) {
		return // "secretary" and "union leader" of one union: appositions word a role loosely
	}
	msg := fmt.Sprintf("%s vs %s%s: one person titled %q and %q", QuoteAt(a.f), QuoteAt(b.f), dateNote(a.f, b.f), pa.Title, pb.Title)
	key := "title\x00" + personKey(a, b) + "\x00" + attrib.Fold(pa.Title) + "\x00" + attrib.Fold(pb.Title)
	// The title most mentions give is the person's: each mention giving another
	// is reported once, against the first that gives it.
	ca, cb := titles[titleKey(a)], titles[titleKey(b)]
	switch {
	case ca > cb:
		key = "odd title\x00" + mentionID(b)
	case cb > ca:
		key = "odd title\x00" + mentionID(a)
	}
	report(key, Finding{Message: msg, Claims: ClaimsOf(a.f, b.f)})
}

// sentenceNames reports whether f's sentence also gives the title t (of two
// words or more, folded) outside the mention's own title: the person holds
// both. "Deputy Transport Minister" holds no "Transport Minister" of its own.
func sentenceNames(f *claims.Fact, own, t string) bool {
	t = attrib.Fold(strings.TrimSpace(t))
	if f.Doc == nil || t == "" || strings.Contains(attrib.Fold(own), t) {
		return false
	}
	s := attrib.Fold(f.SentenceText())
	if !strings.Contains(t, " ") {
		// "…, the Morogoro regional police commander, said": a one-word
		// title counts when an apposition of the sentence ends with it.
		return strings.Contains(s, " "+t+",") && strings.Contains(s, ", the ")
	}
	return strings.Contains(s, t)
}

// withoutCharge drops what an office is "in charge" of: "assistant
// commissioner in charge" of marine operations is an assistant commissioner.
func withoutCharge(title string) string {
	if i := strings.Index(strings.ToLower(title), " in charge"); i > 0 {
		return title[:i]
	}
	return title
}

// looseRole reports a title whose head names a role loosely: "union
// leader", "fire service chief", "head of operations", "an official".
func looseRole(t string) bool {
	switch titleHead(t) {
	case "leader", "chief", "head", "official", "boss", "representative", "member", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	f := attrib.Fold(t)
	return strings.HasPrefix(f, "head ") || strings.HasPrefix(f, "the head ")
}

// titleHead is the office word of a title, its complement aside: "deputy
// mayor of Arganil" → "mayor".
func titleHead(t string) string {
	t = attrib.Fold(t)
	if i := strings.Index(t, " of "); i >= 0 {
		t = t[:i]
	}
	ws := strings.Fields(strings.ReplaceAll(t, "-", " ")) // "vice-president" is headed by "president"
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// titleCounts counts the mentions of each person under each title.
func titleCounts(ms []mention) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		if m.p.Title != "" {
			out[titleKey(m)]++
		}
	}
	return out
}

// titlesHeld lists the titles each person (by name key) is given anywhere.
func titlesHeld(ms []mention) map[string][]string {
	out := map[string][]string{}
	for _, m := range ms {
		if m.p.Title != "" && !m.p.Former {
			k := nameKey(m.full)
			out[k] = append(out[k], m.p.Title)
		}
	}
	return out
}

// coveredTitles reports whether two titles that each name a portfolio the
// other lacks are both parts of one joint title the person is given
// elsewhere: "transport minister" and "tourism minister" of the "Land,
// Infrastructure, Transport and Tourism Minister".
func coveredTitles(a, b string, held []string) bool {
	wa, wb := titleWordSet(a), titleWordSet(b)
	var onlyA, onlyB []string
	for w := range wa {
		if !wb[w] {
			onlyA = append(onlyA, w)
		}
	}
	for w := range wb {
		if !wa[w] {
			onlyB = append(onlyB, w)
		}
	}
	if len(onlyA) == 0 || len(onlyB) == 0 {
		return false // "Deputy Mayor" and "Mayor": a rank, not a portfolio
	}
	for _, t := range held {
		wt := titleWordSet(t)
		all := true
		for _, w := range append(append([]string{}, onlyA...), onlyB...) {
			if !wt[w] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// titleKey is a person's name and title, folded.
func titleKey(m mention) string {
	return nameKey(m.full) + "\x00" + attrib.Fold(m.p.Title)
}

// mentionID names one mention: its source and place.
func mentionID(m mention) string {
	return fmt.Sprintf("%s\x00%d", m.f.Doc.Path, m.f.Span.Start)
}

// checkSameFamily flags two different full names with the same family name and
// the same specific title on the same date.
func checkSameFamily(a, b mention, report func(string, Finding)) {
	if a.p.FullName != "" || b.p.FullName != "" || len(strings.Fields(a.p.Name)) < 2 || len(strings.Fields(b.p.Name)) < 2 ||
		a.p.Former || b.p.Former || !samePubDate(a.f, b.f) || !specificTitle(a.p) || !specificTitle(b.p) ||
		!attrib.SameTitle(a.p.Title, b.p.Title) || attrib.SameName(a.p.Name, b.p.Name) {
		return
	}
	fa, fb := familyName(a.p.Name), familyName(b.p.Name)
	if fa == "" || fa != fb {
		return
	}
	msg := fmt.Sprintf("%s vs %s%s: the same family name %q and title %q with different given names",
		QuoteAt(a.f), QuoteAt(b.f), dateNote(a.f, b.f), fa, a.p.Title)
	report("family\x00"+factPairKey(a.f, b.f), Finding{Message: msg, Claims: ClaimsOf(a.f, b.f)})
}

// familyName returns the folded family name of a full name when the lexicons are
// sure of it, "" otherwise.
func familyName(full string) string {
	parts := strings.Fields(full)
	if len(parts) < 2 {
		return ""
	}
	v := attrib.Reference(full, parts[0])
	if !v.Sure {
		return ""
	}
	return v.Family
}

// rankWords change which office a title names when added to it: "Deputy Mayor" is
// not "Mayor", "Prime Minister" is not "Minister".
var rankWords = map[string]bool{
	"deputy": true, "vice": true, "acting": true, "assistant": true, "first": true, "prime": true,
	"general": true, "former": true, "permanent": true, "standing": true, "under": true, "co": true,
	"chief": true, "executive": true, "senior": true, "associate": true, "honorary": true,
}

// shortenedTitle reports whether one title is the other with words left out that
// do not change the office ("Vice Chairman of the City People's Committee" for
// "Vice Chairman of Hai Phong City People's Committee").
func shortenedTitle(a, b string) bool {
	wa, wb := titleWordSet(a), titleWordSet(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for w := range wa {
		if !wb[w] {
			return false
		}
	}
	long := a
	if len(titleWordSet(b)) > len(titleWordSet(a)) {
		long = b
	}
	for w := range wb {
		if w == "general" && strings.HasPrefix(attrib.Fold(long), "general ") {
			continue // "general director" is the director; "director general" outranks one
		}
		if !wa[w] && rankWords[w] {
			return false
		}
	}
	return true
}

// titleWordSet is the folded words of a title without articles and prepositions.
func titleWordSet(t string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(attrib.Fold(t), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		w = strings.TrimSuffix(w, "'s")
		switch w {
		case "the", "of", "to", "for", "and", "":
			continue
		}
		out[w] = true
	}
	return out
}

// profession reports a mention titled by a trade after a nationality
// ("Iranian director Farhad Nazemi", "French critic Élise Marchand"): what
// the person does, not an office the person holds, so it may stand beside
// "jury president" in another source.
func profession(m mention) bool {
	switch attrib.Fold(strings.TrimSpace(m.p.Title)) {
	case "director", "producer", "critic", "actor", "actress", "writer", "author", "filmmaker", "film-maker",
		"cinematographer", "photographer", "composer", "singer", "artist", "novelist", "poet", "journalist",
		"economist", "analyst", "architect", "designer", "scholar", "historian", "scientist":
	default:
		return false
	}
	before := strings.Fields(textOf(m.f.Doc, max(0, m.f.Span.Start-24), m.f.Span.Start))
	if own := strings.Fields(m.f.Text()); len(own) > 1 && attrib.CountryOfAdjective(strings.ToLower(own[0])) != "" {
		return true // "Iranian director Farhad Karimi": the nationality opens the mention
	}
	if len(before) == 0 {
		return false
	}
	w := before[len(before)-1]
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(w, suf) {
			return true // "Iranian", "Japanese", "Spanish", "French", "Israeli"
		}
	}
	return false
}

// doubleTitle reports two offices joined by "and" ("deputy prime minister
// and foreign minister"): an office word on each side of the "and". An "and"
// inside what the office is of ("minister of mines and mining development")
// or between two portfolios ("mines and energy minister") joins no second
// office.
func doubleTitle(f string) bool {
	before, after, ok := strings.Cut(f, " and ")
	return ok && hasOfficeWord(before) && hasOfficeWord(after)
}

// hasOfficeWord reports whether a folded title part holds an office word.
func hasOfficeWord(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "minister", "president", "chairman", "chairwoman", "chair", "secretary", "director", "governor",
			"ambassador", "chief", "head", "ceo", "mayor", "commissioner", "envoy", "spokesperson", "spokesman",
			"leader", "premier", "chancellor", "officer", "manager", "founder", "editor":
			return true
		}
	}
	return false
}

// comparableTitle reports whether a title names one office: not empty, not a
// double title.
func comparableTitle(t string) bool {
	f := " " + attrib.Fold(t) + " "
	if strings.TrimSpace(t) == "" || strings.Contains(f, " cum ") || strings.Contains(f, "&") || doubleTitle(f) {
		return false
	}
	if ws := strings.Fields(f); len(ws) == 1 && genericTitles[ws[0]] {
		return false // "chief", "head": any of several offices
	}
	for _, w := range strings.Fields(f) {
		if !playerRoles[w] {
			return true
		}
	}
	return false // "Defender Tomas Reyes", "captain Tomas Reyes": one player, two roles
}

// genericTitles alone name no particular office.
var genericTitles = map[string]bool{"chief": true, "head": true, "leader": true, "boss": true, "official": true, "officer": true}

// playerRoles are positions and the captaincy: a player holds several at once.
var playerRoles = map[string]bool{"defender": true, "striker": true, "midfielder": true, "goalkeeper": true,
	"forward": true, "winger": true, "captain": true, "full-back": true, "playmaker": true}

// specificTitle reports whether a title most likely has one holder at a time: it
// says of what, to where or which country, and carries no deputy rank.
func specificTitle(p *attrib.Person) bool {
	if !comparableTitle(p.Title) || (p.Of == "" && p.To == "" && p.Country == "") {
		return false
	}
	for _, w := range strings.Fields(attrib.Fold(p.Title)) {
		switch w {
		case "deputy", "vice", "assistant", "member", "senior", "acting", "permanent":
			return false
		}
	}
	return true
}

// factPairKey names a pair of facts for deduplication.
func factPairKey(a, b *claims.Fact) string {
	return fmt.Sprintf("%s:%d\x00%s:%d", a.Doc.Path, a.Span.Start, b.Doc.Path, b.Span.Start)
}

// personKey names a pair of sources and the person, so repeated mentions report once.
func personKey(a, b mention) string {
	return a.f.Doc.Path + "\x00" + b.f.Doc.Path + "\x00" + attrib.Fold(a.full)
}

// dateNote says why two mentions were compared: the same source or date.
func dateNote(a, b *claims.Fact) string {
	if a.Doc == b.Doc {
		return " in the same source"
	}
	if pa, pb := Published(a), Published(b); pa != pb {
		return ", published " + pa + " and " + pb
	}
	return ", both published " + Published(a)
}

// militaryRank reports a title that is a rank of the forces or the police
// alone ("Colonel", "Lt Gen."), which a person holds beside a post.
func militaryRank(t string) bool {
	t = strings.Trim(attrib.Fold(t), ". ")
	if first, rest, ok := strings.Cut(t, " "); ok && attrib.Portfolio(first) {
		t = rest // "Minister of National Defence General Đỗ Quang Khải": the portfolio's tail before the rank
	}
	switch t {
	case "colonel", "col", "lieutenant colonel", "lt col", "general", "gen", "major", "maj", "captain", "capt",
		"lieutenant", "lt", "brigadier", "brig", "sergeant", "sgt", "major general", "lieutenant general", "brigadier general":
		return true
	}
	return false
}

// jointOffices reports a company's president or managing director named
// chief executive elsewhere: the two offices are most often one person's
// ("president and chief executive", "managing director and CEO"). Ranks
// ("vice president", "deputy chief executive") are not.
func jointOffices(a, b string) bool {
	a, b = attrib.Fold(a), attrib.Fold(b)
	ranked := func(t string) bool {
		return strings.Contains(t, "vice") || strings.Contains(t, "deputy") || strings.Contains(t, "assistant") || strings.Contains(t, "former")
	}
	if ranked(a) || ranked(b) {
		return false
	}
	president := strings.HasPrefix(a, "president") || strings.HasSuffix(a, " president")
	managing := strings.Contains(a, "managing director")
	chief := strings.Contains(b, "chief executive") || b == "ceo" || strings.HasSuffix(b, " ceo") || strings.HasPrefix(b, "ceo ")
	return (president || managing) && chief
}

// describedTask reports two titles that are one office and a task told by a
// participle each ("naval officer coordinating the search", "naval officer
// leading the search"): the words before the participles the same, the
// participles' objects too. A task is a description, not an office.
func describedTask(a, b string) bool {
	wa, wb := strings.Fields(attrib.Fold(a)), strings.Fields(attrib.Fold(b))
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff > 0 && strings.HasSuffix(wa[diff], "ing") && strings.HasSuffix(wb[diff], "ing")
}
