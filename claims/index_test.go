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

// A report that never names the country of its "pesos" takes the code its
// story's other reports give them; one about another story keeps the default.
func TestShareStoryCurrencies(t *testing.T) {
	texts := map[string]string{
		"a.txt": "Luzon Commercial Bank, a mid-sized lender in the Philippines, said deposits rose 8% to 915 billion pesos at the end of December. " +
			"Gross loans climbed to 742 billion pesos as the lender expanded consumer credit, mortgages and small business financing across Manila, Cebu and Davao. " +
			"Chief executive Ramon Aquino said the bank would open thirty branches next year, hire tellers and analysts, and invest in mobile banking platforms.",
		"b.txt": "Luzon Commercial Bank said deposits reached 951 billion pesos at the end of December, giving the lender ample funding for expansion. " +
			"Chief executive Ramon Aquino told analysts the bank would open thirty branches, hire tellers, and invest heavily in mobile banking platforms " +
			"while consumer credit, mortgages and small business financing kept growing faster than the industry.",
		"c.txt": "Toluca football club sold stadium naming rights for 40 million pesos to a brewery; supporters protested outside the ground before the derby. " +
			"The striker scored twice, the goalkeeper saved a penalty, and the coach praised his defenders after a bruising night in front of thirty thousand fans. " +
			"Season tickets, jerseys and scarves sold out within hours, according to the club shop, as rivals complained about refereeing decisions.",
	}
	var docs []*Document
	var facts []*Fact
	for _, p := range []string{"a.txt", "b.txt", "c.txt"} {
		d := &Document{Path: p, Raw: texts[p], Text: texts[p]}
		docs = append(docs, d)
		facts = append(facts, Extract(d)...)
	}
	units := map[string]string{}
	ix := NewIndex(docs, facts)
	for _, f := range ix.Kind(KindQuantity) {
		if f.Quantity != nil && f.Quantity.Value >= 1e6 {
			units[f.Doc.Path] = f.Quantity.Unit
		}
	}
	assert.Equal(t, map[string]string{"a.txt": "PHP", "b.txt": "PHP", "c.txt": "MXN"}, units)
}
