package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
)

// TestQuoteSpeaker runs the rule over two one-story sources, extracted as the CLI
// extracts them, and counts the findings.
func TestQuoteSpeaker(t *testing.T) {
	const remark = "Our ports must be ready for ships twice this size by 2030"
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"equal words, different people",
			`"` + remark + `," Le Van Hung said.`,
			`"` + remark + `," Maria Santos said.`, 1},
		{"punctuation and case are no difference",
			`"` + remark + `!" Le Van Hung said.`,
			`"our ports must be ready -- for ships twice this size by 2030," Maria Santos said.`, 1},
		{"partial quote contained in the other",
			`"` + remark + `," Le Van Hung said.`,
			`Maria Santos said ports must be "ready for ships twice this size by 2030".`, 1},
		{"a marker word inside the quote does not count",
			`"We are citing the port law that passed last year," Le Van Hung said.`,
			`"We are citing the port law that passed last year," Maria Santos said.`, 1},
		{"five words are a stock phrase",
			`"This is a historic day," Le Van Hung said.`,
			`"This is a historic day," Maria Santos said.`, 0},
		{"different remarks",
			`"` + remark + `," Le Van Hung said.`,
			`"Our airports must be ready for planes twice this size by 2030," Maria Santos said.`, 0},
		{"one person written two ways",
			`"` + remark + `," Le Van Hung said.`,
			`"` + remark + `," Minister Hung said.`, 0},
		{"a short form resolved to the full name of the source",
			`Minister Kim Do-hyun arrived on Monday. "` + remark + `," Kim said.`,
			`Minister Kim Do-hyun arrived on Monday. "` + remark + `," Minister Do-hyun said.`, 0},
		{"a title-only speaker is nobody in particular",
			`"` + remark + `," Le Van Hung said.`,
			`"` + remark + `," a spokesperson said.`, 0},
		{"quoting",
			`"` + remark + `," Le Van Hung said.`,
			`Quoting a colleague, Maria Santos said: "` + remark + `."`, 0},
		{"citing",
			`"` + remark + `," Le Van Hung said.`,
			`Maria Santos said, citing an earlier speech: "` + remark + `."`, 0},
		{"as X put it",
			`"` + remark + `," Le Van Hung said.`,
			`As the minister once put it, "` + remark + `," Maria Santos said.`, 0},
		{"in the words of",
			`"` + remark + `," Le Van Hung said.`,
			`In the words of a colleague, "` + remark + `," Maria Santos said.`, 0},
		{"echoing",
			`"` + remark + `," Le Van Hung said.`,
			`Echoing an old slogan, Maria Santos said: "` + remark + `."`, 0},
		{"the other speaker named in the sentence",
			`"` + remark + `," Le Van Hung said.`,
			`"` + remark + `," Maria Santos said after Hung spoke.`, 0},
		{"the source credits both people",
			`"` + remark + `," Le Van Hung said.`,
			`"` + remark + `," Maria Santos said.` + "\n\n" + `Later, "` + remark + `," Le Van Hung said again.`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			da := testDoc(t, "a.txt", "2025-03-10", tt.a+"\n")
			db := testDoc(t, "b.txt", "2025-03-10", tt.b+"\n")
			docs := []*claims.Document{da, db}
			var facts []*claims.Fact
			for _, d := range docs {
				facts = append(facts, claims.Extract(d)...)
			}
			require.NotEmpty(t, facts)
			got := Run(claims.NewIndex(docs, facts), []*Rule{QuoteSpeaker()}, Settings{})
			assert.Len(t, got, tt.want, "findings: %v", got)
			for _, f := range got {
				assert.Len(t, f.Claims, 2)
				assert.Contains(t, f.Message, "b.txt:")
			}
		})
	}
}

// TestQuoteSpeakerSameSource keeps quotes of one source apart: two people of one
// story may be quoted saying the same thing, and the source shows both.
func TestQuoteSpeakerSameSource(t *testing.T) {
	d := testDoc(t, "a.txt", "2025-03-10",
		"\"Our ports must be ready for ships twice this size by 2030,\" Le Van Hung said.\n\n"+
			"\"Our ports must be ready for ships twice this size by 2030,\" Maria Santos said.\n")
	facts := claims.Extract(d)
	require.NotEmpty(t, facts)
	got := Run(claims.NewIndex([]*claims.Document{d}, facts), []*Rule{QuoteSpeaker()}, Settings{})
	assert.Empty(t, got)
}

// TestSpeakerMatches checks the grouping finds every pair a full comparison finds.
func TestSpeakerMatches(t *testing.T) {
	texts := []string{
		"our ports must be ready for ships twice this size",
		"ready for ships twice this size",
		"our ports must be ready … twice this size",
		"our airports must be ready for planes twice this size",
		"ships twice this size are coming to our ports soon",
		"our ports must be ready for ships twice this size",
	}
	qs := make([]speakerQuote, len(texts))
	for i, s := range texts {
		toks := speakerTokens(quoteTokens(s))
		qs[i] = speakerQuote{toks: toks, words: quoteWords(toks)}
	}
	var want [][2]int
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if sameWords(qs[i], qs[j]) {
				want = append(want, [2]int{i, j})
			}
		}
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, speakerMatches(qs))
}
