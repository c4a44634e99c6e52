package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// TestRulesMeta checks what every rule owes its users: a stable ID, a title fit
// for a table, documentation with examples, a severity and test data.
func TestRulesMeta(t *testing.T) {
	rs := All()
	require.NotEmpty(t, rs)
	seen := map[string]bool{}
	for _, r := range rs {
		require.NotNil(t, r)
		t.Run(r.ID, func(t *testing.T) {
			assert.Regexp(t, kebab, r.ID, "ID is kebab-case")
			assert.False(t, seen[r.ID], "ID is unique")
			seen[r.ID] = true
			assert.NotEmpty(t, r.Title)
			assert.Equal(t, strings.ToLower(r.Title), r.Title, "title is lowercase")
			assert.LessOrEqual(t, len([]rune(r.Title)), 60, "title is at most 60 characters")
			assert.False(t, strings.HasSuffix(r.Title, "."), "title has no period")
			assert.Contains(t, r.Doc, "Bad:", "doc has a bad example")
			assert.Contains(t, r.Doc, "Good:", "doc has a good example")
			assert.Contains(t, r.Doc, "\n\n", "doc has paragraphs")
			assert.Contains(t, []Severity{Info, Warning, Error}, r.Severity, "default severity")
			assert.NotNil(t, r.Run)
			st, err := os.Stat(filepath.Join("testdata", r.ID))
			if assert.NoError(t, err, "testdata/%s exists", r.ID) {
				assert.True(t, st.IsDir())
			}
		})
	}
}

// TestTestdataHasRule keeps test data from outliving its rule.
func TestTestdataHasRule(t *testing.T) {
	ents, err := os.ReadDir("testdata")
	require.NoError(t, err)
	for _, e := range ents {
		if e.IsDir() && e.Name() != "fuzz" { // the fuzz seed corpus
			assert.NotNil(t, ByID(e.Name()), "testdata/%s has no rule in All()", e.Name())
		}
	}
}
