package source

import "strings"

// weatherLabels name a reading in a one-line weather widget ("humidity 78%",
// "wind 15 km/h", "UV index 8").
var weatherLabels = map[string]bool{
	"humidity": true, "wind": true, "rain": true, "precipitation": true, "uv": true,
	"uv index": true, "visibility": true, "pressure": true, "feels like": true,
	"high": true, "low": true, "max": true, "min": true, "temp": true, "temperature": true,
	"chance of rain": true, "dew point": true,
}

// windWords are conditions that widgets print besides the sky ones of weatherWords.
var windWords = map[string]bool{
	"light wind": true, "light winds": true, "strong wind": true, "strong winds": true,
	"windy": true, "calm": true, "breezy": true, "gusty": true, "humid": true, "hot": true,
	"scattered showers": true, "light showers": true, "rain showers": true,
	"thunderstorms": true, "clear skies": true, "sunny spells": true, "hot and humid": true,
}

// weatherHeads are the labels that open a weather widget line or head its block.
var weatherHeads = []string{"weather", "today's weather", "weather today", "weather forecast", "forecast"}

// inlineWeather reads a one-line weather widget: segments split by commas or
// bars, each a condition ("light wind"), a labelled reading ("humidity 78%"),
// a bare reading or a town with a temperature ("Ha Long 24°C"), optionally after
// a "Weather:" label. ok: every segment is such a piece; strong: a temperature
// is among them; alone: the line is a widget by itself (a temperature with
// another piece or a label), not only as part of a run of widget lines.
func inlineWeather(t string) (ok, strong, alone bool) {
	if len(t) > 120 || len(t) < 3 {
		return false, false, false
	}
	labelled := false
	for _, h := range weatherHeads {
		if len(t) < len(h) || !strings.EqualFold(t[:len(h)], h) {
			continue
		}
		rest := strings.TrimSpace(t[len(h):])
		if rest == "" || rest == ":" {
			return true, false, false // the heading of a widget block
		}
		if r, cut := strings.CutPrefix(rest, ":"); cut {
			t, labelled = strings.TrimSpace(r), true
			break
		}
	}
	low := strings.ToLower(t)
	segs := strings.FieldsFunc(low, func(r rune) bool { return r == ',' || r == '|' || r == ';' || r == '·' })
	orig := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '|' || r == ';' || r == '·' })
	if len(segs) == 0 || len(segs) != len(orig) {
		return false, false, false
	}
	for k, seg := range segs {
		okSeg, temp := weatherSegment(strings.TrimSpace(seg), strings.TrimSpace(orig[k]))
		if !okSeg {
			return false, false, false
		}
		strong = strong || temp
	}
	return true, strong, strong && (len(segs) >= 2 || labelled)
}

// weatherSegment reads one piece of a weather line (lower-cased and original
// text) and tells whether it holds a temperature.
func weatherSegment(low, orig string) (ok, temp bool) {
	if weatherWords[low] || windWords[low] {
		return true, false
	}
	f := strings.Fields(low)
	if len(f) == 0 || len(f) > 7 {
		return false, false
	}
	if m := measure(strings.Join(f, "")); m != "" {
		return true, m == "temp"
	}
	// "humidity 78%", "UV index 8", "78% humidity"
	for n := 1; n <= 3 && n < len(f); n++ {
		if weatherLabels[strings.Join(f[:n], " ")] {
			rest := strings.Join(f[n:], "")
			if m := measure(rest); m != "" || isAllDigits(rest) {
				return true, m == "temp"
			}
		}
		if weatherLabels[strings.Join(f[len(f)-n:], " ")] && measure(strings.Join(f[:len(f)-n], "")) != "" {
			return true, false
		}
	}
	// "Ha Long 24°C": a town of capitalised words, then a temperature.
	of := strings.Fields(orig)
	for n := 1; n <= 2 && n < len(of); n++ {
		if measure(strings.ToLower(strings.Join(of[len(of)-n:], ""))) == "temp" && townWords(of[:len(of)-n]) {
			return true, true
		}
	}
	return false, false
}

// townWords reports one to five capitalised words without punctuation, a town
// name in a widget ("Ho Chi Minh City").
func townWords(f []string) bool {
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if c := w[0]; c < 'A' || c > 'Z' || strings.ContainsAny(w, ".:;!?()") {
			return false
		}
	}
	return true
}

// isAllDigits reports a non-empty run of ASCII digits.
func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
