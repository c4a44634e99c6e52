package rules

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// Quote matching thresholds: two quotes by the same speaker are one remark worded
// differently when their token-level edit similarity is at least quoteMinSimilarity
// (quoteMinSimilarityUnknown when one speaker is unstated) and each has at least
// quoteMinWords words; shorter quotes are catchphrases and labels, too short to
// tell a misquote from a different remark.
const (
	quoteMinSimilarity        = 0.6
	quoteMinSimilarityUnknown = 0.8
	quoteMinWords             = 3
	// quoteMaxTokens bounds the quadratic edit distance; longer "quotes" are
	// extraction errors or whole speeches.
	quoteMaxTokens = 400
)

// QuoteMismatch flags one speaker's remark quoted with different words by
// different sources.
func QuoteMismatch() *Rule {
	return &Rule{
		ID:       "quote-mismatch",
		Title:    "the same quote is worded differently across sources",
		Severity: Warning,
		Run:      runQuoteMismatch,
		Doc: `A direct quote promises the speaker's exact words. When two sources quote the
same remark of the same speaker with different words, at least one of them
misquotes.

Quotes are compared as tokens: words, plus the punctuation that changes how a
remark reads ("!", "?", ".", ";", ":"). Curly and straight quote marks, case,
diacritics, commas, dashes and spacing are not differences, nor is punctuation at
either end. A partial quote contained in a longer one (also around "…") is fine.
Two quotes are the same remark when their token-level edit similarity
(1 − edit distance / longer length) is at least 0.6 and they are not equal after
normalisation; below that they are different remarks, unless two named speakers'
whole quotes of six words or more give the same words but for two at most in
another order ("a place on the podium, not the title" against "the title, not
just a place on the podium"): one remark turned round. Quotes of fewer than 3 words
are not compared. Speakers must be the same person ("PM Takaichi" = "Prime Minister
Sanae Takaichi"); when one side has no speaker, similarity must reach 0.8.

Bad:
    a.txt: The premier repeated her motto, "Work! Work! Work and Work!"
    b.txt: The premier's motto, "Work! Work! Work! And Work!", was cited.

Good:
    a.txt: The premier repeated her motto, “Work! Work! Work and Work!”
    b.txt: The premier's motto, "work! work! work and work!", was cited.

The same words said by different people are never compared.

Within one source (a headline quote against the body, or one remark quoted twice),
two quotes are compared only when they have the same content words and differ in
punctuation, function words, inflection or order: a speaker often repeats a
construction with other words within one speech.

A misquote that turns a remark around rewrites much of it, so two quotes of one
named speaker in two sources are also the same remark when they keep its frame:
at least four content words in the same order, two fifths of the shorter quote's
("Prices are comfortably inside our target band, and that leaves us room to keep
supporting the recovery" against "Prices are creeping toward the top of our
target band, and that leaves us little room to cut further"). Two remarks of one
speech share a topic, rarely a frame that long.

A remark one source quotes and another reports in its own words ("Yeşilyurt
said exports … were unlikely to reach last season's 7.8 million tonnes") is
compared too, the speaker named before "said" or, for "he"/"she", the person
the source named last: when the two share at least three content words (two
for a short statement, and two fifths of the shorter's) and only one of them
holds a negation ("not", "no", "unlikely", "never", "n't"; not "not only"),
one source has turned the remark around.
A report that repeats a quoted list word for word but for one item, the item
after or before "and" or "or" and at least five words of the same text before
it ("said the losses were concentrated in trade, construction, community and
social services, and mining" against the quote's "… and agriculture"), changes
what was said; so does one whose speaker is a name with no title.

Severity warning: one source misquotes, but which one needs the recording or the
transcript; the finding shows both wordings and the word diff.`,
	}
}

// quoted is a quote fact with its tokens.
type quoted struct {
	f       *claims.Fact
	text    string
	toks    []wtok
	speaker string
	// holder is the speaker as a name to tell the speaker by: the speaker
	// itself, the one person a bare role stands for (see roleHolder), or "".
	holder string
	words  []string // the distinct compared forms of the words
}

func runQuoteMismatch(p *Pass) {
	var qs []quoted
	for _, f := range p.Index.Kind(claims.KindQuote) {
		if f.Doc == nil {
			continue
		}
		s, e := f.Span.Start, f.Span.End
		if f.Quote != nil {
			s, e = f.Quote.Start, f.Quote.End
		}
		t := textOf(f.Doc, s, e)
		toks := trimPunct(quoteTokens(t))
		if wordCount(toks) < quoteMinWords || len(toks) > quoteMaxTokens {
			continue
		}
		sp := quoteSpeaker(f)
		holder := sp
		if len(nameParts(sp)) == 0 {
			holder = roleHolder(p, f, sp) // "the coach said": the one person so titled, else no name to tell the speaker by
		}
		qs = append(qs, quoted{f: f, text: t, toks: toks, speaker: sp, holder: holder, words: quoteWords(toks)})
	}
	seen := map[string]bool{}
	for _, pr := range quoteCandidates(qs) {
		a, b := qs[pr[0]], qs[pr[1]]
		if differentSubjects(a.f, b.f) {
			continue
		}
		sa, sb := a.holder, b.holder
		minSim := quoteMinSimilarity
		switch {
		case sa == "" && sb == "":
			continue
		case sa == "" || sb == "":
			minSim = quoteMinSimilarityUnknown
		case !sameSpeaker(sa, sb):
			continue
		}
		if a.f.Doc == b.f.Doc && !sameRemarkInSource(a, b) {
			continue
		}
		if equalTokens(a.toks, b.toks) || containedInOrder(a.toks, b.toks) || containedInOrder(b.toks, a.toks) || overlapCut(a.toks, b.toks) ||
			adaptedFragment(a.toks, b.toks) || adaptedFragment(b.toks, a.toks) || sameLetters(a.toks, b.toks) ||
			lettersWithin(a.toks, b.toks) || lettersWithin(b.toks, a.toks) {
			continue
		}
		// The similarity cannot exceed shorter/longer: skip hopeless pairs before the
		// quadratic edit distance.
		at, bt := a.toks, b.toks
		if float64(min(len(a.toks), len(b.toks)))/float64(max(len(a.toks), len(b.toks))) < minSim {
			// A partial quote may still misquote the part it gives: compare it
			// with the clause of the longer quote it matches best.
			if a.f.Doc == b.f.Doc {
				continue
			}
			var ok bool
			if at, bt, ok = partialPair(a.toks, b.toks); !ok {
				continue
			}
		}
		sim := similarity(at, bt)
		if sim < minSim && len(at) == len(a.toks) && len(bt) == len(b.toks) && a.f.Doc != b.f.Doc {
			// Lengths close enough to compare whole may still be one
			// clause against two: "This is not the last line …; it is the
			// first of four" and "This is the last major line …".
			if pa, pb, ok := partialPair(a.toks, b.toks); ok {
				at, bt, sim = pa, pb, similarity(pa, pb)
			}
		}
		if sim < minSim && a.f.Doc != b.f.Doc && sa != "" && sb != "" && reordered(a.toks, b.toks) {
			at, bt = a.toks, b.toks // "a place on the podium, not the title" and "the title, not just a place on the podium"
		} else if sim < minSim || onlyLinkWords(at, bt) {
			continue
		}
		key := a.f.Doc.Path + "\x00" + b.f.Doc.Path + "\x00" + normJoin(a.toks) + "\x00" + normJoin(b.toks)
		if seen[key] {
			continue
		}
		seen[key] = true
		p.Report(Finding{Message: quoteMessage(a, b, at, bt, sa, sb, sim), Claims: ClaimsOf(a.f, b.f)})
	}
	checkTurnedQuotes(qs, seen, func(key string, f Finding) {
		seen[key] = true
		p.Report(f)
	})
	checkReportedSpeech(p, func(key string, f Finding) {
		if !seen[key] {
			seen[key] = true
			p.Report(f)
		}
	})
}

// roleHolder returns the person a bare role speaker stands for ("the coach
// said" in a source that names Ignacio Berrocal but calls no one coach):
// the one person named in the quote's source whom a source of the story
// titles with the role's last word ("Spain coach Ignacio Berrocal"); ""
// when none or several are.
func roleHolder(p *Pass, f *claims.Fact, role string) string {
	ws := strings.Fields(strings.ToLower(role))
	if len(ws) < 2 || ws[0] != "the" {
		return ""
	}
	head := strings.Trim(ws[len(ws)-1], ",.")
	if len(head) < 4 {
		return ""
	}
	var titled []string
	for _, g := range p.Index.Kind(claims.KindPerson) {
		if g.Doc == nil || g.Subject == "" || g.Doc != f.Doc && !p.Index.Related(g.Doc, f.Doc) {
			continue
		}
		title, _, ok := strings.Cut(g.Text(), g.Subject)
		if !ok || !slices.Contains(strings.Fields(strings.ToLower(title)), head) {
			continue
		}
		if !slices.ContainsFunc(titled, func(n string) bool { return sameSpeaker(n, g.Subject) }) {
			titled = append(titled, g.Subject)
		}
	}
	found := ""
	for _, n := range titled {
		if !namedIn(p, f.Doc, n) {
			continue
		}
		if found != "" {
			return ""
		}
		found = n
	}
	return found
}

// namedIn reports a person or name fact of doc that is the person n (its
// text, as written: a name fact's subject is folded to lower case).
func namedIn(p *Pass, doc *claims.Document, n string) bool {
	for _, k := range []claims.Kind{claims.KindPerson, claims.KindName} {
		for _, g := range p.Index.Kind(k) {
			if g.Doc == doc && sameSpeaker(g.Text(), n) {
				return true
			}
		}
	}
	return false
}

// quoteSpeaker is the speaker of a quote fact: the quote's own, else the fact's.
func quoteSpeaker(f *claims.Fact) string {
	if f.Quote != nil && strings.TrimSpace(f.Quote.Speaker) != "" {
		return f.Quote.Speaker
	}
	return f.Speaker
}

func equalTokens(a, b []wtok) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].norm != b[i].norm {
			return false
		}
	}
	return true
}

func normJoin(ts []wtok) string {
	var sb strings.Builder
	for _, t := range ts {
		sb.WriteString(t.norm)
		sb.WriteByte(' ')
	}
	return sb.String()
}

// reordered reports two whole quotes of six words or more that give the
// same words but for two at most, in another order: "Our target was a place
// on the podium, not the title" and "Our target was the title, not just a
// place on the podium" say opposite things with one remark's words.
func reordered(a, b []wtok) bool {
	count := map[string]int{}
	na, nb := 0, 0
	for _, t := range a {
		if isWordTok(t) {
			count[t.norm]++
			na++
		}
	}
	shared := 0
	for _, t := range b {
		if isWordTok(t) {
			nb++
			if count[t.norm] > 0 {
				count[t.norm]--
				shared++
			}
		}
	}
	return min(na, nb) >= 6 && max(na, nb)-shared <= 2 && !equalTokens(a, b)
}

// quoteMessage writes both wordings, where they stand, who said it and the
// diff of the compared tokens at and bt (a part of one quote when the other
// gives only that part).
func quoteMessage(a, b quoted, at, bt []wtok, sa, sb string, sim float64) string {
	who := speakerLabel(sa)
	if who == "" {
		who = speakerLabel(sb)
	}
	part := ""
	if len(at) != len(a.toks) || len(bt) != len(b.toks) {
		part = " in the part both give"
	}
	return fmt.Sprintf("%s quoted as %s (%s) and as %s (%s), %.0f%% similar%s: %s",
		who, QuoteText(a.text), Where(a.f), QuoteText(b.text), Where(b.f), sim*100, part, clip(wordDiff(at, bt), 160))
}

// partialMinWords and partialMinSimilarity are stricter than whole quotes
// need: a part is compared only when it is long enough to be a remark and
// close to one clause of the longer quote.
const (
	partialMinWords      = 6
	partialMinSimilarity = 0.75
)

// reorderMinSimilarity is how close a part may be when it has every content
// word of the clause it matches: "growth first and stability second" against
// "restoring stability first and growth second" is the same words turned round.
const reorderMinSimilarity = 0.65

// sameContent reports whether a and b have the same content words.
func sameContent(a, b []wtok) bool {
	ca, cb := quoteContent(a), quoteContent(b)
	for w := range ca {
		if !cb[w] {
			return false
		}
	}
	return len(ca) > 0 && len(cb) <= len(ca)+1
}

// partialPair matches the shorter of two quotes with the run of the longer
// that it is most like, a run starting at the longer's start or after one of
// its stops ("." ";" ":" "!" "?") and about as long as the shorter. It returns
// the two token runs to compare, in the order given, and false when no run
// is close enough.
func partialPair(a, b []wtok) ([]wtok, []wtok, bool) {
	short, long, swapped := a, b, false
	if len(a) > len(b) {
		short, long, swapped = b, a, true
	}
	if wordCount(short) < partialMinWords {
		return nil, nil, false
	}
	best, bestSim := []wtok(nil), 0.0
	for s := 0; s < len(long); s++ {
		if s > 0 && !isStop(long[s-1].norm) {
			continue
		}
		for n := len(short) - 3; n <= len(short)+3; n++ {
			if n < 1 || s+n > len(long) {
				continue
			}
			w := trimPunct(long[s : s+n])
			if sim := similarity(short, w); sim > bestSim {
				best, bestSim = w, sim
			}
		}
	}
	if bestSim < partialMinSimilarity && !(bestSim >= reorderMinSimilarity && sameContent(short, best)) &&
		!(bestSim >= quoteMinSimilarity && negations(short) != negations(best)) {
		// A turned remark ("I knew I had the legs for a third ride" against
		// "I honestly didn't think I had the legs …") differs by more words
		// than a misquote, and matters more.
		return nil, nil, false
	}
	if swapped {
		return best, short, true
	}
	return short, best, true
}

// onlyLinkWords reports whether every word that differs between a and b is
// an article, a preposition of place or time, a relative pronoun or a form of
// "be" ("Anyone who is found responsible" / "Anyone found responsible", "in
// the last ten kilometres" / "over the last ten kilometres"): the remark says
// the same. A changed negation, modal, number or content word still counts.
func onlyLinkWords(a, b []wtok) bool {
	ops, _ := editOps(a, b)
	i, j, changed := 0, 0, 0
	for _, op := range ops {
		var t wtok
		switch op {
		case '=':
			i, j = i+1, j+1
			continue
		case '-':
			t = a[i]
			i++
		case '+':
			t = b[j]
			j++
		}
		if !linkWords[t.norm] {
			return false
		}
		changed++
	}
	return changed > 0
}

// linkWords are the words whose change alone leaves a quote's meaning.
var linkWords = map[string]bool{
	"a": true, "an": true, "the": true, "who": true, "which": true, "that": true, "is": true, "are": true,
	"in": true, "over": true, "on": true, "at": true, "during": true, "within": true, "throughout": true,
	// A clause joined by "but" or set off by a semicolon says the same: "a good
	// day's work, but the real test is …", "a good day's work; the real test is …".
	"but": true, "and": true, ";": true, ",": true, ":": true, "—": true, "–": true,
}

// isStop reports whether a quote token ends a sentence or clause.
func isStop(norm string) bool {
	switch norm {
	case ".", ";", ":", "!", "?":
		return true
	}
	return false
}

// adaptedFragment reports a short quote that is a run of the longer one but
// for its first word, which reported speech bends to fit ("had 'come alive in
// the second stint'" of "The car came alive in the second stint"): four words
// at least after it, in the longer's order, and the longer quote longer.
func adaptedFragment(short, long []wtok) bool {
	s := trimPunct(short)
	if len(s) < 5 || len(s) >= len(long) {
		return false
	}
	rest := s[1:]
	k := indexTokens(long, rest)
	if k <= 0 {
		return false
	}
	w, o := s[0].norm, long[k-1].norm
	// one word bent in place ("came" to "come", "is" to "was"), never a
	// negation dropped or turned ("We do not expect" / "We expect")
	return w != o && w != "" && o != "" && w[0] == o[0] && !negationWord(w) && !negationWord(o)
}

// negationWord reports a word that turns a remark's meaning.
func negationWord(w string) bool {
	switch w {
	case "not", "no", "never", "nor", "none", "nothing", "cannot", "can't", "won't", "don't", "didn't", "isn't", "wasn't", "aren't":
		return true
	}
	return false
}

// sameLetters reports two quotes whose words run to the same letters once
// spaces and punctuation are set aside: "bet on Việt Nam" and "bet on
// Vietnam" spell one name two ways.
func sameLetters(a, b []wtok) bool {
	return lettersOf(a) == lettersOf(b) && marksOf(a) == marksOf(b) // "Build! Build! Build!" is no "Build! Build! Build"
}

// lettersWithin reports a quote whose letters, spaces and punctuation set
// aside, run inside another's: "Japan intends to stay with Vietnam for the
// long term" is a part of "Japan intends to stay with Việt Nam for the long
// term, not only as an investor", the name spelt another way.
func lettersWithin(short, long []wtok) bool {
	ls, ll := lettersOf(short), lettersOf(long)
	return len(ls) >= 20 && len(ls) < len(ll) && strings.Contains(ll, ls) // (the same letters with other marks are sameLetters's to judge)
}

// marksOf joins the punctuation of the folded tokens.
func marksOf(ts []wtok) string {
	var sb strings.Builder
	for _, t := range ts {
		for _, r := range t.norm {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) {
				sb.WriteRune(r)
			}
		}
	}
	return sb.String()
}

// lettersOf joins the letters and digits of the folded tokens.
func lettersOf(ts []wtok) string {
	var sb strings.Builder
	for _, t := range ts {
		for _, r := range t.norm {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				sb.WriteRune(r)
			}
		}
	}
	return sb.String()
}
