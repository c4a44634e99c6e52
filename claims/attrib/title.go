package attrib

import (
	"strings"
	"unicode"
)

// roleTitle is a title taken apart for comparison: "Deputy Minister of Foreign
// Affairs" and "Deputy Foreign Minister" both become {deputy, minister,
// foreign affairs}.
type roleTitle struct {
	mod, core, of, to, country string
}

// SameTitle reports whether a and b are the same title: equal up to case,
// abbreviation ("PM" = "Prime Minister") and word order of the portfolio
// ("Deputy Foreign Minister" = "Deputy Minister of Foreign Affairs"). A title
// inside a longer one is a different title: "Chairman" is not "Vice Chairman",
// "Minister" is not "Prime Minister", "Governor" is not "Governor of Gunma".
// "Vice" and "Deputy" are taken as the same rank, as English-language news
// uses both for one office. A country or destination ("Japanese", "to
// Vietnam") only tells titles apart when both state one.
func SameTitle(a, b string) bool {
	if ca, cb := titleSynonyms[Fold(a)], titleSynonyms[Fold(b)]; ca != "" && ca == cb {
		return true // "chief financial officer" and "finance chief": one office, two wordings
	}
	ta, tb := parseTitle(a), parseTitle(b)
	if ta.core == "" || tb.core == "" {
		return false
	}
	return ta.mod == tb.mod && ta.core == tb.core && sameOf(ta.of, tb.of) &&
		compatible(ta.to, tb.to) && compatible(ta.country, tb.country)
}

// TitleRefers reports whether short is an acceptable shortened form of the
// title full: it may drop what the office is of, its country or destination
// ("Minister" for "Foreign Minister", "Governor" for "Governor of Gunma
// Prefecture", "Ambassador" for "Japanese Ambassador to Vietnam"), but not a
// rank or a word of the office itself ("Minister" does not shorten "Prime
// Minister" nor "Deputy Minister").
func TitleRefers(full, short string) bool {
	tf, ts := parseTitle(full), parseTitle(short)
	if tf.core == "" || ts.core == "" {
		return false
	}
	return tf.mod == ts.mod && tf.core == ts.core && (ts.of == "" || sameOf(ts.of, tf.of) || jointPart(ts.of, tf.of)) &&
		compatible(tf.to, ts.to) && compatible(tf.country, ts.country)
}

// jointPart reports a portfolio that is one of a joint one: "trade" of
// "industry and trade" (a "trade minister" where the ministry is of both).
func jointPart(part, joint string) bool {
	if !strings.Contains(joint, " and ") || strings.Contains(part, " ") {
		return false
	}
	for _, p := range strings.FieldsFunc(joint, func(r rune) bool { return r == ',' }) {
		for _, q := range strings.Split(p, " and ") {
			if strings.TrimSpace(q) == part {
				return true
			}
		}
	}
	return false
}

func compatible(a, b string) bool { return a == "" || b == "" || a == b }

// sameOf reports whether two "of" complements name the same body, where a
// generic one ("provincial people's committee") matches the named one ("binh
// lam people's committee") it stands for in a local story.
func sameOf(a, b string) bool { return a == b || genericOf(a, b) || genericOf(b, a) }

func genericOf(g, named string) bool {
	first, rest, ok := strings.Cut(g, " ")
	return ok && placeAdjective(first) && rest != "" && strings.HasSuffix(named, " "+rest) && !strings.HasPrefix(named, first+" ")
}

// parseTitle takes a title apart; core is "" when no office word is found.
func parseTitle(s string) roleTitle {
	words := titleWords(s)
	var t roleTitle
	var mods, pre []string
	i := 0
	for i < len(words) {
		if n, core := matchCore(words[i:]); n > 0 {
			t.core = core
			i += n
			break
		}
		w := words[i]
		switch {
		case isRankWord(w):
			if w == "vice" {
				w = "deputy"
			}
			mods = append(mods, w)
		case w == "the" || w == "former" || w == "newly" || w == "elected" || w == "incumbent":
		case countryOfAdjective(w) != "":
			t.country = countryOfAdjective(w)
		case strings.HasSuffix(w, "'s") && countryName(strings.TrimSuffix(w, "'s")) != "":
			t.country = countryName(strings.TrimSuffix(w, "'s"))
		default:
			pre = append(pre, w)
		}
		i++
	}
	t.mod = strings.Join(mods, " ")
	var of, to []string
	dst := &of
	for _, w := range words[i:] {
		switch w {
		case "of", "for":
			dst = &of
		case "to":
			dst = &to
		case "the":
		default:
			*dst = append(*dst, w)
		}
	}
	t.of = portfolio(strings.Join(append(pre, of...), " "))
	t.to = strings.Join(to, " ")
	if c := countryName(t.to); c != "" {
		t.to = c
	}
	return t
}

// titleWords folds a title into words, splitting hyphens and expanding
// abbreviations ("PM" → "prime minister").
func titleWords(s string) []string {
	raw := strings.FieldsFunc(foldKey(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'')
	})
	out := make([]string, 0, len(raw)+2)
	for _, w := range raw {
		switch w {
		case "pm":
			out = append(out, "prime", "minister")
		case "dpm":
			out = append(out, "deputy", "prime", "minister")
		case "fm":
			out = append(out, "foreign", "minister")
		case "gov":
			out = append(out, "governor")
		case "dep":
			out = append(out, "deputy")
		case "pres":
			out = append(out, "president")
		case "amb":
			out = append(out, "ambassador")
		case "sec":
			out = append(out, "secretary")
		case "chairwoman", "chairperson", "chair":
			out = append(out, "chairman")
		case "spokesman", "spokeswoman", "spokesperson":
			out = append(out, "spokesperson")
		case "adviser":
			out = append(out, "advisor")
		default:
			out = append(out, w)
		}
	}
	return out
}

// matchCore matches an office at the start of words, returning how many words
// it takes and its canonical form.
func matchCore(words []string) (int, string) {
	switch len(words) {
	case 0:
		return 0, ""
	case 1:
		return matchCore1(words[0])
	}
	return matchCore2(words[0], words[1])
}

// matchCore2 is matchCore of the two words a and b.
func matchCore2(a, b string) (int, string) {
	// The pairs are matched word by word, so that no pair is built
	// only to be compared.
	switch a {
	case "prime":
		if b == "minister" {
			return 2, "prime minister"
		}
	case "crown":
		switch b {
		case "prince":
			return 2, "crown prince"
		case "princess":
			return 2, "crown princess"
		}
	case "chief":
		switch b {
		case "executive":
			return 2, "chief executive"
		case "justice":
			return 2, "chief justice"
		}
	case "director":
		if b == "general" {
			return 2, "director general"
		}
	case "consul":
		if b == "general" {
			return 2, "consul general"
		}
	case "inspector":
		if b == "general" {
			return 2, "inspector general"
		}
	case "general", "secretary":
		if b == "secretary" && a == "general" || b == "general" && a == "secretary" {
			return 2, "general secretary"
		}
		if a == "general" && b == "manager" {
			return 2, "general manager"
		}
	}
	return matchCore1(a)
}

// TitleWord reports whether w, folded, is a word that heads a title on its
// own: "minister", "coordinator", "analyst".
func TitleWord(w string) bool { return isCoreWord(w) }

// matchCore1 is matchCore of the one word w.
func matchCore1(w string) (int, string) {
	if isCoreWord(w) {
		return 1, w
	}
	return 0, ""
}

func isCoreWord(w string) bool {
	switch w {
	case "minister", "president", "chairman", "governor", "mayor", "ambassador", "secretary",
		"director", "head", "chief", "speaker", "king", "queen", "emperor", "empress", "prince",
		"princess", "premier", "chancellor", "senator", "congressman", "congresswoman",
		"advisor", "commissioner", "consul", "envoy", "spokesperson", "ceo", "general",
		"colonel", "professor", "judge", "chairman's", "lawmaker", "representative", "leader",
		"specialist", "officer", "expert", "coordinator", "manager", "economist", "analyst",
		"consultant", "researcher", "coach", "captain", "striker", "midfielder", "goalkeeper", "defender",
		"undersecretary", "commander", "magistrate", "collector", "superintendent", "administrator",
		"prosecutor", "registrar":
		return true
	}
	return false
}

func isRankWord(w string) bool {
	switch w {
	case "deputy", "vice", "first", "acting", "permanent", "senior", "standing", "executive",
		"assistant", "associate", "special", "interim", "honorary", "co", "lieutenant", "major":
		return true
	}
	return false
}

// portfolio normalises what an office is of, so that "foreign" (from "Foreign
// Minister") meets "foreign affairs" (from "Minister of Foreign Affairs").
func portfolio(s string) string {
	switch s {
	case "foreign":
		return "foreign affairs"
	case "home":
		return "home affairs"
	case "defense":
		return "defence"
	case "labor":
		return "labour"
	case "finance", "ministry of finance":
		return "finance"
	}
	return s
}

// titleSynonyms maps the wordings of one corporate office to one name.
var titleSynonyms = map[string]string{
	"chief financial officer": "cfo", "cfo": "cfo", "finance chief": "cfo", "chief finance officer": "cfo",
	"finance director": "cfo", "financial director": "cfo",
	"chief executive officer": "ceo", "ceo": "ceo", "chief executive": "ceo",
	"chief operating officer": "coo", "coo": "coo", "operations chief": "coo",
	"chief technology officer": "cto", "cto": "cto", "technology chief": "cto",
}
