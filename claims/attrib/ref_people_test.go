package attrib

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// The people and attribution passes as they were before their gates, kept
// as the reference the gated ones are held to: bareMentions once tried
// every capitalised word against a map of name parts, and attributions
// tried the According-to phrase at every verb.

// refPeople is scanner.people with refBareMentions.
func (s *scanner) refPeople() []Person {
	var out []Person
	for i := 0; i < len(s.flags); {
		if i = nextFlagged(s.flags, i, fMention); i == len(s.flags) {
			break
		}
		if p, next, ok := s.mention(i); ok {
			out = append(out, p)
			i = next
			continue
		}
		i++
	}
	if len(out) == 0 {
		return out
	}
	names := &nameGroups{of: make(map[string]int, len(out))}
	out = s.refBareMentions(out, names)
	s.linkFullNames(out, names)
	return out
}

func (s *scanner) refBareMentions(found []Person, names *nameGroups) []Person {
	if len(found) == 0 {
		return found
	}
	known := map[string]bool{}
	for _, p := range found {
		if _, seen := names.of[p.Name]; seen {
			continue
		}
		for _, w := range names.add(s, p).parts {
			known[w] = true
		}
	}
	titled := names.groups
	f := 0
	covered := func(start int) bool {
		for f < len(found) && found[f].End <= start {
			f++
		}
		return f < len(found) && start >= found[f].Start
	}
	var extra []Person
	var parts []string
	for i := 0; i < len(s.flags); {
		if i = nextFlagged(s.flags, i, fCap); i == len(s.flags) {
			break
		}
		w := s.fold(i)
		if s.flags[i]&fWide == 0 && len(w) > 1 && w[1] == '.' {
			w = w[:1]
		} else if s.flags[i]&fWide != 0 {
			w = firstPart(w)
		}
		if !known[w] || (s.isCap(i-1) && s.gap(i) == " " && !notName(s.fold(i-1))) || covered(s.toks[i].Start) {
			i++
			continue
		}
		ns, ne := s.name(i)
		if ne == ns || s.isCap(ne) && s.gap(ne) == " " {
			i++
			continue
		}
		parts = s.nameParts(ns, ne, parts[:0])
		for _, g := range titled {
			if at := indexParts(g.parts, parts); at >= 0 && !ambiguousPart(g.parts, parts, at) {
				extra = append(extra, Person{
					Start: s.toks[ns].Start, End: s.toks[ne-1].End,
					NameStart: s.toks[ns].Start, Name: s.span(ns, ne),
				})
				break
			}
		}
		i = ne
	}
	if len(extra) == 0 {
		return found
	}
	return mergeByStart(found, extra)
}

// refAttributions is scanner.attributions trying accordingTo at every verb.
func (s *scanner) refAttributions(lo, hi int, people *mentions) []Attribution {
	var out []Attribution
	verbs := s.verbsIn(lo, hi)
	for k, v := range verbs {
		if a, ok := s.accordingTo(v, hi); ok {
			out = appendAttribution(out, a, len(verbs)-k)
			continue
		}
		if !s.isWord(v) {
			continue
		}
		verb := s.fold(v)
		ok, strong := speechVerb(verb)
		if !ok || s.inName(v) {
			continue
		}
		end := v + 1
		if verb == "pointed" {
			if v+1 >= hi || !s.is(v+1, "out") {
				continue
			}
			end = v + 2
		}
		if !strong && (end >= hi || !s.introducesClaim(end)) && !s.refQuoteOpensClause(v, lo) {
			continue
		}
		a := Attribution{Verb: s.span(v, end), End: s.toks[end-1].End}
		ss, se, ok := s.subjectBefore(v, lo, people)
		if !ok && v > lo && (s.isQuoteClose(v-1) || s.is(v-1, ",")) {
			ss, se, ok = s.subjectAfter(end, hi, people)
			if ok && se == ss+1 && countryOfAdjective(strings.ToLower(s.span(ss, se))) != "" {
				ok = false
			}
			if ok {
				a.End = s.toks[se-1].End
			}
		}
		if !ok {
			continue
		}
		a.Speaker = s.span(ss, se)
		a.SpeakerStart, a.SpeakerEnd = s.toks[ss].Start, s.toks[se-1].End
		a.Start = min(s.toks[ss].Start, s.toks[v].Start)
		out = appendAttribution(out, a, len(verbs)-k)
	}
	return out
}

// refQuoteOpensClause is quoteOpensClause asking every token whether it
// is a quote mark or a sentence's end, words too.
func (s *scanner) refQuoteOpensClause(v, lo int) bool {
	for k := v - 1; k > lo && k >= v-20; k-- {
		if s.isQuoteClose(k) {
			return s.is(k-1, ",")
		}
		if s.isQuoteOpen(k) || s.is(k, ".") || s.is(k, "?") || s.is(k, "!") || strings.Contains(s.gap(k), "\n") {
			return false
		}
	}
	return false
}

// checkRefPeople holds people and attributions to their references on text.
func checkRefPeople(t *testing.T, text string) {
	t.Helper()
	s := newScanner(text)
	defer s.release()
	got, want := s.people(), s.refPeople()
	if len(got) != 0 || len(want) != 0 {
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("people(%.200q) = %+v, want %+v", text, got, want)
		}
	}
	for v := 0; v < s.n(); v++ {
		for _, lo := range []int{0, max(v-5, 0)} {
			if got, want := s.quoteOpensClause(v, lo), s.refQuoteOpensClause(v, lo); got != want {
				t.Fatalf("quoteOpensClause(%d, %d) = %v, want %v in %.200q", v, lo, got, want, text)
			}
		}
	}
	m := newMentions(got)
	if got, want := s.attributions(0, s.n(), m), s.refAttributions(0, s.n(), m); !reflect.DeepEqual(got, want) {
		t.Fatalf("attributions(%.200q) = %+v, want %+v", text, got, want)
	}
}

func TestPeopleAgreesWithReference(t *testing.T) {
	docs := fixturetext.Articles(t, "../..")
	for _, d := range docs {
		checkRefPeople(t, d)
	}
	// Random texts from the fixtures' words, recombined, with names,
	// titles, abbreviations, quotes and line breaks in the mix.
	var words []string
	for _, d := range docs {
		words = append(words, strings.Fields(d)...)
	}
	words = append(words, "U.S.", "A.B.", "According", "according", "to", "Chinh", "Pham", "Minh", "Le", "To", "Lam",
		"Mr.", "Dr.", "“", "”", "\"", "'", "\n", "\n\n", "said", "said,", "Minister", "Prime", "ÐOÀN", "Nguyễn", "Văn")
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := 20 + r.IntN(400); k > 0; k-- {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(20) == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		checkRefPeople(t, b.String())
	}
}

func FuzzPeopleAgreesWithReference(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Prime Minister Pham Minh Chinh said. Chinh, Pham and U.S. Chinh-Pham met Mr. Chinh. According to Chinh, CHINH Chinh’s")
	f.Fuzz(func(t *testing.T, text string) {
		checkRefPeople(t, text)
	})
}
