package rank

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpeakerRank pins rank phrases that are the subject of a speech verb:
// they name who spoke, so they never rank a noun earlier in the sentence.
func TestSpeakerRank(t *testing.T) {
	tests := []struct {
		name, in      string
		text, subject string
		cats          []string
	}{
		{"speaker after a figure: no subject",
			"Revenue came to USD 4.8 billion, the world's second-largest DRAM maker said.",
			"the world's second-largest DRAM maker", "", []string{"dram"}},
		{"speaker with auxiliary and adverb",
			"Output fell 3%, the country's largest carmaker has also said.",
			"the country's largest carmaker", "", []string{"car"}},
		{"speaker with time after the verb",
			"Sales doubled, the third-largest rice exporter said on Tuesday.",
			"the third-largest rice exporter", "", []string{"rice export"}},
		{"name in apposition is the speaker",
			"Hanbit, the world's second-largest DRAM maker said on Monday.",
			"the world's second-largest DRAM maker", "Hanbit", []string{"dram"}},
		{"a preposition's object is no speaker",
			"Revenue came to USD 4.8 billion in the three months to September, the world's second-largest DRAM maker said.",
			"the world's second-largest DRAM maker", "", []string{"dram"}},
		{"opener is no name",
			"The world's largest chipmaker has said demand will recover.",
			"The world's largest chipmaker", "", []string{"chip"}},
		// Look-alikes: the rank phrase is not who spoke.
		{"appositive then verb keeps its subject",
			"Hanbit, the world's second-largest DRAM maker, said revenue rose.",
			"the world's second-largest DRAM maker", "Hanbit", []string{"dram"}},
		{"copula predicate then attribution",
			"Korvia is the third-largest investor, the ministry said.",
			"the third-largest investor", "Korvia", []string{"investment"}},
		{"predicate of the company",
			"The company is now the world's third-largest maker of DRAM chips.",
			"the world's third-largest maker of DRAM chips", "The company", []string{"dram"}},
		{"said as an adjective elsewhere",
			"Aldoria remains the largest investor, officials said.",
			"the largest investor", "Aldoria", []string{"investment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parse(tc.in)
			require.Len(t, got, 1)
			r := got[0]
			assert.Equal(t, tc.text, tc.in[r.Start:r.End])
			assert.Equal(t, tc.subject, r.Subject)
			assert.Equal(t, tc.cats, r.Categories)
			if r.Subject == "" {
				assert.Equal(t, -1, r.SubjectStart)
			} else {
				assert.Equal(t, tc.subject, tc.in[r.SubjectStart:r.SubjectEnd])
			}
		})
	}
}
