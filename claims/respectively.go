package claims

import (
	"slices"
	"strings"
)

// respectively gives the figures of a "respectively" list their items:
// "Anies Baswedan and Ganjar Pranowo secured 40,971,906 and 27,040,878 valid
// votes, respectively" are Anies's and Ganjar's votes, not two counts of one
// measure. facts are the sentence's facts; lowered is the sentence lowered.
// The figures before "respectively" that follow one another are matched, unit
// by unit, with the names joined by "and" or commas before the first of
// them; when the names do not add up ("by land and sea … 2.5 million and
// 248,100"), the figures lose their key: what each measures is not known.
func respectively(text string, s Span, lowered string, facts []*Fact) {
	r := strings.LastIndex(lowered, "respectively")
	if r < 0 {
		return
	}
	end := s.Start + r
	var qs, later, names []*Fact
	for _, f := range facts {
		switch {
		case (f.Kind == KindQuantity || f.Kind == KindChange) && f.Span.End <= end:
			qs = append(qs, f)
		case f.Kind == KindQuantity || f.Kind == KindChange:
			later = append(later, f)
		case f.Kind == KindName:
			names = append(names, f)
		}
	}
	if len(qs) < 2 {
		return
	}
	slices.SortFunc(qs, func(a, b *Fact) int { return a.Span.Start - b.Span.Start })
	if gap := text[qs[len(qs)-1].Span.End:end]; len(gap) > 60 || strings.ContainsAny(gap, "0123456789;") {
		return
	}
	// The run of figures that ends the list: each close to the next.
	first := len(qs) - 1
	for first > 0 && qs[first].Span.Start-qs[first-1].Span.End <= 40 && !strings.Contains(text[qs[first-1].Span.End:qs[first].Span.Start], ";") {
		first--
	}
	units, byUnit := byUnits(qs[first:])
	items := nameChain(text, names, qs[first].Span.Start)
	// measures are the keys of the first figures that each name their own
	// measure ("revenue of 11,000 billion dong and net profit of 560 billion
	// dong, up 11.8% and 9.4% respectively"): the other figures of the list
	// take them in order.
	var measures []string
	var unnamed [][]*Fact
	for _, u := range units {
		fs := byUnit[u]
		switch {
		case len(fs) < 2:
		case len(items) == len(fs):
			for i, f := range fs {
				f.Subject = items[i].Subject
			}
		case measures == nil && ownMeasures(fs):
			for _, f := range fs {
				measures = append(measures, measureOf(f))
			}
		default:
			unnamed = append(unnamed, fs)
		}
	}
	if measures != nil {
		// "… respectively from last year's 9,840 billion dong and 512 billion dong"
		slices.SortFunc(later, func(a, b *Fact) int { return a.Span.Start - b.Span.Start })
		for i, f := range later {
			if i == 0 && f.Span.Start-end > 60 || i > 0 && (f.Span.Start-later[i-1].Span.End > 40 || strings.Contains(text[later[i-1].Span.End:f.Span.Start], ";")) {
				later = later[:i]
				break
			}
		}
		base := len(later) > 0 && strings.Contains(text[end:later[0].Span.Start], "from")
		units, byUnit := byUnits(later)
		for _, u := range units {
			fs := byUnit[u]
			if len(fs) != len(measures) {
				continue
			}
			if base {
				// The levels a target is set against are what was: "targeting
				// revenue of 11,000 billion dong, up 11.8% … from last year's
				// 9,840 billion dong" reports last year's revenue.
				for i, f := range fs {
					f.Plan = false
					f.Key = withUnit(withoutPlanWord(measures[i]), f.Quantity.Unit)
				}
				continue
			}
			unnamed = append(unnamed, fs)
		}
	}
	for _, fs := range unnamed {
		for i, f := range fs {
			if len(measures) == len(fs) {
				f.Key = withUnit(measures[i], f.Quantity.Unit)
			} else {
				f.Key = ""
			}
		}
	}
}

// withoutPlanWord drops a leading word of intent from a measure ("target
// revenu" → "revenu").
func withoutPlanWord(m string) string {
	w, rest, ok := strings.Cut(m, " ")
	if !ok {
		return m
	}
	switch w {
	case "target", "targeted", "plan", "planned", "goal", "forecast", "expect", "expected", "project", "projected":
		return rest
	}
	return m
}

// byUnits groups figures by unit, units in the order they first appear.
func byUnits(fs []*Fact) ([]string, map[string][]*Fact) {
	byUnit := map[string][]*Fact{}
	var units []string
	for _, f := range fs {
		u := f.Quantity.Unit
		if byUnit[u] == nil {
			units = append(units, u)
		}
		byUnit[u] = append(byUnit[u], f)
	}
	return units, byUnit
}

// ownMeasures reports whether figures each have a key of their own, none
// repeated: each names what it measures.
func ownMeasures(fs []*Fact) bool {
	seen := map[string]bool{}
	for _, f := range fs {
		m := measureOf(f)
		if m == "" || strings.HasPrefix(m, "=") || seen[m] {
			return false
		}
		seen[m] = true
	}
	return true
}

// measureOf is a fact's key without its unit.
func measureOf(f *Fact) string {
	if f.Quantity == nil {
		return f.Key
	}
	return strings.TrimSuffix(f.Key, " "+strings.ToLower(f.Quantity.Unit))
}

// nameChain returns the last names before byte before that are joined by
// "and", "&" or commas: the items of a list.
func nameChain(text string, names []*Fact, before int) []*Fact {
	var chain []*Fact
	for i := len(names) - 1; i >= 0; i-- {
		n := names[i]
		if n.Span.End > before {
			continue
		}
		if len(chain) == 0 {
			chain = append(chain, n)
			continue
		}
		gap := strings.TrimSpace(text[n.Span.End:chain[0].Span.Start])
		if gap != "," && gap != "and" && gap != ", and" && gap != "&" {
			break
		}
		chain = append([]*Fact{n}, chain...)
	}
	return chain
}
