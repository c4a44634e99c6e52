package rank

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// categoryLexicon maps a category word to its canonical form so that the role
// noun, the activity and the verb meet ("investor", "investment", "investing" →
// "investment"). An empty value marks a generic head ("partner", "provider") that
// is dropped when a more specific word is present.
var categoryLexicon = map[string]string{
	"invest": "investment", "invests": "investment", "investor": "investment",
	"investors": "investment", "investment": "investment", "investments": "investment",
	"investing": "investment", "fdi": "investment",
	"trade": "trade", "trades": "trade", "trading": "trade", "trader": "trade",
	"traders": "trade", "commerce": "trade", "commercial": "trade",
	"tourism": "tourism", "tourist": "tourism", "tourists": "tourism", "touristic": "tourism",
	"labor": "labor", "labour": "labor", "manpower": "labor", "workforce": "labor",
	"oda":    "oda",
	"export": "export", "exports": "export", "exporter": "export", "exporters": "export",
	"exporting": "export",
	"import":    "import", "imports": "import", "importer": "import", "importers": "import",
	"importing": "import",
	"lender":    "lending", "lenders": "lending", "lending": "lending", "loan": "lending",
	"loans": "lending", "creditor": "lending",
	"economic": "economy", "economy": "economy", "economies": "economy",
	"aid": "aid",
	// Generic heads: the role of the ranked party, not the field it ranks in.
	"partner": "", "partners": "", "provider": "", "providers": "", "source": "",
	"sources": "", "cooperation": "", "country": "", "countries": "", "nation": "",
	"nations": "", "donor": "", "donors": "", "supplier": "", "suppliers": "",
	"contributor": "", "contributors": "",
}

// categoryPhrases are multi-word names folded to one word before the lexicon.
var categoryPhrases = []struct{ from, to string }{
	{"official development assistance", "oda"},
	{"foreign direct investment", "fdi"},
	{"development assistance", "oda"},
}

var categoryStops = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "for": true, "and": true,
	"or": true, "to": true, "with": true, "on": true, "by": true, "its": true, "their": true,
}

// NormCategory returns the canonical form of a rank category: lower-cased,
// diacritics folded, British spellings made American, role and activity words
// merged ("trading partner" → "trade", "partner in labour cooperation" → "labor",
// "provider of ODA" → "oda") and other words singular. A phrase of generic heads
// only keeps its head ("partner"). "" for a phrase without words.
func NormCategory(s string) string {
	s = " " + strings.Join(strings.Fields(textnorm.FoldAlnum(s)), " ") + " "
	for _, p := range categoryPhrases {
		s = strings.ReplaceAll(s, " "+p.from+" ", " "+p.to+" ")
	}
	var out []string
	generic := ""
	for _, w := range strings.Fields(s) {
		if categoryStops[w] {
			continue
		}
		w = textnorm.American(w)
		c, ok := categoryLexicon[w]
		switch {
		case ok && c == "":
			generic = textnorm.Singular(w)
		case ok:
			out = appendNew(out, c)
		default:
			out = appendNew(out, textnorm.Singular(w))
		}
	}
	if len(out) == 0 {
		return generic
	}
	return strings.Join(out, " ")
}

func appendNew(out []string, w string) []string {
	for _, o := range out {
		if o == w {
			return out
		}
	}
	return append(out, w)
}
