package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/rank"
)

// resolveDefiniteSubjects gives a rank whose subject is a definite noun ("The
// port handled …, making it the third-largest container port") the name that
// noun stands for: the latest name before it in the document whose last word
// is that noun ("Hon Khoi International Port"). Facts are in document order
// within each sentence and sentences in order, as Extract makes them.
func resolveDefiniteSubjects(facts []*Fact, people []attrib.Person) {
	var names []*Fact
	main := ""
	for _, f := range facts {
		switch {
		case f.Kind == KindName:
			names = append(names, f)
		case f.Kind == KindRank && f.Rank != nil && strings.EqualFold(f.Rank.Subject, "it"):
			// "…'s pre-tax profit came in at VND 8,640 billion. That made it
			// the eighth-most profitable lender": the name opening the
			// sentence before, in the same paragraph.
			name := makingItSubject(f)
			if name == "" {
				name = previousOpeningName(f)
			}
			if ws := strings.Fields(f.Text()); name != "" && attrib.CountryName(name) != "" && len(ws) > 0 && rank.FirmNoun(strings.ToLower(ws[len(ws)-1])) {
				// "Japan, its largest market, takes 70 percent. It is the
				// country's second-largest tuna farming company": a country is
				// no company; the firm the headline names is.
				if firm := titleFirm(f.Doc, people); firm != "" {
					name = firm
				}
			}
			if name != "" {
				r := *f.Rank
				r.Subject = name
				f.Rank, f.Subject = &r, fold(name)
			}
		case f.Kind == KindRank && f.Rank != nil:
			noun, ok := definiteNoun(f.Rank.Subject)
			if strings.EqualFold(f.Rank.Subject, "its") || strings.EqualFold(f.Rank.Subject, "their") {
				// "Vinacas shipped …, cementing its position as …": the name that
				// opens the sentence; after none, the firm the text is about when
				// the rank is a firm's ("…, the company said, cementing its
				// position as Vietnam's second-largest cashew exporter").
				if name := openingNameFact(facts, f); name != "" {
					r := *f.Rank
					r.Subject = name
					f.Rank, f.Subject = &r, fold(name)
					continue
				}
				if ws := strings.Fields(strings.TrimSuffix(f.Text(), " "+f.Rank.Scope)); len(ws) > 0 && rank.FirmNoun(strings.ToLower(ws[len(ws)-1])) {
					noun, ok = "company", true // "the third-largest carrier in Laos": the noun before its field
				}
			}
			if !ok && f.Rank.Subject == "" && speakingFirm(f) {
				// "…, the world's second-largest DRAM maker said": the firm speaks
				// of itself.
				noun, ok = "company", true
			}
			if !ok {
				continue
			}
			if placeNouns[strings.ToLower(noun)] && !nameEndsWith(names, f, noun) {
				// "The city runs the second-largest tram network": the city the
				// article is filed from, its dateline's.
				if city := datelineCity(f.Doc.Text); city != "" {
					r := *f.Rank
					r.Subject = city
					f.Rank, f.Subject = &r, fold(city)
				}
				continue
			}
			if strings.EqualFold(noun, "kingdom") && !nameEndsWith(names, f, noun) {
				// "The kingdom is the fifth-largest Gulf investor": the latest
				// monarchy the text names before it.
				if king := latestMonarchy(f); king != "" {
					r := *f.Rank
					r.Subject = king
					f.Rank, f.Subject = &r, fold(king)
				}
				continue
			}
			if rank.FirmNoun(strings.ToLower(noun)) && !nameEndsWith(names, f, noun) {
				// "Thanasarn shipped 421,000 tonnes …. The company, Thailand's
				// third-largest exporter, …": the name that opened the sentence
				// before; else the firm the article is about, the organisation it
				// names most.
				if prev := previousOpeningName(f); prev != "" && shortFirmName(facts, people, prev) {
					r := *f.Rank
					r.Subject = prev
					f.Rank, f.Subject = &r, fold(prev)
					continue
				}
				if named := appositionNaming(f.Doc.Text[:f.Span.Start], noun); named != "" {
					// "OSM Bugowa, a dairy cooperative based in Siemiatycze, …
					// The cooperative, Poland's third-largest …": the name the
					// text gave that noun to.
					r := *f.Rank
					r.Subject = named
					f.Rank, f.Subject = &r, fold(named)
					continue
				}
				if main == "" {
					// The firm the headline names and the text names again leads
					// the document; else the organisation it names most.
					if main = titleFirm(f.Doc, people); main == "" {
						main = mainOrganisation(facts, people)
					}
				}
				firm := main
				if firm == "" {
					// "Shares in Chao Phraya Golden Sugar rose 3.2% …. The
					// company, the second-largest sugar producer …": the one name
					// of the sentence before, when no firm leads the document.
					firm = onlyNameBefore(names, f, people)
				}
				if firm != "" {
					r := *f.Rank
					r.Subject = firm
					f.Rank, f.Subject = &r, fold(firm)
				}
				continue
			}
			for i := len(names) - 1; i >= 0; i-- {
				n := names[i]
				if n.Span.End > f.Span.Start || n.Doc != f.Doc {
					continue
				}
				text := n.Doc.Text[n.Span.Start:n.Span.End]
				if sp := strings.LastIndexByte(text, ' '); sp > 0 && strings.EqualFold(text[sp+1:], noun) {
					r := *f.Rank
					r.Subject = text
					f.Rank, f.Subject = &r, fold(text)
					break
				}
			}
		}
	}
}

// onlyNameBefore returns the one name of two words or more, no person's,
// that the sentence right before f's gives, as written; "" when it gives
// none or several.
func onlyNameBefore(names []*Fact, f *Fact, people []attrib.Person) string {
	person := personNames(people)
	found := ""
	var sent Span
	for i := len(names) - 1; i >= 0; i-- {
		n := names[i]
		if n.Doc != f.Doc || n.Sentence.End > f.Sentence.Start {
			continue
		}
		if sent == (Span{}) {
			sent = n.Sentence
			if strings.TrimSpace(f.Doc.Text[sent.End:f.Sentence.Start]) != "" {
				return "" // a name from further back
			}
		}
		if n.Sentence != sent {
			break
		}
		if len(strings.Fields(n.Subject)) < 2 || person[n.Subject] {
			continue
		}
		if found != "" {
			return ""
		}
		found = f.Doc.Text[n.Span.Start:n.Span.End]
	}
	return found
}

// personNames returns the folded names the person mentions give.
func personNames(people []attrib.Person) map[string]bool {
	out := make(map[string]bool, len(people))
	for _, p := range people {
		out[fold(p.Name)] = true
	}
	return out
}

// monarchies are the countries news calls "the kingdom".
var monarchies = map[string]bool{"saudi arabia": true, "thailand": true, "cambodia": true, "united kingdom": true,
	"netherlands": true, "norway": true, "sweden": true, "denmark": true, "spain": true, "belgium": true,
	"jordan": true, "morocco": true, "bahrain": true, "bhutan": true, "tonga": true, "lesotho": true, "eswatini": true}

// latestMonarchy returns the latest country before f in its document that
// is a monarchy, as written ("Saudi Arabia", "Bahrain"); "" when there is
// none.
func latestMonarchy(f *Fact) string {
	ws := strings.Fields(f.Doc.Text[:f.Span.Start])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-400; i-- {
		for n := 1; n <= 2 && i-n+1 >= 0; n++ {
			name := strings.TrimRight(strings.Join(ws[i-n+1:i+1], " "), ",.;:")
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			if !isCapitalised(name) {
				continue
			}
			if monarchies[strings.ToLower(name)] || monarchies[strings.ToLower(attrib.CountryName(name))] {
				return name
			}
		}
	}
	return ""
}

// appositionNaming returns the capitalised name that text last describes
// with noun in an apposition ("OSM Bugowa, a dairy cooperative based in …"
// for "cooperative"), "" when it does not.
func appositionNaming(text, noun string) string {
	noun = strings.ToLower(noun)
	name := ""
	for from := 0; ; {
		i := strings.Index(text[from:], ", a")
		if i < 0 {
			return name
		}
		at := from + i
		from = at + 3
		rest := text[at+2:]
		ws := strings.Fields(rest[:min(len(rest), 80)])
		if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" {
			continue
		}
		found := false
		for _, w := range ws[1:min(len(ws), 6)] {
			lw := strings.ToLower(strings.TrimRight(w, ",.;"))
			if lw == noun {
				found = true
				break
			}
			if strings.ContainsAny(w, ",.;") {
				break
			}
		}
		if !found {
			continue
		}
		before := strings.Fields(text[max(0, at-60):at])
		n := 0
		for k := len(before) - 1; k >= 0 && n < 4 && isCapitalised(before[k]) && !strings.ContainsAny(before[k], ".,;:"); k-- {
			n++
		}
		if n > 0 && n < len(before) || n > 0 && at < 60 {
			if cand := strings.Join(before[len(before)-n:], " "); !openerWords[strings.ToLower(before[len(before)-n])] {
				name = cand
			}
		}
	}
}

// shortFirmName reports a name that shortens a firm named earlier in full by
// its first words ("Thanasarn Rubber Pcl … Thanasarn shipped"): people are
// shortened to their last name, so this is no person.
func shortFirmName(facts []*Fact, people []attrib.Person, short string) bool {
	if attrib.CountryName(short) != "" {
		return false
	}
	for _, p := range people {
		if attrib.SameName(p.Name, short) || strings.HasPrefix(p.Name, short+" ") {
			return false
		}
	}
	for _, f := range facts {
		if f.Kind != KindName || f.Key != "" || f.Doc == nil {
			continue
		}
		if strings.HasPrefix(f.Doc.Text[f.Span.Start:f.Span.End], short+" ") {
			return true
		}
	}
	return false
}

// placeNouns stand for the city an article is filed from.
var placeNouns = map[string]bool{"city": true, "town": true, "capital": true}

// datelineCity returns the city of a news dateline opening a paragraph
// ("WRZOSÓW, Oct 15 (VNA) - …", "NAKURU - …") as the text writes it elsewhere
// ("Wrzosów"); "" when the text has no dateline or never names the city
// otherwise.
func datelineCity(text string) string {
	for off := 0; off < len(text) && off < 4000; {
		line := text[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		off += len(line) + 1
		end := strings.IndexAny(line, ",-–—(")
		if end <= 2 {
			continue
		}
		city := strings.TrimSpace(line[:end])
		if city == "" || strings.ToUpper(city) != city || strings.ToLower(city) == city || len(city) > 30 {
			continue // a dateline's city is written in capitals
		}
		// The same words in ordinary case elsewhere in the text.
		for i := 0; i+len(city) <= len(text); {
			j := indexFold(text[i:], city)
			if j < 0 {
				break
			}
			if w := text[i+j : i+j+len(city)]; w != city && strings.ToUpper(w) == city {
				return w
			}
			i += j + len(city)
		}
		return ""
	}
	return ""
}

// indexFold is strings.Index ignoring case.
func indexFold(s, sub string) int {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	if len(ls) != len(s) || len(lsub) != len(sub) {
		return -1 // a case change of another length: give up rather than misplace offsets
	}
	return strings.Index(ls, lsub)
}

// speakingFirm reports whether a rank phrase names a firm that speaks: "the
// world's second-largest DRAM maker said in a filing".
func speakingFirm(f *Fact) bool {
	text := f.Doc.Text[f.Span.Start:f.Span.End]
	last := text[strings.LastIndexByte(text, ' ')+1:]
	if !rank.FirmNoun(strings.ToLower(last)) {
		return false
	}
	rest := strings.TrimLeft(f.Doc.Text[f.Span.End:min(len(f.Doc.Text), f.Span.End+12)], " ")
	return strings.HasPrefix(rest, "said") || strings.HasPrefix(rest, "says") || strings.HasPrefix(rest, "told")
}

// nameEndsWith reports whether a name before rank fact f ends with noun.
func nameEndsWith(names []*Fact, f *Fact, noun string) bool {
	for _, n := range names {
		text := n.Doc.Text[n.Span.Start:n.Span.End]
		if n.Span.End <= f.Span.Start && n.Doc == f.Doc && strings.HasSuffix(strings.ToLower(text), " "+strings.ToLower(noun)) {
			return true
		}
	}
	return false
}

// mainOrganisation returns the name of two words or more that the document
// gives most often (the first of equals), people, bylines and countries
// aside; "" when several are named once each.
func mainOrganisation(facts []*Fact, people []attrib.Person) string {
	person := personNames(people)
	count := map[string]int{}
	var order []string
	text := map[string]string{}
	for _, f := range facts {
		if f.Kind != KindName || f.Key != "" || person[f.Subject] || len(strings.Fields(f.Subject)) < 2 ||
			strings.HasPrefix(f.Subject, "by ") || attrib.CountryName(f.Subject) != "" {
			continue // people, bylines and countries are no firm
		}
		if count[f.Subject] == 0 {
			order = append(order, f.Subject)
			text[f.Subject] = f.Doc.Text[f.Span.Start:f.Span.End]
		}
		count[f.Subject]++
	}
	if len(order) > 1 && len(facts) > 0 && facts[0].Doc != nil {
		// A firm named once in full is named again by its last word
		// ("Grupo Comercial Ixtlán … Ixtlán ended June with 412 stores").
		doc := facts[0].Doc.Text
		for _, k := range order {
			t := text[k]
			if last := t[strings.LastIndexByte(t, ' ')+1:]; attrib.CountryName(last) == "" {
				count[k] += countWord(doc, last) - 1 // a whole word: not "Peninsular Malaysia" for every "Malaysia", nor "Go" in "Good"
			}
			if first := t[:strings.IndexByte(t, ' ')]; len(first) > 3 && attrib.CountryName(first) == "" {
				count[k] += strings.Count(doc, first+" ") + strings.Count(doc, first+"'") - 1 // "Hanbit Ocean Shipbuilding … Hanbit said"
			}
		}
	}
	best := ""
	for _, k := range order {
		if best == "" || count[k] > count[best] {
			best = k // the first named wins a tie: a story names its firm first
		}
	}
	if best != "" && count[best] < 2 && len(order) > 1 {
		return "" // several named once: no telling which
	}
	return text[best]
}

// titleFirm returns the name of one to three capitalised words that opens
// the document's title, a country's name or adjective aside, when its text
// repeats it at least twice more, as the title writes it ("Rudzupuķe revenue
// rises 10% on dairy and exports"): the firm the story is about. People and
// days are none; "" otherwise.
func titleFirm(d *Document, people []attrib.Person) string {
	if d == nil || d.Meta.Title == "" {
		return ""
	}
	person := personNames(people)
	ws := strings.Fields(d.Meta.Title)
	for i := 0; i < len(ws); {
		if !isCapitalised(strings.Trim(ws[i], "\"'“”‘’:,;")) {
			i++
			continue
		}
		start, j := i, i
		var run []string
		for j < len(ws) && len(run) < 3 {
			w := strings.Trim(ws[j], "\"'“”‘’")
			end := strings.HasSuffix(w, ":") || strings.HasSuffix(w, ",") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
			w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w, ":,;"), "'s"), "’s")
			if !isCapitalised(w) {
				break
			}
			run = append(run, w)
			j++
			if end {
				break
			}
		}
		i = max(j, i+1)
		name := strings.Join(run, " ")
		if name == "" || attrib.CountryName(name) != "" || attrib.CountryOfAdjective(strings.ToLower(name)) != "" ||
			person[fold(name)] || len(run) == 1 && (monthOrDay(strings.ToLower(name)) || len(name) < 4) {
			continue
		}
		// The headline's subject only: its first name that is no country's
		// ("Latvia's Rudzupuķe plans …", "Slovak supplier Povazan posts …"),
		// not a name further on ("… crosses the border with Angkor Dairy deal").
		if start > 3 {
			return ""
		}
		for k := len(run); k > 0; k-- {
			// "Kestovaara Q2 revenue rises": the words the text repeats
			// The whole run needs the text to name it once more, a part of it twice.
			need := 3
			if k == len(run) && k > 1 {
				need = 2
			}
			if name := strings.Join(run[:k], " "); (k > 1 || len(name) >= 4) && countWord(d.Text, name) >= need {
				return fullerName(d.Text, d.Meta.Title, name)
			}
		}
		return ""
	}
	return ""
}

// fullerName returns name with the capitalised words that follow it where
// the text writes it out ("Kestovaara Elevators" for the headline's
// "Kestovaara"), the form written most often outside the title's line;
// name when none is.
func fullerName(text, title, name string) string {
	count := map[string]int{}
	best := name
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			break
		}
		e := i + j + len(name)
		i = e
		ls := strings.LastIndexByte(text[:e], '\n') + 1
		le := strings.IndexByte(text[e:], '\n')
		if le < 0 {
			le = len(text) - e
		}
		if strings.Contains(text[ls:e+le], title) {
			continue // the headline itself ("Kestovaara Q2 revenue rises")
		}
		ws := strings.Fields(text[e:min(len(text), e+60)])
		if len(ws) == 0 || !strings.HasPrefix(text[e:], " ") {
			continue
		}
		full := name
		for _, w := range ws[:min(2, len(ws))] {
			bare := strings.TrimRight(w, ",.;:")
			if !isCapitalised(bare) || strings.HasSuffix(bare, "'s") || strings.HasSuffix(bare, "’s") {
				break
			}
			full += " " + bare
			if bare != w {
				break
			}
		}
		if full != name {
			count[full]++
			if count[full] > count[best] || count[full] == count[best] && len(full) > len(best) {
				best = full
			}
		}
	}
	return best
}

// definiteNoun returns the noun of a subject written "the port", "this city"
// or "the Can Tho-based group".
func definiteNoun(subject string) (string, bool) {
	ws := strings.Fields(subject)
	if len(ws) < 2 || len(ws) > 4 {
		return "", false
	}
	switch strings.ToLower(ws[0]) {
	case "the", "this":
	default:
		return "", false
	}
	noun := ws[len(ws)-1]
	if len(ws) > 2 && !rank.FirmNoun(strings.ToLower(noun)) {
		return "", false // "the port authority chief": only a firm's description is read past its first word
	}
	return noun, true
}

// previousOpeningName returns the capitalised name that opens the sentence
// before f's in its paragraph ("PhuSaBank's consolidated profit …" →
// "PhuSaBank"), "" when that sentence opens otherwise or there is none.
func previousOpeningName(f *Fact) string {
	text := f.Doc.Text
	start := f.Sentence.Start
	para := strings.LastIndex(text[:start], "\n")
	prev := ""
	for _, sp := range Sentences(text[para+1 : start]) {
		prev = text[para+1+sp.Start : para+1+sp.End]
	}
	if strings.TrimSpace(text[para+1:start]) == "" && para > 0 {
		// "Rimal carried 14.2 million passengers …\n\nThat makes it the
		// third-largest carrier": the sentence opens its paragraph, so "it" is
		// the last one's.
		end := strings.TrimRight(text[:para], " \t\r\n")
		from := strings.LastIndex(end, "\n") + 1
		for _, sp := range Sentences(end[from:]) {
			prev = end[from+sp.Start : from+sp.End]
		}
	}
	ws := strings.Fields(prev)
	n := 0
	for n < len(ws) && n < 4 && isCapitalised(ws[n]) {
		w := ws[n]
		n++
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, ",") {
			break
		}
	}
	if n == 0 || n == len(ws) || openerWords[strings.ToLower(ws[0])] || n == 1 && strings.HasSuffix(ws[0], ",") && isAllCaps(strings.TrimSuffix(ws[0], ",")) {
		return "" // "QUITO, June 19 (ATW) - …": a dateline's city files the story, it is no antecedent
	}
	name := strings.Join(ws[:n], " ")
	name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ","), "'s"), "’s")
	return name
}

// makingItSubject returns the subject of the clause a ", making it the …"
// rank closes: "…, Singapore had 4,312 valid projects in Vietnam …, making it
// the second-largest foreign investor" gives "Singapore", the capitalised
// name right before the clause's verb (had, has, is, was, …); "" when the
// rank follows no "making it" or no such name stands before it.
func makingItSubject(f *Fact) string {
	text := f.Doc.Text
	if f.Sentence.Start > f.Span.Start || f.Span.Start > len(text) {
		return ""
	}
	before := text[f.Sentence.Start:f.Span.Start]
	k := max(strings.LastIndex(before, ", making it "), strings.LastIndex(before, ", keeping it ")) // "…, keeping it the second-largest market": it stays what the clause made it
	if k < 0 {
		return ""
	}
	ws := strings.Fields(before[:k])
	for i := 0; i+1 < len(ws); i++ {
		v := i + 1
		for v+1 < len(ws) && (ws[v] == "currently" || ws[v] == "now" || ws[v] == "still" || ws[v] == "already" || ws[v] == "also") {
			v++ // "the UK currently has around 560 projects": the verb after its adverb
		}
		switch ws[v] {
		case "had", "has", "have", "is", "was", "were", "are", "reached", "received", "recorded", "registered", "attracted", "invested", "poured":
		default:
			continue
		}
		j := i
		for j > 0 && isCapitalised(ws[j-1]) && !strings.HasSuffix(ws[j-1], ",") {
			j--
		}
		if !isCapitalised(ws[i]) || strings.HasSuffix(ws[i], ",") || openerWords[strings.ToLower(ws[j])] && j == i {
			continue
		}
		if openerWords[strings.ToLower(ws[j])] {
			j++
		}
		return strings.Join(ws[j:i+1], " ")
	}
	return ""
}

// openerWords are capitalised sentence openers that are no name.
var openerWords = map[string]bool{"the": true, "this": true, "that": true, "it": true, "in": true, "on": true,
	"at": true, "for": true, "but": true, "and": true, "according": true, "last": true, "its": true,
	"a": true, "an": true, "by": true, "after": true, "while": true, "he": true, "she": true, "they": true, "we": true,
	"when": true, "as": true, "since": true, "although": true, "because": true, "before": true, "if": true}

// shareRankSubjects gives a rank with no subject the subject of the rank
// before it in its sentence when "and" and a verb of ranking join them: "The
// Kolín-based group is the third-largest brewer in the Czech Republic and
// ranks 14th among European brewers" ranks the group twice.
func shareRankSubjects(facts []*Fact) {
	var prev *Fact
	for _, f := range facts {
		if f.Kind != KindRank || f.Rank == nil {
			continue
		}
		if prev != nil && prev.Doc == f.Doc && prev.Sentence == f.Sentence && f.Subject == "" && f.Rank.Subject == "" && prev.Subject != "" &&
			prev.Span.End <= f.Span.Start && f.Span.Start <= len(f.Doc.Text) {
			between := strings.Fields(strings.ToLower(f.Doc.Text[prev.Span.End:f.Span.Start]))
			if n := len(between); n >= 2 && n <= 8 && between[n-2] == "and" && rankingVerb(between[n-1]) {
				r := *f.Rank
				r.Subject = prev.Rank.Subject
				f.Rank, f.Subject = &r, prev.Subject
			}
		}
		prev = f
	}
}

// rankingVerb reports a verb that gives its subject a place: "ranks",
// "ranked", "is".
func rankingVerb(w string) bool {
	switch w {
	case "ranks", "ranked", "ranking", "is", "was", "placed", "came", "comes", "sits", "stands", "stood":
		return true
	}
	return false
}

// continueStandings gives places in the standings the category of the
// ranking the sentence before opened: "South Korea remained the largest
// source market. China came second with 960,000, …, followed by Russia, India
// and Taiwan" ranks China, Russia, India and Taiwan as source markets, not
// as a race's finishers. Only a sentence right after a first place, in its
// paragraph, numbering on from it, is read so.
func continueStandings(facts []*Fact) {
	var top *Fact
	for i, f := range facts {
		if f.Kind != KindRank || f.Rank == nil {
			continue
		}
		r := f.Rank
		if r.Rank == 1 && len(r.Categories) > 0 && r.Categories[0] != "standing" && !r.AtMost {
			top = f
			continue
		}
		// "Indonesia was the second-largest, followed by …": a superlative
		// with no category, of another subject than the first place's.
		bare := len(r.Categories) == 0 && f.Subject != "" && top != nil && f.Subject != top.Subject && superlativeOf(f.Text()) != ""
		if top == nil || top.Doc != f.Doc || !bare && (len(r.Categories) != 1 || r.Categories[0] != "standing") || r.Rank != 2 ||
			!nextSentence(f.Doc.Text, top.Sentence, f.Sentence) {
			continue
		}
		next, sent := 2, f.Sentence
		for _, g := range facts[i:] {
			if g.Kind != KindRank || g.Rank == nil {
				continue
			}
			if g.Sentence != sent {
				// "South Korea was second … . Taiwan ranked third …": the
				// numbering may go on in the next sentence of the paragraph.
				if g.Doc != f.Doc || !nextSentence(f.Doc.Text, sent, g.Sentence) || g.Rank.Rank != next {
					break
				}
				sent = g.Sentence
			}
			if gr := g.Rank; gr.Rank == next && (len(gr.Categories) == 1 && gr.Categories[0] == "standing" || len(gr.Categories) == 0 && (g != f || bare)) {
				c := *gr
				c.Categories, c.Owner, c.Scope = top.Rank.Categories, top.Rank.Owner, top.Rank.Scope
				g.Rank, g.Key = &c, strings.Join(c.Categories, " ")
				next++
			}
		}
		top = nil
	}
}

// nextSentence reports whether sentence b follows sentence a in text with
// no line break between them: the same paragraph.
func nextSentence(text string, a, b Span) bool {
	return a.End <= b.Start && b.Start <= len(text) && !strings.Contains(text[a.End:b.Start], "\n") && strings.TrimSpace(text[a.End:b.Start]) == ""
}

// followsOn reports a sentence opening "It was followed by" (or "They were",
// "This was"): the names after it go on with a ranking given before.
func followsOn(w words) bool {
	switch w.lower(0) {
	case "it", "this", "they", "that":
	default:
		return false
	}
	return (w.lower(1) == "was" || w.lower(1) == "were") && w.lower(2) == "followed" && w.lower(3) == "by"
}

// followedByFacts adds the ranks of a sentence that goes on with the last
// ranking of the sentence prev before it in its paragraph: "… shows Ndumberi
// Hill Boys as the top school. It was followed by Lake Basin Girls, …".
// facts[from:] are the sentence's own facts.
func followedByFacts(doc *Document, s Span, w words, facts []*Fact, from int, prev Span) []*Fact {
	if !nextSentence(doc.Text, prev, s) {
		return facts
	}
	var last *Fact
	for _, f := range facts[:from] {
		if f.Kind == KindRank && f.Sentence == prev && f.Rank != nil && len(f.Rank.Categories) > 0 && f.Subject != "" {
			last = f
		}
	}
	if last == nil {
		return facts
	}
	for _, r := range rank.FollowedBy(w.text, w.toks, *last.Rank) {
		r.Start += s.Start
		r.End += s.Start
		r.SubjectStart += s.Start
		r.SubjectEnd += s.Start
		facts = append(facts, w.alloc.facts.new(Fact{Kind: KindRank, Doc: doc, Span: Span{r.Start, r.End}, Sentence: s,
			Key: strings.Join(r.Categories, " "), Subject: fold(r.Subject), Period: last.Period, Rank: w.alloc.ranks.new(r)}))
	}
	return facts
}

// openingNameFact returns the name that opens f's sentence, as written; ""
// when the sentence opens on no name.
func openingNameFact(facts []*Fact, f *Fact) string {
	for _, n := range facts {
		if n.Kind == KindName && n.Doc == f.Doc && n.Span.Start == f.Sentence.Start {
			return n.Doc.Text[n.Span.Start:n.Span.End]
		}
	}
	return ""
}
