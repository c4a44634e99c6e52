package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/quantity"
)

// localCurrency is a country's own code for a currency name several countries
// use, and the words that name the country in a text.
type localCurrency struct {
	code  string
	words []string
}

// sharedCurrencies maps each currency name several countries use to the code
// the parser gives it by default and the countries that use it: "pesos" in a
// story about Chile are Chilean pesos, "Rs" in one about Sri Lanka rupees of
// Sri Lanka.
var sharedCurrencies = map[string]struct {
	fallback string
	local    []localCurrency
}{
	"peso": {"MXN", []localCurrency{
		{"CLP", []string{"chile", "chilean", "chileans", "santiago"}},
		{"COP", []string{"colombia", "colombian", "colombians", "bogota", "bogotá"}},
		{"MXN", []string{"mexico", "mexican", "mexicans"}},
		{"ARS", []string{"argentina", "argentine", "argentinian", "buenos aires"}},
		{"PHP", []string{"philippines", "philippine", "filipino", "filipinos", "manila"}},
		{"UYU", []string{"uruguay", "uruguayan"}},
		{"DOP", []string{"dominican republic"}},
	}},
	"rupee": {"INR", []localCurrency{
		{"INR", []string{"india", "indian", "indians", "new delhi", "mumbai", "kolkata", "chennai", "bengaluru", "uttar pradesh", "maharashtra", "kerala"}},
		{"LKR", []string{"sri lanka", "sri lankan", "sri lankans", "colombo"}},
		{"PKR", []string{"pakistan", "pakistani", "pakistanis", "islamabad", "karachi", "lahore", "sindh", "balochistan", "khyber pakhtunkhwa", "peshawar", "quetta", "rawalpindi"}},
		{"NPR", []string{"nepal", "nepali", "nepalese", "kathmandu", "pokhara"}},
		{"MUR", []string{"mauritius", "mauritian"}},
	}},
	"krone": {"NOK", []localCurrency{
		{"NOK", []string{"norway", "norwegian", "oslo"}},
		{"DKK", []string{"denmark", "danish", "copenhagen"}},
	}},
	"krona": {"SEK", []localCurrency{
		{"SEK", []string{"sweden", "swedish", "stockholm"}},
		{"ISK", []string{"iceland", "icelandic", "reykjavik"}},
	}},
	"pound": {"GBP", []localCurrency{
		{"GBP", []string{"britain", "british", "united kingdom", "england", "london", "scotland", "wales"}},
		{"EGP", []string{"egypt", "egyptian", "egyptians", "cairo"}},
		{"LBP", []string{"lebanon", "lebanese", "beirut"}},
		{"SDG", []string{"sudan", "sudanese", "khartoum"}},
		{"SYP", []string{"syria", "syrian", "syrians", "damascus"}},
	}},
	"rial": {"IRR", []localCurrency{
		{"OMR", []string{"oman", "omani", "muscat"}},
		{"IRR", []string{"iran", "iranian", "iranians", "tehran"}},
		{"YER", []string{"yemen", "yemeni", "sanaa", "aden"}},
	}},
	"riyal": {"SAR", []localCurrency{
		{"SAR", []string{"saudi arabia", "saudi", "riyadh", "jeddah"}},
		{"QAR", []string{"qatar", "qatari", "doha"}},
	}},
	"dinar": {"KWD", []localCurrency{
		{"KWD", []string{"kuwait", "kuwaiti"}},
		{"BHD", []string{"bahrain", "bahraini", "manama"}},
		{"JOD", []string{"jordan", "jordanian", "amman"}},
		{"IQD", []string{"iraq", "iraqi", "baghdad"}},
		{"RSD", []string{"serbia", "serbian", "belgrade"}},
		{"DZD", []string{"algeria", "algerian", "algiers"}},
		{"TND", []string{"tunisia", "tunisian", "tunis"}},
		{"LYD", []string{"libya", "libyan", "tripoli"}},
	}},
	"franc": {"CHF", []localCurrency{
		{"CHF", []string{"switzerland", "swiss", "zurich", "geneva", "bern", "basel", "lausanne"}},
		{"RWF", []string{"rwanda", "rwandan", "rwandans", "kigali"}},
		{"XOF", []string{"senegal", "senegalese", "dakar", "ivory coast", "côte d'ivoire", "ivorian", "abidjan", "mali", "malian",
			"bamako", "burkina faso", "ouagadougou", "niger", "niamey", "benin", "cotonou", "togo", "lomé", "lome"}},
		{"XAF", []string{"cameroon", "cameroonian", "yaoundé", "yaounde", "douala", "gabon", "gabonese", "libreville", "chad",
			"chadian", "n'djamena", "equatorial guinea", "central african republic", "bangui"}},
		{"BIF", []string{"burundi", "burundian", "bujumbura", "gitega"}},
		{"CDF", []string{"kinshasa", "congolese", "democratic republic of congo", "dr congo", "drc"}},
		{"GNF", []string{"conakry", "guinean"}},
	}},
	"shilling": {"KES", []localCurrency{
		{"KES", []string{"kenya", "kenyan", "kenyans", "nairobi"}},
		{"UGX", []string{"uganda", "ugandan", "kampala"}},
		{"TZS", []string{"tanzania", "tanzanian", "dar es salaam"}},
	}},
}

// SharedCurrencyName returns the name a currency code shares with others
// ("dinar" for KWD and JOD), "" when its name is its own.
func SharedCurrencyName(code string) string {
	for name, c := range sharedCurrencies {
		for _, l := range c.local {
			if l.code == code {
				return name
			}
		}
	}
	return ""
}

// sharedFallbacks holds the default code of every shared currency name.
var sharedFallbacks = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range sharedCurrencies {
		m[c.fallback] = true
	}
	return m
}()

// sharedCurrencyName returns the shared currency name an amount's text uses
// ("pesos", "Rs 610 billion"), "" when it names none or names its country
// too ("Mexican pesos", "Sri Lankan rupees").
func sharedCurrencyName(lower string) string {
	name := ""
	switch {
	case strings.Contains(lower, "peso"):
		name = "peso"
	case strings.Contains(lower, "rupee") || strings.HasPrefix(lower, "rs") || strings.Contains(lower, " rs"):
		name = "rupee"
	case strings.Contains(lower, "krone"):
		name = "krone"
	case strings.Contains(lower, "krona") || strings.Contains(lower, "kronor"):
		name = "krona"
	case strings.Contains(lower, "shilling"):
		name = "shilling"
	case strings.Contains(lower, "franc"):
		name = "franc"
	case strings.Contains(lower, "pound"):
		name = "pound"
	case strings.Contains(lower, "rial"):
		name = "rial"
	case strings.Contains(lower, "riyal"):
		name = "riyal"
	case strings.Contains(lower, "dinar"):
		name = "dinar"
	default:
		return ""
	}
	for _, l := range sharedCurrencies[name].local {
		for _, w := range l.words {
			if strings.Contains(lower, w) {
				return "" // the country is named with the currency
			}
		}
	}
	return name
}

// localiseCurrencies gives amounts in a shared currency name the code of the
// country the document names most ("18.5 billion pesos" in a story about a
// Chilean mine is CLP, not the parser's default MXN). Amounts whose country
// the document does not name keep the default.
func localiseCurrencies(qs []quantity.Quantity, sent string, names *docNames) {
	for i := range qs {
		localise(&qs[i], sent, names)
		if c := qs[i].Conversion; c != nil {
			localise(c, sent, names)
		}
	}
}

func localise(q *quantity.Quantity, sent string, names *docNames) {
	if q.Start < 0 || q.End > len(sent) || q.Start >= q.End {
		return
	}
	if !sharedFallbacks[q.Unit] {
		return // no shared name defaults to this unit: nothing to localise, and no text to lower
	}
	name := sharedCurrencyName(strings.ToLower(sent[q.Start:q.End]))
	if name == "" || q.Unit != sharedCurrencies[name].fallback {
		return
	}
	if code := names.currency(name); code != "" {
		q.Unit = code
	}
}

// currency returns the code of shared currency name the document means: the
// local one of the country it names most, "" when it names none (or two
// equally often).
func (d *docNames) currency(name string) string {
	if d == nil {
		return ""
	}
	if code, ok := d.currencies[name]; ok {
		return code
	}
	best, most, tie := "", 0, false
	for _, l := range sharedCurrencies[name].local {
		n := 0
		for _, w := range l.words {
			n += countWord(d.lowered, w)
		}
		switch {
		case n > most:
			best, most, tie = l.code, n, false
		case n == most && n > 0:
			tie = true
		}
	}
	if tie {
		best = ""
	}
	if d.currencies == nil {
		d.currencies = map[string]string{}
	}
	d.currencies[name] = best
	return best
}

// countWord counts the times w stands in text as written, a whole word (or
// words) between non-letters.
func countWord(text, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return n
		}
		s, e := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !unicode.IsLetter(before)) && (e == len(text) || !unicode.IsLetter(after)) {
			n++
		}
		i = e
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 0x80 }

// shareStoryCurrencies gives an amount in a shared currency name the code
// its story's other sources give it when its own document names no country
// for the name: "Deposits reached 951 billion pesos" in a report that never
// says "Philippines" is in the pesos of the related reports that do. The
// default code stays when related documents disagree or name none.
func (ix *Index) shareStoryCurrencies() {
	type guess struct {
		f    *Fact
		name string
	}
	var guessed []guess
	local := map[*Document]map[string]string{}      // the codes each document's own words gave each name
	countryNamed := map[*Document]map[string]bool{} // whether a document names a country of each name
	for _, f := range ix.byKind[KindQuantity] {
		q := f.Quantity
		if q == nil || f.Doc == nil || !sharedFallbacks[q.Unit] && !localCode(q.Unit) {
			continue
		}
		name := sharedCurrencyName(strings.ToLower(f.Text()))
		if name == "" {
			continue
		}
		named, ok := countryNamed[f.Doc]
		if !ok {
			named = map[string]bool{}
			countryNamed[f.Doc] = named
		}
		if _, ok := named[name]; !ok {
			named[name] = namesCountryOf(f.Doc, name)
		}
		if q.Unit == sharedCurrencies[name].fallback && !named[name] {
			guessed = append(guessed, guess{f, name})
			continue
		}
		if local[f.Doc] == nil {
			local[f.Doc] = map[string]string{}
		}
		if c, ok := local[f.Doc][name]; ok && c != q.Unit {
			local[f.Doc][name] = "" // two codes in one document: no telling
		} else if !ok {
			local[f.Doc][name] = q.Unit
		}
	}
	names := map[*Document]map[string]bool{} // each document's capitalised words, read once
	for _, g := range guessed {
		code := ""
		for d, codes := range local {
			c, ok := codes[g.name]
			if !ok || d == g.f.Doc || ix.Similarity(d, g.f.Doc) < relatedThreshold || !shareName(names, d, g.f.Doc) {
				continue
			}
			if c == "" || code != "" && c != code {
				code = ""
				break
			}
			code = c
		}
		if code != "" {
			g.f.Quantity.Unit = code
			g.f.Key = strings.TrimSuffix(g.f.Key, strings.ToLower(sharedCurrencies[g.name].fallback)) + strings.ToLower(code)
		}
	}
}

// shareName reports two documents that name one entity: a capitalised word
// of five letters or more inside a sentence of each ("Luzon Commercial
// Bank"), so that a currency is carried only between reports of one subject.
// cache keeps each document's words once read.
func shareName(cache map[*Document]map[string]bool, a, b *Document) bool {
	names := func(d *Document) map[string]bool {
		if m, ok := cache[d]; ok {
			return m
		}
		m := map[string]bool{}
		cache[d] = m
		ws := strings.Fields(d.Text)
		for i := 1; i < len(ws); i++ {
			w := strings.Trim(ws[i], ",.;:()\"“”'’")
			prev := ws[i-1]
			if len(w) >= 5 && w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(prev, ".") && !monthOrDay(strings.ToLower(w)) {
				m[w] = true
			}
		}
		return m
	}
	na := names(a)
	for w := range names(b) {
		if na[w] {
			return true
		}
	}
	return false
}

// localCode reports a code some shared currency name localises to.
func localCode(unit string) bool {
	for _, c := range sharedCurrencies {
		for _, l := range c.local {
			if l.code == unit {
				return true
			}
		}
	}
	return false
}

// namesCountryOf reports a document that names a country of the shared
// currency name, so that its own reading of the name stands.
func namesCountryOf(d *Document, name string) bool {
	lower := strings.ToLower(d.Text)
	for _, l := range sharedCurrencies[name].local {
		for _, w := range l.words {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	return false
}
