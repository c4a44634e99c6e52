package enum

import (
	"slices"
	"strings"
	"unicode"
)

// kindNouns are the plural nouns that name, after a comma, what the list
// before them is: "semiconductors, green finance and artificial
// intelligence, sectors in which …".
var kindNouns = []string{"sectors", "areas", "fields", "industries", "priorities", "markets", "products", "crops",
	"commodities", "services", "technologies", "destinations", "risks", "threats", "challenges", "drivers", "factors", "pillars"}

// kindNoun reports one of kindNouns.
func kindNoun(w string) bool {
	return slices.Contains(kindNouns, w)
}

// itemLead reports a word that ends a clause's words before its list's
// first item: "urged investors to look at semiconductors, …" lists from
// "semiconductors".
func itemLead(w string) bool {
	switch w {
	case "at", "on", "in", "into", "to", "of", "for", "about", "including", "like", "as", "such", "was", "were", "are", "is":
		return true
	}
	return false
}

// KindLists returns the uncounted lists that a plural noun of kind set off
// by a comma right after them names: "urged Singapore investors to look at
// semiconductors, green finance and artificial intelligence, sectors in
// which Hanoi is offering tax incentives" lists three sectors, to be read
// against the same speaker's "three areas: …" elsewhere. Three items at
// least, each of one to four words with no digit, the last after "and". base
// is the offset of sentence in its document.
func KindLists(sentence string, base int) []Announcement {
	var out []Announcement
	for from := 0; ; {
		i := strings.Index(sentence[from:], ", ")
		if i < 0 {
			return out
		}
		comma := from + i
		from = comma + 2
		noun, rest, _ := strings.Cut(sentence[comma+2:], " ")
		noun = strings.TrimRight(noun, ".,;")
		if !kindNoun(noun) || !kindFollow(rest, sentence[comma+2+len(noun):]) {
			continue
		}
		if a, ok := kindListBefore(sentence, comma); ok {
			a.Start, a.End, a.Noun = base+a.Items[0].Start, base+comma+2+len(noun), noun
			for k := range a.Items {
				a.Items[k].Start += base
				a.Items[k].End += base
			}
			out = append(out, a)
		}
	}
}

// kindFollow reports what may follow the kind noun: a relative clause, a
// determiner's clause or the sentence's end.
func kindFollow(rest, after string) bool {
	if strings.TrimSpace(after) == "" || strings.HasPrefix(after, ".") || strings.HasPrefix(after, ",") {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	switch strings.TrimRight(w, ",") {
	case "in", "where", "that", "which", "the":
		return true
	}
	return false
}

// kindListBefore reads the list that ends at byte end of s: items split at
// ", " and a last ", and"/" and", the first cut after the clause's last
// lead word.
func kindListBefore(s string, end int) (Announcement, bool) {
	head := s[:end]
	and := strings.LastIndex(head, " and ")
	if and < 0 || end-and > 60 {
		return Announcement{}, false
	}
	lastStart := and + len(" and ")
	segs := strings.Split(strings.TrimSuffix(head[:and], ","), ", ")
	if len(segs) < 2 {
		return Announcement{}, false
	}
	var items []Item
	off := 0
	for k, seg := range segs {
		start := off
		off += len(seg) + len(", ")
		ws := strings.Fields(seg)
		if k == 0 {
			// The first item follows the clause's last lead word.
			cut := -1
			for j := len(ws) - 1; j >= 0 && j >= len(ws)-5; j-- {
				if itemLead(strings.ToLower(ws[j])) {
					cut = j
					break
				}
			}
			if cut < 0 || cut == len(ws)-1 {
				return Announcement{}, false
			}
			lead := strings.Join(ws[:cut+1], " ")
			start += strings.Index(seg, lead) + len(lead) + 1
			seg = strings.Join(ws[cut+1:], " ")
			ws = ws[cut+1:]
		}
		if !plainItem(ws) {
			return Announcement{}, false
		}
		items = append(items, Item{Start: start, End: start + len(seg), Label: seg})
	}
	last := head[lastStart:]
	if !plainSeg(last) {
		return Announcement{}, false
	}
	items = append(items, Item{Start: lastStart, End: end, Label: last})
	if len(items) < 3 {
		return Announcement{}, false
	}
	return Announcement{Items: items, Style: StyleInline, Listed: true}, true
}

// plainItem reports one to four words with no digit or mark of a clause.
// plainSeg is plainItem over the words of s, with no slice to allocate: list
// readers ask it at every comma of every sentence with an "and".
func plainSeg(s string) bool {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			if n++; n > 4 {
				return false
			}
			inWord = true
		}
		if unicode.IsDigit(r) || r == ';' || r == ':' || r == '"' || r == '(' {
			return false
		}
	}
	return n > 0
}

func plainItem(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsDigit(r) || r == ';' || r == ':' || r == '"' || r == '(' }) {
			return false
		}
	}
	return true
}
