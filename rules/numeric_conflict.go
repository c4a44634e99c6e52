package rules

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// NumericConflict flags two figures for the same measure that cannot both be true,
// and reports figures of different dates as a change.
func NumericConflict() *Rule {
	return &Rule{
		ID:       "numeric-conflict",
		Title:    "figures for the same measure do not agree",
		Severity: Warning,
		Run:      runNumericConflict,
		Doc: `Two amounts of the same measure (same key, unit and subject) whose
intervals do not overlap once hedges are applied: "more than ten agreements" is
(10, 20], "over 110 agreements" is (110, 120], and no number satisfies both.

Amounts are compared only with amounts of the same kind: flows ("ten new
agreements this year") never with stocks ("110 agreements to date"), plans never
with actuals, and a stated subject must match ("a province's 12,000 residents" is
not "the country's 500,000 residents"; a subject on one side only keeps them apart).
Two figures in one sentence ("from 500,000 to 630,000") are not compared, nor are
exact counts of one or two ("the two sides"). Sources published within 31 days of
each other are taken to describe the same moment.

When both sources are dated and the dates differ, the figures describe a change,
not a conflict: it is reported as info with the growth it implies, unless the
measure cannot move that way (a cumulative total "to date" falling), which is a
warning. When several sources agree and one disagrees, the odd one is reported once
against the first of the others.

Bad:
    a.txt: To date, over 110 cooperation agreements have been signed.
    b.txt: The two sides have signed more than ten cooperation agreements so far.

Good:
    a.txt: To date, over 110 cooperation agreements have been signed.
    b.txt: More than ten new cooperation agreements were signed this year.

Severity warning: one of the figures is wrong or the two measure different things
the text does not tell apart; an editor must look, but it may be a reading the key
cannot see.`,
	}
}

func runNumericConflict(p *Pass) {
	done := map[pairKey]bool{}
	for _, h := range p.Index.Heads() {
		var ms []member
		for _, f := range p.Index.Head(h) {
			if isLevel(f) && !trivialCount(f) {
				iv := intervalOf(f.Quantity, p.Config)
				if validInterval(iv) {
					ms = append(ms, member{f: f, iv: iv})
				}
			}
		}
		if len(ms) < 2 {
			continue
		}
		for _, set := range measureSets(ms) {
			for _, g := range comparableGroups(set) {
				checkLevels(p, g, done)
			}
		}
	}
}

// isLevel reports whether f is an amount (a level, not a stated change).
func isLevel(f *claims.Fact) bool {
	if f.Kind != claims.KindQuantity || f.Quantity == nil || f.Doc == nil {
		return false
	}
	return f.Quantity.Kind == quantity.Amount || f.Quantity.Kind == ""
}

// trivialCount reports an exact count of one or two: in news these are mostly
// determiners ("the two sides' localities", "one of the largest"), not measures.
func trivialCount(f *claims.Fact) bool {
	iv := f.Quantity.Interval
	return f.Quantity.Unit == "count" && iv.Lo == iv.Hi && iv.Hi <= 2
}

// measureSets returns, for every maximal key (one no other key of ms extends), the
// members whose key matches it. KeysMatch is not transitive ("local agreement" and
// "economic agreement" both match "agreement"), so each maximal key gets its own set.
func measureSets(ms []member) [][]member {
	var keys []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.f.Key] {
			seen[m.f.Key] = true
			keys = append(keys, m.f.Key)
		}
	}
	var sets [][]member
	for _, k := range keys {
		if extended(k, keys) {
			continue
		}
		var set []member
		for _, m := range ms {
			if claims.KeysMatch(m.f.Key, k) {
				set = append(set, m)
			}
		}
		if len(set) > 1 {
			sets = append(sets, set)
		}
	}
	return sets
}

// extended reports whether another key matches k and has more words.
func extended(k string, keys []string) bool {
	n := len(strings.Fields(k))
	for _, o := range keys {
		if o != k && len(strings.Fields(o)) > n && claims.KeysMatch(k, o) {
			return true
		}
	}
	return false
}

// comparableGroups splits members by unit, flow, plan and subject: only members of
// one group measure the same thing.
func comparableGroups(ms []member) [][]member {
	var order []string
	groups := map[string][]member{}
	for _, m := range ms {
		f := m.f
		k := fmt.Sprintf("%s|%t|%t|%s", f.Quantity.Unit, f.Flow, f.Plan, foldSubject(f.Subject))
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], m)
	}
	out := make([][]member, 0, len(order))
	for _, k := range order {
		if len(groups[k]) > 1 {
			out = append(out, groups[k])
		}
	}
	return out
}

// checkLevels reports conflicts among members of the same date (undated members
// join every date) and changes between consecutive dates.
func checkLevels(p *Pass, ms []member, done map[pairKey]bool) {
	dates, byDate, undated := dateBuckets(ms)
	if len(dates) == 0 {
		reportConflicts(p, undated, done)
		return
	}
	var prev *member
	for i, d := range dates {
		reportConflicts(p, append(append([]member(nil), byDate[d]...), undated...), done)
		cs := clusterize(byDate[d])
		rep := cs[majority(cs)].ms[0]
		if i > 0 && !prev.iv.Overlaps(rep.iv) && !sameSentence(prev.f, rep.f) {
			reportChange(p, *prev, rep, done)
		}
		prev = &rep
	}
}

// reportConflicts clusters agreeing members and reports each odd cluster once
// against the majority.
func reportConflicts(p *Pass, ms []member, done map[pairKey]bool) {
	if len(ms) < 2 {
		return
	}
	cs := clusterize(ms)
	if len(cs) < 2 {
		return
	}
	mi := majority(cs)
	maj := cs[mi]
	for i, c := range cs {
		if i == mi {
			continue
		}
		odd := c.ms[0]
		ref, ok := firstApart(maj.ms, odd.f)
		if !ok {
			continue
		}
		k := newPairKey(odd.f, ref.f)
		if done[k] {
			continue
		}
		done[k] = true
		msg := fmt.Sprintf("%s vs %s: %s and %s do not overlap", Quote(odd.f), QuoteAt(ref.f),
			FormatInterval(odd.iv), FormatInterval(ref.iv))
		cl := []Claim{ClaimOf(odd.f), ClaimOf(ref.f)}
		var also []string
		for _, m := range maj.ms {
			if m.f != ref.f {
				cl = append(cl, ClaimOf(m.f))
				also = append(also, Where(m.f))
			}
		}
		if len(also) > 0 {
			msg += "; the latter is also stated at " + strings.Join(also, ", ")
		}
		for _, m := range c.ms[1:] {
			cl = append(cl, ClaimOf(m.f))
		}
		p.Report(Finding{Message: msg, Claims: cl})
	}
}

// firstApart returns the first member not in the same sentence as f: two figures
// in one sentence are a from/to pair or a breakdown, not a conflict.
func firstApart(ms []member, f *claims.Fact) (member, bool) {
	for _, m := range ms {
		if !sameSentence(m.f, f) {
			return m, true
		}
	}
	return member{}, false
}
