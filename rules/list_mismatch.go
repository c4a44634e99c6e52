package rules

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/numword"
)

// List matching thresholds: two named lists with different names are the same list
// when they share at least listMinShared members and their Jaccard index is at
// least listMinJaccard; with the same name ("principles") listSameNameShared shared
// members suffice.
const (
	listMinShared      = 3
	listMinJaccard     = 0.5
	listSameNameShared = 2
)

// ListMismatch flags the same named list quoted with different members by different
// sources: "the principles of sincerity, trust and mutual benefit" in one, the
// same principles plus "substance" in another.
func ListMismatch() *Rule {
	return &Rule{
		ID:       "list-mismatch",
		Title:    "the same named list is quoted with different members",
		Severity: Warning,
		Run:      runListMismatch,
		Doc: `Official formulas are quoted as named lists: "the principles of sincerity,
affection, trust and mutual benefit", "the guiding spirit of ...". When two sources
quote the same list, the members should be the same. A missing or extra member
usually means one source dropped a word while editing, or quoted from memory.

Two lists are the same list when they come from different sources, their speakers
do not differ (the same speaker, or one or both unstated), their subjects do not
differ, and either their names match (after folding and stemming) with at least 2
shared members, or they share at least 3 members with a Jaccard index (shared / all
distinct members) of at least 0.5. Member order and inflection are ignored
("benefit" = "benefits"). The message names the members each side lacks.

Bad:
    a.txt: ... under the principles of sincerity, trust and mutual benefit.
    b.txt: ... in the spirit of sincerity, trust, substance and mutual benefits.

Good:
    a.txt: ... under the principles of sincerity, trust and mutual benefit.
    b.txt: ... guided by trust, mutual benefit and sincerity.

The items of an announced count ("in four industrial belts: Ashulia, Gazipur,
Narayanganj and Tongi") are a list too, named by the count's noun. Members are
compared without a generic place word ("Davao Region" = "Davao").

Different speakers' own lists are never compared: two leaders may each have their
own formula.

People named one after another in one sentence ("accompanied by Foreign
Minister A, Trade Minister B, Energy Minister C and Defence Minister D", "The
seven escapees were A, B, …") are a roster even with no count or list name: two
sources of one story whose rosters are as long and the same but for one person
are reported, naming both. A roster of three must share a word besides the
names with the other ("frontbench", "opposition"); a sentence that names a
selection ("including") is no roster, and two rosters whose sentences give
different figures ("4x400m", "4x100m") are two teams.

A list in a headline (the first line of a source, or a line equal to its title) is
never compared: headlines shorten formulas by convention ("ties built on
sincerity, trust and mutual benefit: PM"). Within one source, two lists are
compared only when their names match and they share at least 3 members with a
Jaccard index of at least 0.5: one article may give two different lists with
common members.

Severity warning: one source is probably wrong, but a list can legitimately be
quoted in part; an editor has to look.`,
	}
}

// listMember is a member of a named list: as written and as compared.
type listMember struct {
	label, key string
}

func runListMismatch(p *Pass) {
	var fs []*claims.Fact
	var ms [][]listMember
	for _, f := range p.Index.Kind(claims.KindNamedList) {
		// A headline abbreviates its lists by convention: never compared.
		if f.List == nil || f.Doc == nil || inHeadline(f) {
			continue
		}
		fs = append(fs, f)
		ms = append(ms, listMembers(f))
	}
	// A count's list is a list too: "in four industrial belts: Ashulia, Gazipur,
	// Narayanganj and Tongi" against "across four zones: …, Chattogram".
	for _, f := range p.Index.Kind(claims.KindCount) {
		a := f.Announcement
		if a == nil || !a.Listed || a.Partial || a.Gathered || a.Bare || len(a.Items) < listMinShared || f.Doc == nil || inHeadline(f) || othersOnly(f) || nestedCount(p, f) {
			continue // a set of names no count announces is enumeration-mismatch's; a list of counted groups is no list of items
		}
		g := *f
		g.List = &enum.NamedList{Start: a.Start, End: a.End, Name: a.Noun, Members: a.Items}
		// Who announced a count is enumeration-mismatch's question; here the
		// items are compared whoever listed them.
		g.Speaker = ""
		fs = append(fs, &g)
		ms = append(ms, listMembers(&g))
	}
	// A ranking given name by name ("South Korea was the largest source of
	// investment, followed by China, Singapore, Japan and Hong Kong") is a
	// ranked list too, which a count of the top places names as a whole
	// ("The top five sources of investment were …, Japan and Taiwan").
	for _, g := range rankChains(p) {
		fs = append(fs, g)
		ms = append(ms, listMembers(g))
	}
	seen := map[string]bool{}
	for _, pr := range listCandidates(ms) {
		a, b := fs[pr[0]], fs[pr[1]]
		ma, mb := ms[pr[0]], ms[pr[1]]
		if differentSubjects(a, b) || !speakersAgree(a.Speaker, b.Speaker, true) {
			continue
		}
		if a.Doc == b.Doc && !sameListInSource(a, b, ma, mb) {
			continue
		}
		if !sameList(a.List.Name, b.List.Name, ma, mb) || !topPlacesAlike(a, b) {
			continue
		}
		lackA, lackB := missing(ma, mb), missing(mb, ma)
		lackA, lackB = withoutNarrowed(lackA, lackB)
		if len(lackA) == 0 && len(lackB) == 0 {
			continue
		}
		if (a.List.Roster || b.List.Roster) && !swappedMember(a, b, ma, mb, lackA) {
			continue
		}
		if countedApart(a, b) || grownList(a, b, lackA, lackB) {
			continue // "five counties: …" and, days later, "Seven counties have now reported damage: …"
		}
		sig := a.Doc.Path + "\x00" + b.Doc.Path + "\x00" + signature(ma) + "\x00" + signature(mb)
		if seen[sig] {
			continue
		}
		seen[sig] = true
		// The side that lacks something is the primary claim.
		x, y := a, b
		if len(lackA) == 0 {
			x, y, lackA, lackB = b, a, lackB, lackA
		}
		msg := listMessage(x, y, lackA, lackB)
		if x.List.Roster {
			msg = rosterMessage(x, y, lackA, lackB, len(ma)-len(lackB))
		}
		p.Report(Finding{Message: msg, Claims: ClaimsOf(x, y)})
	}
	reported := map[claims.Span]bool{}
	for _, f := range p.findings {
		for _, c := range f.Claims {
			if c.Fact != nil {
				reported[c.Fact.Sentence] = true
			}
		}
	}
	checkRosters(p, reported)
}

// swappedMember decides whether two rosters of a body's people ("a jury
// chaired by A, whose other members were B, C and D") are one body with a
// member swapped: both rosters, from two sources, of as many people, the
// same but for one or two names. A text may name some members only, so a
// roster lacking a name another gives is no finding; nor is one body against
// a list of another kind.
func swappedMember(a, b *claims.Fact, ma, mb []listMember, lackA []string) bool {
	return a.List.Roster && b.List.Roster && a.Doc != b.Doc && len(ma) == len(mb) && len(lackA) >= 1 && len(lackA) <= 2 &&
		sameBody(a.List.Name, b.List.Name)
}

// sameBody reports whether two rosters' names may name one body: the words
// before the group noun that tell bodies apart ("4x100m", "women's") must
// agree when both give them; "the 4x400m relay team" is not "the 4x100m
// quartet".
func sameBody(a, b string) bool {
	qa, qb := strings.Fields(a), strings.Fields(b)
	qa, qb = qa[:max(0, len(qa)-1)], qb[:max(0, len(qb)-1)]
	if len(qa) == 0 || len(qb) == 0 {
		return true
	}
	return strings.Join(qa, " ") == strings.Join(qb, " ")
}

// listCandidates returns the pairs of lists that may be one list: both matching
// tests need at least listSameNameShared (2) shared members, so each list is
// filed under every pair of its members and only lists filed together are
// compared.
func listCandidates(ms [][]listMember) [][2]int {
	g := newPairGroups()
	for i, m := range ms {
		ks := make([]string, len(m))
		for j, x := range m {
			ks[j] = x.key
		}
		for _, k := range pairKeys(ks) {
			g.add(k, i)
		}
	}
	return g.pairs()
}

// sameListInSource decides whether two lists of one source are one formula quoted
// twice: an article may well give two different lists with shared members
// ("sectors such as energy, transport and health" and later "sectors such as
// energy, transport and education"), so within a source the names must match and
// the lists must not overlap in the text (one list read twice).
func sameListInSource(a, b *claims.Fact, ma, mb []listMember) bool {
	if a.Span.Start < b.Span.End && b.Span.Start < a.Span.End {
		return false
	}
	k := phraseKey(a.List.Name)
	if k == "" || k != phraseKey(b.List.Name) {
		return false
	}
	sa, sb := memberSet(ma), memberSet(mb)
	return len(sharedKeys(sa, sb)) >= listMinShared && jaccardIndex(sa, sb) >= listMinJaccard
}

// othersOnly reports a count of the others ("The other four judges are
// …"): the list leaves out whoever the text named before, so it is no whole
// list to hold against another.
func othersOnly(f *claims.Fact) bool {
	before := strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-12), f.Span.Start))
	return strings.HasSuffix(strings.TrimSpace(before), "other") || strings.HasSuffix(strings.TrimSpace(before), "remaining")
}

// listMembers returns the members of a named list, without duplicates.
func listMembers(f *claims.Fact) []listMember {
	var out []listMember
	have := map[string]bool{}
	for _, it := range f.List.Members {
		for _, label := range namePair(personHead(it.Label)) {
			k := phraseKey(withoutPlaceWord(label))
			if k == "" || have[k] {
				continue
			}
			have[k] = true
			out = append(out, listMember{label: strings.Join(strings.Fields(label), " "), key: k})
		}
	}
	return out
}

// namePair splits an item of two names joined by "and" that the parser
// left whole ("Balasore and Valsad" before ", plus the new one"): each is a
// member. Any other label comes back alone.
func namePair(label string) []string {
	a, b, ok := strings.Cut(label, " and ")
	if !ok || !capitalisedWords(a) || !capitalisedWords(b) {
		return []string{label}
	}
	return []string{a, b}
}

// capitalisedWords reports words that all open with a capital letter.
func capitalisedWords(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(ws) > 0
}

// personHead is the person's name that opens a list item before an
// apposition or an "of" ("Park Ji-hoon, vice chairman of Samsung
// Electronics", "Park Ji-hoon of Samsung Electronics" → "Park Ji-hoon"): lists of people are compared by who is in them, however each
// source words their offices. Any other item is kept whole.
func personHead(label string) string {
	name, rest, ok := strings.Cut(label, ",")
	if !ok {
		name, rest, ok = strings.Cut(label, " of ") // "Park Ji-hoon of Samsung Electronics"
	}
	if !ok || strings.TrimSpace(rest) == "" {
		return label
	}
	name = strings.TrimSpace(name)
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return label // "Đỗ Thu Hà" opens with a capital too
		}
	}
	if !attrib.PersonName(name) {
		return label
	}
	return name
}

// withoutPlaceWord drops the generic word that ends or opens a place's name
// when the rest still names it: "Davao Region" is "Davao", "Nakuru County"
// "Nakuru", "the Province of Cebu" "Cebu".
func withoutPlaceWord(label string) string {
	ws := strings.Fields(label)
	if len(ws) < 2 {
		return label
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "region", "province", "city", "district", "county", "state", "municipality", "prefecture",
		"department", "governorate", "oblast", "emirate":
		return strings.Join(ws[:len(ws)-1], " ")
	}
	if len(ws) >= 3 && strings.EqualFold(ws[1], "of") {
		switch strings.ToLower(ws[0]) {
		case "province", "city", "state", "county", "region", "district":
			return strings.Join(ws[2:], " ") // "Province of Cebu"
		}
	}
	return label
}

// sameList decides whether two member sets are one list quoted twice (see the
// thresholds above).
func sameList(nameA, nameB string, a, b []listMember) bool {
	sa, sb := memberSet(a), memberSet(b)
	n := len(sharedKeys(sa, sb))
	if k := listNameKey(nameA); k != "" && k == listNameKey(nameB) && n >= listSameNameShared {
		return true
	}
	return n >= listMinShared && jaccardIndex(sa, sb) >= listMinJaccard
}

// listNameKey is the comparable form of a list's name without its count: "three
// principles" names the list "principles" does.
func listNameKey(name string) string {
	var ws []string
	for _, w := range strings.Fields(name) {
		if _, ok := numword.Cardinal(strings.ToLower(w)); ok || numericWord(w) {
			continue
		}
		ws = append(ws, w)
	}
	return phraseKey(strings.Join(ws, " "))
}

func memberSet(ms []listMember) map[string]bool {
	s := make(map[string]bool, len(ms))
	for _, m := range ms {
		s[m.key] = true
	}
	return s
}

// missing returns the labels of the members of other that list lacks.
func missing(list, other []listMember) []string {
	s := memberSet(list)
	var out []string
	for _, m := range other {
		if !s[m.key] {
			out = append(out, m.label)
		}
	}
	return out
}

// withoutNarrowed drops from both sides the items one source only words
// more narrowly: "a bus" and "a passenger bus", "two auto-rickshaws" and
// "two battery-run auto-rickshaws" are one item, their last word one head
// and every word of one among the other's.
func withoutNarrowed(lackA, lackB []string) ([]string, []string) {
	var keepA []string
	used := make([]bool, len(lackB))
	for _, x := range lackA {
		kx := phraseKey(withoutRelative(x))
		found := false
		for j, y := range lackB {
			ky := phraseKey(withoutRelative(y))
			if used[j] || kx == "" || ky == "" {
				continue
			}
			// One head, or a long wording the other only adds to ("a biodiesel
			// refinery in Dung Quat", "… in the Dung Quat economic zone"): a
			// lone name inside a longer one ("Hanoi", "Hanoi Medical
			// University") needs the head.
			if lastField(kx) != lastField(ky) && min(len(strings.Fields(kx)), len(strings.Fields(ky))) < 3 {
				continue
			}
			if wordsIn(kx, ky) || wordsIn(ky, kx) || len(lackA) == 1 && len(lackB) == 1 && sharedLowerWords(x, y) >= 2 {
				// "night staffing levels", "the ratio of night staff to
				// students": one item in other words.
				used[j], found = true, true
				break
			}
		}
		if !found {
			keepA = append(keepA, x)
		}
	}
	var keepB []string
	for j, y := range lackB {
		if !used[j] {
			keepB = append(keepB, y)
		}
	}
	return keepA, keepB
}

// withoutRelative drops a relative clause closing an item: "a commission of
// inquiry that is to report within 30 days" is the commission of inquiry.
func withoutRelative(s string) string {
	for _, r := range []string{" that ", " which ", " who "} {
		if k := strings.Index(s, r); k > 0 {
			s = s[:k]
		}
	}
	return s
}

// sharedLowerWords counts the lower-case words of four letters or more that
// two items share, a word matching another that opens with its first five
// letters ("staffing", "staff"). Names are left out: "a fish-feed mill in Hai
// Phong" and "a feasibility study in Hai Phong" share a place, not an item.
func sharedLowerWords(a, b string) int {
	stem := func(w string) string {
		w = strings.Trim(w, ",.;:\"“”'()")
		if len(w) > 5 {
			w = w[:5]
		}
		return w
	}
	if ownCapital(a, b) || ownCapital(b, a) {
		return 0 // "a push into Asian markets", "… into the United States market": another place named
	}
	seen := map[string]bool{}
	for _, w := range strings.Fields(a) {
		if len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' {
			seen[stem(w)] = true
		}
	}
	n := 0
	for _, w := range strings.Fields(b) {
		if len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && seen[stem(w)] {
			seen[stem(w)] = false
			n++
		}
	}
	return n
}

// ownCapital reports a capitalised word of a, past its first, that b lacks.
func ownCapital(a, b string) bool {
	for i, w := range strings.Fields(a) {
		w = strings.Trim(w, ",.;:\"“”'()")
		if i > 0 && w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.Contains(b, w) {
			return true
		}
	}
	return false
}

// signature is the sorted member keys, to report each pair of wordings once.
func signature(ms []listMember) string {
	ks := make([]string, len(ms))
	for i, m := range ms {
		ks[i] = m.key
	}
	sort.Strings(ks)
	return strings.Join(ks, "|")
}

// listMessage writes `"<a>" (a.txt:51) lacks "substance" given in "<b>" (b.txt:43)`,
// and what b lacks in turn when both lack something.
func listMessage(a, b *claims.Fact, lackA, lackB []string) string {
	var sb strings.Builder
	sb.WriteString(QuoteText(textOf(a.Doc, a.Span.Start, a.Span.End)))
	sb.WriteString(" (" + Where(a) + ") lacks " + quoteList(lackA))
	sb.WriteString(` given in "` + listExcerpt(b, lackA) + `" (` + Where(b) + ")")
	if len(lackB) > 0 {
		sb.WriteString(", which lacks " + quoteList(lackB) + " in turn")
	}
	return sb.String()
}

// rosterMessage writes `the jury names "Kenji Morimoto" (d3.txt:13) where
// the jury of d1.txt:19 names "Kim Ha-eun"; the other 4 members match`.
func rosterMessage(a, b *claims.Fact, lackA, lackB []string, same int) string {
	return "the " + a.List.Name + " names " + quoteList(lackB) + " (" + Where(a) + ") where the " + b.List.Name +
		" of " + Where(b) + " names " + quoteList(lackA) + "; the other " + strconv.Itoa(same) + " members match"
}

// listExcerpt is the other list's text, or when long its name and the members the
// first list lacks, so the reader sees the evidence at once.
func listExcerpt(f *claims.Fact, show []string) string {
	t := strings.Join(strings.Fields(textOf(f.Doc, f.Span.Start, f.Span.End)), " ")
	if len([]rune(t)) <= 70 || f.List.Name == "" {
		return clip(t, 80)
	}
	return f.List.Name + " … " + strings.Join(show, " … ") + " …"
}

// chainKind marks the lists rankChains makes, so that they meet only counts
// of top places (see topPlacesAlike).
const chainKind = "rank chain"

// rankChains returns, for each paragraph that ranks names one after another
// in one category from first place on (three places at least, each once),
// a named list of those names in order, named by the category.
func rankChains(p *Pass) []*claims.Fact {
	var out []*claims.Fact
	byStart := map[*claims.Fact][]*claims.Fact{}
	var firsts []*claims.Fact
	for _, f := range p.Index.Kind(claims.KindRank) {
		r := f.Rank
		if r == nil || f.Doc == nil || r.AtMost || len(r.Categories) == 0 || r.Subject == "" {
			continue
		}
		if r.Rank == 1 {
			firsts = append(firsts, f)
			byStart[f] = []*claims.Fact{f}
		}
	}
	for _, first := range firsts {
		chain := byStart[first]
		for _, f := range p.Index.Kind(claims.KindRank) {
			r := f.Rank
			if f.Doc != first.Doc || !sameParagraphFrom(first, f) || r == nil || r.AtMost || r.Subject == "" ||
				strings.Join(r.Categories, " ") != strings.Join(first.Rank.Categories, " ") || r.Rank != len(chain)+1 {
				continue
			}
			chain = append(chain, f)
		}
		if len(chain) < 3 {
			continue
		}
		g := *first
		list := &enum.NamedList{Start: first.Span.Start, End: chain[len(chain)-1].Span.End,
			Name: "the ranking in " + strings.Join(first.Rank.Categories, " ")}
		for _, c := range chain {
			list.Members = append(list.Members, enum.Item{Start: c.Rank.SubjectStart, End: c.Rank.SubjectEnd, Label: c.Rank.Subject})
		}
		g.Kind, g.List, g.Key, g.Speaker = claims.KindNamedList, list, chainKind, ""
		g.Span = claims.Span{Start: min(first.Span.Start, first.Rank.SubjectStart), End: chain[len(chain)-1].Span.End}
		out = append(out, &g)
	}
	return out
}

// topPlacesAlike reports whether two lists may be compared as far as ranking
// goes: a ranked chain only with a count of as many top places ("the top
// five sources of investment"), never with any list that happens to name
// the same countries.
func topPlacesAlike(a, b *claims.Fact) bool {
	ca, cb := a.Key == chainKind, b.Key == chainKind
	switch {
	case ca && cb:
		return false // rank-conflict compares ranks with ranks
	case !ca && !cb:
		return true
	case cb:
		a, b = b, a
	}
	ann := b.Announcement
	if ann == nil || ann.Count != len(a.List.Members) || b.Doc == a.Doc {
		return false
	}
	before := strings.ToLower(textOf(b.Doc, max(b.Sentence.Start, ann.Start-12), ann.Start))
	return strings.HasSuffix(strings.TrimSpace(before), "top") || strings.Contains(strings.ToLower(ann.Noun), "largest") ||
		strings.Contains(strings.ToLower(ann.Noun), "biggest") || strings.Contains(strings.ToLower(ann.Noun), "leading")
}

// sameParagraphFrom reports whether f stands at or after first in first's
// paragraph.
func sameParagraphFrom(first, f *claims.Fact) bool {
	return f.Span.Start >= first.Span.Start && f.Span.Start <= len(first.Doc.Text) &&
		!strings.Contains(first.Doc.Text[first.Span.Start:f.Span.Start], "\n")
}

// countedApart reports two announced lists whose counts differ and each of
// which lists as many items as it announces: each list is what it says it is,
// two lists (or one list at two moments), not one list misquoted.
func countedApart(a, b *claims.Fact) bool {
	x, y := a.Announcement, b.Announcement
	if x == nil || y == nil || a.Kind != claims.KindCount || b.Kind != claims.KindCount {
		return false
	}
	return x.Count != y.Count && x.Count == len(x.Items) && y.Count == len(y.Items)
}

// grownList reports a list counted fewer, however many it gives (a count it
// does not match is count-mismatch's), that the other, counted more, holds
// entire: "four villages: A, B, C and D" and later "the
// six villages inside it, A, B, C, D and E": the list grew (what the second
// leaves out is count-mismatch's), no member was swapped.
func grownList(a, b *claims.Fact, lackA, lackB []string) bool {
	x, y := a.Announcement, b.Announcement
	if x == nil || y == nil || a.Kind != claims.KindCount || b.Kind != claims.KindCount || x.Count == 0 || y.Count == 0 {
		return false
	}
	if x.Count > y.Count {
		x, y, lackA, lackB = y, x, lackB, lackA
	}
	return x.Count < y.Count && len(lackB) == 0 && len(lackA) > 0
}
