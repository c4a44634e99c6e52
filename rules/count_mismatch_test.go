package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/enum"
)

const countText = `The minister named four priorities for the year:
1. Ports: more berths.
2. Rail: a new line.
3. Power: two plants.
Other news follows.
`

func countFact(t *testing.T, d *claims.Document, phrase string, count int, listed bool, labels ...string) *claims.Fact {
	t.Helper()
	sp := spanOf(t, d, phrase)
	a := &enum.Announcement{Start: sp.Start, End: sp.End, Count: count, Listed: listed}
	for _, l := range labels {
		is := spanOf(t, d, l)
		a.Items = append(a.Items, enum.Item{Start: is.Start, End: is.End, Label: l})
	}
	return &claims.Fact{Kind: claims.KindCount, Doc: d, Span: sp, Sentence: sentenceOf(d, sp), Announcement: a}
}

func TestCountMismatch(t *testing.T) {
	tests := []struct {
		name   string
		count  int
		listed bool
		labels []string
		want   []string
	}{
		{"one item short", 4, true, []string{"1. Ports", "2. Rail", "3. Power: two plants."},
			[]string{`"four priorities" announces 4 items but 3 are listed (lines 2–4)`}},
		{"one item too many", 2, true, []string{"1. Ports", "2. Rail", "3. Power"},
			[]string{`"four priorities" announces 2 items but 3 are listed (lines 2–4)`}},
		{"single item listed", 4, true, []string{"1. Ports"},
			[]string{`"four priorities" announces 4 items but 1 is listed (line 2)`}},
		{"as many as announced", 3, true, []string{"1. Ports", "2. Rail", "3. Power"}, nil},
		{"no list follows", 4, false, nil, nil},
		{"no count", 0, true, []string{"1. Ports"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "", countText)
			f := countFact(t, d, "four priorities", tt.count, tt.listed, tt.labels...)
			got := runOneRule(CountMismatch(), []*claims.Document{d}, f)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
			for _, fd := range got {
				assert.Equal(t, Error, fd.Severity)
				require.NotEmpty(t, fd.Claims)
				assert.Equal(t, 1, fd.Claims[0].Line)
				assert.Equal(t, "four priorities", fd.Claims[0].Text)
			}
		})
	}
}

// nilIfEmpty makes "no findings" compare equal to a nil want.
func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestCountedItems(t *testing.T) {
	item := func(labels ...string) []enum.Item {
		var out []enum.Item
		for _, l := range labels {
			out = append(out, enum.Item{Label: l})
		}
		return out
	}
	for _, c := range []struct {
		items []string
		n     int
		ok    bool
	}{
		{[]string{"two cargo trucks", "a minibus", "three cars"}, 6, true},
		{[]string{"the driver of train 986", "his assistant", "two signal operators"}, 4, true},
		{[]string{"46 passengers", "the driver", "his helper"}, 48, true},
		{[]string{"his assistant", "her deputy"}, 2, false}, // no item counts more than one
		{[]string{"Rattana Hua Hin", "two clinics"}, 0, false},
	} {
		n, ok := countedItems(item(c.items...))
		assert.Equal(t, c.ok, ok, "%v", c.items)
		if c.ok {
			assert.Equal(t, c.n, n, "%v", c.items)
		}
	}
}
