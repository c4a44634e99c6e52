package dates

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
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

// wordRoleRef is the role classify gives a word, read from the map the
// table is built from: a word the table's ends let through has its own
// roles, and otherwise a possessive ("Monday's") those of its weekday.
func wordRoleRef(w string) class {
	n := len(w)
	if n == 0 || n > maxGateWord {
		return 0
	}
	if n <= maxClassWord && wordRoles.maybe(w[0], w[n-1], n) {
		if c := wordClasses[string(asciiLowerBytes(w))]; c != 0 || w[n-1]|0x20 != 's' {
			return c
		}
	}
	if n > 3 && w[n-2] == '\'' && w[n-1]|0x20 == 's' && n-2 <= maxClassWord && wordRoles.maybe(w[0], w[n-3], n-2) {
		base := string(asciiLowerBytes(w[:n-2]))
		c := wordClasses[base] & (clsWeekday | clsAnchor)
		if c&clsAnchor != 0 && base != "today" && base != "tonight" && base != "yesterday" && base != "tomorrow" {
			c &^= clsAnchor
		}
		return c
	}
	return 0
}

func asciiLowerBytes(w string) []byte {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// TestClassifyWordsRandom checks the roles classify gives words against
// wordRoleRef, on sentences of table words in any case, their possessives,
// near misses and words long and short, at the start, middle and end.
func TestClassifyWordsRandom(t *testing.T) {
	var words []string
	for w := range wordClasses {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"'s", w+"s", w[:len(w)-1], "x"+w)
	}
	words = append(words, "mondays", "Monday's", "TUESDAY'S", "mornings", "é", "añoanniversary", "anniversary's", "a", "I", "x'S", "wednesday's")
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(12) {
			if k > 0 {
				b.WriteByte(" ,"[rng.IntN(2)])
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		text := b.String()
		toks := token.Scan(text, nil)
		out := make([]class, len(toks))
		classify(text, toks, out)
		for i, tk := range toks {
			if tk.Kind != token.Word {
				continue
			}
			if want := wordRoleRef(text[tk.Start:tk.End]) &^ (clsOnFor | clsDayPart); out[i] != want {
				t.Fatalf("%q in %q: roles %b, want %b", text[tk.Start:tk.End], text, out[i], want)
			}
		}
	}
}
