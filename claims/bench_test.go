package claims

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/internal/benchcpu"
)

// benchCorpusBytes is the size of the generated benchmark corpus.
const benchCorpusBytes = 50 << 20

// benchCorpus is built once per test binary and shared by every benchmark: at
// 50 MB, building it per benchmark and per -count would dominate the run.
var benchCorpus = sync.OnceValues(func() ([]string, error) {
	pool, err := benchPool()
	if err != nil {
		return nil, err
	}
	return makeBenchCorpus(pool, benchCorpusBytes), nil
})

// benchPool returns the paragraphs of every fixture article, one slice per
// article, without metadata headers.
func benchPool() ([][]string, error) {
	var pool [][]string
	for _, glob := range []string{"../fixtures/seeds/*.txt", "../fixtures/clean/*"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			return nil, fmt.Errorf("bench corpus %s: %w", glob, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("bench corpus: %w", err)
			}
			paras := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n")
			if len(paras) > 1 && (strings.HasPrefix(paras[0], "---") || strings.Contains(paras[0], "Published:")) {
				paras = paras[1:] // the metadata block
			}
			pool = append(pool, paras)
		}
	}
	if len(pool) == 0 {
		return nil, fmt.Errorf("bench corpus: no fixture articles found")
	}
	return pool, nil
}

// makeBenchCorpus builds documents of 5–20 KB until total bytes are reached.
// Each document strings together varied copies of fixture articles: adjacent
// paragraphs swapped now and then, digits shifted (years stay years) and proper
// names replaced consistently within the document, so that no two documents
// repeat each other verbatim and the parsers see many distinct numbers and names.
func makeBenchCorpus(pool [][]string, total int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	keep := map[string]bool{}
	for _, w := range strings.Fields(benchKeep) {
		keep[w] = true
	}
	var docs []string
	var b bytes.Buffer
	for n := 0; n < total; {
		b.Reset()
		size := 5<<10 + r.IntN(15<<10)
		v := newVariant(r, keep)
		fmt.Fprintf(&b, "Published: 20%02d-%02d-%02d\n\n", 18+r.IntN(8), 1+r.IntN(12), 1+r.IntN(28))
		for b.Len() < size {
			art := pool[r.IntN(len(pool))]
			order := make([]int, len(art))
			for i := range order {
				order[i] = i
			}
			for i := 1; i+1 < len(order); i++ {
				if r.IntN(8) == 0 && !strings.HasSuffix(strings.TrimSpace(art[order[i]]), ":") {
					order[i], order[i+1] = order[i+1], order[i]
				}
			}
			for _, i := range order {
				v.write(&b, art[i])
				b.WriteString("\n\n")
			}
		}
		docs = append(docs, b.String())
		n += b.Len()
	}
	return docs
}

// variant rewrites text for one generated document.
type variant struct {
	r     *rand.Rand
	shift int
	names map[string]string
	keep  map[string]bool
}

func newVariant(r *rand.Rand, keep map[string]bool) *variant {
	return &variant{r: r, shift: 1 + r.IntN(9), names: map[string]string{}, keep: keep}
}

// write appends s with its digit runs shifted and its proper names replaced.
func (v *variant) write(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); {
		j := i + 1
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if (i == 0 || s[i-1] == '\n') && j < len(s) && (s[j] == '.' || s[j] == ')') {
				b.WriteString(s[i:j]) // a list marker keeps its number
				break
			}
			b.WriteString(v.number(s[i:j]))
		case c >= 'A' && c <= 'Z':
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			b.WriteString(v.name(s[i:j], i))
		default:
			b.WriteByte(c)
		}
		i = j
	}
}

// number shifts every digit of a digit run by the document's shift plus a
// random one, keeping years between 1990 and 2029 and never adding a leading zero.
func (v *variant) number(d string) string {
	shift := byte(v.shift + v.r.IntN(3))
	if len(d) == 4 && (d[:2] == "19" || d[:2] == "20") {
		y := (int(d[2]-'0')*10 + int(d[3]-'0') + int(shift)) % 40
		return fmt.Sprint(1990 + y)
	}
	out := []byte(d)
	for i := range out {
		out[i] = '0' + (out[i]-'0'+shift)%10
	}
	if out[0] == '0' && (len(out) > 1 || d[0] != '0') {
		out[0] = '1'
	}
	return string(out)
}

// benchKeep are capitalised words that carry meaning for the parsers (titles,
// calendar words, list markers), which the name swap leaves alone.
const benchKeep = `Prime Minister Deputy President Director Ambassador Chairman Governor Secretary
	General Mr Ms Mrs Dr The A An In On At By For From To Of And But As It He She They We This That These Those
	First Second Third Fourth Fifth Sixth Last Finally According January February March April May June July
	August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday USD VND
	JPY EUR TEU`

var benchSyllables = []string{"ka", "lo", "mi", "ren", "sa", "tu", "vo", "ha", "ni", "dor", "be", "quy", "an", "el"}

// name replaces a capitalised word not at the start of a paragraph by a made-up
// name, the same one throughout the document, for half of the words.
func (v *variant) name(w string, at int) string {
	if at == 0 || len(w) < 3 || v.keep[w] {
		return w
	}
	if n, ok := v.names[w]; ok {
		return n
	}
	n := w
	if v.r.IntN(2) == 0 {
		var sb strings.Builder
		for k := 0; k < 2+v.r.IntN(2); k++ {
			sb.WriteString(benchSyllables[v.r.IntN(len(benchSyllables))])
		}
		n = strings.ToUpper(sb.String()[:1]) + sb.String()[1:]
	}
	v.names[w] = n
	return n
}

// benchStages is the corpus cut the way Extract cuts it: sentences and their
// tokens, computed once so each stage benchmark times only its own stage.
type benchStages struct {
	docs  []string
	sents []string
	toks  [][]token.Token
	bytes int64
}

var benchCut = sync.OnceValues(func() (*benchStages, error) {
	docs, err := benchCorpus()
	if err != nil {
		return nil, err
	}
	st := &benchStages{docs: docs}
	for _, d := range docs {
		st.bytes += int64(len(d))
		for _, s := range Sentences(d) {
			sent := d[s.Start:s.End]
			st.sents = append(st.sents, sent)
			st.toks = append(st.toks, token.Scan(sent, nil))
		}
	}
	return st, nil
})

// BenchmarkExtract runs the whole extraction over the generated corpus, one
// Document per generated article, and reports allocations and facts per MB.
func BenchmarkExtract(b *testing.B) {
	st, err := benchCut()
	if err != nil {
		b.Fatal(err)
	}
	published := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(st.bytes)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	facts, iters := 0, 0
	cpu0 := benchcpu.Now()
	for b.Loop() {
		iters++
		for _, text := range st.docs {
			doc := &Document{Path: "bench.txt", Raw: text, Text: text, Meta: Meta{Published: published}}
			facts += len(Extract(doc))
		}
	}
	runtime.ReadMemStats(&after)
	benchcpu.Report(b, st.bytes, cpu0)
	mb := float64(st.bytes) * float64(iters) / (1 << 20)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/mb, "allocs/MB")
	b.ReportMetric(float64(facts)/mb, "facts/MB")
}

// BenchmarkStage times each stage of Extract alone over the same corpus, so the
// slowest one shows. Sentence-level stages get one sentence and its tokens at a
// time, as Extract gives them; document-level stages get whole documents.
func BenchmarkStage(b *testing.B) {
	st, err := benchCut()
	if err != nil {
		b.Fatal(err)
	}
	published := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	perSentence := func(f func(sent string, toks []token.Token)) func() {
		return func() {
			for i, s := range st.sents {
				f(s, st.toks[i])
			}
		}
	}
	perDoc := func(f func(text string)) func() {
		return func() {
			for _, d := range st.docs {
				f(d)
			}
		}
	}
	var buf []token.Token
	stages := []struct {
		name string
		run  func()
	}{
		{"token.Scan", perSentence(func(s string, _ []token.Token) { buf = token.Scan(s, buf[:0]) })},
		{"Sentences", perDoc(func(d string) { Sentences(d) })},
		{"quantity.Parse", perSentence(func(s string, t []token.Token) { quantity.Parse(s, t) })},
		{"dates.Parse", perSentence(func(s string, t []token.Token) { dates.Parse(s, t, published) })},
		{"rank.Parse", perSentence(func(s string, t []token.Token) { rank.Parse(s, t) })},
		{"attrib.Attributions", perSentence(func(s string, _ []token.Token) { attrib.Attributions(s) })},
		{"enum.Announcements", perDoc(func(d string) { enum.Announcements(d) })},
		{"enum.NamedLists", perDoc(func(d string) { enum.NamedLists(d) })},
		{"attrib.People", perDoc(func(d string) { attrib.People(d) })},
		{"attrib.Quotes", perDoc(func(d string) { attrib.Quotes(d) })},
	}
	for _, sg := range stages {
		b.Run(sg.name, func(b *testing.B) {
			b.SetBytes(st.bytes)
			b.ReportAllocs()
			cpu0 := benchcpu.Now()
			for b.Loop() {
				sg.run()
			}
			benchcpu.Report(b, st.bytes, cpu0)
		})
	}
}

// BenchmarkExtractLongSentence extracts one 100 KB sentence full of figures
// and dates: work per figure must not grow with the sentence (it once searched
// the whole sentence for every date of every figure, 27 s for 30 KB).
func BenchmarkExtractLongSentence(b *testing.B) {
	var sb strings.Builder
	phrases := []string{"this year", "last year", "12 percent of students were users", "in 2023",
		"Tomas Vidmar", "since 1990", "live and work in Japan", "on Monday", "5 fans"}
	for i := 0; sb.Len() < 100<<10; i++ {
		sb.WriteString(phrases[i%len(phrases)])
		sb.WriteByte(' ')
	}
	text := sb.String()
	published := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(&Document{Path: "long.txt", Raw: text, Text: text, Meta: Meta{Published: published}})
	}
}
