package quantity

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDigitsOf compares digitsOf with the buffered version it replaced.
func TestDigitsOf(t *testing.T) {
	cases := []string{"", "abc", "0", "00", "000.5", "630,000", "2.6", "2.60", "15.73", "1,234.5", "1.234,5",
		"0.05", "0.0", "100", "105", "5", "75,000", "2.6 million", "8bn", "a dozen", "10 1/2", "1/3", "US$ 1.5",
		"12345678901234567890123456789012345678901234567890", "0.12345678901234567890123456789012345678901234567890",
		"1.2.3", "1,,2", "1,.5", "7.", ".5", "x9y"}
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0123456789,.. x0005"
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, w := range cases {
		l1, p1, la1, s1, d1, o1 := digitsOf(w)
		l2, p2, la2, s2, d2, o2 := digitsOfRef(w)
		if l1 != l2 || p1 != p2 || la1 != la2 || s1 != s2 || d1 != d2 || o1 != o2 {
			t.Errorf("digitsOf(%q) = %v %v %v %v %v %v, want %v %v %v %v %v %v", w, l1, p1, la1, s1, d1, o1, l2, p2, la2, s2, d2, o2)
		}
	}
}

// digitsOfRef is the first digitsOf, kept to check the one-pass version; it reads the first run of digits in written ("630,000", "2.6"): its value,
// the place value of its last significant digit, that digit, the number of
// significant digits and whether it had decimals.
func digitsOfRef(written string) (lit, place float64, last, sig int, decimals, ok bool) {
	i := 0
	for i < len(written) && (written[i] < '0' || written[i] > '9') {
		i++
	}
	if i == len(written) {
		return 0, 0, 0, 0, false, false
	}
	var intPart, fracPart []byte
	var ibuf, fbuf [32]byte
	intPart, fracPart = ibuf[:0], fbuf[:0]
	for ; i < len(written); i++ {
		c := written[i]
		switch {
		case c >= '0' && c <= '9':
			if decimals {
				if len(fracPart) < len(fbuf) {
					fracPart = append(fracPart, c)
				}
			} else if len(intPart) < len(ibuf) {
				intPart = append(intPart, c)
			}
		case c == ',' && !decimals:
		case c == '.' && !decimals && i+1 < len(written) && written[i+1] >= '0' && written[i+1] <= '9':
			decimals = true
		default:
			i = len(written)
		}
	}
	for _, c := range intPart {
		lit = lit*10 + float64(c-'0')
	}
	if decimals && len(fracPart) > 0 {
		f, p := 0.0, 1.0
		for _, c := range fracPart {
			p /= 10
			f += float64(c-'0') * p
		}
		lit += f
		place = p
		last = int(fracPart[len(fracPart)-1] - '0')
		sig = countSig(intPart) + len(fracPart)
		return lit, place, last, sig, true, true
	}
	place = 1
	j := len(intPart) - 1
	for j > 0 && intPart[j] == '0' {
		place *= 10
		j--
	}
	if j >= 0 {
		last = int(intPart[j] - '0')
		sig = countSig(intPart[:j+1])
	}
	return lit, place, last, sig, false, true
}

// countSig counts digits after the leading zeros.
func countSig(d []byte) int {
	i := 0
	for i < len(d) && d[i] == '0' {
		i++
	}
	return len(d) - i
}

// TestIsFractionText compares the one-pass isFractionText with the search for
// each word it replaced.
func TestIsFractionText(t *testing.T) {
	ref := func(w string) bool {
		if strings.Contains(w, "/") {
			return true
		}
		for _, f := range [...]string{"half", "third", "quarter", "fifth", "tenth", " in ", " out of "} {
			if containsFold(w, f) {
				return true
			}
		}
		return false
	}
	cases := []string{"", "1/3", "a half", "HALF", "two-thirds", "one in five", "one\x00in\x00five", "two out of three",
		"quarter", "Quarte", "a fifth", "tenth", "hal", "5 million", " in", "in ", "thi rd", "QUARTER million",
		"a dozen", "DOZEN", "dozens", "doze", "half a dozen", "dozen/3", "\x0f", "dOzEn 1/2"}
	r := rand.New(rand.NewPCG(5, 6))
	const alphabet = "hHalftTrdiqQuenoNzZD \x00/5\x0f"
	for range 20000 {
		b := make([]byte, r.IntN(14))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, w := range cases {
		if got, want := isFractionText(w), ref(w); got != want {
			t.Errorf("isFractionText(%q) = %v, want %v", w, got, want)
		}
		// Granularity asks for a dozen only of a text that is no fraction
		if fraction, dozen := fractionOrDozen(w); !fraction && dozen != containsFold(w, "dozen") {
			t.Errorf("fractionOrDozen(%q) dozen = %v, want %v", w, dozen, !dozen)
		}
	}
}
