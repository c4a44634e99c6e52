package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
)

// wantRe finds expectations: <!-- want "regexp" --> at the end of the line the
// primary claim of a finding stands on. A line may carry several.
var wantRe = regexp.MustCompile(`<!--\s*want\s+"((?:[^"\\]|\\.)*)"\s*-->`)

// expectation is one want of a test article.
type expectation struct {
	file string
	line int
	re   *regexp.Regexp
	met  bool
}

// TestRulesTestdata runs each rule over its folder rules/testdata/<id>/ and
// compares the findings with the wants written in the articles: every finding
// must meet a want on its primary claim's line, and every want must be met.
func TestRulesTestdata(t *testing.T) {
	ents, err := os.ReadDir("testdata")
	require.NoError(t, err)
	for _, e := range ents {
		if !e.IsDir() || e.Name() == "fuzz" {
			continue // testdata/fuzz holds go test -fuzz's seed corpus
		}
		t.Run(e.Name(), func(t *testing.T) {
			r := ByID(e.Name())
			require.NotNil(t, r, "no rule %q in All()", e.Name())
			docs, wants := loadTestdata(t, filepath.Join("testdata", e.Name()))
			require.NotEmpty(t, docs, "no articles")
			var facts []*claims.Fact
			for _, d := range docs {
				facts = append(facts, claims.Extract(d)...)
			}
			if len(facts) == 0 {
				t.Skip("extraction produced no facts yet")
			}
			got := Run(claims.NewIndex(docs, facts), []*Rule{r}, Settings{})
			for _, f := range got {
				require.NotEmpty(t, f.Claims, "finding without claims: %s", f.Message)
				c := f.Claims[0]
				if !meet(wants, c.File, c.Line, f.Message) {
					t.Errorf("%s:%d: unexpected finding: %s", c.File, c.Line, f.Message)
				}
			}
			for _, w := range wants {
				if !w.met {
					t.Errorf("%s:%d: no finding matches %q", w.file, w.line, w.re)
				}
			}
		})
	}
}

// meet marks the first unmet want at file:line whose regexp matches msg.
func meet(wants []*expectation, file string, line int, msg string) bool {
	for _, w := range wants {
		if !w.met && w.file == file && w.line == line && w.re.MatchString(msg) {
			w.met = true
			return true
		}
	}
	return false
}

// loadTestdata reads the articles (*.txt, *.md) of dir: "Key: value" header lines up
// to the first blank line give the metadata (Published: YYYY-MM-DD); want comments
// are blanked out of the analysed text so extraction never reads them, keeping
// offsets equal to the file's.
func loadTestdata(t *testing.T, dir string) ([]*claims.Document, []*expectation) {
	t.Helper()
	var paths []string
	for _, pat := range []string{"*.txt", "*.md"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	var docs []*claims.Document
	var wants []*expectation
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		raw := string(b)
		d := &claims.Document{Path: p, Raw: raw}
		text := []byte(raw)
		for i, line := range strings.SplitAfter(raw, "\n") {
			for _, m := range wantRe.FindAllStringSubmatchIndex(line, -1) {
				re, err := regexp.Compile(strings.ReplaceAll(line[m[2]:m[3]], `\"`, `"`))
				require.NoError(t, err, "%s:%d", p, i+1)
				wants = append(wants, &expectation{file: p, line: i + 1, re: re})
			}
		}
		for _, m := range wantRe.FindAllIndex(text, -1) {
			for j := m[0]; j < m[1]; j++ {
				text[j] = ' '
			}
		}
		d.Text = string(text)
		end := readHeader(t, d)
		if end > 0 {
			d.Skips = append(d.Skips, claims.Skip{Start: 0, End: end, Reason: "metadata"})
		}
		docs = append(docs, d)
	}
	return docs, wants
}

// readHeader reads "Key: value" lines at the top of d and returns where they end
// (0 when there are none).
func readHeader(t *testing.T, d *claims.Document) int {
	off := 0
	for off < len(d.Text) {
		nl := strings.IndexByte(d.Text[off:], '\n')
		if nl < 0 {
			nl = len(d.Text) - off
		}
		line := strings.TrimSpace(d.Text[off : off+nl])
		k, v, ok := strings.Cut(line, ":")
		if line == "" || !ok || strings.Contains(k, " ") {
			break
		}
		switch strings.ToLower(k) {
		case "published":
			tm, err := time.Parse("2006-01-02", strings.TrimSpace(v))
			require.NoError(t, err, "%s: published", d.Path)
			d.Meta.Published = tm
		case "outlet":
			d.Meta.Outlet = strings.TrimSpace(v)
		case "title":
			d.Meta.Title = strings.TrimSpace(v)
		}
		off += nl + 1
	}
	return off
}

// FuzzRules runs every rule over whatever extraction finds in arbitrary text, as
// two dated sources: no panic, findings name claims inside the inputs, and runs are
// deterministic.
func FuzzRules(f *testing.F) {
	f.Add("Over 110 agreements were signed.", "More than ten agreements were signed.")
	f.Add("Nearly 500,000 people live there.", "The number of people grew by 20%.")
	f.Add("Japan is the third-largest investor.", "Japan ranks second in investment.")
	f.Add("Nearly 40 firms came: 12 domestic firms and 9 foreign firms.", "40 of 200 firms, or 25%, grew.")
	f.Add("Six goals:\n1. A\n2. B\n", "3 trillion VND (100 million USD)")
	f.Fuzz(func(t *testing.T, a, b string) {
		run := func() []Finding {
			da := &claims.Document{Path: "a.txt", Raw: a, Text: a}
			db := &claims.Document{Path: "b.txt", Raw: b, Text: b}
			da.Meta.Published = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
			db.Meta.Published = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
			facts := append(claims.Extract(da), claims.Extract(db)...)
			return Run(claims.NewIndex([]*claims.Document{da, db}, facts), All(), Settings{})
		}
		first := run()
		for _, fd := range first {
			// Run turns a rule's panic into a finding so a user's check goes
			// on; here it is a crash like any other.
			if strings.HasPrefix(fd.Message, "internal error") {
				t.Fatal(fd.Message)
			}
			for _, c := range fd.Claims {
				if c.File != "a.txt" && c.File != "b.txt" {
					t.Fatalf("claim outside the inputs: %+v", c)
				}
			}
		}
		second := run()
		if len(first) != len(second) {
			t.Fatalf("not deterministic: %d then %d findings", len(first), len(second))
		}
		for i := range first {
			if first[i].Message != second[i].Message {
				t.Fatalf("not deterministic: %q then %q", first[i].Message, second[i].Message)
			}
		}
	})
}
