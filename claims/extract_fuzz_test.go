package claims

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// trickyInputs are strings that have broken parsers before or are likely to:
// invalid UTF-8, numbers that overflow float64, unbalanced marks, list markers
// without items, emoji, right-to-left text and NUL bytes.
var trickyInputs = []string{
	"",
	"\xff\xfe\xfd",
	"The port handled \xe2\x80 1.2 million TEU\xc3.",
	"Exports reached 1e400 tonnes, up 1e400%.",
	"Debt hit 999999999999999999999999 trillion USD, nearly 999999999999999999999999999999 trillion VND.",
	"About " + strings.Repeat("9", 400) + " agreements were signed.",
	strings.Repeat("more than 10 and nearly 20 of the 30 largest ", 300),
	"He said \"", "\u201cUnclosed quote by the minister", "\u201d\u201c\u201d\u201c", "'", "\"\"\"\"",
	"(((([[[[{{{{the third-largest investor}}}}]]]]))))",
	"([)] (1 [2) 3] {4 (5} 6)",
	"1. 2. 3.", "1.\n2.\n3.\n", "five key directions:\n\n1. 2. 3.\n- \n- \n",
	"The ministry set three goals: 1. 2. 3.",
	"Tourism rose 20% \U0001F600\U0001F1FB\U0001F1F3 to 3 million visitors \U0001F44D\U0001F3FD.",
	"\u0627\u0644\u0648\u0632\u064a\u0631 \u0642\u0627\u0644 20% \u202eabout 15 tonnes\u202c \u05e9\u05dc\u05d5\u05dd.",
	"Trade\x00 rose\x00 by 20\x00%\x00 to USD\x00 8 billion.\x00",
	"Japan is Vietnam's third-largest investor, with USD 8 billion in 2024.",
	"On Monday, May 5, the minister said: \u201cWe signed over 110 agreements.\u201d",
	"Prime Minister Pham Minh Chinh highlighted six key developments:\n\n1. Trade.\n2. Jobs.\n",
	"the principles of sincerity, trust, affection and mutual benefit.",
	"between 15 and 20 - 30 percent, 1/0 of 0/0, -0.0, 0x1p-2, NaN, Inf, 1,,,000",
	"\n\n\n.\n.\n.", "   \t\r\n", "Mr. Dr. U.S. No. 5.",
}

// fuzzSeedFiles returns the fixture articles, read from the repository.
func fuzzSeedFiles(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, glob := range []string{"../fixtures/seeds/*.txt", "../fixtures/clean/*"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			tb.Fatalf("glob %s: %v", glob, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				tb.Fatalf("read seed %s: %v", p, err)
			}
			out = append(out, string(b))
		}
	}
	return out
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeedFiles(f) {
		f.Add(s)
	}
	for _, s := range trickyInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plain := &Document{Path: "f.txt", Raw: s, Text: s}
		checkExtract(t, plain, func() *Document { return &Document{Path: "f.txt", Raw: s, Text: s} })

		mk := func() *Document {
			return &Document{Path: "f.txt", Raw: s, Text: s, Skips: fuzzSkips(s),
				Meta: Meta{Published: time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)}}
		}
		checkExtract(t, mk(), mk)
	})
}

// fuzzSkips places a few skipped ranges over s: a header, a block in the middle
// and the tail, the way boilerplate usually sits. Offsets are moved back to rune
// starts, as package source produces them: analysedText blanks skipped bytes, so
// a Skip splitting a rune would leave stray continuation bytes that sentence
// spans could end on (a Skip contract issue, not a parser bug).
func fuzzSkips(s string) []Skip {
	n := len(s)
	if n < 4 {
		return nil
	}
	at := func(i int) int {
		for i > 0 && i < n && !utf8.RuneStart(s[i]) {
			i--
		}
		return i
	}
	return []Skip{
		{Start: 0, End: at(n / 8), Reason: "header"},
		{Start: at(n / 3), End: at(n/3 + n/6), Reason: "related"},
		{Start: at(n - n/10), End: n, Reason: "footer"},
	}
}

// checkExtract runs Extract on doc and checks every invariant the rest of the
// tool relies on; fresh builds an identical document for the determinism check.
func checkExtract(t *testing.T, doc *Document, fresh func() *Document) {
	t.Helper()
	facts := Extract(doc)
	units := runeUnits(doc.Text)
	for i, f := range facts {
		where := fmt.Sprintf("fact %d (%s %v)", i, f.Kind, f.Span)
		if f.Doc != doc {
			t.Fatalf("%s: Doc is not the extracted document", where)
		}
		checkFactSpan(t, units, where+" span", f.Span.Start, f.Span.End)
		checkFactSpan(t, units, where+" sentence", f.Sentence.Start, f.Sentence.End)
		for _, sk := range doc.Skips {
			if f.Span.Start >= sk.Start && f.Span.Start < sk.End {
				t.Fatalf("%s starts inside skip %+v", where, sk)
			}
		}
		checkPayload(t, units, where, f)
		p := f.Position()
		if p.Line < 1 || p.Column < 1 || p.EndLine < p.Line || p.EndColumn < 1 {
			t.Fatalf("%s: bad position %+v", where, p)
		}
	}
	again := Extract(fresh())
	if !reflect.DeepEqual(detached(facts), detached(again)) {
		t.Fatalf("not deterministic: %d then %d facts", len(facts), len(again))
	}
}

// checkPayload checks the spans and values inside a fact's typed payload.
func checkPayload(t *testing.T, units []bool, where string, f *Fact) {
	t.Helper()
	if q := f.Quantity; q != nil {
		checkFactSpan(t, units, where+" quantity", q.Start, q.End)
		checkInterval(t, where+" quantity", q.Value, q.ValueHi, q.IsRange, q.Interval.Lo, q.Interval.Hi)
		if c := q.Conversion; c != nil {
			checkFactSpan(t, units, where+" conversion", c.Start, c.End)
			checkInterval(t, where+" conversion", c.Value, c.ValueHi, c.IsRange, c.Interval.Lo, c.Interval.Hi)
		}
	}
	if r := f.Rank; r != nil {
		checkFactSpan(t, units, where+" rank", r.Start, r.End)
		if r.SubjectStart >= 0 {
			checkFactSpan(t, units, where+" rank subject", r.SubjectStart, r.SubjectEnd)
		}
	}
	if d := f.Date; d != nil {
		checkFactSpan(t, units, where+" date", d.Start, d.End)
	}
	if a := f.Announcement; a != nil {
		checkFactSpan(t, units, where+" announcement", a.Start, a.End)
		for _, it := range a.Items {
			checkFactSpan(t, units, where+" item", it.Start, it.End)
		}
	}
	if l := f.List; l != nil {
		checkFactSpan(t, units, where+" named list", l.Start, l.End)
		for _, m := range l.Members {
			checkFactSpan(t, units, where+" member", m.Start, m.End)
		}
	}
	if q := f.Quote; q != nil {
		checkFactSpan(t, units, where+" quote", q.Start, q.End)
	}
	if p := f.Person; p != nil {
		checkFactSpan(t, units, where+" person", p.Start, p.End)
	}
}

// checkInterval checks Lo <= Hi and that the stated values lie in the interval
// on every finite side. Open ends are ignored on purpose: "over 110" is (110, 120]
// and its Value 110 sits on the open bound.
func checkInterval(t *testing.T, where string, v, vhi float64, isRange bool, lo, hi float64) {
	t.Helper()
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsNaN(v) {
		t.Fatalf("%s: NaN in value %v or interval [%v, %v]", where, v, lo, hi)
	}
	if lo > hi {
		t.Fatalf("%s: interval [%v, %v] has Lo > Hi", where, lo, hi)
	}
	vals := []float64{v}
	if isRange {
		vals = append(vals, vhi)
	}
	for _, x := range vals {
		if !math.IsInf(lo, 0) && x < lo || !math.IsInf(hi, 0) && x > hi {
			t.Fatalf("%s: value %v outside interval [%v, %v]", where, x, lo, hi)
		}
	}
}

// runeUnits marks the offsets of s that are unit boundaries: starts of valid
// runes, every byte of an invalid sequence (a stray byte is its own unit), and len(s).
func runeUnits(s string) []bool {
	u := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		u[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	u[len(s)] = true
	return u
}

// checkFactSpan fails unless [a, b) lies inside the text on unit boundaries.
func checkFactSpan(t *testing.T, units []bool, where string, a, b int) {
	t.Helper()
	if a < 0 || b < a || b >= len(units) {
		t.Fatalf("%s: [%d, %d) outside the text of %d bytes", where, a, b, len(units)-1)
	}
	if !units[a] || !units[b] {
		t.Fatalf("%s: [%d, %d) splits a rune", where, a, b)
	}
}

// detached copies facts without their Doc, whose lazily built line index would
// make two equal extractions compare unequal.
func detached(facts []*Fact) []Fact {
	out := make([]Fact, len(facts))
	for i, f := range facts {
		out[i] = *f
		out[i].Doc = nil
	}
	return out
}
