package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNamedLists(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string   // the Name, "" for no list
		members []string // the member texts
	}{
		{"principles of", "Ties grow under the principles of candour, warmth, trust, results, and shared gain.",
			"principles", []string{"candour", "warmth", "trust", "results", "shared gain"}},
		{"guiding spirit with trailing slash", "It follows the guiding spirit of candour, warmth, trust, substance and shared gains./.",
			"guiding spirit", []string{"candour", "warmth", "trust", "substance", "shared gains"}},
		{"three pillars of", "The plan has three pillars of open data, fair rules and smart ports.",
			"three pillars", []string{"open data", "fair rules", "smart ports"}},
		{"pillars colon", "It rests on three sturdy pillars: open data, fair rules, and smart ports. More follows.",
			"three sturdy pillars", []string{"open data", "fair rules", "smart ports"}},
		{"spirit in quotes", "He cited the shared spirit of “unity for strength, work for gain, and talks for trust.”",
			"shared spirit", []string{"unity for strength", "work for gain", "talks for trust"}},
		{"priorities colon", "Their priorities: roads, schools, clinics and parks.",
			"priorities", []string{"roads", "schools", "clinics", "parks"}},
		{"quoted title then colon", "It follows the principle of “three shares”: sharing risk; sharing work; and sharing gains.",
			"principle", []string{"sharing risk", "sharing work", "sharing gains"}},
		{"built on", "Relations are built on candour, warmth, trust and shared gain.",
			"built on", []string{"candour", "warmth", "trust", "shared gain"}},
		{"headline with speaker", "Ties built on candour, warmth, trust and shared gain: PM\n\nThe premier spoke.",
			"built on", []string{"candour", "warmth", "trust", "shared gain"}},
		{"headline without cue", "Candour, warmth, trust and gain: Minister\nBody text.",
			"headline", []string{"Candour", "warmth", "trust", "gain"}},
		{"list ends at final conjunct", "In the spirit of candour, warmth and trust, the two sides signed.",
			"spirit", []string{"candour", "warmth", "trust"}},
		{"values with diacritics", "They cited the core values of Hà Nội, Huế and Đà Nẵng.",
			"core values", []string{"Hà Nội", "Huế", "Đà Nẵng"}},
		{"last member cut at a trailing phrase", "The drive followed the principles of speed, fairness and openness from its first week.",
			"principles", []string{"speed", "fairness", "openness"}},
		{"last member cut at a year", "It kept the values of thrift, care and order since 1990.",
			"values", []string{"thrift", "care", "order"}},
		{"last member cut at a clause", "They cited the principles of trust, respect and care when the talks began.",
			"principles", []string{"trust", "respect", "care"}},
		{"preposition with a bare noun stays", "It holds the values of work for gain, trust for trust, and talks for peace.",
			"values", []string{"work for gain", "trust for trust", "talks for peace"}},

		// Look-alikes.
		{"two members only", "The principles of trust and respect apply.", "", nil},
		{"two members after a plural name", "Listo will keep what she called the principles of privacy and openness.",
			"principles", []string{"privacy", "openness"}},
		{"two members after a singular name", "The spirit of trust and respect applies.", "", nil},
		{"two members after a basis verb", "Ties are built on trust and respect.", "", nil},
		{"a basis verb before a year dates, it names no list", "Founded in 1987, the company runs four plants, in General Santos, Polomolok, Zamboanga City and Bitung, Indonesia.", "", nil},
		{"one of the pillars", "As one of the pillars of diplomacy, towns, cities and provinces matter.", "", nil},
		{"clause after list", "A pillar of trade, towns and cities are where deals happen.", "", nil},
		{"semicolon item", "It proposed: trade as the main pillar of the partnership; training staff; sharing ideas.", "", nil},
		{"caption", "Seoul, the Republic of Korea, on August 13, 2020. (Photo: Agency)", "", nil},
		{"long members are prose", "The principles of a very long clause that runs on and on without end, another, more.", "", nil},
		{"no name noun", "We met Ann, Bob, Carl and Dee.", "", nil},
		{"principle without list", "In principle, the deal holds.", "", nil},
		{"empty", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NamedLists(tc.in)
			if tc.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1, "lists: %+v", got)
			assert.Equal(t, tc.want, got[0].Name)
			var ms []string
			for _, m := range got[0].Members {
				ms = append(ms, tc.in[m.Start:m.End])
				assert.Equal(t, tc.in[m.Start:m.End], m.Label)
			}
			assert.Equal(t, tc.members, ms)
		})
	}
}

func TestNormMember(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mutual benefits", "mutual benefit"},
		{"Mutual Benefit", "mutual benefit"},
		{"“sincerity”", "sincerity"},
		{"trust.", "trust"},
		{"Labour cooperation", "labor cooperation"},
		{"Đà Nẵng", "da nang"},
		{"priorities", "priority"},
		{"business", "business"},
		{"the effectiveness", "effectiveness"},
		{"and substance", "substance"},
		{"people-to-people exchanges", "people to people exchange"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, NormMember(tc.in))
		})
	}
}

// TestScanShared checks that one shared Scan finds what the two functions find
// alone, on a document with both kinds, blank-line blocks and capitals.
func TestScanShared(t *testing.T) {
	tests := []struct{ name, in string }{
		{"both kinds in separate paragraphs",
			"THE MINISTER Outlined Three Priorities:\n\n1. Ports: more berths.\n2. Rail: faster freight.\n3. Roads: fewer gaps.\n\n" +
				"Ties rest on the Principles of candour, warmth, trust and shared gain.\n"},
		{"headline list", "Candour, warmth, trust and gain: Minister\n\nShe named two goals: growth and jobs.\n"},
		{"empty", ""},
		{"blank lines only", "\n\n \n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Scan(tc.in)
			require.NotNil(t, d)
			assert.Equal(t, Announcements(tc.in), d.Announcements())
			assert.Equal(t, NamedLists(tc.in), d.NamedLists())
		})
	}
	d := Scan(tests[0].in)
	require.Len(t, d.Announcements(), 1)
	assert.Equal(t, 3, d.Announcements()[0].Count)
	require.Len(t, d.NamedLists(), 1)
	assert.Len(t, d.NamedLists()[0].Members, 4)
}
