package attrib

import (
	"unsafe"

	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// CountryName returns the canonical name of a country written any of its
// usual ways ("Britain", "the UK", "Viet Nam"): "United Kingdom", or ""
// when name is no known country.
func CountryName(name string) string {
	if !textnorm.IsASCII(name) {
		return countryNameFolded(foldKey(name))
	}
	// ASCII names, most of what callers ask (every capitalised word near
	// a figure), are lowered into a buffer on the stack: folding them
	// keeps their length, so one longer than every key names no country.
	var buf [maxCountryKey]byte
	if len(name) > len(buf) {
		return ""
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	// countryName returns a string of its own, never its argument.
	return countryNameFolded(unsafe.String(&buf[0], len(name)))
}

// maxCountryKey is the length of the longest name countryName and
// CountryName know, "the united arab emirates" (TestMaxCountryKey).
const maxCountryKey = 24

// countryNameFolded is CountryName of a folded name.
func countryNameFolded(f string) string {
	if f == "great britain" {
		f = "britain"
	}
	return countryName(f)
}
