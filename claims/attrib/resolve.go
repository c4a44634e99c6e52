package attrib

import (
	"regexp"
	"strings"
)

// resolve returns the speaker of an attribution, replacing a pronoun or a bare
// title ("he", "the PM", "the leader") with the person it stands for: the
// latest earlier attributed person, else the latest earlier person mention
// that is not the object of a preposition ("greetings from X").
func (c *quoteCtx) resolve(a Attribution) (string, int, int) {
	sp := foldKey(strings.TrimSpace(a.Speaker))
	role, isRole := strings.CutPrefix(sp, "the ")
	if !isPronoun(sp) || sp == "i" || sp == "we" || sp == "they" {
		if !isRole || c.personAt(a.SpeakerStart) >= 0 {
			return a.Speaker, a.SpeakerStart, a.SpeakerEnd
		}
	}
	fits := func(p Person) bool {
		if !isRole || role == "leader" || role == "speaker" {
			return true
		}
		return p.Title != "" && TitleRefers(p.Title, role)
	}
	// A pronoun stands for the person mentioned last before it; the latest
	// speaker only when no mention fits.
	if !isRole {
		p, ok := c.lastMention(a.SpeakerStart, fits)
		// "Barmao said the altitude had not worried him. '…,' he said": a
		// name that reports, nearer than the last titled mention, is who "he" is.
		if b, found := c.lastNamedReporter(a.SpeakerStart); found && (!ok || b.SpeakerStart > p.End) {
			return b.Speaker, b.SpeakerStart, b.SpeakerEnd
		}
		if start, end, found := c.paragraphOpeningName(a.SpeakerStart); found && (!ok || p.End <= strings.LastIndex(c.s.text[:a.SpeakerStart], "\n")) {
			// "Agnieszka Wrobel, a tourist from Krakow …, said …. '…,' she told
			// the Courier": the name that opens the paragraph, when no person
			// the text knew before stands in it.
			return c.s.text[start:end], start, end
		}
		if ok {
			return c.s.text[p.Start:p.End], p.Start, p.End
		}
	}
	for i := len(c.atts) - 1; i >= 0; i-- {
		b := c.atts[i]
		if b.End > a.SpeakerStart {
			continue
		}
		if j := c.personAt(b.SpeakerStart); j >= 0 && fits(c.people[j]) {
			p := c.people[j]
			return c.s.text[p.Start:p.End], p.Start, p.End
		}
	}
	if p, ok := c.lastMention(a.SpeakerStart, fits); ok {
		return c.s.text[p.Start:p.End], p.Start, p.End
	}
	return a.Speaker, a.SpeakerStart, a.SpeakerEnd
}

// lastNamedReporter returns the latest attribution ending before byte off
// whose speaker is written as a name (no pronoun, no "the …"), within the
// paragraph of off.
func (c *quoteCtx) lastNamedReporter(off int) (Attribution, bool) {
	para := strings.LastIndex(c.s.text[:off], "\n")
	for i := len(c.atts) - 1; i >= 0; i-- {
		b := c.atts[i]
		if b.End > off || b.SpeakerStart <= para {
			continue
		}
		sp := foldKey(strings.TrimSpace(b.Speaker))
		if sp == "" || isPronoun(sp) || strings.HasPrefix(sp, "the ") || !isUpperStart(b.Speaker) {
			continue
		}
		return b, true
	}
	return Attribution{}, false
}

// nameRun matches a run of two to four capitalised words.
var nameRun = regexp.MustCompile(`\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}`)

// paragraphOpeningName returns the name of two to four capitalised words
// that opens the paragraph of byte off and is set off by a comma or followed
// by "said": the paragraph's subject, the speaker a later "she" stands for.
func (c *quoteCtx) paragraphOpeningName(off int) (int, int, bool) {
	text := c.s.text[:off]
	start := strings.LastIndex(text, "\n") + 1
	ws := strings.Fields(text[start:min(len(text), start+80)])
	if len(ws) == 0 || isPronoun(foldKey(ws[0])) {
		return 0, 0, false // "He beat … Luka Veršić … and said …": the paragraph's subject is the pronoun's
	}
	n := 0
	for n < len(ws) && n < 4 && isUpperStart(ws[n]) && !strings.ContainsAny(strings.TrimRight(ws[n], ","), ".;:\"“”") {
		if strings.HasSuffix(ws[n], ",") {
			n++
			break
		}
		n++
	}
	if n < 2 || n > 4 {
		// "One survivor, 27-year-old Sabina Thapa, said …": a name the
		// paragraph's first clause sets before its "said".
		said := strings.Index(text[start:], " said")
		if said < 0 || strings.ContainsAny(text[start:start+said], ".!?\"“") {
			return 0, 0, false
		}
		for _, m := range nameRun.FindAllStringIndex(text[start:start+said], -1) {
			before := strings.Fields(strings.ToLower(text[start : start+m[0]]))
			if k := len(before); k > 0 && (before[k-1] == "of" || before[k-1] == "the" || before[k-1] == "at" || before[k-1] == "from" || before[k-1] == "in" ||
				before[k-1] == "with" || before[k-1] == "by" || before[k-1] == "to" || before[k-1] == "for" || before[k-1] == "and" || before[k-1] == "met") {
				continue // "director general of the Foreign Investment Agency": a body in the apposition
			}
			if name := text[start+m[0] : start+m[1]]; PersonName(name) {
				return start + m[0], start + m[1], true
			}
		}
		return 0, 0, false
	}
	last := ws[n-1]
	comma := strings.HasSuffix(last, ",")
	if !comma && !(n < len(ws) && (ws[n] == "said" || ws[n] == "says")) {
		return 0, 0, false
	}
	name := strings.Join(ws[:n], " ")
	name = strings.TrimSuffix(name, ",")
	if isPronoun(foldKey(ws[0])) || ws[0] == "The" || ws[0] == "A" || ws[0] == "An" {
		return 0, 0, false
	}
	s := start + strings.Index(text[start:], ws[0])
	return s, s + len(name), true
}

// isUpperStart reports whether s starts with an upper-case ASCII letter.
func isUpperStart(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// lastMention returns the latest person mention ending before byte off that
// fits and is not the object of a preposition ("greetings from X").
func (c *quoteCtx) lastMention(off int, fits func(Person) bool) (Person, bool) {
	for i := c.idx.before(off) - 1; i >= 0; i-- {
		p := c.people[i]
		if p.End > off || !fits(p) {
			continue
		}
		if f := strings.Fields(c.s.text[max(0, p.Start-30):p.Start]); len(f) > 0 {
			k := len(f) - 1
			for k > 0 && k >= len(f)-2 && isUpperStart(f[k]) {
				k-- // "talks with Ibaraki Governor …": a place before the title
			}
			switch f[k] {
			case "from", "of", "with", "by", "to", "and", "for", "met", "received":
				continue
			}
		}
		return p, true
	}
	return Person{}, false
}

// personAt returns the index of the person mention starting at off, -1 if none.
func (c *quoteCtx) personAt(off int) int { return c.idx.startingAt(off) }
