package rules

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// spelling is one way a name is written across the corpus.
type spelling struct {
	parts []string       // the folded words of the name
	facts []*claims.Fact // every mention, in index order
	docs  map[*claims.Document]bool
}

// checkSpellings flags two names that are the same but for one letter in one
// word ("Tomas Vidmar" and "Tomas Vidmer", "Luka Bregar" and "Luka Bergar"):
// one person or place spelt two ways. Words shorter than five letters are left
// alone (too many real names differ by a letter), as are differences in the last
// letter ("Maria"/"Mario", "Minister"/"Ministers") and two spellings that stand
// in one sentence (two people, named side by side).
func checkSpellings(p *Pass, report func(string, Finding)) {
	byName := map[string]*spelling{}
	var names []string
	for _, f := range p.Index.Kind(claims.KindName) {
		if f.Doc == nil || f.Subject == "" {
			continue
		}
		s := byName[f.Subject]
		if s == nil {
			s = &spelling{parts: strings.Fields(f.Subject), docs: map[*claims.Document]bool{}}
			byName[f.Subject] = s
			names = append(names, f.Subject)
		}
		s.facts = append(s.facts, f)
		s.docs[f.Doc] = true
	}
	titles := nameTitles(p)
	// Names that may differ in word i share the key of their other words.
	g, all := newPairGroups(), newPairGroups()
	for i, n := range names {
		parts := byName[n].parts
		for k, w := range parts {
			rest := strings.Join(append(append(append([]string{}, parts[:k]...), "*"), parts[k+1:]...), " ")
			// A short word may differ only between names of three words or
			// more, or when one remark is quoted from both.
			all.add(rest, i)
			if utf8.RuneCountInString(w) >= 5 || len(parts) >= 3 && utf8.RuneCountInString(w) >= 2 {
				g.add(rest, i)
			}
		}
	}
	pairs := g.pairs()
	checked := map[[2]int]bool{}
	for _, pr := range pairs {
		checked[pr] = true
	}
	quotedOnly := map[[2]int]bool{}
	for _, pr := range all.pairs() {
		if !checked[pr] {
			pairs = append(pairs, pr)
			quotedOnly[pr] = true
		}
	}
	for _, pr := range pairs {
		a, b := byName[names[pr[0]]], byName[names[pr[1]]]
		if len(b.facts) < len(a.facts) || len(b.facts) == len(a.facts) && len(b.docs) < len(a.docs) {
			a, b = b, a // the rarer spelling first: the likelier slip
		}
		wa, wb, ok := oneWordApart(a.parts, b.parts)
		if !ok || spelledSideBySide(a, b) || marksOnly(wa, wb) {
			continue
		}
		if quotedOnly[pr] {
			if words := quotedAlike(p, a, b); words != "" && givenNamesOfOneStory(p, a, b, wa, wb) {
				reportSpelling(report, titles, a, b, wa, wb, fmt.Sprintf("one word of the name differs, both quoted saying %q", words))
			}
			continue
		}
		// Under one title ("Mizuhara Governor Takeda Haruki" / "… Takeda Haruka")
		// a last letter is a slip too.
		titled := sharedTitle(titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")])
		// In the middle of three names or more, the others the same ("Andi Rahmat
		// Sulaiman" / "Andi Rahmad Sulaiman"), a last letter is a slip too.
		edit := oneLetterApart(wa, wb, titled || middleWord(a.parts, wa))
		if edit == "" && titled && middleWord(a.parts, wa) {
			// "Grace Atieno Omondi" and "Grace Achieng Omondi", both director of
			// projects: one person's middle name written two ways.
			edit = "the middle name differs"
		}
		if edit == "" && (differentFamilyName(a.parts, wa, wb) || oneStory(p, a, b) && familyNamePrefix(a.parts, wa, wb, 2) || closeFamilyName(a.parts, wa, wb) ||
			len(a.parts) >= 3 && oneStory(p, a, b) && familyNamePrefix(a.parts, wa, wb, 1)) && !writtenInOneSource(a, b) {
			// With two given names the same ("Bishnu Prasad Karki"/"… Khadka"),
			// a first letter kept is enough.
			// "Senaka Weerakoon" and "Senaka Weerasinghe", both the deputy finance
			// minister, in different sources: one person given another family name.
			if ta, tb := specificTitleShared(titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")]); ta != "" {
				edit = fmt.Sprintf("the family name differs, both %q", ta)
				if tb != ta {
					edit = fmt.Sprintf("the family name differs, %q and %q", ta, tb)
				}
			}
		}
		if edit == "" && len(a.parts) >= 3 && a.parts[0] == wa && !writtenInOneSource(a, b) {
			// "District Magistrate Devendra Pratap Singh" and "… Dharmendra
			// Pratap Singh" in different sources: the other two names and the
			// office hold the person, the given name was mistaken.
			if ta, tb := specificTitleShared(titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")]); ta != "" && ta == tb {
				edit = fmt.Sprintf("the given name differs, both %q", ta)
			}
		}
		if edit == "" && len(a.parts) >= 2 && (wa == a.parts[0] || wa != a.parts[len(a.parts)-1]) && givenNamesOfOneStory(p, a, b, wa, wb) {
			switch {
			case wa == a.parts[0] && compoundFamily(a.parts):
				// "Kwabena Darko-Mensah" and "Kwame Darko-Mensah", "Wilmer Quispe
				// Huamán" and "Wilfredo Quispe Huamán": a family name of two
				// parts holds the person, the given name was mistaken.
				edit = fmt.Sprintf("the given name differs under one family name of two parts, %q", strings.Join(a.parts[1:], " "))
			case wa != a.parts[len(a.parts)-1] && nearGivenNames(wa, wb):
				// "Aidos"/"Aidar Zhaksylykov", "Joseph Kiprotich"/"Kiprono
				// Mutai": a given or middle name mistaken for one like it.
				edit = "the given name differs"
				if wa != a.parts[0] {
					edit = "the middle name differs"
				}
			case wa == a.parts[0]:
				// "chief financial officer Mehmet Özkaya" and "CFO Murat
				// Özkaya": one office and one family name hold the person.
				ta, tb := titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")]
				if t := titleWordShared(ta, tb); t != "" {
					edit = fmt.Sprintf("the given name differs, both %q", t)
				} else if t := sameFullTitle(ta, tb); t != "" && sameInitial(wa, wb) {
					// "Rodrigo Albornoz, regional director" and "Ricardo
					// Albornoz, regional director": one office in the same
					// words, and a given name kept to its first letter.
					edit = fmt.Sprintf("the given name differs, both %q", t)
				}
			}
		}
		if edit == "" && len(a.parts) >= 3 && !writtenInOneSource(a, b) && oneStory(p, a, b) && sameInitial(wa, wb) {
			// "Chairman Phạm Quốc Huy" and "Chairman Phạm Quốc Hưng" in two
			// reports of one story: two of three names and the office hold the
			// person, the third was mistaken.
			ta, tb := titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")]
			t := titleWordShared(ta, tb)
			if s, _ := specificTitleShared(ta, tb); t == "" && s != "" && !sharedOffice(s) {
				t = s // "trade minister" and "minister of industry and trade": one office of a country
			}
			if t != "" {
				edit = fmt.Sprintf("one word of the name differs, both %q", t)
			}
		}
		if edit == "" && givenNamesOfOneStory(p, a, b, wa, wb) {
			// "Deputy Economy Minister Armen Sahakyan" and "… Aram Sahakyan",
			// each quoted calling the package "the most ambitious economic
			// step": one remark holds one speaker, whose name was mistaken.
			if words := quotedAlike(p, a, b); words != "" {
				edit = fmt.Sprintf("one word of the name differs, both quoted saying %q", words)
			}
		}
		if edit == "" && differentFamilyName(a.parts, wa, wb) && !writtenInOneSource(a, b) && twoLettersApart(wa, wb) {
			// "Andrés Villacrés" and "Andrés Villacís" in different sources: a
			// long family name with its start kept and two letters changed.
			edit = "two letters differ in the family name"
		}
		if edit == "" && !writtenInOneSource(a, b) && oneStory(p, a, b) && attrib.PersonName(a.facts[0].Text()) && attrib.PersonName(b.facts[0].Text()) {
			// "Thanawat Srisook" / "Thanawat Srisuk", "Lê Thị Ngọc Hân" / "Lê
			// Thị Ngọc Hà" in two reports of one story, never side by side: a
			// person's name with a word a letter or two apart, its first
			// letter kept ("South Korea"/"South Korean" is no person).
			edit = closeSpelling(wa, wb, len(a.parts) >= 3)
			if edit == "" && wa == a.parts[len(a.parts)-1] {
				edit = gluedParticle(wa, wb) // "Inès Lacroix" / "Inès Delacroix"
			}
			if edit == "" && len(a.parts) == 2 && wa == a.parts[1] && endVowelSwap(wa, wb) {
				// "Peter Ondrejka" / "Peter Ondrejko": a family name's ending is
				// no man's or woman's form of a given name ("Maria"/"Mario").
				edit = "one letter changed"
			}
		}
		if edit == "" && !writtenInOneSource(a, b) && sameInitial(wa, wb) && len([]rune(wa)) >= 5 && len([]rune(wb)) >= 5 &&
			editDistance([]rune(wa), []rune(wb)) <= 2 {
			// "Dr Miriam Kolua" and "Dr Miriam Kuloa", both chief executive of
			// the health authority, in different sources: an office one person
			// holds keeps a short name two letters off as one person's.
			ta, tb := specificTitleShared(titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")])
			if ta != "" && ta == tb && titleWordShared(titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")]) != "" {
				edit = fmt.Sprintf("two letters apart, both %q", ta) // not a deputy minister: an office several hold
			}
		}
		if edit == "" && !writtenInOneSource(a, b) && oneStory(p, a, b) && sharedStem(wa, wb) {
			// "Tamaraw Maritime president Jerome Villaruz" and "… Jerome
			// Villarosa", "Colonel Daniyar Sultanbekov" and "… Sultanbayev":
			// the other names and one office hold the person; the word kept
			// its start and lost its ending.
			ta, tb := titles[strings.Join(a.parts, " ")], titles[strings.Join(b.parts, " ")]
			if t := titleWordShared(ta, tb); t != "" {
				edit = fmt.Sprintf("one word ends differently, both %q", t)
			}
		}
		if edit != "" {
			reportSpelling(report, titles, a, b, wa, wb, edit)
		}
	}
}

// reportSpelling reports two spellings of a name, one word apart as edit says,
// unless the two words are one name in two house styles or two places.
func reportSpelling(report func(string, Finding), titles map[string]map[string]bool, a, b *spelling, wa, wb, edit string) {
	fa, fb := a.facts[0], b.facts[0]
	if umlautSpelling(wordAt(fa, wa)) == umlautSpelling(wordAt(fb, wb)) {
		return // "Kröger" written "Kroeger": one name, as German spells it without umlauts
	}
	if unhyphened(wordAt(fa, wa)) == unhyphened(wordAt(fb, wb)) {
		return // "South-East Asia" and "Southeast Asia": one name, hyphenated or not
	}
	if twoPlaces(a, b, wa, wb, len(titles[strings.Join(a.parts, " ")])+len(titles[strings.Join(b.parts, " ")]) > 0) {
		return // "Khanh Hoa" and "Thanh Hoa": two provinces, both spelt right
	}
	if romanized(wa) == romanized(wb) {
		return // "Insaf"/"Insaaf", "Tehreek-i-Labaik"/"Tehreek-e-Labaik": two romanizations
	}
	msg := fmt.Sprintf("%s vs %s: %s (%q/%q); the first is written %s, the second %s: one name spelt two ways, or two people?",
		QuoteAt(fa), QuoteAt(fb), edit, wordAt(fa, wa), wordAt(fb, wb), mentions(a), mentions(b))
	report("spell\x00"+strings.Join(a.parts, " ")+"\x00"+strings.Join(b.parts, " "), Finding{Message: msg, Claims: ClaimsOf(fa, fb)})
}

// gluedParticle says how two family names differ when one is the other with
// a particle written onto its front ("lacroix"/"delacroix",
// "vanderberg"/"berg" is none: the rest must be five letters or more).
func gluedParticle(a, b string) string {
	if len(a) > len(b) {
		a, b = b, a
	}
	if utf8.RuneCountInString(a) < 5 {
		return ""
	}
	for _, p := range []string{"de", "del", "della", "di", "da", "du", "la", "le", "van", "von", "mac", "mc"} {
		if b == p+a {
			return fmt.Sprintf("one writes the particle %q onto the family name", p)
		}
	}
	return ""
}

// oneStory reports whether some report writing one spelling tells the same
// story as one writing the other.
func oneStory(p *Pass, a, b *spelling) bool {
	if p.Index == nil {
		return false
	}
	for da := range a.docs {
		for db := range b.docs {
			if p.Index.Related(da, db) {
				return true
			}
		}
	}
	return false
}

// closeSpelling says how two words differ when they begin alike and are one
// or two letters apart (changed, added, dropped or swapped; two only in words
// of seven letters or more), at most two in five letters: "srisook"/"srisuk", "marques"/"marquez", "puspasari"/
// "puspitasari". Words of fewer than five letters are compared only inside a
// longer name (short, "han"/"ha"), where the other words hold it.
func closeSpelling(a, b string, short bool) string {
	x, y := []rune(a), []rune(b)
	n := max(len(x), len(y))
	if a == b || len(x) == 0 || len(y) == 0 || x[0] != y[0] || n < 5 && !short {
		return ""
	}
	d := editDistance(x, y)
	if d == 0 || d > 2 || d == 2 && n < 7 || 5*d > 2*n && !(short && d == 1) {
		return "" // "thuong"/"thuan": short names two letters apart are two names
	}
	if short, long := string(x), string(y); len(short) >= 4 && len(long) >= 4 {
		if len(short) > len(long) {
			short, long = long, short
		}
		if (long == short+"n" || long == short+"an" || long == short+"ns") && strings.ContainsAny(short[len(short)-1:], "aeo") {
			return "" // "Africa"/"African", "Europe"/"European": a place and its people
		}
	}
	if len(x) == len(y) && string(x[:len(x)-1]) == string(y[:len(y)-1]) &&
		strings.ContainsRune("aeo", x[len(x)-1]) && strings.ContainsRune("aeo", y[len(y)-1]) {
		return "" // "Maria"/"Mario": the ending tells a woman's name from a man's
	}
	if d == 1 {
		return "one letter apart"
	}
	return "two letters apart"
}

// endVowelSwap reports two words of five letters or more that differ only in
// a last vowel a, e or o.
func endVowelSwap(a, b string) bool {
	x, y := []rune(a), []rune(b)
	return len(x) == len(y) && len(x) >= 5 && string(x[:len(x)-1]) == string(y[:len(y)-1]) && x[len(x)-1] != y[len(y)-1] &&
		strings.ContainsRune("aeo", x[len(x)-1]) && strings.ContainsRune("aeo", y[len(y)-1])
}

// spelledSideBySide reports whether the two spellings ever stand in one sentence of
// one document.
func spelledSideBySide(a, b *spelling) bool {
	for _, f := range a.facts {
		if b.docs[f.Doc] {
			for _, g := range b.facts {
				if g.Doc == f.Doc && g.Sentence == f.Sentence {
					return true
				}
			}
		}
	}
	return false
}

// mentions says how often and where a spelling is written in full: "once in
// a.txt", "3 times in 2 sources".
func mentions(s *spelling) string {
	n := "once"
	if len(s.facts) > 1 {
		n = fmt.Sprintf("%d times", len(s.facts))
	}
	if len(s.docs) > 1 {
		return fmt.Sprintf("%s in %d sources", n, len(s.docs))
	}
	return n + " in " + s.facts[0].Doc.Path
}

// wordAt returns the word of a name fact's text whose folded form is w, as
// written ("Vidmer"), or w itself.
func wordAt(f *claims.Fact, w string) string {
	for _, x := range strings.Fields(f.Text()) {
		if textnorm.Fold(x) == w {
			return x
		}
	}
	return w
}

// oneWordApart returns the one word in which two names of as many words differ.
func oneWordApart(a, b []string) (string, string, bool) {
	if len(a) != len(b) {
		return "", "", false
	}
	k := -1
	for i := range a {
		if a[i] != b[i] {
			if k >= 0 {
				return "", "", false
			}
			k = i
		}
	}
	if k < 0 {
		return "", "", false
	}
	return a[k], b[k], true
}

// middleWord reports whether w is a middle word of a name of three words or
// more: neither its given nor its family name.
func middleWord(parts []string, w string) bool {
	for i, p := range parts {
		if p == w {
			return i > 0 && i < len(parts)-1 && len(parts) >= 3
		}
	}
	return false
}

// differentFamilyName reports whether wa, which another name has as wb, is
// the last word of a name of two words or more, and the two begin alike
// ("Weerakoon", "Weerasinghe"): a family name half remembered keeps its start.
func differentFamilyName(parts []string, wa, wb string) bool {
	return familyNamePrefix(parts, wa, wb, 3)
}

// closeFamilyName reports two family names (wa the last of parts) of eight
// letters or more that three edits at most turn into each other:
// "Etcheverry" and "Echeverria", one name heard two ways.
func closeFamilyName(parts []string, wa, wb string) bool {
	x, y := []rune(wa), []rune(wb)
	if len(parts) < 2 || parts[len(parts)-1] != wa || len(x) < 8 || len(y) < 8 || editDistance(x, y) > 3 {
		return false
	}
	fam := familyName(strings.Join(parts, " "))
	return fam == "" || fam == wa
}

// familyNamePrefix reports two family names (wa the last of parts) that
// open with the same n letters: "Ekholm" and "Eklund" with two, in one story
// under one office.
func familyNamePrefix(parts []string, wa, wb string, n int) bool {
	x, y := []rune(wa), []rune(wb)
	if len(parts) < 2 || parts[len(parts)-1] != wa || len(x) < max(n, 3) || len(y) < max(n, 3) || string(x[:n]) != string(y[:n]) {
		return false
	}
	// "Nguyen Thi Phuong": a family name first makes the last word a given name.
	fam := familyName(strings.Join(parts, " "))
	return fam == "" || fam == wa
}

// specificTitleShared returns the titles by which two sets of titles hold one
// office of two words or more, written the same or one shortening the other
// ("deputy finance minister", "deputy minister of finance", "deputy
// minister"); "" when they hold none. One word ("minister", "spokesman") is
// held by too many people to tell one apart.
func specificTitleShared(a, b map[string]bool) (string, string) {
	for _, ta := range setKeys(a) {
		for _, tb := range setKeys(b) {
			if strings.Contains(ta, " ") && strings.Contains(tb, " ") &&
				(attrib.SameTitle(ta, tb) || attrib.TitleRefers(ta, tb) || attrib.TitleRefers(tb, ta)) {
				return ta, tb
			}
		}
	}
	return "", ""
}

// titleWordShared returns the word of an office one person holds at a time
// that both sets of titles give ("chairman" of "chairman and chief executive"
// and "chairman"), "" when none. A deputy's office is held by several
// ("deputy minister of planning"): no evidence of one person.
func titleWordShared(a, b map[string]bool) string {
	for _, ta := range setKeys(a) {
		if sharedOffice(ta) {
			continue
		}
		for _, tb := range setKeys(b) {
			if sharedOffice(tb) {
				continue
			}
			if ta == tb && (strings.HasPrefix(ta, "chief ") || len(strings.Fields(ta)) >= 4) {
				return ta // "chief financial officer": one to a company; "regional director of the forestry corporation": one office named in full
			}
			for _, w := range strings.Fields(ta) {
				if soleOffices[w] && slices.Contains(strings.Fields(tb), w) {
					return w
				}
			}
		}
	}
	return ""
}

// soleOffices are the offices a body has one holder of.
var soleOffices = map[string]bool{"chairman": true, "chairwoman": true, "chairperson": true, "ceo": true,
	"president": true, "mayor": true, "governor": true, "premier": true, "captain": true, "coach": true,
	"principal": true, "rector": true, "chancellor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"goalkeeper": true}

// sharedOffice reports a title several people hold at once: a deputy's, a
// vice's, an assistant's, a member's.
func sharedOffice(t string) bool {
	for _, w := range strings.Fields(t) {
		switch w {
		case "deputy", "vice", "assistant", "member", "associate", "vice-president", "vice-chairman":
			return true
		}
	}
	return false
}

// sameInitial reports two words that open with the same letter.
func sameInitial(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && ra != utf8.RuneError
}

// writtenInOneSource reports whether one document writes both names: two
// people, whom its author tells apart.
func writtenInOneSource(a, b *spelling) bool {
	for d := range a.docs {
		if b.docs[d] {
			return true
		}
	}
	return false
}

// oneLetterApart says how two words of five or more letters differ when they
// differ by one letter changed, added or dropped or by two adjacent letters
// swapped, not in their last letter: "Vidmar"/"Vidmer", "Bregar"/"Bergar",
// "Phillips"/"Philips", but not "Maria"/"Mario" or "Minister"/"Ministers"
// (other people, other words) unless lastToo. It returns "" for any other pair.
func oneLetterApart(a, b string, lastToo bool) string {
	x, y := []rune(a), []rune(b)
	if a == b || len(x) < 5 || len(y) < 5 || len(x)-len(y) > 1 || len(y)-len(x) > 1 || x[len(x)-1] != y[len(y)-1] && !lastToo {
		return ""
	}
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	if i == len(x) || i == len(y) {
		return "one letter more or less" // "Whitcomb"/"Whitcombe": a letter added at the end (lastToo only)
	}
	// Compare the tails after the first difference at i.
	switch {
	case len(x) == len(y) && string(x[i+1:]) == string(y[i+1:]):
		return "one letter changed"
	case len(x) == len(y):
		if i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:]) {
			return "two letters swapped"
		}
	case string(x[i+1:]) == string(y[i:]) || string(x[i:]) == string(y[i+1:]):
		return "one letter more or less"
	}
	return ""
}

// nameTitles returns the titles each folded full name is given in the corpus,
// before it or in apposition ("takeda haruki" → {"mizuhara governor"}).
func nameTitles(p *Pass) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(name, title string) {
		n := textnorm.Fold(name)
		if out[n] == nil {
			out[n] = map[string]bool{}
		}
		out[n][textnorm.Fold(title)] = true
	}
	for _, f := range p.Index.Kind(claims.KindPerson) {
		if f.Person != nil && f.Person.Title != "" && !f.Person.Former {
			add(f.Person.Name, f.Person.Title)
		}
	}
	for _, f := range p.Index.Kind(claims.KindName) {
		if f.Key != "" { // a title given in apposition: "Hoang Van Khiem, vice chairman of …"
			add(f.Subject, f.Key)
		}
	}
	return out
}

// sameFullTitle returns a title of two words or more, no deputy's, that both
// sets hold word for word ("regional director"), or "".
func sameFullTitle(a, b map[string]bool) string {
	for _, t := range setKeys(a) {
		if b[t] && len(strings.Fields(t)) >= 2 && !sharedOffice(t) {
			return t
		}
	}
	return ""
}

// sharedTitle reports whether two sets of titles share one.
func sharedTitle(a, b map[string]bool) bool {
	for t := range a {
		if b[t] {
			return true
		}
	}
	return false
}

// umlautSpelling writes a word's umlauts and sharp s the way German does
// without them ("Kröger" → "kroeger", "Strauß" → "strauss"), lower-cased.
func umlautSpelling(w string) string {
	return strings.NewReplacer("ö", "oe", "ä", "ae", "ü", "ue", "Ö", "oe", "Ä", "ae", "Ü", "ue", "ß", "ss").Replace(strings.ToLower(w))
}

// romanized is a word with the choices of romanization made one way: long
// vowels written single ("insaaf" → "insaf") and the linking "-i-" of Urdu and
// Persian names written "-e-".
func romanized(w string) string {
	w = strings.ReplaceAll(strings.ToLower(w), "-i-", "-e-")
	for _, d := range []string{"aa", "ee", "oo", "uu", "ii"} {
		w = strings.ReplaceAll(w, d, d[:1])
	}
	return w
}

// twoPlaces reports two spellings that differ in the first letter of a short
// word (five letters or fewer) and are each written as a place, never as a
// person: "from Khanh Hoa" and "in Thanh Hoa province" are two provinces, each
// spelt right. Names built of short syllables (Vietnamese, Chinese, Korean)
// make other places with another onset; a vowel changed inside ("Rukam
// West"/"Rukum West") or a longer word a letter apart ("Ghimbav"/"Ghimbau")
// is still taken for a slip.
func twoPlaces(a, b *spelling, wa, wb string, titled bool) bool {
	if titled || utf8.RuneCountInString(wa) > 5 || utf8.RuneCountInString(wb) > 5 || wa == "" || wb == "" || wa[0] == wb[0] {
		return false // a title makes a person of a name
	}
	return writtenAsPlace(a) && writtenAsPlace(b)
}

// writtenAsPlace reports whether some mention of a spelling stands where a
// place does (after "in", "from", "near", … or before "province", "city", …)
// and none where a person does (after a title, before "said").
func writtenAsPlace(s *spelling) bool {
	place := false
	for _, f := range s.facts {
		text := f.Doc.Text
		before := strings.ToLower(lastField(strings.TrimRight(text[:f.Span.Start], " ")))
		after := strings.ToLower(firstWord(text[f.Span.End:]))
		switch {
		case personWordBefore[before] || personVerbAfter[after]:
			return false
		case placeWordBefore[before] || placeNounAfter[after]:
			place = true
		}
	}
	return place
}

var (
	placeWordBefore  = wordSet("in from near at across outside around throughout")
	placeNounAfter   = wordSet("province provincial city district county region state prefecture municipality island port")
	personWordBefore = wordSet("mr mr. mrs mrs. ms ms. dr dr. president minister governor chairman chairwoman director mayor")
	personVerbAfter  = wordSet("said says told added")
)

// wordSet is a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// firstWord is the word that opens s, after any leading spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexAny(s, " ,.;:"); i >= 0 {
		return s[:i]
	}
	return s
}

// unhyphened folds a word without its hyphens: "South-East" is "southeast".
func unhyphened(w string) string {
	return strings.ToLower(strings.NewReplacer("-", "", "‐", "", "–", "").Replace(w))
}

// sharedStem reports two words of a name that begin alike for five letters
// and half the shorter word at least, and part within four edits:
// "Enkhbold"/"Enkhbat", "Vilaysack"/"Vilayvanh".
func sharedStem(a, b string) bool {
	x, y := []rune(attrib.Fold(a)), []rune(attrib.Fold(b))
	n := 0
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	return n >= 5 && 2*n >= min(len(x), len(y)) && editDistance(x, y) <= 4
}

// twoLettersApart reports two family names of seven letters or more that
// share their first five and their last letter and are at most two edits
// apart ("villacres"/"villacis"), or differ in two vowels ("echavarria"/
// "echeverria").
func twoLettersApart(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < 7 || len(y) < 7 || x[len(x)-1] != y[len(y)-1] {
		return false
	}
	if string(x[:5]) == string(y[:5]) {
		return editDistance(x, y) <= 2
	}
	return twoVowelsApart(x, y)
}

// twoVowelsApart reports two names of one length, the first three and last
// three letters the same, that differ in one or two vowels only
// ("echavarria"/"echeverria").
func twoVowelsApart(x, y []rune) bool {
	if len(x) != len(y) || len(x) < 8 || string(x[:3]) != string(y[:3]) || string(x[len(x)-3:]) != string(y[len(y)-3:]) {
		return false
	}
	n := 0
	for i := range x {
		if x[i] == y[i] {
			continue
		}
		if !strings.ContainsRune("aeiou", x[i]) || !strings.ContainsRune("aeiou", y[i]) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// editDistance is the Levenshtein distance of two rune strings.
func editDistance(x, y []rune) int {
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := 1
			if x[i-1] == y[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// quotedAlike returns the words of a remark that both spellings' speakers are
// quoted saying, one quote's five words or more standing in order in the other;
// "" when there is none.
func quotedAlike(p *Pass, a, b *spelling) string {
	name := func(s *spelling) string { return strings.Join(s.parts, " ") }
	var qa, qb []*claims.Fact
	for _, f := range p.Index.Kind(claims.KindQuote) {
		sp := textnorm.Fold(quoteSpeaker(f))
		if sp == "" {
			// "Aram Sahakyan has described the package as \"the most ambitious
			// …\"": no verb of speech, but the sentence names whose words they are.
			sp = textnorm.Fold(f.Doc.Text[f.Sentence.Start:max(f.Sentence.Start, f.Span.Start)])
		}
		switch {
		case sp == "":
		case strings.Contains(sp, name(a)) && a.docs[f.Doc]:
			qa = append(qa, f)
		case strings.Contains(sp, name(b)) && b.docs[f.Doc]:
			qb = append(qb, f)
		}
	}
	for _, x := range qa {
		tx := quoteTokens(x.Text())
		for _, y := range qb {
			ty := quoteTokens(y.Text())
			short, long := tx, ty
			if len(short) > len(long) {
				short, long = long, short
			}
			if len(short) >= 5 && strings.Contains(" "+normJoin(long), " "+normJoin(short)) {
				return joinText(short)
			}
		}
	}
	return ""
}

// marksOnly reports two words that differ only by apostrophes, glottal
// marks or hyphens: "Fa'alogo" and "Faalogo", "Jean-Luc" and "Jeanluc" are
// one name in two house styles.
func marksOnly(a, b string) bool {
	strip := strings.NewReplacer("'", "", "’", "", "ʻ", "", "‘", "", "-", "").Replace
	return strings.EqualFold(strip(a), strip(b))
}

// givenNamesOfOneStory reports two spellings of a person's name in two
// reports of one story, never in one, whose differing words wa and wb both
// read as given names: the ground the given-name checks stand on.
func givenNamesOfOneStory(p *Pass, a, b *spelling, wa, wb string) bool {
	return !writtenInOneSource(a, b) && oneStory(p, a, b) && attrib.PersonName(a.facts[0].Text()) && attrib.PersonName(b.facts[0].Text()) &&
		givenName(wa, a, b) && givenName(wb, a, b)
}

// compoundFamily reports a name whose family name has two parts: two words
// after the given name ("Quispe Huamán") or one hyphenated ("Darko-Mensah").
func compoundFamily(parts []string) bool {
	return len(parts) == 3 || len(parts) == 2 && strings.Count(strings.Trim(parts[1], "-"), "-") == 1
}

// givenName reports whether w, the first word of a name in a or b, reads as a
// given name: no title ("Undersecretary Ortiz Ibáñez"), no hyphenated
// qualifier ("Vietnam-South Africa Mining"), and no word the sources write in
// lower case ("Substitute Diego Salvatierra", "a substitute").
func givenName(w string, a, b *spelling) bool {
	if strings.Contains(w, "-") || attrib.TitleWord(w) {
		return false
	}
	for _, s := range []*spelling{a, b} {
		for d := range s.docs {
			if indexWord(d.Text, w) >= 0 {
				return false
			}
		}
	}
	return true
}

// nearGivenNames reports two given names that look alike: the same first two
// letters and at most three letters apart, at most half the shorter name
// ("aidos"/"aidar", "leandro"/"leonardo"; not "ana"/"anabel"), or four
// after the same first five ("kiprotich"/"kiprono").
func nearGivenNames(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < 4 || len(y) < 4 || x[0] != y[0] || x[1] != y[1] || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false // "South"/"Southeast Asian": a word and its longer form
	}
	if len(x) == len(y) && string(x[:len(x)-1]) == string(y[:len(y)-1]) {
		return false // "Maria"/"Mario", "Jana"/"Jan": a given name's other form, often another person
	}
	d := editDistance(x, y)
	if d <= 3 && 2*d <= min(len(x), len(y)) {
		return true
	}
	same := 0 // a long shared start holds a longer difference: "kiprotich"/"kiprono"
	for same < min(len(x), len(y)) && x[same] == y[same] {
		same++
	}
	return same >= 5 && d <= 4
}
