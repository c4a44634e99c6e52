package attrib

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docTexts are documents for checking that the Doc methods and the *With
// functions agree with the plain functions.
var docTexts = append([]string{
	benchText[:len(benchText)/40],
	"Prime Minister Phạm Minh Chính met Japanese Ambassador Yamada Takio. Chính said that ties grow. " +
		"“We are ready,” he said. Takio noted that firms invest.\nThe Ambassador added: “Thank you.”",
	"Mr. Lee Jae-myung arrived. Lee said the plan works. ‘Bonds’ grew, she said.",
}, fuzzSeeds...)

func TestScannerFoldsAndFlags(t *testing.T) {
	for _, text := range docTexts {
		s := newScanner(text)
		for i := range s.toks {
			w := s.tok(i)
			assert.Equal(t, Fold(w), s.fold(i), "fold of %q", w)
			r, _ := utf8.DecodeRuneInString(w)
			assert.Equal(t, s.isWord(i) && unicode.IsUpper(r), s.isCap(i), "isCap of %q", w)
			all := s.isWord(i) && utf8.RuneCountInString(w) >= 2 && !strings.ContainsFunc(w, func(r rune) bool {
				return unicode.IsLetter(r) && !unicode.IsUpper(r)
			})
			assert.Equal(t, all, s.isAllCaps(i), "isAllCaps of %q", w)
		}
		assert.Empty(t, s.fold(-1))
		assert.Empty(t, s.fold(len(s.toks)))
	}
}

func TestDocAgreesWithFunctions(t *testing.T) {
	for _, text := range docTexts {
		d := NewDoc(text)
		people := People(text)
		assert.Equal(t, people, d.People(), "People of %q", text)
		assert.Equal(t, Quotes(text), d.Quotes(), "Quotes of %q", text)
		assert.Equal(t, Quotes(text), QuotesWith(text, people), "QuotesWith of %q", text)
	}
}

func TestDocAttributions(t *testing.T) {
	text := "Prime Minister Pham Minh Chinh spoke first. Chinh said that ties grow. " +
		"“We are ready,” said Ambassador Yamada Takio. According to JETRO, firms invest."
	sents := strings.SplitAfter(text, ". ")
	require.Len(t, sents, 4)
	tests := []struct {
		name, speaker string
		sent          int
	}{
		{"no verb", "", 0},
		{"bare name the document introduced", "Chinh", 1},
		{"inverted", "Ambassador Yamada Takio", 2},
		{"according to", "JETRO", 3},
	}
	d := NewDoc(text)
	people := People(text)
	off := 0
	offsets := make([]int, len(sents))
	for i, s := range sents {
		offsets[i] = off
		off += len(s)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sent, start := sents[tt.sent], offsets[tt.sent]
			got := d.Attributions(start, start+len(sent))
			with := AttributionsWith(sent, people, start)
			assert.Equal(t, with, got, "Doc.Attributions and AttributionsWith differ")
			if tt.speaker == "" {
				assert.Empty(t, got)
				return
			}
			require.NotEmpty(t, got)
			a := got[0]
			assert.Equal(t, tt.speaker, a.Speaker)
			assert.Equal(t, a.Speaker, sent[a.SpeakerStart:a.SpeakerEnd], "span relative to the sentence")
		})
	}
	t.Run("out of range", func(t *testing.T) {
		assert.Empty(t, d.Attributions(-5, 0))
		assert.Empty(t, d.Attributions(len(text), len(text)+9))
		assert.Empty(t, d.Attributions(9, 3))
	})
}

// TestDocAttributionsAnyOrder reads a document's sentences in order,
// backwards and at random: Doc.Attributions starts its searches where the
// last sentence's ended, and must answer the same for any order.
func TestDocAttributionsAnyOrder(t *testing.T) {
	for _, text := range fixturetext.Articles(t, "../..")[:20] {
		sents := strings.SplitAfter(text, ". ")
		spans := make([][2]int, len(sents))
		off := 0
		for i, s := range sents {
			spans[i] = [2]int{off, off + len(s)}
			off += len(s)
		}
		want := make([][]Attribution, len(spans))
		d := NewDoc(text)
		for i, sp := range spans {
			want[i] = d.Attributions(sp[0], sp[1])
		}
		order := rand.New(rand.NewPCG(3, 4)).Perm(len(spans))
		for _, back := range []bool{true, false} {
			d := NewDoc(text)
			for k := range spans {
				i := order[k]
				if back {
					i = len(spans) - 1 - k
				}
				require.Equal(t, want[i], d.Attributions(spans[i][0], spans[i][1]), "sentence %d of %q", i, text[:40])
			}
		}
	}
}

// TestDocRelease reads documents one after another, each Doc released
// before the next is read, as claims.Extract does: the next scan fills the
// same buffers, longer and shorter texts in turn, and must neither change
// what an earlier Doc returned nor read the earlier text's tokens.
func TestDocRelease(t *testing.T) {
	texts := append(slices.Clone(docTexts), fixturetext.Articles(t, "../..")[:20]...)
	texts = append(texts, "", "a", strings.Repeat(docTexts[1]+" ", 30), "Mr. Kien said.")
	type result struct {
		people []Person
		quotes []Quote
	}
	var kept []result
	for _, text := range texts {
		want := token.Scan(text, nil)
		d := NewDoc(text)
		require.True(t, slices.Equal(want, d.Tokens()), "tokens of %q", text)
		// Capped at their length, so that a caller's append cannot write
		// into the buffer a later Doc fills.
		require.Equal(t, len(d.Tokens()), cap(d.Tokens()), "tokens of %q", text)
		r := result{d.People(), d.Quotes()}
		d.Release()
		// Used again, the Doc scans its text anew.
		assert.Equal(t, r.quotes, d.Quotes(), "Quotes after Release of %q", text)
		assert.True(t, slices.Equal(want, d.Tokens()), "tokens after Release of %q", text)
		d.Release()
		d.Release() // twice is harmless
		kept = append(kept, r)
	}
	for i, text := range texts {
		assert.Equal(t, People(text), kept[i].people, "People of %q after later Docs", text)
		assert.Equal(t, Quotes(text), kept[i].quotes, "Quotes of %q after later Docs", text)
	}
}
