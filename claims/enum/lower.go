package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// lowered gives the lower-cased text of each token without storing one string
// per token: every word slices one folded copy of the text.
type lowered struct {
	s    string // the text with ASCII capitals folded, offsets unchanged
	toks []token.Token
}

// at returns the lower-cased text of word token i, "" for other tokens.
func (l lowered) at(i int) string {
	t := l.toks[i]
	if t.Kind != token.Word {
		return ""
	}
	return l.s[t.Start:t.End]
}

// n returns the number of tokens.
func (l lowered) n() int { return len(l.toks) }

// scan tokenises text once and returns its tokens with their lower-cased view.
// Only ASCII capitals are folded: the lexicons compared against are ASCII, so
// a non-ASCII capital can never match them anyway, and offsets stay those of
// text.
func scan(text string) ([]token.Token, lowered) {
	toks := token.Scan(text, make([]token.Token, 0, len(text)/4+8))
	return toks, lowered{s: asciiLower(text), toks: toks}
}

// asciiLower folds the ASCII capitals of s, leaving every other byte (and so
// every offset) unchanged. It returns s itself when there is nothing to fold.
func asciiLower(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
