package numword

import "github.com/claimcheck/claimcheck/claims/token"

// Number is a cardinal read from one or more word tokens.
type Number struct {
	Value float64
	// First and Next are token indexes: the number covers toks[First:Next].
	First, Next int
	// Dozen is set when the number is counted in dozens ("three dozen"), which
	// makes it as coarse as a dozen.
	Dozen bool
}

// reader walks a token slice reading words lower-cased without allocating.
type reader struct {
	s    string
	toks []token.Token
	buf  [maxWord]byte
}

// word returns toks[j] lower-cased, or nil when it is not an ASCII word.
func (r *reader) word(j int) []byte {
	if j < 0 || j >= len(r.toks) || r.toks[j].Kind != token.Word {
		return nil
	}
	b, _ := lower(r.s[r.toks[j].Start:r.toks[j].End], &r.buf)
	return b
}

// joined reports whether toks[j] is a hyphen glued to its neighbours ("twenty-one").
func (r *reader) joined(j int) bool {
	if j <= 0 || j+1 >= len(r.toks) {
		return false
	}
	t := r.toks[j]
	return t.Kind == token.Symbol && r.s[t.Start:t.End] == "-" &&
		r.toks[j-1].End == t.Start && t.End == r.toks[j+1].Start
}

// bigScale returns the value of thousand, million, billion or trillion.
func bigScale(b []byte) (float64, bool) {
	switch string(b) {
	case "thousand":
		return 1e3, true
	case "million":
		return 1e6, true
	case "billion":
		return 1e9, true
	case "trillion":
		return 1e12, true
	case "lakh", "lakhs":
		return 1e5, true
	case "crore", "crores":
		return 1e7, true
	}
	return 0, false
}

// ReadCardinal reads the compound cardinal written in words that starts at toks[i]
// of s: "twenty-one", "one hundred and five", "three hundred thousand", "fifteen
// hundred", "a dozen", "three dozen", "a million", "half a million". A lone article
// or "half" is not a number. It never reads digits: "2.6 million" is the caller's.
func ReadCardinal(s string, toks []token.Token, i int) (Number, bool) {
	r := reader{s: s, toks: toks}
	n := Number{First: i, Next: i}
	j := i
	cur, total := 0.0, 0.0
	last := 1e15 // the last big scale used: scales must fall ("million ... thousand")
	lead := false
	switch string(r.word(j)) {
	case "a", "an":
		nb := r.word(j + 1)
		if string(nb) == "quarter" {
			// "a quarter million"
			if sc, ok := bigScale(r.word(j + 2)); ok && sc >= 1e6 {
				n.Value, n.Next = sc/4, j+3
				return n, true
			}
			return n, false
		}
		if string(nb) != "hundred" && string(nb) != "dozen" {
			if _, ok := bigScale(nb); !ok {
				return n, false
			}
		}
		cur, lead = 1, true
		j++
	case "half", "quarter":
		// "half a million", "half million", "quarter million"
		div := 2.0
		if string(r.word(j)) == "quarter" {
			div = 4
		}
		k := j + 1
		if a := string(r.word(k)); a == "a" || a == "an" {
			k++
		} else if div == 2 {
			if sc, ok := bigScale(r.word(k)); !ok || sc < 1e6 {
				return n, false
			}
		}
		sc, ok := bigScale(r.word(k))
		if !ok || div == 4 && sc < 1e6 {
			return n, false
		}
		n.Value, n.Next = sc/div, k+1
		return n, true
	}
	any := false
	for j < len(toks) {
		w := r.word(j)
		if w == nil {
			if any && r.joined(j) && isTens(cur) {
				if u, ok := cardinal(r.word(j + 1)); ok && u > 0 && u < 10 {
					cur += float64(u)
					j += 2
					continue
				}
			}
			break
		}
		if c, ok := cardinal(w); ok {
			if any && !fits(cur, c) {
				break
			}
			cur += float64(c)
			any, lead = true, false
			j++
			continue
		}
		if !any && !lead {
			break
		}
		switch string(w) {
		case "hundred":
			if cur >= 100 || cur == 0 {
				return finish(n, j, total+cur, any)
			}
			cur *= 100
			any, lead = true, false
			j++
			continue
		case "dozen":
			n.Dozen = true
			return finish(n, j+1, total+cur*12, true)
		case "and":
			if (total > 0 || cur >= 100) && int64(cur)%100 == 0 {
				if c, ok := cardinal(r.word(j + 1)); ok && c > 0 {
					cur += float64(c)
					j += 2
					continue
				}
			}
			return finish(n, j, total+cur, any)
		}
		sc, ok := bigScale(w)
		if !ok || sc >= last || cur == 0 {
			break
		}
		total += cur * sc
		cur, last = 0, sc
		any, lead = true, false
		j++
	}
	return finish(n, j, total+cur, any)
}

func finish(n Number, next int, v float64, ok bool) (Number, bool) {
	if !ok {
		return n, false
	}
	n.Value, n.Next = v, next
	return n, true
}

// isTens reports whether v ends in a bare tens word ("twenty", "three hundred forty").
func isTens(v float64) bool {
	t := int64(v) % 100
	return t >= 20 && t%10 == 0
}

// fits reports whether cardinal c may follow the group read so far: a unit after
// a tens word ("twenty one"), or anything after a hundred or a big scale
// ("hundred five", "thousand twenty").
func fits(cur float64, c int) bool {
	g := int64(cur) % 100
	if g == 0 {
		return c > 0
	}
	return isTens(cur) && c > 0 && c < 10
}
