package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// A statement in reported speech ("He said the high prices were here to stay")
// is held against the same speaker's direct quotes in other sources: when they
// share most of their content words and one denies what the other asserts,
// one source has turned the remark around.
const (
	reportedMinShared = 3   // content stems a reported statement and a quote share at least
	reportedShort     = 6   // a statement of at most this many content stems needs two only
	reportedMinRatio  = 0.4 // and at least this share of the smaller one's stems
)

// reportingVerbs introduce reported speech after the speaker.
var reportingVerbs = map[string]bool{"said": true, "says": true, "added": true, "warned": true, "insisted": true,
	"argued": true, "predicted": true, "stressed": true, "maintained": true, "acknowledged": true, "conceded": true}

// reportedStatements returns, as quote facts of their sources, the words after
// the reporting verb of the sentences without quote marks in which a
// person named before a reporting verb, or "he"/"she" standing for the person
// the source named last, states something: "Yeşilyurt said exports of wheat
// and flour were unlikely to reach …", "He said the high prices were here to
// stay". untitled holds those whose speaker is a name the extraction gave no
// title, read only for a swapped list item: too loosely tied to a quote's
// speaker for the denial check.
func reportedStatements(p *Pass) (out []*claims.Fact, untitled map[*claims.Fact]bool) {
	people := map[*claims.Document][]*claims.Fact{}
	for _, f := range p.Index.Kind(claims.KindPerson) {
		if f.Doc != nil && f.Person != nil && f.Person.Name != "" {
			people[f.Doc] = append(people[f.Doc], f)
		}
	}
	names := map[*claims.Document][]*claims.Fact{}
	for _, f := range p.Index.Kind(claims.KindName) {
		if f.Doc != nil && attrib.PersonName(f.Text()) {
			names[f.Doc] = append(names[f.Doc], f) // "Stats SA's Lindiwe Mabaso said …": a person named with no title
		}
	}
	untitled = map[*claims.Fact]bool{}
	for _, doc := range p.Index.Docs {
		ps, ns := people[doc], names[doc]
		if len(ps) == 0 && len(ns) == 0 {
			continue
		}
		for _, sp := range claims.Sentences(doc.Text) {
			sent := doc.Text[sp.Start:sp.End]
			if strings.ContainsAny(sent, "\"“”") {
				continue // quoted words are compared as quotes
			}
			lower := textnorm.LowerKeepOffsets(sent) // offsets in lower are offsets in sent
			ws := strings.Fields(lower)
			verb := -1
			for i, w := range ws {
				if i > 0 && reportingVerbs[w] {
					verb = i
					break
				}
			}
			if verb < 0 || verb+1 >= len(ws) {
				continue
			}
			at := wordOffset(lower, ws, verb+1)
			if ws[verb+1] == "that" {
				at = wordOffset(lower, ws, verb+2)
			}
			verbAt := sp.Start + wordOffset(lower, ws, verb)
			who := speakerOf(ps, ws[verb-1], sp.Start, verbAt)
			if who == nil {
				who = speakerOf(ns, ws[verb-1], sp.Start, verbAt) // no titled person: a bare name
			}
			speaker := ""
			if who != nil {
				speaker = personName(who)
			}
			if speaker == "" || at >= len(sent) {
				continue
			}
			end := len(sent)
			for _, stop := range []string{", citing", ", adding", ", according", ", while", ";", " and encouraged", " and urged", " and called"} {
				if i := strings.Index(lower[at:], stop); i >= 0 && at+i < end {
					end = at + i
				}
			}
			f := &claims.Fact{Kind: claims.KindQuote, Doc: doc, Span: claims.Span{Start: sp.Start + at, End: sp.Start + end},
				Sentence: sp, Speaker: speaker}
			out = append(out, f)
			if who.Person == nil {
				untitled[f] = true
			}
		}
	}
	return out, untitled
}

// speakerOf returns the person of ps who makes a reported statement: for
// "he" or "she" (the word before the verb) the last named before the
// sentence, else the one named right before the verb at verbAt.
func speakerOf(ps []*claims.Fact, before string, start, verbAt int) *claims.Fact {
	var who *claims.Fact
	for _, f := range ps {
		switch before {
		case "he", "she":
			if f.Span.End <= start {
				who = f
			}
		default:
			if f.Span.Start >= start && f.Span.End <= verbAt && verbAt-f.Span.End < 30 {
				who = f
			}
		}
	}
	return who
}

// personName is the name of a person fact, or the text of a name fact.
func personName(f *claims.Fact) string {
	if f.Person != nil {
		return f.Person.Name
	}
	return f.Text()
}

// wordOffset returns where word i of ws, the fields of s, starts in s; len(s)
// when there is no such word.
func wordOffset(s string, ws []string, i int) int {
	off := 0
	for k := 0; k < len(ws); k++ {
		j := strings.Index(s[off:], ws[k])
		if j < 0 {
			return len(s)
		}
		if k == i {
			return off + j
		}
		off += j + len(ws[k])
	}
	return len(s)
}

// negators deny a statement.
var negators = map[string]bool{"not": true, "no": true, "never": true, "nothing": true, "none": true,
	"neither": true, "nor": true, "unlikely": true, "cannot": true, "without": true, "won't": true,
	"don't": true, "doesn't": true, "didn't": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true}

// denies reports whether text holds a negator; "not only" and "not just" add
// rather than deny, "without" denies only an act ("without raising taxes",
// not "without fear"), and "rather than", "instead of" deny as "not" does
// ("earned by a candidate rather than bought" = "earned …, not bought").
func denies(text string) bool {
	if l := strings.ToLower(text); strings.Contains(l, "rather than") || strings.Contains(l, "instead of") {
		return true
	}
	ws := wordTokens(text)
	for i, w := range ws {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if w == "not" && i+1 < len(ws) && (strings.EqualFold(ws[i+1], "only") || strings.EqualFold(ws[i+1], "just")) {
			continue
		}
		if w == "without" && !(i+1 < len(ws) && strings.HasSuffix(strings.ToLower(ws[i+1]), "ing")) {
			continue // "without fear", "without delay": a manner; "without raising taxes" denies
		}
		if negators[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// deniesAbout reports whether text denies what the shared stems say: it
// does unless its only negation stands in a contrasting clause ("…, but the
// mountain has not finished with us") that holds none of them.
func deniesAbout(text string, shared []string) bool {
	if !denies(text) {
		return false
	}
	cls := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' || r == '—' })
	for _, cl := range cls {
		if !denies(cl) {
			continue
		}
		ws := strings.Fields(strings.ToLower(cl))
		contrast := len(ws) > 0 && (ws[0] == "but" || ws[0] == "yet" || ws[0] == "though" || ws[0] == "although")
		stems := contentStems(cl)
		about := false
		for _, st := range shared {
			about = about || stems[st]
		}
		if contrast && len(ws) > 1 {
			switch ws[1] {
			case "they", "it", "this", "that", "these", "those":
				about = true // "…, but they will not last": the prices before
			}
		}
		if !about && len(cls) > 1 && (strings.Contains(strings.ToLower(cl), "rather than") || strings.Contains(strings.ToLower(cl), "instead of")) {
			continue // "…, and we now treat it as a core market rather than an opportunistic one": a choice in a clause of its own, denying nothing the other text says
		}
		if about || !contrast {
			return true
		}
	}
	return false
}

// checkReportedSpeech reports a direct quote and a reported statement of one
// speaker, in different sources of one story, that say the same thing with
// opposite polarity: "We expect exports … to surpass last season's 7.8 million
// tonnes" against "said exports … were unlikely to reach last season's 7.8
// million tonnes".
func checkReportedSpeech(p *Pass, report func(string, Finding)) {
	rs, untitled := reportedStatements(p)
	if len(rs) == 0 {
		return
	}
	for _, q := range p.Index.Kind(claims.KindQuote) {
		if q.Doc == nil || q.Speaker == "" {
			continue
		}
		qt := textOf(q.Doc, q.Span.Start, q.Span.End)
		qs := contentStems(qt)
		for _, rf := range rs {
			if rf.Doc == q.Doc || !sameSpeaker(rf.Speaker, q.Speaker) {
				continue
			}
			rt := rf.Text()
			rstems := contentStems(rt)
			shared := sharedKeys(qs, rstems)
			need := reportedMinShared
			if len(rstems) <= reportedShort {
				need = 2 // "He said the high prices were here to stay"
			}
			if len(shared) < need || float64(len(shared)) < reportedMinRatio*float64(min(len(qs), len(rstems))) {
				continue
			}
			if untitled[rf] || deniesAbout(qt, shared) == deniesAbout(rt, shared) {
				if was, now, ok := swappedListItem(qt, rt); ok {
					msg := fmt.Sprintf("%s quoted as %s (%s) but reported as saying %s (%s): the same list with %q where the quote has %q",
						q.Speaker, Quote(q), Where(q), QuoteText(clip(rt, 90)), Where(rf), now, was)
					report("reported\x00"+factPairKey(q, rf), Finding{Message: msg, Claims: ClaimsOf(q, rf)})
				}
				continue
			}
			msg := fmt.Sprintf("%s quoted as %s (%s) but reported as saying %s (%s): the same words (%s), one denying what the other asserts",
				q.Speaker, Quote(q), Where(q), QuoteText(clip(rt, 90)), Where(rf), strings.Join(shared, ", "))
			report("reported\x00"+factPairKey(q, rf), Finding{Message: msg, Claims: ClaimsOf(q, rf)})
		}
	}
}

// swappedListItem reports a reported statement that repeats a quote's list
// word for word but for one item: "the losses were concentrated in trade,
// construction, community and social services, and agriculture" quoted,
// "… and mining" reported. The item stands after or before "and" or "or",
// five words of the same text at least lead to it, and words the quote goes on
// with after the report ends (", which is in line with …") are no part of
// the item. It returns the quote's item and the report's.
func swappedListItem(quote, reported string) (string, string, bool) {
	a, b := quoteTokens(quote), quoteTokens(reported)
	ops, _ := editOps(a, b)
	var chunks [][4]int // the quote's from and to, then the report's
	i, j := 0, 0
	for k := 0; k < len(ops); {
		if ops[k] == '=' {
			i, j, k = i+1, j+1, k+1
			continue
		}
		c := [4]int{i, i, j, j}
		for ; k < len(ops) && ops[k] != '='; k++ {
			if ops[k] == '-' {
				i++
			} else {
				j++
			}
		}
		c[1], c[3] = i, j
		chunks = append(chunks, c)
	}
	if len(chunks) != 1 || chunks[0][0] < 5 || chunks[0][2] < 5 {
		return "", "", false
	}
	c := chunks[0]
	was, now := a[c[0]:c[1]], b[c[2]:c[3]]
	if c[1] == len(a) || c[3] == len(b) {
		was, now = untilFunctionWord(was), untilFunctionWord(now) // the text one side goes on with is no part of the item
	}
	if len(was) == 0 || len(was) > 3 || len(now) == 0 || len(now) > 3 {
		return "", "", false
	}
	for _, t := range append(append([]wtok(nil), was...), now...) {
		if !isWordTok(t) || stopWords[t.norm] || numericWord(t.norm) {
			return "", "", false
		}
	}
	joined := a[c[0]-1].norm == "and" || a[c[0]-1].norm == "or" ||
		c[0]+len(was) < len(a) && (a[c[0]+len(was)].norm == "and" || a[c[0]+len(was)].norm == "or")
	if !joined {
		return "", "", false
	}
	return joinText(was), joinText(now), true
}

// untilFunctionWord returns ts up to its first function word or mark.
func untilFunctionWord(ts []wtok) []wtok {
	for k, t := range ts {
		if !isWordTok(t) || stopWords[t.norm] {
			return ts[:k]
		}
	}
	return ts
}

// joinText writes tokens as written, spaced.
func joinText(ts []wtok) string {
	out := make([]string, len(ts))
	for k, t := range ts {
		out[k] = t.text
	}
	return strings.Join(out, " ")
}
