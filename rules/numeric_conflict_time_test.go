package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
)

func TestNamesTime(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"The second-quarter results showed revenue of $412 million.", "$412 million", true},
		{"Revenue was $412 million, against $298 million in the first quarter of 2025.", "$412 million", false},
		{"Revenue was $412 million, up from $298 million a year earlier.", "$412 million", false},
		{"Revenue was $412 million.", "$412 million", false},
		// "\u212a" (the Kelvin sign, three bytes) lowers to "k" (one): a cut
		// taken in the original must not land in the lowered copy.
		{strings.Repeat("\u212a", 12) + " revenue was $412 million, against $298 million in the first quarter.", "$412 million", false},
	} {
		d := &claims.Document{Path: "a.txt", Raw: c.text, Text: c.text}
		i := strings.Index(c.text, c.figure)
		f := &claims.Fact{Kind: claims.KindQuantity, Doc: d, Span: claims.Span{Start: i, End: i + len(c.figure)},
			Sentence: claims.Span{Start: 0, End: len(c.text)}}
		assert.Equal(t, c.want, namesTime(f), c.text)
	}
}
