package attrib

import (
	"strings"
	"unicode"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// PersonName reports whether a proper name of two to four words can be a
// person's: no word of it heads an organisation, place or portfolio ("Moi
// University", "National Police"), names a country or a nationality ("South
// Korean"), or is a word firms and bodies end their names with ("Volunteer Fire
// Brigade", "Selat Partners").
func PersonName(name string) bool {
	if !textnorm.IsASCII(name) {
		return personNameFolded(Fold(name), accentedWords(name))
	}
	var buf [64]byte
	if len(name) > len(buf) {
		return personNameFolded(Fold(name), 0)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return personNameFolded(string(buf[:len(name)]), 0)
}

// accentedWords marks (bit i for word i) the words of name written with
// letters outside ASCII: "Germán" folds to "german" but is a given name, not
// the adjective, which English writes plain.
func accentedWords(name string) uint64 {
	var marks uint64
	for i, w := range strings.Fields(name) {
		if i < 64 && !textnorm.IsASCII(w) {
			marks |= 1 << i
		}
	}
	return marks
}

// personNameFolded is PersonName of a folded name. Its words are read in
// place: most names are asked of every document.
func personNameFolded(f string, accented uint64) bool {
	n, last := 0, ""
	for rest := f; rest != ""; {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		n++
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if isOrgHead(w) || (countryOfAdjective(w) != "" || countryName(w) != "") && (n > 64 || accented&(1<<(n-1)) == 0) {
			return false
		}
		last = w
	}
	if bodyWord[last] {
		return false // "Selat Partners", "Volunteer Fire Brigade"; "Park Ji-hoon" is a person
	}
	if n < 2 || n > 4 {
		return false
	}
	joined := f // names are written with one space between words
	if strings.Contains(f, "  ") {
		joined = joinFields(f)
	}
	return countryOfAdjective(joined) == "" && countryName(joined) == ""
}

// joinFields returns strings.Join(strings.Fields(f), " ") as a copy: the
// fields strings.Fields slices from f would keep f on the heap, and
// PersonName folds f into a buffer on its stack.
func joinFields(f string) string {
	var b strings.Builder
	start := -1 // where the current field starts, -1 between fields
	for i, r := range f {
		if unicode.IsSpace(r) {
			if start >= 0 {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(f[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f[start:])
	}
	return b.String()
}

// NamesBody reports a name whose last word names a body, not a person
// ("Games League", "Fire Brigade").
func NamesBody(name string) bool {
	name = strings.TrimSpace(name)
	word := name[strings.LastIndexByte(name, ' ')+1:] // the last word alone: most names are asked
	var buf [24]byte
	if len(word) <= len(buf) && textnorm.IsASCII(word) {
		// An ASCII word is lowered on the stack: it is asked of every bare
		// mention, and Fold would allocate for each capital.
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		last := unsafe.String(&buf[0], len(word))
		return len(word) > 0 && (bodyWord[last] || isOrgHead(last))
	}
	last := Fold(word)
	return last != "" && (bodyWord[last] || isOrgHead(last))
}

// bodyWord holds words that end the names of firms, teams and services but
// not of people; isOrgHead has the ones a title's complement ends with.
var bodyWord = map[string]bool{
	"brigade": true, "service": true, "services": true, "securities": true, "capital": true,
	"ventures": true, "partners": true, "energy": true, "industries": true, "chemical": true,
	"logistics": true, "team": true, "fc": true, "united": true, "hospital": true, "college": true,
	"foundation": true, "network": true, "media": true, "news": true, "times": true, "post": true,
	"press": true, "television": true, "tv": true, "radio": true, "airways": true, "motors": true,
	"electronics": true, "technologies": true, "systems": true, "solutions": true, "unit": true,
	"national": true, "international": true, "regional": true, "provincial": true, "municipal": true,
	"river": true, "lake": true, "mountain": true, "island": true, "islands": true, "street": true,
	"road": true, "avenue": true, "square": true, "park": true, "stadium": true, "hall": true,
	"airport": true, "prize": true, "award": true, "awards": true, "cup": true, "games": true,
	"festival": true, "championship": true, "championships": true, "league": true, "series": true,
	"workers": true, "manufacturers": true, "exporters": true, "producers": true, "farmers": true,
	"employers": true, "traders": true, "owners": true, "investors": true, "mines": true, "mills": true,
	"works": true, "exchange": true, "market": true, "markets": true, "fire": true, "rescue": true,
	"cooperative": true, "co-operative": true, "co-op": true, "coop": true, "society": true, "plantations": true,
	"estates": true, "farms": true, "brewery": true, "winery": true, "bureau": true, "directorate": true,
}
