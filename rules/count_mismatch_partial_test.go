package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
)

// TestCountMismatchPartial passes partial lists as if extraction had counted them
// (Listed true): a hedged count or a selection word keeps the rule silent.
func TestCountMismatchPartial(t *testing.T) {
	tests := []struct {
		name, text, phrase string
		count              int
		labels             []string
		want               []string
	}{
		{"hedged count with including", "More than 30 investors attended, including 12 from Japan and 8 from Korea.\n",
			"30 investors", 30, []string{"12 from Japan", "8 from Korea"}, nil},
		{"hedge inside the phrase", "Nearly 40 firms signed up: Alpha, Beta and Gamma.\n",
			"Nearly 40 firms", 40, []string{"Alpha", "Beta", "Gamma"}, nil},
		{"hedge before the phrase", "The fair drew about 12 exhibitors: Alpha, Beta and Gamma.\n",
			"12 exhibitors", 12, []string{"Alpha", "Beta", "Gamma"}, nil},
		{"such as", "Five ministries took part, such as trade and finance.\n",
			"Five ministries", 5, []string{"trade", "finance"}, nil},
		{"exact count with a full list", "Four firms signed: Alpha, Beta and Gamma.\n",
			"Four firms", 4, []string{"Alpha", "Beta", "Gamma"},
			[]string{`"Four firms" announces 4 items but 3 are listed (line 1)`}},
		{"a hedge word far before the count", "Over the year, the board named four firms: Alpha, Beta and Gamma.\n",
			"four firms", 4, []string{"Alpha", "Beta", "Gamma"},
			[]string{`"four firms" announces 4 items but 3 are listed (line 1)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "", tt.text)
			f := countFact(t, d, tt.phrase, tt.count, true, tt.labels...)
			got := runOneRule(CountMismatch(), []*claims.Document{d}, f)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}
