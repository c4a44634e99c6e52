package enum

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"He highlighted six key developments:\n\n1. Trade: up.\n2. Jobs: up.\n",
	"five major directions:\n\nFirst: A. B.\n\nSecond: C.\n",
	"three pillars: a, b, and c./.", "the principles of x, y, z and w.",
	"outlined several key directions.\nThey should act.\nThey must act.\n",
	"X, Y, Z and W: PM", "spirit of “a, b, and c.”", "\xff: 1. \n- ", "3 points, including",
}

// checkItems verifies that spans lie inside s on rune boundaries.
func checkSpan(t *testing.T, s string, a, b int) {
	t.Helper()
	if a < 0 || b > len(s) || a > b {
		t.Fatalf("span [%d,%d) outside %q", a, b, s)
	}
	if !boundary(s, a) || !boundary(s, b) {
		t.Fatalf("span [%d,%d) splits a rune in %q", a, b, s)
	}
}

func FuzzAnnouncements(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Announcements(s)
		for _, a := range got {
			checkSpan(t, s, a.Start, a.End)
			if a.Count < 0 || a.Listed != (len(a.Items) > 0) {
				t.Fatalf("bad announcement %+v", a)
			}
			for _, it := range a.Items {
				checkSpan(t, s, it.Start, it.End)
			}
		}
		if !reflect.DeepEqual(got, Announcements(s)) {
			t.Fatalf("not deterministic on %q", s)
		}
		if !reflect.DeepEqual(got, Scan(s).Announcements()) {
			t.Fatalf("Scan differs from Announcements on %q", s)
		}
	})
}

func FuzzNamedLists(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NamedLists(s)
		for _, l := range got {
			checkSpan(t, s, l.Start, l.End)
			if len(l.Members) < 3 && !(len(l.Members) == 2 && pairName(l.Name) && oneWordEach(l.Members)) {
				t.Fatalf("list with %d members", len(l.Members))
			}
			for _, m := range l.Members {
				checkSpan(t, s, m.Start, m.End)
				NormMember(m.Label)
			}
		}
		if !reflect.DeepEqual(got, NamedLists(s)) {
			t.Fatalf("not deterministic on %q", s)
		}
		if !reflect.DeepEqual(got, Scan(s).NamedLists()) {
			t.Fatalf("Scan differs from NamedLists on %q", s)
		}
	})
}

func benchText() string {
	return strings.Repeat("The minister highlighted four key results that matter:\n\n1. Trade: up.\n2. Jobs: up.\n3. Ports: more.\n\n"+
		"Ties grow under the principles of candour, warmth, trust, results, and shared gain. Trade between the two "+
		"countries rose 20% in three months, and 15 projects worth $2 billion were signed.\n", 40)
}

func BenchmarkAnnouncements(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Announcements(text)
	}
}

func BenchmarkNamedLists(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NamedLists(text)
	}
}

// boundary reports whether offset i does not cut a valid multi-byte rune of s
// (stray invalid bytes are one-byte units of their own).
func boundary(s string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			_, n := utf8.DecodeRuneInString(s[j:])
			return j+n <= i
		}
	}
	return true
}

func FuzzNameSets(f *testing.F) {
	for _, s := range []string{
		"the Kostanay, Pavlodar and North Kazakhstan regions",
		"the Northern Arc ports of Itaqui, Barcarena, Santarém and Santana",
		"in Kasaï, Kasaï-Central and Tshuapa provinces", "A, B and C", "Ä, \xff and É ports", ", and ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range NameSets(s, 0) {
			checkSpan(t, s, a.Start, a.End)
			if a.Count != 0 || !a.Listed || !a.Gathered || len(a.Items) < 3 || a.Noun == "" {
				t.Fatalf("bad name set %+v", a)
			}
			for _, it := range a.Items {
				checkSpan(t, s, it.Start, it.End)
				if it.Start < a.Start || it.End > a.End || s[it.Start:it.End] != it.Label {
					t.Fatalf("item %+v outside or unlike its set %+v", it, a)
				}
			}
		}
	})
}

func FuzzFocusLists(f *testing.F) {
	for _, s := range []string{
		"He said the province would prioritise projects in semiconductors, logistics, tourism and energy.",
		"The five sectors named in the memorandum are nursing care, construction, agriculture and shipbuilding.",
		"would target South Korea, Canada and Mexico as new growth markets", "focus on A, B, and C", "Focus on \xff, Ä and é.",
		"research and development centres, and renewable energy, risks as a, b and c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range FocusLists(s, 0) {
			checkSpan(t, s, a.Start, a.End)
			if !a.Listed || len(a.Items) < 3 || a.Noun == "" {
				t.Fatalf("bad focus list %+v", a)
			}
			checkItems(t, s, a.Items)
		}
	})
}

// FuzzBareLists checks that every bare list lies inside its sentence, has
// three items at least, each the text its span covers, and no noun.
func FuzzBareLists(f *testing.F) {
	for _, s := range []string{
		"The grain will come chiefly from Soc Trang, Bac Lieu, Kien Giang and Hau Giang, where the harvest is under way.",
		"The chain will open stores in the Netherlands, Poland and Switzerland over the next twelve months.",
		"two each from Spain, Croatia, Cyprus and France", "in Thu Duc in Saigon, Tan Uyen in Hue and Vinh", "from , , and ", "in \xff, Ä, é and ü.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range BareLists(s, 0) {
			checkSpan(t, s, a.Start, a.End)
			if !a.Bare || !a.Listed || len(a.Items) < 3 || a.Noun != "" {
				t.Fatalf("bad bare list %+v", a)
			}
			checkItems(t, s, a.Items)
		}
	})
}

// checkItems checks that every item lies inside s and is the text its span
// covers.
func checkItems(t *testing.T, s string, items []Item) {
	t.Helper()
	for _, it := range items {
		checkSpan(t, s, it.Start, it.End)
		if s[it.Start:it.End] != it.Label {
			t.Fatalf("item %+v unlike its text", it)
		}
	}
}
