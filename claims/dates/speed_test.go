package dates

import (
	"math/rand/v2"
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
