package attrib

import (
	"strings"
	"testing"
)

// TestMayOpenPair reads the case strings of countryOfAdjective and
// countryName from their source: the first word of every name of several
// words must open a pair, or mention and complement would skip its look-up.
func TestMayOpenPair(t *testing.T) {
	found := 0
	for fn, ws := range caseWords(t, "country.go", "countryOfAdjective", "countryName") {
		for _, w := range ws {
			if first, _, ok := strings.Cut(w, " "); ok {
				found++
				if !mayOpenPair(first) {
					t.Errorf("%s: %q opens %q but not a pair", fn, first, w)
				}
			}
		}
	}
	if found < 5 {
		t.Fatalf("found only %d names of several words", found)
	}
	if mayOpenPair("japan") || !mayOpenPair("a b") {
		t.Error("mayOpenPair")
	}
}

func TestCountryName(t *testing.T) {
	for in, want := range map[string]string{
		"Britain": "United Kingdom", "the United Kingdom": "United Kingdom", "Great Britain": "United Kingdom",
		"Viet Nam": "Vietnam", "the US": "United States", "Vorn": "",
	} {
		if got := CountryName(in); got != want {
			t.Errorf("CountryName(%q) = %q, want %q", in, got, want)
		}
	}
}
