package quantity

import "math"

// Granularity returns the rounding step g of the number n as it was written
// (written is its literal text: "630,000", "2.6 million", "8bn", "ten", "a dozen").
// Hedges widen a number by g (see the package doc), so g encodes how precisely the
// writer stated it:
//
//   - digits: the place value of the last non-zero digit, times the scale word:
//     97 → 1, 110 → 10, 630,000 → 10,000, 500,000 → 100,000, 8 billion → 1 billion;
//   - decimals: the place of the last written decimal, zeros included, because a
//     writer who kept "2.0" meant it: 2.6 million → 0.1 million, 14.83 → 0.01;
//   - a last significant digit 5 after other digits is read as rounding to fives:
//     25 → 5, 150 → 50, 75,000 → 5,000, 1.5 million → 0.5 million;
//   - words: the same rules on the value (ten → 10, three hundred thousand →
//     100,000); numbers in dozens step by a dozen (a dozen → 6, three dozen → 12);
//   - fractions ("1/3", "two-thirds", "one in five"): a tenth of the value;
//   - an integer without scale never steps by less than 1.
//
// It returns 1 for zero, for non-finite n and for numbers it cannot read.
func Granularity(n float64, written string) float64 {
	if math.IsNaN(n) || math.IsInf(n, 0) || n == 0 {
		return 1
	}
	n = math.Abs(n)
	if plainDigits(written) {
		// the common "630,000": no word or slash to look for
		return digitGranularity(n, written)
	}
	fraction, dozen := fractionOrDozen(written)
	if fraction {
		return n / 10
	}
	if dozen {
		if n > 12 {
			return 12
		}
		return 6
	}
	return digitGranularity(n, written)
}

// plainDigits reports whether written holds only digits and separators.
func plainDigits(written string) bool {
	for i := 0; i < len(written); i++ {
		if c := written[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// digitGranularity is Granularity once fractions and dozens are ruled out.
func digitGranularity(n float64, written string) float64 {
	lit, place, last, sig, decimals, ok := digitsOf(written)
	if !ok {
		return wordGranularity(n)
	}
	g := place
	if last == 5 && sig > 1 {
		g = 5 * place
	}
	if lit == 0 {
		return 1
	}
	scale := n / lit
	if !decimals && scale == 1 && g < 1 {
		g = 1
	}
	return g * scale
}

// wordGranularity applies the digit rules to a value written in words.
func wordGranularity(n float64) float64 {
	if n != math.Trunc(n) || n >= 1e18 {
		return n / 10
	}
	v := uint64(n)
	place := 1.0
	for v%10 == 0 {
		v /= 10
		place *= 10
	}
	if v%10 == 5 && v >= 10 {
		return 5 * place
	}
	return place
}

// digitsOf reads the first run of digits in written ("630,000", "2.6"): its value,
// the place value of its last significant digit, that digit, the number of
// significant digits and whether it had decimals. It reads at most 32 digits
// before and 32 after the point, in one pass without buffers.
func digitsOf(written string) (lit, place float64, last, sig int, decimals, ok bool) {
	const maxDigits = 32
	i := 0
	for i < len(written) && (written[i] < '0' || written[i] > '9') {
		i++
	}
	if i == len(written) {
		return 0, 0, 0, 0, false, false
	}
	nInt, firstNZ, lastNZ, lastNZDigit := 0, -1, -1, 0 // digits kept before the point; non-zero ones
	nFrac, lastFrac := 0, 0
	f, p := 0.0, 1.0
	for ; i < len(written); i++ {
		c := written[i]
		switch {
		case c >= '0' && c <= '9':
			d := c - '0'
			if decimals {
				if nFrac < maxDigits {
					p /= 10
					f += float64(d) * p
					lastFrac = int(d)
					nFrac++
				}
			} else if nInt < maxDigits {
				lit = lit*10 + float64(d)
				if d != 0 {
					if firstNZ < 0 {
						firstNZ = nInt
					}
					lastNZ, lastNZDigit = nInt, int(d)
				}
				nInt++
			}
		case c == ',' && !decimals:
		case c == '.' && !decimals && i+1 < len(written) && written[i+1] >= '0' && written[i+1] <= '9':
			decimals = true
		default:
			i = len(written)
		}
	}
	lead := nInt // leading zeros of the integer digits
	if firstNZ >= 0 {
		lead = firstNZ
	}
	if decimals && nFrac > 0 {
		return lit + f, p, lastFrac, nInt - lead + nFrac, true, true
	}
	place = 1
	j := max(lastNZ, 0) // the last non-zero digit; the first when all are zeros
	for k := nInt - 1; k > j; k-- {
		place *= 10
	}
	return lit, place, lastNZDigit, max(j+1-lead, 0), false, true
}

// isFractionText reports whether written states a proportion.
// It looks for "/" and, ignoring ASCII case, "half", "third", "quarter",
// "fifth", "tenth", " in ", " out of ".
func isFractionText(w string) bool {
	fraction, _ := fractionOrDozen(w)
	return fraction
}

// fractionOrDozen reports whether w states a proportion (as isFractionText
// reads it) and whether it holds "dozen" (as containsFold reads it): one pass
// for both, trying only the words whose first letter is at hand.
func fractionOrDozen(w string) (fraction, dozen bool) {
	for i := 0; i < len(w); i++ {
		switch w[i] | 0x20 {
		case '/' | 0x20:
			if w[i] == '/' {
				return true, false
			}
		case 'h':
			if foldAt(w, i, "half") {
				return true, false
			}
		case 't':
			if foldAt(w, i, "third") || foldAt(w, i, "tenth") {
				return true, false
			}
		case 'q':
			if foldAt(w, i, "quarter") {
				return true, false
			}
		case 'f':
			if foldAt(w, i, "fifth") {
				return true, false
			}
		case ' ':
			if foldAt(w, i, " in ") || foldAt(w, i, " out of ") {
				return true, false
			}
		case 'd':
			dozen = dozen || foldAt(w, i, "dozen")
		}
	}
	return false, dozen
}

// foldAt reports whether sub (lower-case ASCII) occurs in s at i, ignoring
// ASCII case as containsFold does.
func foldAt(s string, i int, sub string) bool {
	if i+len(sub) > len(s) {
		return false
	}
	for k := 0; k < len(sub); k++ {
		if s[i+k]|0x20 != sub[k]|0x20 {
			return false
		}
	}
	return true
}

// containsFold reports whether sub (lower-case ASCII) occurs in s, ignoring ASCII case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && s[i+k]|0x20 == sub[k]|0x20 {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}
