package attrib

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
		"Seychelles": "Seychelles", "Guyana": "Guyana", "Cape Verde": "Cabo Verde", "Trinidad and Tobago": "Trinidad and Tobago",
	} {
		if got := CountryName(in); got != want {
			t.Errorf("CountryName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMaxCountryKey holds maxCountryKey to the longest name countryName
// knows: CountryName answers "" for a longer ASCII name without looking.
func TestMaxCountryKey(t *testing.T) {
	names := caseWords(t, "country.go", "countryName")["countryName"]
	longest := 0
	for _, w := range names {
		longest = max(longest, len(w))
	}
	if longest != maxCountryKey {
		t.Errorf("longest country key is %d bytes, maxCountryKey %d", longest, maxCountryKey)
	}
}

// TestCountryNameRandom compares CountryName with the fold it replaced
// (foldKey, then the look-up) on names built from awkward pieces.
func TestCountryNameRandom(t *testing.T) {
	pieces := []string{"Viet", "Nam", "VIET NAM", "the", "The", "United", "Arab", "Emirates", "EMIRATES",
		"UK", "us", "U.S.", "Great", "Britain", "ASEAN", "eu", "European", "Union", "UN", "Nations",
		"Korea", "Republic", "of", "Việt", "Nam’s", "É", "x", "", " ", "  ", "-", "Sri", "Lanka", "Czechia",
		"\u212a", "İ", "Zürich", "\xff"}
	reference := func(name string) string {
		f := foldKey(name)
		if f == "great britain" {
			f = "britain"
		}
		return countryName(f)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for n := rng.IntN(6); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		name := b.String()
		if rng.IntN(2) == 0 {
			name = strings.TrimSpace(name)
		}
		if got, want := CountryName(name), reference(name); got != want {
			t.Fatalf("CountryName(%q) = %q, want %q", name, got, want)
		}
	}
	for _, w := range []string{"asean", "the eu", "eu", "european union", "the european union",
		"un", "the un", "united nations", "the united nations"} {
		if got := CountryName(strings.ToUpper(w)); got != w {
			t.Errorf("CountryName(%q) = %q, want %q", strings.ToUpper(w), got, w)
		}
	}
}

// TestCapitalCountry pins a capital read as its country, and the capitals
// whose country CountryName must know for the reading to count.
func TestCapitalCountry(t *testing.T) {
	for in, want := range map[string]string{"Hanoi": "Vietnam", "Ha Noi": "Vietnam", "Seoul": "Korea",
		"Washington": "United States", "Bogotá": "Colombia", "Lagos": "", "Springfield": ""} {
		assert.Equal(t, want, CapitalCountry(in), in)
	}
	for capital, country := range capitals {
		assert.NotEmpty(t, CountryName(country), "%s: country %q unknown to CountryName", capital, country)
	}
}
