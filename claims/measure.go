package claims

import (
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/numword"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/token"
)

// isTimeUnit reports whether w is one of the time units: they are the units of durations, which are not compared as amounts.
func isTimeUnit(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "year", "month", "week", "day", "hour", "minute", "second":
		return true
	}
	return false
}

// periodDate is a date of a sentence that can give a figure of it a period.
type periodDate struct {
	d     dates.Date
	opens bool // it stands in an opening adverbial ("In 2023, …", "On Monday's count, …")
	// attributive: a year that qualifies the noun after it ("approved the
	// government's 2027 budget"): the period of that thing's amounts, not of the
	// votes the clause also counts ("by 159 votes to 61"), which fall on a day.
	attributive bool
}

// sentencePeriods is what periodOf needs of a sentence, worked out once for all
// its figures: its candidate dates, where its opening phrase ends and where its
// clause marks stand.
type sentencePeriods struct {
	dates     []periodDate
	deadlines []periodDate // target dates of plans ("by 2030"), kept apart
	opening   int          // the first ",", ";" or ":", or -1
	marks     []int        // offsets of ",;:()", in order
	level     bool         // the figure is a level: a date after "from" and an earlier value is that value's
	priors    []int        // sentence offsets of the figures that are earlier values
}

// periodDates returns the dates of a sentence that can be a figure's period,
// once per sentence: resolved, spanning more than a week unless an opening
// adverbial gives the day to the whole sentence ("On Monday's preliminary count,
// … had 51 seats"), not the start of a record ("the highest since records began
// in 1951") and not a target date of a plan ("by the end of 2026"; "had reached
// … by the end of 2025" dates the figure).
func periodDates(ds []dates.Date, w words) sentencePeriods {
	sent := w.text
	sp := sentencePeriods{opening: -1}
	if len(ds) == 0 {
		return sp
	}
	for i := 0; i < len(sent); i++ {
		switch sent[i] {
		case ',', ';', ':', '(', ')':
			if sent[i] != '(' && sent[i] != ')' && i > 0 && i+1 < len(sent) && isDigit(sent[i-1]) && isDigit(sent[i+1]) {
				continue // "32,470", "10:30": inside a number, no clause mark
			}
			if sp.opening < 0 && sent[i] != '(' && sent[i] != ')' {
				sp.opening = i
			}
			if sp.marks == nil {
				sp.marks = make([]int, 0, 8) // one allocation for most sentences
			}
			sp.marks = append(sp.marks, i)
		}
	}
	opening := sp.opening
	var out []periodDate
	for _, d := range ds {
		if !d.Resolved {
			continue
		}
		opens := opening > 0 && d.End <= opening && fewWords(sent[:d.Start], 3) && w.adverbialUpTo(d.End, opening)
		if (d.Granularity == dates.Day || d.Granularity == dates.Week) && !opens && !w.asOf(d.Start) {
			continue
		}
		// Only the 30 bytes before the date can hold the "since".
		win := max(0, d.Start-29)
		if since := strings.LastIndex(sent[win:d.Start], "since "); since >= 0 && !fewWords(sent[win+since:d.Start], 2) {
			continue
		}
		if d.Deadline && !pastBefore(w, d.Start) {
			sp.deadlines = append(sp.deadlines, periodDate{d: d})
			continue
		}
		if possessiveOfEvent(sent, d) {
			continue // "This year's edition drew 212 applications": which edition, not a period counted over
		}
		if out == nil {
			out = make([]periodDate, 0, len(ds))
		}
		out = append(out, periodDate{d: d, opens: opens, attributive: attributiveYear(sent, d)})
	}
	sp.dates = out
	return sp
}

// periodOf returns the period a figure at [start, end) of the sentence covers,
// from the sentence's periodDates: the nearest date of its own clause ("… 1.2
// billion in the first six months of 2025"), or of an opening adverbial that
// governs the whole sentence ("In 2023, there were 40 delegations"), formatted
// "from/to". Dates in other clauses ("Bao, who took office in October, said …")
// do not count. A start ("since January") runs to the published date.
// priorBetween reports text between a figure ending at end and a date
// starting at date that gives an earlier value first, one of priors: " TEU
// from 2.27 million TEU ". The date is that value's ("8 points from 10
// games" names no earlier value).
func priorBetween(text string, end, date int, priors []int) bool {
	between := text[end:date]
	i := strings.Index(between, " from ")
	if i < 0 || strings.ContainsAny(between[:i], ",;") {
		return false
	}
	from := end + i + len(" from ")
	for _, p := range priors {
		if p >= from && p < date && p-from <= 4 { // "from $6.8 billion", "from USD 4.3 billion"
			return true
		}
	}
	return false
}

func periodOf(sp sentencePeriods, w words, start, end int, event bool, published time.Time) string {
	pds, opening := sp.dates, sp.opening
	if len(pds) == 0 {
		return ""
	}
	cs, ce := sp.clauseAround(w.text, start, end)
	if rest := strings.TrimLeft(w.text[cs:], " "); cs > 1 && len(rest) > 5 && strings.EqualFold(rest[:5], "with ") {
		// "The fourth-quarter results were strong, with pre-tax profit of …":
		// a with-clause tells more of the clause before it, and of its period.
		cs, _ = sp.clauseAround(w.text, cs-1, cs-1)
	}
	// A "when" clause is dated by the date it follows ("four years ago, when
	// Civic Renewal took 27.1% and 44 seats").
	whenFrom := -1
	if rest := strings.TrimLeft(w.text[cs:], " "); len(rest) > 5 && strings.EqualFold(rest[:5], "when ") && cs > 0 {
		whenFrom = max(0, cs-40)
	}
	best, dist := -1, -1
	earlier := -1 // the date of an earlier value the figure is compared with
	for i, pd := range pds {
		d := pd.d
		inClause := d.Start >= cs && d.End <= ce || whenFrom >= 0 && d.Start >= whenFrom && d.End < cs
		// An opening adverbial governs the sentence; a date at the end of a first
		// main clause ("Revenue rose … in the third quarter, from …") does not.
		governs := pd.opens && cs > opening
		if !inClause && !governs || event && pd.attributive {
			continue
		}
		if between := w.text[min(end, d.Start):d.Start]; strings.Contains(between, "since ") && !strings.HasSuffix(strings.TrimSpace(between), "since") {
			continue // "497 patients treated since the outbreak began in late October": when the count began
		}
		if sp.level && d.Start > end && priorBetween(w.text, end, d.Start, sp.priors) {
			earlier = i
			// "rose 8.4% to 2.46 million TEU from 2.27 million TEU in the first
			// half of 2025": the earlier value's period (a change "up 16.2% from
			// $6.8 billion in the first half of last year" keeps it: sources
			// date such a change alike).
			continue
		}
		if d.Start > end && relativeClauseBetween(w.text[end:d.Start]) {
			continue // "… 8,500 jobs … in the supply chain that Korean makers have built over the past decade"
		}
		// Measured between the nearest edges: in "2.6 percent this year and 3.1
		// percent in 2027" the 3.1 is 2027's, though "this year" starts nearer
		// its start.
		n := 0
		switch {
		case d.End <= start:
			n = start - d.End
			if separatesFigure(w.text[d.End:start]) {
				n += 1000 // "grew 7.8% last year after a 5.1% rise in 2024": the 5.1% is 2024's
			}
		case d.Start >= end:
			n = d.Start - end
		}
		if dist < 0 || n < dist || n == dist && d.Start >= end {
			best, dist = i, n // a tie goes to the date after the figure ("a 5.1% rise in 2024")
		}
	}
	if best < 0 && earlier >= 0 {
		// "rose 8.4% to 2.46 million TEU from 2.27 million TEU in the first
		// half of 2025", published in 2026: a comparison with a period of last
		// year is one with the same period a year on.
		if d := pds[earlier].d; !published.IsZero() && d.From.Year() == published.Year()-1 && !d.To.After(d.From.AddDate(1, 0, 0)) {
			return d.From.AddDate(1, 0, 0).Format("2006-01-02") + "/" + d.To.AddDate(1, 0, 0).Format("2006-01-02")
		}
	}
	if best < 0 {
		return ""
	}
	d := pds[best].d
	if d.Since && published.After(d.From) && strings.HasSuffix(strings.TrimRight(w.text[:d.Start], " "), "since") {
		// "has killed more than a hundred people since January": the count
		// runs from January to the day of the report, not over January.
		return d.From.Format("2006-01-02") + "/" + published.Format("2006-01-02")
	}
	return d.From.Format("2006-01-02") + "/" + d.To.Format("2006-01-02")
}

// separatesFigure reports a word between a date and a figure after it that
// opens another figure's phrase: "last year after a 5.1% rise", "this year,
// against 3.2% …".
func separatesFigure(between string) bool {
	for f := range strings.FieldsSeq(between) { // no copy: this runs for every date and figure of a sentence
		switch f = strings.Trim(f, ",;"); {
		case strings.EqualFold(f, "after"), strings.EqualFold(f, "following"), strings.EqualFold(f, "against"),
			strings.EqualFold(f, "versus"), strings.EqualFold(f, "vs"), strings.EqualFold(f, "than"):
			return true
		}
	}
	return false
}

// asOf reports whether the day date starting at byte start is the moment a
// figure was taken: "in the 24 hours to 8 a.m. on Monday", "as of noon on
// Monday", "as at Tuesday", with only a clock time between the cue and the day.
func (w words) asOf(start int) bool {
	k := -1
	for i, t := range w.toks {
		if t.Start >= start {
			break
		}
		k = i
	}
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if w.toks[k].Kind == token.Number {
			continue
		}
		if w.toks[k].Kind == token.Symbol {
			if w.at(k) == "." || w.at(k) == ":" {
				continue // "a.m.", "8:30"
			}
			return false
		}
		switch w.lower(k) {
		case "on", "a", "m", "p", "am", "pm", "noon", "midnight", "a.m", "p.m", "a.m.", "p.m.":
			continue
		case "to", "through", "until":
			return k > 0 && w.toks[k-1].Kind == token.Word && (w.lower(k-1) == "hours" || w.lower(k-1) == "up")
		case "of", "at":
			return k > 0 && w.lower(k-1) == "as"
		}
		return false
	}
	return false
}

// adverbialUpTo reports whether the text from byte from to the opening comma
// at to holds no verb and no figure: an opening adverbial ("On Monday's
// preliminary count, …"), not a clause ("The final on December 14 drew 32,470
// spectators, a record").
func (w words) adverbialUpTo(from, to int) bool {
	for i, t := range w.toks {
		if t.Start < from || t.End > to {
			continue
		}
		if t.Kind == token.Number || t.Kind == token.Word && (isVerb(w.lower(i)) || len(w.lower(i)) > 4 && strings.HasSuffix(w.lower(i), "ed")) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// fewWords reports whether s has at most n space-separated words, reading no
// further than needed: len(strings.Fields(s)) <= n without splitting all of s.
func fewWords(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f'
		if !space && !in {
			if words++; words > n {
				return false
			}
		}
		in = !space
	}
	return true
}

// clauseAround returns the bounds of the clause of sent holding [start, end):
// the text between the nearest commas, semicolons, colons or brackets, found
// among the sentence's marks.
func (sp sentencePeriods) clauseAround(sent string, start, end int) (int, int) {
	cs := 0
	if i := sort.SearchInts(sp.marks, start); i > 0 {
		cs = sp.marks[i-1] + 1
	}
	ce := len(sent)
	for k := end; k < len(sent); {
		i := sort.SearchInts(sp.marks, k)
		if i == len(sp.marks) {
			break
		}
		k = sp.marks[i]
		// A short aside in brackets ("investment (FDI) in the first half") does
		// not end the clause.
		if sent[k] == '(' {
			if j := strings.IndexByte(sent[k:], ')'); j > 0 && j < 40 && !strings.ContainsAny(sent[k:k+j], ",;:") {
				k += j + 1
				continue
			}
		}
		ce = k
		break
	}
	if ce < len(sent) && sent[ce] == ',' && strings.Contains(sent[start:end], ", or ") && timeAdverbialAt(sent[ce+1:]) {
		// "stood at VND 7,260 trillion, or about USD 276 billion, at the end
		// of June": the comma closes the conversion set off inside the
		// amount, not its clause.
		if i := sort.SearchInts(sp.marks, ce+1); i < len(sp.marks) {
			ce = sp.marks[i]
		} else {
			ce = len(sent)
		}
	}
	return cs, ce
}

// timeAdverbialAt reports a clause that opens with a preposition of time
// ("at the end of June", "in the first half", "as of March 31").
func timeAdverbialAt(s string) bool {
	s = strings.ToLower(strings.TrimLeft(s, " "))
	for _, p := range []string{"at the end of ", "in the ", "as of ", "as at ", "by the end of ", "on ", "in "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// withUnit appends the unit to a measure key, so "USD 8 billion" and "8 billion
// tonnes" of one measure never meet.
func withUnit(measure, unit string) string {
	if measure == "" || unit == "count" {
		return measure
	}
	u := strings.ToLower(unit)
	if spacedContains(measure, u) {
		// The unit read as a word of the measure ("values the firm at about USD
		// 68.6 million" gave "usd"): it names no measure, and as a head it would
		// meet every amount in that unit.
		ws := strings.Fields(measure)
		kept := ws[:0]
		for _, w := range ws {
			if w != u {
				kept = append(kept, w)
			}
		}
		if measure = strings.Join(kept, " "); measure == "" || strings.HasPrefix(measure, "=") {
			return ""
		}
	}
	if p := predicateOf(measure); p != "" {
		// The predicate stays last, where KeysMatch reads it: "people percent
		// =who" (of people who want a job) is no share of plain "people percent".
		return measure[:len(measure)-len(p)] + u + " " + p
	}
	return measure + " " + u
}

// spacedContains reports strings.Contains(" "+s+" ", " "+w+" "), whether w is
// a space-separated word of s, without building either string.
func spacedContains(s, w string) bool {
	for i := 0; i <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || s[k-1] == ' ') && (k+len(w) == len(s) || s[k+len(w)] == ' ') {
			return true
		}
		i = k + 1
	}
	return false
}

// quantityKey builds the measure key (without the unit) and the subject of a
// quantity whose tokens are first..last. Counts name their measure after the number
// ("110 cooperation agreements"); amounts with a unit name it after "of"/"in" ("70%
// of Japanese businesses", "USD 1.2 billion in foreign investment") or else in the
// clause subject ("Japanese investments in Vietnam have jumped by USD 8 billion");
// a change named only by its noun (", an increase of 12%") measures the figure
// before it in the sentence (prevKey).
func quantityKey(w words, first, last int, q quantity.Quantity, prevKey string) (key, subject string) {
	next := last + 1
	var phrase []string
	var runner string     // the name a time run's phrase gives
	var scratch [9]string // rightPhrase's words: the phrase does not outlive the key
	before := ""
	if first > 0 && w.toks[first-1].Kind == token.Word {
		before = w.lower(first - 1)
	}
	if q.Kind == quantity.Amount && quantity.LengthUnit(q.Unit) && next+1 < len(w.toks) && w.toks[next].Kind == token.Symbol && w.at(next) == "-" &&
		w.toks[next].Start == w.toks[last].End && w.toks[next+1].Kind == token.Word && dimensionAdjective(w.lower(next+1)) {
		next += 2 // "the 86-metre-high dam" measures the dam, as "the 68-metre dam" does
	}
	if label := w.labelBefore(first); len(label) > 0 {
		// "Finishers: 20,838 across the three races": the label names the figure.
		if key := normalizeWords(label, w.stems); key != "" {
			return key, subjectOf(w, first)
		}
	}
	if (q.Unit == "count" || q.Kind == quantity.Amount && q.Unit != "percent" && !quantity.CurrencyName(strings.ToLower(q.Unit))) && (w.capacityBefore(first) || w.capacityAfter(next)) {
		// "licensed to carry 60 passengers", "a vessel licensed for 50
		// passengers": what it may hold, as "a capacity of 50 passengers" says,
		// never the load it carried ("was carrying 87 passengers").
		return "capac", subjectOf(w, first)
	}
	if quantity.LengthUnit(q.Unit) && q.Kind == quantity.Amount && w.depthAfter(next) {
		// "a gallery 450 metres underground", "a gallery some 540 metres below
		// the surface": one measure, the gallery's depth; "The shaft is about
		// 70 metres deep" is the shaft's, not the depth the men worked at.
		if noun := w.depthOf(first); noun != "" {
			return noun + " depth", subjectOf(w, first)
		}
		return "depth", subjectOf(w, first)
	}
	if before == "at" && q.Unit != "count" && q.Kind == quantity.Amount {
		if np, owner := w.putAtBefore(first, true); len(np) > 0 {
			// "Customs figures put first-quarter exports at $3.42 billion":
			// the exports, not the figures.
			if key := normalizeWords(np, w.stems); key != "" {
				if owner == "" {
					owner = subjectOf(w, first)
				}
				return key, owner
			}
		}
	}
	switch {
	case before == "worth" || before == "valued":
		phrase = w.phraseBefore(first - 1) // "projects worth USD 2 billion"
		if k := first - 1 - len(phrase); len(phrase) > 0 && k > 0 && isCapitalised(phrase[0]) && isPreposition(w.lower(k-1)) {
			// "450 projects in Vietnam worth about $1.1 billion": the projects are
			// worth it, not the place they are in.
			if np := w.phraseBefore(k - 1); len(np) > 0 {
				phrase = np
			}
		}
	case next+1 < len(w.toks) && w.toks[next].Kind == token.Word && w.lower(next) == "of" && isPartPronoun(w.lower(next+1)):
		// "Seven people have been injured, five of them firefighters": a part of
		// the count before, never the firefighters on duty; with no count
		// before in the sentence ("at least four of them involved …"), a part
		// of something the text named earlier: no measure to compare.
		if prevKey == "" {
			return "", subjectOf(w, first)
		}
		np, _ := splitKey(prevKey)
		return strings.Join(np, " ") + " =part", subjectOf(w, first)
	case next < len(w.toks) && w.toks[next].Kind == token.Word && w.lower(next) == "of" && q.Unit == "percent" && w.amountAfter(next+1):
		// "about 77% of the Rp 19.8 trillion the company earned": a share of
		// an amount, whose measure the amount's own key holds; unless a verb
		// gives the share to a subject ("Turnout was 47.3% of the 594,000
		// citizens on the roll": the turnout).
		if key := normalizeWords(w.npBefore(first), w.stems); key != "" {
			return key, subjectNotMeasure(subjectOf(w, first), key, w.stems)
		}
		return "", subjectOf(w, first)
	case next < len(w.toks) && w.toks[next].Kind == token.Word && w.lower(next) == "of":
		phrase = w.rightPhrase(scratch[:0], w.skipArticleAndNumber(next+1)) // "1,066,000 of the 2,790,000 valid votes"
		if v := w.earnedBy(first); v > 0 && quantity.CurrencyBefore(q.Unit) {
			if by := w.sharer(v); by != "" && by != "it" && by != "they" && by != "this" {
				// "Drilling support brought in US$248.1 million of revenue":
				// drilling support's part, as "drilling support accounted
				// for US$248.1 million" says, not the revenue as a whole.
				phrase = strings.Fields(by)
			}
		}
	case before == "of" && first >= 2 && q.Unit == "count" && nominalPredicates[w.lower(first-2)] != "":
		// "the evacuation of 214,300 residents before landfall": the residents
		// (evacuated), whenever it was.
		phrase = w.rightPhrase(scratch[:0], next)
		for k, p := range phrase {
			if timePrepositionWord(strings.ToLower(p)) {
				phrase = phrase[:k]
				break
			}
		}
	case before == "of" && first >= 2 && q.Unit == "count" && totalOf(w.lower(first-2)):
		phrase = w.rightPhrase(scratch[:0], next) // "a total of 145 Vietnamese companies": the companies are counted
	case before == "of" && q.Unit == "count" && q.Kind == quantity.Amount && next < len(w.toks) && w.toks[next].Kind == token.Word &&
		startsMeasure(w, next) && !isPreposition(w.lower(next)) && !isVerb(w.lower(next)) && first >= 2 && !isStatisticOf(w.lower(first-2)) &&
		!compoundPreposition(w, first-1):
		// "a province of more than 45,000 inhabitants" counts the province's inhabitants
		phrase = append(append([]string(nil), w.phraseBefore(first-1)...), w.rightPhrase(scratch[:0], next)...)
		if name := w.copulaName(first - 1); name != "" {
			// "Caravelí is a largely rural province of more than 45,000
			// inhabitants": Caravelí's inhabitants, however the province is described.
			if key := normalizeWords(w.rightPhrase(nil, next), w.stems); key != "" {
				return key, fold(name)
			}
		}
	case before == "to" && first >= 2 && w.toks[first-2].Kind == token.Word && w.lower(first-2) == "total":
		if np, _ := splitKey(prevKey); q.Unit == "count" && len(np) > 0 && first >= 3 && possessiveDeterminer(w.lower(first-3)) && bareCountAt(w, next) {
			// "built 1,150 new cell towers in the half, bringing its total
			// to 9,840": the total of what the count before counted
			return strings.Join(np, " "), subjectOf(w, first)
		}
		// "could take the total to €45 million": the total, not the figure before
		return withScope("total", w.scopeAfter(next)), subjectOf(w, first)
	case before == "to" && normalizeWords(w.takenTo(first), w.stems) != "":
		// "taking this year's death toll to 187": the toll is what the verb takes
		return normalizeWords(w.takenTo(first), w.stems), subjectOf(w, first)
	case before == "of" && first >= 2 && targetNoun(w.lower(first-2)) && next+1 < len(w.toks) && w.toks[next].Kind == token.Word &&
		(w.lower(next) == "in" || w.lower(next) == "of" || w.lower(next) == "for") && startsMeasure(w, next+1):
		// "set a target of $5 billion in annual two-way trade": the trade aimed for
		phrase = w.rightPhrase(scratch[:0], next+1)
	case isMeasureBefore(before) && !compoundPreposition(w, first-1) && !(before == "of" && first == 1):
		phrase = w.phraseBefore(first - 1) // "capital of USD 9.8 billion"; not "Of 64 samples, 41 …", which opens the sentence
	case q.Unit == "count" && q.Kind == quantity.Amount && !(next < len(w.toks) && w.toks[next].Kind == token.Word && dayWord(w.lower(next))):
		phrase = w.rightPhrase(scratch[:0], next) // not "rose to 12 yesterday after …": a day names nothing counted
		if prevKey != "" && w.verbAfterCount(next) {
			phrase = nil // "75 were brought out alive and 14 lost their lives": 14 of the miners
		}
	case q.Unit == "count" && q.Kind == quantity.Change && next < len(w.toks) && w.toks[next].Kind == token.Word &&
		startsMeasure(w, next) && !isPreposition(w.lower(next)) && !isVerb(w.lower(next)) && !isChangeWord(w.lower(next)):
		phrase = w.rightPhrase(scratch[:0], next) // "has added 6 goals": goals, not the measure before
	case q.Kind == quantity.Amount && next < len(w.toks) && startsMeasure(w, next) && !isPreposition(w.lower(next)) && !isVerb(w.lower(next)):
		phrase = w.rightPhrase(scratch[:0], next) // an attribute: "a 10 km run", "a USD 2 billion project"
	case q.Kind == quantity.Amount && next < len(w.toks) && last > 0 && w.toks[last-1].Kind == token.Symbol && w.at(last-1) == "-" &&
		w.toks[next].Kind == token.Word && isCapitalised(w.at(next)):
		phrase = w.rightPhrase(scratch[:0], next) // a hyphenated attribute of a name: "the 27.4-km Sapphire Line"
	case next+1 < len(w.toks) && w.toks[next].Kind == token.Word && w.lower(next) == "in" && startsMeasure(w, next+1):
		phrase = w.rightPhrase(scratch[:0], next+1)
	}
	if len(phrase) == 0 && q.Unit != "count" && q.Kind == quantity.Amount && prevKey != "" && aimBefore(w, first) {
		// "Bilateral trade rose 9% to $14.6 billion, and the two governments
		// now aim for $20 billion by 2028": the trade aimed for, not the
		// governments.
		return prevKey, subjectOf(w, first)
	}
	if len(phrase) == 0 && q.Unit == "count" && q.Kind == quantity.Amount {
		// A count that a level verb gives to a common noun phrase counts that
		// phrase ("confirmed cases had reached 1,431").
		np := w.npBefore(first)
		if q.Hedge != "" && q.Hedge != "about" {
			// "the children who died were all under three": an age or a bound,
			// not the sentence's last measure again.
			return "", subjectOf(w, first)
		}
		if np, owner := w.putAtBefore(first, false); len(np) > 0 {
			// "put South Africa's population at 63.1 million": the population,
			// South Africa's.
			if key := normalizeWords(np, w.stems); key != "" {
				if owner == "" {
					owner = subjectOf(w, first)
				}
				return key, owner
			}
		}
		if numberOf := w.numberOfBefore(first); len(numberOf) > 0 {
			// "put the number of people on board at 112", "The number of people
			// confirmed dead … has risen to 31": the number of what is counted.
			if key := normalizeWords(numberOf, w.stems); key != "" {
				return key, subjectOf(w, first)
			}
		}
		if !levelVerbBefore(w, first) || !hasCommonWord(np) {
			// A bare count names its noun earlier ("Of the 150 seats, Civic Renewal
			// won 62, the Social Democrats 41"): the sentence's last measure, or none.
			subject := subjectOf(w, first)
			if subject == "" && first > 0 && w.toks[first-1].Kind == token.Word && isCapitalised(w.at(first-1)) && !monthOrDay(w.lower(first-1)) {
				subject = w.nameBefore(first) // "Civic Renewal won 62, the Social Democrats 41": the item named
			}
			if subject == "" {
				subject = w.elidedAccountsFor(first) // "Ward 3 accounts for 92 of the cases, Ward 7 for 71"
			}
			return withScope(prevKey, w.scopeAfter(next)), subject
		}
		phrase = np
	}
	if len(phrase) == 0 {
		// "The numbers were driven by occupancy, which averaged 87.4 percent":
		// the noun the relative clause hangs on is measured.
		phrase = w.relativeAntecedent(first)
	}
	ownClause := opensOwnClause(w, first, last)
	for _, find := range []func(int) []string{nil, w.npBefore, w.leftPhrase} {
		if find != nil && !(ownClause && len(phrase) == 0) {
			phrase = find(first)
		}
		if q.Unit == "h:m:s" && len(phrase) > 1 && strings.EqualFold(phrase[len(phrase)-1], "time") && possessiveDeterminer(strings.ToLower(phrase[0])) {
			key = "time" // "His winning time of 1:51:06.9": the racer's finishing time
			break
		}
		if namesPerson(phrase) {
			phrase = nil // "Vice Chairman Tran Quoc Bao said …": a speaker, not a measure
		}
		if q.Unit == "h:m:s" && len(phrase) > 0 {
			if phrase, runner = withoutNames(phrase); len(phrase) == 0 {
				phrase = append(phrase, "time") // "Kenya's Winfred Jerotich ran 9:06.47"
			}
		}
		if key = normalizeWords(phrase, w.stems); key != "" {
			break
		}
	}
	if q.Kind != quantity.Amount && prevKey != "" && onlyChangeNouns(key) {
		key = prevKey
	}
	key = sourceFirst(key)
	subject = subjectNotMeasure(subjectOf(w, first), key, w.stems)
	if subject == "" && runner != "" {
		subject = runner // "Jerotich, 22, clocked 9:08.47": whose time it is
	}
	return key, subject
}

// relativeAntecedent returns the noun phrase before ", which" or ", that"
// when the figure at token first follows the clause's verb: "occupancy,
// which averaged 87.4 percent" → occupancy. Nil otherwise.
func (w words) relativeAntecedent(first int) []string {
	k := first - 1
	if k >= 0 && w.toks[k].Kind == token.Word && (w.lower(k) == "to" || w.lower(k) == "at") {
		k--
	}
	v := k
	for k >= 0 && v-k < 2 && w.toks[k].Kind == token.Word && (isLevelVerb(w.lower(k)) || w.lower(k) == "averaged" || w.lower(k) == "was" || isAdverb(w.lower(k))) {
		k--
	}
	if k == v || k < 2 || w.toks[k].Kind != token.Word || w.lower(k) != "which" || w.toks[k-1].Kind != token.Symbol || w.at(k-1) != "," {
		return nil
	}
	return w.phraseBefore(k - 1)
}

// countedWhole reports a whole counted, or told apart as new, after "of
// the" at token i: "of the nine deaths", "of the 38 victims", "of the new
// deaths".
func (w words) countedWhole(i int) bool {
	if i+1 >= len(w.toks) || w.toks[i].Kind != token.Word || w.lower(i) != "the" {
		return false
	}
	switch t := w.toks[i+1]; t.Kind {
	case token.Number:
		return true
	case token.Word:
		switch w.lower(i + 1) {
		case "new", "latest", "additional", "other": // "Five of the new deaths": a part of what was added
			return true
		}
		_, ok := numword.Cardinal(w.lower(i + 1))
		return ok
	}
	return false
}

// withoutNames splits the capitalised words off a phrase before a time run
// ("Kenya's Winfred Jerotich ran 9:06.47"): they name the runner, not the
// measure. It returns the rest and the names, folded.
func withoutNames(phrase []string) ([]string, string) {
	var rest, names []string
	for _, p := range phrase {
		if isCapitalised(p) {
			names = append(names, p)
		} else {
			rest = append(rest, p)
		}
	}
	return rest, fold(strings.Join(names, " "))
}

// isStatisticOf reports whether w is one of the statistics: the measures "X of N things" states, which are not a count
// of the things: "an average of 9,200 spectators", "a peak of 40 ships".
func isStatisticOf(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	// "a maximum of", "a total of" count the things: totalOf, read first
	case "average", "mean", "median", "rate", "ratio", "share", "proportion", "peak", "high", "low",
		"record", "capacity", "increase", "rise", "drop", "fall", "decline", "run", "streak":
		return true
	}
	return false
}

// isChangeWord reports whether w is one of the change words, which after a count say how it changed, not what it counts.
func isChangeWord(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "more", "fewer", "less", "higher", "lower", "percent", "per", "times":
		return true
	}
	return false
}

// labelBefore returns the words of a label that opens the sentence and ends
// with a colon right before the figure at token first ("Finishers: 20,838"),
// at most three words; nil otherwise.
func (w words) labelBefore(first int) []string {
	if first < 2 || first > 4 || w.toks[first-1].Kind != token.Symbol || w.at(first-1) != ":" {
		return nil
	}
	var out []string
	for k := 0; k < first-1; k++ {
		if w.toks[k].Kind != token.Word {
			return nil
		}
		out = append(out, w.at(k))
	}
	return out
}

// classAttribute reports whether the count at token first says what a kind
// of thing has, after "with": "a small eatery with three workers",
// "businesses with fewer than 10 workers". The noun before "with" is
// indefinite (after "a"/"an") or a bare plural; "the port, with 96 berths"
// and "Japan is the largest investor, with 96 projects" are claims.
func classAttribute(w words, first int, bound bool) bool {
	j := first - 1
	if j < 1 || w.toks[j].Kind != token.Word || w.lower(j) != "with" {
		return false
	}
	k := j - 1
	if w.toks[k].Kind != token.Word || isCapitalised(w.at(k)) || isVerb(w.lower(k)) || isPreposition(w.lower(k)) {
		return false
	}
	plural := strings.HasSuffix(w.lower(k), "s") && !strings.HasSuffix(w.lower(k), "ss")
	if w.countedSetBefore(j) && !bound {
		// "12 hotels with 2,140 rooms": the rooms of those twelve; "300
		// hotels with over 30 rooms" still says what kind of hotel
		return false
	}
	for n := 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		if w.toks[k].Kind != token.Word {
			break
		}
		switch lw := w.lower(k); {
		case lw == "a" || lw == "an":
			return true
		case isDeterminer(lw) || strings.HasSuffix(lw, "'s") || isCapitalised(w.at(k)) && n > 0 && k > 0:
			return false
		case isVerb(lw) || isPreposition(lw):
			return plural
		}
	}
	return plural
}

// boundHedge reports a hedge that states a bound ("over 30", "fewer than 10",
// "at least 5", "up to 40"), not an estimate.
func boundHedge(h string) bool {
	return h == "over" || h == "fewer than" || h == "at least" || h == "up to"
}

// countedSetBefore reports a counted plural right before the "with" at token
// j: "12 hotels with", "38 new hotels with".
func (w words) countedSetBefore(j int) bool {
	if j < 2 {
		return false
	}
	switch w.lower(j - 1) {
	case "days", "weeks", "months", "years", "hours", "minutes", "rounds", "games", "matches", "laps", "stages":
		return false // "ended the three days with 14 medals": a span, no set that has them
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if w.toks[k].Kind == token.Number {
			return k < j-1
		}
		if w.toks[k].Kind != token.Word {
			return false
		}
		if isCardinalWord(w.lower(k)) {
			return k < j-1
		}
	}
	return false
}

// isPartPronoun reports whether w is one of the part pronouns: they refer back to a count: "five of them", "two of whom".
func isPartPronoun(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "them", "whom", "which", "these", "those":
		return true
	}
	return false
}

// totalOf reports whether a word before "of" only says that the count after
// it is a count: "a total of 145 companies", "the number of 40 firms".
func totalOf(w string) bool {
	switch w {
	case "total", "tally", "sum", "maximum", "minimum":
		return true
	}
	return false
}

// subjectNotMeasure drops a one-word subject that is the measure itself: a
// capitalised noun opening the sentence ("Turnout was 68.4%") is no owner.
func subjectNotMeasure(subject, key string, cache stemCache) string {
	if subject == "" || strings.Contains(subject, " ") {
		return subject
	}
	n := normWord(subject, cache)
	for k := range strings.FieldsSeq(key) {
		if k == n {
			return ""
		}
	}
	return subject
}

// measureSubject reports a subject that is itself a measure, which owns no
// count told after "with": "Attendance was lower …, with some 15,500 visitors".
func measureSubject(s string) bool {
	switch s {
	case "attendance", "turnout", "revenue", "output", "production", "demand", "growth", "sales", "traffic", "trade":
		return true
	}
	return false
}

// winningGerund reports a gerund that gives its subject a count it won or
// holds: "the BJP winning 240 seats", "Congress taking 99".
func winningGerund(w string) bool {
	switch w {
	case "winning", "taking", "securing", "gaining", "holding", "capturing", "bagging", "claiming":
		return true
	}
	return false
}

// subjectOf returns who owns the quantity starting at token first: a possessive
// before it, the sentence subject for "…, with 96 projects", or the named subject
// of the clause.
func subjectOf(w words, first int) string {
	subject := w.possessor(first)
	if subject == "" && first > 0 {
		switch w.lower(first - 1) {
		case "with", "their", "its":
			// "Japan is the largest investor, with 96 projects"; "Dravina won 24 of
			// their 34 league matches"; "ahead of the Philippines with 40 golds":
			// the name right before "with" has them.
			if w.lower(first-1) == "with" && first > 1 && w.toks[first-2].Kind == token.Word && isCapitalised(w.at(first-2)) && !monthOrDay(w.lower(first-2)) {
				// (not "ended December with more than 10,500 employees": a month owns nothing)
				if n := w.nameBefore(first - 1); n != "" {
					subject = n
					break
				}
				if n := w.comparedNameBefore(first - 1); n != "" {
					subject = n // "ahead of Chikwawa with 521": Chikwawa's
					break
				}
				if n := w.unitNameBefore(first - 1); n != "" {
					subject = n // "and the province of Arequipa with six": Arequipa's
					break
				}
			}
			if w.lower(first-1) == "with" && first > 2 && w.toks[first-2].Kind == token.Number && w.toks[first-3].Kind == token.Word &&
				isCapitalised(w.at(first-3)) && !isDeterminer(w.lower(first-3)) && !monthOrDay(w.lower(first-3)) {
				// "followed by Block 7 with 190": a numbered place's
				subject = fold(w.text[w.toks[first-3].Start:w.toks[first-2].End])
				break
			}
			if w.lower(first-1) == "with" && w.countedSetBefore(first-1) {
				return "" // "the pipeline of 12 hotels with 2,410 rooms": the hotels'
			}
			if w.lower(first-1) == "with" {
				// "…, while Indonesia finished third with 64 golds": the clause's own
				// subject before the sentence's.
				if n := w.clauseSubject(first - 1); n != "" {
					subject = n
					break
				}
			}
			subject = w.sentenceSubject()
			if measureSubject(subject) {
				subject = "" // "Attendance was lower than hoped, with some 15,500 visitors": no owner
			}
			if subject == "" && w.lower(first-1) != "with" {
				subject = w.leadingName()
			}
		}
	}
	if subject == "" && first > 1 && winningGerund(w.lower(first-1)) {
		// "with the Bharatiya Janata Party (BJP) winning 240 seats": the party
		// named right before the gerund, by its bracketed short name if it has one.
		k := first - 2
		if w.toks[k].Kind == token.Symbol && w.at(k) == ")" && k >= 2 && w.toks[k-1].Kind == token.Word && w.at(k-2) == "(" {
			subject = fold(w.at(k - 1))
		} else {
			f := k
			for f >= 0 && w.toks[f].Kind == token.Word && isCapitalised(w.at(f)) && !isDeterminer(w.lower(f)) {
				f--
			}
			if f < k {
				subject = fold(w.text[w.toks[f+1].Start:w.toks[k].End]) // "with Congress taking 99 seats"
			}
		}
	}
	if subject == "" && w.withPhraseBefore(first) {
		subject = w.sentenceSubject() // "Japan is the third-largest investor, with cumulative capital of USD 75 billion"
	}
	if subject == "" && w.withOfBefore(first) {
		subject = w.groupOwner() // "Okayama firms operate 14 projects with combined capital of about $610 million"
	}
	if subject == "" && first > 1 && w.lower(first-1) == "for" && accountVerbs[w.lower(first-2)] {
		subject = w.sharer(first - 2) // "The Philippines …, accounting for 42 per cent"
	}
	if subject == "" && first > 1 && w.lower(first-1) == "up" && makeVerbs[w.lower(first-2)] && w.shareAt(first) {
		subject = w.sharer(first - 2) // "Exports made up 38% of volumes": the exports' share
	}
	if subject == "" && first > 1 && w.lower(first-1) == "to" && shareToVerbs[w.lower(first-2)] && w.shareOf(first) {
		subject = w.sharer(first - 2) // "loans to property developers were cut to less than 5 percent of the loan book"
	}
	if subject == "" {
		subject = w.clauseSubject(first)
	}
	if subject == "" && w.ownPronounBefore(first) {
		subject = w.sentenceSubject() // "Gauteng, the economic hub, saw its rate rise to 34.6%": Gauteng's rate
	}
	return subject
}

// ownPronounBefore reports "its" or "their" among the few words before the
// figure at token first, in its clause: "saw its rate rise to". Not after a
// reporting verb: in "MetMalaysia said its station recorded 168 mm" the
// pronoun is the speaker's, the figure the station's.
func (w words) ownPronounBefore(first int) bool {
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		if w.toks[k].Kind != token.Word {
			return false
		}
		if lw := w.lower(k); lw == "its" || lw == "their" {
			for j := 0; j < k; j++ {
				switch w.lower(j) {
				case "said", "says", "told", "reported", "according", "put", "puts":
					return false
				}
			}
			return true
		}
	}
	return false
}

// withPhraseBefore reports whether the amount at token first ends a "with …
// of" phrase of at most four words ("with cumulative registered capital of")
// set off by a comma.
func (w words) withPhraseBefore(first int) bool {
	k := w.withOfAt(first)
	return k > 0 && w.toks[k-1].Kind == token.Symbol && w.at(k-1) == ","
}

// withOfBefore reports whether the amount at token first ends a "with … of"
// phrase of at most four words, with or without a comma before it.
func (w words) withOfBefore(first int) bool { return w.withOfAt(first) > 0 }

// withOfAt returns the index of the "with" opening a "with … of" phrase that
// ends right before token first, or -1.
func (w words) withOfAt(first int) int {
	if first < 3 || w.toks[first-1].Kind != token.Word || w.lower(first-1) != "of" {
		return -1
	}
	for k := first - 2; k >= 0 && k >= first-6; k-- {
		if w.toks[k].Kind != token.Word {
			return -1
		}
		if w.lower(k) == "with" {
			return k
		}
	}
	return -1
}

// groupOwner returns the name before a group noun opening the sentence
// ("Okayama firms already operate …", "Japanese investors hold …"), folded:
// the group's figures are that place's. "" for any other opening.
func (w words) groupOwner() string {
	end := w.nameRunFrom(0)
	if end == 0 || end >= len(w.toks) || w.toks[end].Kind != token.Word || !groupNoun(w.lower(end)) {
		return ""
	}
	if end == 1 && (w.common(w.at(0)) || kindAdjective(w.lower(0))) {
		return "" // "Foreign investors", "Private firms": a kind, not a place
	}
	return fold(w.text[w.toks[0].Start:w.toks[end-1].End])
}

// kindAdjective reports an adjective that opens a sentence before a group
// noun to name a kind of business, not whose they are.
func kindAdjective(lw string) bool {
	switch lw {
	case "foreign", "local", "private", "domestic", "overseas", "small", "large", "other", "several", "new", "major",
		"international", "global", "regional", "state", "listed", "big", "top", "leading", "such", "these", "those":
		return true
	}
	return false
}

// groupNoun reports a plural noun for the businesses or people of a place.
func groupNoun(lw string) bool {
	switch lw {
	case "firms", "companies", "investors", "businesses", "enterprises", "manufacturers", "exporters", "groups", "corporations":
		return true
	}
	return false
}

// earnedBy returns the token of the verb by which a subject earns the amount at
// token first ("brought in", "generated", "earned", "contributed"), 0 when
// none stands right before it.
func (w words) earnedBy(first int) int {
	if first < 2 || w.toks[first-1].Kind != token.Word {
		return 0
	}
	switch w.lower(first - 1) {
	case "generated", "earned", "contributed", "generates", "earns", "contributes":
		return first - 1
	case "in":
		if w.toks[first-2].Kind == token.Word && (w.lower(first-2) == "brought" || w.lower(first-2) == "brings") {
			return first - 2
		}
	}
	return 0
}

// accountVerbs give a share to their subject: "X accounted for 42 per cent of Y".
var accountVerbs = map[string]bool{"account": true, "accounts": true, "accounted": true, "accounting": true}

// makeVerbs give a share with "up": "made up 38% of volumes".
var makeVerbs = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// sharer returns who has a share that the account verb at token v gives: the
// subject of its clause ("Fragrant varieties accounted for 28 per cent" →
// "fragrant varieties"), or of the sentence for a participle after a comma
// ("The Philippines remained the largest buyer, accounting for 42 per cent" →
// "philippines"), folded without articles; "" when there is none.
func (w words) sharer(v int) string {
	r := v - 1
	for r >= 0 && w.toks[r].Kind == token.Word && (isAdverb(w.lower(r)) || w.lower(r) == "together") {
		r-- // "which together account for"
	}
	if r >= 1 && relativeWords[w.lower(r)] && w.toks[r-1].Kind == token.Symbol && w.at(r-1) == "," {
		return w.antecedent(r - 1) // "rural households, which together account for …"
	}
	start := v - 1
	for start >= 0 && !w.isBoundary(start) {
		start--
	}
	start++
	if start == v {
		// "Nsanje, the district where the first infections were confirmed,
		// accounted for 512": the name the apposition describes.
		if k := w.nameRunFrom(0); k > 0 && k < v-1 && w.isBoundary(k) && w.at(k) == "," {
			if n := w.nameBefore(k); n != "" {
				return n
			}
		}
		start = 0 // a participle clause: the sentence's subject
	}
	if start < v && w.toks[start].Kind == token.Word && clauseConjunctions[w.lower(start)] {
		start++ // "…, while loans to developers were cut to …"
	}
	var parts []string
	for j := start; j < v; j++ {
		if w.toks[j].Kind != token.Word {
			continue
		}
		lw := w.lower(j)
		if isDeterminer(lw) || lw == "and" {
			continue
		}
		if isVerb(lw) || isAuxiliary(lw) {
			break
		}
		parts = append(parts, lw)
	}
	if len(parts) == 0 || len(parts) > 5 {
		return ""
	}
	return fold(strings.Join(parts, " "))
}

// antecedent returns the noun phrase that ends before the comma at token c, the
// one a relative clause after it refers to, read back to a preposition, verb,
// determiner or punctuation: "focus on small and medium-sized enterprises and
// rural households, which …" → "small medium-sized enterprises rural
// households"; "" when longer than five words or empty.
func (w words) antecedent(c int) string {
	var parts []string
	for j := c - 1; j >= 0 && w.toks[j].Kind == token.Word; j-- {
		lw := w.lower(j)
		if isPreposition(lw) || isDeterminer(lw) || isVerb(lw) && lw != "and" || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			break
		}
		if lw != "and" {
			parts = append(parts, lw)
		}
	}
	if len(parts) == 0 || len(parts) > 5 {
		return ""
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return fold(strings.Join(parts, " "))
}

// shareOf reports whether the amount at token first is followed by "of" within
// a few words: a share of a whole ("less than 5 percent of the loan book").
func (w words) shareOf(first int) bool {
	for k := first; k < len(w.toks) && k < first+7; k++ {
		if w.toks[k].Kind == token.Word && w.lower(k) == "of" {
			return k > first
		}
	}
	return false
}

// shareToVerbs bring a part to a share of its whole: "were cut to 5 percent
// of the loan book".
var shareToVerbs = map[string]bool{"cut": true, "reduced": true, "lowered": true, "fell": true, "dropped": true,
	"rose": true, "increased": true, "raised": true, "grew": true, "climbed": true, "shrank": true}

// relativeWords open a relative clause whose noun stands before them.
var relativeWords = map[string]bool{"which": true, "that": true, "who": true}

// opensOwnClause reports an amount that opens a clause after a comma and a
// conjunction and is the subject of that clause's verb: "Brokers offered 15.1
// million kg, and 12.6 million kg were sold". The sentence's subject is not
// what it measures, as it is in "exported 3 million tonnes in 2024, and 3.5
// million tonnes in 2025".
func opensOwnClause(w words, first, last int) bool {
	if first < 2 || last+1 >= len(w.toks) || !clauseConjunctions[w.lower(first-1)] || !w.isBoundary(first-2) || w.at(first-2) != "," {
		return false
	}
	switch v := w.lower(last + 1); v {
	case "was", "were", "is", "are", "went", "found", "remained", "stayed":
		return true
	default:
		return len(v) > 4 && strings.HasSuffix(v, "ed") && w.toks[last+1].Kind == token.Word
	}
}

// clauseConjunctions open a clause whose subject follows them.
var clauseConjunctions = map[string]bool{"while": true, "whereas": true, "and": true, "but": true, "although": true, "though": true}

// hedgeOpening reports a word that opens a hedged amount: "more than",
// "about", "nearly".
func hedgeOpening(w string) bool {
	switch w {
	case "more", "less", "fewer", "about", "around", "nearly", "almost", "over", "under", "some", "roughly", "just":
		return true
	}
	return false
}

// pastBefore reports whether the clause before byte offset at of the sentence
// is in the past or perfect ("had reached 68,400 children by Monday"): a
// deadline there dates a figure already reached, not a target. A "will" or "to"
// before it keeps it a target ("aims to reach 180,000 by March").
func pastBefore(w words, at int) bool {
	past := false
	for i := 0; i < len(w.toks) && w.toks[i].End <= at; i++ {
		if w.toks[i].Kind != token.Word {
			continue
		}
		switch lw := w.lower(i); {
		case lw == "will" || lw == "would" || lw == "shall" || lw == "to" && i+1 < len(w.toks) && w.toks[i+1].Kind == token.Word && !hedgeOpening(w.lower(i+1)):
			past = false // "to" before a verb, not "risen to 38" or "grown to more than 7,200"
		case aimVerb(lw):
			past = false // "trade rose 9% …, and the two governments now aim for $20 billion by 2028"
		case lw == "had" || lw == "has" || lw == "have" || lw == "was" || lw == "were" || len(lw) > 4 && strings.HasSuffix(lw, "ed") || irregularPast(lw):
			past = true
		}
	}
	return past
}

// aimVerb reports a present-tense verb of aiming or planning.
func aimVerb(lw string) bool {
	switch lw {
	case "aim", "aims", "aiming", "target", "targets", "targeting", "hope", "hopes", "hoping", "seek", "seeks", "seeking",
		"plan", "plans", "planning", "expect", "expects":
		return true
	}
	return false
}

// pastAfter reports whether the first verb after byte at is in the past:
// "By August 16 the toll stood at 178" reports a level reached, no plan.
func pastAfter(w words, at int) bool {
	for i := 0; i < len(w.toks); i++ {
		if w.toks[i].Start < at || w.toks[i].Kind != token.Word {
			continue
		}
		lw := w.lower(i)
		switch {
		case lw == "will" || lw == "would" || lw == "shall" || lw == "must" || lw == "should":
			return false
		case lw == "had" || lw == "has" || lw == "have" || lw == "was" || lw == "were" || len(lw) > 4 && strings.HasSuffix(lw, "ed") || irregularPast(lw):
			return true
		}
	}
	return false
}

// irregularPast reports a past form without "-ed" that reports a level
// reached: "The death toll stood at 38 by Thursday evening".
func irregularPast(lw string) bool {
	switch lw {
	case "stood", "rose", "risen", "fell", "fallen", "grew", "grown", "hit", "came", "went", "won", "lost",
		"took", "made", "saw", "held", "met", "ran", "paid", "sold", "built", "sent", "spent", "gave", "got", "began", "struck":
		return true
	}
	return false
}

// isMeasureBefore reports whether w is one of the words after which an amount measures the noun phrase before
// them: "projects worth USD 2 billion", "capital of USD 9.8 billion".
func isMeasureBefore(w string) bool {
	// A switch, not a map (see isPreposition).
	switch w {
	case "worth", "valued", "of", "totalling", "totaling":
		return true
	}
	return false
}

// compoundPreposition reports whether the "of" at token k ends a compound
// preposition ("in front of 22,140 fans", "ahead of", "because of"): the
// figure's noun comes after it, not before.
func compoundPreposition(w words, k int) bool {
	if k == 0 || w.toks[k-1].Kind != token.Word {
		return false
	}
	switch w.lower(k - 1) {
	case "front", "ahead", "because", "instead", "outside", "inside", "top", "spite", "excess":
		return true
	}
	return false
}

// namesPerson reports whether a phrase names a person by title rather than a measure.
func namesPerson(phrase []string) bool {
	var buf [32]byte
	for i, w := range phrase {
		lw := w
		if b, ok := lowerASCIIWord(buf[:0], w); ok {
			lw = string(b) // stays on the stack: lw does not outlive the loop
		} else {
			lw = strings.ToLower(w)
		}
		if lw == "official" && i+1 < len(phrase) && !isCapitalised(phrase[i+1]) && !isRoleWord(strings.ToLower(phrase[i+1])) {
			continue // "the official death toll": an adjective
		}
		if isRoleWord(lw) && lw != "the" && lw != "of" && lw != "foreign" && lw != "general" && lw != "head" && lw != "newly" && lw != "elected" {
			return true
		}
	}
	return false
}

// startsMeasure reports whether token i begins a lowercase noun phrase that can
// name what an amount measures ("in foreign investment"), not a place ("in
// Vietnam"), a time ("in 2024", "in the first half") or an article.
func startsMeasure(w words, i int) bool {
	if w.toks[i].Kind != token.Word || isCapitalised(w.at(i)) && !isAllCaps(w.at(i)) || timeWordAfter(w.lower(i)) || w.relativeTimeAt(i) {
		return false
	}
	switch w.lower(i) {
	case "the", "a", "an", "this", "that", "its", "their", "total", "terms", "revenue":
		return w.lower(i) == "revenue"
	case "cash", "stock", "shares", "addition", "advance", "full", "part", "person", "return", "turn", "all":
		return false // how an amount is paid or counted, not what it measures ("$2.6 billion in cash")
	}
	return !monthOrDay(w.lower(i))
}

// relativeTimeAt reports a span of time counted back or on from the figure
// before it at token i: "up from US$18.2 billion five years earlier", "a year
// ago", "two days later" name when, not what is measured.
func (w words) relativeTimeAt(i int) bool {
	if i+2 >= len(w.toks) || w.toks[i+1].Kind != token.Word || w.toks[i+2].Kind != token.Word {
		return false
	}
	if _, ok := numword.Cardinal(w.lower(i)); !ok && w.lower(i) != "a" && w.lower(i) != "an" && w.lower(i) != "several" && w.lower(i) != "few" {
		return false
	}
	switch w.lower(i + 2) {
	case "earlier", "ago", "later", "before":
		return isTimeUnit(strings.TrimSuffix(w.lower(i+1), "s"))
	}
	return false
}

// changeNouns name a change without naming what changed.
var changeNouns = map[string]bool{"increas": true, "rise": true, "growth": true, "jump": true,
	"declin": true, "drop": true, "fall": true, "gain": true, "decreas": true, "surg": true, "up": true,
	// "following a 0.37% decline in January", "after declines of 0.49%": the
	// change of the measure the sentence named before
	"follow": true, "after": true}

func onlyChangeNouns(key string) bool {
	for _, w := range strings.Fields(key) {
		if !changeNouns[w] && !isPreposition(w) {
			return false
		}
	}
	return true
}

// definiteReference reports whether a small number written as a word refers back
// to known things instead of claiming an amount: "the two countries", "both
// sides", "these three pillars".
func definiteReference(w words, first int, q quantity.Quantity) bool {
	if first == 0 || q.Hedge != "" || q.Unit != "count" || q.IsRange || q.Value > 12 {
		return false
	}
	if w.toks[first].Kind != token.Word {
		return false
	}
	switch w.lower(first - 1) {
	case "the", "these", "those", "both", "all", "its", "their", "our", "his", "her":
		if first == 2 && w.lower(0) == "of" {
			return false // "Of the nine dead, five were in Bahla, …": the whole its parts break down
		}
		return !w.partsFollow(first) // "The nine foreign trekkers — four from France, …" is a total set out
	case "last", "first", "past", "next", "final", "opening":
		return true // a window, not a measure: "won two of their last six games"
	}
	return false
}

// partsFollow reports a dash or colon within a few words after the count at
// token first with a number right after it: the parts of the count follow.
func (w words) partsFollow(first int) bool {
	for k := first + 1; k < len(w.toks) && k <= first+4; k++ {
		if w.toks[k].Kind != token.Symbol {
			continue
		}
		if m := w.at(k); m != "—" && m != "–" && m != ":" || k+1 >= len(w.toks) {
			return false
		}
		if w.toks[k+1].Kind == token.Number {
			return true
		}
		_, ok := numword.Cardinal(w.lower(k + 1))
		return ok
	}
	return false
}

// labelNumber reports a number that names one of a series rather than counting
// anything: a cardinal after a singular noun of a numbered series ("on board
// three", "in round four", "District 1", "Terminal 2"), with no noun after it.
func labelNumber(w words, first, last int, q quantity.Quantity) bool {
	if numberedSeries(w, first, q) {
		return true
	}
	if first == 0 || q.Unit != "count" || q.Hedge != "" || q.IsRange || w.toks[first-1].Kind != token.Word || !seriesNouns[w.lower(first-1)] {
		return false
	}
	if first >= 2 && w.toks[first-2].Kind == token.Word && (w.lower(first-2) == "of" || w.lower(first-2) == "than") {
		return false // "one of the two rounds"
	}
	n := last + 1
	return n >= len(w.toks) || w.toks[n].Kind != token.Word || isPreposition(w.lower(n)) || isAuxiliary(w.lower(n)) ||
		verbWord(w.lower(n)) || w.lower(n) == "and" || w.lower(n) == "or"
}

// numberedSeries reports a small number after a capitalised name that the
// sentence numbers again: "Kakuma 1 remains the worst-hit section with 141
// cases, followed by Kakuma 2 with 102": the sections of a camp, named by
// their numbers.
func numberedSeries(w words, first int, q quantity.Quantity) bool {
	if first == 0 || q.Unit != "count" || q.Hedge != "" || q.IsRange || q.Value > 99 || q.Value != float64(int(q.Value)) ||
		w.toks[first].Kind != token.Number || w.toks[first-1].Kind != token.Word || !isCapitalised(w.at(first-1)) || w.toks[first].Start != w.toks[first-1].End+1 {
		return false
	}
	name := w.at(first - 1)
	for k := 1; k+1 < len(w.toks); k++ {
		if k != first && w.toks[k].Kind == token.Number && w.toks[k-1].Kind == token.Word && w.at(k-1) == name && w.at(k) != w.at(first) &&
			w.toks[k].Start == w.toks[k-1].End+1 {
			return true
		}
	}
	return false
}

// seriesNouns are things numbered one by one.
var seriesNouns = map[string]bool{"board": true, "round": true, "stage": true, "game": true, "match": true,
	"phase": true, "grade": true, "level": true, "category": true, "article": true, "chapter": true,
	"section": true, "gate": true, "terminal": true, "platform": true, "lane": true, "room": true, "ward": true,
	"district": true, "group": true, "pool": true, "court": true, "hole": true, "leg": true, "heat": true,
	"episode": true, "volume": true, "clause": true, "paragraph": true, "block": true, "lot": true,
	"plot": true, "floor": true, "pier": true, "berth": true, "runway": true, "route": true, "line": true,
	"highway": true, "road": true, "item": true, "season": true, "division": true, "zone": true, "sector": true}

// eventDistance reports a distance that names a race ("the women's 800m
// freestyle", "the 110m hurdles"): the event, not a length anyone measured.
func eventDistance(w words, last int, q quantity.Quantity) bool {
	if q.Unit != "m" && q.Unit != "km" || last+1 >= len(w.toks) || w.toks[last+1].Kind != token.Word {
		return false
	}
	switch w.lower(last + 1) {
	case "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "individual", "relay", "hurdles",
		"steeplechase", "sprint", "dash", "walk":
		return true
	}
	return false
}

// tokenRange returns the indexes of the first and last tokens inside [start, end).
func tokenRange(toks []token.Token, start, end int) (int, int) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	last := first
	for last+1 < len(toks) && toks[last+1].End <= end {
		last++
	}
	if first >= len(toks) {
		first, last = len(toks)-1, len(toks)-1
	}
	return first, last
}

func shiftQuantity(q *quantity.Quantity, base int) {
	q.Start += base
	q.End += base
	if q.Conversion != nil {
		c := *q.Conversion
		c.Start += base
		c.End += base
		q.Conversion = &c
	}
}

// inAside reports whether token i stands in an aside between two commas that
// holds none of the sentence's figures ("The survey, carried out from October to
// December last year, questioned 18,450 students"): what it says about time
// belongs to the aside, not to the figures.
func (w words) inAside(i int, qs []quantity.Quantity) bool {
	from, to := -1, -1
	for k := i - 1; k >= 0; k-- {
		if w.toks[k].Kind == token.Symbol && w.at(k) == "," {
			from = w.toks[k].End
			break
		}
	}
	for k := i + 1; k < len(w.toks); k++ {
		if w.toks[k].Kind == token.Symbol && w.at(k) == "," {
			to = w.toks[k].Start
			break
		}
	}
	if from < 0 || to < 0 {
		return false
	}
	for _, q := range qs {
		if q.Start < to && q.End > from {
			return false
		}
	}
	return true
}

// possessiveOfEvent reports a possessive date before the event it names:
// "this year's edition", "last year's festival", "2025's championship".
func possessiveOfEvent(sent string, d dates.Date) bool {
	if d.End > len(sent) || d.Start >= d.End {
		return false
	}
	own := sent[d.Start:d.End]
	if !strings.HasSuffix(own, "'s") && !strings.HasSuffix(own, "’s") {
		return false
	}
	after := strings.Fields(strings.ToLower(sent[d.End:min(len(sent), d.End+30)]))
	if len(after) == 0 {
		return false
	}
	switch strings.Trim(after[0], ",.;:") {
	case "edition", "festival", "competition", "tournament", "championship", "championships", "games", "race",
		"marathon", "contest", "fair", "show", "conference", "summit", "event", "olympiad", "expo", "exhibition", "cup":
		return true
	}
	return false
}

// attributiveYear reports whether year date d qualifies the noun after it
// after a possessive or "the" that no preposition governs: "the government's
// 2027 budget", "Sri Lanka's 2027 budget", "passed the 2027 Appropriation
// Bill", but not "in the 2025 season".
func attributiveYear(sent string, d dates.Date) bool {
	if d.Granularity != dates.Year || d.End >= len(sent) || sent[d.End] != ' ' {
		return false
	}
	after := strings.Fields(sent[d.End:min(len(sent), d.End+20)])
	if len(after) == 0 || after[0] == "" || !isLetterASCII(after[0][0]) {
		return false // the noun ("2027 budget") or the name ("2027 Appropriation Bill")
	}
	ws := strings.Fields(strings.ToLower(sent[max(0, d.Start-40):d.Start]))
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	switch {
	case strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || last == "its" || last == "their":
	case last == "the" && (len(ws) < 2 || !isPreposition(ws[len(ws)-2]) && ws[len(ws)-2] != "during" && ws[len(ws)-2] != "over"):
	default:
		return false
	}
	return true
}

// copulaName returns the capitalised name that opens the sentence and is
// described, before token of, by "is a …"/"was an …": "Caravelí is a largely
// rural province of" → "Caravelí"; "" otherwise.
func (w words) copulaName(of int) string {
	end := -1
	for k := 0; k < of && k < 6; k++ {
		if w.toks[k].Kind != token.Word {
			continue
		}
		switch w.lower(k) {
		case "is", "was":
			if k+1 < of && (w.lower(k+1) == "a" || w.lower(k+1) == "an") {
				end = k
			}
		}
		if end >= 0 {
			break
		}
		if !isCapitalised(w.at(k)) {
			return ""
		}
	}
	if end <= 0 {
		return ""
	}
	return w.text[w.toks[0].Start:w.toks[end-1].End]
}

// aimBefore reports a verb of aiming right before the amount at token first,
// which names no measure of its own: "aim for", "are targeting", "hope to
// reach".
func aimBefore(w words, first int) bool {
	j := first - 1
	if j >= 1 && w.toks[j].Kind == token.Word {
		switch w.lower(j) {
		case "reach", "hit", "achieve":
			if w.lower(j-1) != "to" {
				return false
			}
			j -= 2 // "hope to reach"
		case "for", "at":
			j--
		}
	}
	if j < 0 || w.toks[j].Kind != token.Word {
		return false
	}
	switch w.lower(j) {
	case "aim", "aims", "aiming", "aimed", "target", "targets", "targeting", "targeted", "hope", "hopes", "hoping",
		"seek", "seeks", "seeking":
		return true // not "plans" or "expects": "expects $20 billion in sales" names its measure after
	}
	return false
}

// putAtBefore reads "put X at" right before the count at token first: the
// words of X ("put the toll at", "estimates that put South Africa's
// population at") and its possessor, if one opens it; nil when the count
// follows no such phrase. "the number of" is left to numberOfBefore. One
// bare word names a measure only for an amount with a unit (oneWord): "put its
// depth at 17 kilometres", not "put the magnitude at 6.9".
func (w words) putAtBefore(first int, oneWord bool) ([]string, string) {
	if first < 3 || first < len(w.toks) && w.lower(first) == "at" {
		// "put total tourist arrivals in 2025 at about 1.4 million": the hedge
		// took the "at" into the amount.
		first++
	}
	if first < 3 || w.toks[first-1].Kind != token.Word || w.lower(first-1) != "at" {
		return nil, ""
	}
	v := -1
	for k := first - 2; k >= 0 && k >= first-8; k-- {
		if w.toks[k].Kind != token.Word {
			if w.at(k) == "'" || w.at(k) == "’" || w.at(k) == "-" || w.toks[k].Kind == token.Number && len(w.at(k)) == 4 {
				continue // "put total tourist arrivals in 2025 at": a year inside the phrase
			}
			return nil, ""
		}
		switch w.lower(k) {
		case "put", "puts", "putting", "pegged", "pegs", "pegging", "placed", "places", "placing",
			"estimates", "estimated", "estimating", "forecasts", "forecast", "projects", "projected", "valued", "values":
			v = k
		}
		if v >= 0 {
			break
		}
	}
	if v >= 1 && v == first-2 {
		// "a crop estimated at 590,000 tonnes": the noun the participle follows.
		switch w.lower(v) {
		case "estimated", "forecast", "projected", "valued", "put", "pegged":
			if np := w.phraseBefore(v); len(np) > 0 && !namesPerson(np) {
				return np, ""
			}
		}
	}
	if v < 0 || v+1 >= first-1 {
		return nil, ""
	}
	from, owner := v+1, ""
	if w.lower(from) == "the" || w.lower(from) == "its" || w.lower(from) == "their" {
		from++
	}
	for k := from; k < first-1; k++ {
		if lw := w.lower(k); strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			owner = strings.TrimSuffix(strings.TrimSuffix(w.text[w.toks[from].Start:w.toks[k].End], "'s"), "’s")
			from = k + 1
		}
	}
	if owner != "" && !isCapitalised(owner) {
		owner = "" // "put the province's flood losses at …": a reference back, not a name that tells owners apart
	}
	if from >= first-1 || w.lower(from) == "number" {
		return nil, ""
	}
	var out []string
	for k := from; k < first-1; k++ {
		if w.toks[k].Kind == token.Word {
			out = append(out, w.at(k))
		}
	}
	if n := len(out); n > 1 && isPreposition(strings.ToLower(out[n-1])) {
		out = out[:n-1] // "arrivals in 2025": the year dates the amount, the preposition goes with it
	}
	if len(out) < 2 && owner == "" && !oneWord {
		// "put the magnitude at 6.9": one bare word names a reading of
		// something the sentence gives elsewhere, too loose to be a measure.
		return nil, ""
	}
	return out, fold(owner)
}

// numberOfBefore returns the words of "the number of X" before token first in
// its sentence, up to the verb or preposition that ends X ("the number of
// people on board at 112" → people on board); nil when there is none or a
// clause mark stands between it and the count.
func (w words) numberOfBefore(first int) []string {
	for k := first - 1; k >= 2; k-- {
		if w.toks[k].Kind == token.Symbol && (w.at(k) == ";" || w.at(k) == ":") || w.toks[k].Kind == token.Number {
			return nil // another amount between: "the number of" is that one's
		}
		if w.toks[k].Kind != token.Word || w.lower(k) != "of" || w.lower(k-1) != "number" {
			continue
		}
		var out []string
		for j := k + 1; j < first && len(out) < 5; j++ {
			if w.toks[j].Kind == token.Symbol && w.at(j) == "-" && j+1 < first && w.toks[j-1].End == w.toks[j].Start && w.toks[j].End == w.toks[j+1].Start {
				continue // "the number of heat-related deaths": the compound goes on
			}
			if w.toks[j].Kind != token.Word {
				break
			}
			lw := w.lower(j)
			if isAuxiliary(lw) || isLevelVerb(lw) || lw == "at" || lw == "to" || lw == "has" || lw == "have" || lw == "in" && len(out) > 0 {
				break
			}
			if len(out) > 0 && (relativeWords[lw] || clauseConjunctions[lw] || lw == "when" || lw == "where" || lw == "after" || lw == "since" || lw == "as") {
				break // "the number of people injured when a cabin fell": the clause says when, not what
			}
			out = append(out, w.at(j))
		}
		return out
	}
	return nil
}

// sourceFirst writes "H of X" and "H from X" keys as "X H" when X is one
// word ending the key: "export earnings from seafood" is "seafood export
// earnings", "value of exports" is "export value". Longer complements stay
// as they are; they may be a place or a part.
func sourceFirst(key string) string {
	if !strings.Contains(key, " of ") && !strings.Contains(key, " from ") {
		return key // most keys: nothing to turn round, and nothing allocated
	}
	ws := strings.Fields(key)
	pred := ""
	if n := len(ws); n > 0 && strings.HasPrefix(ws[n-1], "=") {
		pred, ws = ws[n-1], ws[:n-1]
	}
	n := len(ws)
	if n < 3 || n > 4 || ws[n-2] != "of" && ws[n-2] != "from" || isPreposition(ws[n-1]) {
		return key
	}
	for _, w := range ws[:n-2] {
		if isPreposition(w) {
			return key
		}
	}
	switch ws[n-3] {
	case "ahead", "out", "instead", "short", "because", "top", "head", "front", "behind", "most", "some", "all",
		"each", "both", "none", "half", "rest", "inside", "outside", "off", "part", "number", "total":
		return key // "ahead of Marmara": a comparison or a part, not the measure's source
	}
	out := append([]string{ws[n-1]}, ws[:n-2]...)
	if pred != "" {
		out = append(out, pred)
	}
	return strings.Join(out, " ")
}

// takenTo returns the noun phrase a "taking/bringing/pushing … to N" verb
// moves to the amount at token first ("taking this year's death toll to 187"
// → death toll; "… and total admissions to 41,236" → total admissions), or
// nil.
func (w words) takenTo(first int) []string {
	to := first - 1
	if to < 1 || w.lower(to) != "to" {
		return nil
	}
	for j := to - 1; j > 0 && j >= to-4; j-- {
		if w.toks[j].Kind == token.Word && (w.lower(j) == "since" || w.lower(j) == "during") {
			to = j // "taking the death toll since January 1 to 212": the toll
			break
		}
	}
	for v := to - 1; v >= 0 && v >= to-6; v-- {
		if w.tightHyphen(v) {
			continue // "lift two-way trade to $3 billion"
		}
		if w.toks[v].Kind != token.Word {
			return nil
		}
		lw := w.lower(v)
		switch {
		case takingVerb(lw):
			return w.takenPhrase(v+1, to)
		case lw == "and" && v >= 2 && w.toks[v-1].Kind == token.Number && len(w.takenTo(v-1)) > 0:
			return w.takenPhrase(v+1, to) // the second of two moves the verb makes
		}
	}
	return nil
}

// takenPhrase returns the words of [from, to) after any determiner or
// possessive ("this year's death toll" → death toll); nil if longer than three.
func (w words) takenPhrase(from, to int) []string {
	var out []string
	for k := from; k < to; k++ {
		lw := w.lower(k)
		if isDeterminer(lw) || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || lw == "this" {
			out = out[:0]
			continue
		}
		if objectPronoun(lw) {
			return nil // "took him to 24": the player's tally, named earlier
		}
		if lw == "of" && len(out) == 1 && estimateNoun(strings.ToLower(out[0])) {
			out = out[:0] // "raised its estimate of farm damage to": the damage
			continue
		}
		if w.tightHyphen(k) && len(out) > 0 {
			out[len(out)-1] += "-" + w.at(k+1) // "two-way": one word
			k++
			continue
		}
		out = append(out, w.at(k))
	}
	if len(out) == 0 || len(out) > 3 {
		return nil
	}
	return out
}

func takingVerb(lw string) bool {
	switch lw {
	case "taking", "bringing", "pushing", "raising", "lifting", "took", "brought", "pushed", "raised", "lifted",
		"take", "bring", "push", "raise", "lift", "takes", "brings", "pushes", "raises", "lifts":
		return true
	}
	return false
}

// targetNoun reports a noun for an aim, whose figure may name what is aimed
// at after it ("a goal of $3 billion in annual trade").
func targetNoun(lw string) bool {
	switch lw {
	case "target", "goal", "aim", "objective", "ambition":
		return true
	}
	return false
}

// estimateNoun reports a noun for a figure's estimate, whose "of" names the
// measure ("its estimate of farm damage").
func estimateNoun(lw string) bool {
	switch lw {
	case "estimate", "estimates", "forecast", "projection", "tally", "count", "assessment":
		return true
	}
	return false
}

// objectPronoun reports an object pronoun.
func objectPronoun(lw string) bool {
	switch lw {
	case "him", "her", "them", "it", "us", "me", "you":
		return true
	}
	return false
}

// relativeClauseBetween reports a relative clause with its own verb opening
// between a figure and a later date: the date belongs to that clause ("the
// supply chain that Korean handset makers have built … over the past
// decade").
func relativeClauseBetween(s string) bool {
	for _, rel := range []string{" that ", " which ", " who ", " when "} {
		k := strings.Index(s, rel)
		if k < 0 {
			continue
		}
		for _, v := range strings.Fields(s[k+len(rel):]) {
			v = strings.ToLower(strings.Trim(v, ",.;"))
			if v == "have" || v == "has" || v == "had" || v == "was" || v == "were" || irregularPast(v) || len(v) > 4 && strings.HasSuffix(v, "ed") {
				return true
			}
		}
	}
	return false
}

// timeWordAfter reports a word that, right after a bare count, dates it
// rather than naming what it counts: "rose to 12 yesterday after …".
func timeWordAfter(lw string) bool {
	switch lw {
	case "earlier", "later", "last", "this", "on", "by", "after", "before", "since":
		return true
	}
	return dayWord(lw)
}

// dayWord reports a word naming a day: "yesterday", "today", "Monday", "May".
func dayWord(lw string) bool {
	switch lw {
	case "yesterday", "today", "tonight", "overnight":
		return true
	}
	return monthOrDay(lw)
}

// isLetterASCII reports an ASCII letter.
func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// timePrepositionWord reports a preposition of time, which starts no
// qualifier of what is counted: "residents before landfall".
func timePrepositionWord(w string) bool {
	switch w {
	case "before", "after", "during", "since", "until", "ahead":
		return true
	}
	return false
}

// depthAfter reports the words after a length that make it a depth:
// "underground", "below the surface", "beneath the ground", "deep".
func (w words) depthAfter(k int) bool {
	if k >= len(w.toks) || w.toks[k].Kind != token.Word {
		return false
	}
	switch w.lower(k) {
	case "underground", "deep", "subsurface":
		return true
	case "below", "beneath", "under":
		j := k + 1
		if j < len(w.toks) && w.lower(j) == "the" {
			j++
		}
		if j < len(w.toks) {
			switch w.lower(j) {
			case "surface", "ground", "seabed", "sea", "riverbed":
				return true
			}
			// "the hypocentre 12.1 kilometres below Karlıova": below a place
			if j == k+1 && w.toks[j].Kind == token.Word && isCapitalised(w.at(j)) && k >= 3 && w.lower(k-3) != "from" {
				return true
			}
		}
	}
	return false
}

// depthOf returns the key form of what a depth at token first belongs to:
// the noun right before it ("a gallery 450 metres underground"), or the head
// of the subject a copula gives it ("The shaft is about 70 metres deep").
func (w words) depthOf(first int) string {
	k := first - 1
	for k >= 0 && w.toks[k].Kind == token.Word && (w.lower(k) == "some" || w.lower(k) == "about" || w.lower(k) == "around" || w.lower(k) == "roughly" || w.lower(k) == "nearly") {
		k-- // the hedge is the amount's
	}
	if k < 0 || w.toks[k].Kind != token.Word {
		return ""
	}
	lw := w.lower(k)
	switch {
	case lw == "is" || lw == "was" || lw == "are" || lw == "were":
		if np := w.npBefore(k + 1); len(np) > 0 {
			return normWord(strings.ToLower(np[len(np)-1]), w.stems)
		}
		return ""
	case isPreposition(lw) || isDeterminer(lw) || isVerb(lw) || isCapitalised(w.at(k)):
		return ""
	}
	if workingsNoun(lw) {
		return "work" // "a stope some 640 metres below the surface", "workings about 460 metres below": where the miners were
	}
	return normWord(lw, w.stems)
}

// workingsNoun reports a mine's underground place where people work: one
// depth of a story's mine however the writer names the place.
func workingsNoun(w string) bool {
	switch w {
	case "workings", "working", "stope", "stopes", "gallery", "galleries", "drive", "chamber", "section", "level", "face", "seam", "tunnel", "tunnels", "pit":
		return true
	}
	return false
}

// verbAfterCount reports a verb of a fate right after a bare count: "14
// died", "14 lost their lives", "three drowned", "two survived". Such counts
// split the people the sentence counted before; other verbs ("5,380 started
// and 4,912 finished", "3,720 walked 8,000 steps") count other measures.
func (w words) verbAfterCount(next int) bool {
	if next >= len(w.toks) || w.toks[next].Kind != token.Word {
		return false
	}
	switch w.lower(next) {
	case "died", "drowned", "perished", "survived", "escaped":
		return true
	case "lost":
		return next+2 < len(w.toks) && w.lower(next+2) == "lives"
	}
	return false
}

// dimensionAdjective reports the adjective a length joined to it by a hyphen
// gives its dimension with: "86-metre-high", "a 12-km-long tunnel".
func dimensionAdjective(w string) bool {
	switch w {
	case "high", "tall", "long", "deep", "wide":
		return true
	}
	return false
}

// shareAt reports a percentage written at token first: "38%", "38 percent",
// "38 per cent".
func (w words) shareAt(first int) bool {
	if first+1 >= len(w.toks) {
		return false
	}
	switch w.lower(first + 1) {
	case "percent", "per":
		return true
	}
	return w.at(first+1) == "%"
}

// capacityBefore reports a count that follows a grant or a design of room:
// "licensed for", "designed to hold", "permitted to carry", "built to seat".
func (w words) capacityBefore(first int) bool {
	k := first - 1
	if k < 1 || w.toks[k].Kind != token.Word {
		return false
	}
	switch w.lower(k) {
	case "a", "an":
		// "had planning approval for a five-storey block": the storeys
		// allowed, not the seven the building reached.
		if k < 3 || w.lower(k-1) != "for" || w.toks[k-2].Kind != token.Word {
			return false
		}
		switch v := w.lower(k - 2); v {
		case "approval", "permission", "permit", "licence", "license", "consent":
			return true
		default:
			return grantOfRoom(v)
		}
	case "for":
	case "carry", "hold", "seat", "accommodate", "take", "transport", "store":
		if k >= 1 && (w.lower(k-1) == "can" || w.lower(k-1) == "could") {
			return true // "can hold up to 84 million cubic metres": the room, not what it held ("holding some 42 million")
		}
		if k < 2 || w.lower(k-1) != "to" {
			return false
		}
		if k >= 2 && w.lower(k-2) == "able" {
			return true // "is able to carry 300 passengers"
		}
		k--
	default:
		return false
	}
	if w.toks[k-1].Kind != token.Word {
		return false
	}
	switch v := w.lower(k - 1); v {
	case "permit", "licence", "license", "certificate":
		return w.lower(k) == "to" // "had a permit to carry 65 passengers"
	default:
		return grantOfRoom(v)
	}
}

// capacityAfter reports a count that a relative clause gives as the room
// granted: "the 45 it was licensed for", "the 200 the ferry was licensed to
// carry", "the 150 passengers it was built to hold".
func (w words) capacityAfter(next int) bool {
	k := next
	if k < len(w.toks) && w.toks[k].Kind == token.Word && (w.lower(k) == "passengers" || w.lower(k) == "people") {
		k++
	}
	if k < len(w.toks) && w.toks[k].Kind == token.Word && (w.lower(k) == "that" || w.lower(k) == "which") {
		k++
	}
	for end := min(k+4, len(w.toks)-1); k < end; k++ {
		if w.toks[k].Kind != token.Word {
			return false
		}
		if v := w.lower(k); v == "was" || v == "is" || v == "had" || v == "has" {
			break
		}
	}
	if k+2 >= len(w.toks) || w.toks[k+1].Kind != token.Word || !grantOfRoom(w.lower(k+1)) {
		return false
	}
	switch w.lower(k + 2) {
	case "for":
		return true
	case "to":
		return k+3 < len(w.toks) && (w.lower(k+3) == "carry" || w.lower(k+3) == "hold" || w.lower(k+3) == "seat" || w.lower(k+3) == "take")
	}
	return false
}

// grantOfRoom reports a participle that grants or designs room for a number.
func grantOfRoom(v string) bool {
	switch v {
	case "licensed", "licenced", "permitted", "allowed", "authorised", "authorized", "certified", "rated", "designed", "built", "approved", "registered":
		return true
	}
	return false
}

// elidedAccountsFor returns the name before "for" right before a bare count,
// the verb left out ("Ward 3 accounts for 92 of the cases, Ward 7 for 71,
// Ward 11 for 58"): a name of capitalised words, or one word and a number
// ("Ward 7"); "" when there is none.
func (w words) elidedAccountsFor(first int) string {
	k := first - 1
	if k < 1 || w.toks[k].Kind != token.Word || w.lower(k) != "for" {
		return ""
	}
	k--
	if w.toks[k].Kind == token.Number && k > 0 && w.toks[k-1].Kind == token.Word && isCapitalised(w.at(k-1)) {
		return w.at(k-1) + " " + w.at(k) // "Ward 7"
	}
	if w.toks[k].Kind == token.Word && isCapitalised(w.at(k)) {
		return w.nameBefore(k + 1) // "Beira for 12"
	}
	return ""
}

// possessiveDeterminer reports "its", "their", "his" or "her": the total a
// subject owns, the subject of the count before.
func possessiveDeterminer(w string) bool {
	return w == "its" || w == "their" || w == "his" || w == "her"
}

// bareCountAt reports no noun at token next: the sentence ends or a comma, a
// conjunction or a preposition follows the number ("to 9,840, and said").
func bareCountAt(w words, next int) bool {
	if next >= len(w.toks) || w.toks[next].Kind != token.Word {
		return true
	}
	l := w.lower(next)
	return l == "and" || l == "as" || l == "after" || isPreposition(l)
}
