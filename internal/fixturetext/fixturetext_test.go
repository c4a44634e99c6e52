package fixturetext

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestArticles(t *testing.T) {
	arts := Articles(t, "../..")
	require.NotEmpty(t, arts)
	for _, a := range arts {
		assert.NotContains(t, a, "\r\n")
		assert.False(t, strings.HasPrefix(a, "# fixtures/"), "an answer key was loaded")
	}
}
