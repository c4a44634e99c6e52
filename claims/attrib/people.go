package attrib

import "strings"

// maxNameWords bounds a name; longer runs of capitalised words are headings.
const maxNameWords = 4

// People returns the person mentions in text: names after a title or an
// honorific ("Prime Minister Pham Minh Chinh", "Mr. Le Trung Kien"), and then
// bare uses of a part of a name found that way ("Chinh presented ..."). A
// capitalised word is never taken as a name on its own, so places and
// organisations ("Quang Ninh", "Meet Japan") are not people.
func People(text string) []Person {
	s := newScanner(text)
	ps := s.people()
	s.release()
	return ps
}

// mention parses a titled or honorific mention starting at token i.
func (s *scanner) mention(i int) (Person, int, bool) {
	var p Person
	if !s.isWord(i) || !s.isCap(i) && !isQualifier(s.fold(i)) && !isLowerTitleStart(s.fold(i)) {
		return p, 0, false // most tokens: a mention opens with a capital, a qualifier or an office word
	}
	if i > 0 && s.isCap(i-1) && officeOf(s.fold(i-1)) {
		return p, 0, false // "the Directorate General of Health Services": a body, not a general
	}
	if i > 0 && s.is(i-1, "-") && s.joined(i-1) {
		return p, 0, false // "secretary-general": no mention starts inside a word
	}
	j := i
	// Lower-case qualifiers before a title: "former", "newly elected".
	for s.isWord(j) && !s.isCap(j) {
		if !isQualifier(s.tok(j)) {
			break
		}
		if s.tok(j) == "former" {
			p.Former = true
		}
		j++
		if s.is(j, "-") && s.joined(j) {
			j++
		}
	}
	if s.isCap(j) && s.tok(j) == "Former" {
		p.Former = true
		j++
	}
	// Country: "Japanese", "South Korean", "Japan's".
	if s.isCap(j) {
		f := s.fold(j)
		if c := countryOfAdjective(f); c != "" {
			p.Country = c
			j++
		} else if s.isCap(j+1) && mayOpenPair(f) && countryOfAdjective(f+" "+s.fold(j+1)) != "" {
			p.Country = countryOfAdjective(f + " " + s.fold(j+1))
			j += 2
		} else if w, ok := strings.CutSuffix(f, "'s"); ok && countryName(w) != "" {
			p.Country = countryName(w)
			j++
		}
	}
	ts := j
	te, ok := s.titleEnd(j)
	if ok && s.is(te, "and") && s.isCap(te+1) {
		if e2, ok2 := s.titleEnd(te + 1); ok2 {
			te = e2 // "Chairman and Chief Executive Phạm Quốc Huy": one person's two offices
		}
	}
	lower := false
	if !s.isCap(j) || s.opensSentence(j) {
		// "Chief executive Marieke van der Heijden said", "chief financial
		// officer Joost Brandsma", "chief economist Natalia Ospina": a title in
		// lower case, its first word perhaps with the sentence's capital.
		if e, found := s.openingTitleEnd(j); found {
			te, ok, lower = e, true, true
		}
	}
	if !ok && !s.isCap(j) {
		// A job title in lower case, as news writes it before a full name:
		// "analyst Choi Eun-ji", "party leader Liora Vesk".
		te, ok = s.lowerTitleEnd(j)
		lower = ok
	}
	if !ok && s.isCap(j) && s.opensSentence(j) && isRankWord(s.fold(j)) {
		// The same title opening a sentence: "Deputy director Mihai Stoica said".
		te, ok = s.lowerTitleEnd(j + 1)
		lower = ok
	}

	if !ok {
		if j != i || s.honorific(i) == 0 {
			return p, 0, false
		}
		p.Country = ""
		te = j
	}
	p.Start = s.toks[i].Start
	j = te
	if ok {
		// Complements: "of Foreign Affairs", "to Vietnam", "of the City People's Committee".
		for k := 0; k < 2; k++ {
			switch s.tok(j) {
			case "of", "for":
				if end, nameAt := s.complement(j + 1); end > j+1 {
					p.Of = s.span(j+1, nameAt)
					if strings.HasPrefix(p.Of, "the ") {
						p.Of = p.Of[4:]
					}
					if c := countryName(foldKey(p.Of)); c != "" && p.Country == "" {
						p.Country = c
					}
					te, j = nameAt, nameAt
				}
			case "to":
				if end, nameAt := s.complement(j + 1); end > j+1 {
					p.To = strings.TrimPrefix(s.span(j+1, nameAt), "the ")
					j = nameAt
				}
			}
		}
		p.Title = s.span(ts, te)
		if s.is(j, ",") && s.honorific(j+1) > 0 {
			j++
		}
	}
	if h := s.honorific(j); h > 0 {
		p.Honorific = s.span(j, j+h)
		j += h
	}
	ns, ne := s.name(j)
	if ne == ns || s.lineBreak(ns) && ns > i || lower && s.nameWords(ns, ne) < 2 {
		return p, 0, false // a lower-case title takes a full name, not "minister Tuesday"
	}
	p.NameStart = s.toks[ns].Start
	p.Name = s.span(ns, ne)
	p.End = s.toks[ne-1].End
	return p, ne, true
}

// titleEnd matches a capitalised title at j ("Deputy Foreign Minister",
// "Party General Secretary", "PM") and returns the token after it.
func (s *scanner) titleEnd(j int) (int, bool) {
	if s.isAllCaps(j) && !isTitleAbbrev(s.tok(j)) {
		// An organisation's acronym, and its country, before a job title:
		// "UNICEF Vietnam Health Specialist".
		k := j + 1
		if s.isCap(k) && countryName(s.fold(k)) != "" {
			k++
		}
		return s.titleEnd(k)
	}
	k := j
	for s.isCap(k) {
		f := s.fold(k)
		if f == "party" || f == "state" || f == "government" || isOfficeModifier(f) {
			k++
			if s.is(k, "-") && s.joined(k) {
				k++
			}
			if isPortfolio(f) && s.is(k, "and") && s.isCap(k+1) && isPortfolio(s.fold(k+1)) {
				k++ // "Agriculture and Forestry Minister": one ministry of two portfolios
			}
			continue
		}
		break
	}
	switch s.tok(k) {
	case "PM", "DPM", "FM":
		return k + 1, true
	}
	if !s.isCap(k) {
		return 0, false
	}
	var n int
	if s.isCap(k + 1) {
		n, _ = matchCore2(s.fold(k), s.fold(k+1))
	} else {
		n, _ = matchCore1(s.fold(k))
	}
	if n == 0 {
		return 0, false
	}
	return s.longerTitle(k + n), true
}

// longerTitle extends a title ending at token end over modifiers and a
// further office word: "Chief" + "Financial Officer", "Chief Executive" +
// "Officer", so the office word is not read as the start of a name.
func (s *scanner) longerTitle(end int) int {
	for {
		m := end
		for m < end+2 && s.isCap(m) && s.gap(m) == " " && isOfficeModifier(s.fold(m)) {
			m++
		}
		if !s.isCap(m) || s.gap(m) != " " || !isCoreWord(s.fold(m)) {
			return end
		}
		end = m + 1
	}
}

// lowerTitleEnd matches a lower-case office at j ("analyst", "prime
// minister", "chief financial officer") and returns the token after it.
func (s *scanner) lowerTitleEnd(j int) (int, bool) {
	k := j
	for k < j+2 && s.isWord(k) && !s.isCap(k) && (isRankWord(s.fold(k)) || isPortfolio(s.fold(k))) {
		k++
		if s.is(k, "-") && s.joined(k) {
			k++ // "vice-president"
		}
	}
	if !s.isWord(k) || s.isCap(k) {
		return 0, false
	}
	if s.is(k+1, "-") && s.joined(k+1) && s.isWord(k+2) && !s.isCap(k+2) {
		if n, _ := matchCore2(s.fold(k), s.fold(k+2)); n == 2 {
			return k + 3, true // "secretary-general", "director-general"
		}
	}
	var n int
	if s.isWord(k+1) && !s.isCap(k+1) {
		n, _ = matchCore2(s.fold(k), s.fold(k+1))
	} else {
		n, _ = matchCore1(s.fold(k))
	}
	if n == 0 {
		return 0, false
	}
	return k + n, true
}

// openingTitleEnd matches a title in lower case after its capitalised first
// word at j ("Chief executive", "Chief financial officer", "Managing
// director") and returns the token after it.
func (s *scanner) openingTitleEnd(j int) (int, bool) {
	k := j + 1
	if !s.isWord(k) || s.isCap(k) {
		return 0, false
	}
	if n, _ := matchCore2(s.fold(j), s.fold(k)); n == 2 {
		if s.isWord(k+1) && !s.isCap(k+1) && s.fold(k+1) == "officer" {
			return k + 2, true // "Chief executive officer"
		}
		return k + 1, true
	}
	if f := s.fold(j); (isPortfolio(f) || isOfficeModifier(f)) && fieldOffice(s.fold(k)) && s.isWord(k+1) && s.isCap(k+1) {
		return k + 1, true // "Finance director Daniel Payet", "Sales manager Ana Ruiz": the office's field and its title
	}
	if s.fold(j) != "chief" && s.fold(j) != "managing" {
		return 0, false
	}
	for m := k; m < k+3 && s.isWord(m) && !s.isCap(m); m++ {
		switch f := s.fold(m); {
		case f == "officer" || f == "director" || f == "editor" || f == "economist" || f == "strategist" ||
			f == "executive" || f == "engineer" || f == "scientist" || f == "negotiator" || f == "inspector":
			return m + 1, m > k || f != "officer" // "Chief financial officer", "chief economist", "Managing director"
		case !isOfficeModifier(f):
			return 0, false
		}
	}
	return 0, false
}

// fieldOffice reports a title a field word may open in lower case: "Finance
// director", "Sales manager" (not "Labour leader", a role of many).
func fieldOffice(w string) bool {
	switch w {
	case "director", "manager", "minister", "secretary", "officer", "head", "chief", "editor", "controller", "governor", "commissioner", "coordinator":
		return true
	}
	return false
}

// opensSentence reports whether token j is the first of its sentence: the
// first token, or one after a full stop, a question or exclamation mark, or a
// line break.
func (s *scanner) opensSentence(j int) bool {
	if j == 0 {
		return true
	}
	if s.lineBreak(j) {
		return true
	}
	switch s.tok(j - 1) {
	case ".", "!", "?":
		return true
	}
	return false
}

// isLowerTitleStart reports whether a lower-case word can open a lower-case
// title, so mention looks no further at other words.
func isLowerTitleStart(w string) bool {
	if isCoreWord(w) || isRankWord(w) || isPortfolio(w) {
		return true
	}
	switch w {
	case "prime", "crown":
		return true
	}
	return false
}

// isOfficeModifier reports a word that may stand between two office words
// of a corporate or public title: "Chief Financial Officer", "Chief
// Operating Officer", "Managing Director".
func isOfficeModifier(w string) bool {
	switch w {
	case "financial", "operating", "technology", "technical", "information", "marketing",
		"commercial", "legal", "medical", "scientific", "investment", "investor", "communications",
		"risk", "strategy", "digital", "data", "product", "sales", "research", "editorial",
		"compliance", "economic", "political", "military", "press", "public", "managing",
		"program", "programme", "project", "regional", "country", "principal", "human", "people",
		"security", "executive", "district", "provincial", "divisional", "municipal", "county", "city",
		"additional", "joint":
		return true
	}
	return isRankWord(w) || isPortfolio(w)
}

func isPortfolio(w string) bool {
	switch w {
	case "foreign", "finance", "defence", "defense", "trade", "home", "interior", "justice",
		"health", "education", "agriculture", "transport", "construction", "culture", "labour",
		"labor", "economy", "industry", "planning", "investment", "environment", "energy",
		"mines", "mining", "tourism", "fisheries", "water", "irrigation", "relief", "information",
		"communications", "science", "technology", "sports", "youth", "housing", "lands", "petroleum",
		"oil", "power", "railways", "aviation", "commerce", "manpower", "employment", "welfare",
		"forestry", "immigration", "heritage", "digital", "telecommunications", "emergency", "emergencies", "situations",
		"disaster", "disasters", "veterans", "religious", "development", "cooperation", "innovation", "infrastructure",
		"resources", "security", "climate", "treasury", "budget":
		return true
	}
	return false
}

// titleSoon reports a title opening within three capitalised words of j:
// "Philippine Agriculture Undersecretary", "Deputy Minister".
func (s *scanner) titleSoon(j int) bool {
	for m := j; m < j+3 && s.isCap(m); m++ {
		if _, ok := s.titleEnd(m); ok {
			return true
		}
	}
	return false
}

// nameAfterAnd returns where the name starts in a complement whose office goes
// on after the "and" at token and, the complement ending at token k: the last
// two words, or three from a Vietnamese family name.
func (s *scanner) nameAfterAnd(and, k int) int {
	m := and + 1
	for m < k && k-m > 2 && !isVietFamily(s.fold(m)) {
		m++
	}
	return m
}

// complement reads what follows "of" or "to" in a title: capitalised words
// (with "the", "and", "'s" and hyphens inside) and returns the end of the run
// and where the name starts within it. The name starts after the last word
// that ends an organisation or place ("Committee", "Prefecture", "Affairs",
// "Vietnam"), else at a Vietnamese family name, else after one word.
func (s *scanner) complement(j int) (end, nameAt int) {
	k := j
	if s.is(k, "the") {
		k++
	}
	start := k
	lastHead := -1
	for s.isCap(k) || (k > start && (s.is(k, "and") || s.is(k, "in") || s.is(k, "-") && s.joined(k)) && s.isCap(k+1)) ||
		(placeAdjective(s.tok(k)) && s.isCap(k+1)) {
		if s.lineBreak(k) && k > start {
			break
		}
		if s.is(k, "and") && s.titleSoon(k+1) {
			break // "… Industry and Trade Tran Quoc Hung and Philippine Agriculture Undersecretary …": another person
		}
		f, _ := strings.CutSuffix(s.fold(k), "'s")
		if isOrgHead(f) || countryName(f) != "" {
			lastHead = k
		}
		if k+1 < s.n() && s.isCap(k+1) && mayOpenPair(f) && countryName(f+" "+s.fold(k+1)) != "" {
			lastHead = k + 1
			k++
		}
		k++
	}
	if k == start {
		return j, j
	}
	if lastHead >= 0 {
		at := lastHead + 1
		if at < k && s.is(at, "and") {
			// "Minister of Maritime Affairs and Insular Policy Eleni
			// Marangopoulou": the office goes on after "and"; the name is the
			// last two words, or three from a Vietnamese family name.
			at = s.nameAfterAnd(at, k)
		}
		return k, at
	}
	for m := start + 1; m < k; m++ {
		if s.is(m, "and") {
			// "Minister of Energy and Mines Viengkham Phommachanh": a ministry of
			// two portfolios, no word of them an organisation's head.
			return k, s.nameAfterAnd(m, k)
		}
	}
	for m := start + 1; m < k; m++ {
		if isVietFamily(s.fold(m)) {
			return k, m
		}
	}
	if k-(start+1) < 2 {
		return j, j // "of the Quang Ninh": one word left is the place's, not a name
	}
	return k, start + 1
}

// placeAdjective reports a lower-case word inside an organisation's name:
// "the provincial People's Committee", "the municipal Department of Health".
func placeAdjective(w string) bool {
	switch w {
	case "provincial", "municipal", "city", "district", "national", "central", "local", "state":
		return true
	}
	return false
}

// name reads a person's name at j: up to maxNameWords capitalised words that
// are not acronyms, function words or title words, joined by spaces or hyphens.
func (s *scanner) name(j int) (int, int) {
	k := j
	for k < s.n() && k-j < 2*maxNameWords {
		if k > j && !s.isCap(k) {
			// "Marieke van der Heijden", "Annelies de Groot": particles between
			// the given and the family name.
			m := k
			for m < s.n() && m-k < 3 && !s.isCap(m) && nameParticle(s.fold(m)) && s.gap(m) == " " {
				m++
			}
			if m > k && m < s.n() && s.isCap(m) && s.gap(m) == " " {
				k = m
				continue
			}
		}
		if !s.isCap(k) || s.isAllCaps(k) || (k > j && s.lineBreak(k)) {
			break
		}
		if f := s.fold(k); notName(f) && !(k > j && isVietFamily(f)) && !(f == "to" && s.isCap(k+1)) {
			break
		}
		if k > j && s.gap(k) != " " {
			break
		}
		k++
		// Hyphenated given names: "Jae-myung".
		if s.is(k, "-") && s.joined(k) && s.isWord(k+1) && s.joined(k+1) {
			k += 2
		}
	}
	particles := 0
	for m := j; m < k; m++ {
		if !s.isCap(m) && nameParticle(s.fold(m)) {
			particles++ // "Saif bin Nasser Al Habsi": four names and a particle
		}
	}
	if s.nameWords(j, k)-particles > maxNameWords {
		return j, j
	}
	return j, k
}

// nameParticle reports the lower-case words that stand inside names between
// a given and a family name: "van der", "de", "von", "da", "dos".
func nameParticle(w string) bool {
	switch w {
	case "van", "der", "den", "de", "von", "da", "das", "dos", "do", "di", "du", "del", "della", "la", "le", "ter", "ten", "bin", "binti", "al":
		return true
	}
	return false
}

// nameWords counts the words of tokens [j, k) as spaces separate them:
// "Jae-myung" is one.
func (s *scanner) nameWords(j, k int) int {
	words := 0
	for m := j; m < k; m++ {
		if m == j || !s.joined(m) {
			words++
		}
	}
	return words
}

// isTitleAbbrev reports an acronym that is itself a title: "PM", "DPM", "FM".
func isTitleAbbrev(w string) bool { return w == "PM" || w == "DPM" || w == "FM" }

// isQualifier reports a lower-case word that may stand before a title:
// "former", "newly elected".
func isQualifier(w string) bool {
	switch w {
	case "former", "then", "late", "outgoing", "incoming", "newly", "elected", "current":
		return true
	}
	return false
}

// officeOf reports a word naming a body by its office ("Directorate",
// "Secretariat", "Consulate"): a title word after it names the body.
func officeOf(w string) bool {
	return len(w) > 6 && (strings.HasSuffix(w, "ate") || strings.HasSuffix(w, "iat"))
}

// Portfolio reports whether the folded word names a minister's portfolio
// ("construction", "tourism"): it may close a title written before a name.
func Portfolio(w string) bool { return isPortfolio(w) }
