package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// verbWord reports whether a lower-cased word is one of the verbs that end a
// noun phrase: auxiliaries, the verbs news uses around figures, irregular past
// forms news puts before figures ("Germany alone bought more than 160,000
// tonnes") and verbs of forecasts. A switch, not a map: it is asked about most
// words of a phrase, and a switch costs a fraction of a map lookup.
func verbWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
		"can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "serve",
		"serves", "reach", "reaches", "reached", "reaching", "rose", "rise", "rises", "grew", "grow",
		"grows", "jumped", "surged", "expanded", "increased", "decreased", "fell", "fall", "falls",
		"dropped", "declined", "totalled", "totaled", "stood", "stands", "hit", "hits", "remains",
		"remain", "remained", "became", "become", "ranks", "ranked", "ranking", "attend", "attended",
		"came", "come", "went", "gone", "make", "makes", "made", "take", "takes", "took", "provide",
		"provides", "host", "hosts", "hosted", "signed", "sign", "established", "account", "accounts",
		"accounting", "according", "said", "says", "say", "that", "which", "while", "when", "where",
		"who", "whom", "whose", "if", "because", "since", "than", "and", "or", "but", "by", "as", "like",
		"including", "include", "includes", "such", "per", "bring", "brings", "brought", "get", "gets",
		"got", "worth", "valued", "plan", "plans", "planned", "expected", "aim", "aims", "aiming",
		"bought", "sold", "paid", "spent", "won", "built", "gave", "sent", "kept", "held", "led", "met",
		"ran", "saw", "told", "found", "slid", "struck", "shook", "tore", "began", "broke", "sank", "threw", "froze", "fought", "fled", "flew", "drove", "swept", "caught", "dug", "rode", "swam", "sought", "expect", "expects", "predict", "predicts", "risen", "fallen", "grown":
		return true
	}
	return false
}

// words is the Word tokens of a sentence with their lower-cased text.
type words struct {
	text    string
	toks    []token.Token
	lowered string    // text with A-Z lower-cased, when computed for the document (attrib.Doc.Lowered)
	ascii   bool      // text is all ASCII: every lower-cased word is a slice of lowered
	stems   stemCache // shared by the sentences of one document
	names   *docNames // the words the document capitalises inside sentences
	alloc   *factMem  // the document's facts and their payloads are made from it
}

// docNames answers whether a document capitalises a word inside a sentence.
// Few sentences ask, and a document asks about a handful of words: each ASCII
// word is looked up in the text itself, which costs less than building the
// set of all the document's names (properNames); other words build it.
type docNames struct {
	text, lowered string
	sents         []Span
	toks          []token.Token
	ends          []int
	names         map[string]bool   // nil until a word needs it
	asked         []askedName       // the answers found by search
	kelvin        int8              // 0 before the first search, 1 when the text has a Kelvin sign, -1 when not
	currencies    map[string]string // shared currency name → the document's code (see currency)
	pesoP         int8              // 0 before the first look, 1 when the document is from the Philippines, -1 when not
	nairaN        int8              // the same for Nigeria
	randR         int8              // the same for South Africa
	shilling      string            // the code "Sh" stands for, once looked ("-" for none)
	kwacha        string            // the code "K" stands for, once looked ("-" for none)
	pound         string            // the code a bare "pounds" stands for, once looked ("-" for none)
	pair          int8              // the same for the words pairAnaphor looks for
	celsius       int8              // the same for a Celsius temperature
	fahrenheit    int8              // the same for a Fahrenheit one
}

// pairWords reports whether the document says "the two countries", "both
// sides" or the like anywhere: most do not, and then no sentence need look.
func (d *docNames) pairWords() bool {
	return d == nil || d.mentions(&d.pair, strings.Contains, pairPhrases...)
}

// nairaPrefix reports whether the document is from Nigeria, where a capital
// N glued to a number is naira ("N842.6 billion").
func (d *docNames) nairaPrefix() bool {
	return d != nil && d.mentions(&d.nairaN, strings.Contains, "nigeria", "naira", "lagos", "abuja")
}

// randPrefix reports whether the document writes rand as an R glued to the
// amount ("R1.9 billion"): it names South Africa, its cities or the rand
// (a whole word: not "brand").
func (d *docNames) randPrefix() bool {
	return d != nil && d.mentions(&d.randR, func(lowered, w string) bool { return countWord(lowered, w) > 0 },
		"south africa", "south african", "johannesburg", "pretoria", "cape town", "durban", "soweto", "bloemfontein", "rand",
		"eastern cape", "western cape", "northern cape", "kwazulu-natal", "gauteng", "limpopo", "mpumalanga", "gqeberha",
		"port elizabeth", "polokwane", "pietermaritzburg", "stellenbosch", "tshwane", "ekurhuleni", "mbombela")
}

// shillingCode returns the code of the shillings a document writes as "Sh"
// glued to an amount: Kenyan, Tanzanian or Ugandan by the country it names
// first in that order of checks; "" when it names none.
func (d *docNames) shillingCode() string {
	if d == nil {
		return ""
	}
	return d.firstCountryCode(&d.shilling, []countryWords{
		{"KES", []string{"kenya", "nairobi", "mombasa", "kisumu", "nakuru", "eldoret"}},
		{"TZS", []string{"tanzania", "dar es salaam", "dodoma", "arusha", "zanzibar"}},
		{"UGX", []string{"uganda", "kampala", "entebbe"}},
	})
}

// poundCode returns the code of the pounds a document writes bare ("25,000
// pounds"): Egyptian, Lebanese, Sudanese or Syrian by the country it names
// first in that order of checks; "" when it names none (a weight, or
// sterling).
func (d *docNames) poundCode() string {
	if d == nil {
		return ""
	}
	return d.firstCountryCode(&d.pound, []countryWords{
		{"EGP", []string{"egypt", "cairo", "alexandria", "giza", "minya", "luxor", "aswan", "port said", "suez"}},
		{"LBP", []string{"lebanon", "lebanese", "beirut"}},
		{"SDG", []string{"sudan", "khartoum", "omdurman"}},
		{"SYP", []string{"syria", "damascus", "aleppo"}},
	})
}

// countryWords is a currency code and the words that name its country.
type countryWords struct {
	code  string
	words []string
}

// firstCountryCode returns the code of the first of cs whose words the
// document holds, looking once and keeping the answer in state ("-" for
// none); "" when it holds none.
func (d *docNames) firstCountryCode(state *string, cs []countryWords) string {
	if *state == "" {
		*state = "-"
	found:
		for _, c := range cs {
			for _, w := range c.words {
				if strings.Contains(d.lowered, w) {
					*state = c.code
					break found
				}
			}
		}
	}
	if *state == "-" {
		return ""
	}
	return *state
}

// temperatureScale returns the unit of the one temperature scale the
// document names ("°C" or "°F"), or "" when it names none or both.
func (d *docNames) temperatureScale() string {
	if d == nil {
		return ""
	}
	c := d.mentions(&d.celsius, strings.Contains, "celsius", "centigrade", "°c")
	f := d.mentions(&d.fahrenheit, strings.Contains, "fahrenheit", "°f")
	switch {
	case c && !f:
		return "°C"
	case f && !c:
		return "°F"
	}
	return ""
}

// kwachaCode returns the code of the money a document writes as "K" glued
// to an amount: Zambian or Malawian kwacha, Papua New Guinean kina or
// Myanmar kyat, by the country it names first in that order of checks; ""
// when it names none.
func (d *docNames) kwachaCode() string {
	if d == nil {
		return ""
	}
	return d.firstCountryCode(&d.kwacha, []countryWords{
		{"ZMW", []string{"zambia", "lusaka", "copperbelt", "kitwe", "ndola"}},
		{"MWK", []string{"malawi", "lilongwe", "blantyre"}},
		{"PGK", []string{"papua new guinea", "port moresby", "kina"}},
		{"MMK", []string{"myanmar", "yangon", "naypyitaw", "kyat"}},
	})
}

// pesoPrefix reports whether the document writes pesos as a P glued to the
// amount ("P190 billion"): it names the Philippines, its island groups or
// chief cities, or pesos.
func (d *docNames) pesoPrefix() bool {
	return d != nil && d.mentions(&d.pesoP, strings.Contains, "philippin", "filipin", "manila", "peso",
		"luzon", "visayas", "mindanao", "cebu", "davao", "quezon city", "makati", "pasig", "taguig", "bangko sentral")
}

// mentions reports whether the document holds one of ws as found says,
// looking once and keeping the answer in state (0 before the look, 1 yes,
// -1 no).
func (d *docNames) mentions(state *int8, found func(lowered, w string) bool, ws ...string) bool {
	if *state == 0 {
		*state = -1
		for _, w := range ws {
			if found(d.lowered, w) {
				*state = 1
				break
			}
		}
	}
	return *state > 0
}

type askedName struct {
	lw string
	ok bool
}

// has reports whether the document capitalises the lower-cased word lw inside a sentence.
func (d *docNames) has(lw string) bool {
	if d == nil {
		return false
	}
	if d.kelvin == 0 {
		// Only the Kelvin sign lowers to an ASCII letter ("\u212a" → "k"): without
		// it, a token lowers to ASCII lw only when it is ASCII and reads lw in lowered.
		d.kelvin = -1
		if strings.Contains(d.text, "\u212a") {
			d.kelvin = 1
		}
	}
	if d.names == nil && lw != "" && textnorm.IsASCII(lw) && d.lowered != "" && d.kelvin < 0 {
		for _, a := range d.asked {
			if a.lw == lw {
				return a.ok
			}
		}
		ok := d.search(lw)
		d.asked = append(d.asked, askedName{lw, ok})
		return ok
	}
	if d.names == nil {
		d.names = properNames(d.text, d.lowered, d.sents, d.toks, d.ends)
	}
	return d.names[lw]
}

// search reports whether properNames would hold the ASCII word lw: some word
// token after a word of its sentence reads lw lower-cased and starts with a
// capital. It visits the capitals that lw can start with, a few per document.
func (d *docNames) search(lw string) bool {
	if lw[0] < 'a' || lw[0] > 'z' {
		return false // an ASCII word is capitalised only by A-Z
	}
	capital := lw[0] - ('a' - 'A')
	for from := 0; from < len(d.text); {
		k := strings.IndexByte(d.text[from:], capital)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + 1
		if !strings.HasPrefix(d.lowered[at:], lw) {
			continue
		}
		si := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > at })
		if si == len(d.sents) || d.sents[si].Start > at {
			continue
		}
		st, rel := d.toks[d.ends[si]:d.ends[si+1]], at-d.sents[si].Start
		i := sort.Search(len(st), func(i int) bool { return st[i].Start >= rel })
		if i > 0 && i < len(st) && st[i].Start == rel && st[i].End == rel+len(lw) &&
			st[i].Kind == token.Word && st[i-1].Kind == token.Word {
			return true
		}
	}
	return false
}

// properNames returns the lower-cased words a document capitalises after the
// first word of a sentence: names, which stay names at the start of a sentence
// ("Rovers collected 84 points" when "Rovers" appears mid-sentence elsewhere).
func properNames(text, lowered string, sents []Span, toks []token.Token, ends []int) map[string]bool {
	names := make(map[string]bool, len(toks)/16)
	for si, s := range sents {
		sent := text[s.Start:s.End]
		st := toks[ends[si]:ends[si+1]]
		for i := 1; i < len(st); i++ {
			if st[i].Kind == token.Word && isCapitalised(st[i].Text(sent)) && st[i-1].Kind == token.Word {
				names[lowerToken(sent, lowered[s.Start:s.End], st[i])] = true
			}
		}
	}
	return names
}

// common reports whether a capitalised sentence-initial word is a common word
// rather than a name the document uses elsewhere.
func (w words) common(s string) bool {
	if ls := strings.ToLower(s); isDropWord(ls) || lexiconDrops(ls) {
		return true // "Bilateral trade exceeded …": a word keys drop is no name
	}
	return looksCommon(s) && !w.names.has(strings.ToLower(s))
}

// lexiconDrops reports a word the key lexicon maps to nothing ("bilateral",
// "two-way").
func lexiconDrops(ls string) bool {
	m, ok := lexicon[ls]
	return ok && m == ""
}

func (w words) at(i int) string { return w.toks[i].Text(w.text) }

func (w words) lower(i int) string {
	if w.ascii {
		t := w.toks[i]
		return w.lowered[t.Start:t.End]
	}
	return w.lowerSlow(i) // kept apart so that lower inlines: it is called for most tokens
}

func (w words) lowerSlow(i int) string {
	if w.lowered == "" {
		return strings.ToLower(w.at(i))
	}
	return lowerToken(w.text, w.lowered, w.toks[i])
}

// lowerToken returns strings.ToLower of token t of text, given lowered, the
// text with only A-Z lower-cased: ASCII words are a slice of it, so only
// non-ASCII words allocate.
func lowerToken(text, lowered string, t token.Token) string {
	s := lowered[t.Start:t.End]
	for j := 0; j < len(s); j++ {
		if s[j] >= utf8.RuneSelf {
			return strings.ToLower(text[t.Start:t.End])
		}
	}
	return s
}

// lowerASCIIWord appends strings.ToLower(s) to b when s is ASCII and fits in
// b's capacity; ok is false otherwise.
func lowerASCIIWord(b []byte, s string) ([]byte, bool) {
	if len(s) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// isBoundary reports whether token i ends a phrase: punctuation other than
// hyphens, apostrophes and slashes.
func (w words) isBoundary(i int) bool {
	t := w.toks[i]
	if t.Kind != token.Symbol {
		return false
	}
	s := w.at(i)
	if s == "-" {
		// A spaced hyphen is a dash ("HANOI (VNA) - The province …"); a tight one joins words.
		return i > 0 && w.toks[i-1].End < t.Start && i+1 < len(w.toks) && t.End < w.toks[i+1].Start
	}
	return s != "'" && s != "’" && s != "/" && s != "&"
}

// isVerb reports whether a lower-cased word is a verb that ends a noun phrase.
func isVerb(lw string) bool {
	return verbWord(lw) && lw != "to" || len(lw) > 4 && strings.HasSuffix(lw, "ed") && !edNonVerb(lw)
}

// edNonVerb reports the common words ending in "ed" that are no past tense
// ("wind speed", "several hundred", "indeed").
func edNonVerb(lw string) bool {
	switch lw {
	case "speed", "breed", "greed", "creed", "steed", "tweed", "indeed", "hundred", "kindred",
		"sacred", "naked", "wicked", "rugged", "ragged", "crooked", "beloved":
		return true
	}
	return false
}

// isAdverb reports whether a word is an adverb between a subject and its verb
// ("Gunma currently has").
func isAdverb(lw string) bool {
	return strings.HasSuffix(lw, "ly") || lw == "now" || lw == "still" || lw == "already" || lw == "also"
}

// isAllCaps reports whether a word is an acronym ("FDI", "ODA").
func isAllCaps(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// monthOrDay reports whether a lower-cased word names a month or a weekday.
func monthOrDay(lw string) bool {
	switch lw {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday":
		return true
	}
	return false
}

func isCapitalised(s string) bool {
	if s == "" || s[0] >= utf8.RuneSelf {
		return upperFirst(s) // kept apart so that isCapitalised inlines
	}
	return s[0]-'A' < 26
}

func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// looksCommon guesses that a capitalised sentence-initial word is a common noun or
// a function word, not a name: plurals, determiners, pronouns.
func looksCommon(s string) bool {
	ls := strings.ToLower(s)
	if commonOpener(ls) {
		return true
	}
	return strings.HasSuffix(ls, "s") || strings.HasSuffix(ls, "ly") ||
		len(ls) > 4 && (strings.HasSuffix(ls, "ed") || strings.HasSuffix(ls, "ing")) // "Confirmed cases had …"
}

// commonOpener reports whether a lower-cased word is a function word or adverb
// that opens sentences capitalised ("The", "Many", "Meanwhile").
func commonOpener(ls string) bool {
	switch ls {
	case "the", "this", "these", "those", "it", "they", "we", "he", "she", "many", "some", "both",
		"all", "each", "most", "its", "their", "our", "meanwhile", "currently", "today", "so", "in",
		"when", "after", "before", "as", "since", "while", "although", "though", "because", "if", "once", "until", "but":
		return true
	}
	return false
}
