package rules

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// Speakers are written many ways: "Prime Minister Pham Minh Chinh", "PM Chinh",
// "Chinh", "Japan's Prime Minister Takaichi". The helpers here reduce a speaker to
// the parts of the name and decide whether two speakers are one person: the name
// parts of one contained in the other's, up to case, diacritics and order. A
// speaker with no name ("the PM") is unknown, never the same as anyone.

// titleWords are words of titles and honorifics, never parts of a name.
var titleWords = map[string]bool{
	"prime": true, "minister": true, "ministers": true, "pm": true, "fm": true, "deputy": true,
	"vice": true, "foreign": true, "affairs": true, "of": true, "to": true, "the": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "prof": true, "professor": true, "ambassador": true,
	"governor": true, "gov": true, "president": true, "chairman": true, "chairwoman": true,
	"chair": true, "chairperson": true, "secretary": true, "general": true, "party": true,
	"director": true, "mayor": true, "head": true, "leader": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "newly": true, "elected": true, "former": true,
	"acting": true, "senior": true, "special": true, "advisor": true, "adviser": true, "ceo": true,
	"consul": true, "premier": true, "chancellor": true, "king": true, "queen": true, "emperor": true,
	"crown": true, "prince": true, "princess": true, "sir": true, "dame": true, "and": true,
	"permanent": true, "assistant": true, "first": true, "executive": true, "chief": true,
	"official": true, "envoy": true, "speaker": true, "representative": true, "vice-chairman": true,
	"prefecture": true, "province": true, "city": true, "people's": true, "committee": true,
	"national": true, "assembly": true, "government": true, "state": true, "ministry": true,
	"trade": true, "industry": true, "finance": true, "defence": true, "defense": true,
}

// titleModifiers narrow a title to a place or a force ("Regional Police
// Commander", "District Commissioner"): no part of a name either.
var titleModifiers = map[string]bool{"regional": true, "police": true, "provincial": true, "district": true,
	"county": true, "municipal": true, "federal": true}

// places are country names and demonyms that qualify a title, not a name.
var places = map[string]bool{
	"vietnam": true, "viet": true, "nam": true, "vietnamese": true, "japan": true, "japanese": true,
	"china": true, "chinese": true, "korea": true, "korean": true, "laos": true, "lao": true,
	"cambodia": true, "cambodian": true, "thailand": true, "thai": true, "france": true,
	"french": true, "chile": true, "chilean": true, "us": true, "u.s": true, "usa": true,
	"american": true, "america": true, "uk": true, "britain": true, "british": true,
	"germany": true, "german": true, "india": true, "indian": true, "russia": true, "russian": true,
	"singapore": true, "singaporean": true, "australia": true, "australian": true, "canada": true,
	"canadian": true, "italy": true, "italian": true, "spain": true, "spanish": true, "eu": true,
	"european": true, "indonesia": true, "indonesian": true, "malaysia": true, "malaysian": true,
	"philippines": true, "philippine": true, "filipino": true, "asean": true, "africa": true,
	"african": true, "brazil": true, "brazilian": true, "mexico": true, "mexican": true,
}

// nameParts returns the folded parts of the name in a speaker or person string:
// the last run of capitalised words that are neither title words nor places,
// after an appositive comma when the name stands first ("Yamada Takio, Japanese
// Ambassador").
func nameParts(s string) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	})
	isName := func(w string) bool {
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
		f := strings.TrimSuffix(attrib.Fold(w), ".")
		if titleWords[f] || attrib.TitleWord(f) || titleModifiers[f] || places[f] || strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "'") {
			return false
		}
		return true
	}
	end := len(ws)
	for end > 0 && !isName(ws[end-1]) {
		end--
	}
	start := end
	for start > 0 && isName(ws[start-1]) {
		start--
	}
	out := make([]string, 0, end-start)
	for _, w := range ws[start:end] {
		// "Kröger" and "Kroeger" are one name: umlauts as German writes them without.
		for _, p := range strings.FieldsFunc(attrib.Fold(umlautSpelling(w)), func(r rune) bool { return r == '-' || r == '.' }) {
			out = append(out, p)
		}
	}
	return out
}

// sameSpeaker reports whether two speakers are one person: both have a name and
// the parts of one are all parts of the other ("PM Chinh" and "Prime Minister
// Pham Minh Chinh"; "Takaichi" and "Sanae Takaichi").
func sameSpeaker(a, b string) bool {
	if ca := placeCountry(a); ca != "" && ca == placeCountry(b) {
		return true // "Hanoi will lower duties", "Vietnam will cut duties": a capital speaks for its country
	}
	pa, pb := nameParts(a), nameParts(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	if len(pa) > len(pb) {
		pa, pb = pb, pa
	}
	for _, p := range pa {
		if !containsWord(pb, p) && !containsCloseWord(pb, p) {
			return false
		}
	}
	return true
}

// placeCountry returns the country a speaker names, itself or by its
// capital ("Vietnam", "Hanoi"), "" for any other speaker.
func placeCountry(s string) string {
	s = strings.TrimSpace(s)
	return cmp.Or(attrib.CountryName(s), attrib.CapitalCountry(s))
}

// containsCloseWord reports a word of ws one letter from w, both of five
// letters or more: "Marquez" is the "Marques" another report spelled.
func containsCloseWord(ws []string, w string) bool {
	for _, x := range ws {
		if utf8.RuneCountInString(x) >= 5 && utf8.RuneCountInString(w) >= 5 && closeSpelling(x, w, false) == "one letter apart" {
			return true
		}
	}
	return false
}

// speakersAgree reports whether two facts may be by the same speaker: the same
// named speaker, or, when allowUnknown, either speaker unstated.
func speakersAgree(a, b string, allowUnknown bool) bool {
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return allowUnknown
	}
	if len(nameParts(a)) == 0 || len(nameParts(b)) == 0 {
		// "the PM", "the minister": who exactly is not known.
		return allowUnknown
	}
	return sameSpeaker(a, b)
}

// containsWord reports whether s holds w.
func containsWord(s []string, w string) bool {
	for _, v := range s {
		if v == w {
			return true
		}
	}
	return false
}

// speakerLabel is the speaker as a message names it, or "" when unknown.
func speakerLabel(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
