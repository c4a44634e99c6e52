package rank

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNormCategory(t *testing.T) {
	tests := []struct{ in, want string }{
		{"investor", "investment"},
		{"tenant", "customer"},
		{"division", "segment"},
		{"mobile clients", "mobile customer"},
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
		{"DRAM maker", "dram"},
		{"maker of DRAM chips", "dram"},
		{"DRAM chip maker", "dram"},
		{"chipmaker", "chip"},
		{"maker of chips", "chip"},
		{"carmaker", "car"},
		{"maker", "maker"},
		{"rice exporter", "rice export"},
		{"exporter of rice", "rice export"},
		{"memory chips", "memory"},
		{"life insurance company", "life insurance"},
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
		{"DRAM maker", "maker of DRAM chips"},
		{"independent wind turbine blade producer", "independent maker of wind turbine blades"},
		{"listed gold miner", "listed miner of gold"},
		{"DRAM producer", "manufacturer of DRAM"},
		{"chipmaker", "maker of chips"},
		{"chip maker", "chipmaker"},
		{"rice exporter", "exporter of rice"},
		{"shipbuilder", "builder of ships"},
		{"domestic carrier", "domestic airline"},
		{"grocery retailer", "grocer"},
		{"supermarket chain", "grocer"},
		{"container port operator", "container terminal operator"},
		{"lender", "bank"},
		{"automaker", "carmaker"},
		{"auto maker", "maker of cars"},
		{"listed planter", "listed plantation group"},
	}
	for _, p := range pairs {
		t.Run(p[0]+"/"+p[1], func(t *testing.T) {
			assert.Equal(t, NormCategory(p[0]), NormCategory(p[1]))
		})
	}
	assert.NotEqual(t, NormCategory("investor"), NormCategory("investment destination"))
	// Look-alikes that must stay apart.
	for _, p := range [][2]string{
		{"DRAM maker", "NAND maker"},
		{"DRAM maker", "chipmaker"},
		{"carmaker", "chipmaker"},
		{"rice exporter", "rice importer"},
		{"domestic airline", "international airline"},
		{"grocer", "clothing retailer"},
		{"maker of DRAM chips", "buyer of DRAM chips"},
		{"steel maker", "steel market"},
	} {
		t.Run("apart "+p[0]+"/"+p[1], func(t *testing.T) {
			assert.NotEqual(t, NormCategory(p[0]), NormCategory(p[1]))
		})
	}
}

// TestNormCategoryFastPath checks that the ASCII fast path answers as the
// general one on the categories and on random phrases of lexicon, stop, "of",
// compound and plural words.
func TestNormCategoryFastPath(t *testing.T) {
	vocab := []string{
		"of", "the", "and", "Investors", "trading", "partner", "partners", "labour", "ODA",
		"development", "assistance", "official", "foreign", "direct", "investment", "chipmaker",
		"carmakers", "shipbuilder", "maker", "chips", "goods", "economies", "centres", "business",
		"status", "taxes", "3rd", "x", "ab", "FDI", "source", "life", "insurers", ",", "-", "  ",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(8); k > 0; k-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteString([]string{" ", "  ", "-", " of "}[r.IntN(4)])
		}
		in := b.String()
		if got, ok := normASCII(in); ok {
			require.Equal(t, normSlow(in), got, "%q", in)
		}
	}
}
