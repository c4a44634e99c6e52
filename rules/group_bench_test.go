package rules

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/enum"
)

// The benchmarks run each text rule over synthetic corpora of 10 facts per
// document at 125, 250 and 500 documents (1,250 to 5,000 facts): with grouping the
// time grows about as the number of facts, where all pairs would grow fourfold per
// doubling. A tenth of the facts are near copies of earlier ones, so the rules also
// find and report.

// synthCorpus builds documents of sentences; each sentence carries one fact.
type synthCorpus struct {
	rng   *rand.Rand
	docs  []*claims.Document
	facts []*claims.Fact
}

// synthSentence is one sentence of a synthetic document: its text, the part the
// fact covers, and a function completing the fact once offsets are known.
type synthSentence struct {
	text, phrase string
	fill         func(f *claims.Fact, start int)
}

func newSynthCorpus() *synthCorpus {
	return &synthCorpus{rng: rand.New(rand.NewPCG(1, 2))}
}

// doc adds a document made of the sentences, one per line, published on day n.
func (c *synthCorpus) doc(n int, kind claims.Kind, sents []synthSentence) {
	var sb strings.Builder
	d := &claims.Document{Path: fmt.Sprintf("doc%04d.txt", n)}
	d.Meta.Published = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n%300)
	var fs []*claims.Fact
	for _, s := range sents {
		ls := sb.Len()
		sb.WriteString(s.text)
		at := ls + strings.Index(s.text, s.phrase)
		f := &claims.Fact{Kind: kind, Doc: d, Span: claims.Span{Start: at, End: at + len(s.phrase)},
			Sentence: claims.Span{Start: ls, End: sb.Len()}}
		if s.fill != nil {
			s.fill(f, at)
		}
		fs = append(fs, f)
		sb.WriteByte('\n')
	}
	d.Text = sb.String()
	d.Raw = d.Text
	c.docs = append(c.docs, d)
	c.facts = append(c.facts, fs...)
}

// letters spells n in letters only: the tokenizer splits letters from digits.
func letters(n int) string {
	var b []byte
	for {
		b = append(b, byte('a'+n%26))
		n /= 26
		if n == 0 {
			return string(b)
		}
	}
}

// word returns a made-up word: half the time one of 300 common words, Zipf
// distributed, else one of a vocabulary that grows with the corpus (names, places,
// topics: each article brings its own), as in news text.
func (c *synthCorpus) word(prefix string, nDocs int) string {
	if c.rng.IntN(2) == 0 {
		return prefix + "c" + letters(zipf(c.rng, 300))
	}
	return prefix + "r" + letters(c.rng.IntN(20*nDocs))
}

// zipf draws from 0..n-1 with probability about proportional to 1/(i+1).
func zipf(rng *rand.Rand, n int) int {
	return int(math.Exp(rng.Float64()*math.Log(float64(n+1)))) - 1
}

func (c *synthCorpus) words(prefix string, nDocs, k int) []string {
	ws := make([]string, k)
	for i := range ws {
		ws[i] = c.word(prefix, nDocs)
	}
	return ws
}

// person returns one of a pool of made-up people that grows with the corpus:
// each appears in about ten sources, family names are shared by many.
func (c *synthCorpus) person(nDocs int) string {
	i := c.rng.IntN(nDocs)
	return fmt.Sprintf("Minister %s %s", strings.ToUpper(letters(i % 97)[:1])+"am"+letters(i%97), "Giv"+letters(i))
}

// near returns ws with one word replaced, a tenth of the time, so some pairs match.
func (c *synthCorpus) near(prev [][]string, fresh []string) []string {
	if len(prev) == 0 || c.rng.IntN(10) != 0 {
		return fresh
	}
	old := prev[c.rng.IntN(len(prev))]
	out := append([]string(nil), old...)
	out[c.rng.IntN(len(out))] = fresh[0]
	return out
}

func quoteCorpus(nDocs int) *synthCorpus {
	c := newSynthCorpus()
	var prev [][]string
	for n := range nDocs {
		var ss []synthSentence
		for range 10 {
			ws := c.near(prev, c.words("q", nDocs, 8))
			prev = append(prev, ws)
			q := strings.Join(ws, " ")
			sp := c.person(nDocs)
			if c.rng.IntN(5) == 0 {
				sp = ""
			}
			ss = append(ss, synthSentence{text: `"` + q + `", said ` + sp + ".", phrase: q,
				fill: func(f *claims.Fact, at int) {
					f.Quote = &attrib.Quote{Start: at, End: at + len(q), Speaker: sp}
				}})
		}
		c.doc(n, claims.KindQuote, ss)
	}
	return c
}

func listCorpus(nDocs int) *synthCorpus {
	c := newSynthCorpus()
	var prev [][]string
	for n := range nDocs {
		var ss []synthSentence
		for range 10 {
			ms := c.near(prev, c.words("m", nDocs, 3+c.rng.IntN(4)))
			prev = append(prev, ms)
			phrase := "principles of " + strings.Join(ms, ", ")
			sp := c.person(nDocs)
			ss = append(ss, synthSentence{text: "It rests on the " + phrase + ".", phrase: phrase,
				fill: func(f *claims.Fact, at int) {
					f.Speaker = sp
					l := &enum.NamedList{Start: at, End: at + len(phrase), Name: "principles"}
					off := at + len("principles of ")
					for _, m := range ms {
						l.Members = append(l.Members, enum.Item{Start: off, End: off + len(m), Label: m})
						off += len(m) + 2
					}
					f.List = l
				}})
		}
		c.doc(n, claims.KindNamedList, ss)
	}
	return c
}

func nameCorpus(nDocs int) *synthCorpus {
	c := newSynthCorpus()
	for n := range nDocs {
		var ss []synthSentence
		for range 10 {
			i := c.rng.IntN(nDocs)
			name := "Sato Giv" + letters(i)
			if i%2 == 0 {
				name = "Fam" + letters(i%300) + " Giv" + letters(i)
			}
			title := []string{"Governor", "Deputy Mayor", "Mayor"}[c.rng.IntN(3)]
			of := "City" + letters(i%50)
			phrase := title + " of " + of + " " + name
			ss = append(ss, synthSentence{text: phrase + " spoke.", phrase: phrase,
				fill: func(f *claims.Fact, at int) {
					f.Person = &attrib.Person{Start: at, End: at + len(phrase), Title: title + " of " + of, Of: of, Name: name,
						NameStart: at + len(phrase) - len(name)}
				}})
		}
		c.doc(n, claims.KindPerson, ss)
	}
	return c
}

func dateCorpus(nDocs int) *synthCorpus {
	c := newSynthCorpus()
	for n := range nDocs {
		var ss []synthSentence
		for range 10 {
			ws := c.words("e", nDocs, 6)
			from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, c.rng.IntN(365))
			ds := "on " + from.Format("2 January")
			text := "The " + strings.Join(ws[:3], " ") + " " + ds + " in " + strings.Join(ws[3:], " ") + "."
			ss = append(ss, synthSentence{text: text, phrase: ds,
				fill: func(f *claims.Fact, at int) {
					f.Date = &dates.Date{Start: at, End: at + len(ds), From: from, To: from.AddDate(0, 0, 1),
						Granularity: dates.Day, Resolved: true}
				}})
		}
		c.doc(n, claims.KindDate, ss)
	}
	return c
}

func enumerationCorpus(nDocs int) *synthCorpus {
	c := newSynthCorpus()
	for n := range nDocs {
		var ss []synthSentence
		for range 10 {
			sp := c.person(nDocs)
			k := 3 + c.rng.IntN(3)
			items := c.words("i", nDocs, k)
			noun := []string{"key directions", "priorities", "tasks", "solutions"}[c.rng.IntN(4)]
			phrase := fmt.Sprintf("%d %s", k, noun)
			text := sp + " set out " + phrase + ": " + strings.Join(items, "; ") + "."
			ss = append(ss, synthSentence{text: text, phrase: phrase,
				fill: func(f *claims.Fact, at int) {
					f.Speaker = sp
					a := &enum.Announcement{Start: at, End: at + len(phrase), Count: k, Noun: noun, Listed: true, Style: "inline"}
					off := at + len(phrase) + 2
					for _, it := range items {
						a.Items = append(a.Items, enum.Item{Start: off, End: off + len(it), Label: it})
						off += len(it) + 2
					}
					f.Announcement = a
				}})
		}
		c.doc(n, claims.KindCount, ss)
	}
	return c
}

func BenchmarkTextRules(b *testing.B) {
	rules := []struct {
		r      *Rule
		corpus func(int) *synthCorpus
	}{
		{QuoteMismatch(), quoteCorpus},
		{ListMismatch(), listCorpus},
		{NameMismatch(), nameCorpus},
		{DateConflict(), dateCorpus},
		{EnumerationMismatch(), enumerationCorpus},
	}
	for _, tt := range rules {
		for _, nDocs := range []int{125, 250, 500} {
			c := tt.corpus(nDocs)
			ix := claims.NewIndex(c.docs, c.facts)
			b.Run(fmt.Sprintf("%s/facts=%d", tt.r.ID, len(c.facts)), func(b *testing.B) {
				n := 0
				for b.Loop() {
					p := NewPass(ix, tt.r, Settings{})
					tt.r.Run(p)
					n = len(p.Findings())
				}
				b.ReportMetric(float64(n), "findings")
			})
		}
	}
}
