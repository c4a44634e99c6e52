package enum

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Marks in lowered.off; a mark above zero is one more than the offset of the
// token's folded copy in fold.
const (
	offUnread = 0  // not looked at yet
	offNone   = -1 // not a word
	offPlain  = -2 // a word without ASCII capitals: its text is its lower-case form
)

// lowered gives the lower-cased text of each token of one block without a
// string per token: a word without capitals (most words) is read from the
// text itself, the others from one folded copy of just those words. A token
// is looked at only when first asked for: the parsers ask for few of a
// block's words (see mayOpen).
type lowered struct {
	text string
	toks []token.Token
	off  []int32 // per token: offUnread, offNone, offPlain or 1 + offset in fold
	fold string  // the folded copies written so far
	// sb collects the folded copies of every block of a document: a string
	// taken from it stays valid as it grows, so a block costs no copy of its
	// own and the buffer is allocated a few times a document, not a block.
	sb strings.Builder
}

// at returns the lower-cased text of word token i, "" for other tokens.
func (l *lowered) at(i int) string {
	o := l.off[i]
	if o == offUnread {
		o = l.read(i)
	}
	t := l.toks[i]
	switch o {
	case offNone:
		return ""
	case offPlain:
		return l.text[t.Start:t.End]
	default:
		return l.fold[o-1 : int(o-1)+t.End-t.Start]
	}
}

// read sets and returns the mark of token i, folding a word with a capital.
// Only ASCII capitals are folded: the lexicons compared against are ASCII,
// so a non-ASCII capital can never match them anyway.
func (l *lowered) read(i int) int32 {
	t := l.toks[i]
	o := int32(offNone)
	if t.Kind == token.Word {
		o = offPlain
		for k := t.Start; k < t.End; k++ {
			if c := l.text[k]; c >= 'A' && c <= 'Z' {
				o = int32(l.sb.Len()) + 1
				writeFolded(&l.sb, l.text[t.Start:t.End])
				l.fold = l.sb.String()
				break
			}
		}
	}
	l.off[i] = o
	return o
}

// n returns the number of tokens.
func (l *lowered) n() int { return len(l.toks) }

// reset points l at the tokens of a new block, reusing its buffers.
func (l *lowered) reset(text string, toks []token.Token) {
	l.text, l.toks = text, toks
	l.off = slices.Grow(l.off[:0], len(toks))[:len(toks)]
	clear(l.off)
}

// mayOpen reports whether token t may be a word of the given length range
// whose lower-case form is one of the openerWords of shape (annShape or
// namedShape): the parsers look at the lower-case form of no other word as
// they walk a block. A word equal to one of them, folded, has its length and
// its first and last letters but for case.
func mayOpen(text string, t token.Token, shape *[32 * 32]uint16, minLen, maxLen int) bool {
	n := t.End - t.Start
	return t.Kind == token.Word && n >= minLen && n <= maxLen &&
		shape[shapeKey(text[t.Start], text[t.End-1])]>>n&1 != 0
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
