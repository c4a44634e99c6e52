package enum

import "strings"

// bareLeads end the words before a bare list's first item: a preposition or
// a copula ("will come chiefly from A, B, C and D", "approvals for A, B, C
// and D", "the four trades would be A, B, C and D").
var bareLeads = map[string]bool{
	"from": true, "for": true, "in": true, "into": true, "on": true, "to": true, "of": true, "at": true,
	"with": true, "by": true, "be": true, "are": true, "were": true, "is": true, "was": true, "include": true,
	"includes": true, "included": true, "including": true, "between": true, "among": true, "as": true,
	// verbs whose object is the list, in forms no noun takes: "the memorandum
	// covers seafood, rice, pepper and cashew nuts"
	"covers": true, "covered": true, "covering": true, "spans": true, "spanning": true, "comprise": true,
	"comprises": true, "comprising": true, "shipped": true, "supplied": true, "exported": true, "imported": true,
	"produced": true, "produces": true,
}

// modalLeads are verbs that lead a list only after a modal or "to", as nouns
// share their bare forms: "drugmakers will ship A, B, C and D", not "its
// biggest export market, followed by …".
var modalLeads = map[string]bool{
	"ship": true, "supply": true, "export": true, "import": true, "produce": true, "cover": true, "span": true,
	"handle": true, "make": true, "process": true, "sell": true, "buy": true, "offer": true, "grow": true,
	"manufacture": true, "deliver": true, "provide": true,
}

// modal reports a word after which a bare verb form is a verb.
func modal(w string) bool {
	switch strings.ToLower(w) {
	case "will", "would", "to", "can", "could", "shall", "should", "may", "might", "must":
		return true
	}
	return false
}

// BareLists returns the inline lists of three items or more that no count,
// focus phrase or kind noun announces: "the grain will come chiefly from An
// Giang, Dong Thap, Can Tho and Ca Mau". Another source may give the same
// list with one item swapped; such lists are compared only under that
// strict test, so they carry no noun and are marked Bare. The first item
// starts after a preposition or copula at most four words before the first
// comma; every item is one to four words with no digit. base is the offset
// of sentence in its document.
func BareLists(sentence string, base int) []Announcement {
	if !strings.Contains(sentence, ", ") || !strings.Contains(sentence, " and ") {
		return nil
	}
	var out []Announcement
	for from := 0; ; {
		c := strings.Index(sentence[from:], ", ")
		if c < 0 {
			break
		}
		c += from
		from = c + 2
		start := bareListStart(sentence, c)
		if start < 0 {
			continue
		}
		lead := sentence[strings.LastIndexByte(sentence[:start-1], ' ')+1 : start-1]
		if eachBefore(sentence[max(0, start-1-len(lead)-24):start]) {
			continue // "two each from Spain, Croatia, Cyprus and France": a breakdown
		}
		a, ok := listAfter(sentence, start)
		if !ok || len(a.Items) < 4 && !(len(a.Items) == 3 && (allNameItems(a.Items) || lowerItems(a.Items))) || !plainLabels(a.Items) || leadInItems(a.Items[1:], lead) {
			continue
		}
		a.Bare = true
		a.Start, a.End = base+a.Items[0].Start, base+a.Items[len(a.Items)-1].End
		for k := range a.Items {
			a.Items[k].Start += base
			a.Items[k].End += base
		}
		out = append(out, a)
		from = a.End - base // past the list
	}
	return out
}

// bareListStart returns where the first item ending at comma c starts: after
// the lead word at most four words before c, -1 when there is none.
func bareListStart(s string, c int) int {
	end := c
	for n := 0; n < 5; n++ {
		sp := strings.LastIndexByte(s[:end], ' ')
		w := s[sp+1 : end]
		if lw := strings.ToLower(w); bareLeads[lw] || modalLeads[lw] && sp > 0 && modal(s[strings.LastIndexByte(s[:sp], ' ')+1:sp]) {
			if n == 0 {
				return -1 // "from, …": no item
			}
			return end + 1
		}
		if sp < 0 || strings.ContainsAny(w, ",;:()\"“”") {
			return -1
		}
		end = sp
	}
	return -1
}

// plainLabels reports items that each name a thing, bare or capitalised:
// "durian", "An Giang", "the Philippines"; not "the deaths" or "its largest
// overseas market", which are phrases of a clause read as items.
func plainLabels(items []Item) bool {
	for _, it := range items {
		w, rest, _ := strings.Cut(it.Label, " ")
		switch strings.ToLower(w) {
		case "the":
			if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
				return false
			}
		case "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "which", "who":
			return false
		}
		if w != "" && w[0] >= 'a' && w[0] <= 'z' && modal(w) {
			return false // "Hai Long Seafood Corp, will handle tuna, …": a clause, no item ("Can Tho" is a name)
		}
	}
	return true
}

// leadInItems reports a later item that holds the lead word itself ("Kulim
// in Kedah" after "in Bayan Lepas in Penang"): the first item then began
// before the lead found.
func leadInItems(items []Item, lead string) bool {
	for _, it := range items {
		for w := range strings.FieldsSeq(it.Label) {
			if strings.EqualFold(w, lead) {
				return true
			}
		}
	}
	return false
}

// lowerItems reports items that are each one to three words in lower case
// ("whey powder", "denim"): three things, where a mix of names and words is
// more often a clause read as a list ("Geoje and Mokpo, and the Geoje yard
// remains").
func lowerItems(items []Item) bool {
	for _, it := range items {
		if n := wordsUpTo(it.Label, 4); n == 0 || n > 3 {
			return false
		}
		for i := 0; i < len(it.Label); i++ { // bytes: a non-ASCII byte is no lower-case ASCII letter either
			if c := it.Label[i]; (c < 'a' || c > 'z') && c != '-' && c != ' ' {
				return false
			}
		}
	}
	return true
}

// allNameItems reports items that are all names: every word capitalised
// but an article or "of" ("the Netherlands", "Ho Chi Minh City").
func allNameItems(items []Item) bool {
	for _, it := range items {
		for _, w := range strings.Fields(it.Label) {
			if w != "the" && w != "of" && (w[0] < 'A' || w[0] > 'Z') {
				return false
			}
		}
	}
	return true
}
