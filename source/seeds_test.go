package source

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedsDir holds the project's real seed articles, when the shared folder is there.
const seedsDir = "../../shared/seeds"

func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skip("no seed articles here")
	}
	docs, errs := Load([]string{seedsDir}, Options{})
	require.Empty(t, errs)
	byPrefix := map[string]*claims.Document{}
	for _, d := range docs {
		byPrefix[filepath.Base(d.Path)[:3]] = d
	}
	tests := []struct {
		seed      string
		published time.Time
		skipped   [][2]int // inclusive line ranges whose non-blank lines are all skipped
		kept      []int    // article lines
	}{
		{"000", day(2025, 11, 26), [][2]int{{55, 83}}, []int{3, 7, 17, 20, 51, 53}},
		{"001", day(2025, 11, 25), [][2]int{{5, 6}, {16, 17}, {47, 95}}, []int{1, 3, 8, 10, 12, 25, 43, 45}},
		{"002", day(2025, 11, 25), [][2]int{{4, 5}, {116, 121}}, []int{1, 3, 13, 19, 112, 114}},
		{"003", day(2023, 11, 7), [][2]int{{12, 13}, {58, 68}}, []int{1, 3, 4, 15, 21, 41, 45, 56}},
		{"004", day(2025, 4, 28), [][2]int{{11, 11}, {13, 13}}, []int{1, 3, 9, 12, 14, 25}},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			doc := byPrefix[tt.seed]
			require.NotNil(t, doc)
			assert.Equal(t, tt.published, doc.Meta.Published)
			assert.Equal(t, "manifest", doc.Meta.DateFrom)
			for _, r := range tt.skipped {
				for n := r[0]; n <= r[1]; n++ {
					if st := lineState(doc, n); st != "blank" {
						assert.Equal(t, "skip", st, "line %d", n)
					}
				}
			}
			for _, n := range tt.kept {
				assert.Equal(t, "text", lineState(doc, n), "line %d", n)
			}
		})
	}
}
