package claims

import "sort"

// Index groups the facts of a corpus so rules look up candidates instead of
// comparing all pairs.
type Index struct {
	Docs   []*Document
	Facts  []*Fact
	byHead map[string][]*Fact
	byKind map[Kind][]*Fact
	// profiles are the documents' word profiles, built on first use by Related.
	profiles map[*Document]profile
}

// NewIndex indexes facts of the given documents.
func NewIndex(docs []*Document, facts []*Fact) *Index {
	ix := &Index{Docs: docs, Facts: facts, byHead: map[string][]*Fact{}, byKind: map[Kind][]*Fact{}}
	for _, f := range facts {
		ix.byKind[f.Kind] = append(ix.byKind[f.Kind], f)
		if f.Key != "" {
			h := Head(f.Key)
			ix.byHead[h] = append(ix.byHead[h], f)
		}
	}
	ix.shareStoryCurrencies()
	return ix
}

// Kind returns all facts of a kind, in document order.
func (ix *Index) Kind(k Kind) []*Fact { return ix.byKind[k] }

// Heads returns the head words of all keys, sorted, so rules iterate deterministically.
func (ix *Index) Heads() []string {
	hs := make([]string, 0, len(ix.byHead))
	for h := range ix.byHead {
		hs = append(hs, h)
	}
	sort.Strings(hs)
	return hs
}

// Head returns the facts whose key has the given head word (the last word of the key):
// candidates for comparison, to be narrowed by KeysMatch.
func (ix *Index) Head(h string) []*Fact { return ix.byHead[h] }
