package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// isRoleWord reports whether a lower-cased word of a speaker reference names a
// role, not a person: "the Prime Minister", "the leader", "He". A switch, not a
// map (see isPreposition).
func isRoleWord(w string) bool {
	switch w {
	case "the", "he", "she", "his", "her", "prime", "minister", "pm", "deputy", "vice", "foreign",
		"president", "chairman", "chairwoman", "chair", "leader", "ambassador", "governor", "mayor",
		"secretary", "general", "official", "spokesperson", "spokesman", "spokeswoman", "director",
		"ceo", "head", "minister's", "premier", "chancellor", "envoy", "diplomat", "of", "affairs",
		"newly", "elected", "former":
		return true
	}
	return false
}

// isRoleOnly reports whether a speaker reference names no person ("the PM").
func isRoleOnly(sp string) bool {
	var buf [32]byte
	for i := 0; i < len(sp); {
		for i < len(sp) && (sp[i] == ' ' || sp[i] == '\t' || sp[i] == '\n') {
			i++
		}
		j := i
		for j < len(sp) && sp[j] != ' ' && sp[j] != '\t' && sp[j] != '\n' {
			j++
		}
		if i == j {
			break
		}
		w := strings.Trim(sp[i:j], ",.")
		i = j
		if w == "" {
			continue
		}
		// Role words are ASCII and short: lower-case into a stack buffer.
		if len(w) > len(buf) {
			return false
		}
		lw := buf[:len(w)]
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lw[k] = c
		}
		if !isRoleWord(string(lw)) {
			return false
		}
	}
	return true
}

// WithoutRole drops the role words that open a folded subject ("striker mateus
// conceicao" → "mateus conceicao"), leaving it whole when it is nothing but a role.
func WithoutRole(s string) string {
	ws := strings.Fields(s)
	i := 0
	for i < len(ws) && (isRoleWord(ws[i]) || isSportRole(ws[i])) && ws[i] != "of" {
		i++
	}
	if i == 0 || i == len(ws) {
		return s
	}
	return strings.Join(ws[i:], " ")
}

// isSportRole reports whether a lower-cased word names a player's or coach's
// role before a name: "Striker Luka Bregar".
func isSportRole(w string) bool {
	switch w {
	case "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "captain", "coach",
		"manager", "assistant":
		return true
	}
	return false
}

// startsWithPronoun reports whether a sentence's subject is a personal pronoun.
func startsWithPronoun(sent string) bool {
	i := 0
	for i < len(sent) && (sent[i] == '"' || sent[i] == ' ' || sent[i] == '\'') {
		i++
	}
	j := i
	for j < len(sent) && (sent[j]|0x20 >= 'a' && sent[j]|0x20 <= 'z') {
		j++
	}
	w := sent[i:j]
	if len(w) != 2 && len(w) != 3 {
		return false // most sentences: no folding needed to tell
	}
	return strings.EqualFold(w, "he") || strings.EqualFold(w, "she") || strings.EqualFold(w, "his") || strings.EqualFold(w, "her")
}

// resolveSpeakers returns the speaker of each sentence: the attributed one, or
// for a pronoun ("She outlined …") the person named last before the sentence, or
// for a bare role ("the Prime Minister said") the last named speaker.
func resolveSpeakers(who *attrib.Doc, text string, sents []Span, people []attrib.Person) []string {
	out := make([]string, len(sents))
	last, p := "", 0
	lastPerson := ""
	for i, s := range sents {
		for p < len(people) && people[p].Start < s.Start {
			if n := people[p].Name; n != "" && !isRoleOnly(n) {
				lastPerson = personText(text, people[p], s.Start)
			}
			p++
		}
		sent := text[s.Start:s.End]
		sp := sentenceSpeaker(who, s)
		holder := ""
		if country, role, ok := nationalRole(sp); ok {
			// "The Vietnamese Deputy PM asked …": the Vietnamese one of the deputy prime ministers named before.
			holder = titledBefore(text, people[:p], role, country, s.Start)
		}
		switch {
		case holder != "":
			sp = holder
		case sp != "" && !isRoleOnly(sp):
			last = sp
		case startsWithPronoun(sent) && lastPerson != "":
			sp = lastPerson
		case startsWithPronoun(sent) && last != "":
			sp = last // "Lim Sophanith, vice-president …, said …. He listed …": the speaker before
		case sp != "":
			// "the governor said": the last person titled so, else the last speaker.
			if who := titledBefore(text, people[:p], sp, "", s.Start); who != "" {
				sp = who
			} else if last != "" {
				sp = last
			}
		}
		out[i] = sp
	}
	return out
}

// nationalRole splits a speaker reference made of role words and one
// nationality ("The Vietnamese Deputy PM") into the country and the role;
// ok is false for any other reference.
func nationalRole(sp string) (country, role string, ok bool) {
	if len(sp) > 48 || !strings.HasPrefix(sp, "The ") && !strings.HasPrefix(sp, "the ") {
		return "", "", false // such a reference opens with its article: most speakers are names, and need no look
	}
	var rest []string
	for _, w := range strings.Fields(sp) {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if c := attrib.CountryOfAdjective(lw); c != "" && country == "" {
			country = c
			continue
		}
		if !isRoleWord(lw) {
			return "", "", false
		}
		rest = append(rest, lw)
	}
	if country == "" || len(rest) == 0 {
		return "", "", false
	}
	return country, strings.Join(rest, " "), true
}

// titledBefore returns the last person before limit whose title holds the
// head of the bare role ("governor" for "the governor" → "Mizuhara Governor
// Takeda Haruka"), or "". A country, when given, rules out a person whose
// office is another country's.
func titledBefore(text string, people []attrib.Person, role, country string, limit int) string {
	ws := strings.Fields(strings.ToLower(role))
	if len(ws) == 0 {
		return ""
	}
	head := officeHead(strings.Trim(ws[len(ws)-1], ",."))
	if head == "he" || head == "she" || head == "the" || head == "of" {
		return ""
	}
	for i := len(people) - 1; i >= 0; i-- {
		p := people[i]
		if p.Name == "" || isRoleOnly(p.Name) || p.Title == "" || country != "" && p.Country != "" && p.Country != country {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(p.Title)) {
			if officeHead(w) == head {
				return personText(text, p, limit)
			}
		}
	}
	return ""
}

// officeHead reads an abbreviated office as the noun that heads it: "PM" is a
// prime minister, so "the PM" and "Deputy Prime Minister Hieu" meet.
func officeHead(w string) string {
	switch w {
	case "pm", "dpm", "fm":
		return "minister"
	}
	return w
}
