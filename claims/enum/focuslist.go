package enum

import "strings"

// focusCues are the phrases after which a speaker's priorities follow as a
// bare list: "would prioritise projects in semiconductors, electronic
// components, renewable energy and high-tech logistics". Each ends where the
// first item may start; a following "projects in" or "such as" is skipped.
var focusCues = []string{
	"focus on ", "focuses on ", "focused on ", "focusing on ",
	"concentrate on ", "concentrates on ", "concentrated on ", "concentrating on ",
	"prioritise ", "prioritises ", "prioritised ", "prioritising ",
	"prioritize ", "prioritizes ", "prioritized ", "prioritizing ",
	"priority to ", "money into ",
}

// focusLeads may stand between a cue and the first item: "prioritise
// projects in …", "focus on sectors such as …".
var focusLeads = []string{"projects in ", "investment in ", "investments in ", "cooperation in ",
	"sectors such as ", "areas such as ", "fields such as ", "such as "}

// FocusLists returns the lists of priorities a focus phrase opens with no
// count: "He called on Japanese prefectures to concentrate on semiconductors,
// digital transformation, green energy and healthcare" lists the same
// priorities another source counts as "four priority sectors: …". So does a
// kind noun read as a list through "as" or a copula ("listed Vietnam's
// priorities for the partnership as semiconductors, …", "The five sectors
// named in the memorandum are …"), and a list a verb names as a kind after
// it ("would target South Korea, Canada and Mexico as new growth markets").
// Three items at least, each of one to four words with no digit, the last
// after "and". base is the offset of sentence in its document.
func FocusLists(sentence string, base int) []Announcement {
	if !mayFocus(sentence) {
		return nil // most sentences: no copy, no search
	}
	low := asciiLower(sentence) // byte for byte: offsets in low are offsets in sentence
	var out []Announcement
	add := func(cue, from int, noun string) {
		if a, ok := listAfter(sentence, from); ok {
			a.Start, a.End, a.Noun = base+cue, base+a.Items[len(a.Items)-1].End, noun
			for k := range a.Items {
				a.Items[k].Start += base
				a.Items[k].End += base
			}
			out = append(out, a)
		}
	}
	for _, c := range focusCues {
		for from := 0; ; {
			i := strings.Index(low[from:], c)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(c)
			if at > 0 && (isLetterASCII(low[at-1]) || low[at-1] == '-') {
				continue // "reprioritise", "co-focus" are other words
			}
			start := from
			for _, l := range focusLeads {
				if strings.HasPrefix(low[start:], l) {
					start += len(l)
					break
				}
			}
			add(at, start, "priorities")
		}
	}
	for _, link := range []string{" as ", " are ", " were "} {
		// "listed Vietnam's priorities for the partnership as A, B, C and D",
		// "The five sectors named in the memorandum are A, B, C, D and E".
		for from := 0; ; {
			i := strings.Index(low[from:], link)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(link)
			if noun := kindBefore(low[:at]); noun != "" {
				add(at+1, from, noun)
			}
		}
	}
	for _, v := range []string{"target ", "targets ", "targeted ", "named ", "listed ", "identified ", "cited ", "picked ", "chose "} {
		// "would target South Korea, Canada and Mexico as new growth markets":
		// the kind follows the list.
		for from := 0; ; {
			i := strings.Index(low[from:], v)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(v)
			if at > 0 && low[at-1] != ' ' {
				continue
			}
			as := strings.Index(low[from:], " as ")
			if as < 0 {
				continue
			}
			as += from
			a, ok := listAfter(sentence[:as], from)
			if !ok {
				continue
			}
			last := a.Items[len(a.Items)-1].End
			if noun := kindAfterAs(low[last:]); last == as && noun != "" {
				a.Start, a.End, a.Noun = base+at, base+last, noun
				for k := range a.Items {
					a.Items[k].Start += base
					a.Items[k].End += base
				}
				out = append(out, a)
			}
		}
	}
	return out
}

// mayFocus reports whether s holds a word of a focus cue ("focus",
// "Concentrate", "prioritise", "priority", "money") or a kind noun: one pass
// over its words, since every sentence with an "and" is asked.
func mayFocus(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && !isLetterASCII(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isLetterASCII(s[j]) {
			j++
		}
		if w := s[i:j]; len(w) >= 5 {
			rest := w[1:] // the first letter may be a capital
			if w[len(w)-1] == 's' && kindNounSet[w] || strings.HasPrefix(rest, "ocus") || strings.HasPrefix(rest, "oncentrat") ||
				strings.HasPrefix(rest, "riorit") || rest == "oney" {
				return true
			}
		}
		i = j
	}
	return false
}

// kindNounSet holds kindNouns for mayFocus.
var kindNounSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range kindNouns {
		m[w] = true
	}
	return m
}()

// kindAfterAs returns the kind noun that "as" and at most three more words
// put after a list: " as new growth markets", " as the priorities".
func kindAfterAs(rest string) string {
	r, ok := strings.CutPrefix(rest, " as ")
	if !ok {
		return ""
	}
	for k, w := range strings.Fields(r) {
		if k == 4 {
			break
		}
		w = strings.TrimRight(w, ",.;:")
		if kindNoun(w) {
			return w
		}
	}
	return ""
}

// kindBefore returns the kind noun among the last six words of s, the words
// before an "as" that reads a list: "listed Vietnam's priorities for the
// partnership as …". It returns "" when a comma or another clause stands
// between.
func kindBefore(s string) string {
	ws := strings.Fields(s)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		w := ws[k]
		if strings.ContainsAny(w, ",;:") {
			return ""
		}
		if kindNoun(w) {
			return w
		}
	}
	return ""
}

// listAfter reads the inline list that starts at byte from of s: items
// split at ", ", the last after "and" (with or without a comma before it)
// and cut at the first mark after it.
func listAfter(s string, from int) (Announcement, bool) {
	var buf [6]Item
	items := buf[:0] // most calls find no list: no allocation until one grows past six
	for pos := from; len(items) < 12; {
		end := strings.Index(s[pos:], ", ")
		seg := s[pos:]
		if end >= 0 {
			seg = s[pos : pos+end]
		}
		if rest, ok := strings.CutPrefix(seg, "and "); ok && len(items) >= 2 {
			return lastItem(s, items, pos+len("and "), rest, true)
		}
		and := strings.LastIndex(seg, " and ")
		if n := firstNameAnd(seg); n >= 0 && namedItems(items) && plainSeg(seg[:n]) {
			and = n // "Hanoi, Da Nang and Ho Chi Minh City with scanners and build …": the names' "and"
		}
		if and >= 0 && !(end >= 0 && oxfordItemNext(s[pos+end+len(", "):])) {
			if !plainSeg(seg[:and]) {
				return Announcement{}, false
			}
			items = append(items, Item{Start: pos, End: pos + and, Label: seg[:and]})
			if len(items) < 2 {
				return Announcement{}, false
			}
			return lastItem(s, items, pos+and+len(" and "), seg[and+len(" and "):], false)
		}
		if end < 0 || !plainSeg(seg) {
			return Announcement{}, false
		}
		items = append(items, Item{Start: pos, End: pos + end, Label: seg})
		pos += end + len(", ")
	}
	return Announcement{}, false
}

// oxfordItemNext reports whether rest, the text after a list's comma, is
// its last item after "and" ("and renewable energy"), not a clause ("and
// promised faster licensing"): then an "and" before the comma belongs to an
// item ("research and development centres, and …").
func oxfordItemNext(rest string) bool {
	r, ok := strings.CutPrefix(rest, "and ")
	if !ok {
		return false
	}
	w, after, _ := strings.Cut(r, " ")
	if next, _, _ := strings.Cut(after, " "); strings.HasSuffix(w, "s") {
		switch next {
		case "a", "an", "the", "its", "their":
			return false // "…, and sets a target of …": a verb and its object
		}
	}
	switch strings.ToLower(w) {
	case "would", "will", "said", "says", "added", "is", "was", "are", "were", "has", "have", "had", "also", "then", "urged", "called",
		"that", "which", "who", "it", "he", "she", "they", "we", "so", "but", "yet":
		return false
	}
	return !strings.HasSuffix(w, "ed")
}

// lastItem closes items with the one that starts at byte at of s (seg is
// the text from there to the next ", "), cut at the first sentence mark.
func lastItem(s string, items []Item, at int, seg string, oxford bool) (Announcement, bool) {
	if i := strings.IndexAny(seg, ".;:!?\"“”()"); i >= 0 {
		seg = seg[:i]
	}
	seg = strings.TrimRight(seg, " ")
	seg = untilAdverbial(seg)
	seg = untilSentTo(seg, items)
	if namedItems(items) {
		seg = untilNameEnd(seg, !oxford)
	}
	if !plainSeg(seg) {
		return Announcement{}, false
	}
	items = append(items, Item{Start: at, End: at + len(seg), Label: seg})
	if len(items) < 3 {
		return Announcement{}, false
	}
	return Announcement{Items: append([]Item(nil), items...), Style: StyleInline, Listed: true}, true // a copy: items may be the caller's stack buffer
}

// untilSentTo cuts a last item before a preposition that sends it to a
// named place or party, when the items before it are short: after "cheese, whey powder", the last
// item of "… and yogurt to Vietnam under the deal" is "yogurt".
func untilSentTo(seg string, items []Item) string {
	longest := 0
	for _, it := range items {
		longest = max(longest, wordsUpTo(it.Label, 3))
	}
	if longest > 2 || wordsUpTo(seg, longest+2) <= longest+1 {
		return seg // most lists: nothing to cut, and no words to split
	}
	ws := strings.Fields(seg)
	for i := 1; i+1 < len(ws); i++ {
		switch ws[i] {
		case "to", "for", "from", "into", "under", "in", "at", "across", "through":
			if !isUpperByte(ws[i+1][0]) || i > longest {
				return seg // "keeping the ball for longer": no place it is sent to; "education deals in Ottawa": longer than its fellows
			}
			if k := strings.Index(seg, " "+ws[i]+" "); k > 0 {
				return seg[:k]
			}
			return seg
		}
	}
	return seg
}

// namedItems reports items that all open with a capital, an article aside:
// a list of names ("Hanoi", "Da Nang", "the Philippines").
func namedItems(items []Item) bool {
	for _, it := range items {
		l := strings.TrimPrefix(it.Label, "the ")
		if l == "" || !isUpperByte(l[0]) {
			return false
		}
	}
	return len(items) > 0
}

// firstNameAnd returns where the first " and " before a capital stands in seg, -1
// when none does.
func firstNameAnd(seg string) int {
	for from := 0; ; {
		i := strings.Index(seg[from:], " and ")
		if i < 0 {
			return -1
		}
		i += from
		rest := strings.TrimPrefix(seg[i+len(" and "):], "the ")
		if rest != "" && isUpperByte(rest[0]) {
			return i
		}
		from = i + len(" and ")
	}
}

// untilNameEnd cuts the last item of a list of names where its name ends,
// before a preposition, or before the verb the list is the subject of when
// predicate (an item after ", and" may open a clause of its own: "…, and
// Aydinli said"): "Ho Chi Minh City with PET-CT scanners" is "Ho Chi
// Minh City"; a lower-case "of" or "and" between capitals stays ("Bay of
// Bengal").
func untilNameEnd(seg string, predicate bool) string {
	ws := strings.Split(seg, " ")
	k := 0
	if ws[0] == "the" {
		k = 1
	}
	if k >= len(ws) || ws[k] == "" || !isUpperByte(ws[k][0]) {
		return seg
	}
	for i := k + 1; i < len(ws); i++ {
		w := ws[i]
		if w != "" && isUpperByte(w[0]) {
			continue
		}
		if (w == "of" || w == "and" || w == "de" || w == "del") && i+1 < len(ws) && ws[i+1] != "" && isUpperByte(ws[i+1][0]) {
			continue
		}
		switch w {
		case "with", "for", "in", "on", "at", "to", "from", "by", "as", "under", "through", "into":
			return strings.Join(ws[:i], " ") // the name ends where a phrase about it starts
		case "would", "will", "was", "were", "is", "are", "has", "have", "had", "could", "can", "may", "might", "should":
			if predicate {
				return strings.Join(ws[:i], " ") // "Bac Ninh, …, and Quang Ninh would be models": the list is the subject
			}
		}
		if predicate && len(w) > 4 && strings.HasSuffix(w, "ed") {
			return strings.Join(ws[:i], " ") // "The podium of Ferretti, Arakawa and Benassi matched …": the names' verb
		}
		return seg // "Japanese companies from …", "the Doha-based investment firm …": no name alone
	}
	return seg
}

// untilAdverbial cuts a last item at a time or place phrase that closes
// the clause: "Switzerland over the next twelve months" is "Switzerland",
// "rambutan by spring" "rambutan".
func untilAdverbial(seg string) string {
	for i := strings.IndexByte(seg, ' '); i > 0; {
		rest := seg[i+1:]
		w, _, _ := strings.Cut(rest, " ")
		switch w {
		case "over", "by", "during", "within", "next", "this", "before", "after", "until", "worth", "valued", "totalling", "totaling", "costing":
			return strings.TrimRight(seg[:i], " ")
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return seg
}

// asciiLower folds the ASCII capitals of s and leaves every other byte.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
