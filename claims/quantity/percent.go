package quantity

import (
	"github.com/claimcheck/claimcheck/claims/token"
)

// percentWord reads a percent word at token k that no number precedes:
// "percent", "percents", "per cent", "percentage" (or "percentage points"
// as pp), "%" standing apart. It returns the unit and the token after it.
func (p *parser) percentWord(k int) (string, int) {
	switch p.kind(k) {
	case token.Symbol:
		t := p.text(k)
		if (t == "%" || t == "％") && !p.glued(k-1, k) && !p.glued(k, k+1) {
			return "percent", k + 1
		}
	case token.Word:
		switch string(p.low(k)) {
		case "percent", "percents":
			return "percent", k + 1
		case "per":
			if p.isAny(k+1, "cent") {
				return "percent", k + 2
			}
		case "percentage", "percentages":
			if p.isAny(k+1, "point", "points") {
				return "pp", k + 2
			}
			return "percent", k + 1
		}
	}
	return "", k
}

// percentOf reads a percentage written before its number at token i: "per
// cent of 210", "percents of twenty" state 210% and 20%. The number must end
// its clause, so that "percent of 500 respondents" stays a count of people,
// and be a bare count (no hedge, range, year or unit), so that "percent of
// 2023" is no percentage. A number before the word makes it a unit of that
// number instead ("5 per cent of 210"), read earlier by Parse.
func (p *parser) percentOf(i int) (Quantity, int, bool) {
	if p.kind(i) != token.Word {
		return Quantity{}, i, false
	}
	if c := p.s[p.toks[i].Start]; c != 'p' && c != 'P' {
		return Quantity{}, i, false // the cheap test: every other word skips here
	}
	u, k := p.percentWord(i)
	if u != "percent" || p.sym(i, "%") || !p.isAny(k, "of") || k+1 >= len(p.toks) || !p.mayStart(k+1) {
		return Quantity{}, i, false
	}
	if i > 0 && (p.kind(i-1) == token.Number || p.mayStart(i-1)) {
		return Quantity{}, i, false // "a percent of", "10 percent of": not this reading
	}
	q, next, ok := p.at(k+1, true)
	if !ok || q.Kind != Amount || q.Unit != "count" || q.Hedge != "" || q.IsRange || q.Vague || !p.clauseEnd(next) {
		return Quantity{}, i, false
	}
	v := q.Value
	return Quantity{
		Start: p.toks[i].Start, End: q.End, AmountStart: p.toks[i].Start, NumberEnd: q.End,
		Kind: Amount, Value: v, ValueHi: v, Interval: Interval{Lo: v, Hi: v}, Unit: "percent",
	}, next, true
}

// clauseEnd reports whether token k ends a clause: the end of the text or a
// punctuation mark.
func (p *parser) clauseEnd(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	if p.kind(k) != token.Symbol {
		return false
	}
	switch p.text(k) {
	case ".", ",", ";", ":", "?", "!", ")", "…":
		return true
	}
	return false
}

// Mention is a unit word that stands without an amount: "a small percent",
// "calculate a percentage", "the % of increase". It says that a sentence
// speaks of a measure without stating it.
type Mention struct {
	Start, End int    // byte offsets of the unit word
	Unit       string // "percent" or "pp"
}

// Mentions returns the percent words of text that belong to no quantity Parse
// finds, in order. toks must come from token.Scan(text).
func Mentions(text string, toks []token.Token) []Mention {
	if !validTokens(text, toks) {
		return nil
	}
	qs := Parse(text, toks)
	p := parser{s: text, toks: toks}
	var out []Mention
	q := 0
	for k := 0; k < len(toks); k++ {
		for q < len(qs) && qs[q].End <= toks[k].Start {
			q++
		}
		if q < len(qs) && qs[q].Start <= toks[k].Start {
			continue // inside a quantity
		}
		u, next := p.percentWord(k)
		if u == "" || p.kind(k-1) == token.Number {
			continue
		}
		out = append(out, Mention{Start: toks[k].Start, End: toks[next-1].End, Unit: u})
		k = next - 1
	}
	return out
}
