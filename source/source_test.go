package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func paths(docs []*claims.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, filepath.ToSlash(d.Path))
	}
	return out
}

func TestLoadWalk(t *testing.T) {
	tests := []struct {
		name             string
		args             []string
		include, exclude []string
		want             []string
	}{
		{name: "directory sorted, hidden and other extensions left out", args: []string{"testdata/walk"},
			want: []string{"testdata/walk/a.txt", "testdata/walk/sub/b.md", "testdata/walk/sub/deep/c.html"}},
		{name: "argument order kept, duplicates dropped", args: []string{"testdata/walk/sub/b.md", "testdata/walk", "./testdata/walk/a.txt"},
			want: []string{"testdata/walk/sub/b.md", "testdata/walk/a.txt", "testdata/walk/sub/deep/c.html"}},
		{name: "explicit file of another extension", args: []string{"testdata/walk/sub/notes.csv"},
			want: []string{"testdata/walk/sub/notes.csv"}},
		{name: "include base-name glob", args: []string{"testdata/walk"}, include: []string{"*.md"},
			want: []string{"testdata/walk/sub/b.md"}},
		{name: "include double star", args: []string{"testdata/walk"}, include: []string{"sub/**/*.html"},
			want: []string{"testdata/walk/sub/deep/c.html"}},
		{name: "exclude double star", args: []string{"testdata/walk"}, exclude: []string{"**/sub/**"},
			want: []string{"testdata/walk/a.txt"}},
		{name: "exclude does not apply to explicit files", args: []string{"testdata/walk/a.txt"}, exclude: []string{"*.txt"},
			want: []string{"testdata/walk/a.txt"}},
		{name: "manifest named explicitly is not an article", args: []string{"testdata/walk/sources.yaml", "testdata/walk/a.txt"},
			want: []string{"testdata/walk/a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Load(tt.args, Options{Include: tt.include, Exclude: tt.exclude})
			require.Empty(t, errs)
			assert.Equal(t, tt.want, paths(docs))
		})
	}
}

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"*.md", "a/b/c.md", true},
		{"**/*.md", "c.md", true},
		{"**/*.md", "a/b/c.md", true},
		{"a/**/c.md", "a/c.md", true},
		{"a/**/c.md", "a/x/y/c.md", true},
		{"a/*/c.md", "a/x/y/c.md", false},
		{"drafts/**", "drafts/x/y.txt", true},
		{"drafts/**", "news/y.txt", false},
		{"[", "x", false}, // a bad pattern matches nothing
	}
	for _, tt := range tests {
		t.Run(tt.pattern+" "+tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, matchGlob(tt.pattern, tt.name))
		})
	}
}

func TestLoadStdin(t *testing.T) {
	tests := []struct {
		name, in, wantText string
		html               bool
	}{
		{name: "text", in: "Exports rose 7% to USD 30 billion.\n", wantText: "Exports rose 7% to USD 30 billion.\n"},
		{name: "html sniffed", in: "<!DOCTYPE html><p>Exports rose 7%.</p>", wantText: "Exports rose 7%.", html: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Load([]string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			require.Empty(t, errs)
			require.Len(t, docs, 1)
			assert.Equal(t, "-", docs[0].Path)
			assert.Equal(t, tt.in, docs[0].Raw)
			assert.Equal(t, tt.wantText, docs[0].Text)
			assert.Equal(t, tt.html, docs[0].Pieces != nil)
		})
	}
	_, errs := Load([]string{"-"}, Options{})
	require.Len(t, errs, 1)
	assert.Equal(t, "load -: no standard input", errs[0].Error())
}

func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("The port handled 2 million TEU.\n"))
	huge := filepath.Join(dir, "huge.txt")
	require.NoError(t, os.WriteFile(huge, nil, 0o644))
	require.NoError(t, os.Truncate(huge, MaxFileSize+1)) // sparse: nothing is written
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "broken.txt")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "nothing"), 0o755))
	writeFile(t, dir, "nothing/readme.csv", []byte("a,b\n"))
	long := bytes.Repeat([]byte("word "), 300_000) // one 1.5 MB line
	tests := []struct {
		name, path, reason string
	}{
		{"missing", filepath.Join(dir, "missing.txt"), "no such file or directory"},
		{"broken link", filepath.Join(dir, "broken.txt"), "no such file or directory"},
		{"empty", writeFile(t, dir, "empty.txt", nil), "empty file"},
		{"white space", writeFile(t, dir, "space.md", []byte(" \n\t\n")), "empty file (only white space)"},
		{"nul bytes", writeFile(t, dir, "bin.txt", []byte("abc\x00def")), "binary file (contains NUL bytes)"},
		{"control bytes", writeFile(t, dir, "ctl.txt", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100)), "binary file (mostly non-text bytes)"},
		{"invalid utf-8", writeFile(t, dir, "latin1.txt", []byte("First line\nna\xefve caf\xe9\n")), "invalid UTF-8 at line 2, column 3"},
		{"utf-16", writeFile(t, dir, "u16.txt", []byte("\xff\xfea\x00b\x00")), "UTF-16 text is not supported; convert the file to UTF-8"},
		{"too large", huge, "file too large (67108865 bytes, limit 67108864)"},
		{"directory without articles", filepath.Join(dir, "nothing"), "no articles found (looked for .txt, .md, .markdown, .html, .htm)"},
		{"html without text", writeFile(t, dir, "blank.html", []byte("<html><script>x=1</script></html>")), "no text after removing markup"},
		{"only metadata", writeFile(t, dir, "meta.md", []byte("---\ntitle: x\n---\n")), "no article text (all of it is metadata, markup or boilerplate)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Load([]string{tt.path, good}, Options{})
			require.Len(t, errs, 1, "%v", errs)
			var e *Error
			require.True(t, errors.As(errs[0], &e))
			assert.Equal(t, tt.path, e.Path)
			assert.Equal(t, tt.reason, e.Reason)
			assert.Equal(t, "load "+tt.path+": "+tt.reason, errs[0].Error())
			assert.Contains(t, paths(docs), filepath.ToSlash(good), "the other file still loads")
		})
	}
	t.Run("very long line", func(t *testing.T) {
		p := writeFile(t, dir, "long.txt", long)
		docs, errs := Load([]string{p}, Options{})
		require.Empty(t, errs)
		require.Len(t, docs, 1)
		assert.Len(t, docs[0].Text, len(long))
	})
	t.Run("stdin too large", func(t *testing.T) {
		big := bytes.Repeat([]byte("a"), MaxFileSize+1)
		_, errs := Load([]string{"-"}, Options{Stdin: bytes.NewReader(big)})
		require.Len(t, errs, 1)
		assert.Contains(t, errs[0].Error(), "load -: file too large")
	})
	t.Run("bad manifest", func(t *testing.T) {
		sub := filepath.Join(dir, "badman")
		p := writeFile(t, sub, "a.txt", []byte("Exports rose 7%.\n"))
		writeFile(t, sub, ManifestName, []byte("- just\n- a list\n"))
		docs, errs := Load([]string{p}, Options{})
		require.Len(t, docs, 1, "the article loads without the manifest")
		require.Len(t, errs, 1)
		assert.Contains(t, errs[0].Error(), "load "+filepath.Join(sub, ManifestName)+": invalid manifest")
	})
}

func TestBOMAndCRLF(t *testing.T) {
	doc, err := ReadOne("bom.txt", []byte("\uFEFFTitle: Port\r\n\r\nThe port handled 2.1 million TEU in the year to October, officials said.\r\nRelated news\r\nOther story\r\n"), Options{})
	require.NoError(t, err)
	assert.Equal(t, "Port", doc.Meta.Title)
	assert.True(t, strings.HasPrefix(doc.Raw, "Title"), "the BOM is not part of Raw")
	assert.Equal(t, "text", lineState(doc, 3))
	assert.Equal(t, "skip", lineState(doc, 4))
	assert.Equal(t, "skip", lineState(doc, 5))
}
