package attrib

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// caseWords returns the case strings of the named functions of a source file
// of this package, by function: the lexicons as written.
func caseWords(t *testing.T, file string, funcs ...string) map[string][]string {
	t.Helper()
	want := map[string]bool{}
	for _, f := range funcs {
		want[f] = true
	}
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || !want[fn.Name.Name] {
			continue
		}
		ast.Inspect(fn, func(n ast.Node) bool {
			if cc, ok := n.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if lit, ok := e.(*ast.BasicLit); ok {
						w, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatal(err)
						}
						out[fn.Name.Name] = append(out[fn.Name.Name], w)
					}
				}
			}
			return true
		})
	}
	return out
}

// TestLexWordsCoverLexicons reads the case strings of the lexicons lexFlags
// calls from their source, so that a word added there and not to lexWords
// fails here instead of being filtered out by mayBeLexWord.
func TestLexWordsCoverLexicons(t *testing.T) {
	found := 0
	for file, fn := range map[string]string{"verbs.go": "speechVerb", "title.go": "isCoreWord"} {
		for _, w := range caseWords(t, file, fn)[fn] {
			found++
			if !strings.Contains(lexWords, " "+w+" ") || !mayBeLexWord(w) {
				t.Errorf("%s: %q is missing from lexWords", fn, w)
			}
		}
	}
	if found < 100 {
		t.Fatalf("found only %d lexicon words in the source", found)
	}
	for _, w := range []string{"according", "pm", "dpm", "fm"} {
		if !mayBeLexWord(w) {
			t.Errorf("mayBeLexWord(%q) = false", w)
		}
	}
}

func TestMayBeLexWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"said", true}, {"minister", true}, {"the", false}, {"and", false},
		{"", true}, {"1a", true}, {"a1", true}, {"đ", true}, {"representatives", false},
		{"averyveryverylongword", false},
	} {
		if got := mayBeLexWord(c.w); got != c.want {
			t.Errorf("mayBeLexWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestASCIILexFlags(t *testing.T) {
	words := strings.Fields(lexWords + " the and minister’s 1a a said. u.s. pms ceos chairman's Chairman's")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[1:]} {
			fold := strings.ToLower(v)
			if got, want := asciiLexFlags(v, fold), lexFlags(v, fold); got != want {
				t.Errorf("asciiLexFlags(%q) = %b, lexFlags gives %b", v, got, want)
			}
		}
	}
	longest := 0
	for h := range lexTable {
		n := 0
		for k := h; lexTable[k&(1<<lexTableBits-1)].present; k++ {
			n++
		}
		longest = max(longest, n)
	}
	t.Logf("longest probe run: %d", longest)
}

func TestLexShort(t *testing.T) {
	words := strings.Fields(lexWords + " the and a said u.s pms ceos mr Mr MR Mrs Prof Sir Doctor doctor Mister Madame Madam Mx Mme Professor Ms Dr Miss X")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[1:]} {
			if len(v) == 0 || len(v) > 8 {
				continue
			}
			fold := strings.ToLower(v)
			got := lexShort(wordKey(fold))
			if got == lexByCase {
				got = lexFlags(v, fold)
			}
			if want := lexFlags(v, fold); got != want {
				t.Errorf("lexShort(%q) = %b, lexFlags gives %b", v, got, want)
			}
			if got, want := isHonorificWord(wordKey(v)), isHonorific(v); got != want {
				t.Errorf("isHonorificWord(%q) = %v, want %v", v, got, want)
			}
		}
	}
	// scan's loop for common words leaves honorifics to the general case
	// by finding them in lexShortTable.
	for _, w := range strings.Fields("Mr Mrs Ms Dr Prof Mme Mx Madam Madame Sir Miss Mister Professor Doctor") {
		key := wordKey(strings.ToLower(w))
		if !isHonorific(w) || len(w) <= 8 && lexShortTable.keys[lexShortTable.hash(key)] != key {
			t.Errorf("honorific %q is not in lexShortTable", w)
		}
	}
	if got := len(strings.Fields(honorificWords)); got != 14 {
		t.Errorf("honorificWords holds %d words, isHonorific 14", got)
	}
	// scan's longWord leaves the words of eight letters or more that may
	// be in a lexicon to the general case, which is the only one that
	// sees honorifics: every long honorific must be in lexWords.
	for _, w := range strings.Fields("Mr Mrs Ms Dr Prof Mme Mx Madam Madame Sir Miss Mister Professor Doctor") {
		if isHonorific(w) && len(w) >= 8 && !mayBeLexWord(strings.ToLower(w)) {
			t.Errorf("honorific %q is not in lexWords", w)
		}
	}
}

// TestLexLong holds lexLong to the lexicons: a word of eight to fifteen
// letters is in lexLongTable exactly when it is listed in lexWords or
// honorificWords, whatever its case, and every word lexFlags flags or
// that is an honorific is listed.
func TestLexLong(t *testing.T) {
	const ones = 0x0101010101010101
	words := strings.Fields(lexWords + " " + honorificWords + " international cooperation spokesman representatives Vietnamese ambassadors presidents chairmanship undersecretaries professorship accordingly")
	words = append(words, fixtureWords(t)...)
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[1:]} {
			if len(v) < 8 || len(v) > 15 || strings.IndexFunc(v, notASCIILetter) >= 0 {
				continue
			}
			fold := strings.ToLower(v)
			lo, hi := wordKey(fold[:8]), wordKey(fold[8:])
			listed := strings.Contains(" "+lexWords+" "+honorificWords+" ", " "+fold+" ")
			if got := lexLong(lo, hi); got != listed {
				t.Errorf("lexLong(%q) = %v, want %v", v, got, listed)
			}
			if (lexFlags(v, fold) != 0 || isHonorific(v)) && !listed {
				t.Errorf("%q has lexicon flags or is an honorific, but is not listed", v)
			}
			// As scan reads it: the bytes as written, with 0x20 set.
			b := []byte(v + strings.Repeat(" ", 16-len(v)))
			x, y := wordKey(string(b[:8])), wordKey(string(b[8:16]))
			if lexLong(x|0x20*ones, (y|0x20*ones)&byteMasks[len(v)-8]) != lexLong(lo, hi) {
				t.Errorf("lexLong of %q as scanned differs", v)
			}
		}
	}
}

// fixtureWords returns the distinct ASCII words of the fixture articles.
func fixtureWords(t *testing.T) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range fixturetext.Articles(t, "../..") {
		for w := range strings.FieldsFuncSeq(d, notASCIILetter) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

func notASCIILetter(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }
