package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndexGroupsByKindAndHead(t *testing.T) {
	doc := &Document{Path: "a.txt"}
	facts := []*Fact{
		{Kind: KindQuantity, Doc: doc, Key: "local cooper agreement"},
		{Kind: KindQuantity, Doc: doc, Key: "vietnames people in japan"},
		{Kind: KindQuantity, Doc: doc, Key: "cooper agreement"},
		{Kind: KindRank, Doc: doc, Key: "investment"},
		{Kind: KindQuote, Doc: doc},
	}
	ix := NewIndex([]*Document{doc}, facts)
	assert.Equal(t, []string{"agreement", "investment", "people"}, ix.Heads())
	assert.Equal(t, []*Fact{facts[0], facts[2]}, ix.Head("agreement"))
	assert.Len(t, ix.Kind(KindQuantity), 3)
	assert.Equal(t, []*Fact{facts[4]}, ix.Kind(KindQuote))
	assert.Empty(t, ix.Head("nothing"))
}
