package textnorm

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// Stem returns the Snowball (Porter2) stem of a lower-case word. Stemming is
// the costliest step of building keys and a corpus repeats its vocabulary, so
// stems are memoised across the run (safe for concurrent use), up to
// maxStems words.
func Stem(w string) string {
	if s, ok := stems.Load(w); ok {
		return s.(string)
	}
	s := english.Stem(w, false)
	if stemCount.Add(1) <= maxStems {
		stems.Store(strings.Clone(w), s) // a copy: w may pin a whole document
	}
	return s
}

var (
	stems     sync.Map
	stemCount atomic.Int64
)

const maxStems = 200_000
