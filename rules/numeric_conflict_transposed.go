package rules

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// checkTransposed reports two sources of one story that give one measure
// figures whose digits differ only by two neighbours swapped: "521,300" and
// "512,300", "6.48 million" and "6.84 million". A slip of the keys is the
// likeliest cause, so the keys of the two facts may differ more than
// numeric-conflict's own comparison allows: the same head noun with no
// different predicate is enough ("hotspots in Riau", "hotspots detected").
// Both must be of one unit, period and kind (plan or actual), with three
// significant digits at least.
func checkTransposed(p *Pass, done map[pairKey]bool) {
	buckets := map[string][]*claims.Fact{}
	var order []string
	for _, f := range p.Index.Kind(claims.KindQuantity) {
		if f.Doc == nil || f.Quantity == nil || f.Prior || f.Quantity.IsRange {
			continue
		}
		ds, ok := writtenDigits(f.Text())
		if !ok {
			continue
		}
		sorted := []byte(ds)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
		k := f.Quantity.Unit + "\x00" + string(sorted) + "\x00" + scaleWord(f.Text())
		if _, seen := buckets[k]; !seen {
			order = append(order, k)
		}
		buckets[k] = append(buckets[k], f)
	}
	// A pair numeric-conflict read as a change it need not report (a toll
	// that grew) is still a slip when no sentence dates the two apart;
	// one it reported is left alone.
	reported := map[pairKey]bool{}
	for _, f := range p.findings {
		for i := range f.Claims {
			for j := i + 1; j < len(f.Claims); j++ {
				if f.Claims[i].Fact != nil && f.Claims[j].Fact != nil {
					reported[newPairKey(f.Claims[i].Fact, f.Claims[j].Fact)] = true
				}
			}
		}
	}
	for _, k := range order {
		fs := buckets[k]
		for i, a := range fs {
			for _, b := range fs[i+1:] {
				if a.Doc == b.Doc || !docPair(a, b) || p.Index != nil && !p.Index.Related(a.Doc, b.Doc) || reported[newPairKey(a, b)] && !daysGivenAlike(p, a, b) ||
					done[newPairKey(a, b)] && datedApart(p, a, b) {
					continue
				}
				da, _ := writtenDigits(a.Text())
				db, _ := writtenDigits(b.Text())
				if !swappedNeighbours(da, db) || max(significant(da), significant(db)) < 2 || !transposedMeasure(a, b) ||
					max(significant(da), significant(db)) == 2 && !twoDigitSlip(p, a, b, da, db, done[newPairKey(a, b)]) ||
					givesDigits(a.Doc, db) && !selfSlip(p, a, db) || givesDigits(b.Doc, da) && !selfSlip(p, b, da) {
					continue // a source that gives both figures tells them apart
				}
				done[newPairKey(a, b)] = true
				first, other := a, b
				if b.Doc.Meta.Published.After(a.Doc.Meta.Published) {
					first, other = b, a // the later source is the one to check
				}
				p.Report(Finding{Claims: ClaimsOf(first, other), Message: fmt.Sprintf(
					"%s vs %s (%s): the same digits with two neighbours swapped, in figures of one measure: one is likely mistyped",
					Quote(first), Quote(other), Where(other))})
			}
		}
	}
}

// writtenDigits returns the digits of a written figure, with its decimal
// point: "521,300" gives "521300", "6.48 million" "6.48". Figures written
// in words, and those of fewer than two digits, give false.
func writtenDigits(s string) (string, bool) {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			n++
		case (c == '.' || c == ':') && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			b.WriteByte(c) // "6.48", and a time's "4:03.418"
		case c == ',' && n > 0:
		default:
			if n > 0 {
				return b.String(), n >= 2 // the first run of digits only: "4,280 5G sites"
			}
		}
	}
	return b.String(), n >= 2
}

// scaleWord returns the scale word a figure is written with ("million"), so
// that "6.48 million" and "6.84 billion" fall in different buckets.
func scaleWord(s string) string {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "thousand", "million", "billion", "trillion", "crore", "lakh", "bn", "m":
			return w
		}
	}
	return ""
}

// givesDigits reports a figure of doc written with the digits ds.
func givesDigits(doc *claims.Document, ds string) bool {
	for i := 0; i < len(doc.Text); {
		j := i
		for j < len(doc.Text) && (doc.Text[j] >= '0' && doc.Text[j] <= '9' || j > i && (doc.Text[j] == ',' || doc.Text[j] == '.' || doc.Text[j] == ':') && j+1 < len(doc.Text) && doc.Text[j+1] >= '0' && doc.Text[j+1] <= '9') {
			j++
		}
		if j > i {
			if got, _ := writtenDigits(doc.Text[i:j]); got == ds {
				return true
			}
			i = j
			continue
		}
		i++
	}
	return false
}

// selfSlip reports a source that gives digits ds too, as a figure of f's
// measure with nothing setting the two apart: "Umoya's 421 stores filled 18.6
// million prescriptions" and, quoting its chief, "46 of our 412 stores". The
// source then contradicts itself, which is no reason to keep quiet. A figure
// of a change, or one of a sentence with a date or a "from" ("up from 412")
// is another time's.
func selfSlip(p *Pass, f *claims.Fact, ds string) bool {
	for _, g := range p.Index.Kind(claims.KindQuantity) {
		if g.Doc != f.Doc || g == f || g.Quantity == nil || g.Prior || g.Quantity.Unit != f.Quantity.Unit {
			continue
		}
		if got, ok := writtenDigits(g.Text()); !ok || got != ds {
			continue
		}
		if g.Sentence == f.Sentence || precededBy(g, "from") || sentenceDay(p, g) != nil || sentenceDay(p, f) != nil ||
			g.Plan || f.Plan || claims.Head(f.Key) == "" || claims.Head(f.Key) != claims.Head(g.Key) || !transposedMeasure(f, g) {
			return false
		}
		if (f.Subject == "" || g.Subject == "") && (f.Quantity.Unit == "h:m:s" || scoreNouns[claims.Head(f.Key)]) {
			return false // "Põldmaa won in 2:27:15", "Koech was second in 2:27:51": a race's times and points are many people's
		}
		return true
	}
	return false
}

// scoreNouns count what contestants score: one source gives many people's.
var scoreNouns = map[string]bool{"point": true, "vote": true, "goal": true, "run": true, "leg": true, "set": true, "game": true}

// significant counts the digits of ds before its trailing zeros: "21,000"
// and "2,100" have two, rounded figures a swap of which is no slip of the
// keys but two roundings ("more than 21,000" against "about 12,000").
// neighbourSlip reports two figures of three significant digits or more
// whose written digits differ only by two neighbours swapped.
func neighbourSlip(a, b *claims.Fact) bool {
	da, okA := writtenDigits(a.Text())
	db, okB := writtenDigits(b.Text())
	return okA && okB && swappedNeighbours(da, db) && max(significant(da), significant(db)) >= 3
}

func significant(ds string) int {
	ds = strings.TrimRight(strings.Replace(ds, ".", "", 1), "0")
	return len(strings.TrimLeft(ds, "0"))
}

// swappedNeighbours reports whether b is a with two neighbouring digits
// swapped, and nothing else changed; a decimal point in one place in both
// parts no digits.
func swappedNeighbours(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	if i := strings.IndexByte(a, '.'); i >= 0 && i == strings.IndexByte(b, '.') {
		// "21.4" and "24.1", "6.7" and "7.6": the digits swapped across the
		// point, which stays where it was.
		a, b = a[:i]+a[i+1:], b[:i]+b[i+1:]
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i] != '.' && a[i+1] != '.' && a[i+2:] == b[i+2:]
}

// transposedMeasure reports whether two figures that differ by swapped
// digits can be one measure: keys that match, or one head noun with no
// predicate telling them apart; never two periods or a plan and an actual.
func transposedMeasure(a, b *claims.Fact) bool {
	if a.Plan != b.Plan || a.Period != "" && b.Period != "" && a.Period != b.Period || a.Subject != "" && b.Subject != "" && !sameOwner(a.Subject, b.Subject) {
		return false
	}
	if a.Quantity.Unit == "h:m:s" {
		// "Mads Overgaard's winning 4:03.148", "Denmark's Mads Overgaard
		// stopped the clock at 4:03.418": one rider's time. A race has many
		// times close together, so a time whose owner is not named is none
		// to compare.
		if a.Subject != "" && b.Subject != "" {
			return true
		}
		if a.Subject == "" && b.Subject == "" {
			return false
		}
	}
	if claims.KeysMatch(a.Key, b.Key) {
		return true
	}
	if a.Key == "" && keyWordIn(b, a) || b.Key == "" && keyWordIn(a, b) {
		return true // "Pangasius, long the company's volume mainstay, fell to 14,800 tonnes" against "pangasius volume slipped to 18,400 tonnes"
	}
	ha, hb := claims.Head(a.Key), claims.Head(b.Key)
	if a.Quantity.Unit == "percent" {
		// Shares of many things are percentages: the noun must be one
		// ("14.2 percent" of a candidate's vote is no "41.2 percent" turnout).
		ha, hb = nounHeadOf(a), nounHeadOf(b)
	}
	if ha != hb && (ha == "unit" || hb == "unit") && keyPredicate(a.Key) != "" && keyPredicate(a.Key) == keyPredicate(b.Key) {
		return true // "sold 48.2 million units", "sold 42.8 million toys and games": units are what the other names
	}
	if (genericMass[ha] || genericMass[hb]) && ha != hb && heldAlike(a, b) {
		return true // "the warehouse held about 3,200 tonnes of material", "… held about 2,300 tonnes of fertiliser"
	}
	if ha == "" || ha != hb {
		return false
	}
	if strings.EqualFold(ha, a.Quantity.Unit) && namesOnly(a) && namesOnly(b) && !sharesKeyWord(a, b) {
		return false // "Park Seo-yeon … 128 kg", "Tolibov … 182 kg": the unit alone, said of two people
	}
	pa, pb := salePredicate(keyPredicate(a.Key)), salePredicate(keyPredicate(b.Key))
	return pa == "" || pb == "" || pa == pb
}

// genericMass holds key heads that name stuff without saying which: one
// source's "material" may be another's "fertiliser".
var genericMass = map[string]bool{"materi": true, "good": true, "cargo": true, "product": true, "stock": true,
	"substanc": true, "freight": true, "suppli": true}

// heldAlike reports two figures told with the same word right before them,
// their hedges aside ("held about 3,200", "held about 2,300"), in sentences
// that share another word of five letters or more ("warehouse").
func heldAlike(a, b *claims.Fact) bool {
	va, vb := wordBeforeFigure(a), wordBeforeFigure(b)
	if va == "" || va != vb {
		return false
	}
	wa := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(a.SentenceText()), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 5 && w != va {
			wa[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(b.SentenceText()), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if wa[w] {
			return true
		}
	}
	return false
}

// wordBeforeFigure returns the lower-cased word before a figure's text,
// hedge words skipped.
func wordBeforeFigure(f *claims.Fact) string {
	ws := strings.Fields(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-40), f.Span.Start)))
	for i := len(ws) - 1; i >= 0; i-- {
		switch w := strings.Trim(ws[i], ",;:"); w {
		case "about", "around", "some", "roughly", "nearly", "almost", "over", "more", "than", "less", "fewer", "up", "to", "approximately":
		default:
			if w != ws[i] {
				return "" // a comma before the figure: no verb of its own
			}
			return w
		}
	}
	return ""
}

// sameOwner reports two subjects of one owner: equal once a possessive is
// set aside, or one the end of the other ("mads overgaard's", "denmark's
// mads overgaard").
func sameOwner(a, b string) bool {
	a, b = strings.TrimSuffix(strings.TrimSuffix(a, "'s"), "’s"), strings.TrimSuffix(strings.TrimSuffix(b, "'s"), "’s")
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// sharesKeyWord reports whether two keys share a word besides their unit and
// predicate, or either has none to share.
func sharesKeyWord(a, b *claims.Fact) bool {
	words := func(f *claims.Fact) []string {
		var out []string
		for _, w := range strings.Fields(f.Key) {
			if !strings.HasPrefix(w, "=") && !strings.EqualFold(w, f.Quantity.Unit) {
				out = append(out, w)
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return true
	}
	for _, w := range wa {
		if slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// namesOnly reports a key whose words besides its unit and predicate are all
// names its sentence writes capitalised ("south park seo yeon kg" of "South
// Korea's Park Seo-yeon … 128 kg"): whose figure it is, not what it measures.
func namesOnly(f *claims.Fact) bool {
	caps := map[string]bool{}
	for _, w := range strings.Fields(f.SentenceText()) {
		w = strings.TrimLeft(w, "\"“‘(")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			for _, part := range strings.FieldsFunc(textnorm.Fold(w), func(r rune) bool { return r == '-' || r == '\'' || r == '’' || unicode.IsPunct(r) }) {
				caps[part] = true
			}
		}
	}
	n := 0
	for _, w := range strings.Fields(f.Key) {
		if strings.HasPrefix(w, "=") || strings.EqualFold(w, f.Quantity.Unit) {
			continue
		}
		if !caps[w] {
			return false
		}
		n++
	}
	return n > 0
}

// salePredicate folds the verbs a company's results use for the goods that
// left it ("sold", "shipped", "delivered") into one: a maker's quarter is
// told either way ("Shipments reached 4.26 million tyres", "sold 4.62
// million tyres").
func salePredicate(pr string) string {
	switch pr {
	case "=sold", "=sell", "=ship", "=deliv", "=deliver":
		return "=sold"
	}
	return pr
}

// nounHeadOf returns the head noun of f's key, the unit a key closes with
// set aside: "shrimp tonne" is headed by "shrimp", "voter percent" by
// "voter".
func nounHeadOf(f *claims.Fact) string {
	k := f.Key
	if i := strings.LastIndexByte(k, ' '); i >= 0 && strings.EqualFold(k[i+1:], f.Quantity.Unit) {
		k = k[:i]
	} else if strings.EqualFold(k, f.Quantity.Unit) {
		return ""
	}
	return claims.Head(k)
}

// keyWordIn reports a word of keyed's key, its unit and predicate aside,
// in the sentence of a figure that has no key of its own.
func keyWordIn(keyed, bare *claims.Fact) bool {
	words := strings.Fields(claims.NormalizeKey(bare.SentenceText()))
	for _, w := range strings.Fields(keyed.Key) {
		if len(w) < 4 || strings.HasPrefix(w, "=") || strings.EqualFold(w, keyed.Quantity.Unit) {
			continue
		}
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// keyPredicate returns the predicate a key ends with ("=detect"), or "".
func keyPredicate(key string) string {
	if i := strings.LastIndex(key, " ="); i >= 0 {
		return key[i+1:]
	}
	return ""
}

// twoDigitSlip reports whether two figures of two significant digits each
// ("43 huts", "34 huts") may be one measure mistyped. Two-digit figures
// swap by chance far more often than longer ones, so both must read as
// exact (no hedge, no trailing zeros: "about 21,000" and "12,000" are two
// roundings), carry a key, period and subject alike, be dated to one day or
// neither (both, when numeric-conflict read the pair as a change over time:
// "45 communes have reached" then "54 have now reached", unless both count
// over a disaster's closed opening window: "in the first three hours"), and
// come from sentences whose other figures do not tell of a
// story that moved on: a toll told with other counts that all changed
// ("23 killed, 41 missing" then "51 dead, 14 missing") is a running tally.
func twoDigitSlip(p *Pass, a, b *claims.Fact, da, db string, judged bool) bool {
	exact := func(f *claims.Fact, ds string) bool {
		return f.Quantity.Hedge == "" && significant(ds) == len(strings.Replace(ds, ".", "", 1))
	}
	if hedgedEstimates(p, a, b) || planTerms(a, b) {
		return true
	}
	if !exact(a, da) || !exact(b, db) || a.Key == "" || b.Key == "" || a.Period != b.Period || !subjectAlike(a, b) || !sameDay(p, a, b) ||
		judged && (sentenceDay(p, a) == nil || sentenceDay(p, b) == nil) && !(openingWindow(a) && openingWindow(b)) {
		return false
	}
	if sentenceDay(p, a) == nil && sentenceDay(p, b) == nil && !a.Doc.Meta.Published.Equal(b.Doc.Meta.Published) && tallyPredicate(keyPredicate(a.Key)) &&
		!(openingWindow(a) && openingWindow(b)) {
		return false // "41 others were missing" on Tuesday, "14 people remain missing" on Friday: a disaster's tally moves
	}
	return !movedOn(sentenceFigures(p, a), sentenceFigures(p, b))
}

// planTerms reports two sources' figures of one plan under one key ("will
// ship 45,000 tonnes of sesame seed a year", "will supply about 54,000
// tonnes of sesame a year"): a deal's terms do not move between reports, so
// neither a day between them nor a rounding hedge makes the swap a change.
func planTerms(a, b *claims.Fact) bool {
	return a.Plan && b.Plan && a.Key != "" && claims.KeysMatch(a.Key, b.Key) && a.Period == b.Period && subjectAlike(a, b)
}

// hedgedEstimates reports two estimates of one amount of stuff given on one
// day with one hedge: "put the volume spilled at about 4,200 barrels" on
// Tuesday, "estimated on Tuesday that about 2,400 barrels of crude had
// escaped". A unit of measure (not a count) and a day both sentences name
// make a chance swap of two roundings unlikely.
func hedgedEstimates(p *Pass, a, b *claims.Fact) bool {
	qa, qb := a.Quantity, b.Quantity
	if qa.Hedge == "" || qa.Hedge != qb.Hedge || qa.Unit == "count" || qa.Unit == "percent" || a.Period != b.Period || !subjectAlike(a, b) {
		return false
	}
	return sentenceDay(p, a) != nil && sentenceDay(p, b) != nil && sameDay(p, a, b) ||
		a.Quantity.Unit != "count" && heldAlike(a, b) // "the warehouse held about 3,200 tonnes", "… held about 2,300 tonnes": one stock, whenever told
}

// openingWindowRe matches a tally's closed opening window: "in the first
// hours after the slide", "in the first three hours", "on the first day".
var openingWindowRe = regexp.MustCompile(`\b(?:in|within|during|over) the first (?:\w+ )?(?:hours?|days?|night|minutes)\b|\bon the first (?:day|night)\b`)

// openingWindow reports a figure whose sentence counts it over the opening
// window of a disaster: a window that closed, so later reports do not move it.
func openingWindow(f *claims.Fact) bool {
	return openingWindowRe.MatchString(strings.ToLower(f.SentenceText()))
}

// subjectAlike reports two figures of one subject: the same, or one left
// without a subject in a sentence that names the other's ("The night bus
// operated by Trishuli Deluxe Yatayat had 34 passengers" and "… run by …
// Trishuli Deluxe Yatayat, was carrying 43 passengers").
func subjectAlike(a, b *claims.Fact) bool {
	switch {
	case a.Subject == b.Subject:
		return true
	case a.Subject == "":
		a, b = b, a
	case b.Subject != "":
		return false
	}
	return strings.Contains(textnorm.Fold(b.SentenceText()), a.Subject)
}

// sentenceFigures returns the other figures of f's unit in f's sentence.
func sentenceFigures(p *Pass, f *claims.Fact) []*claims.Fact {
	var out []*claims.Fact
	for _, x := range p.Index.Kind(claims.KindQuantity) {
		if x.Doc == f.Doc && x.Sentence == f.Sentence && x != f && x.Quantity != nil && x.Quantity.Unit == f.Quantity.Unit {
			out = append(out, x)
		}
	}
	return out
}

// movedOn reports two sentences' other figures that tell of a story that
// changed between them: a figure of one key, or one predicate, with two
// values ("17 were injured" then "26 injured").
func movedOn(as, bs []*claims.Fact) bool {
	for _, x := range as {
		for _, y := range bs {
			if x.Key != "" && x.Quantity.Value != y.Quantity.Value && y.Subject == x.Subject &&
				(claims.KeysMatch(x.Key, y.Key) || keyPredicate(x.Key) != "" && keyPredicate(x.Key) == keyPredicate(y.Key)) {
				return true
			}
		}
	}
	return false
}

// sameDay reports two figures whose sentences date them to one day, or
// neither to any: a running tally told "by Monday morning" is no slip of
// another day's count.
func sameDay(p *Pass, a, b *claims.Fact) bool {
	da, db := sentenceDay(p, a), sentenceDay(p, b)
	if da == nil || db == nil {
		return da == nil && db == nil
	}
	return da.From.Before(db.To) && db.From.Before(da.To)
}

// tallyPredicate reports a predicate of a disaster's running tallies: the
// missing, the dead, the injured, the rescued and the evacuated are counted
// again each day, so two reports of other days may give other figures.
func tallyPredicate(pr string) bool {
	switch pr {
	case "=miss", "=kill", "=die", "=injur", "=rescu", "=evacu", "=displac", "=hospitalis", "=hospitaliz", "=recov":
		return true
	}
	return false
}

// daysGivenAlike reports two figures whose sentences both date them to one
// day ("Jacobabad recorded 51.2C on Monday" in one report, "Jacobabad peaked
// at 52.1C on May 25", that Monday, in a later one): a change between the
// reports' own days is then no change.
func daysGivenAlike(p *Pass, a, b *claims.Fact) bool {
	return sentenceDay(p, a) != nil && sentenceDay(p, b) != nil && sameDay(p, a, b)
}
