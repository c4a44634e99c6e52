package rules

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// timeGapRe matches a gap in seconds told between two finishing times: "8.4
// seconds ahead of", "14sec behind".
var timeGapRe = regexp.MustCompile(`(?i)\b(\d{1,3}(?:\.\d{1,3})?)\s*(seconds?|secs?|s)\s+(?:ahead of|behind|clear of|in front of|faster than|slower than)\b`)

// checkTimeGap checks the gap a sentence gives between its two times: "won
// in 26:41.3, 8.4 seconds ahead of Elin Holmqvist, who crossed the line in
// 26:48.7" is 7.4 seconds apart. The gap stands between the two times.
func checkTimeGap(p *Pass, fs []*claims.Fact) {
	var times []*claims.Fact
	for _, f := range fs {
		if f.Quantity != nil && f.Quantity.Unit == "h:m:s" && f.Quantity.Hedge == "" && !f.Quantity.IsRange {
			times = append(times, f)
		}
	}
	if len(times) != 2 || times[0].Span.End >= times[1].Span.Start {
		return
	}
	a, b := times[0], times[1]
	if before := strings.ToLower(a.Doc.Text[max(a.Sentence.Start, a.Span.Start-12):a.Span.Start]); strings.Contains(before, "record of") || strings.Contains(before, "mark of") || strings.Contains(before, "best of") {
		return // "took 8.5 seconds off the old record of 16:51.3" (or "the previous mark of"): the record is no finisher's time
	}
	between := a.Doc.Text[a.Span.End:b.Span.Start]
	m := timeGapRe.FindStringSubmatchIndex(between)
	if m == nil {
		// "Carvalho finished in 1:52:18.6 and Nagy in 1:52:21.4, giving the
		// Brazilian victory by 3.8 seconds": the gap told after both times.
		checkTimeGapAfter(p, a, b)
		return
	}
	if len(timeGapRe.FindAllStringIndex(between, -1)) > 1 {
		return
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(between[m[1]:]), func(r rune) bool { return r == ' ' || r == ',' }) {
		switch w {
		case "with", "while", "and", "second", "third", "fourth", "fifth", ";":
			return // "23 seconds behind, with Kenta Morishita third in 2:04:36": the second time is a third runner's
		}
	}
	lead := strings.ToLower(strings.TrimRight(between[:m[2]], " "))
	for _, u := range []string{"min", "mins", "minute", "minutes", "m", "and"} {
		if strings.HasSuffix(lead, u) {
			return // "1min 12sec ahead", "a minute and 12 seconds ahead": the seconds are a part of the gap
		}
	}
	reportTimeGap(p, a, b, between[m[2]:m[3]], claims.Span{Start: a.Span.End + m[2], End: a.Span.End + m[5]})
}

// gapAfterRe matches a margin told after two times: ", giving the Brazilian
// victory by 3.8 seconds", ", winning by 0.4 seconds", "a margin of 2.1 seconds".
var gapAfterRe = regexp.MustCompile(`(?i)^[^0-9;]{0,50}?\b(?:by|margin of)\s+(\d{1,3}(?:\.\d{1,3})?)\s*(seconds?|secs?|s)\b`)

// checkTimeGapAfter checks a margin the sentence gives right after its two
// times.
func checkTimeGapAfter(p *Pass, a, b *claims.Fact) {
	between := strings.ToLower(a.Doc.Text[a.Span.End:b.Span.Start])
	if !strings.Contains(between, " and ") && !strings.Contains(between, ", ") {
		return
	}
	after := a.Doc.Text[b.Span.End:a.Sentence.End]
	m := gapAfterRe.FindStringSubmatchIndex(after)
	if m == nil {
		return
	}
	reportTimeGap(p, a, b, after[m[2]:m[3]], claims.Span{Start: b.Span.End + m[2], End: b.Span.End + m[5]})
}

// reportTimeGap reports a stated gap between times a and b, written with
// its digits in stated at span, that misses their difference beyond its
// rounding.
func reportTimeGap(p *Pass, a, b *claims.Fact, stated string, span claims.Span) {
	v, err := strconv.ParseFloat(stated, 64)
	if err != nil {
		return
	}
	decimals := 0
	if _, frac, ok := strings.Cut(stated, "."); ok {
		decimals = len(frac)
	}
	gap := math.Abs(b.Quantity.Value - a.Quantity.Value)
	if math.Abs(gap-v) <= 0.5*math.Pow(10, -float64(decimals))+1e-9 {
		return
	}
	g := &claims.Fact{Kind: claims.KindQuantity, Doc: a.Doc, Sentence: a.Sentence, Span: span}
	hi, lo := b, a
	if b.Quantity.Value < a.Quantity.Value {
		hi, lo = a, b
	}
	msg := fmt.Sprintf("%s between %s and %s does not fit: the times are %s seconds apart (%s − %s)",
		Quote(g), Quote(a), Quote(b), strconv.FormatFloat(gap, 'f', decimals, 64), hi.Text(), lo.Text())
	p.Report(Finding{Message: msg, Claims: ClaimsOf(g, a, b)})
}
