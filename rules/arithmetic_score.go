package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numword"
)

// scoreMarginRe finds the margin of a result told beside a score: "a
// seven-point margin", "a two-goal win". "Trailing by four goals" and "a
// seven-point lead" are margins during the match, not of its result.
var scoreMarginRe = regexp.MustCompile(`(?i)\b(?:an?|the)\s+([a-z]+|\d+)-(?:point|goal)\s+(?:margin|win|victory|defeat|loss)\b`)

// checkScoreMargin checks a margin against the one score its sentence gives:
// "Pune won 38-33, a seven-point margin" is a five-point margin.
func checkScoreMargin(p *Pass, fs []*claims.Fact) {
	if len(fs) == 0 {
		return
	}
	f := fs[0]
	scores := sentenceScores(f)
	if len(scores) != 1 {
		return // several matches, or sets: no telling which the margin is of
	}
	sides := strings.SplitN(scores[0], "-", 2)
	a, errA := strconv.Atoi(sides[0])
	b, errB := strconv.Atoi(sides[1])
	if errA != nil || errB != nil {
		return
	}
	text := f.SentenceText()
	ms := scoreMarginRe.FindAllStringSubmatch(text, -1)
	if len(ms) != 1 {
		return
	}
	at, sc := strings.Index(text, ms[0][0]), strings.Index(text, scores[0])
	if at < 0 || sc < 0 || at-(sc+len(scores[0])) > 40 || sc-(at+len(ms[0][0])) > 40 {
		return // "beat Rovers 3-1 and lead the table by five points": a margin of something else
	}
	word := ms[0][1]
	n, err := strconv.Atoi(word)
	if err != nil {
		v, ok := numword.Cardinal(strings.ToLower(word))
		if !ok {
			return
		}
		n = v
	}
	diff := max(a, b) - min(a, b)
	if n == diff || diff == 0 {
		return
	}
	p.Report(Finding{Claims: ClaimsOf(f), Message: fmt.Sprintf(
		"%s (%s): the margin %q does not fit the score %s: %d − %d = %d",
		QuoteText(text), Where(f), strings.TrimSpace(ms[0][0]), scores[0], max(a, b), min(a, b), diff)})
}
