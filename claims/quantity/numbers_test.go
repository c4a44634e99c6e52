package quantity

import (
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims/token"
)

func renderNumbers(s string) []string {
	var out []string
	for _, n := range Numbers(s, token.Scan(s, nil)) {
		out = append(out, s[n.Start:n.End]+"="+strconv.FormatFloat(n.Value, 'g', 6, 64))
	}
	return out
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"digits and words", "It took 3 hundred and 21 days.", []string{"3 hundred and 21=321"}},
		{"two numbers after and", "3 hundred and 2 hundred", []string{"3 hundred=300", "2 hundred=200"}},
		{"word fraction", "two thirds of voters", []string{"two thirds=0.666667"}},
		{"mixed with a half", "five and a half million", []string{"five and a half million=5.5e+06"}},
		{"point decimals", "nine point nought four", []string{"nine point nought four=9.04"}},
		{"scientific", "1.3e6 and 6.23x10^-4", []string{"1.3e6=1.3e+06", "6.23x10^-4=0.000623"}},
		{"list of numbers", "pages 22,24,26", []string{"22=22", "24=24", "26=26"}},
		{"thousands", "1,234,567 and 1.111,11", []string{"1,234,567=1.23457e+06", "1.111,11=1111.11"}},
		{"space groups", "40 000 people", []string{"40 000=40000"}},
		{"date parts", "on 5/17/2018", []string{"5=5", "17=17", "2018=2018"}},
		{"unit glued", "the 180ml bottle", nil},
		{"pronoun one", "the one you saw", nil},
		{"minus words", "minus five point five", []string{"minus five point five=-5.5"}},
		{"lakh", "13 lakh", []string{"13 lakh=1.3e+06"}},
		{"ratio", "one out of three", []string{"one out of three=0.333333"}},
		{"no ratio before a noun", "$2000 over 3 years", []string{"2000=2000", "3=3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, renderNumbers(tt.in), tt.in)
		})
	}
}

func TestOrdinals(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"digits", "the 21st century", []string{"21st=21"}},
		{"compound", "one hundred twenty-fifth", []string{"one hundred twenty-fifth=125"}},
		{"scale", "three trillionth", []string{"three trillionth=3e+12"}},
		{"fraction is none", "a trillionth", nil},
		{"relative", "the second to last one", []string{"the second to last=end-1"}},
		{"next one", "Show me the next one.", []string{"next one=current+1"}},
		{"time is no ordinal", "in 30 seconds and 1 second", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, o := range Ordinals(tt.in, token.Scan(tt.in, nil)) {
				v := strconv.FormatFloat(o.Value, 'g', 6, 64)
				if o.Relative != "" {
					v = o.Relative + strconv.Itoa(o.Offset)
					if o.Offset >= 0 {
						v = o.Relative + "+" + strconv.Itoa(o.Offset)
					}
				}
				got = append(got, tt.in[o.Start:o.End]+"="+v)
			}
			assert.Equal(t, tt.want, got, tt.in)
		})
	}
}

// FuzzNumbers checks that Numbers and Ordinals never panic, keep their spans
// inside the input on rune boundaries, in order, and are deterministic.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"one hundred and three and two thirds", "- 1 4/5", "1.1^--23", "½ and ⅔",
		"3 hundred and 2.12 hundred", "the one before the last one", "twenty-one trillion and three hundred twenty second",
		"1 234 567.89", "12,34,567.89", "\xff1e9", ".08", "nought point eleven"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := token.Scan(s, nil)
		ns := Numbers(s, toks)
		require.Equal(t, ns, Numbers(s, toks))
		last := 0
		for _, n := range ns {
			require.True(t, n.Start >= last && n.Start < n.End && n.End <= len(s), "span %d-%d", n.Start, n.End)
			require.True(t, onBoundary(s, n.Start) && onBoundary(s, n.End), "span %d-%d cuts a rune", n.Start, n.End)
			last = n.End
		}
		os := Ordinals(s, toks)
		require.Equal(t, os, Ordinals(s, toks))
		for _, o := range os {
			require.True(t, o.Start >= 0 && o.Start < o.End && o.End <= len(s))
			require.True(t, onBoundary(s, o.Start) && onBoundary(s, o.End))
		}
	})
}

// onBoundary reports whether offset b does not cut a valid rune of s; stray
// bytes of invalid UTF-8 are runes of their own.
func onBoundary(s string, b int) bool {
	if b <= 0 || b >= len(s) || utf8.RuneStart(s[b]) {
		return true
	}
	start := b - 1
	for start > 0 && !utf8.RuneStart(s[start]) && b-start < utf8.UTFMax {
		start--
	}
	r, size := utf8.DecodeRuneInString(s[start:])
	return r == utf8.RuneError && size <= 1 || start+size <= b
}
