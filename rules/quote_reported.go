package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// A statement in reported speech ("He said the high prices were here to stay")
// is held against the same speaker's direct quotes in other sources: when they
// share most of their content words and one denies what the other asserts,
// one source has turned the remark around.
const (
	reportedMinShared = 3   // content stems a reported statement and a quote share at least
	reportedMinRatio  = 0.4 // and at least this share of the smaller one's stems
)

// reportingVerbs introduce reported speech after the speaker.
var reportingVerbs = map[string]bool{"said": true, "says": true, "added": true, "warned": true, "insisted": true,
	"argued": true, "predicted": true, "stressed": true, "maintained": true, "acknowledged": true, "conceded": true}

// reported is one statement in reported speech.
type reported struct {
	f       *claims.Fact // a fact of its sentence, to place the finding
	doc     *claims.Document
	start   int // the statement's bytes, after the reporting verb
	end     int
	speaker string
}

// reportedStatements finds the sentences without quote marks whose speaker,
// named or resolved by the extractor, states something after a reporting
// verb: "Yeşilyurt said exports of wheat and flour were unlikely to reach …".
func reportedStatements(p *Pass) []reported {
	bySentence := map[sentenceKey]*claims.Fact{}
	var order []sentenceKey
	for _, f := range p.Index.Facts {
		if f.Doc == nil || f.Speaker == "" || f.Kind == claims.KindQuote {
			continue
		}
		k := sentenceKey{f.Doc, f.Sentence}
		if _, ok := bySentence[k]; !ok {
			bySentence[k] = f
			order = append(order, k)
		}
	}
	var out []reported
	for _, k := range order {
		f := bySentence[k]
		sent := textOf(k.doc, k.s.Start, k.s.End)
		if strings.ContainsAny(sent, "\"“”") {
			continue // quoted words are compared as quotes
		}
		lower := strings.ToLower(sent)
		ws := strings.Fields(lower)
		at := 0 // byte offset of the word after the verb
		for i, w := range ws {
			if reportingVerbs[strings.Trim(w, ",")] && !strings.HasSuffix(w, ",") && i > 0 {
				at = wordOffset(lower, ws, i+1)
				if i+1 < len(ws) && ws[i+1] == "that" {
					at = wordOffset(lower, ws, i+2)
				}
				break
			}
		}
		if at <= 0 || at >= len(sent) {
			continue
		}
		end := len(sent)
		for _, stop := range []string{", citing", ", adding", ", according", ", while", ";"} {
			if i := strings.Index(lower[at:], stop); i >= 0 && at+i < end {
				end = at + i
			}
		}
		out = append(out, reported{f: f, doc: k.doc, start: k.s.Start + at, end: k.s.Start + end, speaker: f.Speaker})
	}
	return out
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

// denies reports whether text holds a negator.
func denies(text string) bool {
	for _, w := range wordTokens(text) {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if negators[w] || strings.HasSuffix(w, "n't") {
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
	rs := reportedStatements(p)
	if len(rs) == 0 {
		return
	}
	for _, q := range p.Index.Kind(claims.KindQuote) {
		if q.Doc == nil || q.Speaker == "" {
			continue
		}
		qt := textOf(q.Doc, q.Span.Start, q.Span.End)
		qs := contentStems(qt)
		for _, r := range rs {
			if r.doc == q.Doc || !sameSpeaker(r.speaker, q.Speaker) || differentSubjects(r.f, q) {
				continue
			}
			rt := textOf(r.doc, r.start, r.end)
			rstems := contentStems(rt)
			shared := sharedKeys(qs, rstems)
			if len(shared) < reportedMinShared || float64(len(shared)) < reportedMinRatio*float64(min(len(qs), len(rstems))) {
				continue
			}
			if denies(qt) == denies(rt) {
				continue
			}
			// The statement itself is the other claim.
			st := *r.f
			st.Kind, st.Span, st.Quantity, st.Rank, st.Date = claims.KindQuote, claims.Span{Start: r.start, End: r.end}, nil, nil, nil
			msg := fmt.Sprintf("%s quoted as %s (%s) but reported as saying %s (%s): the same words (%s), one denying what the other asserts",
				q.Speaker, Quote(q), Where(q), QuoteText(clip(rt, 90)), Where(&st), strings.Join(shared, ", "))
			report("reported\x00"+factPairKey(q, &st), Finding{Message: msg, Claims: ClaimsOf(q, &st)})
		}
	}
}
