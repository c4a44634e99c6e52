package dates

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// FuzzParse checks Parse and Durations on any input: no panic, spans inside the
// text on rune boundaries and in order, From ≤ To, and the same result twice.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"On November 25, 2025 the forum opened.", "Monday, April 28, 2025", "November 24-25",
		"from September 20-25, 2023", "in the first half of 2024", "Q3 2024", "by the end of 2025",
		"over the past 5 years", "two years ago", "the 50th anniversary", "70% of 15-20 delegations",
		"November 07, 2023 | 10:26", "02/22/2016", "13.5.2015", "2019-sep-1", "the 20th of next month",
		"Feb 29", "the first Friday of July", "1 month, 21 days ago", "2026–30", "1970’s", "\xff\xfe 2025",
		"an hour and a half", "12,2016", "9-18-15-1", "Thursday the 31st",
	}
	for _, s := range seeds {
		f.Add(s, int64(1764028800))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		ref := time.Time{}
		if unix > -1e11 && unix < 1e11 && unix%7 != 0 {
			ref = time.Unix(unix, 0).UTC()
		}
		toks := token.Scan(text, nil)
		got := Parse(text, toks, ref)
		prev := 0
		for _, d := range got {
			checkSpan(t, text, d.Start, d.End, prev)
			prev = d.End
			if d.Resolved && d.To.Before(d.From) {
				t.Fatalf("From %v after To %v for %q", d.From, d.To, text[d.Start:d.End])
			}
		}
		if again := Parse(text, toks, ref); !reflect.DeepEqual(got, again) {
			t.Fatalf("Parse not deterministic on %q", text)
		}
		prev = 0
		for _, d := range Durations(text, toks) {
			checkSpan(t, text, d.Start, d.End, prev)
			prev = d.End
			if !strings.HasPrefix(d.Timex, "P") {
				t.Fatalf("bad duration timex %q", d.Timex)
			}
		}
	})
}

// checkSpan fails unless [start, end) is a non-empty span of text on rune
// boundaries that starts at or after prev.
func checkSpan(t *testing.T, text string, start, end, prev int) {
	t.Helper()
	if start < prev || start >= end || end > len(text) {
		t.Fatalf("span [%d,%d) out of order or outside %d bytes (prev end %d)", start, end, len(text), prev)
	}
	if !onBoundary(text, start) || !onBoundary(text, end) {
		t.Fatalf("span [%d,%d) splits a rune in %q", start, end, text)
	}
}

// onBoundary reports whether decoding text from the start lands on offset i
// (an invalid byte counts as a rune of its own, as token.Scan reads it).
func onBoundary(text string, i int) bool {
	for k := 0; k < len(text); {
		if k == i {
			return true
		}
		if k > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(text[k:])
		k += n
	}
	return i == len(text)
}

func BenchmarkParse(b *testing.B) {
	text := strings.Repeat("Since the upgrade two years ago, and especially since 2023, more than 110 "+
		"agreements were signed; on November 25, 2025 the forum met, and by the end of 2025 "+
		"the network of 70% of 15-20 provinces will be done over the past 5 years. ", 20)
	toks := token.Scan(text, nil)
	ref := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Parse(text, toks, ref)
	}
}
