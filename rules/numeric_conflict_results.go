package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

// A match result is told many ways: "India beat South Korea 2-1", "beating
// Singapore 6-0, South Korea 2-1 …", "a 2-1 victory over South Korea", "South
// Korea, beaten 3-1 by India", "lost 3-1 to Korea". Two sources that give one
// pair of teams, at one stage of a competition, two different scores disagree
// on the match.

// teamName is a run of one to three capitalised words: "India", "South
// Korea", "Real Sociedad".
const teamName = `(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})`

// matchScore is a tight score, halves allowed for board games: "2-1", "2.5-1.5".
const matchScore = `(\d{1,2}(?:\.5)?[-–]\d{1,2}(?:\.5)?)`

var (
	// "India beat South Korea 2-1": the winner, the loser, the score.
	beatRe = regexp.MustCompile(teamName + `(?:,\s(?:who|which)(?:\shad|\shave)?)?\s(?:beat|defeated|edged|thrashed|swept|overcame|downed|stunned|routed|outclassed)\s` + teamName + `\s` + matchScore + `\b`)
	// "beating Singapore 6-0", and the list it may open: ", South Korea 2-1 …
	// and Thailand 3-0".
	beatingRe = regexp.MustCompile(`\b(?:beating|defeating|edging|thrashing|sweeping|overcoming|routing)\s` + teamName + `\s` + matchScore + `\b`)
	listedRe  = regexp.MustCompile(`^(?:[^,.;]{0,25}?)(?:,\s(?:and\s)?|\sand\s)` + teamName + `\s` + matchScore + `\b`)
	// "a 2-1 victory over South Korea", "Japan's 3-1 win over China".
	winOverRe = regexp.MustCompile(matchScore + `\s(?:win|victory|triumph|defeat|loss|draw)\s(?:over|against|to|with|by)\s(?:the\s)?` + teamName)
	// "beaten 3-1 by India", "lost 3-1 to Korea", "drew 2-2 with Oman".
	byRe = regexp.MustCompile(`\b(?:beaten|defeated|lost|drew|edged)\s` + matchScore + `\s(?:by|to|with|against)\s(?:the\s)?` + teamName)
	// "lost to Korea 3-1", "drew with Oman 2-2".
	toRe = regexp.MustCompile(`\b(?:lost|drew|fell)\s(?:to|with|against)\s(?:the\s)?` + teamName + `\s` + matchScore + `\b`)
)

// matchStageRe names the stage of a competition a match belongs to.
var matchStageRe = regexp.MustCompile(`(?i)\b(pool|group|quarter-?finals?|semi-?finals?|final|title|round of (?:16|32)|third[- ]place|bronze(?:-medal)? (?:match|game|play-off)|opener|opening match)\b`)

// teamResult is one match result a sentence gives.
type teamResult struct {
	f     *claims.Fact // the score as a claim, for its position
	teams [2]string    // the two teams, folded and sorted
	names [2]string    // the two teams as written, in the order of teams
	score string       // the score, larger side first: "2-1"
	stage string
	// series: the paragraph tells of teams that meet more than once ("to
	// level the final series", "the second Test").
	series bool
}

// checkMatchResults reports one pair of teams given two different scores
// by two sources at one stage ("India beat South Korea 2-1 in the pool" and
// "South Korea, beaten 3-1 by India in the pool stage").
func checkMatchResults(p *Pass) {
	var rs []teamResult
	for _, d := range p.Index.Docs {
		for _, sp := range claims.Sentences(d.Text) {
			rs = append(rs, sentenceResults(d, sp)...)
		}
	}
	seen := map[string]bool{}
	for i, a := range rs {
		for _, b := range rs[i+1:] {
			if a.f.Doc == b.f.Doc || a.teams != b.teams || a.score == b.score || a.stage != b.stage && a.stage != "" && b.stage != "" || !docPair(a.f, b.f) ||
				p.Index != nil && !p.Index.Related(a.f.Doc, b.f.Doc) || twiceMet(rs, a) || a.series || b.series {
				continue
			}
			k := a.f.Doc.Path + "\x00" + b.f.Doc.Path + "\x00" + a.teams[0] + "\x00" + a.teams[1]
			if seen[k] {
				continue
			}
			seen[k] = true
			first, second := a, b
			if b.f.Doc.Meta.Published.After(a.f.Doc.Meta.Published) {
				first, second = b, a // the later source is the one to check
			}
			p.Report(Finding{Severity: Warning, Claims: ClaimsOf(first.f, second.f), Message: fmt.Sprintf(
				"%s v %s: %s but %s: one match, two results", a.names[0], a.names[1],
				QuoteAt(first.f), QuoteAt(second.f))})
		}
	}
}

// seriesRe finds a source telling of teams that meet more than once: a
// series, a leg or a numbered game or Test.
var seriesRe = regexp.MustCompile(`\b[Ss]eries\b|\bbest-of|\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Dd]eciding) (?:Test|leg)\b|\bGame (?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[1-7])\b|\b[Rr]eturn leg\b|\b[Rr]ematch\b`)

// twiceMet reports a pair of teams that one source gives two scores of: the
// teams met twice, so no score of theirs stands for one match.
func twiceMet(rs []teamResult, a teamResult) bool {
	for _, r := range rs {
		if r.teams == a.teams && r.stage == a.stage && r.score != a.score && r.f.Doc == a.f.Doc {
			return true
		}
	}
	return false
}

// sentenceResults reads the match results of one sentence.
func sentenceResults(d *claims.Document, sp claims.Span) []teamResult {
	sent := d.Text[sp.Start:sp.End]
	if !strings.ContainsAny(sent, "-–") {
		return nil
	}
	lead := leadTeam(sent)
	if lead == "" {
		lead = possessiveTeam(sent) // "It was South Korea's fourth straight win, after a 30-26 victory over China"
	}
	// The stage may be named earlier in the paragraph: "Group II went to
	// the last evening. Denmark took first place … after beating France".
	para := strings.LastIndex(d.Text[:sp.Start], "\n\n") + 2
	if para < 2 || para > sp.Start {
		para = sp.Start
	}
	stages := matchStageRe.FindAllStringIndex(d.Text[para:sp.End], -1)
	paraEnd := strings.Index(d.Text[sp.Start:], "\n\n")
	if paraEnd < 0 {
		paraEnd = len(d.Text) - sp.Start
	}
	series := seriesRe.MatchString(d.Text[para : sp.Start+paraEnd])
	for _, m := range stages {
		m[0], m[1] = m[0]+para-sp.Start, m[1]+para-sp.Start // relative to the sentence, negative before it
	}
	var out []teamResult
	add := func(wx, wy string, at []int) {
		wx, wy = strings.TrimSpace(strings.TrimPrefix(wx, "The ")), strings.TrimSpace(strings.TrimPrefix(wy, "The "))
		x, y := foldTeam(wx), foldTeam(wy)
		if x == "" || y == "" || x == y || d.Skipped(sp.Start+at[0]) {
			return
		}
		if inScoreLine(sent, at[0]) {
			return // a set of a match ("25-18, 19-25, …"), not its result
		}
		score := strings.ReplaceAll(sent[at[0]:at[1]], "–", "-")
		l, r, _ := strings.Cut(score, "-")
		if len(r) > len(l) || len(r) == len(l) && r > l {
			l, r = r, l
		}
		teams, names := [2]string{x, y}, [2]string{wx, wy}
		if y < x {
			teams, names = [2]string{y, x}, [2]string{wy, wx}
		}
		f := &claims.Fact{Kind: claims.KindQuantity, Doc: d, Sentence: sp, Span: claims.Span{Start: sp.Start + at[0], End: sp.Start + at[1]}}
		out = append(out, teamResult{f: f, teams: teams, names: names, score: l + "-" + r, stage: nearestStage(d.Text, sp.Start, stages, at[0]), series: series})
	}
	for _, m := range beatRe.FindAllStringSubmatchIndex(sent, -1) {
		add(sent[m[2]:m[3]], sent[m[4]:m[5]], m[6:8])
	}
	if lead != "" {
		for _, m := range beatingRe.FindAllStringSubmatchIndex(sent, -1) {
			add(lead, sent[m[2]:m[3]], m[4:6])
			for at := m[5]; ; {
				n := listedRe.FindStringSubmatchIndex(sent[at:])
				if n == nil {
					break
				}
				add(lead, sent[at+n[2]:at+n[3]], []int{at + n[4], at + n[5]})
				at += n[1]
			}
		}
		for _, re := range []*regexp.Regexp{winOverRe, byRe} {
			for _, m := range re.FindAllStringSubmatchIndex(sent, -1) {
				owner := lead
				if o := possessiveTeamBefore(sent, m[0]); o != "" {
					owner = o // "Japan's 3-1 win over China"
				}
				add(owner, sent[m[4]:m[5]], m[2:4])
			}
		}
		for _, m := range toRe.FindAllStringSubmatchIndex(sent, -1) {
			add(lead, sent[m[2]:m[3]], m[4:6])
		}
	}
	return out
}

// nearestStage returns the stage named nearest to byte at of sent ("had
// reached the final by beating Egypt 3-0 in Friday's semi-final": the
// semi-final), folded, or "" when the sentence names none.
func nearestStage(text string, sentStart int, stages [][]int, at int) string {
	best, dist := "", len(text)+1
	for _, m := range stages {
		if d := min(absInt(m[0]-at), absInt(m[1]-at)); d < dist {
			best, dist = text[sentStart+m[0]:sentStart+m[1]], d
		}
	}
	best = strings.TrimSuffix(strings.ReplaceAll(strings.ToLower(best), "-", ""), "s")
	switch {
	case best == "group":
		best = "pool"
	case best == "title":
		best = "final" // "claimed the men's team title, beating Japan 3-2"
	case strings.HasPrefix(best, "third") || strings.HasPrefix(best, "bronze"):
		best = "third place"
	case best == "opening match":
		best = "opener"
	}
	return best
}

// inScoreLine reports whether byte at of sent starts a score inside a line
// of set scores.
func inScoreLine(sent string, at int) bool {
	for _, m := range scoreLineRe.FindAllStringIndex(sent, -1) {
		if at >= m[0] && at < m[1] {
			return true
		}
	}
	return false
}

// leadTeam returns the capitalised name that opens a sentence, after a
// dateline: the side a result without its own subject belongs to ("India
// won all three pool matches, beating Singapore 6-0").
var leadRe = regexp.MustCompile(`^(?:[A-Z][A-Z .'-]+,[^-–—]{0,40}[-–—]\s)?(?:The\s)?` + teamName + `(?:\s|,)`)

func leadTeam(sent string) string {
	m := leadRe.FindStringSubmatch(sent)
	if m == nil {
		return ""
	}
	switch strings.ToLower(strings.Fields(m[1])[0]) {
	case "in", "on", "at", "after", "before", "with", "by", "for", "when", "while", "it", "he", "she", "they", "we", "this", "that",
		"last", "earlier", "later", "both", "all", "but", "and", "a", "an":
		return ""
	}
	return m[1]
}

// possessiveRe finds the first capitalised name in the possessive.
var possessiveRe = regexp.MustCompile(teamName + `['’]s\s`)

// possessiveTeam returns the first name a sentence gives in the possessive,
// or "".
func possessiveTeam(sent string) string {
	if m := possessiveRe.FindStringSubmatch(sent); m != nil && !strings.HasPrefix(sent, m[1]) {
		return m[1]
	}
	return ""
}

// possessiveTeamBefore returns the name in the possessive right before byte
// at ("Japan's 3-1 win"), or "".
func possessiveTeamBefore(sent string, at int) string {
	before := strings.TrimRight(sent[:at], " ")
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(before, s) {
			ws := strings.Fields(strings.TrimSuffix(before, s))
			var name []string
			for k := len(ws) - 1; k >= 0 && len(name) < 3; k-- {
				if r := ws[k][0]; r < 'A' || r > 'Z' {
					break
				}
				name = append([]string{ws[k]}, name...)
			}
			return strings.Join(name, " ")
		}
	}
	return ""
}

// foldTeam folds a team's name for comparison: case and diacritics aside
// ("Türkiye", "Turkiye").
func foldTeam(s string) string {
	return attrib.Fold(s)
}
