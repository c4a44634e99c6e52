package rules

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestOverDays pins the figures a sentence sums over several days, told
// after the figure or before it.
func TestOverDays(t *testing.T) {
	for _, tt := range []struct {
		text, figure string
		want         bool
	}{
		{"About 3,900 spectators attended over the three days.", "3,900", true},
		{"About 300 players are competing over three days, with 36 medal events on the programme.", "36", true},
		{"Tomorrow's final session has 12 medal events.", "12", false},
		{"A crowd of 4,850 watched the final.", "4,850", false},
	} {
		d := &claims.Document{Path: "a.txt", Raw: tt.text, Text: tt.text}
		at := indexWord(tt.text, tt.figure)
		f := &claims.Fact{Doc: d, Span: claims.Span{Start: at, End: at + len(tt.figure)}, Sentence: claims.Span{Start: 0, End: len(tt.text)}}
		if got := overDays(f); got != tt.want {
			t.Errorf("overDays(%q in %q) = %v, want %v", tt.figure, tt.text, got, tt.want)
		}
	}
}

// TestOtherStagesAndWindows pins readings of two stages or two spans: a
// semi-final's crowd and the final's, rain in 24 hours and in a week.
func TestOtherStagesAndWindows(t *testing.T) {
	fact := func(text string) *claims.Fact {
		d := &claims.Document{Path: "a.txt", Raw: text, Text: text}
		return &claims.Fact{Doc: d, Sentence: claims.Span{Start: 0, End: len(text)}}
	}
	semis := fact("About 6,500 spectators watched the two semi-finals, organisers said.")
	final := fact("A crowd of about 9,000 filled the stadium for the final.")
	semi := fact("A crowd of 7,100 watched the semi-final on Friday.")
	if !otherStages(semis, final) || otherStages(semis, semi) {
		t.Errorf("otherStages: semi-finals against the final %v, against a semi-final %v", otherStages(semis, final), otherStages(semis, semi))
	}
	day := fact("212 millimetres of rain had fallen at Haputale in the 24 hours to 8:30 a.m.")
	week := fact("More than 480 millimetres of rain had fallen over the hills in the week before the slip.")
	day2 := fact("Another 90 millimetres fell in the 24 hours to Tuesday morning.")
	day3 := fact("Officials said 75 millimetres fell in the past 24 hours.")
	if otherWindows(day, day3) {
		t.Error("otherWindows: \"in the past 24 hours\" is the 24 hours of another reading")
	}
	if !otherWindows(day, week) || otherWindows(day, day2) {
		t.Errorf("otherWindows: a day against a week %v, against another day %v", otherWindows(day, week), otherWindows(day, day2))
	}
}

// TestSplitMark pins the splits of a long race a figure may be read at.
func TestSplitMark(t *testing.T) {
	for text, want := range map[string]bool{
		"Moriyasu had 146.2 km on the clock at the 12-hour mark.":              true,
		"She passed 80 km at the 100-kilometre mark's aid station at halfway.": true,
		"Moriyasu covered nearly 272 km on the loop.":                          false,
	} {
		d := &claims.Document{Path: "a.txt", Raw: text, Text: text}
		f := &claims.Fact{Doc: d, Sentence: claims.Span{Start: 0, End: len(text)}}
		if got := splitMark(f); got != want {
			t.Errorf("splitMark(%q) = %v, want %v", text, got, want)
		}
	}
}
