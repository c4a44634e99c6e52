// Package enum finds announced counts ("six key developments:") with the items
// listed after them, and named lists ("the principles of sincerity, trust and
// mutual benefit").
package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Item is one listed item; Start and End are byte offsets of the whole item, Label
// is its head ("Trade Expansion" for "1. Trade Expansion: ...") or the item text.
type Item struct {
	Start, End int
	Label      string
}

// Announcement is a stated number of items and what was actually listed after it.
type Announcement struct {
	Start, End int    // the announcing phrase ("six key developments")
	Count      int    // the announced number; 0 when unstated ("several directions")
	Noun       string // what is counted, as written ("key developments")
	// Items are the items found after the announcement; Style says how they were
	// written: "numbered", "bullets", "ordinal-paragraphs", "paragraphs", "inline".
	// Listed is false when no list follows (nothing to compare).
	Items  []Item
	Style  string
	Listed bool
	// Partial marks a count whose list is a selection ("named five risks,
	// including floods and drought"): Items stay empty and Listed false, since
	// a selection never has to match the count.
	Partial bool
	// Gathered marks names a plural noun gathers with no count announced
	// ("the Kostanay, Pavlodar and North Kazakhstan regions"; see NameSets).
	Gathered bool
	// Bare marks a list nothing announces (see BareLists).
	Bare bool
	// Inferred marks a gathered set whose noun the names alone give
	// ("countries" for "Fiji, Samoa, Tonga and Japan"), no word of the text.
	Inferred bool
}

// NamedList is a list introduced by its name: "the principles of sincerity,
// affection, trust and mutual benefit".
type NamedList struct {
	Start, End int
	Name       string // "principles", "guiding spirit", "three pillars"
	Members    []Item
	// Roster marks the people a group noun introduces one by one ("a jury
	// chaired by A, whose other members were B, C and D"): a text may name
	// some of them only, so rosters are compared for a swapped member, never
	// for one left out.
	Roster bool
}

// Announcements returns the announced counts in a document body (whole text, since
// items run over several lines). A count is returned only when something announces
// a list: a colon, "including", a list on the next lines, or an announcing verb
// ("outlined five directions."), in which case Listed may be false. Count 0 means
// the number was not stated ("several key directions"): compare its items, never
// its count.
func Announcements(text string) []Announcement {
	return scanDoc(text, true, false).ann
}

// announce appends the announced counts starting in one block of tokens to out.
func announce(out []Announcement, text string, ls []line, toks []token.Token, low *lowered) []Announcement {
	for i := 0; i < len(toks); i++ {
		switch toks[i].Kind {
		case token.Symbol:
			continue // counts and announcing verbs are words and numbers
		case token.Word:
			if !mayOpen(text, toks[i], &annShape, 3, 12) {
				continue // neither a count word nor an announcing verb
			}
			if w := low.at(i); !countWord(w) {
				if announcer(w) {
					if a, nx, ok := uncounted(text, toks, low, ls, i); ok {
						out = append(out, a)
						i = nx - 1
					}
				}
				continue
			}
		}
		c, next, ok := countAt(text, toks, low, i)
		if !ok {
			continue // no count word is also an announcing verb but "following", which uncounted leaves alone
		}
		i = next - 1
		if hedged(low, c.first) {
			continue // "more than 30 investors": an amount, never a list to count
		}
		if c.first > 0 && low.at(c.first-1) == "with" && scoreNoun(lastField(c.noun)) {
			continue // "lead the group with six points, Hungary and France …": a score, no list
		}
		if fixtureCount(low, c.first, c.noun) {
			continue // "the same back four in all three games: A, B, C and D": the games count no list
		}
		a := Announcement{Start: c.start, End: c.end, Count: c.n, Noun: c.noun}
		se := sentenceEnd(text, c.end)
		pos, kind := cue(text, toks, low, next, se)
		if pos < 0 && c.n > 0 {
			pos, kind = copulaList(text, toks, low, next, se, c.n)
		}
		var pre []Item
		if pos < 0 && c.n > 0 {
			pre = listBefore(text, toks, low, c.first)
		}
		if pos < 0 && len(pre) == 0 && c.n >= 3 && !partitiveOpener(low, c.first) {
			pre = namesAfterComma(text, c.end, se, c.n) // "won three constituencies, A, B and C, all …"
		}
		if pos < 0 && len(pre) == 0 && c.n >= 3 {
			pre = heldInList(text, c.end, se, c.n) // "four regional events, held in A, B, C and D"
		}
		if pos < 0 && len(pre) == 0 && c.n >= 2 {
			pre = inPlacesList(text, c.end, se, c.n) // "its three plants, in Hai Phong, Bac Ninh, Dong Nai and Long An"
		}
		if pos < 0 && len(pre) == 0 && c.n > 0 && strings.TrimSpace(text[c.end:se]) == "" {
			// "… the signing of nine cooperation documents. They cover A, B, … and H."
			if items, partial := nextSentenceList(text, se); partial && !c.definite {
				a.Partial = true
				out = append(out, a)
				continue
			} else if len(items) > 0 {
				pre = items
			}
		}
		if pos < 0 && len(pre) == 0 && c.n >= 3 && !c.definite {
			// "… signed seven agreements in Hanoi yesterday, covering …. The
			// agreements are A; B; … and F.": the next sentence lists them by name.
			pre = namedNextList(text, se, c.noun)
		}
		colon := kind == cueColon
		li := lineOf(ls, c.start)
		endsLine := strings.TrimSpace(text[min(se+1, ls[li].b):ls[li].b]) == ""
		switch {
		case len(pre) > 0:
			a.Items, a.Style = closeAtPair(pre, c.n), StyleInline // "A, B and C were the five biggest buyers"
		case kind == cuePartial:
			if c.n == 0 || c.definite || !c.announced {
				continue // "30 firms, including …" names examples, not the list
			}
			a.Partial = true // "named five risks, including …": the count stands, the list is a selection
		case pos >= 0 && colon && pos <= ls[li].b && strings.TrimSpace(text[pos:ls[li].b]) == "":
			a.Items, a.Style = block(text, ls, li+1)
			if len(a.Items) == 0 && c.n == 0 {
				a.Items, a.Style = paragraphs(text, ls, li+1)
			}
		case pos >= 0:
			if !colon && (c.n == 0 || c.definite) {
				continue // "the two countries, namely …" names an example, not the list
			}
			listEnd := sentenceEnd(text, pos)
			listEnd = withoutAttribution(text, pos, listEnd) // "…, India and Japan, the ministry said."
			if kind == cueColon {
				// "… are A, B and C, where …", "…: A, B and C, before flying home"
				listEnd = withoutRelative(text, pos, listEnd, strings.HasSuffix(strings.TrimRight(text[:pos], " "), ":"))
			}
			if dashed(text, pos) {
				listEnd = closingDash(text, pos, listEnd) // "five districts — A, B and C — in a decree"
			}
			ps, stop := splitList(text, pos, listEnd)
			if len(ps) < 2 && (!colon || !c.announced) {
				continue
			}
			if groupedByPlace(text, ps) && strings.Trim(text[stop:listEnd], " .;,") == "" && !sharedHead(text, ps) {
				// "nine terminals: Pasir Laut in Singapore, Tanjung Seri and
				// Gudang Timur in Malaysia, …": each group's names counted.
				if named := namesOfPlaceGroups(text, ps); len(named) > 0 {
					ps = named
				} else {
					continue
				}
			} else if listGoesOn(text[stop:listEnd]) || placeGroupBefore(text, pos, listEnd) || sharedHead(text, ps) {
				// "six villages: A, B, C and D in X, and E and F in Y": items
				// grouped by place, which the split cannot count.
				continue
			}
			if len(ps) >= 2 {
				a.Items, a.Style = closeAtPair(items(text, ps), c.n), StyleInline
			}
		case endsLine:
			if st, _, _ := marker(text, ls[li]); st != "" || c.definite {
				continue // a count inside a list item, or a reference back
			}
			a.Items, a.Style = block(text, ls, li+1)
			if len(a.Items) == 0 && c.n == 0 && c.announced {
				a.Items, a.Style = paragraphs(text, ls, li+1)
			}
			if len(a.Items) == 0 && !c.announced {
				continue
			}
		case !c.announced:
			continue
		}
		if breakdown(a.Items) {
			continue // "34 matches: 24 wins, six draws and four defeats" splits the count, not a list of 34
		}
		a.Listed = len(a.Items) > 0
		if !a.Listed {
			a.Style = ""
			if c.n == 0 {
				continue // neither a number nor items: nothing to check
			}
		}
		out = append(out, a)
	}
	return out
}

// closeAtPair ends a list read past its close: an item that joins two
// names by "and" ("Bu Dang and Dong Xoai", "Jacaranda Bay and Bofa") is the
// last two of n when only asides and an attribution follow it ("…, north of
// Kilifi town, the county disaster office said"). Other lists come back as
// they are.
func closeAtPair(its []Item, n int) []Item {
	if n < 2 || len(its) < 2 {
		return its
	}
	for i, it := range its[:len(its)-1] {
		k := strings.Index(it.Label, " and ")
		if k <= 0 || i+2 != n || !allCapitalised(it.Label[:k]) || !allCapitalised(it.Label[k+5:]) {
			continue
		}
		for _, rest := range its[i+1:] {
			first, _, _ := strings.Cut(rest.Label, " ")
			aside := first != "" && !isCapital(first[0]) && first != "a" && first != "an" && first != "the"
			if !aside && !attributionItem(rest.Label) {
				return its
			}
		}
		out := append([]Item(nil), its[:i]...)
		return append(out, Item{Start: it.Start, End: it.Start + k, Label: it.Label[:k]},
			Item{Start: it.Start + k + 5, End: it.End, Label: it.Label[k+5:]})
	}
	return its
}

// allCapitalised reports words that all open with a capital: a name.
func allCapitalised(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if !isCapital(w[0]) {
			return false
		}
	}
	return len(ws) > 0
}

// attributionItem reports a list part that only says who told the list:
// "the county disaster office said on Thursday".
func attributionItem(s string) bool {
	for _, v := range []string{" said", " says", " told"} {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// breakdown reports whether every one of two or more items opens with a number:
// the items are parts of the counted whole, and how many there are says nothing.
func breakdown(items []Item) bool {
	if len(items) < 2 {
		return false
	}
	if gapped(items) >= 2 {
		return true // "Thailand has six gold medals, Vietnam five, Malaysia two, and Laos … one each"
	}
	for _, it := range items {
		f := it.Label
		if i := strings.Index(f, ": "); i > 0 && i+2 < len(f) && f[i+2] >= '0' && f[i+2] <= '9' {
			f = f[i+2:] // "Australia: 67 Gold": a row of a table, its label aside
		}
		f = strings.TrimLeft(f, "$€£¥₹₱₫") // "$120 million for the first phase": an amount opens it
		if i := strings.LastIndexAny(f, " \t"); i >= 0 && trailingCount(f[i+1:]) {
			f = f[i+1:] // "Thailand won 10 golds, Malaysia four and Indonesia two": the verb and noun left out
		} else if i := strings.IndexAny(f, " \t"); i >= 0 {
			f = f[:i]
		}
		lf := strings.ToLower(f)
		if n, ok := numword.Cardinal(lf); (!ok || n == 1 && lf == "one") && (f == "" || f[0] < '0' || f[0] > '9') {
			return false // "one between …, and one between …" are items
		}
	}
	return true
}

// gapped counts the items that end with a count of their own left after
// their name, the verb and noun gapped ("Vietnam five", "Malaysia two", "the
// Philippines one each").
func gapped(items []Item) int {
	n := 0
	for _, it := range items {
		// "Indonesia three each and the Philippines two": every name with
		// its count, however the split grouped them. The words are read in
		// place: most lists have none of these.
		prev := ""
		for rest := it.Label; rest != ""; {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			if w == "" {
				continue
			}
			if prev != "" && isCapital(prev[0]) && trailingCount(strings.Trim(w, ",;")) {
				n++
			}
			prev = w
		}
	}
	return n
}

// trailingCount reports a cardinal word ending an item ("Malaysia four"):
// digits there are more often a name's ("Terminal 2").
func trailingCount(w string) bool {
	_, ok := numword.Cardinal(w) // case-insensitive: no lower-cased copy
	return ok
}

// directive reports a word that marks a paragraph stating a direction,
// proposal or duty. A switch, not a map: paragraphs asks it of every word.
// hasDirective asks it only of words of four to eleven letters.
func directive(w string) bool {
	switch w {
	case "should", "must", "need", "needs", "urged", "urges", "urging", "called", "calls",
		"proposed", "proposes", "emphasised", "emphasized", "emphasising", "emphasizing",
		"stressed", "encouraged", "encouraging", "suggested", "recommended", "necessary",
		"ought", "requires":
		return true
	}
	return false
}

// paragraphs reads the paragraphs after an unnumbered announcement ("outlined
// several key directions."), one item each, while they state directions; a
// heading or a paragraph without a directive word leaves the enumeration.
func paragraphs(text string, ls []line, from int) ([]Item, string) {
	var out []Item
	for k := from; k < len(ls) && len(out) < 12; k++ {
		l := ls[k]
		if blank(text, l) {
			continue
		}
		p := trimPart(text, part{l.a, l.b})
		s := text[p.a:l.b]
		last := strings.TrimRight(s, " \t")
		if !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, "”") && !strings.HasSuffix(last, "\"") {
			break // a heading or caption
		}
		if !hasDirective(s[:attributionTail(s)]) {
			break
		}
		out = append(out, Item{Start: p.a, End: p.b, Label: label(text, p.a, p.b)})
	}
	if len(out) < 2 {
		return nil, ""
	}
	return out, StyleParagraphs
}

// reportingVerb reports a verb that ends a paragraph's attribution tail:
// ", he added.", ", she stressed."
func reportingVerb(w string) bool {
	switch w {
	case "said", "added", "stressed", "noted", "emphasised", "emphasized", "suggested", "urged",
		"recommended", "stated", "told", "explained", "continued", "insisted":
		return true
	}
	return false
}

// attributionTail returns where a paragraph's trailing attribution (", he
// added.", ", the minister stressed.") starts, or len(s). A directive word in
// that tail ("stressed") says how it was said, not that a direction was given.
func attributionTail(s string) int {
	c := strings.LastIndexByte(s, ',')
	if c < 0 {
		return len(s)
	}
	t := s[c+1:]
	if !textnorm.IsASCII(t) {
		f := strings.FieldsFunc(strings.ToLower(t), notLowerLetter)
		if len(f) == 0 || len(f) > 5 || !reportingVerb(f[len(f)-1]) {
			return len(s)
		}
		return c
	}
	// ASCII: the fields are the runs of letters, folded in place.
	n, last := 0, ""
	var buf [16]byte
	for i := 0; i < len(t); {
		if !asciiLetter[t[i]] {
			i++
			continue
		}
		j := i
		for j < len(t) && asciiLetter[t[j]] {
			j++
		}
		if n++; n > 5 {
			return len(s)
		}
		last = t[i:j]
		i = j
	}
	if n == 0 || len(last) > len(buf) || !reportingVerb(string(appendFolded(buf[:0], last))) {
		return len(s)
	}
	return c
}

// hasDirective reports whether a word of s, lower-cased, is one of directives.
func hasDirective(s string) bool {
	if !textnorm.IsASCII(s) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), notLowerLetter) {
			if directive(w) {
				return true
			}
		}
		return false
	}
	// ASCII: strings.ToLower folds only A-Z, so the words are the runs of
	// letters, folded in place.
	var buf [16]byte // longer than any directive
	for i := 0; i < len(s); {
		if !asciiLetter[s[i]] {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiLetter[s[j]] {
			j++
		}
		// No directive is shorter than "need" or longer than "emphasizing".
		if n := j - i; n >= 4 && n <= 11 && directive(string(appendFolded(buf[:0], s[i:j]))) {
			return true
		}
		i = j
	}
	return false
}

// notLowerLetter splits lower-cased text into its words.
func notLowerLetter(r rune) bool { return !('a' <= r && r <= 'z') }

// partitiveOpener reports "of the" right before the count at token first:
// "Of the 10 music awards, A took one and B another" names some of them.
func partitiveOpener(low *lowered, first int) bool {
	return first >= 2 && low.at(first-1) == "the" && low.at(first-2) == "of"
}

// fixtureCount reports a count of games or matches inside a prepositional
// phrase ("in all three games", "for the fifth time in five games"): it says
// over how many games, and announces nothing.
func fixtureCount(low *lowered, first int, noun string) bool {
	if !strings.HasSuffix(noun, "games") && !strings.HasSuffix(noun, "matches") && !strings.HasSuffix(noun, "outings") &&
		!strings.HasSuffix(noun, "appearances") && !strings.HasSuffix(noun, "starts") {
		return false
	}
	k := first - 1
	if k >= 0 && (low.at(k) == "first" || low.at(k) == "last" || low.at(k) == "next" || low.at(k) == "opening" || low.at(k) == "past") {
		k-- // "in the first two games"
	}
	if k >= 0 && (low.at(k) == "all" || low.at(k) == "the" || low.at(k) == "its" || low.at(k) == "their" || low.at(k) == "his" || low.at(k) == "her") {
		k--
	}
	if k < 0 {
		return false
	}
	switch low.at(k) {
	case "in", "over", "across", "during", "from", "of", "after":
		return true
	}
	return false
}
