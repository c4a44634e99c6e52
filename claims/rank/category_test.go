package rank

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormCategory(t *testing.T) {
	tests := []struct{ in, want string }{
		{"investor", "investment"},
		{"investment", "investment"},
		{"investing", "investment"},
		{"Investors", "investment"},
		{"trading partner", "trade"},
		{"trade", "trade"},
		{"tourism partner", "tourism"},
		{"tourism", "tourism"},
		{"labour", "labor"},
		{"labor", "labor"},
		{"labor cooperation", "labor"},
		{"partner in labour cooperation", "labor"},
		{"provider of ODA", "oda"},
		{"ODA", "oda"},
		{"official development assistance", "oda"},
		{"FDI source", "investment"},
		{"partner", "partner"},
		{"partners", "partner"},
		{"economic partner", "economy"},
		{"economies", "economy"},
		{"investment destination", "investment destination"},
		{"export market", "export market"},
		{"exporter", "export"},
		{"foreign community", "foreign community"},
		{"life insurers", "life insurer"},
		{"Baltic ports", "baltic port"},
		{"research centres", "research center"},
		{"logistics provider", "logistics"},
		{"business", "business"},
		{"Đà Nẵng tourism", "da nang tourism"},
		{"  ", ""},
		{"", ""},
		{"source of tourists", "tourism"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, NormCategory(tc.in))
		})
	}
}

// TestNormCategoryMeets pins the pairs that must compare equal across sources.
func TestNormCategoryMeets(t *testing.T) {
	pairs := [][2]string{
		{"investor", "investing"},
		{"trading partner", "trade"},
		{"labour", "labor cooperation"},
		{"partner in labour cooperation", "labor"},
		{"provider of ODA", "ODA"},
		{"tourism partner", "tourism"},
	}
	for _, p := range pairs {
		t.Run(p[0]+"/"+p[1], func(t *testing.T) {
			assert.Equal(t, NormCategory(p[0]), NormCategory(p[1]))
		})
	}
	assert.NotEqual(t, NormCategory("investor"), NormCategory("investment destination"))
}
