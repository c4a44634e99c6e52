package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/numword"
)

// CountMismatch flags an announced number of items that the list after it does not
// deliver: "six key developments" followed by five.
func CountMismatch() *Rule {
	return &Rule{
		ID:       "count-mismatch",
		Title:    "announced count differs from the items listed",
		Severity: Error,
		Run:      runCountMismatch,
		Doc: `An article announces how many items follow ("six key developments:",
"three pillars:") and then lists them as numbered lines, bullets or ordinal
paragraphs ("First: ... Second: ..."). When the number of items listed differs from
the number announced, an item was lost in editing or the count is wrong.

Only announcements followed by a list are checked; "six developments" with no list
after it has nothing to compare. A hedged count ("more than 30 investors") or a
list brought in by "including" or "such as" names some items, not all: never
compared. Items that each open with a count ("two cargo trucks, a minibus, three
cars") break the announced count down by kind: their counts are summed.

Bad:
    The minister named four priorities:
    1. Ports.
    2. Rail.
    3. Power grids.

Good:
    The minister named three priorities:
    1. Ports.
    2. Rail.
    3. Power grids.

Severity error: the text contradicts itself within a few lines, and readers notice
a missing item at once; there is no reading under which both are right.`,
	}
}

func runCountMismatch(p *Pass) {
	for _, f := range p.Index.Kind(claims.KindCount) {
		a := f.Announcement
		if a == nil || !a.Listed || a.Count <= 0 || len(a.Items) == a.Count || partialList(f) {
			continue
		}
		n, counted := countedItems(a.Items)
		if counted && n == a.Count {
			continue // "Seven vehicles …: two cargo trucks, a minibus, three cars and a motorcycle"
		}
		if countsAfterAddUp(f, a.Count) {
			continue // "seven vessels: four ro-pax ferries, the A, B, C and D, as well as two fast ferries and one freight vessel"
		}
		if earlierCountFits(p, f) {
			continue // "Six nations shared the 12 medals: Japan, France, …": the list is the nations'
		}
		if nestedCount(p, f) {
			continue // "16 countries …: all ten BRICS members and six partner countries, namely …": groups, each counted
		}
		if slices.ContainsFunc(a.Items, func(it enum.Item) bool {
			return strings.HasPrefix(it.Label, "one each ") || strings.Contains(it.Label, " one each ")
		}) {
			continue // "four provinces: two in Guayas and one each in Manabí, Los Ríos and El Oro": items counted per place
		}
		if len(a.Items) > 0 && (strings.Contains(a.Items[0].Label, "ranged from ") || strings.Contains(a.Items[0].Label, "ranging from ")) {
			continue // "covering fields that ranged from higher education … to customs": a span of what they cover
		}
		if slices.ContainsFunc(a.Items, func(it enum.Item) bool {
			l := " " + it.Label + " "
			return strings.Contains(l, " for each sex ") || strings.Contains(l, " for men and women ") || strings.Contains(l, " for both sexes ")
		}) {
			continue // "16 categories: individual and team kata for men and women, five weight classes … for each sex": items multiplied out
		}
		if joined := len(a.Items) + countJoins(a.Items); joined == a.Count && len(a.Items) < a.Count {
			continue // "Four weight classes: men's -73kg and -81kg, and women's -63kg and -70kg": pairs inside items
		}
		if q := placeQualifiers(a.Items); q > 0 && len(a.Items)-q == a.Count {
			continue // "Northgate Heights in San Fernando, Pampanga, and …": the province of the item before
		}
		if ambiguousAnds(f) {
			continue // "three medals: silver on bars and floor and bronze on vault": where the items part is unknown
		}
		// The items as a reader counts them: "the men's -73kg and -81kg and
		// the women's -63kg" lists three classes, not two phrases.
		listed := len(a.Items) + countJoins(a.Items)
		msg := fmt.Sprintf("%s announces %s but %s", Quote(f), plural(a.Count, "item", "items"), listedPhrase(listed))
		if counted {
			msg += fmt.Sprintf(", whose own counts add up to %d,", n)
		}
		cs := []Claim{ClaimOf(f)}
		if len(a.Items) > 0 && f.Doc != nil {
			first, last := a.Items[0], a.Items[len(a.Items)-1]
			if first.Start >= 0 && last.End <= len(f.Doc.Text) && first.Start < last.End {
				span := claims.Span{Start: first.Start, End: last.End}
				pos := f.Doc.Position(span)
				msg += " " + lineRange(pos.Line, pos.EndLine)
				cs = append(cs, Claim{Position: pos, Text: labels(a.Items), Published: Published(f)})
			}
		}
		p.Report(Finding{Message: msg, Claims: cs})
	}
}

// countJoins counts the "and"s inside items that join two figures or
// two names of one kind ("-73kg and -81kg"): each adds an item.
func countJoins(items []enum.Item) int {
	n := 0
	for _, it := range items {
		ws := strings.Fields(it.Label)
		for i := 1; i+1 < len(ws); i++ {
			if ws[i] == "and" && strings.ContainsAny(ws[i-1], "0123456789") && strings.ContainsAny(ws[i+1], "0123456789") {
				n++
			} else if ws[i] == "and" && strings.ContainsAny(ws[i-1], "0123456789") && groupOpener(ws[i+1:]) {
				n++ // "men's -60kg and -66kg and women's -48kg": the second group's first class
			} else if ws[i] == "and" && capitalWord(ws[i+1]) && placesAfterIn(ws[:i]) && !slices.Contains(ws, "between") {
				n++ // "juice plants in Chachoengsao and Lampang": two plants, two places
			} else if ws[i] == "and" && i >= 2 && capitalWord(ws[i-1]) && capitalWord(ws[i+1]) && pluralNoun(ws[i-2]) {
				n++ // "the hybrid ferries Lyngstad and Mørkvik": two ferries named
			} else if ws[i] == "and" && capitalWord(ws[i-1]) && capitalWord(ws[i+1]) && slices.ContainsFunc(ws[:i], pairNoun) {
				n++ // "the Japanese pair Hana Tsujimura and Yuna Matsuda": two people in one item
			}
		}
	}
	return n
}

// pairNoun reports a noun for two people named together: "the pair", "the
// twins", "the brothers".
func pairNoun(w string) bool {
	switch w {
	case "pair", "duo", "twins", "brothers", "sisters", "siblings", "couple", "teammates":
		return true
	}
	return false
}

// placeQualifiers counts the items that only name the province or country of
// the place the item before ends with: "Northgate Heights in San Fernando",
// "Pampanga".
func placeQualifiers(items []enum.Item) int {
	n := 0
	for i := 1; i < len(items); i++ {
		ws := strings.Fields(strings.TrimPrefix(items[i].Label, "and "))
		prev := strings.Fields(items[i-1].Label)
		if len(ws) == 0 || len(ws) > 2 || len(prev) < 3 || !slices.Contains(prev[:len(prev)-1], "in") {
			continue
		}
		if capitalWord(ws[0]) && capitalWord(prev[len(prev)-1]) && (len(ws) == 1 || capitalWord(ws[1])) {
			n++
		}
	}
	return n
}

// pluralNoun reports a lower-case plural common noun: "ferries", "plants".
func pluralNoun(w string) bool {
	return len(w) > 3 && lowerWord(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
}

// groupOpener reports words that open a group of figures with its owner:
// "women's -48kg", "the men's +100kg".
func groupOpener(ws []string) bool {
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	return len(ws) >= 2 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s")) && strings.ContainsAny(ws[1], "0123456789")
}

// placesAfterIn reports words that open with a noun of one to three words,
// then "in" and a run of capitalised words: "juice plants in Chachoengsao".
func placesAfterIn(ws []string) bool {
	k := len(ws) - 1
	for k >= 0 && capitalWord(ws[k]) {
		k--
	}
	return k >= 1 && k <= 3 && k < len(ws)-1 && ws[k] == "in" // a short noun before "in": no clause ("register at checkpoints in …")
}

// ambiguousAnds reports a list with no comma that joins three phrases or
// more by "and", two of them common nouns: which "and" parts two items, and
// which joins two things of one item ("silver on bars and floor and bronze
// on vault"), the words do not say.
func ambiguousAnds(f *claims.Fact) bool {
	items := f.Announcement.Items
	if len(items) == 0 || f.Doc == nil || items[0].Start < 0 || items[len(items)-1].End > len(f.Doc.Text) || items[0].Start >= items[len(items)-1].End {
		return false
	}
	list := f.Doc.Text[items[0].Start:items[len(items)-1].End]
	if strings.ContainsAny(list, ",;") || strings.Count(list, " and ") < 2 {
		return false
	}
	// "and" between two names joins the pair of one item ("gold for
	// Pinheiro and Sotero and silver for Varela and Coutinho"); between two
	// common nouns it may part two ("silver on bars and floor").
	ws := strings.Fields(list)
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "and" && lowerWord(ws[i-1]) && lowerWord(ws[i+1]) {
			return true
		}
	}
	return false
}

// lowerWord reports a word that opens with a lower-case letter.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// earlierCountFits reports another count earlier in f's sentence whose
// number is the number of f's items: the list belongs to that one.
func earlierCountFits(p *Pass, f *claims.Fact) bool {
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc == f.Doc && g.Sentence == f.Sentence && g.Span.End <= f.Span.Start && g.Quantity != nil &&
			g.Quantity.Unit == "count" && g.Quantity.Hedge == "" && int(g.Quantity.Value) == len(f.Announcement.Items) && g.Quantity.Value > 1 {
			return true
		}
	}
	return false
}

// nestedCount reports another announced count inside f's list: the list
// gives groups of its items, one of which is counted and listed in turn.
func nestedCount(p *Pass, f *claims.Fact) bool {
	items := f.Announcement.Items
	if len(items) == 0 {
		return false
	}
	from, to := items[0].Start, items[len(items)-1].End
	for _, g := range p.Index.Kind(claims.KindCount) {
		if g != f && g.Doc == f.Doc && g.Span.Start >= from && g.Span.Start < to {
			return true
		}
	}
	return false
}

// listedPhrase says how many items were listed: "none is listed", "1 is listed",
// "5 are listed".
func listedPhrase(n int) string {
	switch n {
	case 0:
		return "none are listed"
	case 1:
		return "1 is listed"
	}
	return fmt.Sprintf("%d are listed", n)
}

// lineRange writes "(line 17)" or "(lines 17–21)".
func lineRange(from, to int) string {
	if to <= from {
		return fmt.Sprintf("(line %d)", from)
	}
	return fmt.Sprintf("(lines %d–%d)", from, to)
}

// labels joins the item labels so the claim text shows what was listed.
func labels(items []enum.Item) string {
	ls := make([]string, 0, len(items))
	for _, it := range items {
		l := strings.TrimSpace(it.Label)
		if l == "" {
			continue
		}
		ls = append(ls, l)
	}
	return strings.Join(ls, "; ")
}

// countsAfterAddUp reports an announced count that the counts written after it
// in its sentence, two or more, add up to: "seven vessels: four ro-pax
// ferries, the Santa Marija, …, as well as two fast ferries and one freight
// vessel" breaks the seven down by kind, whatever names stand between.
func countsAfterAddUp(f *claims.Fact, want int) bool {
	if f.Doc == nil || f.Span.End >= f.Sentence.End || f.Sentence.End > len(f.Doc.Text) {
		return false
	}
	ws := strings.Fields(f.Doc.Text[f.Span.End:f.Sentence.End])
	sum, n := 0, 0
	for i := 0; i+1 < len(ws); i++ {
		w := strings.ToLower(strings.Trim(ws[i], ":;,"))
		v, ok := numword.Cardinal(w)
		if !ok {
			if d, err := strconv.Atoi(w); err == nil && d > 0 && d < 1000 {
				v, ok = d, true
			}
		}
		next := strings.Trim(ws[i+1], ",.;:")
		if !ok || next == "" || next[0] < 'a' || next[0] > 'z' || next == "of" || next == "percent" || next == "per" {
			continue // "four ro-pax ferries", not "two of them" or "4 percent"
		}
		sum, n = sum+v, n+1
	}
	return n >= 2 && sum == want
}

// countedItems sums the counts the items open with ("two cargo trucks", "a
// minibus", "3 cars", "the driver"): a list of kinds, each with how many,
// breaks a count down by kind; "several of them" is about the item before. ok is false unless every item opens with a count and one
// of them counts more than one.
func countedItems(items []enum.Item) (int, bool) {
	sum, many := 0, false
	for _, it := range items {
		ws := strings.Fields(it.Label)
		if len(ws) > 2 && strings.EqualFold(ws[0], "then") {
			ws = ws[1:] // "three in Group C, then the quarter-final, …": the order's word
		}
		if len(ws) < 2 {
			return 0, false
		}
		w := strings.ToLower(ws[0])
		if len(ws) > 2 && strings.ToLower(ws[1]) == "of" && strings.ToLower(ws[2]) == "them" {
			continue // "22 were injured, several of them seriously": about the item before
		}
		if w == "the" {
			if v, ok := numword.Cardinal(strings.ToLower(ws[1])); ok {
				sum, many = sum+v, many || v > 1 // "the two operated by Tawa Ridge and three sent by …"
				continue
			}
		}
		n, ok := numword.Cardinal(w)
		switch {
		case w == "a" || w == "an" || w == "one":
			n, ok = 1, true
		case (w == "the" || w == "his" || w == "her" || w == "its" || w == "their") && !strings.HasSuffix(ws[1], "s"):
			n, ok = 1, true // "40 passengers, the driver and a conductor", "the driver of train 986, his assistant"
		case !ok:
			v, err := strconv.Atoi(w)
			if err != nil || v <= 0 {
				return 0, false
			}
			n = v
		}
		if n > 1 {
			many = true
		}
		sum += n
	}
	return sum, many
}
