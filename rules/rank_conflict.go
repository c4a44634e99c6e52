package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// RankConflict flags one subject given different ranks in the same category.
func RankConflict() *Rule {
	return &Rule{
		ID:        "rank-conflict",
		Title:     "the same subject is given different ranks",
		Severity:  Warning,
		SameStory: true,
		Run:       runRankConflict,
		Doc: `A subject ranked in a category ("Japan is the third-largest investor")
is given another rank in the same category elsewhere ("Japan is the second-largest
investor"). A rank that covers several categories ("fourth-largest trading and
tourism partner") is compared once per category. "Top five" is a bound: it
conflicts only with a rank above five.

Subjects are compared case-folded. Owners (whose ranking: "Vietnam's third-largest
investor") must be equal when both are stated; an unstated owner matches any,
because articles usually leave the obvious owner out. Scopes ("in Asia", "in the
world") must be equal, and an unstated scope matches only an unstated scope: first
in Asia and second in the world are both true.

Subjects are compared as names without trailing designators ("Hon Khoi
International Port" is "Hon Khoi") and countries under one name ("Britain", "the
United Kingdom"). A rank for a stated period ("ninth last year") is compared with
another for that period, and with a rank that states none from a source of the
year after at most (its current ranking), but not from the same source (then and
now); ranks of one stated period never change.

When both sources are dated more than a week apart, a different rank without a
stated period is a change and is reported as info.

Bad:
    a.txt: Japan is the third-largest investor in the country.
    b.txt: Japan ranks second in investment.

Good:
    a.txt: Japan is the third-largest investor in the country.
    b.txt: Japan ranks among the top five investors.

Severity warning: one source is wrong or the two rank different things (a
different year, a different measure) without saying so.`,
	}
}

// rankGroupKey is what two rank claims must share to be compared; their
// periods are matched within the group (periodSets).
type rankGroupKey struct{ subject, category, scope string }

// rankHit is a conflict or change between two rank claims, possibly in several
// categories, collected so each pair is reported once.
type rankHit struct {
	odd, ref member
	cats     []string
	change   bool
}

func runRankConflict(p *Pass) {
	var order []rankGroupKey
	groups := map[rankGroupKey][]member{}
	short := shortNames(p.Index.Kind(claims.KindRank))
	namedElsewhere := map[string]bool{} // subjects some source ranks without "the"
	for _, f := range p.Index.Kind(claims.KindRank) {
		if f.Rank != nil && !commonDefinite(f.Rank.Subject) {
			namedElsewhere[rankSubject(foldSubject(f.Rank.Subject))] = true
		}
	}
	for _, f := range p.Index.Kind(claims.KindRank) {
		r := f.Rank
		if r == nil || r.Rank < 1 || f.Doc == nil {
			continue
		}
		subj := foldSubject(r.Subject)
		if subj == "" {
			subj = foldSubject(f.Subject)
		}
		if subj == "" || quantity.CurrencyName(subj) {
			continue // "followed by SEK 1.5 billion for green steel": amounts in order, no ranked subject
		}
		subj = rankSubject(subj)
		if s, ok := short[subj]; ok {
			subj = s // "Nexora Infotech Ltd" and "Nexora": one company
		}
		if commonDefinite(r.Subject) && !namedElsewhere[subj] {
			// "the line" and "the pipeline": each source's word for the thing
			// its story is about, ranked in one category ("the transpacific",
			// which another source ranks by that name, is a name)
			subj = "\x00the"
		}
		iv := quantity.Interval{Lo: float64(r.Rank), Hi: float64(r.Rank)}
		if r.AtMost {
			iv.Lo = 1
		}
		if place := placeScope(r.Scope); place != "" && r.Owner == "" && country(place) {
			// "the third-largest foreign investor in Vietnam" is Vietnam's
			// third-largest: the place is the ranking's owner.
			g, rr := *f, *r
			rr.Owner, rr.Scope = place, ""
			g.Rank = &rr
			f, r = &g, &rr
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(r.Scope), "in the "); ok && r.Owner == "" && rest != "" &&
			strings.ToLower(rest) == rest && !strings.ContainsAny(rest, ",;") && len(strings.Fields(rest)) <= 2 && !boundingScope(rest) {
			// "the second-largest consumer of electricity in the pool" is the
			// pool's, as "the pool's largest electricity consumer" is.
			g, rr := *f, *r
			rr.Owner, rr.Scope = "the "+rest+"'s", ""
			g.Rank = &rr
			f, r = &g, &rr
		}
		if r.Scope == "" && regionName(r.Owner) {
			// "Europe's fifth-largest low-cost carrier" is the fifth-largest in
			// Europe: a region owns no ranking, it bounds one.
			g, rr := *f, *r
			rr.Scope, rr.Owner = "in "+r.Owner, ""
			g.Rank = &rr
			f, r = &g, &rr
		}
		scope := scopeKey(r.Scope)
		if scope == "bloc" {
			scope = blocNamed(f.Doc.Text) // "in the bloc": the one the article names
		}
		for _, c := range r.Categories {
			k := rankGroupKey{subj, rankCategory(strings.ToLower(strings.TrimSpace(c))), scope}
			if rest, place := regionalCategory(c, factText(f)); scope == "" && place != "" {
				k.category, k.scope = rest, place
			}
			if k.category == "" {
				continue
			}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], member{f: f, iv: iv})
		}
	}
	order = mergeNarrowerCategories(groups, order)
	var hits []*rankHit
	byPair := map[pairKey]*rankHit{}
	for _, k := range order {
		for _, ps := range periodSets(groups[k]) {
			for _, set := range ownerSets(ps) {
				hits = collectRankHits(hits, byPair, k, rankHits(set, ps[0].f.Period != ""))
			}
		}
	}
	for _, h := range hits {
		reportRank(p, h)
	}
	checkRankCollisions(p, groups, order)
}

// mergeNarrowerCategories files the claims of a category that another of one
// subject and scope writes out more fully ("basmati export", "basmati rice
// export"; see fullerCategory) under the longer one: one ranking named two
// ways. A category that drops a first word ("oil" of "sunflower oil") is a
// broader field and stays apart, as does one that several longer ones extend.
func mergeNarrowerCategories(groups map[rankGroupKey][]member, order []rankGroupKey) []rankGroupKey {
	out := order[:0:0]
	for _, k := range order {
		var into rankGroupKey
		n := 0
		for _, o := range order {
			if o.subject == k.subject && o.scope == k.scope && o.category != k.category && fullerCategory(k.category, o.category) {
				into, n = o, n+1
			}
		}
		if n == 1 {
			groups[into] = append(groups[into], groups[k]...)
			delete(groups, k)
			continue
		}
		out = append(out, k)
	}
	return out
}

// fullerCategory reports whether long writes out short with words right
// after its first ("basmati rice export" of "basmati export", "carbon fibre
// bicycle frame" of "carbon bicycle frame"): the first word's own noun, the
// rest alike. Words between others narrow the field ("busiest cargo
// airport"), and a product made from the first is another ("wheat flour").
func fullerCategory(short, long string) bool {
	ws, wl := strings.Fields(short), strings.Fields(long)
	n := len(wl) - len(ws)
	if len(ws) < 2 || n <= 0 || ws[0] != wl[0] || !slices.Equal(ws[1:], wl[1+n:]) || strings.HasSuffix(ws[0], "est") {
		return false // "busiest airport", "busiest cargo airport": a superlative's field, narrowed
	}
	for _, w := range wl[1 : 1+n] {
		if processedNoun(w) {
			return false
		}
	}
	return true
}

// processedNoun reports a noun of a product made from the crop or stuff
// before it: "wheat flour", "sunflower oil", "orange juice".
func processedNoun(w string) bool {
	switch w {
	case "flour", "oil", "meal", "juice", "paste", "pulp", "powder", "concentrate", "cake", "butter", "sugar", "wine", "yarn", "fabric", "steel":
		return true
	}
	return false
}

// checkRankCollisions reports two subjects that two sources put at one
// place of one ranking: "India was the third-largest source market" and
// "South Korea, the third-largest source market" cannot both hold. Only exact
// places below the first count (a "largest" is said loosely, a "top five"
// holds five), of one category, scope, owner and period, in sources a few
// days apart; a subject the other source ranks too is rank-conflict's own
// case above.
func checkRankCollisions(p *Pass, groups map[rankGroupKey][]member, order []rankGroupKey) {
	type place struct {
		category, scope, owner, period string
		rank                           int
	}
	var places []place
	at := map[place][]member{}
	subjectsOf := map[*claims.Document]map[string]bool{}
	for _, k := range order {
		for _, m := range groups[k] {
			r := m.f.Rank
			if subjectsOf[m.f.Doc] == nil {
				subjectsOf[m.f.Doc] = map[string]bool{}
			}
			subjectsOf[m.f.Doc][k.subject] = true
			if r.AtMost || r.Rank < 2 || k.category == "standing" || k.category == "seed" {
				continue // a bare "fourth" places someone in one of many events, rounds or races; each draw has its own seeds
			}
			pl := place{k.category, k.scope, ownerKey(r.Owner), m.f.Period, r.Rank}
			if _, ok := at[pl]; !ok {
				places = append(places, pl)
			}
			at[pl] = append(at[pl], m)
		}
	}
	done := map[pairKey]bool{}
	for _, pl := range places {
		ms := at[pl]
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				sa, sb := rankSubject(foldSubject(a.f.Rank.Subject)), rankSubject(foldSubject(b.f.Rank.Subject))
				if a.f.Doc == b.f.Doc || sa == "" || sb == "" || sa == sb || strings.Contains(sa, sb) || strings.Contains(sb, sa) || shareNameWord(sa, sb) {
					continue // "Amal General Hospital" and "Al-Amal": one place named two ways
				}
				if definiteDescription(a.f.Rank.Subject) || definiteDescription(b.f.Rank.Subject) {
					continue // "The mine, the third-largest coal producer": a description of what the other may name
				}
				if pronounSubject(sa) || pronounSubject(sb) {
					continue // "He is ranked second in the world": whoever the sentence before named
				}
				if subjectsOf[a.f.Doc][sb] || subjectsOf[b.f.Doc][sa] {
					continue // each source ranks the other's subject too: a conflict of that subject's own, or none
				}
				if gap := dateOf(a.f).Sub(dateOf(b.f)); gap > rankWindow || gap < -rankWindow {
					continue
				}
				if otherQualifiers(frontBasis(a.f), frontBasis(b.f)) {
					continue
				}
				k := newPairKey(a.f, b.f)
				if done[k] {
					continue
				}
				done[k] = true
				odd, ref := b, a
				if a.f.Doc.Meta.Published.After(b.f.Doc.Meta.Published) {
					odd, ref = a, b
				}
				p.Report(Finding{Claims: ClaimsOf(odd.f, ref.f), Message: fmt.Sprintf(
					"%s is called %s (%s, %s) and %s %s (%s, %s): one place of one ranking, two subjects",
					strings.TrimSpace(odd.f.Rank.Subject), rankText(odd.f), Quote(odd.f), Where(odd.f),
					strings.TrimSpace(ref.f.Rank.Subject), rankText(ref.f), Quote(ref.f), Where(ref.f))})
			}
		}
	}
}

// rankCategory gives the categories a trade ranking names alike one form: a
// country's largest "buyer", "importer", "market" or "export market" is one
// ranking, as is a tourism "source market".
func rankCategory(c string) string {
	switch c {
	case "buyer", "importer", "export market", "source market", "customer", "export destination", "destination":
		return "market"
	case "foreign investment", "foreign direct investment":
		return "investment" // a country's investors are foreign ones: "source of FDI", "foreign investor", "investor"
	case "bourse", "stock exchange", "exchange", "equity market", "stock market":
		return "stock market" // "the fifth-largest bourse in Southeast Asia", "the fourth-largest stock market"
	case "utility", "power", "electric utility", "power utility", "power company":
		return "electricity" // "the state's third-largest utility", "the second-largest electricity provider"
	}
	ws := strings.Fields(c)
	if n := len(ws); n >= 2 {
		switch ws[n-1] {
		case "brand", "seller", "maker", "manufacturer", "producer", "vendor":
			// "the third-largest motorcycle brand", "the second-largest
			// motorcycle seller": a firm's place in one product's market.
			ws[n-1] = "maker"
		case "education":
			ws[n-1] = "training" // "vocational education partner", "vocational training partner"
		case "material":
			if ws[n-2] == "raw" {
				ws = append(ws[:n-2], "ingredient") // "pharmaceutical raw materials", "pharmaceutical ingredients"
			}
		}
		c = strings.Join(ws, " ")
	}
	if rest, ok := strings.CutSuffix(c, " mining"); ok && rest != "" {
		return rest // "the fourth-largest listed gold miner", "the fifth-largest listed gold producer": one ranking
	}
	return c
}

// regionalCategory splits a category that opens with a region's or bloc's
// capitalised adjective into the plain category and the region's stem:
// "the fifth-largest Gulf investor" ranks in the Gulf as "third among Gulf
// investors" does, and "European investor" as "among European partners".
// It returns ("", "") for any other category.
func regionalCategory(c, text string) (rest, place string) {
	ws := strings.Fields(strings.ToLower(strings.TrimSpace(c)))
	if len(ws) < 2 || !regionName(ws[0]) && !demonym(ws[0]) {
		return "", ""
	}
	capital := false
	for _, w := range strings.Fields(text) {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && strings.EqualFold(strings.Trim(w, ",.;:"), ws[0]) {
			capital = true // a people's adjective is written capitalised; "electric" is not one
		}
	}
	if !capital {
		return "", ""
	}
	return rankCategory(strings.Join(ws[1:], " ")), placeStem(ws[0])
}

// collectRankHits adds the hits of one set to hits, merging a pair met in
// several categories into one hit.
func collectRankHits(hits []*rankHit, byPair map[pairKey]*rankHit, k rankGroupKey, found []*rankHit) []*rankHit {
	for _, h := range found {
		h.cats = []string{k.category}
		pk := newPairKey(h.odd.f, h.ref.f)
		if old, ok := byPair[pk]; ok {
			if !containsString(old.cats, k.category) {
				old.cats = append(old.cats, k.category)
			}
			continue
		}
		byPair[pk] = h
		hits = append(hits, h)
	}
	return hits
}

// periodSets splits rank claims by the period they state. A claim with none
// is the current ranking as its source saw it: it joins a stated period that
// is the latest one its publication date could mean ("ranked ninth last year"
// against another outlet's "is the seventh-largest" a few months later), but
// not when its own source states a period of that kind, since then the two are
// then and now ("ninth last year and seventh now").
func periodSets(ms []member) [][]member {
	var periods []string
	by := map[string][]member{}
	for _, m := range ms {
		if _, ok := by[m.f.Period]; !ok {
			periods = append(periods, m.f.Period)
		}
		by[m.f.Period] = append(by[m.f.Period], m)
	}
	undated := by[""]
	var out [][]member
	for _, p := range periods {
		if p == "" {
			out = append(out, undated)
			continue
		}
		set := append([]member(nil), by[p]...)
		from, to, ok := parsePeriod(p)
		for _, u := range undated {
			pub := dateOf(u.f)
			if !ok || pub.IsZero() || pub.Before(from) || pub.Sub(to) > latestReport || stated(by[p], u.f.Doc) {
				continue
			}
			set = append(set, u)
		}
		out = append(out, set)
	}
	return out
}

// latestReport is how long after a period closes an undated ranking may still
// mean it: annual rankings come out within months of the year's end.
const latestReport = 400 * 24 * time.Hour

// stated reports whether one of ms comes from doc.
func stated(ms []member, doc *claims.Document) bool {
	for _, m := range ms {
		if m.f.Doc == doc {
			return true
		}
	}
	return false
}

// designators are the words a name may end with or leave out and still name
// the same place or firm: "Hon Khoi International Port" is "Hon Khoi".
var designators = map[string]bool{"international": true, "port": true, "airport": true, "group": true,
	"corporation": true, "corp": true, "company": true, "holdings": true, "jsc": true, "ltd": true,
	"inc": true, "plc": true, "province": true, "city": true, "prefecture": true, "tbk": true, "bhd": true,
	"berhad": true, "pcl": true, "sa": true, "ag": true, "llc": true}

// leadDesignators open a company's legal name: "PT Nusantara Seluler Tbk".
var leadDesignators = map[string]bool{"pt": true, "cv": true, "jsc": true}

// rankSubject is the comparable form of a ranked subject: its name without
// designators, a country under one name ("Britain" = "the United Kingdom").
func rankSubject(subj string) string {
	switch subj {
	case "plant", "site", "factory", "facility", "new plant", "new factory":
		return "plant" // "the site", "the plant": one story's plant, however an outlet calls it
	}
	subj = nameCore(subj)
	if c := attrib.CountryName(subj); c != "" {
		subj = strings.ToLower(c)
	} else if c := attrib.CountryOfAdjective(subj); c != "" {
		subj = strings.ToLower(c) // "Thai investors … ranking ninth": Thailand ranks
	}
	return subj
}

// shortNames maps a ranked subject's name to a shorter name that other ranks
// give it, its first word or words ("nexora infotech" → "nexora", "minh phat
// seafood" → "minh phat"): a company named in full once and shorter after. A country is never such a short name
// ("Vietnam Airlines" is not Vietnam).
func shortNames(fs []*claims.Fact) map[string]string {
	single := map[string]bool{}
	var names []string
	type at struct {
		doc  *claims.Document
		sent claims.Span
	}
	sentences := map[string][]at{} // where each subject is ranked
	for _, f := range fs {
		if f.Rank == nil {
			continue
		}
		subj := foldSubject(f.Rank.Subject)
		if subj == "" {
			subj = foldSubject(f.Subject)
		}
		subj = rankSubject(subj)
		sentences[subj] = append(sentences[subj], at{f.Doc, f.Sentence})
		if subj == "" || strings.HasPrefix(subj, "the ") {
			continue
		}
		if !strings.Contains(subj, " ") {
			if attrib.CountryName(subj) == "" {
				single[subj] = true
			}
			continue
		}
		names = append(names, subj)
	}
	out := map[string]string{}
	for _, n := range names {
		if first, _, _ := strings.Cut(n, " "); single[first] {
			out[n] = first
		} else if last := n[strings.LastIndexByte(n, ' ')+1:]; single[last] && corporatePrefix(n[:len(n)-len(last)]) {
			out[n] = last // "Grupo Comercial Ixtlán" and "Ixtlán"
		}
	}
	// "Salmones Piedra Azul" and "Piedra Azul": a longer name whose last words
	// another rank gives as a name of two words or more, after one word of
	// trade.
	for _, n := range names {
		if _, ok := out[n]; ok {
			continue
		}
		for _, m := range names {
			if strings.Count(m, " ") >= 1 && strings.HasSuffix(n, " "+m) && strings.Count(n, " ") == strings.Count(m, " ")+1 && attrib.CountryName(m) == "" {
				out[n] = m
			}
		}
	}
	// "PT Asuransi Jiwa Teluk Permata Tbk" and "Teluk Permata": a legal
	// name that holds a name of two words or more inside, after at most
	// three words of form or trade and before at most one.
	for _, n := range names {
		if _, ok := out[n]; ok {
			continue
		}
		for _, m := range names {
			i := strings.Index(" "+n+" ", " "+m+" ")
			if strings.Count(m, " ") < 1 || i <= 0 || attrib.CountryName(m) != "" {
				continue
			}
			before, after := strings.Fields(n[:i-1]), strings.Fields(n[min(len(n), i-1+len(m)+1):])
			if len(before) >= 1 && len(before) <= 3 && len(after) <= 1 {
				out[n] = m
			}
		}
	}
	// "Minh Phat Seafood" and "Minh Phat": a longer name whose first words
	// another rank gives as a name of two words or more.
	for _, n := range names {
		if _, ok := out[n]; ok {
			continue
		}
		for _, m := range names {
			if len(m) < len(n) && strings.HasPrefix(n, m+" ") && attrib.CountryName(m) == "" && !particleName(n[len(m)+1:]) {
				if prev, ok := out[n]; !ok || len(m) < len(prev) {
					out[n] = m
				}
			}
		}
	}
	for n, m := range out {
		for _, a := range sentences[n] {
			if slices.Contains(sentences[m], a) {
				// "The Nova X was the best-selling model, followed by the
				// Nova X Lite": two things one sentence ranks apart.
				delete(out, n)
				break
			}
		}
	}
	return out
}

// particleName reports the rest of a longer place name that a particle opens:
// "mato grosso do sul" is another state than "mato grosso", "nueva esparta
// del norte" another than "nueva esparta".
func particleName(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "do", "da", "dos", "das", "de", "del", "della", "di", "du", "des":
		return true
	}
	return false
}

// nameCore is a folded name without its trailing designators; a name that is
// nothing but designators is kept whole.
func nameCore(name string) string {
	ws := strings.Fields(name)
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "this" || ws[0] == "its") {
		return name // "the port" is a description, not a name
	}
	n := len(ws)
	for n > 1 && designators[ws[n-1]] {
		n--
	}
	first := 0
	for first < n-1 && leadDesignators[ws[first]] {
		first++
	}
	return strings.Join(ws[first:n], " ")
}

// boundingScope reports a scope that bounds a ranking rather than owns it:
// "second in the world".
func boundingScope(s string) bool {
	switch s {
	case "world", "globe", "bloc", "region", "continent":
		return true
	}
	return false
}

// scopeKey is a scope folded for comparison, its preposition aside: "in ASEAN"
// and "ASEAN" (of "among ASEAN airport operators") are one scope, and so are a
// region and its field ("in Latin America", "among Latin American airlines").
func scopeKey(scope string) string {
	s := foldSubject(scope)
	for _, p := range []string{"in ", "within ", "among ", "the "} {
		s = strings.TrimPrefix(s, p)
	}
	if s == "country" || s == "nation" || s == "kingdom" || s == "republic" {
		return "" // "the third-largest … in the country", "in the kingdom": the story's country, as "the country's" is
	}
	if a, ok := blocAcronyms[s]; ok {
		s = a // "the European Union" is "the EU"
	}
	ws := strings.Fields(s)
	if n := len(ws); n >= 2 && strings.HasSuffix(ws[n-1], "s") && demonym(ws[n-2]) {
		ws = ws[:n-1] // the field's plural noun: who, not where
	}
	for i, w := range ws {
		switch w {
		case "lending", "lender", "lenders", "banks":
			w = "bank" // "among listed private lenders" and "… listed private bank"
		}
		ws[i] = placeStem(w)
	}
	return strings.Join(ws, " ")
}

// blocAcronyms map blocs written out to the acronyms news also uses.
var blocAcronyms = map[string]string{
	"european union": "eu", "association of southeast asian nations": "asean",
	"united states": "us", "united kingdom": "uk", "united arab emirates": "uae",
	"gulf cooperation council": "gcc", "african union": "au",
}

// demonym reports a word shaped like a people's or region's adjective.
func demonym(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// placeStem is a place word and its adjective reduced to one stem: "america"
// and "american", "asia" and "asian", "europe" and "european".
func placeStem(w string) string {
	w = strings.TrimSuffix(w, "n")
	for len(w) > 3 && strings.ContainsRune("aei", rune(w[len(w)-1])) {
		w = w[:len(w)-1]
	}
	return w
}

// placeScope returns the place a scope names after "in" ("in Vietnam", "in
// the Philippines", "in Ho Chi Minh City"), "" for any other scope ("in the
// world", "among Asian lenders"). A country there is the ranking's owner; a
// bloc or a region ("in ASEAN", "in Latin America") stays a scope, which
// "among ASEAN airport operators" states too.
func placeScope(scope string) string {
	s, ok := strings.CutPrefix(strings.TrimSpace(scope), "in ")
	if !ok {
		return ""
	}
	s = strings.TrimPrefix(s, "the ")
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return ""
	}
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return "" // "in Asia and the Pacific by revenue": more than a place
		}
	}
	return s
}

// corporatePrefix reports words that only say a name is a firm's, written
// before it: "Grupo Comercial", "PT", "Compañía".
func corporatePrefix(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		switch w {
		case "grupo", "comercial", "corporacion", "compania", "companhia", "empresas", "industrias", "pt", "group":
		default:
			return false
		}
	}
	return len(ws) > 0
}

// regionName reports a continent or world region ("Europe", "Southeast Asia",
// "the Middle East"): a scope when it stands as a ranking's owner.
func regionName(o string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.TrimSpace(o), "the ")) {
	case "europe", "asia", "africa", "oceania", "latin america", "south america", "north america", "central america",
		"central asia", "south asia", "southeast asia", "south-east asia", "east asia", "east africa", "west africa",
		"southern africa", "north africa", "middle east", "gulf", "caribbean", "balkans", "scandinavia", "asia-pacific",
		"eastern europe", "western europe", "central europe", "the world", "world":
		return true
	}
	return false
}

// definiteDescription reports a subject left as a description ("the mine",
// "this company"): it may be anyone the other source names.
func definiteDescription(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "this ")
}

// commonDefinite reports a subject that is "the" and one or two common nouns
// ("the line", "the new plant"), no name.
func commonDefinite(s string) bool {
	f := strings.Fields(strings.TrimSpace(s))
	if len(f) < 2 || len(f) > 3 || !strings.EqualFold(f[0], "the") {
		return false
	}
	for _, w := range f[1:] {
		if strings.ToLower(w) != w {
			return false
		}
	}
	return true
}

// country reports whether a place is a country, not a bloc ("ASEAN", "the EU").
func country(place string) bool {
	c := attrib.CountryName(place)
	return c != "" && c != strings.ToLower(c)
}

// ownerKey is an owner folded for comparison: case, diacritics, spaces and
// hyphens aside, so "Viet Nam", "Việt Nam" and "Vietnam" are one owner.
func ownerKey(o string) string {
	k := strings.NewReplacer(" ", "", "-", "").Replace(textnorm.Fold(foldSubject(o)))
	switch k {
	case "country", "nation", "kingdom", "republic":
		return "" // "the country's fourth-largest", "the kingdom's": the country of the story, as a named owner is
	case "its", "their":
		return "" // "its largest export market": whoever the story is about
	}
	if c, ok := capitalCountries[k]; ok {
		return c // "Minsk" ranks for Belarus
	}
	return k
}

// ownerSets splits rank claims by stated owner; claims with no owner join every set.
func ownerSets(ms []member) [][]member {
	var owners []string
	seen := map[string]bool{}
	var free []member
	for _, m := range ms {
		o := ownerKey(m.f.Rank.Owner)
		if o == "" {
			free = append(free, m)
			continue
		}
		if !seen[o] {
			seen[o] = true
			owners = append(owners, o)
		}
	}
	if len(owners) == 0 {
		return [][]member{free}
	}
	var out [][]member
	for _, o := range owners {
		var set []member
		for _, m := range ms {
			if mo := ownerKey(m.f.Rank.Owner); mo == "" || mo == o {
				set = append(set, m)
			}
		}
		out = append(out, set)
	}
	return out
}

// rankWindow is how close two publication dates must be for their ranks to
// count as stated at the same time: rankings move slower than tolls, and a
// story's follow-ups come within days.
const rankWindow = 7 * 24 * time.Hour

// rankHits finds conflicts within each date (undated claims join every date) and
// changes between consecutive dates. Ranks of one stated period never change:
// they are all compared (fixed).
func rankHits(ms []member, fixed bool) []*rankHit {
	var out []*rankHit
	dates, byDate, undated := dateBucketsBy(ms, dateOf, rankWindow)
	if fixed {
		dates, undated = nil, ms
	}
	conflicts := func(ms []member) {
		cs := clusterize(ms)
		mi := majority(cs)
		for i, c := range cs {
			if i == mi {
				continue
			}
			odd := explicitFirst(c.ms)
			// The reference is the first of the majority the odd claim is
			// not told apart from: a source's own "biggest buyer of the van
			// version" leaves its other claims to compare.
			for _, ref := range append([]member{explicitFirst(cs[mi].ms)}, cs[mi].ms...) {
				if !toldApart(odd.f, ref.f) {
					out = append(out, &rankHit{odd: odd, ref: ref})
					break
				}
			}
		}
	}
	if len(dates) == 0 {
		conflicts(undated)
		return out
	}
	var prev *member
	for i, d := range dates {
		conflicts(append(append([]member(nil), byDate[d]...), undated...))
		cs := clusterize(byDate[d])
		rep := cs[majority(cs)].ms[0]
		if i > 0 && !prev.iv.Overlaps(rep.iv) {
			out = append(out, &rankHit{odd: rep, ref: *prev, change: true})
		}
		prev = &rep
	}
	return out
}

// reportRank writes one finding for a pair of rank claims.
func reportRank(p *Pass, h *rankHit) {
	if toldApart(h.odd.f, h.ref.f) {
		return
	}
	r := h.odd.f.Rank
	subj := strings.TrimSpace(r.Subject)
	if subj == "" {
		subj = h.odd.f.Subject
	}
	if c := attrib.CountryOfAdjective(strings.ToLower(subj)); c != "" {
		subj = c // "Thai investors … ranking ninth": Thailand ranks
	}
	in := "in " + strings.Join(h.cats, " and ")
	if r.Scope != "" {
		in += " (" + strings.TrimSpace(r.Scope) + ")"
	}
	cl := ClaimsOf(h.odd.f, h.ref.f)
	if h.change {
		msg := fmt.Sprintf("%s ranked %s %s on %s (%s, %s) and %s on %s (%s, %s)", subj,
			rankText(h.ref.f), in, Published(h.ref.f), Quote(h.ref.f), Where(h.ref.f),
			rankText(h.odd.f), Published(h.odd.f), Quote(h.odd.f), Where(h.odd.f))
		p.Report(Finding{Severity: Info, Message: msg, Claims: cl})
		return
	}
	msg := fmt.Sprintf("%s ranks %s %s (%s, %s) but %s (%s, %s)", subj,
		rankText(h.odd.f), in, Quote(h.odd.f), Where(h.odd.f),
		rankText(h.ref.f), Quote(h.ref.f), Where(h.ref.f))
	p.Report(Finding{Message: msg, Claims: cl})
}

// toldApart reports two rank claims their words make two rankings: "by
// revenue" and "by number of licensed beds"; or one source's "largest
// market" and its "largest market by number of pairs", a ranking it narrows
// only once.
func toldApart(a, b *claims.Fact) bool {
	qa, qb := rankQualifier(a), rankQualifier(b)
	return otherQualifiers(qa, qb) || a.Doc == b.Doc && (len(qa) == 0) != (len(qb) == 0)
}

// frontBasisRe reads a basis that opens a sentence: "Measured by volume
// rather than value, …", "By revenue, …".
var frontBasisRe = regexp.MustCompile(`^\s*(?:measured |ranked |counted )?by ([a-z]+)[^,]{0,30},`)

// frontBasis returns rankQualifier with the basis that opens f's sentence,
// if any: "Measured by volume rather than value, France is Haldor's
// second-largest destination" is no place of a ranking by revenue.
func frontBasis(f *claims.Fact) []string {
	out := rankQualifier(f)
	if f.Doc == nil || f.Sentence.Start > f.Span.Start || f.Span.Start > len(f.Doc.Text) {
		return out
	}
	if m := frontBasisRe.FindStringSubmatch(strings.ToLower(f.Doc.Text[f.Sentence.Start:f.Span.Start])); m != nil {
		st := stemWord(m[1])
		if alt, ok := basisSynonyms[st]; ok {
			st = alt
		}
		out = append(out, st)
	}
	return out
}

// pronounSubject reports a subject that is only a pronoun.
func pronounSubject(s string) bool {
	switch s {
	case "he", "she", "it", "they", "this", "that":
		return true
	}
	return false
}

// rankQualifier returns the content stems of what narrows a ranking right
// after it: its basis ("by revenue", "by number of licensed beds") or its
// object ("buyer of Vietnam's roasted and instant coffee"), owners' place
// names aside.
func rankQualifier(f *claims.Fact) []string {
	if f.Doc == nil || f.Span.End >= f.Sentence.End || f.Sentence.End > len(f.Doc.Text) {
		return nil
	}
	var out []string
	if before := strings.ToLower(f.Doc.Text[f.Sentence.Start:f.Span.Start]); strings.Contains(before, ", where ") {
		// "Growth came mainly from mortgages, where Lanna Union is the
		// third-largest lender": ranked in the mortgages only.
		ws := strings.Fields(before[:strings.LastIndex(before, ", where ")])
		if len(ws) > 0 {
			out = append(out, stemWord(strings.Trim(ws[len(ws)-1], "\"“”'")))
		}
	}
	raw := f.Doc.Text[f.Span.End:f.Sentence.End]
	if t := strings.ToLower(f.Text()); strings.HasPrefix(t, "followed by ") || strings.HasPrefix(t, "ahead of ") {
		// "Iraq remained its biggest market by volume, …, followed by
		// Russia": a name that follows the lead is ranked on its basis.
		before := f.Doc.Text[f.Sentence.Start:f.Span.Start]
		if m := leadBasisRe.FindAllStringSubmatchIndex(before, -1); len(m) > 0 {
			raw = before[m[len(m)-1][2]:]
		}
	}
	rest := strings.ToLower(raw)
	var tail, rawTail string
	for _, lead := range []string{" by ", " of ", " in terms of ", " for "} {
		if t, ok := strings.CutPrefix(rest, lead); ok {
			tail, rawTail = t, raw[len(lead):]
			break
		}
	}
	if tail == "" {
		return out
	}
	if k := strings.IndexAny(tail, ",;.(—"); k >= 0 {
		tail = tail[:k]
	}
	for _, next := range []string{" and the ", " but ", " while ", " and ranks ", " and ranked ", " and is ", " and was "} {
		if k := strings.Index(tail, next); k >= 0 {
			tail = tail[:k] // "by volume and the second-largest by revenue": the next rank's basis is its own
		}
	}
	rawWords := strings.Fields(rawTail)
	for i, w := range strings.Fields(tail) {
		if i >= 6 {
			break
		}
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "\"“”"), "'s"), "’s")
		// A demonym is capitalised ("Vietnamese", "Asian"); "domestic" and
		// "public" are bases of their own.
		capital := i < len(rawWords) && rawWords[i] != "" && rawWords[i][0] >= 'A' && rawWords[i][0] <= 'Z'
		if w == "" || stopWords[w] || attrib.CountryName(w) != "" || capital && demonym(w) || len(w) < 3 || countWords[w] {
			continue
		}
		st := stemWord(w)
		if alt, ok := basisSynonyms[st]; ok {
			st = alt
		}
		out = append(out, st)
	}
	return out
}

// leadBasisRe finds the basis a lead rank is told on ("biggest market by
// volume"); its group starts at " by ".
var leadBasisRe = regexp.MustCompile(`(?i)\b(?:[a-z]+est|top|leading)\s+[a-z]+(?:\s+[a-z]+)?( by | in terms of )`)

// countWords only say a basis is counted: "by number of outlets" is "by
// outlets", "by store count" is "by stores".
var countWords = map[string]bool{"number": true, "count": true, "total": true, "amount": true, "size": true}

// basisSynonyms name one basis alike (stems).
var basisSynonyms = map[string]string{"outlet": "store", "shop": "store", "branch": "store",
	"output": "product", "volum": "product", // "by production", "by output"
	"client": "custom", "subscrib": "custom", "user": "custom"} // "by customer count", "by number of customers", "by subscribers"

// otherQualifiers reports two rankings both narrowed, by words they do not
// share: "by revenue" and "by number of licensed beds". A ranking narrowed
// on one side only ("by value") may be the other's.
func otherQualifiers(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, w := range a {
		for _, v := range b {
			if w == v {
				return false
			}
		}
	}
	return true
}

// rankText writes a rank: "2", or "top 5" for a bound.
func rankText(f *claims.Fact) string {
	if f.Rank.AtMost {
		return "top " + strconv.Itoa(f.Rank.Rank)
	}
	return strconv.Itoa(f.Rank.Rank)
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// explicitFirst returns the first member that states its rank in a phrase of
// its own ("the fourth-largest market") rather than by its place in a list
// after another ("followed by Russia …, India"), else the first.
func explicitFirst(ms []member) member {
	for _, m := range ms {
		if !strings.HasPrefix(strings.ToLower(rankText(m.f)), "followed by") && !strings.HasPrefix(strings.ToLower(m.f.Text()), "followed by") {
			return m
		}
	}
	return ms[0]
}

// blocNamed returns the scope key of the first trade bloc a text names ("the
// European Union", "ASEAN"), for a later "the bloc"; "bloc" when it names none.
func blocNamed(text string) string {
	best, at := "bloc", len(text)
	for _, b := range []string{"European Union", "EU", "ASEAN", "Association of Southeast Asian Nations", "African Union", "Mercosur", "Gulf Cooperation Council"} {
		if i := indexWord(text, b); i >= 0 && i < at {
			best, at = scopeKey(b), i
		}
	}
	return best
}

// indexWord is strings.Index of w as a whole word ("EU", not the "EU" of "EUR").
func indexWord(text, w string) int {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		if (i == 0 || !isLetterByte(text[i-1])) && (end == len(text) || !isLetterByte(text[end])) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// shareNameWord reports two subjects that share a distinctive word of four
// letters or more, hyphenated parts apart ("amal general hospital",
// "al-amal"): one thing named two ways, not two things given one place.
// Words of kind ("hospital", "company", "port") are no name.
func shareNameWord(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	}
	wb := split(b)
	for _, w := range split(a) {
		if len([]rune(w)) >= 4 && !kindWords[w] && slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// kindWords are the common nouns that end names of places and bodies.
var kindWords = map[string]bool{"hospital": true, "general": true, "company": true, "group": true, "bank": true, "port": true,
	"airport": true, "university": true, "national": true, "international": true, "holdings": true, "corporation": true,
	"province": true, "city": true, "state": true, "republic": true, "united": true, "south": true, "north": true,
	"east": true, "west": true, "new": true, "power": true, "energy": true, "airlines": true, "motors": true}
