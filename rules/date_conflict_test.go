package rules

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/dates"
)

// dt describes one date fact for the tests: phrase within text, and the date.
type dt struct {
	text, phrase       string
	from, to           string // YYYY-MM-DD, "" for unresolved
	gran               dates.Granularity
	relative           bool
	ann, ago           int
	weekday            *time.Weekday
	deadline, duration bool
}

func dcDay(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	tm, err := time.Parse("2006-01-02", s)
	require.NoError(t, err)
	return tm
}

func dcFact(t *testing.T, d *claims.Document, x dt) *claims.Fact {
	t.Helper()
	f := factAt(t, d, claims.KindDate, x.phrase)
	from, to := dcDay(t, x.from), dcDay(t, x.to)
	f.Date = &dates.Date{Start: f.Span.Start, End: f.Span.End, From: from, To: to, Granularity: x.gran,
		Resolved: !from.IsZero(), Relative: x.relative, Anniversary: x.ann, YearsAgo: x.ago, Weekday: x.weekday,
		Deadline: x.deadline, Duration: x.duration}
	return f
}

func TestDateConflict(t *testing.T) {
	tue := time.Tuesday
	mon := time.Monday
	tests := []struct {
		name       string
		pubA, pubB string
		a, b       dt
		want       string
		sev        Severity
	}{
		{name: "weekday mismatch", pubA: "2025-04-28", pubB: "2025-04-28",
			a:    dt{text: "The talks took place on Tuesday, April 28, 2025 in Hanoi.", phrase: "Tuesday, April 28, 2025", from: "2025-04-28", to: "2025-04-29", gran: dates.Day, weekday: &tue},
			b:    dt{text: "Nothing here happened in 1990 at all.", phrase: "1990", from: "1990-01-01", to: "1991-01-01", gran: dates.Year},
			want: `"Tuesday, April 28, 2025" (a.txt:1): 28 April 2025 is a Monday, not a Tuesday`, sev: Error},
		{name: "weekday matches", pubA: "2025-04-28", pubB: "2025-04-28",
			a: dt{text: "The talks took place on Monday, April 28, 2025 in Hanoi.", phrase: "Monday, April 28, 2025", from: "2025-04-28", to: "2025-04-29", gran: dates.Day, weekday: &mon},
			b: dt{text: "Nothing here happened in 1990 at all.", phrase: "1990", from: "1990-01-01", to: "1991-01-01", gran: dates.Year}},
		{name: "years ago vs anniversary", pubA: "2025-11-25", pubB: "2023-11-07",
			a:    dt{text: "Since the establishment of diplomatic relations 50 years ago, ties have grown.", phrase: "50 years ago", ago: 50, relative: true, gran: dates.Year, from: "1975-01-01", to: "1976-01-01"},
			b:    dt{text: "The gala marked the 50th anniversary of diplomatic relations between the two nations.", phrase: "50th anniversary", ann: 50, gran: dates.Year},
			want: `"50 years ago" (a.txt:1, published 2025-11-25) dates "diplomatic relations" to 1975, but "50th anniversary" (b.txt:1, published 2023-11-07) dates it to 1973`, sev: Warning},
		{name: "years ago vs absolute year consistent", pubA: "2025-11-25", pubB: "2024-01-10",
			a: dt{text: "Since upgrading ties to a strategic partnership two years ago, trade has grown.", phrase: "two years ago", ago: 2, relative: true, gran: dates.Year, from: "2023-01-01", to: "2024-01-01"},
			b: dt{text: "Ties were upgraded to a strategic partnership in 2023, officials said.", phrase: "in 2023", gran: dates.Year, from: "2023-01-01", to: "2024-01-01"}},
		{name: "anniversary vs founding year consistent", pubA: "2024-03-01", pubB: "2020-01-10",
			a: dt{text: "The club celebrated the 30th anniversary of its founding in the old harbour.", phrase: "30th anniversary", ann: 30, gran: dates.Year},
			b: dt{text: "The harbour club was founded in 1994 by dock workers.", phrase: "in 1994", gran: dates.Year, from: "1994-01-01", to: "1995-01-01"}},
		{name: "anniversary vs founding year conflict", pubA: "2024-03-01", pubB: "2020-01-10",
			a:    dt{text: "The club celebrated the 30th anniversary of its founding in the old harbour.", phrase: "30th anniversary", ann: 30, gran: dates.Year},
			b:    dt{text: "The harbour club was founded in 1992 by dock workers.", phrase: "in 1992", gran: dates.Year, from: "1992-01-01", to: "1993-01-01"},
			want: `dates "club founding harbour" to 1994, but "in 1992" (b.txt:1, published 2020-01-10) dates it to 1992`, sev: Warning},
		{name: "upgrade and establishment are different starts", pubA: "2025-11-25", pubB: "2025-11-26",
			a: dt{text: "Since the establishment of diplomatic relations 50 years ago, ties have grown.", phrase: "50 years ago", ago: 50, relative: true, gran: dates.Year, from: "1975-01-01", to: "1976-01-01"},
			b: dt{text: "Since upgrading their diplomatic relations to a Comprehensive Strategic Partnership two years ago, trade grew.", phrase: "two years ago", ago: 2, relative: true, gran: dates.Year, from: "2023-01-01", to: "2024-01-01"}},
		{name: "founding in a relative clause vs anniversary", pubA: "2025-09-15", pubB: "2025-10-29",
			a:    dt{text: "The port, which was founded in 2005, opened six new shipping routes this year.", phrase: "2005", from: "2005-01-01", to: "2006-01-01", gran: dates.Year},
			b:    dt{text: "The project comes as the port marks the 15th anniversary of its founding this year.", phrase: "15th anniversary", ann: 15, gran: dates.Year},
			want: `dates "port founded" to 2005, but "15th anniversary" (b.txt:1, published 2025-10-29) dates it to 2010`, sev: Warning},
		{name: "an event named alike before its date", pubA: "2025-10-23", pubB: "2025-10-24",
			a:    dt{text: "The company will set out its strategy to 2030 at a capital markets day on November 18.", phrase: "November 18", from: "2025-11-18", to: "2025-11-19", gran: dates.Day},
			b:    dt{text: "The bigger decisions will wait for a capital markets day on November 25, when targets are due.", phrase: "November 25", from: "2025-11-25", to: "2025-11-26", gran: dates.Day},
			want: `"November 18" (a.txt:1, published 2025-10-23) dates "capital markets" to 18 November 2025, but "November 25" (b.txt:1, published 2025-10-24) dates it to 25 November 2025`, sev: Warning},
		{name: "one shared word before the date is no name", pubA: "2025-10-23", pubB: "2025-10-24",
			a: dt{text: "The company will hold a strategy day on November 18 in the capital.", phrase: "November 18", from: "2025-11-18", to: "2025-11-19", gran: dates.Day},
			b: dt{text: "Unions plan a protest day on November 25 across the country.", phrase: "November 25", from: "2025-11-25", to: "2025-11-26", gran: dates.Day}},
		{name: "last month vs october", pubA: "2025-12-10", pubB: "2025-12-11",
			a:    dt{text: "Last month, the city opened its new metro line to the airport.", phrase: "Last month", relative: true, gran: dates.Month, from: "2025-11-01", to: "2025-12-01"},
			b:    dt{text: "The new metro line to the airport opened in October, the operator said.", phrase: "in October", gran: dates.Month, from: "2025-10-01", to: "2025-11-01"},
			want: `"Last month" (a.txt:1, published 2025-12-10) dates "opened metro line airport" to November 2025, but "in October" (b.txt:1, published 2025-12-11) dates it to October 2025`, sev: Warning},
		{name: "last month vs november", pubA: "2025-12-10", pubB: "2025-12-11",
			a: dt{text: "Last month, the city opened its new metro line to the airport.", phrase: "Last month", relative: true, gran: dates.Month, from: "2025-11-01", to: "2025-12-01"},
			b: dt{text: "The new metro line to the airport opened in November, the operator said.", phrase: "in November", gran: dates.Month, from: "2025-11-01", to: "2025-12-01"}},
		{name: "day dates of one event", pubA: "2025-05-06", pubB: "2025-05-07",
			a:    dt{text: "The river summit opened in Can Tho on 3 May with ten delegations.", phrase: "on 3 May", gran: dates.Day, from: "2025-05-03", to: "2025-05-04"},
			b:    dt{text: "The river summit opened on 5 May in Can Tho with ten delegations.", phrase: "on 5 May", gran: dates.Day, from: "2025-05-05", to: "2025-05-06"},
			want: `dates "river summit opened Tho ten delegations" to 3 May 2025, but "on 5 May"`, sev: Warning},
		{name: "yearly event in another year", pubA: "2025-05-06", pubB: "2024-05-07",
			a: dt{text: "The river summit opened on 3 May with ten delegations.", phrase: "on 3 May", gran: dates.Day, from: "2025-05-03", to: "2025-05-04"},
			b: dt{text: "Ten delegations attended the river summit on 5 May.", phrase: "on 5 May", gran: dates.Day, from: "2024-05-05", to: "2024-05-06"}},
		{name: "different places", pubA: "2025-05-06", pubB: "2025-05-07",
			a: dt{text: "The river summit opened in Can Tho on 3 May with ten delegations.", phrase: "on 3 May", gran: dates.Day, from: "2025-05-03", to: "2025-05-04"},
			b: dt{text: "Ten delegations attended the river summit in Hue on 5 May.", phrase: "on 5 May", gran: dates.Day, from: "2025-05-05", to: "2025-05-06"}},
		{name: "different events same words absolute years", pubA: "2025-05-06", pubB: "2025-05-07",
			a: dt{text: "The province signed a cooperation agreement in 2023 with its partner.", phrase: "in 2023", gran: dates.Year, from: "2023-01-01", to: "2024-01-01"},
			b: dt{text: "The province signed a cooperation agreement in 2024 with its partner.", phrase: "in 2024", gran: dates.Year, from: "2024-01-01", to: "2025-01-01"}},
		{name: "deadline not compared", pubA: "2025-12-10", pubB: "2025-12-11",
			a: dt{text: "Last month, the city opened its new metro line to the airport.", phrase: "Last month", relative: true, gran: dates.Month, from: "2025-11-01", to: "2025-12-01"},
			b: dt{text: "The new metro line to the airport opens by October 2026.", phrase: "by October 2026", gran: dates.Month, from: "2026-10-01", to: "2026-11-01", deadline: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			da := testDoc(t, "a.txt", tt.pubA, tt.a.text+"\n")
			db := testDoc(t, "b.txt", tt.pubB, tt.b.text+"\n")
			got := runRule(DateConflict(), []*claims.Document{da, db}, dcFact(t, da, tt.a), dcFact(t, db, tt.b))
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1, "findings: %+v", got)
			assert.Contains(t, got[0].Message, tt.want)
			assert.Equal(t, tt.sev, got[0].Severity)
		})
	}
}

func TestFormatPeriod(t *testing.T) {
	d := func(s string) time.Time { return dcDay(t, s) }
	tests := []struct {
		from, to, want string
	}{
		{"2023-01-01", "2024-01-01", "2023"},
		{"2025-10-01", "2025-11-01", "October 2025"},
		{"2025-05-03", "2025-05-04", "3 May 2025"},
		{"2020-01-01", "2023-01-01", "2020–2022"},
		{"2025-01-01", "2025-04-01", "2025-01-01 to 2025-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, formatPeriod(d(tt.from), d(tt.to)))
		})
	}
}

// FuzzEventAround checks the event window never panics and is deterministic,
// whatever the text and spans.
func FuzzEventAround(f *testing.F) {
	f.Add("Last month, the city opened its new metro line.", 0, 10, 0, 48)
	f.Add("\xff\xfe on 3 May, x", 3, 9, -1, 5)
	f.Fuzz(func(t *testing.T, text string, s, e, ss, se int) {
		d := &claims.Document{Path: "f.txt", Raw: text, Text: text}
		fact := &claims.Fact{Kind: claims.KindDate, Doc: d, Sentence: claims.Span{Start: ss, End: se}}
		a, b := eventAround(fact, s, e), eventAround(fact, s, e)
		if eventLabel(a, sharedKeys(a.stems, a.stems)) != eventLabel(b, sharedKeys(b.stems, b.stems)) {
			t.Fatal("not deterministic")
		}
	})
}

// TestScoresOfEveryScore pins that an event with two scores is read by both,
// whatever order its stems lie in: the 2-1 win of one report is the 2-1 win
// of a window that also holds a 1-0 result.
func TestScoresOfEveryScore(t *testing.T) {
	a := eventWords{stems: map[string]bool{"score 2-1": true, "score 1-0": true, "japan": true}, names: map[string]bool{"japan": true}}
	b := eventWords{stems: map[string]bool{"score 2-1": true, "japan": true}, names: map[string]bool{"japan": true}}
	for range 20 { // map order varies from run to run: every run must agree
		assert.Equal(t, []string{"score 1-0", "score 2-1"}, scoresOf(a))
		_, same := sameEvent(a, b)
		assert.True(t, same, "one shared score and one shared name make one match")
	}
}

// TestLiftsSomething pins the verbs that end a measure: a halt and its end
// ("suspended departures", "departures resumed") are two events.
func TestLiftsSomething(t *testing.T) {
	for _, tt := range []struct {
		act  string
		want bool
	}{{"lift", true}, {"resum", true}, {"reopen", true}, {"restor", true}, {"suspend", false}, {"close", false}} {
		assert.Equal(t, tt.want, liftsSomething(eventWords{acts: map[string]bool{tt.act: true}}), tt.act)
	}
}
