package rules

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/textnorm"
)

// onceEvents are events a story has one of: a second one on another day would
// be news in itself, so two sources dating "Thursday's by-election" and "last
// Tuesday's by-election" to different days disagree. Meetings, talks,
// aftershocks or matches recur, and are left alone.
var onceEvents = map[string]bool{"election": true, "by-election": true, "byelection": true, "referendum": true,
	"runoff": true, "earthquake": true, "quake": true, "eruption": true, "collapse": true, "landslide": true,
	"explosion": true, "blast": true, "crash": true, "derailment": true, "landfall": true, "coup": true,
	"assassination": true, "inauguration": true, "final": true, "wedding": true, "funeral": true, "flood": true,
	"cyclone": true, "typhoon": true, "hurricane": true, "tornado": true, "avalanche": true, "mudslide": true,
	"snowfall": true, "snowstorm": true, "blizzard": true, "hailstorm": true, "marathon": true,
	"quarter-final": true, "quarterfinal": true, "semi-final": true, "semifinal": true}

// onceEventSpread is how far apart two days given to one once-only event may
// lie: sources that disagree on it disagree by a day or a few, while a quake
// of another month is another quake.
const onceEventSpread = 14 * 24 * time.Hour

// eventCanon is one name for a once-only event told by several words.
func eventCanon(w string) string {
	switch w {
	case "snow":
		return "snowfall" // "the early snow of 20 September", "the early snowfall of 19 September"
	case "quake":
		return "earthquake"
	}
	return w
}

// ofEventOf reads the event a day date is "of": "the early snowfall of 19
// September", "the landslide of 14 July" give {early snowfall}, {landslide}.
// Up to three words before the "of", after the article.
func ofEventOf(f *claims.Fact) (possessiveEvent, bool) {
	if f.Doc == nil || f.Date == nil || !f.Date.Resolved || f.Date.To.Sub(f.Date.From) > 24*time.Hour {
		return possessiveEvent{}, false
	}
	before := strings.Fields(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-40), f.Span.Start)))
	if len(before) < 2 || before[len(before)-1] != "of" {
		return possessiveEvent{}, false
	}
	top := len(before) - 2
	if k := partOfDayOf(before); k > 0 {
		top = k - 1 // "the landslide in the early hours of 11 July": the landslide's day
	}
	var ws []string
	for k := top; k >= 0 && len(ws) < 3; k-- {
		w := before[k]
		if w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || strings.ContainsAny(w, ",.;:()\"“”") {
			break
		}
		ws = append([]string{w}, ws...)
	}
	if len(ws) == 0 {
		return possessiveEvent{}, false
	}
	said := strings.Join(ws, " ")
	ws[len(ws)-1] = eventCanon(ws[len(ws)-1])
	return possessiveEvent{f: f, words: ws, of: true, said: said}, true
}

// partOfDayOf returns where the preposition of "in the early hours of",
// "on the morning of" or "during the night of" stands in words ending with
// that phrase, or 0.
func partOfDayOf(ws []string) int {
	n := len(ws)
	if n < 4 || ws[n-1] != "of" {
		return 0
	}
	k := n - 2
	switch ws[k] {
	case "hours", "morning", "afternoon", "evening", "night":
	default:
		return 0
	}
	if k > 0 && (ws[k-1] == "early" || ws[k-1] == "small" || ws[k-1] == "late") {
		k--
	}
	if k < 2 || ws[k-1] != "the" {
		return 0
	}
	switch ws[k-2] {
	case "in", "on", "during":
		return k - 2
	}
	return 0
}

// namedEventHeads end the names of events held on one day: "the Tallinn
// Seaside Marathon", "the Hungarian Grand Prix". Cups, championships,
// festivals and fairs run for days, each day's news dated by its own.
var namedEventHeads = map[string]bool{"marathon": true, "prix": true, "e-prix": true, "derby": true, "gala": true, "awards": true,
	"ultra": true, "half-marathon": true, "triathlon": true}

// namedEventBefore reads the capitalised name of an event right before a day
// date, or before "on" and the date: "won the Tallinn Seaside Marathon
// yesterday", "The Tallinn Seaside Marathon on Saturday brought …". One
// edition of a named event is held on one day, so two sources dating it to
// different days disagree.
func namedEventBefore(f *claims.Fact) (possessiveEvent, bool) {
	if f.Doc == nil || f.Date == nil || !f.Date.Resolved || f.Date.To.Sub(f.Date.From) > 24*time.Hour {
		return possessiveEvent{}, false
	}
	before := strings.Fields(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-60), f.Span.Start))
	if n := len(before); n > 0 && before[n-1] == "on" {
		before = before[:n-1]
	}
	var ws []string
	for k := len(before) - 1; k >= 0 && len(ws) < 6; k-- {
		w := before[k]
		if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ",.;:()\"“”'’") {
			break
		}
		ws = append([]string{strings.ToLower(w)}, ws...)
	}
	if len(ws) < 2 || !namedEventHeads[ws[len(ws)-1]] || ws[0] == "the" && len(ws) < 3 {
		return possessiveEvent{}, false
	}
	if ws[0] == "the" {
		ws = ws[1:]
	}
	return possessiveEvent{f: f, words: ws, of: true, said: strings.Join(ws, " ")}, true
}

// possessiveEvent is the event a possessive date names: "Thursday's Nakuru
// governor by-election" → words {nakuru governor by-election}, head by-election.
type possessiveEvent struct {
	f       *claims.Fact
	words   []string
	of      bool   // named as "the snowfall of 19 September", not with a possessive
	said    string // the words as written, for messages (words ends in the event's one name)
	after   int    // where the event's words start: past the date and a part of the day ("evening's")
	shown   string // the words as the source writes them, for messages
	edition bool   // named by an edition's name only (editionEvent): held against a date right after the name
}

// possessiveEventOf reads the noun phrase after a possessive date, up to six
// words ("last Saturday's Indian Ocean Twenty20 Championship final"), stopping at punctuation or a word that starts a new phrase.
func possessiveEventOf(f *claims.Fact) (possessiveEvent, bool) {
	if f.Doc == nil || f.Date == nil || !f.Date.Resolved {
		return possessiveEvent{}, false
	}
	t, end := f.Text(), f.Span.End
	if !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") {
		// "Tuesday evening's hailstorm": the part of the day holds the possessive.
		n := partOfDayPossessive(textOf(f.Doc, end, min(f.Sentence.End, end+14)))
		if n == 0 {
			return possessiveEvent{}, false
		}
		end += n
	}
	var ws, shown []string
	for _, w := range strings.Fields(textOf(f.Doc, end, min(f.Sentence.End, end+60))) {
		lw := strings.ToLower(w)
		clean := strings.TrimRight(lw, ",.;:!?)\"”")
		switch clean {
		case "in", "on", "at", "of", "for", "was", "were", "is", "which", "that", "and", "by", "to", "from", "with",
			"against", "between", "after", "before", "when", "where", "has", "have", "had", "will", "would", "could", "can", "may":
			return possessiveEvent{f: f, words: ws, said: strings.Join(ws, " "), after: end, shown: strings.Join(shown, " ")}, len(ws) > 0
		}
		if len(ws) > 0 && pastVerb(clean) {
			break // "Saturday's team final brought Hungary …": the phrase ends at its verb
		}
		ws = append(ws, canonDistance(clean))
		shown = append(shown, strings.TrimRight(w, ",.;:!?)\"”"))
		if clean != lw || len(ws) == 6 {
			break
		}
	}
	return possessiveEvent{f: f, words: ws, said: strings.Join(ws, " "), after: end, shown: strings.Join(shown, " ")}, len(ws) > 0
}

// pastVerb reports a word that reads as a verb in the past tense after a
// noun: a regular "-ed" form or an irregular one the event readers know.
func pastVerb(w string) bool {
	return irregularVerbs[w] || pastVerbs[w] || possessedPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// possessedPast are irregular pasts that end a possessive event's phrase
// beside irregularVerbs and pastVerbs: "Saturday's team final brought …".
var possessedPast = map[string]bool{"brought": true, "drew": true, "became": true, "kept": true, "put": true,
	"set": true, "got": true, "meant": true}

// partOfDayPossessive returns the length of a part of the day in the
// possessive that opens s (" evening's"), 0 when there is none.
func partOfDayPossessive(s string) int {
	for _, p := range []string{"morning", "afternoon", "evening", "night"} {
		for _, a := range []string{"'s", "’s"} {
			if strings.HasPrefix(s, " "+p+a) {
				return len(" " + p + a)
			}
		}
	}
	return 0
}

// properEvent reports a possessive date's event named by a proper name of two
// words or more ("Monday's Vietnam-Thailand Business Forum"): a forum or a
// summit that recurs is one event when named in full.
func properEvent(f *claims.Fact, e possessiveEvent) bool {
	if len(e.words) < 2 {
		return false
	}
	raw := strings.Fields(textOf(f.Doc, e.after, min(f.Sentence.End, e.after+60)))
	if len(raw) < len(e.words) {
		return false
	}
	for _, w := range raw[:len(e.words)] {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// editionEvent reports a possessive date's event of three words or more
// opened by a name: "yesterday's Oslo Diamond League meeting", "yesterday's
// Léman 25 marathon swim" name one edition of an event, held on one day.
func editionEvent(f *claims.Fact, e possessiveEvent) bool {
	raw := strings.Fields(textOf(f.Doc, e.after, min(f.Sentence.End, e.after+60)))
	return len(e.words) >= 3 && len(raw) > 0 && namedEdition(raw[0])
}

// phraseNearDate reports an event's phrase told in f's sentence with no
// clause of its own between it and the date: "won the Léman 25 marathon swim
// on Lake Geneva yesterday", "won yesterday, taking the Lindenhof Grand
// Prix", but not "returned on Sunday …, as the toll from the gas tanker
// explosion reached 21", where the date is another verb's.
func phraseNearDate(f *claims.Fact, phrase string) bool {
	// Each side of the date is lowered on its own: offsets into the
	// sentence do not survive a lower-casing that changes byte lengths.
	before := strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start))
	after := strings.ToLower(textOf(f.Doc, f.Span.End, f.Sentence.End))
	var gap string
	if i := strings.LastIndex(before, phrase); i >= 0 {
		gap = before[i+len(phrase):]
	} else if i := strings.Index(after, phrase); i >= 0 {
		gap = after[:i]
	} else {
		return false
	}
	if strings.ContainsAny(gap, ";:()") {
		return false
	}
	for _, w := range strings.Fields(gap) {
		w = strings.Trim(w, ",.\"“”")
		if pastVerb(w) {
			return false // "the Colombo tea auction rose … at the sale that ended on Wednesday": the date is the other verb's
		}
		switch w {
		case "as", "while", "when", "after", "before", "because", "since", "although", "though", "but", "whereas", "until", "ahead":
			return false
		}
	}
	return true
}

// namedEdition reports a capitalised word that can open the name of an
// event's edition: a place or a brand, not a month, a weekday or a country's
// side ("Kenya's", "Brazil").
func namedEdition(w string) bool {
	r := []rune(w)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "'’") {
		return false
	}
	lw := strings.ToLower(w)
	return !dateWords[lw] && attrib.CountryName(textnorm.Fold(w)) == "" && attrib.CountryOfAdjective(textnorm.Fold(w)) == ""
}

// checkPossessiveEvents flags two sources that date one once-only event with
// possessive dates that do not meet: "Thursday's poll" read against "last
// Tuesday's by-election" when the by-election itself is dated too. The event
// nouns must share their head and one side's words must all be the other's.
func checkPossessiveEvents(p *Pass, ds []dated) {
	var evs, struck []possessiveEvent // struck: a disaster's possessive, held only against a clause that dates it
	var poss []possessiveEvent        // every possessive event, read once for the winners' check below
	for _, f := range p.Index.Kind(claims.KindDate) {
		e, ok := possessiveEventOf(f)
		if ok {
			poss = append(poss, e)
		}
		if ok && (onceEvents[e.words[len(e.words)-1]] || properEvent(f, e)) {
			evs = append(evs, e)
		} else if ok && editionEvent(f, e) {
			e.edition = true
			evs = append(evs, e)
		} else if ok && disasterNouns[e.words[len(e.words)-1]] {
			struck = append(struck, e) // "Last Saturday's capsizing"
		} else if e, ok := ofEventOf(f); ok && onceEvents[e.words[len(e.words)-1]] {
			evs = append(evs, e)
		} else if e, ok := namedEventBefore(f); ok {
			evs = append(evs, e)
		}
	}
	seen := map[string]bool{}
	report := func(a, b *claims.Fact, msg string) {
		if key := factPairKey(a, b); !seen[key] {
			seen[key] = true
			p.Report(Finding{Claims: ClaimsOf(a, b), Message: msg})
		}
	}
	// "Friday's flash flood" against "the flash flood that swept away a
	// group of tourists … yesterday morning" in another source: the clause
	// dates the strike of the one disaster the possessive names.
	for i, a := range append(evs[:len(evs):len(evs)], struck...) {
		head := a.words[len(a.words)-1]
		for _, b := range ds {
			if i >= len(evs) && otherDayInSentence(p, b.f) {
				continue // "a ferry capsized … late on Sunday rose to 61 on Tuesday": Tuesday dates the toll
			}
			da := a.f.Date
			if b.ev.disaster != head || !docPair(a.f, b.f) || b.to.Sub(b.from) > 24*time.Hour || da.To.Sub(da.From) > 24*time.Hour ||
				da.From.Before(b.to) && b.from.Before(da.To) || absDur(da.From.Sub(b.from)) > onceEventSpread {
				continue // "the earthquake of 23 June 2001" is another quake than last Sunday's
			}
			report(b.f, a.f, fmt.Sprintf("%s (%s) dates the %s to %s, but %s (%s) dates it to %s",
				Quote(b.f), whereDated(b.f), head, b.nominal, Quote(a.f), whereDated(a.f), formatPeriod(da.From, da.To)))
		}
	}
	// "last Thursday's time trial in Armenia" against "the time trial in
	// Armenia on Friday, June 12": an event of two words or more held at a
	// named place is one event, however often its kind recurs elsewhere.
	for _, f := range p.Index.Kind(claims.KindDate) {
		a, place, ok := possessivePlaced(f)
		if !ok {
			continue
		}
		da := f.Date
		for _, b := range ds {
			if !docPair(f, b.f) || b.to.Sub(b.from) > 24*time.Hour || da.To.Sub(da.From) > 24*time.Hour ||
				da.From.Before(b.to) && b.from.Before(da.To) || absDur(da.From.Sub(b.from)) > onceEventSpread || !b.ev.stems[place] {
				continue
			}
			if len(a.words) == 1 && (otherDayInSentence(p, b.f) || tallyBefore(b.f)) {
				continue // "will meet in the final in Rabat on Saturday after the semi-finals … yesterday", "the toll from the tornado … rose to 12 yesterday"
			}
			all := true
			for _, w := range a.words {
				all = all && b.ev.stems[stemWord(w)]
			}
			if all {
				report(b.f, f, fmt.Sprintf("%s (%s) dates the %s to %s, but %s (%s) dates it to %s",
					Quote(b.f), whereDated(b.f), a.said, b.nominal, Quote(f), whereDated(f), formatPeriod(da.From, da.To)))
			}
		}
	}
	// "last Saturday's Indian Ocean Twenty20 Championship final" against
	// "… beat the Leopards in the Indian Ocean Twenty20 Championship final …
	// last night": a once-only event named in full by a clause with one day.
	// The phrase may stand outside the date's clause when both sentences
	// give the match one score ("… yesterday, beating Italy 45-41 in the
	// team final" and "Saturday's team final brought … a 45-41 win").
	for _, a := range evs {
		if len(a.words) < 2 || a.of {
			continue // "the snowfall of 19 September", named events: read against each other below
		}
		head, phrase := a.words[len(a.words)-1], a.said
		da := a.f.Date
		for _, b := range ds {
			if !docPair(a.f, b.f) || b.to.Sub(b.from) > 24*time.Hour || da.To.Sub(da.From) > 24*time.Hour ||
				da.From.Before(b.to) && b.from.Before(da.To) || absDur(da.From.Sub(b.from)) > onceEventSpread ||
				!b.ev.stems[stemWord(head)] && !sharesString(sentenceScores(a.f), sentenceScores(b.f)) && !(len(a.words) >= 3 && phraseNearDate(b.f, phrase) && toldDone(b.f)) ||
				otherDayInSentence(p, b.f) || eventDistance(b.f) ||
				!strings.Contains(strings.ToLower(b.f.SentenceText()), phrase) && !(phraseWordsIn(a.words, b.f.SentenceText()) && toldDone(b.f)) ||
				reachedRe.MatchString(strings.ToLower(b.f.SentenceText())) ||
				a.edition && !phraseNearDate(b.f, phrase) {
				continue
			}
			report(b.f, a.f, fmt.Sprintf("%s (%s) dates the %s to %s, but %s (%s) dates it to %s",
				Quote(b.f), whereDated(b.f), cmp.Or(a.shown, phrase), b.nominal, Quote(a.f), whereDated(a.f), formatPeriod(da.From, da.To)))
		}
	}
	// "Saturday's final" of a match won 3-1 against "… beat them 3-1 in the
	// final … yesterday": a one-word event told with its score is the match
	// another clause gives the same score and the same event.
	for _, a := range evs {
		if len(a.words) != 1 || a.of || otherDayOf(p, a.f) {
			continue // "beat Maldives 2-1 in the semi-final … on Wednesday, setting up Saturday's final": the score is Wednesday's
		}
		head, sa := a.words[0], sentenceScores(a.f)
		da := a.f.Date
		for _, b := range ds {
			if !docPair(a.f, b.f) || b.to.Sub(b.from) > 24*time.Hour || da.To.Sub(da.From) > 24*time.Hour ||
				da.From.Before(b.to) && b.from.Before(da.To) || absDur(da.From.Sub(b.from)) > onceEventSpread ||
				otherDayInSentence(p, b.f) || !eventWordIn(strings.ToLower(b.f.SentenceText()), head) {
				continue
			}
			// The same score ties the two to one match, or the same two
			// players or more ("win over Bianca Tavares and Renata Quintela in
			// Saturday night's final", "beating … Bianca Tavares and Renata
			// Quintela … in a 58-minute final").
			if !(len(sa) > 0 && sharesString(sa, sentenceScores(b.f)) && !unplayed(b.f)) && // no score of a match not yet played
				(sharedPeople(capitalNames(a.f.SentenceText()), capitalNames(b.f.SentenceText())) < 2 || aheadTold(a.f) || aheadTold(b.f)) {
				continue
			}
			report(b.f, a.f, fmt.Sprintf("%s (%s) dates the %s to %s, but %s (%s) dates it to %s",
				Quote(b.f), whereDated(b.f), head, b.nominal, Quote(a.f), whereDated(a.f), formatPeriod(da.From, da.To)))
		}
	}
	// "his win in yesterday's playoff", "yesterday's all-around final" against
	// "… won … beating Kotoshimizu in a playoff … on Sunday", "… won the
	// women's all-around title … on Thursday night": one winner's event,
	// told with the event's qualifiers ("all-around", "men's 79kg") or its
	// one word, in two sentences that both tell a win.
	for _, a := range poss {
		f := a.f
		if !winBefore(f) && !winAfter(f) || unplayed(f) {
			continue
		}
		words, won := a.words, false
		if n := len(words); n >= 2 && winNouns[words[n-1]] {
			words, won = words[:n-1], true // "yesterday's pursuit victory": the pursuit, won
		}
		quals, head := words[:len(words)-1], words[len(words)-1]
		place := placeAfterPossessive(f, a.said)
		if len(quals) == 0 && !won && !onceEvents[head] && head != "playoff" && head != "play-off" && place == "" {
			continue // "yesterday's session": one of many, unless its qualifiers, a win or a place tell which
		}
		// "Saturday's Gulf Classic": an event whose name is a name, which only
		// the whole phrase matches.
		named := false
		if ws := strings.Fields(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+len(a.said)+2))); len(ws) > 0 {
			named = capitalisedWord(strings.Trim(ws[len(ws)-1], ",.;:"))
		}
		da := a.f.Date
		for _, b := range ds {
			if !docPair(a.f, b.f) || b.to.Sub(b.from) > 24*time.Hour || da.To.Sub(da.From) > 24*time.Hour ||
				da.From.Before(b.to) && b.from.Before(da.To) || absDur(da.From.Sub(b.from)) > onceEventSpread ||
				otherDayInSentence(p, b.f) || !toldDone(b.f) || !winTold(b.f.SentenceText()) ||
				!winnerShared(a.f.SentenceText(), b.f.SentenceText()) {
				continue
			}
			bs := strings.ToLower(b.f.SentenceText())
			if place != "" && len(quals) == 0 && !won && !onceEvents[head] && !strings.Contains(textnorm.Fold(bs), place) {
				continue // "yesterday's race in Setúbal": a race at that place only
			}
			if len(quals) == 0 && !eventWordIn(bs, head) || len(quals) > 0 && !allWordsIn(quals, bs) || offsetToldRe.MatchString(bs) ||
				named && !strings.Contains(bs, strings.ToLower(a.said)) || earlyStage(head) && !eventWordIn(bs, head) {
				continue // "… to ozeki yesterday, three days after he won …": the date is another event's
			}
			report(b.f, a.f, fmt.Sprintf("%s (%s) dates the %s to %s, but %s (%s) dates it to %s",
				Quote(b.f), whereDated(b.f), cmp.Or(a.shown, a.said), b.nominal, Quote(a.f), whereDated(a.f), formatPeriod(da.From, da.To)))
		}
	}
	checkPossessiveStages(p, ds, report)
	checkPossessiveScores(p, ds, report)
	for i, a := range evs {
		for _, b := range evs[i+1:] {
			da, db := a.f.Date, b.f.Date
			if !docPair(a.f, b.f) || a.words[len(a.words)-1] != b.words[len(b.words)-1] ||
				!wordsIn(strings.Join(a.words, " "), strings.Join(b.words, " ")) && !wordsIn(strings.Join(b.words, " "), strings.Join(a.words, " ")) ||
				da.From.Before(db.To) && db.From.Before(da.To) {
				continue
			}
			if absDur(da.From.Sub(db.From)) > onceEventSpread {
				continue // "the earthquake of 6 February 2023" is another quake than this week's
			}
			if a.words[len(a.words)-1] == "final" && strings.Join(a.words, " ") != strings.Join(b.words, " ") && (eventDistance(a.f) || eventDistance(b.f)) {
				continue // "Friday's 60 metres final", "Sunday's final" of the 4x400 metres relay: a championship has many finals
			}
			it := "it"
			if lastField(b.said) != lastField(a.said) {
				it = fmt.Sprintf("%q", cmp.Or(b.shown, b.said)) // "early snow" and "early snowfall": one event in two words
			}
			report(a.f, b.f, fmt.Sprintf("%s (%s) dates %q to %s, but %s (%s) dates %s to %s",
				Quote(a.f), whereDated(a.f), cmp.Or(a.shown, a.said), formatPeriod(da.From, da.To),
				Quote(b.f), whereDated(b.f), it, formatPeriod(db.From, db.To)))
		}
	}
}

// placeAfterPossessive returns the folded place named right after a
// possessive event ("yesterday's race in Setúbal" → "setubal"), "" when none
// is: one capitalised word or two after "in" or "at".
func placeAfterPossessive(f *claims.Fact, said string) string {
	rest := textOf(f.Doc, f.Span.End, f.Sentence.End)
	i := strings.Index(strings.ToLower(rest), said)
	if i < 0 || i > 3 {
		return ""
	}
	ws := strings.Fields(rest[i+len(said):])
	if len(ws) < 2 || ws[0] != "in" && ws[0] != "at" {
		return ""
	}
	w := strings.Trim(ws[1], ",.;:")
	if !capitalisedWord(w) || len(w) < 3 {
		return ""
	}
	return textnorm.Fold(w)
}

// aheadRe finds a sentence that tells of a match still to come: "If
// Malhotra and Morisaki both reach Sunday's final", "will meet in".
var aheadRe = regexp.MustCompile(`(?i)\b(?:if|will|would|could|should|set to|due to|expected to|hopes? to|bid to)\b`)

// aheadTold reports a date whose sentence looks ahead: its day may be the
// next of its name, which the resolved date cannot tell.
func aheadTold(f *claims.Fact) bool {
	return aheadRe.MatchString(f.SentenceText())
}

// scoreRe matches a match score: "3-1", "6-4" (digits joined by a dash, not
// part of a longer number or a range of years).
var scoreRe = regexp.MustCompile(`(?:^|[^\d.,-])(\d{1,2}-\d{1,2})(?:$|[^\d-])`)

// sentenceScores returns the match scores of f's sentence.
func sentenceScores(f *claims.Fact) []string {
	var out []string
	for _, m := range scoreRe.FindAllStringSubmatch(outsideBrackets(f.SentenceText()), -1) {
		out = append(out, m[1])
	}
	return out
}

// eventWordIn reports the event word w in s on its own: the "final" of
// "a semi-final place" is another match.
func eventWordIn(s, w string) bool {
	return eventWordFormIn(s, w) || eventWordFormIn(s, "in the "+w+"s") // "beat Slovakia 4-2 in the quarter-finals"; "reached the finals" is no final
}

func eventWordFormIn(s, w string) bool {
	for from := 0; from < len(s); {
		i := indexWord(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if i == 0 || s[i-1] != '-' {
			return true
		}
		from = i + len(w)
	}
	return false
}

// outsideBrackets drops what brackets hold: a match's set or game scores
// ("3-2 (23-25, 25-22, …)") are shared by chance by matches of one event.
func outsideBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// distanceRe matches a race's distance: "60 metres", "4x400m", "200m",
// "10-kilometre".
var distanceRe = regexp.MustCompile(`\b\d+(?:\.\d+)?(?:x\d+)?[\s-]?(?:m|metres|meters|metre|meter|km|kilometres|kilometers|kilometre|kilometer)\b`)

// eventDistance reports a sentence that names a race by its distance.
func eventDistance(f *claims.Fact) bool {
	return f.Doc != nil && distanceRe.MatchString(textOf(f.Doc, f.Sentence.Start, f.Sentence.End))
}

// lastField returns the last word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// possessivePlaced reads a possessive date's event of two or more words, or
// one held once, at a named place: "last Thursday's time trial in Armenia"
// gives {time trial} and the stem of Armenia, "last Sunday's final at
// Harbourside Arena" {final} and the stem of Harbourside.
func possessivePlaced(f *claims.Fact) (possessiveEvent, string, bool) {
	e, ok := possessiveEventOf(f)
	if !ok || len(e.words) < 2 && !onceEvents[e.words[0]] {
		return e, "", false // one word only when the event is held once: "last Sunday's final at Harbourside Arena"
	}
	rest := strings.Fields(textOf(f.Doc, e.after, min(f.Sentence.End, e.after+80)))
	if len(rest) < len(e.words)+2 || rest[len(e.words)] != "in" && rest[len(e.words)] != "at" {
		return e, "", false
	}
	place := strings.TrimRight(rest[len(e.words)+1], ",.;:!?)\"”")
	if place == "" || place[0] < 'A' || place[0] > 'Z' {
		return e, "", false
	}
	for _, w := range e.words {
		if stopWords[w] {
			return e, "", false
		}
	}
	return e, stemWord(place), true
}

// tallyBefore reports a verb of a count's change before a date in its
// sentence: the date dates the count ("rose to 12 yesterday").
func tallyBefore(f *claims.Fact) bool {
	for _, w := range strings.Fields(strings.ToLower(textOf(f.Doc, f.Sentence.Start, f.Span.Start))) {
		switch w {
		case "rose", "risen", "climbed", "reached", "stood", "increased", "jumped", "grew", "hit", "passed", "topped":
			return true
		}
	}
	return false
}

// otherDayOf reports another date of one day in f's sentence ("on
// Wednesday"); a year or "two years ago" dates something else.
func otherDayOf(p *Pass, f *claims.Fact) bool {
	for _, g := range p.Index.Kind(claims.KindDate) {
		if g != f && g.Doc == f.Doc && g.Sentence == f.Sentence && !inDateline(g) && g.Date != nil && g.Date.Resolved &&
			g.Date.To.Sub(g.Date.From) <= 24*time.Hour && !unplayed(g) {
			return true
		}
	}
	return false
}

// otherDayInSentence reports another date in f's sentence: which of two days
// the sentence's disaster struck on, its words alone do not tell.
func otherDayInSentence(p *Pass, f *claims.Fact) bool {
	for _, g := range p.Index.Kind(claims.KindDate) {
		if g != f && g.Doc == f.Doc && g.Sentence == f.Sentence && !inDateline(g) {
			return true
		}
	}
	return false
}

// phraseWordsIn reports whether every word of a possessive event's phrase stands in
// sentence, in any order and inflection: "yesterday's European championship
// women's marathon" is "the women's marathon at the European Athletics
// Championships", but not "the men's marathon".
func phraseWordsIn(ws []string, sentence string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(sentence)) {
		have[stemWord(canonDistance(strings.Trim(w, ",.;:!?()\"“”")))] = true
	}
	for _, w := range ws {
		if !have[stemWord(w)] {
			return false
		}
	}
	return true
}

// checkPossessiveStages holds a possessive date that numbers a round or a
// stage ("yesterday's seventh-round win", "Saturday's eighth stage") against
// the other dates of that round: a tournament plays its seventh round once,
// so "yesterday's seventh round" of Tuesday and of Thursday disagree.
func checkPossessiveStages(p *Pass, ds []dated, report func(a, b *claims.Fact, msg string)) {
	type staged struct {
		f          *claims.Fact
		ord, stage string
	}
	var ps []staged
	for _, f := range p.Index.Kind(claims.KindDate) {
		if e, ok := possessiveEventOf(f); ok {
			if ord, st := stageOfWords(e.words); ord != "" {
				ps = append(ps, staged{f, ord, st})
			}
		}
	}
	oneDay := func(f *claims.Fact) bool { return f.Date.To.Sub(f.Date.From) <= 24*time.Hour }
	apartDays := func(a, b *claims.Fact) bool {
		da, db := a.Date, b.Date
		return !(da.From.Before(db.To) && db.From.Before(da.To)) && absDur(da.From.Sub(db.From)) <= onceEventSpread
	}
	for i, a := range ps {
		if !oneDay(a.f) || !toldDone(a.f) {
			continue
		}
		for _, b := range ps[i+1:] {
			if docPair(a.f, b.f) && a.ord == b.ord && a.stage == b.stage && oneDay(b.f) && toldDone(b.f) && apartDays(a.f, b.f) {
				report(a.f, b.f, fmt.Sprintf("%s (%s) dates %s %s to %s, but %s (%s) dates it to %s",
					Quote(a.f), whereDated(a.f), a.stage, a.ord, formatPeriod(a.f.Date.From, a.f.Date.To), Quote(b.f), whereDated(b.f), formatPeriod(b.f.Date.From, b.f.Date.To)))
			}
		}
		for _, b := range ds {
			if docPair(a.f, b.f) && b.ev.ordinal == a.ord && b.ev.stage == a.stage && b.to.Sub(b.from) <= 24*time.Hour && toldDone(b.f) && apartDays(a.f, b.f) && !otherDayInSentence(p, b.f) {
				report(b.f, a.f, fmt.Sprintf("%s (%s) dates %s %s to %s, but %s (%s) dates it to %s",
					Quote(b.f), whereDated(b.f), a.stage, a.ord, b.nominal, Quote(a.f), whereDated(a.f), formatPeriod(a.f.Date.From, a.f.Date.To)))
			}
		}
	}
}

// stageOfWords reads the numbered round or stage that opens a possessive
// event's words ("seventh-round win" → "7", "round"); "" when none does.
func stageOfWords(ws []string) (ord, stage string) {
	var parts []string
	for _, w := range ws[:min(len(ws), 3)] {
		parts = append(parts, strings.Split(w, "-")...)
	}
	for i := 0; i+1 < len(parts); i++ {
		if ordinalWord(parts[i]) && stageNoun(parts[i+1]) {
			n, _ := numword.Ordinal(parts[i])
			return strconv.Itoa(n), parts[i+1]
		}
	}
	return "", ""
}

// toldDone reports a date whose event is over as its sentence tells it:
// "yesterday", or a sentence with a verb in the past and none looking ahead.
// A weekday in the present ("Thursday's fifth round brings …", "the finals
// are on Sunday") may be the coming one, whichever the resolver chose.
func toldDone(f *claims.Fact) bool {
	if t := strings.ToLower(f.Text()); strings.HasPrefix(t, "yesterday") || strings.HasPrefix(t, "last ") {
		return true
	}
	if aheadTold(f) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(f.SentenceText())) {
		if pastVerb(strings.Trim(w, ",.;:!?()\"“”")) {
			return true
		}
	}
	return false
}

// unplayed reports a date of what had not happened when the source was
// written: "tonight's semi-final", a day after its publication. A score in
// its sentence is another match's.
func unplayed(g *claims.Fact) bool {
	pub := g.Doc.Meta.Published
	return strings.HasPrefix(strings.ToLower(g.Text()), "tonight") || !pub.IsZero() && g.Date.From.After(pub)
}

// distanceWordRe matches a distance written as one word: "10m", "10-metre",
// "4x7.5-kilometre", "200-meter".
var distanceWordRe = regexp.MustCompile(`^(\d+(?:x\d+)?(?:\.\d+)?)-?(m|metres?|meters?|km|kilometres?|kilometers?)$`)

// canonDistance writes a one-word distance one way ("10-metre" and "10m" are
// "10m", "7.5-kilometre" is "7.5km"), so that one race's name compares
// however a source spells its distance.
func canonDistance(w string) string {
	m := distanceWordRe.FindStringSubmatch(w)
	if m == nil {
		return w
	}
	if m[2] == "m" || strings.HasPrefix(m[2], "metre") || strings.HasPrefix(m[2], "meter") {
		return m[1] + "m"
	}
	return m[1] + "km"
}

// checkPossessiveScores holds a possessive date whose sentence gives a match's
// score ("yesterday's 29-26 win over Brennøy IL", "In yesterday's women's
// individual final, … edged Seo Yeon-hwa 6-5") against a clause of another
// source with the same score and a name besides: one match, played on one day.
func checkPossessiveScores(p *Pass, ds []dated, report func(a, b *claims.Fact, msg string)) {
	for _, f := range p.Index.Kind(claims.KindDate) {
		t := f.Text()
		if f.Doc == nil || f.Date == nil || !f.Date.Resolved || !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") ||
			f.Date.To.Sub(f.Date.From) > 24*time.Hour || !toldDone(f) || otherDayOf(p, f) {
			continue
		}
		sa := sentenceScores(f)
		if len(sa) != 1 {
			continue // "Indonesia beat Thailand 3-1 and Japan swept Denmark 3-0": several matches
		}
		names := capitalNames(f.SentenceText())
		da := f.Date
		for _, b := range ds {
			if !docPair(f, b.f) || b.to.Sub(b.from) > 24*time.Hour || da.From.Before(b.to) && b.from.Before(da.To) ||
				absDur(da.From.Sub(b.from)) > onceEventSpread || otherDayInSentence(p, b.f) || unplayed(b.f) {
				continue
			}
			if sb := sentenceScores(b.f); len(sb) != 1 || sb[0] != sa[0] || sharedPeople(names, capitalNames(b.f.SentenceText())) < 2 ||
				!sameOrder(f.SentenceText(), b.f.SentenceText()) {
				continue // the same two sides, named in the same order: "Korat Eagles beat Saigon Phoenix 3-1" is no "Saigon Phoenix beat Korat Eagles 3-1"
			}
			report(b.f, f, fmt.Sprintf("%s (%s) dates the match won %s to %s, but %s (%s) dates it to %s",
				Quote(b.f), whereDated(b.f), sa[0], b.nominal, Quote(f), whereDated(f), formatPeriod(da.From, da.To)))
		}
	}
}

// sameOrder reports whether the capitalised names both sentences hold, the
// first word too, come in the same order in each: the winner before the side
// beaten. Countries are left out ("Spain's Lucía …", "Lucía … of Spain").
func sameOrder(a, b string) bool {
	names := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			r := []rune(w)
			if len(r) < 4 || !unicode.IsUpper(r[0]) {
				continue
			}
			w = textnorm.Fold(w)
			if attrib.CountryName(w) == "" && attrib.CountryOfAdjective(w) == "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	na, nb := names(a), names(b)
	var common []string
	for _, w := range na {
		if slices.Contains(nb, w) {
			common = append(common, w)
		}
	}
	k := 0
	for _, w := range nb {
		if k < len(common) && w == common[k] {
			k++
		}
	}
	return k == len(common)
}

// reachedRe finds a clause that tells a side reached a stage, which is
// then still to be played: "reached the final of the World Cup yesterday"
// dates the semi-final won, not the final.
var reachedRe = regexp.MustCompile(`\b(?:reach(?:ed|es)?|into|through to|advanced to|advance to|qualified for|booked a place in) the (?:[a-z-]+ )?(?:final|semi-finals?|semifinals?|quarter-finals?|quarterfinals?)\b`)

// offsetToldRe finds a span that sets one event off from another: "three
// days after", "a week before", "earlier in the week".
var offsetToldRe = regexp.MustCompile(`\b(?:(?:day|days|week|weeks|hours|month|months) (?:after|before|since)|earlier)\b`)

// winNouns end a possessive event's phrase with its result: "yesterday's
// relay win", "yesterday's 400 metres champion".
var winNouns = map[string]bool{"win": true, "victory": true, "title": true, "champion": true, "triumph": true, "gold": true}

// earlyStage reports an event noun that names a stage before the final:
// "Friday's men's single sculls semi-finals" is not the "men's single
// sculls title" won on Sunday, so the other sentence must name the stage.
func earlyStage(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "semi-final", "semifinal", "heat", "quarter-final", "quarterfinal", "qualifying", "qualification", "round",
		"prelim", "preliminarie", "repechage", "group":
		return true
	}
	return false
}

// winAfter reports a win told right after a possessive date's event
// ("yesterday's pursuit victory", "Yesterday's relay win", "yesterday's 400
// metres champion", "In yesterday's compound final, Whitlock beat …"), not
// one denied ("an event Vietnam has never won").
func winAfter(f *claims.Fact) bool {
	ws := strings.FieldsFunc(strings.ToLower(textOf(f.Doc, f.Span.End, min(f.Sentence.End, f.Span.End+80))), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	for _, w := range ws {
		switch {
		case w == "will", w == "would", w == "never", w == "not", w == "ahead", w == "before":
			return false
		case winWord(w), w == "champion", w == "gold":
			return true
		}
	}
	return false
}

// winWord reports a word every reading of a win takes: "won", "win",
// "wins", "beat", "victory", "title". Each reader adds its own ("champion",
// held or won; "beating"; "gold").
func winWord(w string) bool {
	switch w {
	case "won", "win", "wins", "beat", "victory", "title":
		return true
	}
	return false
}

// winBefore reports a win told in the words before a date in its sentence
// ("Wen Haoyu won the snatch at yesterday's", "his win in yesterday's"),
// not a title held ("the defending champion") nor one ahead ("will", "to
// win", "setting up").
func winBefore(f *claims.Fact) bool {
	ws := strings.FieldsFunc(strings.ToLower(textOf(f.Doc, max(f.Sentence.Start, f.Span.Start-90), f.Span.Start)), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	won := false // a mark of the future after the win word cancels it; one before it is another clause's
	for i, w := range ws {
		switch {
		case w == "will", w == "would", w == "setting", w == "set", w == "ahead", w == "never", w == "before":
			won = false
		case winWord(w), w == "beating":
			won = i == 0 || ws[i-1] != "to" // not "to win the K-4"
		case w == "champion":
			if i == 0 || ws[i-1] != "defending" && ws[i-1] != "reigning" && ws[i-1] != "former" {
				won = true
			}
		}
	}
	return won
}

// winTold reports a sentence that tells someone won: "won", "his win",
// "champion", "title", "beat".
func winTold(sentence string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if winWord(w) || w == "champion" || w == "beating" {
			return true
		}
	}
	return false
}

// allWordsIn reports whether each word stands in the lowered sentence s as a
// word of its own.
func allWordsIn(ws []string, s string) bool {
	for _, w := range ws {
		if !eventWordIn(s, w) {
			return false
		}
	}
	return true
}

// winnerShared reports two sentences that name one person: the last word
// of a full name in one ("Mirela Costache", "Sekiwake Wakatakeumi") stands
// capitalised in the other. Datelines in capitals, countries and the names
// of bodies ("Spring Grand Sumo Tournament") name no winner.
func winnerShared(a, b string) bool {
	ca, cb := capitalNames(a), capitalNames(b)
	for _, s := range fullNameEnds(a) {
		if cb[s] {
			return true
		}
	}
	for _, s := range fullNameEnds(b) {
		if ca[s] {
			return true
		}
	}
	return false
}

// fullNameEnds returns the folded last words of the runs of two capitalised
// words or more in sentence, bodies' names and countries left out.
func fullNameEnds(sentence string) []string {
	ws := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' })
	var out []string
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && capitalisedWord(ws[j]) {
			j++
		}
		if j-i >= 2 {
			run := strings.Join(ws[i:j], " ")
			last := textnorm.Fold(strings.TrimSuffix(strings.TrimSuffix(ws[j-1], "'s"), "’s"))
			if !attrib.NamesBody(run) && attrib.CountryName(last) == "" && attrib.CountryOfAdjective(last) == "" {
				out = append(out, last)
			}
		}
		i = max(j, i+1)
	}
	return out
}

// capitalisedWord reports a word that opens with a capital and is not all
// capitals (a dateline's "ROTTERDAM").
func capitalisedWord(w string) bool {
	r := []rune(w)
	return len(r) >= 2 && unicode.IsUpper(r[0]) && strings.ToUpper(w) != w
}
