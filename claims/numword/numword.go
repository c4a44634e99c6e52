// Package numword reads English number words: cardinals ("twenty-one", "a dozen",
// "three hundred thousand") and ordinals ("third", "21st").
package numword

import "strings"

var cardinals = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

// Cardinal returns the value of a single cardinal word below one hundred ("seven",
// "forty"), case-insensitive.
func Cardinal(w string) (int, bool) {
	v, ok := cardinals[strings.ToLower(w)]
	return v, ok
}

// Ordinal returns the value of a single ordinal word ("third") or a digit ordinal
// ("3rd", "21st", "12th"), case-insensitive. Hyphenated compounds ("twenty-first")
// are split by the tokenizer; see OrdinalCompound.
func Ordinal(w string) (int, bool) {
	lw := strings.ToLower(w)
	if v, ok := ordinals[lw]; ok {
		return v, true
	}
	if len(lw) < 3 {
		return 0, false
	}
	suf := lw[len(lw)-2:]
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

// OrdinalCompound reads "twenty" + "first" (the parts of "twenty-first").
func OrdinalCompound(tens, unit string) (int, bool) {
	t, ok := cardinals[strings.ToLower(tens)]
	if !ok || t < 20 || t%10 != 0 {
		return 0, false
	}
	u, ok := ordinals[strings.ToLower(unit)]
	if !ok || u > 9 {
		return 0, false
	}
	return t + u, true
}

// Scale returns the multiplier of a scale word ("thousand" = 1e3, "bn" = 1e9).
func Scale(w string) (float64, bool) {
	switch strings.ToLower(w) {
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
	}
	return 0, false
}
