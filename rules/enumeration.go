package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// Item matching thresholds: two items of two enumerations are counterparts when
// they share at least itemMinShared content stems and the shared stems are at
// least itemMinOverlap of the smaller item's stems.
const (
	itemMinShared  = 2
	itemMinOverlap = 0.2
)

// EnumerationMismatch flags one speaker's enumeration given with a different
// number of items by different sources, naming the items with no counterpart.
func EnumerationMismatch() *Rule {
	return &Rule{
		ID:       "enumeration-mismatch",
		Title:    "one speaker's list has different items across sources",
		Severity: Warning,
		Run:      runEnumerationMismatch,
		Doc: `When a speaker sets out a list ("six strategic directions", "outlined several
key directions" followed by one paragraph per direction), sources reporting the
same speech should carry the same items, whether they number them or write them
as paragraphs. A source with more or fewer items has dropped or invented one.

Two enumerations are compared when they come from different sources, both have a
named speaker and it is the same person ("Chinh" = "PM Chinh"), and their counted
nouns have the same head ("strategic directions", "key directions"). Items are
matched by content words: stems shared by two items, at least 2 and at least 20%
of the smaller item, or all of them for one-word items, paired greedily from the
best overlap. A finding is reported
when the numbers of items differ, naming the items with no counterpart, or when
lists of three or more items match but for one item on each side that shares no
content word with the other ("erratic rainfall" vs "rising public debt"): a swap,
not a rewording.

Bad:
    a.txt: The minister set out four priorities: 1. Ports. 2. Rail. 3. Power. 4. Water.
    b.txt: The minister set out three priorities: ports ..., rail ..., power ...

Good:
    a.txt: The minister set out three priorities: 1. Ports. 2. Rail. 3. Power.
    b.txt: The minister named the priorities: ports ..., rail ..., and power ...

A list may come with no count at all: after a focus phrase ("would prioritise
projects in A, B, C and D", "concentrate on …"), or named as a kind ("The
sectors named are …", "would target A, B and C as new growth markets"); it is
compared like a counted one, its noun "priorities" heading the same list as
"sectors", "areas" and "fields".

A list nothing announces ("the grain will come chiefly from An Giang, Dong
Thap, Can Tho and Ca Mau") is compared with any list of another source of the
story, whoever speaks, only as a swap: four items or more on both sides, as
many on each, all matched but one, and the two unmatched items different things
of one sort (two names, or two common nouns).

Different speakers' own lists are never compared. Lists with no speaker are
compared only when both count the same noun, have four or more items and differ
in exactly one swapped item ("five pillars" of one joint statement reported by
two sources), or when each announces one count of three or more in one
sentence and lists that many ("three commodities: timber, coffee and diamonds"
against "three commodities: timber, coffee and gold"), whoever else speaks: a
count a source restates without quoting anyone is no speaker's formula. Sets
of three or more names that a plural noun gathers with no
count ("the Kostanay, Pavlodar and North Kazakhstan regions", "the Northern Arc
ports of Itaqui, …") are facts, not a speaker's formula: they are compared in
the same way whoever the sentence quotes.

Severity warning: one source is incomplete or padded; which one takes the
transcript.`,
	}
}

func runEnumerationMismatch(p *Pass) {
	var fs []*claims.Fact
	people := peopleByDoc(p.Index)
	for _, f := range p.Index.Kind(claims.KindCount) {
		if a := f.Announcement; a != nil && a.Listed && len(a.Items) >= 2 && f.Doc != nil && !doubtfulSpeaker(f, people[f.Doc]) {
			fs = append(fs, f)
		}
	}
	// Only one speaker's lists with one counted noun are compared: file each list
	// under every part of its speaker's name joined with the noun's head.
	g := newPairGroups()
	for i, f := range fs {
		if n := len(f.Announcement.Items); n >= 3 {
			// A list nothing announces meets any list of its length, to be
			// read only as one item swapped (see bareSwap).
			g.add(fmt.Sprintf("\x00bare\x00%d", n), i)
		}
		h := nounHead(f.Announcement.Noun)
		if h == "" {
			continue
		}
		for _, sp := range speakerKeys(f.Speaker) {
			g.add(sp+"\x00"+h, i)
		}
		if unspoken(f) && nobodyMeets(f) {
			// Lists with no speaker meet only as long lists of one count, where a
			// single swapped item is all that differs ("five pillars" of one joint
			// statement), or as three names ("three districts, A, B and C").
			g.add(fmt.Sprintf("\x00nobody\x00%s\x00%d", h, len(f.Announcement.Items)), i)
		}
	}
	for _, pr := range g.pairs() {
		a, b := fs[pr[0]], fs[pr[1]]
		if a.Announcement.Bare || b.Announcement.Bare ||
			(a.Announcement.Inferred || b.Announcement.Inferred) && !sameHead(a.Announcement.Noun, b.Announcement.Noun) {
			// A noun the names alone give ("countries") announces nothing: the
			// list meets another ("the eight teams") as a bare one would.
			if x, y, ok := bareSwap(a, b); ok {
				p.Report(Finding{Message: substitutionMessage(a, b, x, y), Claims: ClaimsOf(a, b)})
			}
			continue
		}
		if unspoken(a) && unspoken(b) || (unspoken(a) || unspoken(b)) && countedAlike(a, b) {
			if (nobodyMeets(a) && nobodyMeets(b) || countedAlike(a, b)) && docPair(a, b) && !differentSubjects(a, b) && sameHead(a.Announcement.Noun, b.Announcement.Noun) {
				ua, ub := unmatchedItems(a, b)
				if len(ua) == 1 && len(ub) == 1 && substituted(a, b, ua[0], ub[0], true) {
					p.Report(Finding{Message: substitutionMessage(a, b, ua[0], ub[0]), Claims: ClaimsOf(a, b)})
				}
			}
			continue
		}
		if !docPair(a, b) || differentSubjects(a, b) || !sameSpeaker(a.Speaker, b.Speaker) ||
			!sameHead(a.Announcement.Noun, b.Announcement.Noun) {
			continue
		}
		na, nb := len(a.Announcement.Items), len(b.Announcement.Items)
		ua, ub := unmatchedItems(a, b)
		if na == nb {
			// The same number of items with one swapped for another: "oil prices, a
			// weaker shilling and erratic rainfall" vs "… and rising public debt".
			if na >= 3 && len(ua) == 1 && len(ub) == 1 && substituted(a, b, ua[0], ub[0], na >= 4) {
				p.Report(Finding{Message: substitutionMessage(a, b, ua[0], ub[0]), Claims: ClaimsOf(a, b)})
			}
			continue
		}
		p.Report(Finding{Message: enumerationMessage(a, b, ua, ub), Claims: ClaimsOf(a, b)})
	}
}

// bareSwap returns the items two lists of one story swap, when at least one
// of them is a bare list (no count, focus phrase or kind noun announces it:
// "the grain will come chiefly from An Giang, Dong Thap, Can Tho and Ca
// Mau"): four items or more on each side, as many on both, all matched but
// one on each side, and those two different things of one sort (two names
// or two common nouns: "Vietnam" for "electronics" is a misread list).
func bareSwap(a, b *claims.Fact) (enum.Item, enum.Item, bool) {
	n := len(a.Announcement.Items)
	if !docPair(a, b) || differentSubjects(a, b) || n != len(b.Announcement.Items) {
		return enum.Item{}, enum.Item{}, false
	}
	if names := placeNames(a.Announcement.Items) && placeNames(b.Announcement.Items); n == 3 &&
		(names && a.Announcement.Bare && b.Announcement.Bare || !names && !(commonItems(a.Announcement.Items) && commonItems(b.Announcement.Items) && sharedStoryName(a, b))) {
		// Three items meet as three names, one of them announced: "three
		// localities, namely Khanh Hoa, Lam Dong and Ho Chi Minh City" against
		// "in Khanh Hoa, Dong Nai and Ho Chi Minh City"; or as three things
		// of one named party: "Pienas Nord will export cheese, whey powder and
		// yogurt" against "Pienas Nord will ship cheese, whey powder and butter".
		return enum.Item{}, enum.Item{}, false
	}
	if routes(a.Announcement.Items) != routes(b.Announcement.Items) {
		return enum.Item{}, enum.Item{}, false // "Manila, Cebu and Davao" are places, "Da Nang–Manila, …" routes
	}
	if n == 3 && placeNames(a.Announcement.Items) && placeNames(b.Announcement.Items) && sameLabels(a.Announcement.Items, b.Announcement.Items) < 2 {
		// "Escuintla, Palín and Guatemala City" and "Guatemala, Escuintla and
		// Sacatepéquez": one name in common, and a city for its department.
		return enum.Item{}, enum.Item{}, false
	}
	ua, ub := unmatchedItems(a, b)
	if len(ua) != 1 || len(ub) != 1 || !substituted(a, b, ua[0], ub[0], true) ||
		startsUpper(strings.TrimPrefix(ua[0].Label, "the ")) != startsUpper(strings.TrimPrefix(ub[0].Label, "the ")) {
		return enum.Item{}, enum.Item{}, false
	}
	return ua[0], ub[0], true
}

// sameLabels counts the items of a that end with the word one of b ends
// with, case and accents aside: "Bắc Ninh" and "Bac Ninh", "Voicu" and "Ion
// Voicu", not "Guatemala City" and "Guatemala".
func sameLabels(a, b []enum.Item) int {
	last := func(s string) string { return textnorm.Fold(lastField(s)) }
	n := 0
	for _, x := range a {
		for _, y := range b {
			if last(x.Label) == last(y.Label) {
				n++
				break
			}
		}
	}
	return n
}

// countedAlike reports two lists that each announce one count of three or
// more and list that many items ("three commodities: timber, coffee and
// diamonds", "three commodities: timber, coffee and gold"): a deal's or a
// report's own count, which one source not quoting anyone still restates.
// Both must be written in one sentence.
func countedAlike(a, b *claims.Fact) bool {
	x, y := a.Announcement, b.Announcement
	return x.Count >= 3 && x.Count == y.Count && len(x.Items) == x.Count && len(y.Items) == y.Count &&
		x.Style == enum.StyleInline && y.Style == enum.StyleInline // a numbered plan's headings are no run of one sentence's nouns
}

// nobodyMeets reports a list with no speaker long enough to meet another:
// four items or more, or three names ("three districts, A, B and C").
func nobodyMeets(f *claims.Fact) bool {
	n := len(f.Announcement.Items)
	return n >= 4 || n == 3 && allNames(f.Announcement.Items)
}

// routes reports items that each join two places by a dash: "Da Nang–Manila".
func routes(items []enum.Item) bool {
	for _, it := range items {
		if !strings.ContainsAny(it.Label, "–—") {
			return false
		}
	}
	return len(items) > 0
}

// unspoken reports a list no one sets out: one with no speaker, or a set of
// names a plural noun gathers ("the Kostanay, Pavlodar and North Kazakhstan
// regions"), which is a fact whoever the sentence quotes.
func unspoken(f *claims.Fact) bool {
	return listSpeaker(f) == "" || f.Announcement.Gathered
}

// allNames reports whether every item is a capitalised name of one or two words.
func allNames(items []enum.Item) bool {
	for _, it := range items {
		if !startsUpper(it.Label) || len(strings.Fields(it.Label)) > 2 {
			return false
		}
	}
	return true
}

// sharedStoryName reports a name both lists' sentences give besides their
// items, no country, month or weekday: the party whose goods they list.
func sharedStoryName(a, b *claims.Fact) bool {
	names := func(f *claims.Fact) map[string]bool {
		out := map[string]bool{}
		items := map[string]bool{}
		for _, it := range f.Announcement.Items {
			for _, w := range strings.Fields(it.Label) {
				items[w] = true
			}
		}
		ws := strings.Fields(f.SentenceText())
		for i, w := range ws {
			w = strings.Trim(w, ",.;:()\"“”'’")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if i == 0 || len(w) < 3 || !startsUpper(w) || items[w] || attrib.CountryName(w) != "" || attrib.CountryOfAdjective(strings.ToLower(w)) != "" ||
				calendarWord(w) || strings.ToUpper(w) == w {
				continue
			}
			out[w] = true
		}
		return out
	}
	na := names(a)
	for w := range names(b) {
		if na[w] {
			return true
		}
	}
	return false
}

// commonItems reports items that are each a plain thing in lower case, one to
// three words and no number: "whey powder", "denim", not "eight silver" or
// "Viet Nam's manufacturing base".
func commonItems(items []enum.Item) bool {
	for _, it := range items {
		ws := strings.Fields(it.Label)
		if len(ws) == 0 || len(ws) > 3 || len(ws) > 1 && len(ws[len(ws)-1]) > 4 && strings.HasSuffix(ws[len(ws)-1], "ed") {
			return false // "research backed (by …)": a clause's participle, no thing
		}
		for _, w := range ws {
			if numberWord(w) || strings.ContainsAny(w, "'’0123456789") {
				return false
			}
			for _, r := range w {
				if !unicode.IsLower(r) && r != '-' {
					return false
				}
			}
		}
	}
	return true
}

// placeNames reports items that are all names of up to four words, an
// article aside: "the Netherlands", "Ho Chi Minh City".
func placeNames(items []enum.Item) bool {
	for _, it := range items {
		l := strings.TrimPrefix(it.Label, "the ")
		if !startsUpper(l) || len(strings.Fields(l)) > 4 {
			return false
		}
	}
	return true
}

// listSpeaker is who sets out a list, "" when its speaker names no one: "The
// Vietnamese pavilion covers five sectors" gives "The Vietnamese", a word of
// nationality and no name.
func listSpeaker(f *claims.Fact) string {
	if len(nameParts(f.Speaker)) == 0 {
		return ""
	}
	return f.Speaker
}

// substituted reports whether two unmatched items are different things, not one
// thing in other words: each has at least two content words and they share none.
// In long lists (four items or more, all others matched) one-word items count
// too ("tourism and healthcare" vs "tourism and logistics"), unless they are one
// word spaced two ways ("healthcare", "health care").
func substituted(a, b *claims.Fact, x, y enum.Item, long bool) bool {
	sx, sy := itemStems(a.Doc, []enum.Item{x})[0], itemStems(b.Doc, []enum.Item{y})[0]
	if n := len(sharedKeys(sx, sy)); n > 0 {
		// "rail equipment" for "mining equipment" in a long list: one kind
		// with another modifier is another thing ("medical equipment" and
		// "medical devices" are one thing named two ways).
		return n == 1 && len(sx) == 2 && len(sy) == 2 && lastField(strings.ToLower(x.Label)) == lastField(strings.ToLower(y.Label))
	}
	if len(sx) >= 2 && len(sy) >= 2 {
		return true
	}
	squash := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(s), " ", ""), "-", "")
	}
	return long && len(sx) >= 1 && len(sy) >= 1 && squash(x.Label) != squash(y.Label)
}

// substitutionMessage names the item each source has that the other lacks.
func substitutionMessage(a, b *claims.Fact, x, y enum.Item) string {
	who := speakerLabel(a.Speaker) + " lists"
	if listSpeaker(a) == "" {
		who = "The same list of" // no speaker: one document's list, reported twice
	}
	return fmt.Sprintf("%s %d %s in both %s and %s, but one differs: %s in %s, %s in %s",
		who, len(a.Announcement.Items), nounOf(a), Where(a), Where(b),
		itemLabels([]enum.Item{x}), a.Doc.Path, itemLabels([]enum.Item{y}), b.Doc.Path)
}

// nounHead is the stemmed head (last word) of a counted noun, "" when none.
func nounHead(n string) string {
	st := stems(n)
	if len(st) == 0 {
		return ""
	}
	if h, ok := headSynonyms[st[len(st)-1]]; ok {
		return h
	}
	return st[len(st)-1]
}

// headSynonyms gives one head to the nouns trade news uses for one list: the
// "top five markets" of an export are its "five biggest buyers" and its "five
// main destinations"; a run of country names ("into China, South Korea,
// Saudi Arabia and Russia") lists markets too.
var headSynonyms = map[string]string{"buyer": "market", "destin": "market", "importer": "market", "countri": "market",
	// a minister's "four sectors" are the "areas" or "fields" another report names
	"area": "sector", "field": "sector", "industri": "sector",
	// and the "priorities" a focus phrase lists ("would prioritise projects in A, B, C and D")
	"prioriti": "sector"}

// sameHead reports whether two counted nouns have the same head word, stemmed.
func sameHead(a, b string) bool {
	h := nounHead(a)
	return h != "" && h == nounHead(b)
}

// unmatchedItems pairs the items of a and b by content words and returns the
// items of each with no counterpart.
func unmatchedItems(a, b *claims.Fact) (ua, ub []enum.Item) {
	ia, ib := a.Announcement.Items, b.Announcement.Items
	sa, sb := itemStems(a.Doc, ia), itemStems(b.Doc, ib)
	type pair struct {
		i, j  int
		score float64
	}
	var ps []pair
	for i := range sa {
		for j := range sb {
			n := len(sharedKeys(sa[i], sb[j]))
			small := min(len(sa[i]), len(sb[j]))
			if n == 0 && small == 1 && stemPrefixShared(sa[i], sb[j]) {
				n = 1 // "finance" and "financial services": one word's stem begins the other's
			}
			// Short items ("manufacturing", "tourism") match when all their
			// content words are shared, as does one told at more length by
			// the other source ("aviation", "aviation and aircraft
			// maintenance").
			if acronymOf(ia[i].Label, ib[j].Label) || acronymOf(ib[j].Label, ia[i].Label) {
				ps = append(ps, pair{i, j, 1}) // "the UAE", "the United Arab Emirates"
				continue
			}
			if sameLettersFolded(ia[i].Label, ib[j].Label) {
				ps = append(ps, pair{i, j, 1}) // "Hà Nội", "Hanoi": one name, spaced and marked two ways
				continue
			}
			if small == 0 || n < itemMinShared && n != small {
				continue
			}
			if s := float64(n) / float64(small); s >= itemMinOverlap {
				ps = append(ps, pair{i, j, s + float64(n)/1000})
			}
		}
	}
	sort.SliceStable(ps, func(x, y int) bool { return ps[x].score > ps[y].score })
	usedA, usedB := make([]bool, len(ia)), make([]bool, len(ib))
	for _, p := range ps {
		if !usedA[p.i] && !usedB[p.j] {
			usedA[p.i], usedB[p.j] = true, true
		}
	}
	for i, u := range usedA {
		if !u {
			ua = append(ua, ia[i])
		}
	}
	for j, u := range usedB {
		if !u {
			ub = append(ub, ib[j])
		}
	}
	return ua, ub
}

// stemPrefixShared reports a stem of a that begins a stem of b or the other
// way round, five letters at least: "financ" (finance) and "financi"
// (financial).
func stemPrefixShared(a, b map[string]bool) bool {
	for x := range a {
		for y := range b {
			if min(len(x), len(y)) >= 5 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x)) {
				return true
			}
		}
	}
	return false
}

// sameLettersFolded reports two labels whose letters match once marks,
// case, spaces and hyphens are set aside: "Hà Nội" and "Hanoi", "Đắk Lắk"
// and "Dak Lak".
func sameLettersFolded(a, b string) bool {
	squash := func(s string) string {
		return strings.NewReplacer(" ", "", "-", "", "'", "", "’", "").Replace(textnorm.Fold(strings.ToLower(s)))
	}
	x := squash(a)
	return x != "" && x == squash(b)
}

// acronymOf reports whether short is an acronym of long's capitalised words
// ("UAE" of "the United Arab Emirates", "DRC" of "Democratic Republic of the
// Congo").
func acronymOf(short, long string) bool {
	short = strings.TrimPrefix(strings.TrimSpace(short), "the ")
	if len(short) < 2 || len(short) > 6 || strings.ToUpper(short) != short || strings.ContainsAny(short, " .") {
		return false
	}
	var initials []byte
	for _, w := range strings.Fields(long) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			initials = append(initials, w[0])
		}
	}
	return len(initials) >= 2 && string(initials) == short
}

// itemStems returns the content stems of each item's whole text (the label when
// the span is unusable).
func itemStems(d *claims.Document, items []enum.Item) []map[string]bool {
	out := make([]map[string]bool, len(items))
	for i, it := range items {
		t := textOf(d, it.Start, it.End)
		if strings.TrimSpace(t) == "" {
			t = it.Label
		}
		out[i] = contentStems(t)
		if l := strings.TrimSpace(it.Label); len(out[i]) == 0 && startsUpper(l) && !strings.Contains(l, " ") {
			out[i] = map[string]bool{textnorm.Fold(l): true} // a short name is a content word: "Hue", "Ica"
		}
	}
	return out
}

// enumerationMessage writes the two counts and the items without counterpart.
func enumerationMessage(a, b *claims.Fact, ua, ub []enum.Item) string {
	who := speakerLabel(a.Speaker)
	msg := fmt.Sprintf("%s lists %d %s (%s) but %d %s (%s)", who,
		len(a.Announcement.Items), nounOf(a), Where(a), len(b.Announcement.Items), nounOf(b), Where(b))
	if len(ua) > 0 {
		msg += fmt.Sprintf("; no counterpart in %s for %s", b.Doc.Path, itemLabels(ua))
	}
	if len(ub) > 0 {
		msg += fmt.Sprintf("; no counterpart in %s for %s", a.Doc.Path, itemLabels(ub))
	}
	return msg
}

// nounOf is the counted noun in quotes, or "items".
func nounOf(f *claims.Fact) string {
	if n := strings.TrimSpace(f.Announcement.Noun); n != "" {
		return `"` + n + `"`
	}
	return "items"
}

// itemLabels quotes the items' labels, each shortened.
func itemLabels(items []enum.Item) string {
	ls := make([]string, len(items))
	for i, it := range items {
		ls[i] = clip(it.Label, 60)
	}
	return quoteList(ls)
}
