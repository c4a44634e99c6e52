package attrib

import "strings"

// StormName reports a name that PersonName may take for a person's but
// that names a weather system: "Typhoon Marlo", "Cyclone Idai".
func StormName(name string) bool {
	first, _, _ := strings.Cut(joinFields(Fold(name)), " ")
	return stormWord(first)
}

// stormWord reports a word that opens a weather system's name: "Typhoon
// Marlo" is no person.
func stormWord(w string) bool {
	switch w {
	case "typhoon", "cyclone", "hurricane", "storm", "tropical", "super":
		return true
	}
	return false
}
