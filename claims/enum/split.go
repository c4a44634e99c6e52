package enum

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// sentenceEnd returns the offset where the sentence containing a ends: before a
// line break, or after ".", "!" or "?" followed by a space, a quote, a slash or
// the end of the text. Dots inside numbers ("14.83") and abbreviations ("U.S.")
// are followed by a letter or digit and do not end it.
func sentenceEnd(text string, a int) int { return sentenceEndBefore(text, a, len(text)) }

// sentenceEndBefore is min(sentenceEnd(text, a), limit) for a limit at most
// len(text): it reads no byte at or past limit but the few after a mark.
func sentenceEndBefore(text string, a, limit int) int {
	for i := a; i < limit; i++ {
		k := indexStop(text[i:limit])
		if k < 0 {
			return limit
		}
		i += k
		switch text[i] {
		case '\n', '\r':
			return i
		case '.', '!', '?':
			if i+1 == len(text) {
				return i
			}
			if text[i] == '.' && titleBefore(text, i) {
				continue // "marine surveyor Capt. Samuel Otim": a title, not the end
			}
			if text[i] == '.' && (clockBefore(text, i) || numberSignBefore(text, i)) {
				continue // "hours moved to 7 a.m. to 2 p.m., and …", "the No. 3 dry dock": no end
			}
			if text[i] == '.' && (firmAbbrevBefore(text, i) || dottedAbbrevBefore(text, i)) && lowerAfter(text, i) {
				continue // "Kitamura Construction Co. to recruit 800 workers": a firm's name goes on
			}
			switch c := text[i+1]; c {
			case ' ', '\t', '\n', '\r', '"', '/':
				return i
			default:
				if c >= utf8.RuneSelf {
					r, _ := utf8.DecodeRuneInString(text[i+1:])
					if r == '”' || r == '’' || unicode.IsSpace(r) {
						return i
					}
				}
			}
		}
	}
	return limit
}

// titleBefore reports whether the dot at i closes a capitalised title
// shortened before a name ("Capt.", "Dr.", "Engr.") and a capital follows.
func titleBefore(text string, i int) bool {
	j := i
	for j > 0 && j > i-5 && isLetterASCII(text[j-1]) {
		j--
	}
	if j == i || !isUpperASCII(text[j]) || j > 0 && isLetterASCII(text[j-1]) {
		return false
	}
	if i+2 >= len(text) || text[i+1] != ' ' || !isUpperASCII(text[i+2]) {
		return false
	}
	return token.TitleAbbrev(text[j:i])
}

// clockBefore reports whether the dot at i closes "a.m" or "p.m" and the
// sentence goes on after it in lower case, a digit or a comma.
func clockBefore(text string, i int) bool {
	if i < 3 || text[i-2] != '.' || text[i-1] != 'm' || text[i-3] != 'a' && text[i-3] != 'p' {
		return false
	}
	if i+1 < len(text) && text[i+1] == ',' {
		return true
	}
	return i+2 < len(text) && text[i+1] == ' ' && (text[i+2] >= 'a' && text[i+2] <= 'z' || text[i+2] >= '0' && text[i+2] <= '9')
}

// numberSignBefore reports whether the dot at i closes "No" and a number
// follows: "the No. 3 dry dock".
func numberSignBefore(text string, i int) bool {
	return i >= 2 && (text[i-2:i] == "No" || text[i-2:i] == "no") && (i == 2 || !isLetterASCII(text[i-3])) &&
		i+2 < len(text) && text[i+1] == ' ' && text[i+2] >= '0' && text[i+2] <= '9'
}

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// indexStop returns the offset of the first byte of s at which a sentence may
// end ('.', '!', '?' or a line break), or -1. Each is looked for with
// IndexByte, before the first found so far only: sentences are long and
// their marks few, so a few searches cost less than a look at every byte.
func indexStop(s string) int {
	n := len(s)
	for _, c := range [...]byte{'.', '\n', '!', '?', '\r'} {
		if k := strings.IndexByte(s[:n], c); k >= 0 {
			n = k
		}
	}
	if n == len(s) {
		return -1
	}
	return n
}

// part is a byte range of text.
type part struct{ a, b int }

// splitTop splits text[a:b] at sep outside parentheses and brackets.
func splitTop(text string, a, b int, sep byte) []part {
	// One slice of as many parts as there are separators at any depth.
	out := make([]part, 0, strings.Count(text[a:b], string(sep))+1)
	depth, from := 0, a
	for i := a; i < b; i++ {
		switch text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case sep:
			if sep == ',' && i > a && i+1 < b && isDigit(text[i-1]) && isDigit(text[i+1]) {
				continue // "112,000": a thousands separator
			}
			if depth == 0 {
				out = append(out, part{from, i})
				from = i + 1
			}
		}
	}
	return append(out, part{from, b})
}

// withFigure reports a short "with" phrase holding a figure ("with 231",
// "with 148 cases"): what an item has, not another item.
func withFigure(s string) bool {
	rest, ok := strings.CutPrefix(s, "with ")
	if !ok || rest == "" || len(strings.Fields(rest)) > 3 {
		return false
	}
	return rest[0] >= '0' && rest[0] <= '9'
}

// ageAfterName reports a part that is only a person's age, set off after
// a name: "Yaakob Hashim, 67,".
func ageAfterName(text string, prev, p part) bool {
	t := text[p.a:p.b]
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return endsInName(text, prev)
}

// splitList splits an inline list "A, B, and C" / "A, B and C" / "A; B; and C"
// in text[a:b] into items and returns where the list ends. With commas the list
// ends at its final conjunct ("and C"), so "A, B and C, the minister said" keeps
// three items.
func splitList(text string, a, b int) ([]part, int) {
	sep := byte(',')
	if strings.IndexByte(text[a:b], ';') >= 0 {
		sep = ';'
	}
	parts := mergeAdjectiveCommas(text, splitTop(text, a, b, sep))
	if n := len(parts); n >= 3 && sep == ',' {
		if last, prev := trimPart(text, parts[n-1]), parts[n-2]; strings.HasPrefix(text[last.a:last.b], "with ") && strings.Contains(text[prev.a:prev.b], " and ") {
			// "four plants: A (210 MW), B (150 MW), C and D, with a combined
			// capacity of 510 MW": the list closed at its "and"; the with-phrase
			// is about all of it.
			parts = parts[:n-1]
		}
	}
	// The items overwrite the parts they come from: out is never longer than
	// the parts read so far, but where it returns at once.
	out := parts[:0]
	for i, p := range parts {
		p = trimPart(text, p)
		lead := leadingConj(text[p.a:p.b])
		if lead > 0 {
			p = trimPart(text, part{p.a + lead, p.b})
		}
		if sep == ';' {
			out = append(out, p)
			continue
		}
		if i > 0 && lead == 0 && len(out) > 0 && i+1 < len(parts) && nestedNames(text, out[len(out)-1], p) && oxfordLater(text, parts[i+1:]) {
			// "a helicopter service linking Indore, Ujjain and Omkareshwar,
			// homestays …, and a calendar …": the names close the item before;
			// the list's own "and" comes after its last comma.
			out[len(out)-1].b = p.b
			continue
		}
		if i > 0 && lead == 0 && len(out) > 0 && ((relativeAside(text[p.a:p.b]) || participleAside(text[p.a:p.b])) && (endsInName(text, out[len(out)-1]) || i+1 < len(parts)) ||
			endsInName(text, out[len(out)-1]) && roleAside(text[p.a:p.b])) {
			continue // "Khae Rai, where passengers can transfer …, Kasetsart University": about the item before
		}
		if i > 0 && lead == 0 && len(out) > 0 && (pastVerbOpens(text[p.a:p.b]) || i+1 == len(parts) && relativeOpens(text[p.a:p.b])) {
			// "The group's four plants, at A, B, C and D, ran close to full
			// capacity": the clause's verb ends the list, whose last "and"
			// joins its last item; so does a closing relative clause ("…
			// infrastructure and finance, which will meet in Hanoi and Tripoli").
			last := out[len(out)-1]
			if k := strings.LastIndex(text[last.a:last.b], " and "); k > 0 {
				out[len(out)-1] = trimPart(text, part{last.a, last.a + k})
				out = append(out, trimPart(text, part{last.a + k + 5, last.b}))
			}
			return out, out[len(out)-1].b
		}
		if i > 0 && lead == 0 && len(out) > 0 && i+1 < len(parts) && lastWordCapital(text, out[len(out)-1]) &&
			(strings.HasPrefix(text[p.a:p.b], "with ") || strings.HasPrefix(text[p.a:p.b], "for ")) {
			// "Petrel, with rudder damage, and Fiadh": how the item before
			// fared; "Tomasz Wolny, for an illegal block, and Callum Reid": why.
			continue
		}
		if i > 0 && lead == 0 && len(out) > 0 && withFigure(text[p.a:p.b]) {
			continue // "Port Loko, with 231, Kambia, with 148, …": the item's own figure
		}
		if i > 0 && lead == 0 && len(out) > 0 && ageAfterName(text, out[len(out)-1], p) {
			// "Yaakob Hashim, 67, and Nur Aisyah Kamal, 34": the person's age. An
			// age closing the list leaves the last "and" inside the part before it.
			if last := out[len(out)-1]; i+1 == len(parts) {
				if k := lastJoin(text[last.a:last.b]); k > 0 {
					out[len(out)-1] = trimPart(text, part{last.a, last.a + k})
					out = append(out, trimPart(text, part{last.a + k + 5, last.b}))
				}
			}
			continue
		}
		if i > 0 && lead == 0 && len(out) > 0 && lastWordCapital(text, out[len(out)-1]) && seedAside(text[p.a:p.b]) {
			continue // "Lukas Brenner, the seventh seed, and …": where the player before is seeded
		}
		if i > 0 && lead == 0 && len(out) > 0 && lastWordCapital(text, out[len(out)-1]) && definiteRole(text[p.a:p.b]) && !strings.HasPrefix(text[p.a:p.b], "the ") && i+1 < len(parts) {
			continue // "Skyloom, its most-downloaded game, and Frostline Tactics": what the item before is
		}
		if i > 0 && len(out) > 0 && lastWordCapital(text, out[len(out)-1]) && !placedName(text, out[len(out)-1]) && indefiniteRole(text[p.a:p.b]) &&
			!strings.HasPrefix(text[out[len(out)-1].a:out[len(out)-1].b], "a ") && !strings.HasPrefix(text[out[len(out)-1].a:out[len(out)-1].b], "an ") {
			// ("a financing framework with Namhae Export Finance, a hull-block
			// subcontract, …": an item of its own after an item, not a role)
			// "Cristian Oprea, a civil engineer, and Ioana Bălan": the person's
			// role (not after "GPS trackers on all boats": an item that only
			// opens with a capital)
			continue
		}
		if i > 0 && lead == 0 && len(out) > 0 && definiteRole(text[out[len(out)-1].a:out[len(out)-1].b]) && nameOnly(text[p.a:p.b]) {
			out[len(out)-1] = p // "the assistant station master, Mumtaz Ali Shaikh, and …": the role's person
			continue
		}
		if lead > 0 && i > 0 {
			if i+1 < len(parts) && definiteRole(text[p.a:p.b]) {
				if n := trimPart(text, parts[i+1]); nameOnly(text[n.a:n.b]) {
					return append(out, n), n.b // "…, and the pointsman, Allah Dino Chandio": the role's person
				}
			}
			out = append(out, p)
			return out, p.b
		}
		if i > 0 && i+1 < len(parts) && nameAnd(text[p.a:p.b]) && strings.Contains(text[parts[i+1].a:parts[i+1].b], " and ") {
			// "the Lagos State Fire and Rescue Service, the National … Agency
			// and a unit of …": the "and" is the name's; the list goes on.
			out = append(out, p)
			continue
		}
		if i+1 < len(parts) && lead == 0 {
			if k := sameHeadJoin(text[p.a:p.b]); k > 0 {
				// "the Railway Hospital and King George Hospital in
				// Visakhapatnam, Sri Venkata Sai Hospital …": two names of one
				// kind joined inside a part, sharing its place.
				// Two items from one part: out moves to its own array, as it
				// would otherwise overwrite the parts not read yet.
				out = append(append(make([]part, 0, len(parts)+4), out...), trimPart(text, part{p.a, p.a + k}), trimPart(text, part{p.a + k + 5, p.b}))
				continue
			}
		}
		if i+1 < len(parts) && ofThem(text, parts[i+1]) {
			// "19 were killed and 22 were injured, several of them seriously":
			// the list ends here, and the rest is about its last item.
			if k := lastJoin(text[p.a:p.b]); k >= 0 {
				out = append(out, trimPart(text, part{p.a, p.a + k}), trimPart(text, part{p.a + k + 5, p.b}))
				return out, p.b
			}
			out = append(out, p)
			return out, p.b
		}
		if i > 0 && !(i+1 < len(parts) && (itemLike(text, trimPart(text, parts[i+1])) || lastWithJoin(text, parts[i+1:]) || longItemsGoOn(text, parts[i+1:]) || joinedLater(text, trimPart(text, parts[0]), parts[i+1:]) ||
			verbItemsGoOn(text, p, parts[i+1])) && !describes(text, p, parts[i+1:])) {
			// "A, B and C" ends the list at C; "the North Central and Central
			// Coast, the Central Highlands, …" goes on: the "and" is inside an item.
			// The last "and" joins the last item: "community and social
			// services 51,000 and agriculture 38,000".
			if k := listJoin(text[p.a:p.b], roleJoin(text, out, p)); k >= 0 {
				out = append(out, trimPart(text, part{p.a, p.a + k}), trimPart(text, part{p.a + k + 5, p.b}))
				return out, p.b
			}
		}
		out = append(out, p)
	}
	if len(out) == 1 && sep == ',' {
		// "A and B" without commas.
		p := out[0]
		if k := strings.Index(text[p.a:p.b], " and "); k >= 0 {
			out = []part{trimPart(text, part{p.a, p.a + k}), trimPart(text, part{p.a + k + 5, p.b})}
		}
	}
	if len(out) == 0 {
		return nil, a
	}
	return out, out[len(out)-1].b
}

// seedAside reports a part that only gives a seeding: "the seventh seed",
// "the top seed", "seeded third".
func seedAside(s string) bool {
	ws := strings.Fields(strings.TrimPrefix(s, "the "))
	return len(ws) >= 1 && len(ws) <= 3 && (ws[len(ws)-1] == "seed" || ws[0] == "seeded")
}

// mergeAdjectiveCommas joins a part that is only an article and one word to
// the part after it: "a separate, ventilated area" is one item whose
// adjectives a comma parts.
func mergeAdjectiveCommas(text string, ps []part) []part {
	out := ps[:0]
	for i := 0; i < len(ps); i++ {
		p := trimPart(text, ps[i])
		if i+1 < len(ps) {
			ws := strings.Fields(text[p.a:p.b])
			next := trimPart(text, ps[i+1])
			if len(ws) == 2 && (ws[0] == "a" || ws[0] == "an") && adjectiveLike(ws[1]) && next.a < next.b && text[next.a] >= 'a' && text[next.a] <= 'z' &&
				leadingConj(text[next.a:next.b]) == 0 {
				out = append(out, part{ps[i].a, ps[i+1].b})
				i++
				continue
			}
		}
		out = append(out, ps[i])
	}
	return out
}

// adjectiveLike reports a word with an adjective's ending: "separate",
// "new" is none of them, nor is "allowance".
func adjectiveLike(w string) bool {
	for _, suf := range []string{"ate", "ive", "al", "ous", "ful", "less", "ic", "ed", "ent", "ant", "able", "ible", "ish", "ary"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nameAnd reports a part that is an organisation's name with an "and" of
// its own: "the Lagos State Fire and Rescue Service", "the Ministry of Trade
// and Industry Board". It opens with "the" and a capital, and the words
// after its last "and" are capitalised and end with an organisation's word.
func nameAnd(s string) bool {
	k := strings.LastIndex(s, " and ")
	if k <= 0 || !strings.HasPrefix(s, "the ") || len(s) < 5 || !isUpperASCII(s[4]) {
		return false
	}
	after := strings.Fields(s[k+5:])
	if len(after) < 2 {
		return false
	}
	for _, w := range after {
		if !isUpperASCII(w[0]) {
			return false
		}
	}
	switch after[len(after)-1] {
	case "Service", "Services", "Agency", "Authority", "Ministry", "Department", "Commission", "Council", "Bureau",
		"Office", "Corporation", "Company", "Bank", "Association", "Union", "Institute", "University", "Committee",
		"Board", "Force", "Forces", "Directorate", "Administration", "Centre", "Center", "Federation":
		return true
	}
	return false
}

// endsInName reports whether an item opens or ends with a capital: a name
// ("Khae Rai", "engineer Robert Kizito") that a relative clause may follow.
func endsInName(text string, p part) bool {
	if p.a >= p.b {
		return false
	}
	if isUpperASCII(text[p.a]) {
		return true
	}
	k := strings.LastIndexByte(text[p.a:p.b], ' ')
	return k >= 0 && isUpperASCII(text[p.a+k+1]) && !strings.ContainsAny(text[p.a+k+1:p.b], "0123456789")
}

// lastWordCapital reports whether an item ends with a capitalised word: a
// person's name ("Cristian Oprea", "engineer Robert Kizito").
func lastWordCapital(text string, p part) bool {
	if p.a >= p.b {
		return false
	}
	k := strings.LastIndexByte(text[p.a:p.b], ' ')
	return isUpperASCII(text[p.a+k+1]) && !strings.ContainsAny(text[p.a+k+1:p.b], "0123456789")
}

// roleJoin returns where the " and " joining the last item stands in part p
// when the items share a capitalised role word that p holds twice ("…,
// Industry and Trade Minister Ngo Quang Vinh and Agriculture and Environment
// Minister Luong Van Son"): right before the second role word when an "and"
// stands there ("… Binh and Minister of Construction …"), else the first
// "and" after the first one. Otherwise it is lastJoin's.
func roleJoin(text string, items []part, p part) int {
	s := text[p.a:p.b]
	for _, w := range strings.Fields(s) {
		if !isUpperASCII(w[0]) || len(w) < 4 || strings.Count(" "+s+" ", " "+w+" ") != 2 || !inEvery(text, items, w) {
			continue
		}
		r1 := strings.Index(s, w)
		r2 := r1 + len(w) + strings.Index(s[r1+len(w):], w)
		if strings.HasSuffix(s[:r2], " and ") {
			return r2 - 5
		}
		if k := strings.Index(s[r1:r2], " and "); k >= 0 {
			return r1 + k
		}
	}
	return lastJoin(s)
}

// inEvery reports whether word w stands in every item.
func inEvery(text string, items []part, w string) bool {
	for _, it := range items {
		if !strings.Contains(" "+text[it.a:it.b]+" ", " "+w+" ") {
			return false
		}
	}
	return len(items) > 0
}

// joinedLater reports whether a later part opens with the list's "and" (",
// and training and keeping skilled workers"), its first word capitalised as
// the list's first item is: the list goes on to it, so the parts before it
// are items however long they are.
func joinedLater(text string, first part, rest []part) bool {
	for _, r := range rest {
		r = trimPart(text, r)
		if k := leadingConj(text[r.a:r.b]); k > 0 {
			// ", and promised to cut the waiting list": a clause of its own;
			// "Penang-Chengdu and Kota Kinabalu-Taipei, and plans another
			// five": a lower-case verb after names.
			w := strings.Fields(text[r.a+k : r.b])
			return len(w) > 0 && first.a < first.b && isUpperASCII(w[0][0]) == isUpperASCII(text[first.a]) &&
				itemLike(text, part{r.a + k, r.a + k + len(w[0])})
		}
	}
	return false
}

// verbItemsGoOn reports a list of past-tense verb phrases that goes on past
// an "and" inside one of them: "exempted small-scale and artisanal miners, and
// delayed the start": p and the next part, after its "and", each open with a
// lower-case verb in -ed.
func verbItemsGoOn(text string, p, next part) bool {
	next = trimPart(text, next)
	k := leadingConj(text[next.a:next.b])
	if k == 0 {
		return false
	}
	pastVerb := func(s string) bool {
		w, _, _ := strings.Cut(s, " ")
		return len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z'
	}
	return pastVerb(text[p.a:p.b]) && pastVerb(text[next.a+k:next.b])
}

// lastWithJoin reports whether rest is the list's last part and holds its
// joining "and" ("…, Minister of Agriculture and Environment Nguyen Van Binh
// and Minister of Construction Dao Huu Nghia"): the list goes on to it, so
// an "and" before it is inside an item ("Minister of Industry and Trade").
func lastWithJoin(text string, rest []part) bool {
	if len(rest) != 1 {
		return false
	}
	r := trimPart(text, rest[0])
	s := text[r.a:r.b]
	k := lastJoin(s)
	return k > 0 && !strings.HasPrefix(s, "and ") && wordsUpTo(s, 17) <= 16 && itemLike(text, part{r.a + k + 5, r.b})
}

// longItemsGoOn reports parts after an "and" that read as further items of
// up to twelve words each, the last holding the list's joining "and" ("a
// research and training centre in Hanoi, the Ban Luong rare earth
// separation plant in Lao Cai, mineral sands processing at Ky Anh and an
// expansion of the Nam Pia mine"): the "and" before them is inside an item.
func longItemsGoOn(text string, rest []part) bool {
	if len(rest) < 2 {
		return false
	}
	for _, r := range rest[:len(rest)-1] {
		r = trimPart(text, r)
		if leadingConj(text[r.a:r.b]) > 0 || !itemLikeN(text, r, 12) {
			return false
		}
	}
	r := trimPart(text, rest[len(rest)-1])
	s := text[r.a:r.b]
	k := lastJoin(s)
	return k > 0 && !strings.HasPrefix(s, "and ") && wordsUpTo(s, 25) <= 24 && itemLikeN(text, part{r.a + k + 5, r.b}, 12)
}

// lastJoin returns where the " and " that joins the last item stands in s:
// the last one not between two capitalised words when there is one, since an
// "and" between capitals may be a name's own ("the fair play award to
// UTE-Phoenix of the University of Technology and Education"); else the last.
func lastJoin(s string) int {
	last := strings.LastIndex(s, " and ")
	for k := last; k >= 0; k = strings.LastIndex(s[:k], " and ") {
		if !namesAround(s, k) {
			if k != last && namesAround(s, last) {
				return k
			}
			break
		}
	}
	return last
}

// pastVerbOpens reports a part that opens with a common past verb: "ran
// close to full capacity", "remained open" (not "were joined by France",
// which adds one).
func pastVerbOpens(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "ran", "remained", "reported", "produced", "accounted", "recorded", "posted", "made":
		return true
	}
	return false
}

// ofThem reports a part that opens "<some> of them" ("several of them
// seriously"): about the item before it, not an item.
func ofThem(text string, p part) bool {
	p = trimPart(text, p)
	_, rest, ok := strings.Cut(text[p.a:min(p.b, p.a+40)], " ")
	return ok && strings.HasPrefix(rest, "of them") && (len(rest) == len("of them") || rest[len("of them")] == ' ' || rest[len("of them")] == ',')
}

// describes reports whether the last part, rest, is an apposition about the
// name that ends p ("lawyer Joyce Namatovu and Peter Mugisha, a former harbour
// master"): it opens with "a" or "an", and p holds the list's "and".
func describes(text string, p part, rest []part) bool {
	if len(rest) != 1 || !strings.Contains(text[p.a:p.b], " and ") || !endsInName(text, p) {
		return false
	}
	r := trimPart(text, rest[0])
	s := text[r.a:r.b]
	return strings.HasPrefix(s, "a ") || strings.HasPrefix(s, "an ")
}

// roleAside reports a part that gives the item before it a role: "Marco
// Benedetti of Italy, the president of the jury, Yuki Tanabe of Japan".
func roleAside(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 || len(ws) > 7 || ws[0] != "the" || !strings.Contains(s, " of ") {
		return false
	}
	switch ws[1] {
	case "president", "chair", "chairman", "chairwoman", "head", "director", "secretary", "leader", "captain", "deputy", "vice":
		return true
	}
	return false
}

// placedName reports a part whose closing capitalised words follow a
// preposition of place: "a logistics zone at Lao Bao" ends in a place, not in
// a person a role could be apposed to.
func placedName(text string, p part) bool {
	ws := strings.Fields(text[p.a:p.b])
	for k := len(ws) - 1; k > 0; k-- {
		if isUpperASCII(ws[k][0]) {
			continue
		}
		switch ws[k] {
		case "at", "in", "on", "near", "from", "to", "across", "along":
			return k < len(ws)-1
		}
		return false
	}
	return false
}

// indefiniteRole reports a short part that gives a role with "a" or "an":
// "a civil engineer", "a former school inspector".
func indefiniteRole(s string) bool {
	if !strings.HasPrefix(s, "a ") && !strings.HasPrefix(s, "an ") || wordsUpTo(s, 7) > 6 {
		return false
	}
	for _, w := range strings.Fields(s) {
		if isUpperASCII(w[0]) && !hyphenedAdjective(w) {
			return false
		}
	}
	return true
}

// hyphenedAdjective reports a capitalised compound whose last half is lower
// case: "Kathmandu-based", "Kenyan-born", "UK-registered" describe, not name.
func hyphenedAdjective(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) {
		return false
	}
	for i := k + 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return w[i] == ',' && i == len(w)-1
		}
	}
	return true
}

// definiteRole reports a short part that names a role with "the" and no
// capital: "the assistant station master", "the pointsman".
func definiteRole(s string) bool {
	if !strings.HasPrefix(s, "the ") && !strings.HasPrefix(s, "its ") && !strings.HasPrefix(s, "his ") &&
		!strings.HasPrefix(s, "her ") && !strings.HasPrefix(s, "their ") || wordsUpTo(s, 6) > 5 {
		return false // "the pointsman", "its general manager"
	}
	for _, w := range strings.Fields(s) {
		if isUpperASCII(w[0]) || isDigit(w[0]) {
			return false
		}
	}
	return true
}

// nameOnly reports a part of two to four capitalised words: a person's name.
func nameOnly(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isUpperASCII(w[0]) {
			return false
		}
	}
	return true
}

// relativeAside reports a part that opens with a relative word ("where
// passengers can transfer", "which connects with the Green Line"): a clause
// about the item before it, not an item.
func relativeAside(s string) bool {
	if wordsUpTo(s, 13) > 12 {
		return false // a long clause: prose, not an aside in a list
	}
	w := s
	if i := strings.IndexByte(s, ' '); i > 0 {
		w = s[:i]
	}
	switch w {
	case "which", "where", "who", "whose", "whom":
		return true
	}
	return false
}

// relativeOpens reports a part that opens with a relative pronoun ("which
// will meet alternately in Hanoi and Tripoli"): closing a list, it is about
// the list, whose last "and" is in the part before it.
func relativeOpens(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return w == "which" || w == "who"
}

// participleAside reports a short part that opens with a participle and its
// preposition ("led by Miroslava Tomková", "based in Lyon", "known as the
// Greens"): a reduced relative clause about the item before it.
func participleAside(s string) bool {
	if wordsUpTo(s, 9) > 8 {
		return false
	}
	first, rest, ok := strings.Cut(s, " ") // no slice: it runs on every list part
	if !ok {
		return false
	}
	second, _, ok := strings.Cut(rest, " ")
	if !ok {
		return false
	}
	switch second {
	case "by", "in", "as":
	default:
		return false
	}
	switch first {
	case "led", "run", "headed", "chaired", "owned", "founded", "based", "backed", "coached", "managed",
		"operated", "built", "known", "formed", "created", "named", "sponsored", "funded":
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// itemLike reports whether a part after a comma reads as one more list item
// rather than the rest of the sentence: a few words, with no reporting or
// linking verb ("the Central Highlands", "the Southeast and the Mekong Delta",
// not "the minister said" or "which is …").
func itemLike(text string, p part) bool { return itemLikeN(text, p, 8) }

// itemLikeN is itemLike for parts of up to n words.
func itemLikeN(text string, p part, n int) bool {
	s := text[p.a:p.b]
	if p.a >= p.b || wordsUpTo(s, n+1) > n {
		return false
	}
	if textnorm.IsASCII(s) {
		return itemLikeASCII(s)
	}
	for _, w := range strings.Fields(s) {
		if len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
			return false // a past verb: "the two sides signed"
		}
		switch strings.Trim(strings.ToLower(w), ".\"'”“") {
		case "said", "says", "say", "told", "is", "are", "was", "were", "will", "has", "have", "had",
			"which", "who", "that", "according", "while", "but", "added", "can", "could", "would", "should":
			return false
		}
	}
	return true
}

// itemLikeASCII is the loop of itemLike over ASCII text, without building
// the fields or their lower-case copies: the fields are the runs of bytes
// other than white space, and trimming the quotes and dots before folding
// the capitals, rather than after, trims the same bytes.
func itemLikeASCII(s string) bool {
	for i := 0; i < len(s); {
		if asciiSpace[s[i]] {
			i++
			continue
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		w := s[i:j]
		i = j
		if len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
			return false // a past verb: "the two sides signed"
		}
		w = strings.Trim(w, ".\"'")
		var buf [9]byte // "according", the longest word looked for
		if len(w) > len(buf) {
			continue
		}
		switch string(appendFolded(buf[:0], w)) {
		case "said", "says", "say", "told", "is", "are", "was", "were", "will", "has", "have", "had",
			"which", "who", "that", "according", "while", "but", "added", "can", "could", "would", "should":
			return false
		}
	}
	return true
}

// nestedNames reports a part that is only names joined by "and" ("Ujjain and
// Omkareshwar") after an item told in common words that ends in a name ("a
// helicopter service linking Indore"): the names are a list inside that item.
func nestedNames(text string, prev, p part) bool {
	if prev.a >= prev.b || isUpperASCII(text[prev.a]) || !endsInName(text, prev) {
		return false
	}
	l, r, ok := strings.Cut(text[p.a:p.b], " and ")
	for _, t := range []string{" until ", " till ", " by ", " from ", " on ", " through "} {
		if k := strings.Index(r, t); k > 0 {
			r = r[:k] // "Shijak and Kruje until Wednesday": the names, then when
		}
	}
	return ok && capitalsOnly(l) && capitalsOnly(r)
}

// capitalsOnly reports one to three words, each capitalised.
func capitalsOnly(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !isUpperASCII(w[0]) {
			return false
		}
	}
	return true
}

// oxfordLater reports a later part opening with its conjunction ("…, and a
// calendar of festivals"): the list joins its last item after a comma.
func oxfordLater(text string, rest []part) bool {
	for _, q := range rest {
		q = trimPart(text, q)
		if leadingConj(text[q.a:q.b]) > 0 {
			return true
		}
	}
	return false
}

// leadingConj returns the length of a leading "and " / "or " in s.
func leadingConj(s string) int {
	for _, c := range []string{"and ", "or ", "as well as "} {
		if len(s) > len(c) && strings.EqualFold(s[:len(c)], c) {
			return len(c)
		}
	}
	return 0
}

// trimPart trims spaces, quotes and trailing punctuation ("./.", "…") from both ends.
func trimPart(text string, p part) part {
	for p.a < p.b {
		if c := text[p.a]; c < utf8.RuneSelf {
			// Most ends are ASCII: no rune to decode.
			if !asciiSpace[c] && c != '"' && c != '\'' {
				break
			}
			p.a++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[p.a:p.b])
		if !unicode.IsSpace(r) && !isQuote(r) {
			break
		}
		p.a += n
	}
	for p.b > p.a {
		if c := text[p.b-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] && c != '"' && c != '\'' && !trailMark[c] {
				break
			}
			p.b--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[p.a:p.b])
		if !unicode.IsSpace(r) && !isQuote(r) && !strings.ContainsRune(".,;:/…!?", r) {
			break
		}
		p.b -= n
	}
	return p
}

// trailMark marks the ASCII bytes of the trailing punctuation trimPart drops.
var trailMark = [utf8.RuneSelf]bool{'.': true, ',': true, ';': true, ':': true, '/': true, '!': true, '?': true}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»':
		return true
	}
	return false
}

// words counts the space-separated words of s, as len(strings.Fields(s))
// would, without building them.
func words(s string) int { return wordsUpTo(s, len(s)+1) }

// wordsUpTo is min(words(s), limit): it stops reading s at the word that
// reaches limit, where its callers, which compare the count with a bound,
// need read no further.
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var sp bool
		if c := s[i]; c < utf8.RuneSelf {
			sp = asciiSpace[c] // most bytes: no rune to decode
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			if n++; n == limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

// items turns parts into Items labelled by their text.
func items(text string, ps []part) []Item {
	out := make([]Item, 0, len(ps))
	for _, p := range ps {
		if p.b > p.a {
			out = append(out, Item{Start: p.a, End: p.b, Label: text[p.a:p.b]})
		}
	}
	return out
}

// sameHeadJoin returns where " and " joins two capitalised names that end
// with the same word in part s ("the Railway Hospital and King George
// Hospital in Visakhapatnam"), or 0.
func sameHeadJoin(s string) int {
	k := strings.Index(s, " and ")
	if k <= 0 || strings.Contains(s[k+5:], " and ") {
		return 0
	}
	left, right := s[:k], s[k+5:]
	if partiesJoin(s, k) {
		return 0 // "a memorandum between Semmelweis University and Hanoi Medical University": one item, two parties
	}
	if i := strings.Index(right, " in "); i > 0 {
		right = right[:i] // the place both share
	}
	lw, rw := lastField(left), lastField(right)
	if lw == "" || lw != rw || !isUpperASCII(lw[0]) {
		return 0
	}
	return k
}

// lastField returns the last space-separated word of s.
func lastField(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// firmAbbrevBefore reports whether the dot at i closes the shortened end of
// a firm's name: "Co.", "Corp.", "Inc.", "Ltd.", "Bros.".
func firmAbbrevBefore(text string, i int) bool {
	for _, a := range []string{" Co", " Corp", " Inc", " Ltd", " Bros", " Plc"} {
		if strings.HasSuffix(text[:i], a) {
			return true
		}
	}
	return false
}

// dottedAbbrevBefore reports an abbreviation of dotted capitals before the
// dot at i ("the U.S. state of Nevada", "U.K."): before a lower-case word the
// sentence goes on.
func dottedAbbrevBefore(text string, i int) bool {
	return i >= 3 && text[i-2] == '.' && text[i-1] >= 'A' && text[i-1] <= 'Z' && text[i-3] >= 'A' && text[i-3] <= 'Z'
}

// lowerAfter reports a lower-case letter or a list mark (";", ",") after the
// dot at i and its space: the sentence goes on.
func lowerAfter(text string, i int) bool {
	j := i + 1
	if j < len(text) && (text[j] == ';' || text[j] == ',') {
		return true
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return j < len(text) && text[j] >= 'a' && text[j] <= 'z'
}

// partiesJoin reports whether the " and " at k of s joins the two parties
// of a "between" before it ("a memorandum between Semmelweis University and
// Hanoi Medical University"), not two items; an indefinite article after
// the "and" opens an item of its own ("cooperation between their customs
// agencies and an agreement on e-commerce").
func partiesJoin(s string, k int) bool {
	if k < 0 || !(strings.Contains(s[:k], " between ") || strings.HasPrefix(s, "between ")) {
		return false
	}
	rest := s[k+5:]
	return !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ")
}

// listJoin returns the " and " of a list's last part that joins its last
// item, given the one found (k): past the parties of a "between" to an
// earlier "and" ("a youth exchange programme and closer links between the
// Sejm and the National Assembly"), -1 when the only one joins parties.
func listJoin(s string, k int) int {
	if !partiesJoin(s, k) {
		return k
	}
	b := strings.LastIndex(s[:k], "between ")
	if j := strings.LastIndex(s[:b], " and "); j >= 0 {
		return j
	}
	return -1
}
