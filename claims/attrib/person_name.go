package attrib

import "strings"

// PersonName reports whether a proper name of two to four words can be a
// person's: no word of it heads an organisation, place or portfolio ("Moi
// University", "National Police"), names a country or a nationality ("South
// Korean"), or is a word firms and bodies end their names with ("Volunteer Fire
// Brigade", "Selat Partners").
func PersonName(name string) bool {
	ws := strings.Fields(Fold(name))
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if isOrgHead(w) || countryOfAdjective(w) != "" || CountryName(w) != "" || bodyWord[w] {
			return false
		}
	}
	return countryOfAdjective(strings.Join(ws, " ")) == "" && CountryName(strings.Join(ws, " ")) == ""
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
}
