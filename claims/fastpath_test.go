package claims

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/textnorm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// The fast paths below must give what the code they replaced gave; these tests
// compare them with that code on random inputs built from awkward pieces.

var speedPieces = []string{"", " ", "  ", "\t", "\u00a0", "in", "of", "=miss", "=", "people", "usd", "USD",
	"x", "-", "a-", "b", "é", "\xff", "K", "\u212a", "Minister", "the", "of the", "HEAD", "general"}

func randomPhrase(r *rand.Rand, n int) string {
	var b strings.Builder
	for k := r.IntN(n); k > 0; k-- {
		b.WriteString(speedPieces[r.IntN(len(speedPieces))])
		if r.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestHeadMatchesSplitKey(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		key := randomPhrase(r, 8)
		np, _ := splitKey(key)
		want := ""
		if len(np) > 0 {
			want = np[len(np)-1]
		}
		if u := closingUnit(key); u != "" {
			want = u // a qualified key closed by a unit is headed by it
		}
		if got := Head(key); got != want {
			t.Fatalf("Head(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestSpacedContains(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 100000; i++ {
		s, w := randomPhrase(r, 6), randomPhrase(r, 2)
		if got, want := spacedContains(s, w), strings.Contains(" "+s+" ", " "+w+" "); got != want {
			t.Fatalf("spacedContains(%q, %q) = %v, want %v", s, w, got, want)
		}
	}
}

func TestLowerASCIIWord(t *testing.T) {
	var buf [32]byte
	for _, s := range append(speedPieces, strings.Repeat("A", 32), strings.Repeat("A", 33)) {
		b, ok := lowerASCIIWord(buf[:0], s)
		if ok && string(b) != strings.ToLower(s) || !ok && textnorm.IsASCII(s) && len(s) <= 32 {
			t.Errorf("lowerASCIIWord(%q) = %q, %v", s, b, ok)
		}
	}
}

func TestJoinHyphensFastPath(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"a-"}, {"two-", "way"}, {"a", "b-"}, {"a-", "b", "c-", "d"}} {
		var want []string // the loop joinHyphens always ran
		for i := 0; i < len(ws); i++ {
			if strings.HasSuffix(ws[i], "-") && i+1 < len(ws) {
				want = append(want, ws[i]+ws[i+1])
				i++
				continue
			}
			want = append(want, ws[i])
		}
		if got := joinHyphens(ws); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("joinHyphens(%q) = %q, want %q", ws, got, want)
		}
	}
}

func TestEnderFinder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const alphabet = ".\n!?ab é"
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.IntN(60))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		text := string(b)
		f := enderFinder{text: text, next: [4]int{-1, -1, -1, -1}}
		for i := 0; i <= len(text); i += r.IntN(4) {
			want := i // the byte loop Sentences ran
			for want < len(text) && !strings.ContainsRune(".\n!?", rune(text[want])) {
				want++
			}
			if got := f.from(i); got != want {
				t.Fatalf("from(%d) in %q = %d, want %d", i, text, got, want)
			}
		}
	}
}

func TestIsASCIIAndKeySeparator(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 20000; n++ {
		s := randomPhrase(r, 12)
		want := true
		for i := 0; i < len(s); i++ {
			want = want && s[i] < 0x80
		}
		if textnorm.IsASCII(s) != want {
			t.Fatalf("textnorm.IsASCII(%q) = %v", s, !want)
		}
		s += []string{"", ",", "(", "\"", ";", "é:"}[r.IntN(6)]
		if got, want := hasKeySeparator(s), strings.IndexFunc(s, isKeySeparator) >= 0; got != want {
			t.Fatalf("hasKeySeparator(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDocNamesSearch checks that looking a word up in the text (docNames.has)
// answers what the set of all the document's names (properNames) answers.
func TestDocNamesSearch(t *testing.T) {
	docs, err := coreSample()
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs[:40:40], "Kelvin \u212aate met \u212aATE. Then Kate left.", "Le Thi. The thi Thi is.", "")
	for _, text := range docs {
		sents := Sentences(text)
		lowered := asciiLower(text)
		var all []string
		for _, s := range sents {
			all = append(all, strings.Fields(strings.ToLower(text[s.Start:s.End]))...)
		}
		all = append(all, "kate", "thi", "", "ate", "k")
		var toks []token.Token
		ends := []int{0}
		for _, s := range sents {
			toks = append(toks, token.Scan(text[s.Start:s.End], nil)...)
			ends = append(ends, len(toks))
		}
		want := properNames(text, lowered, sents, toks, ends)
		d := &docNames{text: text, lowered: lowered, sents: sents, toks: toks, ends: ends}
		for _, lw := range all {
			if got := d.has(lw); got != want[lw] {
				t.Fatalf("has(%q) = %v, want %v in %.200q", lw, got, want[lw], text)
			}
		}
	}
}

// asciiLower lowers A-Z only, as attrib.Doc.Lowered does.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestMarksOf checks that marksOf finds what the three passes it replaced found.
func TestMarksOf(t *testing.T) {
	docs, err := coreSample()
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs[:60:60], "At home they won 14 this season, 3 per year, and will win 5 away games last term.",
		"Per year, the new plan, which aims at 4, said 5. This last campaign, home matches.")
	for _, text := range docs {
		for _, s := range Sentences(text) {
			sent := text[s.Start:s.End]
			toks := token.Scan(sent, nil)
			w := words{text: sent, lowered: asciiLower(sent), ascii: textnorm.IsASCII(sent), toks: toks}
			qs := quantity.Parse(sent, toks)
			m := marksOf(w, qs)
			flow, plan := periodMarkers(w, qs)
			if m.flow != flow || m.plan != plan || m.season != relativeSeason(w) || !slices.Equal(m.venues, venuesOf(w)) {
				t.Fatalf("marksOf(%q) = %+v, want %v %v %q %v", sent, m, flow, plan, relativeSeason(w), venuesOf(w))
			}
		}
	}
}

// periodMarkers, the pass marksOf replaced, reports whether a sentence counts a flow over a period ("ten new
// agreements this year", "on average per year") or a plan ("30 stations planned").
func periodMarkers(w words, qs []quantity.Quantity) (flow, plan bool) {
	for i := range w.toks {
		if w.toks[i].Kind != token.Word {
			continue
		}
		switch w.lower(i) {
		case "new":
			flow = flow || i > 0 && w.endsAmount(i-1, qs) && !w.inAside(i, qs)
		case "annually", "annual", "yearly", "monthly":
			flow = flow || !w.inAside(i, qs)
		case "per", "each", "every", "this", "last":
			if i+1 < len(w.toks) && w.toks[i+1].Kind == token.Word {
				switch w.lower(i + 1) {
				case "year", "month", "week", "day", "quarter":
					// "this year" and "last week" only near an amount and not in
					// a reported clause after them all
					timed := w.lower(i) == "this" || w.lower(i) == "last"
					flow = flow || !w.inAside(i, qs) && (!timed || w.nearAmount(i, qs) && !w.reportedAfterAmounts(i, qs))
				}
			}
		case "planned", "plans", "plan", "target", "targets", "targeted", "aims", "aim", "expected",
			"projected", "forecast", "will", "would", "pledged", "pledging", "pledge", "envisaged", "goal",
			"expects", "expect", "guidance", "outlook", "forecasts", "targeting", "aiming":
			if _, ok := w.relativeOf(i, qs); !ok {
				plan = plan || !w.inAside(i, qs)
			}
		case "projects", "predicts", "sees":
			plan = plan || i > 0 && forecastSubject(w.lower(i-1)) && !w.inAside(i, qs)
		}
	}
	return flow, plan
}

// venuesOf, the pass marksOf replaced, returns where a sentence splits its figures by venue ("At home they
// won 14", "Their 17 away games produced 10 wins"): figures for home or away
// games are parts of a season's, not the same measure.
func venuesOf(w words) []venue {
	var out []venue
	for i := 0; i < len(w.toks); i++ {
		if w.toks[i].Kind != token.Word {
			continue
		}
		lw := w.lower(i)
		if lw != "home" && lw != "away" {
			continue
		}
		at := i > 0 && w.lower(i-1) == "at" && lw == "home"
		fixture := i+1 < len(w.toks) && w.toks[i+1].Kind == token.Word && fixtureNouns[w.lower(i+1)]
		if at || fixture { // not "home to 16,000 residents", "passed away"
			out = append(out, venue{i, lw})
		}
	}
	return out
}

// TestTrimSpan checks trimSpan's ASCII fast path against trimming with
// unicode.IsSpace, and lineBreakEnds on the same pieces.
func TestTrimSpan(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{" ", "\t", "\n", "\r", "\v", "\f", "\u0085", "\u00a0", "\u2003", "a", "é", "\xff", ".", "A"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(8); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		s, e := trimSpan(text, 0, len(text))
		trimmed := strings.TrimRightFunc(strings.TrimLeftFunc(text, unicode.IsSpace), unicode.IsSpace)
		if text[s:e] != trimmed || s != len(text)-len(strings.TrimLeftFunc(text, unicode.IsSpace)) {
			t.Fatalf("trimSpan(%q) = %q, want %q", text, text[s:e], trimmed)
		}
	}
}

// TestSortFacts checks sortFacts against one stable sort of all the facts.
func TestSortFacts(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 5000; n++ {
		var facts []*Fact
		start := 0
		for s := r.IntN(6); s > 0; s-- { // sentences, in order, with a few facts each
			sent := Span{start, start + 1 + r.IntN(30)}
			for k := r.IntN(5); k > 0; k-- {
				at := sent.Start + r.IntN(sent.End-sent.Start)
				if r.IntN(50) == 0 {
					at = r.IntN(200) // out of its sentence: must still sort right
				}
				facts = append(facts, &Fact{Sentence: sent, Span: Span{at, at + 1}, Key: fmt.Sprint(len(facts))})
			}
			start = sent.End + r.IntN(3)
		}
		m := len(facts)
		for k := r.IntN(6); k > 0; k-- {
			at := r.IntN(start + 1)
			facts = append(facts, &Fact{Span: Span{at, at + 1}, Key: fmt.Sprint(len(facts))})
		}
		want := slices.Clone(facts)
		slices.SortStableFunc(want, func(a, b *Fact) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
		if got := sortFacts(slices.Clone(facts), m); !slices.Equal(got, want) {
			t.Fatalf("sortFacts differs from a stable sort for %d facts", len(facts))
		}
	}
}
