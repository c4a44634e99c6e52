package quantity

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/token"
)

// TestGate checks that the gate lets every start word through in any case, so
// that it only ever skips words the full tests reject.
func TestGate(t *testing.T) {
	words := append(numword.CardinalWords(), startWords[:]...)
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !mayStartWord(v) {
				t.Errorf("gate drops %q", v)
			}
			toks := token.Scan(v, nil)
			if len(toks) != 1 || !candidate(v, toks[0]) {
				t.Errorf("candidate drops %q", v)
			}
		}
	}
	for _, w := range []string{"", "the", "that", "as", "at", "people", "pepper", "tenth", "o", "é", "ÉIGHT", "one's",
		"their", "first", "have", "since", "Minister"} {
		if mayStartWord(w) {
			t.Errorf("gate lets %q through", w)
		}
	}
}

// TestGateAgreesWithMayStart runs mayStart with and without the gate over the
// words of the test sentences and every start word: the gate changes no answer.
func TestGateAgreesWithMayStart(t *testing.T) {
	var b strings.Builder
	for _, s := range seedSentences() {
		b.WriteString(s + " ")
	}
	for _, w := range append(numword.CardinalWords(), startWords[:]...) {
		b.WriteString(w + " " + strings.ToUpper(w) + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
	}
	s := b.String()
	toks := token.Scan(s, nil)
	p := parser{s: s, toks: toks}
	for i := range toks {
		slow := slowMayStart(&p, i)
		if got := p.mayStart(i); got != slow {
			t.Errorf("mayStart(%q) = %v, want %v", p.text(i), got, slow)
		}
		if slow && !candidate(s, toks[i]) {
			t.Errorf("candidate(%q) = false for a start", p.text(i))
		}
	}
}

// slowMayStart is mayStart without the gate, as it was written first.
func slowMayStart(p *parser, i int) bool {
	switch p.toks[i].Kind {
	case token.Number:
		return true
	case token.Word:
		w := p.low(i)
		if w == nil {
			return false
		}
		switch string(w) {
		case "a", "an", "half", "hundreds", "thousands", "millions", "billions", "trillions",
			"dozens", "tens", "scores", "several", "doubled", "doubling", "tripled", "trebled",
			"tripling", "quadrupled", "quadrupling", "halved", "halving", "twofold", "threefold",
			"fourfold", "fivefold", "tenfold", "hundredfold", "quarter", "double", "triple", "quadruple":
			return true
		}
		_, ok := numword.Cardinal(p.text(i))
		return ok
	}
	return false
}

// TestFoldEq compares foldEq with strings.EqualFold, Unicode folds included.
func TestFoldEq(t *testing.T) {
	words := []string{"a", "an", "some", "ok", "us", "kong", "than", "s", "k"}
	texts := []string{"", "a", "A", "an", "AN", "aN", "Some", "SOME", "ſome", "ſ", "\u212a", "\u212aong",
		"KONG", "kong", "ko", "oK", "o\u212a", "\xff", "som\xff", "somé", "than", "THAN", "thaN", "us", "uſ", "S", "K"}
	for _, w := range words {
		for _, s := range texts {
			if got, want := foldEq(s, w), strings.EqualFold(s, w); got != want {
				t.Errorf("foldEq(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestLongSentence checks the tokens past those candidates marks: a quantity
// after token 512 is read as it is after a short prefix.
func TestLongSentence(t *testing.T) {
	tail := "Exports rose 5% to 30 tonnes, about 2,000 more than in 2024, and one in five firms grew by half."
	short, long := strings.Repeat("word ", 10), strings.Repeat("word ", 600)
	want := Parse(short+tail, token.Scan(short+tail, nil))
	got := Parse(long+tail, token.Scan(long+tail, nil))
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("got %d quantities, want %d", len(got), len(want))
	}
	shift := len(long) - len(short)
	for i := range want {
		g := got[i]
		g.Start, g.End, g.AmountStart, g.NumberEnd = g.Start-shift, g.End-shift, g.AmountStart-shift, g.NumberEnd-shift
		if g.Conversion != nil || want[i].Conversion != nil {
			t.Fatalf("unexpected conversion")
		}
		if g != want[i] {
			t.Errorf("quantity %d: got %+v, want %+v", i, g, want[i])
		}
	}
}

// TestArticleAmount checks that articleAmount lets through every word after
// "a" that fractionWords or numword.ReadCardinal reads as an amount.
func TestArticleAmount(t *testing.T) {
	words := []string{"half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
		"fifths", "sixth", "sixths", "seventh", "eighth", "eighths", "ninth", "tenth", "tenths", "hundredth",
		"hundredths", "hundred", "dozen", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore",
		"crores", "score", "few", "couple", "delegation", "one", "Third", "MILLION", "mn", "bn", "k"}
	for _, w := range words {
		for _, tail := range []string{" of", " million", " million of", ""} {
			s := "a " + w + tail
			toks := token.Scan(s, nil)
			p := parser{s: s, toks: toks}
			_, frac := p.fractionWords(0, 1, 1, false)
			_, card := numword.ReadCardinal(s, toks, 0)
			if (frac || card) && !articleAmount(p.low(1)) {
				t.Errorf("articleAmount drops %q", s)
			}
		}
	}
}

// TestSpreadGate checks that scan's tables by first or last byte and length
// answer as the gates they spread out.
func TestSpreadGate(t *testing.T) {
	for b := range 256 {
		for n := uint(0); n < 16; n++ {
			if got, want := firstLen[uint(b)<<4|n] == 1, gate1[b]&(1<<n) != 0; got != want {
				t.Errorf("firstLen[%#x, %d] = %v, want %v", b, n, got, want)
			}
			if got, want := lastLen[uint(b)<<4|n] == 1, gateEnd[b]&(1<<n) != 0; got != want {
				t.Errorf("lastLen[%#x, %d] = %v, want %v", b, n, got, want)
			}
		}
	}
}
