package rules

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMeasureCodes checks that every unit word perMeasureRe can match has a
// parser unit, so no matched price goes unchecked.
func TestMeasureCodes(t *testing.T) {
	words := regexp.MustCompile(`\(([a-z\\s+|]+)\)\\b`).FindStringSubmatch(perMeasureRe.String())
	if !assert.NotNil(t, words, "unit alternatives of %s", perMeasureRe) {
		return
	}
	for _, w := range strings.Split(words[1], "|") {
		w = strings.ReplaceAll(w, `\s+`, " ")
		assert.NotEmpty(t, measureCodes[w], "unit word %q", w)
	}
}
