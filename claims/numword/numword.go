// Package numword reads English number words: cardinals ("twenty-one", "a dozen",
// "three hundred thousand") and ordinals ("third", "21st").
//
// Single words are looked up by Cardinal, Ordinal and Scale; ReadCardinal reads a
// compound cardinal over tokens from claims/token. Lookups lower-case into a stack
// buffer and switch on it, so they never allocate: the quantity parser calls them
// for every word of every sentence.
package numword

// maxWord bounds the words we look up; longer words are never number words.
const maxWord = 16

// lower copies the ASCII word w into buf lower-cased; ok is false when w is too
// long or not ASCII (no number word is).
func lower(w string, buf *[maxWord]byte) ([]byte, bool) {
	if len(w) == 0 || len(w) > maxWord {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// Cardinal returns the value of a single cardinal word below one hundred ("seven",
// "forty"), case-insensitive.
func Cardinal(w string) (int, bool) {
	if len(w) < 3 || len(w) > 9 {
		return 0, false // "one" to "seventeen": most words end here, unread
	}
	var buf [maxWord]byte
	b, ok := lower(w, &buf)
	if !ok {
		return 0, false
	}
	return cardinal(b)
}

// CardinalLower is Cardinal for a word the caller already lower-cased (ASCII).
func CardinalLower(lw []byte) (int, bool) {
	return cardinal(lw)
}

func cardinal(b []byte) (int, bool) {
	switch string(b) {
	case "zero":
		return 0, true
	case "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "thirteen":
		return 13, true
	case "fourteen":
		return 14, true
	case "fifteen":
		return 15, true
	case "sixteen":
		return 16, true
	case "seventeen":
		return 17, true
	case "eighteen":
		return 18, true
	case "nineteen":
		return 19, true
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	case "sixty":
		return 60, true
	case "seventy":
		return 70, true
	case "eighty":
		return 80, true
	case "ninety":
		return 90, true
	}
	return 0, false
}

// Ordinal returns the value of a single ordinal word ("third") or a digit ordinal
// ("3rd", "21st", "12th"), case-insensitive. Hyphenated compounds ("twenty-first")
// are split by the tokenizer; see OrdinalCompound.
func Ordinal(w string) (int, bool) {
	var buf [maxWord]byte
	lw, ok := lower(w, &buf)
	if !ok {
		return 0, false
	}
	if v, ok := ordinal(lw); ok {
		return v, true
	}
	if len(lw) < 3 {
		return 0, false
	}
	suf := string(lw[len(lw)-2:])
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	n := 0
	for _, c := range lw[:len(lw)-2] {
		if c < '0' || c > '9' || n > 1e6 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n > 0
}

func ordinal(b []byte) (int, bool) {
	switch string(b) {
	case "first":
		return 1, true
	case "second":
		return 2, true
	case "third":
		return 3, true
	case "fourth":
		return 4, true
	case "fifth":
		return 5, true
	case "sixth":
		return 6, true
	case "seventh":
		return 7, true
	case "eighth":
		return 8, true
	case "ninth", "nineth":
		return 9, true
	case "tenth":
		return 10, true
	case "eleventh":
		return 11, true
	case "twelfth":
		return 12, true
	case "thirteenth":
		return 13, true
	case "fourteenth":
		return 14, true
	case "fifteenth":
		return 15, true
	case "sixteenth":
		return 16, true
	case "seventeenth":
		return 17, true
	case "eighteenth":
		return 18, true
	case "nineteenth":
		return 19, true
	case "twentieth":
		return 20, true
	case "thirtieth":
		return 30, true
	case "fortieth":
		return 40, true
	case "fiftieth":
		return 50, true
	case "sixtieth":
		return 60, true
	case "seventieth":
		return 70, true
	case "eightieth":
		return 80, true
	case "ninetieth":
		return 90, true
	case "hundredth":
		return 100, true
	}
	return 0, false
}

// OrdinalCompound reads "twenty" + "first" (the parts of "twenty-first").
func OrdinalCompound(tens, unit string) (int, bool) {
	t, ok := Cardinal(tens)
	if !ok || t < 20 || t%10 != 0 {
		return 0, false
	}
	u, ok := Ordinal(unit)
	if !ok || u > 9 {
		return 0, false
	}
	return t + u, true
}

// Scale returns the multiplier of a scale word ("thousand" = 1e3, "bn" = 1e9).
// The one-letter abbreviations ("m", "b", "k") are returned too: callers decide
// whether the context (money) allows them.
func Scale(w string) (float64, bool) {
	var buf [maxWord]byte
	b, ok := lower(w, &buf)
	if !ok {
		return 0, false
	}
	return scale(b)
}

// ScaleLower is Scale for a word the caller already lower-cased (ASCII).
func ScaleLower(lw []byte) (float64, bool) {
	return scale(lw)
}

func scale(b []byte) (float64, bool) {
	switch string(b) {
	case "hundred":
		return 1e2, true
	case "thousand", "k":
		return 1e3, true
	case "million", "mn", "mln", "m":
		return 1e6, true
	case "billion", "bn", "b":
		return 1e9, true
	case "trillion", "tn", "trn":
		return 1e12, true
	case "lakh", "lakhs":
		return 1e5, true
	case "crore", "crores":
		return 1e7, true
	}
	return 0, false
}

// cardinalWords are the words cardinal reads, one per value.
var cardinalWords = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
	"sixty", "seventy", "eighty", "ninety",
}

// CardinalWords returns every word Cardinal accepts, lower-case: callers build
// cheap first-letter gates from it so that most words skip the lookup.
func CardinalWords() []string {
	return append([]string(nil), cardinalWords[:]...)
}
