package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// listNames are the nouns that name a list of values: "the principles of …",
// "the guiding spirit of …", "priorities: …".
var listNames = map[string]bool{
	"principle": true, "principles": true, "spirit": true, "pillar": true, "pillars": true,
	"priority": true, "priorities": true, "motto": true, "values": true, "tenets": true,
	"watchwords": true, "slogan": true, "guidelines": true, "ideals": true, "virtues": true,
	"cornerstones": true, "foundations": true,
}

// pairName reports whether a list name is a plural naming noun, which introduces
// a list of two as firmly as of five ("the principles of privacy and openness");
// after "spirit", "motto" or a basis verb two words are a phrase, not a list.
func pairName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return listNames[last] && strings.HasSuffix(last, "s")
}

// oneWordEach reports whether every member is a single word: a pair of longer
// members cannot be told from a phrase running into its verb ("the principles of
// trust and respect apply").
func oneWordEach(m []Item) bool {
	for _, it := range m {
		if strings.ContainsAny(strings.TrimSpace(it.Label), " -") {
			return false
		}
	}
	return true
}

// basisVerbs introduce a list by what something rests on: "built on sincerity, …".
var basisVerbs = map[string]bool{
	"built": true, "based": true, "founded": true, "rooted": true, "grounded": true,
	"anchored": true,
}

// maxMemberWords bounds a member: longer parts mean the text is prose, not a list.
const maxMemberWords = 8

// NamedLists returns the named lists in text: a naming noun ("principles",
// "guiding spirit", "three pillars") or a basis verb ("built on") followed by at
// least three members (two after a plural naming noun: "the principles of privacy
// and openness"), and headline lines "X, Y, Z and W: PM".
func NamedLists(text string) []NamedList {
	return scanDoc(text, false, true).named
}

// named appends the named lists starting in one block of tokens to out.
func named(out []NamedList, text string, toks []token.Token, low *lowered) []NamedList {
	for i := 0; i < len(toks); i++ {
		if !mayOpen(text, toks[i], &namedShape, 5, 12) {
			continue // no list name or basis verb is shorter or longer, or of another shape
		}
		w := low.at(i)
		var nl NamedList
		var from int
		switch op := opener(w); {
		case toks[i].Kind != token.Word || len(w) < 5 || len(w) > 12 || op == openNone || op == openCount:
			continue // no list name or basis verb is shorter or longer, or any other word
		case op == openName && listNames[w]:
			first := i
			for k := 0; k < 2 && first > 0 && modifier(text, toks, low, first-1); k++ {
				first--
			}
			if first >= 2 && low.at(first-1) == "the" && low.at(first-2) == "of" || inSemicolonItem(text, toks[first].Start) {
				continue // "one of the pillars of …", "…; the main pillar of …"
			}
			nl.Start, nl.Name = toks[first].Start, strings.ToLower(text[toks[first].Start:toks[i].End])
			from = listAfterName(text, toks, low, i+1)
		case op == openBasis && basisVerbs[w] && i+1 < len(toks) && (low.at(i+1) == "on" || low.at(i+1) == "upon" || low.at(i+1) == "in") && !nameAhead(low, i+2) &&
			!(i+2 < len(toks) && toks[i+2].Kind == token.Number): // not "Founded in 1987, …": a date
			nl.Start, nl.Name = toks[i].Start, strings.ToLower(text[toks[i].Start:toks[i+1].End])
			from = toks[i+1].End
		default:
			continue
		}
		if from < 0 {
			continue
		}
		if from < len(text) && !colonBefore(text, from) && strings.IndexByte(text[from:sentenceEnd(text, from)], ';') >= 0 {
			continue // "the main pillar of X; doing Y; …": semicolon lists follow a colon
		}
		if m := members(text, from, len(text)); len(m) >= 3 || len(m) == 2 && pairName(nl.Name) && oneWordEach(m) {
			nl.Members, nl.End = m, m[len(m)-1].End
			out = append(out, nl)
			for i+1 < len(toks) && toks[i+1].Start < nl.End {
				i++
			}
		}
	}
	return out
}

// modifier reports whether token k can precede a list name inside its phrase:
// "guiding", "three", "core"; not "the", "its" or a name.
func modifier(text string, toks []token.Token, low *lowered, k int) bool {
	if toks[k].Kind != token.Word || nounStop(low.at(k)) || low.at(k) == "" {
		return false
	}
	c := text[toks[k].Start]
	return !(c >= 'A' && c <= 'Z') && !strings.HasSuffix(low.at(k), "'s") && !strings.HasSuffix(low.at(k), "’s")
}

// listAfterName returns where the members start after a list name at token j:
// after "of" or ":", or after the colon of `principle of "three togethers": …`.
func listAfterName(text string, toks []token.Token, low *lowered, j int) int {
	if j >= len(toks) {
		return -1
	}
	sym := func(k int, s string) bool {
		return k < len(toks) && toks[k].Kind == token.Symbol && text[toks[k].Start:toks[k].End] == s
	}
	switch {
	case sym(j, ":"):
		return toks[j].End
	case low.at(j) == "of":
		// A short quoted title then a colon: the members follow the colon.
		for k := j + 1; k < len(toks) && k < j+8; k++ {
			if sym(k, ":") {
				return toks[k].End
			}
			if sym(k, ",") || sym(k, ".") {
				break
			}
		}
		return toks[j].End
	}
	return -1
}

// members splits the list starting at byte from, up to the end of its sentence
// or the closing quote of an opening one, into members of a few words each.
// It returns nil where it would find one member at most.
func members(text string, from, limit int) []Item {
	end := min(sentenceEnd(text, from), limit)
	p := trimPart(text, part{from, end})
	if p.a > from && isQuote(lastRune(text[from:p.a])) {
		// "the spirit of “unity for strength, …, and dialogue for trust.”": the quote bounds it.
		if q := strings.IndexAny(text[p.a:end+min(len(text)-end, 4)], "”\""); q > 0 {
			end = p.a + q
		}
	}
	if seg := text[from:end]; strings.IndexByte(seg, ',') < 0 && strings.IndexByte(seg, ';') < 0 && !strings.Contains(seg, " and ") {
		return nil // splitList would find one part: no caller takes a list of one
	}
	ps, _ := splitList(text, from, end)
	var out []Item
	for i, p := range ps {
		s := text[p.a:p.b]
		if i == len(ps)-1 {
			for _, stop := range []string{": ", " which ", " that ", " who "} {
				if k := strings.Index(s, stop); k > 0 {
					p.b = p.a + k
					s = s[:k]
				}
			}
			if k := trailingPhrase(s); k > 0 {
				p.b = p.a + k
				s = s[:k]
			}
			for _, verb := range []string{" is ", " are ", " was ", " were ", " will ", " have ", " has "} {
				if strings.Contains(s, verb) {
					return nil // "…, provinces and cities are where …": prose, not a list
				}
			}
		}
		if n := wordsUpTo(s, maxMemberWords+1); n == 0 || n > maxMemberWords {
			break
		}
		if out == nil {
			out = make([]Item, 0, len(ps)-i) // one slice, not one per doubling
		}
		out = append(out, Item{Start: p.a, End: p.b, Label: s})
	}
	return out
}

func lastRune(s string) rune {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			r := []rune(s[i:])
			if len(r) > 0 {
				return r[0]
			}
		}
	}
	return 0
}

// headlines finds title lines "X, Y, Z and W: PM" that no named list covers yet:
// short lines without a final period whose list ends at a colon and a speaker.
func headlines(text string, ls []line, found []NamedList) []NamedList {
	var out []NamedList
	// Only lines with a colon can hold a headline list: find the colons of
	// the text, not the colons of each line.
	li := 0 // the line of the last colon: the colons come in order
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], ':')
		if k < 0 {
			break
		}
		for li+1 < len(ls) && ls[li+1].a <= from+k {
			li++ // lineOf(ls, from+k), walked to from the line before
		}
		l := ls[li]
		from = max(l.b+1, from+k+1)
		if strings.HasSuffix(strings.TrimSpace(text[l.a:l.b]), ".") {
			continue
		}
		p := trimPart(text, part{l.a, l.b})
		s := text[p.a:p.b]
		c := lastColonSpace(s)
		if c < 0 {
			continue
		}
		// The short tail first, a capital opening it before its words are
		// counted: most lines with a colon go on past it.
		if tail := s[c+2:]; tail == "" || !isUpperByte(tail[0]) || wordsUpTo(tail, 5) > 4 {
			continue
		}
		if wordsUpTo(s, 31) > 30 {
			continue
		}
		head := s[:c]
		if strings.ContainsAny(head, "()0123456789") || strings.ContainsAny(s[c:], "()/") {
			continue // captions: "Seoul, Korea, on August 13 (Photo: VNA)"
		}
		comma := strings.IndexByte(head, ',')
		if comma < 0 || strings.Count(head, ",") < 1 || covered(found, p.a, p.b) {
			continue
		}
		start := p.a + listStart(head[:comma])
		m := members(text, start, p.a+c)
		if len(m) < 3 || m[len(m)-1].End > p.a+c {
			continue
		}
		out = append(out, NamedList{Start: m[0].Start, End: m[len(m)-1].End, Name: "headline", Members: m})
	}
	return out
}

// lastColonSpace returns the offset of the last ": " in s, or -1.
func lastColonSpace(s string) int {
	for i := strings.LastIndexByte(s, ':'); i >= 0; i = strings.LastIndexByte(s[:i], ':') {
		if i+1 < len(s) && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// listStart returns where the first member of a headline list begins inside
// its first part: after the last preposition or verb ("built on sincerity").
func listStart(first string) int {
	f := strings.Fields(first)
	n := 0
	for k := len(f) - 1; k >= 0 && n < 4; k-- {
		w := strings.ToLower(f[k])
		if nounStop(w) || basisVerbs[w] || w == "on" || w == "upon" {
			break
		}
		n++
	}
	// Offset of the n-th last field.
	idx := len(first)
	for k := 0; k < n; k++ {
		idx = strings.LastIndex(strings.TrimRight(first[:idx], " "), " ") + 1
	}
	return idx
}

func covered(found []NamedList, a, b int) bool {
	for _, f := range found {
		if f.Start < b && f.End > a {
			return true
		}
	}
	return false
}

// nameAhead reports a list name within the next few tokens: "built upon three
// pillars: …" is named by the pillars, not by the verb.
func nameAhead(low *lowered, k int) bool {
	for j := k; j < low.n() && j < k+4; j++ {
		if listNames[low.at(j)] {
			return true
		}
	}
	return false
}

// inSemicolonItem reports whether a semicolon precedes off in its sentence, so a
// name there sits inside someone else's list item.
func inSemicolonItem(text string, off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch text[i] {
		case ';':
			return true
		case '\n':
			return false
		case '.':
			if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
				return false
			}
		}
	}
	return false
}

// colonBefore reports whether the list starting at from follows a colon.
func colonBefore(text string, from int) bool {
	t := strings.TrimRight(text[:from], " \t")
	return strings.HasSuffix(t, ":")
}

// tailPreps open a phrase that modifies the clause rather than the last member:
// "safety, equity and transparency from its first day".
var tailPreps = map[string]bool{
	"from": true, "since": true, "in": true, "at": true, "on": true, "during": true,
	"throughout": true, "across": true, "until": true, "over": true, "by": true,
	"under": true, "after": true, "before": true, "within": true, "for": true,
}

// tailClauses open a clause after the list: "… and trust when the talks began".
var tailClauses = map[string]bool{
	"when": true, "while": true, "because": true, "as": true, "although": true,
	"though": true, "whereas": true, "so": true,
}

// tailHeads start the noun phrase of a trailing prepositional phrase: a
// determiner, possessive or number ("from its first day", "in the province",
// "since 2020"). A preposition followed by a bare noun stays inside the member
// ("unity for strength").
var tailHeads = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"this": true, "that": true, "these": true, "those": true, "a": true, "an": true,
	"every": true, "each": true, "all": true, "last": true, "next": true, "recent": true,
}

// trailingPhrase returns where a trailing prepositional phrase or clause
// starts in the last member s, or 0 when there is none. The member keeps at
// least its first word.
func trailingPhrase(s string) int {
	off := 0
	prev := ""
	for n := 0; off < len(s); n++ {
		sp := strings.IndexByte(s[off:], ' ')
		end := len(s)
		if sp >= 0 {
			end = off + sp
		}
		w := strings.ToLower(s[off:end])
		if n > 0 && (tailClauses[prev] || tailPreps[prev] && (tailHeads[w] || w != "" && w[0] >= '0' && w[0] <= '9')) {
			return strings.LastIndex(strings.TrimRight(s[:off], " "), " ")
		}
		prev = w
		if sp < 0 {
			break
		}
		off = end + 1
	}
	return 0
}
