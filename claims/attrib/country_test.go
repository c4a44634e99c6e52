package attrib

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// TestMayOpenPair reads the case strings of countryOfAdjective and
// countryName from their source: the first word of every name of several
// words must open a pair, or mention and complement would skip its look-up.
func TestMayOpenPair(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "country.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "countryOfAdjective" && fn.Name.Name != "countryName" {
			continue
		}
		ast.Inspect(fn, func(n ast.Node) bool {
			cc, ok := n.(*ast.CaseClause)
			if !ok {
				return true
			}
			for _, e := range cc.List {
				lit, ok := e.(*ast.BasicLit)
				if !ok {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				if first, _, ok := strings.Cut(w, " "); ok {
					found++
					if !mayOpenPair(first) {
						t.Errorf("%s: %q opens %q but not a pair", fn.Name.Name, first, w)
					}
				}
			}
			return true
		})
	}
	if found < 5 {
		t.Fatalf("found only %d names of several words", found)
	}
	if mayOpenPair("japan") || !mayOpenPair("a b") {
		t.Error("mayOpenPair")
	}
}
