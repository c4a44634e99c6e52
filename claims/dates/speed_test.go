package dates

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// TestAddDays checks addDays against the AddDate it stands for, struct for
// struct, on times in and out of UTC, with and without a monotonic reading,
// and on shifts near and past the bound of its fast path.
func TestAddDays(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		paris = time.FixedZone("CET", 3600)
	}
	bases := []time.Time{
		time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 999, time.UTC),
		time.Date(2025, 3, 30, 1, 30, 0, 0, paris),
		time.Date(2025, 10, 26, 0, 0, 0, 0, paris),
		time.Now(),
		time.Now().UTC(),
		time.Date(2025, 1, 1, 0, 0, 0, 0, time.FixedZone("UTC", 0)),
		{},
	}
	shifts := []int{0, 1, -1, 7, -7, 365, -366, maxDayShift - 1, -maxDayShift + 1, maxDayShift, -maxDayShift, 1 << 20}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		shifts = append(shifts, rng.IntN(4000)-2000)
	}
	for _, b := range bases {
		for _, n := range shifts {
			got, want := addDays(b, n), b.AddDate(0, 0, n)
			if got != want {
				t.Fatalf("addDays(%v, %d) = %#v, want %#v", b, n, got, want)
			}
		}
	}
}

// thousandsCut is the reading thousands replaced, group by group with strings.Cut.
func thousandsCut(n string) bool {
	n, _, _ = strings.Cut(n, ".")
	lead, rest, more := strings.Cut(n, ",")
	for more {
		var g string
		g, rest, more = strings.Cut(rest, ",")
		if len(g) != 3 {
			return false
		}
	}
	return len(lead) <= 3
}

// TestThousandsRandom checks thousands against the readings it replaced on
// numbers glued from awkward pieces: empty and long groups, doubled commas,
// dots before, between and after the commas.
func TestThousandsRandom(t *testing.T) {
	pieces := []string{"", "1", "12", "123", "1234", ",", ",", ",", ".", "..", ",.", ".,", "000", "5"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		n := b.String()
		if got, want := thousands(n), thousandsCut(n); got != want {
			t.Fatalf("thousands(%q) = %v, want %v", n, got, want)
		}
		if got, want := thousands(n), thousandsSplit(n); got != want {
			t.Fatalf("thousands(%q) = %v, split reading %v", n, got, want)
		}
	}
}
