package enum

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameSets returns the uncounted lists of three or more proper names that a
// plural noun gathers in one sentence: "the Northern Arc ports of Itaqui,
// Barcarena, Santarém and Santana", "the Kostanay, Pavlodar and North
// Kazakhstan regions", "in Kasaï, …, Lomami and Tshuapa provinces". Each is an
// Announcement of Count 0 (unstated) whose Noun is the plural and whose Items
// are the names, so that two sources' sets of one story can be compared. base
// is the offset of sentence in its document.
func NameSets(sentence string, base int) []Announcement {
	return NameSetsOf(sentence, base, nil)
}

// NameSetsOf is NameSets with kind naming a run that no plural noun gathers
// from its names alone ("countries" for "Vietnam, Thailand, Myanmar and
// Pakistan"); a run kind gives "" for stays out, as does any when kind is nil.
func NameSetsOf(sentence string, base int, kind func(labels []string) string) []Announcement {
	if !strings.Contains(sentence, ", ") || !strings.Contains(sentence, " and ") {
		return nil
	}
	var out []Announcement
	for from := 0; from < len(sentence); {
		items, end, ok := nameRun(sentence, from)
		if !ok {
			i := strings.IndexByte(sentence[from:], ' ')
			if i < 0 {
				break
			}
			from += i + 1
			continue
		}
		start := items[0].Start
		if eachBefore(sentence[max(0, start-24):start]) {
			from = end // "two each from Spain, Croatia, Cyprus and France": a breakdown, not a set
			continue
		}
		noun, nStart, nEnd := nounAfter(sentence, end)
		if noun == "" {
			noun, nStart = nounOfBefore(sentence, start)
			nEnd = start
		}
		if noun == "" {
			noun, nStart = copulaSubject(sentence, start)
			nEnd = start
		}
		inferred := false
		if noun == "" && kind != nil {
			labels := make([]string, len(items))
			for i, it := range items {
				labels[i] = it.Label
			}
			noun, nStart, nEnd = kind(labels), start, end
			inferred = noun != ""
		}
		if noun != "" {
			a := Announcement{Start: base + min(nStart, start), End: base + max(nEnd, end), Noun: noun, Style: StyleInline, Listed: true, Gathered: true, Inferred: inferred}
			for _, it := range items {
				a.Items = append(a.Items, Item{Start: base + it.Start, End: base + it.End, Label: it.Label})
			}
			out = append(out, a)
		}
		from = end
	}
	return out
}

// nameRun reads "A, B, … and Z" from byte from of s: three names or more, each
// one to four capitalised words, split by ", " and closed by " and " (or ",
// and "). It returns the items, where the last ends, and whether it found one.
// The bounds are gathered on the stack: most tries fail at the first name,
// and only a run found is copied out.
func nameRun(s string, from int) ([]Item, int, bool) {
	var spans [maxSetNames][2]int
	n := 0
	i := from
	for n < maxSetNames {
		e := nameEnd(s, i)
		if e == i {
			return nil, 0, false
		}
		spans[n] = [2]int{i, e}
		n++
		rest := s[e:]
		switch {
		case strings.HasPrefix(rest, ", and "):
			i = e + len(", and ")
		case strings.HasPrefix(rest, " and "):
			i = e + len(" and ")
		case strings.HasPrefix(rest, ", "):
			i = e + len(", ")
			continue
		default:
			return nil, 0, false // the run ends without its "and"
		}
		last := nameEnd(s, i)
		if last == i || n < 2 || n >= maxSetNames {
			return nil, 0, false
		}
		spans[n] = [2]int{i, last}
		n++
		items := make([]Item, n)
		for k := range n {
			items[k] = Item{Start: spans[k][0], End: spans[k][1], Label: s[spans[k][0]:spans[k][1]]}
		}
		return items, last, true
	}
	return nil, 0, false
}

// maxSetNames bounds the names of one set: longer runs are tables, not sets.
const maxSetNames = 16

// nameEnd returns where the name starting at byte i of s ends: one to four
// words, each opening with a capital, joined by spaces or hyphens ("North
// Kazakhstan", "Kasaï-Central"); i when none starts there.
func nameEnd(s string, i int) int {
	end, words := i, 0
	for j := i; j < len(s) && words < 4; {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsUpper(r) {
			break
		}
		k := j
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				break
			}
			k += n
		}
		end, words = k, words+1
		if k+1 < len(s) && s[k] == ' ' {
			j = k + 1
			continue
		}
		break
	}
	return end
}

// nounAfter returns the plural noun right after a name run ending at end
// ("… and Tshuapa provinces"), with its span; "" when none.
func nounAfter(s string, end int) (string, int, int) {
	if end >= len(s) || s[end] != ' ' {
		return "", 0, 0
	}
	w := s[end+1:]
	if i := strings.IndexAny(w, " ,.;:)"); i >= 0 {
		w = w[:i]
	}
	if !groupNoun(w) {
		return "", 0, 0
	}
	return w, end + 1, end + 1 + len(w)
}

// nounOfBefore returns the plural noun that introduces a name run starting at
// start with "of" ("the Northern Arc ports of Itaqui, …") and where it starts.
func nounOfBefore(s string, start int) (string, int) {
	before, ok := strings.CutSuffix(s[:start], " of ")
	if !ok {
		return "", 0
	}
	i := strings.LastIndexByte(before, ' ') + 1
	w := before[i:]
	if !groupNoun(w) {
		return "", 0
	}
	return w, i
}

// copulaSubject reads the plural subject a copula gives a run of names to
// when the two open the sentence: "The semi-finalists were Farrow,
// Penhallow, …" gives "semi-finalists"; "The last four were …" names the
// semi-finalists too, "The last eight" the quarter-finalists.
func copulaSubject(s string, start int) (string, int) {
	before, ok := strings.CutSuffix(s[:start], " were ")
	if !ok {
		before, ok = strings.CutSuffix(s[:start], " are ")
	}
	rest, ok2 := strings.CutPrefix(before, "The ")
	ws := strings.Fields(rest)
	if !ok || !ok2 || len(ws) == 0 || len(ws) > 2 {
		return "", 0
	}
	switch strings.Join(ws, " ") {
	case "last four", "final four":
		return "semi-finalists", 0
	case "last eight":
		return "quarter-finalists", 0
	}
	w := ws[len(ws)-1]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return "", 0
	}
	return w, 0
}

// groupNoun reports a lower-case plural of places or bodies a name run may
// belong to: "provinces", "regions", "ports", "districts".
func groupNoun(w string) bool {
	switch w {
	case "provinces", "regions", "districts", "states", "counties", "prefectures", "municipalities", "towns", "cities",
		"villages", "ports", "airports", "islands", "countries", "nations", "territories", "departments", "governorates",
		"oblasts", "cantons", "communes", "crossings", "terminals", "stations", "rivers", "banks", "lenders", "universities",
		"hospitals", "mines", "fields", "oblast", "parishes", "boroughs", "suburbs", "neighbourhoods", "neighborhoods":
		return true
	}
	return false
}

// eachBefore reports words before a run of names that count per name: "two
// each from", "one each in".
func eachBefore(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	n := len(ws)
	return n >= 1 && ws[n-1] == "each" || n >= 2 && ws[n-2] == "each"
}
