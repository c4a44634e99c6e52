package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

// roster is the people one sentence names one after another: "Foreign
// Minister A, Trade Minister B, … and Defence Minister D", "The seven
// escapees were A, B, …".
type roster struct {
	names    []*claims.Fact // the name facts, in text order
	sentence claims.Span
	doc      *claims.Document
	words    map[string]bool // the sentence's other content stems
	figures  map[string]bool // the sentence's words with digits ("4x400m", "2026")
	partial  bool            // "Ministers … included A, B, …": some of the people, perhaps not all
}

// minRoster is the fewest people a sentence must name to make a roster.
const minRoster = 3

// checkRosters reports two sources that name the same people in one sentence
// each but for one person swapped for another: "Trade Minister Fajar Nugroho"
// where the other source has "Trade Minister Dimas Prakoso" among the same
// three others. The two sentences must be of one story and share, besides the
// names, a word of what the people are (three names: "frontbench",
// "opposition"); rosters of four or more need only the names. A roster a
// count or named list already gave is left to those checks (reported holds the
// sentences done).
func checkRosters(p *Pass, reported map[claims.Span]bool) {
	var rs []roster
	byKey := map[sentenceKey]*roster{}
	for _, f := range p.Index.Kind(claims.KindName) {
		if f.Doc == nil || len(strings.Fields(f.Subject)) < 2 || len(lastWord(f.Subject)) < 2 || strings.ContainsAny(lastWord(f.Subject), "0123456789") ||
			len(lastWord(f.Subject)) < 3 && len(strings.Fields(f.Subject)) < 3 || !attrib.PersonName(f.Text()) || attrib.StormName(f.Text()) {
			continue // "Ballade No. 1" is a work, not a person; "Bui Quang Vu" is one (a two-letter surname needs three words)
		}
		k := sentenceKey{f.Doc, f.Sentence}
		r := byKey[k]
		if r == nil {
			rs = append(rs, roster{sentence: f.Sentence, doc: f.Doc})
			r = &rs[len(rs)-1]
			byKey[k] = r
		}
		r.names = append(r.names, f)
	}
	var out []roster
	for _, r := range rs {
		if len(r.names) >= minRoster && !listedOneAfterAnother(r) {
			// "South Sulawesi police … named four crew members as suspects:
			// captain A, chief engineer B, …": the roster is the names listed
			// one after another, not a place named before them.
			if run := joinedRun(r); len(run) >= 4 && len(r.names)-len(run) <= 1 || len(run) == minRoster && len(r.names) == minRoster+1 && tightRun(r.doc, run) {
				r.names = run // one name apart ("coach Budi Santika"): the roster is the list
			}
		}
		if len(r.names) >= minRoster && listedOneAfterAnother(r) && !reported[r.sentence] {
			r.partial = selectionBefore(r)
			r.words, r.figures = otherStems(r)
			out = append(out, r)
		}
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			a, b := out[i], out[j]
			if a.doc == b.doc || len(a.names) != len(b.names) || p.Index != nil && !p.Index.Related(a.doc, b.doc) {
				continue
			}
			onlyA, onlyB := rosterDiff(a, b)
			if len(onlyA) != 1 || len(onlyB) != 1 || len(a.names) == minRoster && len(sharedKeys(a.words, b.words)) == 0 {
				continue
			}
			if len(a.figures) > 0 && len(b.figures) > 0 && len(sharedKeys(a.figures, b.figures)) == 0 {
				continue // "Kenya's 4x400m relay team of …", "Kenya's 4x100m relay team of …": two teams
			}
			if (a.partial || b.partial) && (len(a.names) < 4 || !sameSlot(onlyA[0], onlyB[0])) {
				continue // two selections of a group may name different people; only a swap in one office tells
			}
			first, other := onlyA[0], onlyB[0]
			if a.doc.Meta.Published.Before(b.doc.Meta.Published) {
				first, other = other, first // the later source is the one to check
			}
			p.Report(Finding{Claims: ClaimsOf(first, other), Message: fmt.Sprintf(
				"the same %d %s in %s and %s but for one: %s in the first, %s in the second",
				len(a.names), rosterNoun(a, b), Where(first), Where(other), Quote(first), Quote(other))})
		}
	}
}

// selectionBefore reports a mark of a selection ("including", "among
// them") before a roster's last name: "the squad, including A, B and C"
// names some of its people. One after the names marks none: "A, B, C and D,
// all of whom finished inside the top 15" names all four, as does a colon
// after the mark: "The squad includes three uncapped players: A, B and C".
func selectionBefore(r roster) bool {
	last := r.names[len(r.names)-1]
	before := textOf(r.doc, r.sentence.Start, last.Span.Start)
	if i := strings.LastIndexByte(textOf(r.doc, r.sentence.Start, r.names[0].Span.Start), ':'); i >= 0 {
		before = before[i+1:] // "The squad includes three uncapped players: A, B and C" lists all three
	}
	return hasSelection(strings.ToLower(before))
}

// listedOneAfterAnother reports whether the names of a roster follow each
// other joined by commas and "and", whatever role or place words go with
// each ("Anders Holmgaard of Denmark, Pieter Van Acker of Belgium").
func listedOneAfterAnother(r roster) bool {
	sort.SliceStable(r.names, func(i, j int) bool { return r.names[i].Span.Start < r.names[j].Span.Start })
	joined := 0
	for i := 1; i < len(r.names); i++ {
		gap := withoutAsides(textOf(r.doc, r.names[i-1].Span.End, r.names[i].Span.Start))
		if semi := strings.Count(gap, ";"); semi == 1 && len(gap) <= 100 && !strings.ContainsAny(gap, ".:()\"“”") {
			joined++ // "vice-chairwoman A; B, director of the …; C, head of …": a semicolon list of people
			continue
		}
		if len(gap) > 60 || strings.ContainsAny(gap, ".;:()\"“”") {
			continue // ", raised the portfolio from seven to nine, making": a clause goes on, no list
		}
		if strings.Contains(gap, ",") || strings.Contains(gap, " and ") {
			joined++
		}
	}
	return joined >= len(r.names)-1
}

// lowerWords counts the lower-case words of s but "and".
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if w != "and" && w[0] >= 'a' && w[0] <= 'z' {
			n++
		}
	}
	return n
}

// withoutAsides drops the short brackets a list puts after each name, a
// country or a score: "Tomas Verhaeghe (Belgium), Lucas Brandão
// (Portugal)", "Helen Marsh (116-111), Tomasz Wierzbicki (115-112)".
func withoutAsides(gap string) string {
	for {
		i := strings.IndexByte(gap, '(')
		if i < 0 {
			return gap
		}
		j := strings.IndexByte(gap[i:], ')')
		if j < 0 || j > 30 {
			return gap
		}
		gap = gap[:i] + gap[i+j+1:]
	}
}

// sameSlot reports two names that the words right before them give one
// office or one country: "Ethiopia's Tesfaye Gebremedhin" and "Ethiopia's
// Foreign Minister Dawit Alemayehu", "Agriculture Secretary Carlos
// Dimaculangan" and "Agriculture Secretary Benjamin Ocampo".
func sameSlot(a, b *claims.Fact) bool {
	ra, rb := roleWords(a), roleWords(b)
	for w := range ra {
		if rb[w] {
			return true
		}
	}
	return false
}

// roleWords returns the words between a name and the comma, "and" or list
// start before it, lower-cased: its office or country.
func roleWords(f *claims.Fact) map[string]bool {
	before := textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-50), f.Span.Start)
	if i := strings.LastIndexAny(before, ",:;"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, " and "); i >= 0 {
		before = before[i+len(" and "):]
	}
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		switch w {
		case "the", "a", "an", "and", "of", "were", "was", "are", "is", "included", "includes", "include", "including", "among":
			continue
		}
		out[w] = true
	}
	return out
}

// tightRun reports names listed close together with no figure between
// them: "the penalty corner trio of A, B and C", not "lost to world No. 6
// A 19-21, 21-18, 17-21, but B and C levelled the tie".
func tightRun(doc *claims.Document, run []*claims.Fact) bool {
	for i := 1; i < len(run); i++ {
		gap := textOf(doc, run[i-1].Span.End, run[i].Span.Start)
		if len(gap) > 30 || strings.ContainsAny(gap, "0123456789") {
			return false
		}
	}
	return true
}

// joinedRun returns the longest run of a roster's names that follow each
// other as listedOneAfterAnother joins them.
func joinedRun(r roster) []*claims.Fact {
	best, from := []*claims.Fact(nil), 0
	for i := 1; i <= len(r.names); i++ {
		if i == len(r.names) || !listedOneAfterAnother(roster{names: r.names[i-1 : i+1], doc: r.doc}) {
			if i-from > len(best) {
				best = r.names[from:i]
			}
			from = i
		}
	}
	return best
}

// rosterSame reports two names of one person in two rosters: the same name
// ("Lucas Brandão", "Lucas Brandao"), or one surname with the same first
// name or initial ("Faith Chepkoech Mwangi", "F. Mwangi"), or a surname
// that a capitalised word joins at a sentence's start ("Lucía Ferreyra",
// "Alongside Ferreyra"). "Movin Perera" and "Janith Perera" are two people.
func rosterSame(f, g *claims.Fact) bool {
	if attrib.SameName(f.Text(), g.Text()) {
		return true
	}
	fa, ga := strings.Fields(attrib.Fold(f.Subject)), strings.Fields(attrib.Fold(g.Subject))
	if len(fa) == 0 || len(ga) == 0 || fa[len(fa)-1] != ga[len(ga)-1] {
		return false
	}
	if opensSentence(f) || opensSentence(g) || fa[0] == ga[0] || wordsIn(strings.Join(fa, " "), strings.Join(ga, " ")) || wordsIn(strings.Join(ga, " "), strings.Join(fa, " ")) {
		return true // "Hendrik Raudsepp", "Grandmaster Hendrik Raudsepp"; "Bảo Ngọc", "Nguyen Thi Bao Ngoc"
	}
	x, y := strings.TrimSuffix(fa[0], "."), strings.TrimSuffix(ga[0], ".")
	return (len(x) == 1 || len(y) == 1) && x[0] == y[0]
}

// opensSentence reports a name fact that starts its sentence.
func opensSentence(f *claims.Fact) bool {
	return strings.TrimSpace(textOf(f.Doc, f.Sentence.Start, f.Span.Start)) == ""
}

// rosterDiff returns the names each roster has that the other lacks.
func rosterDiff(a, b roster) (onlyA, onlyB []*claims.Fact) {
	in := func(f *claims.Fact, r roster) bool {
		for _, g := range r.names {
			if rosterSame(f, g) {
				return true
			}
		}
		return false
	}
	for _, f := range a.names {
		if !in(f, b) {
			onlyA = append(onlyA, f)
		}
	}
	for _, f := range b.names {
		if !in(f, a) {
			onlyB = append(onlyB, f)
		}
	}
	return onlyA, onlyB
}

// otherStems returns the content stems of a roster's sentence outside its
// names, what the people are ("frontbench", "minister", "escapees"), and
// the words with digits there.
func otherStems(r roster) (stems, figures map[string]bool) {
	text := textOf(r.doc, r.sentence.Start, r.sentence.End)
	for i := len(r.names) - 1; i >= 0; i-- {
		n := r.names[i]
		a, b := n.Span.Start-r.sentence.Start, n.Span.End-r.sentence.Start
		if a >= 0 && b <= len(text) && a <= b {
			text = text[:a] + " " + text[b:]
		}
	}
	stems, figures = map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(claims.NormalizeKey(text)) {
		if len(w) > 3 {
			stems[w] = true
		}
	}
	for _, w := range strings.Fields(text) {
		if w = strings.Trim(strings.ToLower(w), ",.;:'’s"); designator(w) {
			figures[w] = true
		}
	}
	return stems, figures
}

// designator reports a word of digits and letters that names one team or
// event ("4x400m", "u23", "2nd", a year), not a bare amount ("130") or a distance
// run ("38km"), which says nothing of who the people are.
func designator(w string) bool {
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
		return true // a year: "Kenya's 2025 team"
	}
	if !strings.ContainsAny(w, "0123456789") || !strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz") {
		return false // "130", "1:19.962": an amount or a time
	}
	unit := strings.TrimLeft(w, "0123456789.,")
	switch unit {
	case "km", "m", "kg", "min", "s", "sec", "h", "pc", "%":
		return false
	}
	return true
}

// lastWord is the last word of a folded name: its family name in most lists.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// rosterNoun says what two rosters list: places when the words around every
// name make it one ("three in An Giang, two in Dong Thap"), names when only
// some do, else people.
func rosterNoun(a, b roster) string {
	places := 0
	for _, f := range append(a.names[:len(a.names):len(a.names)], b.names...) {
		if namedAsPlace(f) {
			places++
		}
	}
	switch places {
	case 0:
		return "people are named"
	case len(a.names) + len(b.names):
		return "places are given"
	}
	return "names are given"
}

// namedAsPlace reports a name the words around it make a place: "in Dong
// Thap", "at Can Tho", "Kien Giang province".
func namedAsPlace(f *claims.Fact) bool {
	before := strings.Fields(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-12), f.Span.Start)))
	if len(before) > 0 {
		switch before[len(before)-1] {
		case "in", "at", "near", "across", "outside", "inside":
			return true
		}
	}
	after := strings.Fields(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+12))))
	if len(after) > 0 {
		switch strings.TrimRight(after[0], ",.;:") {
		case "province", "city", "district", "county", "region", "state", "commune", "prefecture":
			return true
		}
	}
	return false
}
