package rules

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// scoreLineRe matches a match's set or game scores written in a row: "21-18,
// 17-21, 15-12", "6–4, 3–6, 7–5" (two sets at least).
var scoreLineRe = regexp.MustCompile(`\b\d{1,2}[-–]\d{1,2}(?:, \d{1,2}[-–]\d{1,2})+\b`)

// scoreLine is one match's score line in a sentence, with the names the
// sentence gives (the players or teams).
type scoreLine struct {
	f     *claims.Fact // the line as a claim, for its position
	sets  []string     // "21-18", "17-21", "15-12"
	names map[string]bool
}

// checkScoreLines reports one match's score line given with one set different
// by two sources: "beating Prates and Lacerda 21-18, 17-21, 15-12" against "…
// 21-18, 17-21, 15-13". Every other set the same and two players' names shared hold
// the match; a line of other sets is another match.
func checkScoreLines(p *Pass) {
	var lines []scoreLine
	for _, d := range p.Index.Docs {
		if !scoreLineRe.MatchString(d.Text) {
			continue
		}
		for _, sp := range claims.Sentences(d.Text) {
			sent := d.Text[sp.Start:sp.End]
			for _, m := range scoreLineRe.FindAllStringIndex(sent, -1) {
				if d.Skipped(sp.Start + m[0]) {
					continue
				}
				f := &claims.Fact{Kind: claims.KindQuantity, Doc: d, Sentence: sp,
					Span: claims.Span{Start: sp.Start + m[0], End: sp.Start + m[1]}}
				sets := strings.Split(strings.ReplaceAll(sent[m[0]:m[1]], "–", "-"), ", ")
				lines = append(lines, scoreLine{f: f, sets: sets, names: capitalNames(sent)})
			}
		}
	}
	for i, a := range lines {
		for _, b := range lines[i+1:] {
			if a.f.Doc == b.f.Doc || len(a.sets) != len(b.sets) || sharedPeople(a.names, b.names) < 2 || otherCountries(a.names, b.names) {
				continue
			}
			diff := -1
			for k := range a.sets {
				if a.sets[k] != b.sets[k] {
					if diff >= 0 {
						diff = -2 // two sets differ: another match
						break
					}
					diff = k
				}
			}
			if diff < 0 {
				continue
			}
			msg := fmt.Sprintf("%s vs %s: set %d is %s in the first and %s in the second; every other set is the same",
				QuoteAt(a.f), QuoteAt(b.f), diff+1, a.sets[diff], b.sets[diff])
			p.Report(Finding{Severity: Warning, Message: msg, Claims: ClaimsOf(b.f, a.f)})
		}
	}
}

// capitalNames returns the folded capitalised words of a sentence after its
// first word (unless a country), four letters or more: the names a score
// line's match is told by.
func capitalNames(sent string) map[string]bool {
	out := map[string]bool{}
	ws := strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for i, w := range ws {
		r := []rune(w)
		w = textnorm.Fold(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if i == 0 && attrib.CountryName(w) == "" || len(r) < 4 || !unicode.IsUpper(r[0]) {
			continue // the first word is capitalised anyway, a country's name aside
		}
		out[w] = true
	}
	return out
}

// otherCountries reports two sentences that both name countries and share
// none: a pair that lost "19-21, 21-23" to Thailand and "18-21, 21-23" to
// Indonesia played two matches.
func otherCountries(a, b map[string]bool) bool {
	ca, cb := map[string]bool{}, map[string]bool{}
	for w := range a {
		if c := attrib.CountryName(w); c != "" {
			ca[c] = true
		}
	}
	for w := range b {
		if c := attrib.CountryName(w); c != "" {
			cb[c] = true
		}
	}
	return len(ca) > 0 && len(cb) > 0 && sharedNames(ca, cb) == 0
}

// sharedPeople counts the names two sets share that are no country or
// nationality: the players' own.
func sharedPeople(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] && attrib.CountryName(w) == "" && attrib.CountryOfAdjective(w) == "" && attrib.CountryOfAdjective(strings.TrimSuffix(w, "s")) == "" {
			n++
		}
	}
	return n
}

// sharedNames counts the names two sets share.
func sharedNames(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
