package enum

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Marks in lowered.off for tokens that need no folded copy.
const (
	offNone  = -2 // not a word
	offPlain = -1 // a word without ASCII capitals: its text is its lower-case form
)

// lowered gives the lower-cased text of each token of one block without a
// string per token: a word without capitals (most words) is read from the
// text itself, the others from one folded copy of just those words.
type lowered struct {
	text string
	toks []token.Token
	off  []int32 // per token: offset in fold, or offNone / offPlain
	fold string  // the folded copies written so far
	// sb collects the folded copies of every block of a document: a string
	// taken from it stays valid as it grows, so a block costs no copy of its
	// own and the buffer is allocated a few times a document, not a block.
	sb strings.Builder
}

// at returns the lower-cased text of word token i, "" for other tokens.
func (l *lowered) at(i int) string {
	t := l.toks[i]
	switch o := l.off[i]; o {
	case offNone:
		return ""
	case offPlain:
		return l.text[t.Start:t.End]
	default:
		return l.fold[o : int(o)+t.End-t.Start]
	}
}

// n returns the number of tokens.
func (l *lowered) n() int { return len(l.toks) }

// reset points l at the tokens of a new block, reusing its buffers. Only
// ASCII capitals are folded: the lexicons compared against are ASCII, so a
// non-ASCII capital can never match them anyway.
func (l *lowered) reset(text string, toks []token.Token) {
	l.text, l.toks, l.off = text, toks, l.off[:0]
	for _, t := range toks {
		o := int32(offNone)
		if t.Kind == token.Word {
			o = offPlain
			for i := t.Start; i < t.End; i++ {
				if c := text[i]; c >= 'A' && c <= 'Z' {
					o = int32(l.sb.Len())
					writeFolded(&l.sb, text[t.Start:t.End])
					break
				}
			}
		}
		l.off = append(l.off, o)
	}
	l.fold = l.sb.String()
}

// writeFolded writes w to sb with its ASCII capitals folded.
func writeFolded(sb *strings.Builder, w string) {
	var buf [64]byte
	for len(w) > 0 {
		n := copy(buf[:], w)
		for i := range n {
			if c := buf[i]; c >= 'A' && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		sb.Write(buf[:n])
		w = w[n:]
	}
}

// appendFolded appends w with its ASCII capitals folded.
func appendFolded(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
