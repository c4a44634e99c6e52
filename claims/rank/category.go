package rank

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// categoryWord returns the canonical form of a category word so that the role
// noun, the activity and the verb meet ("investor", "investment", "investing" →
// "investment"). An empty value marks a generic head ("partner", "provider") that
// is dropped when a more specific word is present; ok is false for other words.
func categoryWord(w string) (string, bool) {
	switch w {
	case "invest", "invests", "investor", "investors", "investment", "investments", "investing",
		"fdi":
		return "investment", true
	case "trade", "trades", "trading", "trader", "traders", "commerce", "commercial":
		return "trade", true
	case "tourism", "tourist", "tourists", "touristic":
		return "tourism", true
	case "labor", "labour", "manpower", "workforce":
		return "labor", true
	case "oda":
		return "oda", true
	case "export", "exports", "exporter", "exporters", "exporting":
		return "export", true
	case "import", "imports", "importer", "importers", "importing":
		return "import", true
	case "lender", "lenders", "lending", "loan", "loans", "creditor", "bank", "banks":
		return "lending", true
	// One trade told by its firms' several names: a "domestic carrier" is a
	// domestic airline, a "grocer" a grocery retailer or supermarket chain, a
	// "port operator" one of terminals.
	case "airline", "airlines", "carrier", "carriers":
		return "airline", true
	case "grocer", "grocers", "grocery", "supermarket", "supermarkets":
		return "grocery", true
	case "port", "ports", "terminal", "terminals":
		return "port", true
	case "plant", "plants", "factory", "factories", "facility", "facilities":
		return "plant", true // "battery cell plant", "battery cell factory": one ranking
	case "economic", "economy", "economies":
		return "economy", true
	case "car", "cars", "auto", "autos", "automobile", "automobiles", "automotive", "motor":
		return "car", true // "carmaker", "automaker", "auto maker": one trade
	case "planter", "planters", "plantation", "plantations":
		return "plantation", true // "listed planter", "listed plantation group"
	case "miner", "miners", "mining":
		return "mining", true // a mine itself is another ranking than its miner's
	case "broker", "brokers", "brokerage", "brokerages":
		return "broker", true // "the largest brokerage", "the second-largest broker"
	case "aid":
		return "aid", true
	case "segment", "segments", "division", "divisions":
		return "segment", true // a group's "second-largest segment" is its "second-largest division"
	case "customer", "customers", "client", "clients", "tenant", "tenants":
		return "customer", true // a tower company's "largest tenant" is its "largest customer"
	case "e":
		return "electric", true // "e-scooter maker", "electric scooter maker": one trade
	// Generic heads: the role of the ranked party, not the field it ranks in.
	case "partner", "partners", "provider", "providers", "source", "sources", "cooperation",
		"country", "countries", "nation", "nations", "donor", "donors", "supplier", "suppliers",
		"contributor", "contributors",
		// Makers are roles too: "DRAM maker", "maker of DRAM chips" and "DRAM
		// producer" all rank in DRAM.
		"maker", "makers", "producer", "producers", "manufacturer", "manufacturers", "builder",
		"builders", "company", "companies", "firm", "firms", "vendor", "vendors", "operator", "operators",
		"retailer", "retailers", "chain", "chains", "group", "groups",
		// Farmers and growers of a crop or fish rank in it as its producers do:
		// "salmon farmer", "salmon producer".
		"farmer", "farmers", "grower", "growers":
		return "", true
	}
	return "", false
}

// productClass reports broad product nouns that a more specific word before them
// makes redundant ("DRAM chips" = DRAM, "memory chips" = memory); alone they
// still say more than a role ("chip maker" = chip).
func productClass(w string) bool {
	switch w {
	case "chip", "chips", "product", "products", "goods",
		"semiconductor", "semiconductors":
		return true
	}
	return false
}

// compoundHeads are role nouns written solid with their product: "chipmaker",
// "carmaker", "shipbuilder" read as "chip maker", "car maker", "ship builder".
var compoundHeads = []string{"makers", "maker", "builders", "builder"}

// categoryPhrases are multi-word names folded to one word before the lexicon,
// each padded with the spaces that make it match whole words only.
var categoryPhrases = []struct{ from, to string }{
	{" official development assistance ", " oda "},
	{" foreign direct investment ", " fdi "},
	{" development assistance ", " oda "},
}

// categoryStop reports a function word that a category leaves out.
func categoryStop(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "for", "and",
		"or", "to", "with", "on", "by", "its", "their", "such", "these", "those":
		return true
	}
	return false
}

// NormCategory returns the canonical form of a rank category: lower-cased,
// diacritics folded, British spellings made American, role and activity words
// merged ("trading partner" → "trade", "partner in labour cooperation" → "labor",
// "provider of ODA" → "oda") and other words singular. A phrase of generic heads
// only keeps its head ("partner"). "" for a phrase without words.
func NormCategory(s string) string {
	if c, ok := normASCII(s); ok {
		return c
	}
	return normSlow(s)
}

// normSlow is NormCategory for any text: Unicode folding, the multi-word
// phrases, and categories of many words.
func normSlow(s string) string {
	s = " " + strings.Join(strings.Fields(textnorm.FoldAlnum(s)), " ") + " "
	for _, p := range categoryPhrases {
		s = strings.ReplaceAll(s, p.from, p.to)
	}
	var out []string
	generic, product := "", ""
	for _, w := range ofReversed(strings.Fields(s)) {
		if categoryStop(w) {
			continue
		}
		w = textnorm.American(w)
		if c, ok := categoryWord(w); ok {
			if c == "" {
				generic = textnorm.Singular(w)
			} else {
				out = appendNew(out, c)
			}
			continue
		}
		if productClass(w) {
			product = textnorm.Singular(w)
			continue
		}
		out = appendNew(out, activityStem(textnorm.Singular(w)))
	}
	switch {
	case len(out) > 0:
		return strings.Join(out, " ")
	case product != "":
		return product
	}
	return generic
}

// activityStem returns the thing an activity noun is done with, when its stem
// ends in a doubled consonant: "sawmilling" ranks where "sawmill" does,
// "shipping" where "ship" does. Other words ("producing") are returned as they
// are: their stems are no words.
func activityStem(w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	n := len(stem)
	if !ok || n < 4 || stem[n-1] != stem[n-2] || strings.ContainsRune("aeiouy", rune(stem[n-1])) {
		return w
	}
	if stem[n-1] != 'l' && stem[n-1] != 's' {
		stem = stem[:n-1] // "shipping" → "ship"; "sawmilling" keeps its "ll"
	}
	return stem
}

func appendNew(out []string, w string) []string {
	for _, o := range out {
		if o == w {
			return out
		}
	}
	return append(out, w)
}

// ofReversed puts the complement of "of" before its head and splits solid
// role compounds, so that "maker of DRAM chips" reads "DRAM chips maker" and
// "chipmaker" reads "chip maker", the order the other spellings use.
func ofReversed(ws []string) []string {
	var parts [][]string
	from := 0
	for i, w := range ws {
		if w == "of" {
			parts = append(parts, ws[from:i])
			from = i + 1
		}
	}
	parts = append(parts, ws[from:])
	out := make([]string, 0, len(ws)+1)
	head := parts[0]
	if len(parts) > 1 && len(head) > 1 {
		// "independent maker of wind turbine blades": the head's modifiers
		// stay in front, as in "independent wind turbine blade maker".
		for _, w := range head[:len(head)-1] {
			out = appendCompound(out, w)
		}
		parts[0] = head[len(head)-1:]
	}
	for i := len(parts) - 1; i >= 0; i-- {
		for _, w := range parts[i] {
			out = appendCompound(out, w)
		}
	}
	return out
}

// appendCompound appends w to out, a solid compound split: "chipmaker" as
// "chip", "maker"; other words whole.
func appendCompound(out []string, w string) []string {
	for _, h := range compoundHeads {
		if len(w) > len(h)+2 && strings.HasSuffix(w, h) {
			return append(out, w[:len(w)-len(h)], h)
		}
	}
	return append(out, w)
}

// maxFastWords bounds the words normASCII takes; longer phrases go the slow way.
const maxFastWords = 16

// normASCII is NormCategory for the common case, an ASCII category of a few
// words without a multi-word phrase to fold: the same steps over the words in
// place, so that a category costs at most one allocation instead of a dozen
// (Parse normalises every category it finds). ok is false for any other input.
func normASCII(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return "", false
		}
	}
	f := strings.ToLower(s) // Fold of ASCII text
	var words [maxFastWords]string
	n := 0
	for i := 0; i < len(f); {
		if !isAlnum(f[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && isAlnum(f[j]) {
			j++
		}
		if n == len(words) {
			return "", false
		}
		words[n] = f[i:j]
		n++
		i = j
	}
	for i := 0; i+1 < n; i++ {
		if words[i] == "development" && words[i+1] == "assistance" ||
			words[i] == "foreign" && words[i+1] == "direct" && i+2 < n && words[i+2] == "investment" {
			return "", false // categoryPhrases apply
		}
	}
	// ofReversed: the parts between "of" in reverse order, compounds split
	var order [2 * maxFastWords]string
	m := 0
	first := 0 // where the head's part starts: past its modifiers when an "of" follows it
	for i := 0; i < n; i++ {
		if words[i] == "of" {
			if i >= 2 {
				for _, w := range words[:i-1] {
					m = appendCompoundAt(&order, m, w)
				}
				first = i - 1
			}
			break
		}
	}
	end := n
	for from := n - 1; from >= first-1; from-- {
		if from >= first && words[from] != "of" {
			continue
		}
		for _, w := range words[from+1 : end] {
			m = appendCompoundAt(&order, m, w)
		}
		end = from
	}
	var out [2 * maxFastWords]string
	k := 0
	generic, product := "", ""
	for _, w := range order[:m] {
		if categoryStop(w) {
			continue
		}
		w = textnorm.American(w)
		if c, ok := categoryWord(w); ok {
			if c == "" {
				generic = textnorm.Singular(w)
			} else {
				k = appendNewAt(&out, k, c)
			}
			continue
		}
		if productClass(w) {
			product = textnorm.Singular(w)
			continue
		}
		k = appendNewAt(&out, k, activityStem(textnorm.Singular(w)))
	}
	switch {
	case k == 1:
		return out[0], true
	case k > 0:
		return strings.Join(out[:k], " "), true
	case product != "":
		return product, true
	}
	return generic, true
}

// isAlnum reports an ASCII lower-case letter or digit: what FoldAlnum keeps of
// folded ASCII text.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// appendCompoundAt is appendCompound into the array out holding n words.
func appendCompoundAt(out *[2 * maxFastWords]string, n int, w string) int {
	for _, h := range compoundHeads {
		if len(w) > len(h)+2 && strings.HasSuffix(w, h) {
			out[n], out[n+1] = w[:len(w)-len(h)], h
			return n + 2
		}
	}
	out[n] = w
	return n + 1
}

// appendNewAt is appendNew into the array out holding n words.
func appendNewAt(out *[2 * maxFastWords]string, n int, w string) int {
	for _, o := range out[:n] {
		if o == w {
			return n
		}
	}
	out[n] = w
	return n + 1
}
