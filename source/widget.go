package source

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// weatherWords are the condition lines of weather widgets.
var weatherWords = map[string]bool{
	"clear sky": true, "clear": true, "few clouds": true, "scattered clouds": true,
	"broken clouds": true, "overcast clouds": true, "overcast": true, "light rain": true,
	"moderate rain": true, "heavy rain": true, "heavy intensity rain": true, "rain": true,
	"shower rain": true, "light shower rain": true, "thunderstorm": true, "snow": true,
	"light snow": true, "mist": true, "fog": true, "haze": true, "smoke": true,
	"drizzle": true, "light intensity drizzle": true, "sunny": true, "mostly sunny": true,
	"partly cloudy": true, "cloudy": true, "mostly cloudy": true, "showers": true,
}

// widgetLine reports whether a trimmed line belongs to a weather widget: a
// condition, a temperature ("19 ° C"), a humidity ("69 %"), a wind speed
// ("2.3kmh") or a weekday with or without a temperature ("Wed", "Thu 24°").
func widgetLine(t string) (ok, strong bool) {
	if len(t) > 40 { // widget lines are short; article lines are not worth lowering
		ok, strong, _ = inlineWeather(t)
		return ok, strong
	}
	low := strings.ToLower(t)
	if weatherWords[low] {
		return true, true
	}
	f := strings.Fields(low)
	if len(f) == 0 || len(f) > 4 {
		ok, strong, _ = inlineWeather(t)
		return ok, strong
	}
	if weekdays[strings.TrimRight(f[0], ".,")] {
		rest := strings.Join(f[1:], "")
		return rest == "" || measure(rest) != "", false
	}
	switch measure(strings.Join(f, "")) {
	case "temp":
		return true, true
	case "":
		ok, strong, _ = inlineWeather(t)
		return ok, strong
	}
	return true, false
}

// measure classifies a spaceless reading: "temp" for 19°C, "other" for 69% or
// 2.3kmh, "" for anything else.
func measure(s string) string {
	i := 0
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		i++
	}
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == '.' || s[j] == ',') {
		j++
	}
	if j == i {
		return ""
	}
	switch unit := s[j:]; unit {
	case "°", "°c", "°f", "ºc", "º", "c", "f":
		return "temp"
	case "%", "kmh", "km/h", "mph", "m/s", "kph", "mm", "hpa":
		return "other"
	}
	return ""
}

// weatherWidgets finds runs of widget lines (blank lines allowed between them)
// holding a temperature or a condition, with the town name line just before.
func weatherWidgets(text string, lines []line, first int) []claims.Skip {
	var skips []claims.Skip
	for i := first; i < len(lines); i++ {
		ok, strong := widgetLine(lines[i].trimmed(text))
		if !ok {
			continue
		}
		start, end, n, hasStrong, alone := i, i, 0, false, false
		for j := i; j < len(lines); j++ {
			t := lines[j].trimmed(text)
			if t == "" {
				continue
			}
			ok, strong = widgetLine(t)
			if !ok {
				break
			}
			_, _, one := inlineWeather(t)
			end, n, hasStrong, alone = j, n+1, hasStrong || strong, alone || one
		}
		if n >= 3 && hasStrong || alone {
			if p := prevText(text, lines, start, first); p >= 0 && isPlaceName(lines[p].trimmed(text)) {
				start = p
			}
			skips = append(skips, lineSkip(lines, start, end, "weather widget"))
		}
		i = end
	}
	return skips
}

// prevText returns the index of the nearest non-blank line before i, or -1.
func prevText(text string, lines []line, i, first int) int {
	for j := i - 1; j >= first; j-- {
		if !lines[j].blank(text) {
			return j
		}
	}
	return -1
}

// isPlaceName reports whether a line could be a town name heading a widget:
// one to three capitalised words and no sentence punctuation.
func isPlaceName(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 3 || strings.ContainsAny(t, ".,;:!?()") {
		return false
	}
	for _, w := range f {
		if c := w[0]; c >= 'a' && c <= 'z' || isDigit(c) {
			return false
		}
	}
	return true
}

// doubledPhrase reports whether a line is one phrase written twice, the way
// teaser links render a title over a title ("Port Opens New Berth Port Opens
// New Berth").
func doubledPhrase(t string) bool {
	if len(t) > 600 { // titles are short; this also bounds the work on huge lines
		return false
	}
	f := strings.Fields(t)
	if len(f) < 6 || len(f)%2 != 0 {
		return false
	}
	h := len(f) / 2
	for k := 0; k < h; k++ {
		if f[k] != f[h+k] {
			return false
		}
	}
	return true
}

// teasers skips each doubled-title line and the teaser paragraph after it.
func teasers(text string, lines []line, first int) []claims.Skip {
	var skips []claims.Skip
	for i := first; i < len(lines); i++ {
		if !doubledPhrase(lines[i].trimmed(text)) {
			continue
		}
		end := i
		j := i + 1
		for j < len(lines) && lines[j].blank(text) {
			j++
		}
		// The teaser is the next paragraph when it is short or cut with "...".
		k, size := j, 0
		for ; k < len(lines) && !lines[k].blank(text) && !doubledPhrase(lines[k].trimmed(text)); k++ {
			size += len(lines[k].trimmed(text))
		}
		if k > j {
			last := lines[k-1].trimmed(text)
			if size <= 400 || strings.HasSuffix(last, "...") || strings.HasSuffix(last, "…") {
				end = k - 1
			}
		}
		skips = append(skips, lineSkip(lines, i, end, "teaser"))
		i = end
	}
	return skips
}
