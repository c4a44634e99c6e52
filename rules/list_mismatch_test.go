package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/enum"
)

func TestListMismatch(t *testing.T) {
	type side struct {
		text, phrase, name, speaker, subject string
		members                              []string
	}
	a5 := side{text: "He spoke under the principles of candour, warmth, trust, results and shared gain.\n",
		phrase: "principles of candour, warmth, trust, results and shared gain", name: "principles",
		members: []string{"candour", "warmth", "trust", "results", "shared gain"}}
	b6 := side{text: "Intro.\nIt matches the guiding spirit of candour, warmth, trust, substance, results and shared gains.\n",
		phrase: "guiding spirit of candour, warmth, trust, substance, results and shared gains", name: "guiding spirit",
		members: []string{"candour", "warmth", "trust", "substance", "results", "shared gains"}}
	tests := []struct {
		name string
		a, b side
		want []string // substrings of the messages, one per finding
	}{
		{name: "member missing", a: a5, b: b6,
			want: []string{`(a.txt:1) lacks "substance" given in "guiding spirit … substance …" (b.txt:2)`}},
		{name: "same members other order and inflection", a: a5, b: side{
			text: "They cited shared gains, trust, results, warmth and candour as the principles.\n", phrase: "shared gains, trust, results, warmth and candour",
			name: "principles", members: []string{"shared gains", "trust", "results", "warmth", "candour"}}},
		{name: "both lack something", a: a5, b: side{
			text: "the principles of candour, warmth, trust and openness\n", phrase: "principles of candour, warmth, trust and openness",
			name: "principles", members: []string{"candour", "warmth", "trust", "openness"}},
			want: []string{`lacks "openness" given in "principles of candour, warmth, trust and openness" (b.txt:1), which lacks "results" and "shared gain" in turn`}},
		{name: "a long wording the other only adds to is one member", a: side{
			text:   "the deals of a biodiesel refinery in Dung Quat, a palm oil contract, a recycling centre and a precursor plant\n",
			phrase: "deals of a biodiesel refinery in Dung Quat, a palm oil contract, a recycling centre and a precursor plant", name: "deals",
			members: []string{"a biodiesel refinery in Dung Quat", "a palm oil contract", "a recycling centre", "a precursor plant"}}, b: side{
			text:   "the deals of a biodiesel refinery in the Dung Quat economic zone, a palm oil contract, a recycling centre and a precursor plant\n",
			phrase: "deals of a biodiesel refinery in the Dung Quat economic zone, a palm oil contract, a recycling centre and a precursor plant", name: "deals",
			members: []string{"a biodiesel refinery in the Dung Quat economic zone", "a palm oil contract", "a recycling centre", "a precursor plant"}}},
		{name: "different speakers' own lists", a: withSpeaker(a5, "Minister Tran Van An"), b: withSpeaker(b6, "Governor Sato Kenji")},
		{name: "same speaker", a: withSpeaker(a5, "Minister Tran Van An"), b: withSpeaker(b6, "Minister An"),
			want: []string{`lacks "substance"`}},
		{name: "different subjects", a: withSubject(a5, "port"), b: withSubject(b6, "railway")},
		{name: "low overlap with different names", a: a5, b: side{
			text: "the three pillars of trust, warmth, roads, ports and power\n", phrase: "three pillars of trust, warmth, roads, ports and power",
			name: "three pillars", members: []string{"trust", "warmth", "roads", "ports", "power"}}},
		{name: "same name but unrelated members", a: a5, b: side{
			text: "the principles of sovereignty, equality and law\n", phrase: "principles of sovereignty, equality and law",
			name: "principles", members: []string{"sovereignty", "equality", "law"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			da := testDoc(t, "a.txt", "2025-01-02", tt.a.text)
			db := testDoc(t, "b.txt", "2025-01-03", tt.b.text)
			fa, fb := listFact(t, da, tt.a.phrase, tt.a.name, tt.a.speaker, tt.a.subject, tt.a.members), listFact(t, db, tt.b.phrase, tt.b.name, tt.b.speaker, tt.b.subject, tt.b.members)
			got := runRule(ListMismatch(), []*claims.Document{da, db}, fa, fb)
			require.Len(t, got, len(tt.want), "findings: %+v", got)
			for i, w := range tt.want {
				assert.Contains(t, got[i].Message, w)
				assert.Equal(t, "list-mismatch", got[i].Rule)
				assert.Len(t, got[i].Claims, 2)
			}
		})
	}
}

func withSpeaker(s struct {
	text, phrase, name, speaker, subject string
	members                              []string
}, sp string) struct {
	text, phrase, name, speaker, subject string
	members                              []string
} {
	s.speaker = sp
	return s
}

func withSubject(s struct {
	text, phrase, name, speaker, subject string
	members                              []string
}, sub string) struct {
	text, phrase, name, speaker, subject string
	members                              []string
} {
	s.subject = sub
	return s
}

func listFact(t *testing.T, d *claims.Document, phrase, name, speaker, subject string, members []string) *claims.Fact {
	t.Helper()
	f := factAt(t, d, claims.KindNamedList, phrase)
	f.Speaker, f.Subject = speaker, subject
	f.List = &enum.NamedList{Start: f.Span.Start, End: f.Span.End, Name: name, Members: items(t, d, members...)}
	return f
}

// TestListMismatchThreeSources checks every pair is judged on its own: reporting
// one pair must not change the lists the next pairs compare.
func TestListMismatchThreeSources(t *testing.T) {
	da := testDoc(t, "a.txt", "", "the principles of candour, warmth, trust, results and shared gain\n")
	db := testDoc(t, "b.txt", "", "the principles of candour, warmth, trust and shared gain\n")
	dc := testDoc(t, "c.txt", "", "the principles of candour, warmth, trust, substance, results and shared gain\n")
	fa := listFact(t, da, "principles of candour, warmth, trust, results and shared gain", "principles", "", "", []string{"candour", "warmth", "trust", "results", "shared gain"})
	fb := listFact(t, db, "principles of candour, warmth, trust and shared gain", "principles", "", "", []string{"candour", "warmth", "trust", "shared gain"})
	fc := listFact(t, dc, "principles of candour, warmth, trust, substance, results and shared gain", "principles", "", "", []string{"candour", "warmth", "trust", "substance", "results", "shared gain"})
	got := runRule(ListMismatch(), []*claims.Document{da, db, dc}, fa, fb, fc)
	require.Len(t, got, 3)
	assert.Contains(t, got[0].Message, `(b.txt:1) lacks "results" given in`)
	assert.Contains(t, got[1].Message, `(a.txt:1) lacks "substance" given in`)
	assert.Contains(t, got[2].Message, `(b.txt:1) lacks "substance" and "results" given in`)
}

func TestPersonHead(t *testing.T) {
	for in, want := range map[string]string{
		"Park Ji-hoon, vice chairman of Samsung Electronics": "Park Ji-hoon",
		"Park Ji-hoon of Samsung Electronics":                "Park Ji-hoon",
		"the Ministry of Finance":                            "the Ministry of Finance",
		"Bank of Korea, the central bank":                    "Bank of Korea, the central bank",
		"renewable energy":                                   "renewable energy",
		"Đỗ Thu Hà, a deputy from Cần Thơ":                   "Đỗ Thu Hà",
	} {
		assert.Equal(t, want, personHead(in), in)
	}
}
