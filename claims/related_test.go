package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func loadFixtureDocs(t *testing.T, glob string) map[string]*Document {
	t.Helper()
	paths, err := filepath.Glob(glob)
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	docs := map[string]*Document{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		docs[filepath.Base(p)[:2]] = &Document{Path: p, Raw: string(b), Text: string(b)}
	}
	return docs
}

func TestRelated(t *testing.T) {
	docs := loadFixtureDocs(t, "../fixtures/news/*.txt")
	var all []*Document
	for _, d := range docs {
		all = append(all, d)
	}
	ix := NewIndex(all, nil)
	tests := []struct {
		a, b string
		want bool
	}{
		{"a1", "a2", true}, {"a1", "a3", true}, {"b1", "b2", true}, {"b2", "b3", true},
		{"c1", "c2", true}, {"d1", "d2", true},
		{"b1", "d2", false}, {"c1", "d1", false}, {"a1", "c2", false}, {"c2", "d2", false},
		{"a1", "a1", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, ix.Related(docs[tt.a], docs[tt.b]), "similarity %.3f", ix.Similarity(docs[tt.a], docs[tt.b]))
			assert.Equal(t, tt.want, ix.Related(docs[tt.b], docs[tt.a]), "symmetric")
		})
	}
}

func TestRelatedShortDocuments(t *testing.T) {
	a := &Document{Text: "Over 110 agreements were signed."}
	b := &Document{Text: "The marathon drew 9,500 runners."}
	c := &Document{Text: "Nearly 50 localities took part."}
	ix := NewIndex([]*Document{a, b, c}, nil)
	assert.True(t, ix.Related(a, b), "too little text to tell stories apart")
}
