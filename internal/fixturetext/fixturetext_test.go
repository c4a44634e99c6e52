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

func TestSentences(t *testing.T) {
	sents, toks, n := Sentences(t, "../..", 1<<16)
	require.Len(t, toks, len(sents))
	assert.GreaterOrEqual(t, n, int64(1<<16))
	var total int64
	for i, s := range sents {
		total += int64(len(s))
		assert.NotEmpty(t, toks[i], "%q has tokens", s)
	}
	assert.Equal(t, n, total)
}
