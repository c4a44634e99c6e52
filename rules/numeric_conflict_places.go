package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// readingsOfTwoPlaces reports two temperature readings taken at places their
// sentences name differently: "Jacobabad recorded 49.0C on Monday" and
// "Karachi, which reached nearly 43C on Monday" are two towns' readings, not
// two figures of one.
func readingsOfTwoPlaces(a, b *claims.Fact) bool {
	if !temperatureUnit(a.Quantity.Unit) || !temperatureUnit(b.Quantity.Unit) {
		return false
	}
	pa, pb := readingPlace(a), readingPlace(b)
	return pa != "" && pb != "" && pa != pb
}

func temperatureUnit(u string) bool { return u == "°C" || u == "°F" }

// readingPlace returns the place a temperature reading is told of, folded:
// the name after "at" or "in" right after the figure ("45.8 degrees Celsius
// at Ongole"), else the nearest capitalised name before it in its clause
// ("Karachi, which reached …"), passing over dates; "" when there is none.
func readingPlace(f *claims.Fact) string {
	text := f.Doc.Text
	if f.Span.End > len(text) || f.Sentence.End > len(text) || f.Sentence.Start > f.Span.Start {
		return ""
	}
	after := text[f.Span.End:f.Sentence.End]
	for _, p := range []string{" at ", " in "} {
		if strings.HasPrefix(after, p) {
			if name := leadingName(after[len(p):]); name != "" {
				return textnorm.Fold(name)
			}
		}
	}
	before := text[f.Sentence.Start:f.Span.Start]
	ws := strings.Fields(before)
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(ws[i], ",.;:"), "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || calendarWord(w) || notPlace(w) {
			continue
		}
		return textnorm.Fold(w)
	}
	return ""
}

// leadingName returns the capitalised word s opens with, or "".
func leadingName(s string) string {
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ",.;:")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || calendarWord(w) {
		return ""
	}
	return w
}

// notPlace reports capitalised words that open sentences or name bodies,
// not places: "The", "Department".
func notPlace(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "on", "in", "at", "by", "temperatures", "temperature", "it", "its", "this", "that", "there",
		"department", "office", "agency", "service", "ministry", "centre", "center", "bureau", "administration", "institute", "authority":
		return true
	}
	return false
}

// calendarWord reports a month or weekday name.
func calendarWord(w string) bool {
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
