package claims

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Trade rose. Investment fell.", []string{"Trade rose.", "Investment fell."}},
		{"abbreviation Mr", "Mr. Yamamoto spoke. He left.", []string{"Mr. Yamamoto spoke.", "He left."}},
		{"abbreviation U.S.", "It ranks second after the U.S. Japan ranks third.", []string{"It ranks second after the U.S. Japan ranks third."}},
		{"initial", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"temperature glued to its number", "The water was at 23.4C. Of the 58 women, 55 finished.", []string{"The water was at 23.4C.", "Of the 58 women, 55 finished."}},
		{"decimal", "Output was 2.6 million tonnes. Area grew.", []string{"Output was 2.6 million tonnes.", "Area grew."}},
		{"list marker kept with item", "1. Trade Expansion: trade rose.\n2. Investment: up.", []string{"1. Trade Expansion: trade rose.", "2. Investment: up."}},
		{"heading line", "Milestones of Cooperation\n\nThe forum opened.", []string{"Milestones of Cooperation", "The forum opened."}},
		{"closing quote", "He said: “Work!” Then he left.", []string{"He said: “Work!”", "Then he left."}},
		{"question and exclamation", "Why? Because! Done.", []string{"Why?", "Because!", "Done."}},
		{"lowercase after dot", "the rate was approx. ten.", []string{"the rate was approx. ten."}},
		{"hard wrapped paragraph", "The two countries have signed\nover 110 agreements.", []string{"The two countries have signed\nover 110 agreements."}},
		{"line break before capital", "Hanoi\nClear sky", []string{"Hanoi", "Clear sky"}},
		{"No. abbreviation", "It is the No. 1 investor.", []string{"It is the No. 1 investor."}},
		{"capitalised title abbreviations", "Its members are Engr. Chinwe Okafor and Arc. Tunde Balogun. They met.", []string{"Its members are Engr. Chinwe Okafor and Arc. Tunde Balogun.", "They met."}},
		{"a lower-case word of a title abbreviation", "The ball traced an arc. Then it fell.", []string{"The ball traced an arc.", "Then it fell."}},
		{"empty", "", nil},
		{"spaces only", "   \n\n  ", nil},
		{"no final punctuation", "Over 110 agreements", []string{"Over 110 agreements"}},
		{"dateline", "November 07, 2023 | 10:26\n\nOn November 2, the event opened.", []string{"November 07, 2023 | 10:26", "On November 2, the event opened."}},
		{"ellipsis teaser", "A delegation visited ...\nNext story", []string{"A delegation visited ...", "Next story"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Trade rose. Investment fell.")
	f.Add("1. Trade Expansion: trade rose.\n2. Investment: up.")
	f.Add("Mr. Yamamoto said “Work!” Then\nhe left...")
	f.Add("a\xff. B")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		sents := Sentences(s)
		for _, sp := range sents {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
		// Extract cuts the document's tokens by sentence: they must be the
		// sentence's own tokens.
		toks, ends := sentenceTokens(token.Scan(s, nil), sents, nil)
		for i, sp := range sents {
			want := token.Scan(s[sp.Start:sp.End], nil)
			if got := toks[ends[i]:ends[i+1]]; !slices.Equal(got, want) {
				t.Fatalf("tokens of %q: cut %v, scanned %v", s[sp.Start:sp.End], got, want)
			}
		}
	})
}

// TestSentenceTokensMatchScan holds Extract's shortcut to its promise: the
// document's tokens cut by sentence are the tokens of each sentence alone.
func TestSentenceTokensMatchScan(t *testing.T) {
	tests := []string{
		"He flew to the U.S. Then he left. Trade rose 3.5% to $1,200.",
		"1. Trade Expansion\n2. Investment\n\nThe end?! \"Yes,\" he said.",
		"Prices rose\u00a0sharply. Next\u2009year, they fall.\nA line\n\nB line",
		"Bad \xff bytes. Then \xfe more, Vietnam’s ties.",
		"  leading spaces. trailing spaces.   ",
		"",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			sents := Sentences(text)
			toks, ends := sentenceTokens(token.Scan(text, nil), sents, nil)
			require.Len(t, ends, len(sents)+1)
			for i, s := range sents {
				want := token.Scan(text[s.Start:s.End], nil)
				assert.Equal(t, want, toks[ends[i]:ends[i+1]], "sentence %q", text[s.Start:s.End])
			}
		})
	}
}
