package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// TestArithmeticFramed runs extraction and the rule on breakdowns a sentence
// frames as the parts of one total, each shape with look-alikes that must stay
// silent.
func TestArithmeticFramed(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // a substring of the one finding; "" for none
	}{
		{"colon after a clause, predicate applies to the parts",
			"So far, nearly 7,000 nurses have completed the course: 4,100 nurses in city hospitals and 3,200 nurses in rural clinics.",
			`its parts "4,100 nurses in city hospitals" + "3,200 nurses in rural clinics"`},
		{"colon after a clause, parts that add up",
			"So far, 7,300 nurses have completed the course: 4,100 nurses in city hospitals and 3,200 nurses in rural clinics.", ""},
		{"colon after a clause, parts of another total",
			"So far, 7,000 certificates were printed: 4,100 nurses in city hospitals and 3,200 nurses in rural clinics.", ""},
		{"colon after a clause, selection",
			"So far, 9,000 nurses have completed the course, such as: 4,100 nurses in city hospitals and 3,200 nurses in rural clinics.", ""},
		{"N of the M: the parts add to N",
			"The bloc won 47 of the 90 seats: 30 for the Centre Party and 15 for the Greens.",
			`"47 of the 90 seats" is 47 but its parts "30 for the Centre Party" + "15 for the Greens"`},
		{"N of the M: parts that add to N",
			"The bloc won 45 of the 90 seats: 30 for the Centre Party and 15 for the Greens.", ""},
		{"noun phrase and colon: parts of other nouns",
			"The trial enrolled 2,600 patients: 1,500 smokers and 1,200 non-smokers.",
			`"2,600 patients" is 2,600 but its parts "1,500 smokers" + "1,200 non-smokers" (a.txt:1) add up to 2,700, which exceed it`},
		{"noun phrase and colon: parts that add up",
			"The trial enrolled 2,700 patients: 1,500 smokers and 1,200 non-smokers.", ""},
		{"noun phrase and colon: a selection",
			"The trial enrolled 2,600 patients: among them 1,500 smokers and 1,200 diabetics.", ""},
		{"Of the X, gapped labels",
			"Of the bank's USD 2.40 billion in lending, homes accounted for USD 1.30 billion, firms for USD 0.90 billion and cars for USD 0.30 billion.",
			`add up to 2,500,000,000, which exceed it`},
		{"Of the X, parts that add up",
			"Of the bank's USD 2.50 billion in lending, homes accounted for USD 1.30 billion, firms for USD 0.90 billion and cars for USD 0.30 billion.", ""},
		{"Of the X, a selection",
			"Of the bank's USD 2.40 billion in lending, sectors such as homes accounted for USD 1.30 billion, firms for USD 0.90 billion and cars for USD 0.30 billion.", ""},
		{"Of NOUN of X, the whole named before its amount",
			"Of total revenue of 9.6 billion baht in the first half, local patients generated 6.2 billion baht, foreign patients 2.1 billion baht and clinics 1.5 billion baht.",
			`add up to 9,800,000,000, which exceed it`},
		{"Of NOUN of X, parts that add up",
			"Of total revenue of 9.8 billion baht in the first half, local patients generated 6.2 billion baht, foreign patients 2.1 billion baht and clinics 1.5 billion baht.", ""},
		{"Of the X, verbs label the parts",
			"Of their 24 away games, the club won 11, drew 6 and lost 6.",
			`"Of their 24 away games" is 24 but its parts "the club won 11" + "drew 6" + "lost 6" (a.txt:1) add up to 23, which fall short of it`},
		{"Of the X, verbs that add up",
			"Of their 24 away games, the club won 11, drew 6 and lost 7.", ""},
		{"Of the X, the rest left unsaid",
			"Of their 48 games, the club won 11 and drew 6.", ""},
		{"a count inside a part's label is no part",
			"The agreements are worth a combined $1.45 billion: a $620 million logistics park near the port with Hanbit Logistics, a $380 million components plant with Daeyang, and five smaller deals in tourism worth $350 million together.",
			`add up to 1,350,000,000, which fall short of it`},
		{"a count inside a part's label, parts that add up",
			"The agreements are worth a combined $1.35 billion: a $620 million logistics park near the port with Hanbit Logistics, a $380 million components plant with Daeyang, and five smaller deals in tourism worth $350 million together.", ""},
		{"a count times a price is no part as written",
			"The prize fund of GH¢445,000 includes GH¢150,000 for first place, GH¢100,000 for second, GH¢75,000 for third, and six category prizes of GH¢20,000 each.", ""},
		{"a bracketed conversion between the total and its colon",
			"The council approved a package of 10 billion dong (about $394,000, at roughly 25,400 dong to the dollar): 5 billion dong for the victims' families, 3 billion dong for the injured and 1.5 billion dong for a temporary ferry.",
			`add up to 9,500,000,000, which fall short of it`},
		{"a bracketed conversion between the total and its colon, parts that add up",
			"The council approved a package of 9.5 billion dong (about $374,000, at roughly 25,400 dong to the dollar): 5 billion dong for the victims' families, 3 billion dong for the injured and 1.5 billion dong for a temporary ferry.", ""},
		{"an attribution between the total and its colon, long clauses",
			"All 940 hikers cut off by the storm are safe, park officials said: 510 were taken down the valley in army trucks, 260 were put up in huts and a chapel at Vella and Mont, and the remaining 120 were staying in their tents.",
			`add up to 890, which fall short of it`},
		{"an attribution between the total and its colon, parts that add up",
			"All 890 hikers cut off by the storm are safe, park officials said: 510 were taken down the valley in army trucks, 260 were put up in huts and a chapel at Vella and Mont, and the remaining 120 were staying in their tents.", ""},
		{"a clause with a number between the total and its colon",
			"All 940 hikers are safe, 12 officials said: 510 were taken down the valley in army trucks, 260 were put up in huts, and the remaining 120 were staying in their tents.", ""},
		{"models named with numbers are no amounts between the parts",
			"The airline flies 31 aircraft: 19 Airbus A220-300s, nine Embraer E190s and four ATR 72-600 turboprops.",
			`"31 aircraft" is 31 but its parts "19 Airbus A220-300s" + "nine Embraer E190s"`},
		{"models named with numbers, parts that add up",
			"The airline flies 32 aircraft: 19 Airbus A220-300s, nine Embraer E190s and four ATR 72-600 turboprops.", ""},
		{"months listed, then their total",
			"The carrier flew 2.12 million passengers in January, 1.97 million in February, 2.31 million in March and 2.46 million in April, a total of 8.96 million in the first four months.",
			`add up to 8,860,000, which fall short of it`},
		{"months listed, then a total that holds",
			"The carrier flew 2.12 million passengers in January, 1.97 million in February, 2.31 million in March and 2.46 million in April, a total of 8.86 million in the first four months.", ""},
		{"a comparison is no item",
			"The trial enrolled 2,600 patients: 1,500 this year, up from 1,200.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "2025-06-02", tt.text+"\n")
			got := messages(Run(claims.NewIndex([]*claims.Document{d}, claims.Extract(d)), []*Rule{Arithmetic()}, Settings{}))
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Contains(t, got[0], tt.want)
		})
	}
}

func TestListJoint(t *testing.T) {
	tests := []struct{ between, want string }{
		{" women and ", "and"},
		{", drew ", ","},
		{", smartphone memory for ", ","},
		{" for Civic Renewal and ", "and"},
		{" and ", "and"},
		{", up from ", ""},
		{" or ", ""},
		{" in May. In June ", ""},
		{"; ", ""},
		{" in the first half and a further ", "and"},
		{" of them went to the three biggest cities in the north and ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.between, func(t *testing.T) {
			text := "1" + tt.between + "2"
			assert.Equal(t, tt.want, listJoint(text, 1, 1+len(tt.between)))
		})
	}
	assert.Equal(t, "", listJoint("short", 3, 1), "reversed bounds")
	assert.Equal(t, "", listJoint("short", 0, 99), "bounds past the text")
}

func TestOfFrameLead(t *testing.T) {
	tests := []struct {
		lead string
		want bool
	}{
		{"Of the ", true}, {"Of their ", true}, {"Of the quarter's ", true}, {"Out of all the ", true},
		{"Of ", true}, {"In the ", false}, {"Of the estimated ", false}, {"", false},
		{"Of the the the the the ", false},
	}
	for _, tt := range tests {
		t.Run(tt.lead, func(t *testing.T) {
			assert.Equal(t, tt.want, ofFrameLead(tt.lead))
		})
	}
}

func TestFramedKeys(t *testing.T) {
	t.Run("splitPredicate", func(t *testing.T) {
		for _, tt := range []struct{ key, measure, pred string }{
			{"children =receiv", "children", "=receiv"}, {"children in urban", "children in urban", ""},
			{"=won", "", "=won"}, {"", "", ""},
		} {
			m, p := splitPredicate(tt.key)
			assert.Equal(t, tt.measure, m, tt.key)
			assert.Equal(t, tt.pred, p, tt.key)
		}
	})
	t.Run("nounPhraseOf", func(t *testing.T) {
		assert.True(t, nounPhraseOf(" adults", "adult =number"))
		assert.True(t, nounPhraseOf(" seats in parliament", "seat in parliament"))
		assert.True(t, nounPhraseOf("", "revenu usd"))
		assert.False(t, nounPhraseOf(" doses were given", "dose =given"))
	})
	t.Run("nearMiss", func(t *testing.T) {
		assert.True(t, nearMiss(quantity.Interval{Lo: 36, Hi: 36}, quantity.Interval{Lo: 38, Hi: 38}, 2))
		assert.False(t, nearMiss(quantity.Interval{Lo: 17, Hi: 17}, quantity.Interval{Lo: 48, Hi: 48}, 3))
		assert.False(t, nearMiss(quantity.Interval{}, quantity.Interval{}, 3))
		assert.True(t, nearMiss(quantity.Interval{Lo: 8, Hi: 8}, quantity.Interval{Lo: 9, Hi: 9}, 3), "a small total missed by one in three parts")
		assert.False(t, nearMiss(quantity.Interval{Lo: 8, Hi: 8}, quantity.Interval{Lo: 9, Hi: 9}, 2), "two parts may leave the last to the next clause")
	})
}

// FuzzArithmeticFramed runs extraction and the rule over arbitrary text: no
// internal error (a recovered panic), every finding names its claims, runs are
// deterministic.
func FuzzArithmeticFramed(f *testing.F) {
	f.Add("The trial enrolled 2,600 patients: 1,500 smokers and 1,200 non-smokers.")
	f.Add("The bloc won 47 of the 90 seats: 30 for the Centre Party and 15 for the Greens.")
	f.Add("Of their 24 away games, the club won 11, drew 6 and lost 6.")
	f.Add("Of the bank's USD 2.40 billion in lending, homes accounted for USD 1.30 billion, firms for USD 0.90 billion and cars for USD 0.30 billion.")
	f.Add("So far, nearly 7,000 nurses have completed the course: 4,100 nurses in city hospitals and 3,200 nurses in rural clinics.")
	f.Add("Of the: 1, 2 and 3:")
	f.Fuzz(func(t *testing.T, text string) {
		run := func() []string {
			d := &claims.Document{Path: "a.txt", Raw: text, Text: text}
			got := Run(claims.NewIndex([]*claims.Document{d}, claims.Extract(d)), []*Rule{Arithmetic()}, Settings{})
			for _, fd := range got {
				if len(fd.Claims) == 0 {
					t.Fatalf("finding without claims: %s", fd.Message)
				}
			}
			return messages(got)
		}
		assert.Equal(t, run(), run())
	})
}
