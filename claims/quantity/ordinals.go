package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/token"
)

// Ordinal is a position: absolute ("third", "21st", "one hundred twenty-fifth")
// or relative to the end or the current item ("last", "penultimate", "next").
type Ordinal struct {
	Start, End int
	// Value is the position of an absolute ordinal; 0 for a relative one.
	Value float64
	// Relative is "end" or "current" for a relative ordinal, "" otherwise;
	// Offset counts from it ("penultimate" = end-1, "next" = current+1).
	Relative string
	Offset   int
}

// relativeOrdinals are the phrases that name a position from the end or from
// the current item, longest first so that "next to last" wins over "next".
var relativeOrdinals = [...]struct {
	words    []string
	relative string
	offset   int
}{
	{[]string{"the", "one", "before", "the", "last", "one"}, "end", -1},
	{[]string{"the", "one", "before", "the", "last"}, "end", -1},
	{[]string{"the", "last", "but", "one"}, "end", -1},
	{[]string{"the", "second", "to", "last"}, "end", -1},
	{[]string{"last", "but", "one"}, "end", -1},
	{[]string{"second", "to", "last"}, "end", -1},
	{[]string{"next", "to", "last"}, "end", -1},
	{[]string{"antepenultimate"}, "end", -2},
	{[]string{"penultimate"}, "end", -1},
	{[]string{"last"}, "end", 0},
	{[]string{"next"}, "current", 1},
	{[]string{"previous"}, "current", -1},
	{[]string{"current"}, "current", 0},
}

// Ordinals returns the ordinals of text, whose tokens (from token.Scan) are
// toks, in order. Ordinal words that close a fraction ("a trillionth") are
// left out; "second" after a number is a unit of time, not a position.
func Ordinals(text string, toks []token.Token) []Ordinal {
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			return nil
		}
	}
	p := numParser{parser: parser{s: text, toks: toks}}
	var out []Ordinal
	for i := 0; i < len(toks); i++ {
		if o, next, ok := p.relativeAt(i); ok {
			out = append(out, o)
			i = next - 1
			continue
		}
		if o, next, ok := p.ordinalAt(i); ok {
			out = append(out, o)
			i = next - 1
		}
	}
	return out
}

// relativeAt reads a relative ordinal at token i.
func (p *numParser) relativeAt(i int) (Ordinal, int, bool) {
	for _, r := range relativeOrdinals {
		n := 0
		for n < len(r.words) && p.isAny(i+n, r.words[n]) {
			n++
		}
		if n < len(r.words) {
			continue
		}
		next := i + n
		// "the next one." names the item; "the next one books" leaves "one" to the noun
		if len(r.words) == 1 && r.relative == "current" && p.isAny(next, "one") && p.kind(next+1) != token.Word {
			next++
		}
		return Ordinal{Start: p.toks[i].Start, End: p.toks[next-1].End, Relative: r.relative, Offset: r.offset}, next, true
	}
	return Ordinal{}, i, false
}

// ordinalAt reads an absolute ordinal at token i: "11th", "eleventh",
// "twenty-fifth", "one hundred twenty fifth", "three trillionth".
func (p *numParser) ordinalAt(i int) (Ordinal, int, bool) {
	if p.kind(i) == token.Number && p.kind(i+1) == token.Word && p.glued(i, i+1) {
		switch p.lower(i + 1) {
		case "st", "nd", "rd", "th":
			v, ok := digitsValue(p.text(i))
			if ok && v == math.Trunc(v) && v > 0 {
				return Ordinal{Start: p.toks[i].Start, End: p.toks[i+1].End, Value: v}, i + 2, true
			}
		}
		return Ordinal{}, i, false
	}
	c := compoundState{last: math.Inf(1)}
	k := p.integerPart(i, &c)
	prefix := 0.0
	if c.atoms > 0 && c.prev != atLead && c.prev != atAnd {
		prefix = c.value()
	} else {
		k = i
	}
	if prefix > 0 && isTensValue(prefix) && p.sym(k, "-") && p.glued(k-1, k) {
		k++ // "twenty-fifth"
	}
	v, plural, ok := ordinalWord(p.text(k))
	if !ok || plural || p.kind(k) != token.Word {
		return Ordinal{}, i, false
	}
	if v == 2 && (p.lower(k) != "second" || prefix > 0 && !isTensValue(prefix) || p.kind(k-1) == token.Number) {
		return Ordinal{}, i, false // "half"; "two second" is a time
	}
	scaleWord := v >= 100 && math.Mod(v, 100) == 0 && v != 100 || p.isAny(k, "hundredth")
	switch {
	case prefix == 0 && scaleWord && p.isAny(k-1, "a", "an"):
		return Ordinal{}, i, false // "a trillionth" is a fraction
	case prefix == 0:
		i = k
	case scaleWord:
		v *= prefix
	case math.Mod(prefix, 10) == 0 && v < 10 || math.Mod(prefix, 100) == 0 && v < 100:
		v += prefix
	default:
		i = k // "two third": the number is not part of the ordinal
	}
	return Ordinal{Start: p.toks[i].Start, End: p.toks[k].End, Value: v}, k + 1, true
}
