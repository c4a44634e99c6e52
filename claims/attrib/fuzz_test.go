package attrib

import (
	"reflect"
	"strings"
	"testing"
)

// fuzzSeeds are inputs that reach every branch of the scanners, including
// malformed ones.
var fuzzSeeds = []string{
	"“Ties are strong,” Deputy Foreign Minister Ngo Le Van concluded.",
	"According to JETRO's latest survey, firms will expand.",
	"Japanese Ambassador to Vietnam Yamada Takio said that \"we agree\". Ambassador Takio left.",
	"Governor of Kiso Prefecture, Mr. Okamura Shinji, shared 'bonds of friendship'.",
	"He backed Japan’s Prime Minister Ishiba, who famously stated, “Build!”",
	"the statement of PM Ishiba - “Go!” -",
	"\"", "“", "‘x", "Mr.", "Prime Minister", "of the", "\xff\xfe“\xff”", "", "Mr. \n\n“",
}

func checkSpan(t *testing.T, what string, in string, start, end int) {
	t.Helper()
	if start < 0 || end > len(in) || start > end {
		t.Fatalf("%s span [%d,%d) outside input of %d bytes", what, start, end, len(in))
	}
	if !runeBoundary(in, start) || !runeBoundary(in, end) {
		t.Fatalf("%s span [%d,%d) not on rune boundaries", what, start, end)
	}
}

// runeBoundary reports whether decoding in from its start, as range does
// (an invalid byte is one rune), stops at i.
func runeBoundary(in string, i int) bool {
	if i == len(in) {
		return true
	}
	for j := range in {
		if j >= i {
			return j == i
		}
	}
	return false
}

func FuzzQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Quotes(in)
		for _, q := range got {
			checkSpan(t, "quote", in, q.Start, q.End)
			if q.Start == q.End {
				t.Fatalf("empty quote at %d", q.Start)
			}
			if q.Speaker != "" {
				checkSpan(t, "speaker", in, q.SpeakerStart, q.SpeakerEnd)
				if in[q.SpeakerStart:q.SpeakerEnd] != q.Speaker {
					t.Fatalf("speaker %q is not the text at its span", q.Speaker)
				}
			}
			if q.Short && q.Speaker != "" {
				t.Fatalf("short quote with speaker %q", q.Speaker)
			}
		}
		if !reflect.DeepEqual(got, Quotes(in)) {
			t.Fatal("Quotes is not deterministic")
		}
	})
}

func FuzzPeople(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := People(in)
		for _, p := range got {
			checkSpan(t, "person", in, p.Start, p.End)
			checkSpan(t, "name", in, p.NameStart, p.NameStart+len(p.Name))
			if p.Name == "" || !strings.HasPrefix(in[p.NameStart:], p.Name) {
				t.Fatalf("name %q not at %d", p.Name, p.NameStart)
			}
			if p.NameStart < p.Start || p.NameStart+len(p.Name) > p.End {
				t.Fatalf("name outside mention")
			}
		}
		if !reflect.DeepEqual(got, People(in)) {
			t.Fatal("People is not deterministic")
		}
	})
}

func FuzzAttributions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Attributions(in)
		for _, a := range got {
			checkSpan(t, "attribution", in, a.Start, a.End)
			checkSpan(t, "speaker", in, a.SpeakerStart, a.SpeakerEnd)
			if in[a.SpeakerStart:a.SpeakerEnd] != a.Speaker {
				t.Fatalf("speaker %q is not the text at its span", a.Speaker)
			}
		}
		if !reflect.DeepEqual(got, Attributions(in)) {
			t.Fatal("Attributions is not deterministic")
		}
	})
}

func FuzzNames(f *testing.F) {
	f.Add("Yamada Takio", "Takio")
	f.Add("Phạm Minh Chính", "Chinh")
	f.Add("", "\xff")
	f.Fuzz(func(t *testing.T, full, short string) {
		v := Reference(full, short)
		if v.Reason == "" {
			t.Fatal("verdict without reason")
		}
		if SameName(full, short) != SameName(short, full) {
			t.Fatal("SameName is not symmetric")
		}
		if SameTitle(full, short) != SameTitle(short, full) {
			t.Fatal("SameTitle is not symmetric")
		}
		_ = Fold(full)
	})
}
