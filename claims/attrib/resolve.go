package attrib

import "strings"

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
