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
	var qs, names []*Fact
	for _, f := range facts {
		switch {
		case (f.Kind == KindQuantity || f.Kind == KindChange) && f.Span.End <= end:
			qs = append(qs, f)
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
	run := qs[first:]
	byUnit := map[string][]*Fact{}
	var units []string
	for _, f := range run {
		u := f.Quantity.Unit
		if byUnit[u] == nil {
			units = append(units, u)
		}
		byUnit[u] = append(byUnit[u], f)
	}
	items := nameChain(text, names, run[0].Span.Start)
	for _, u := range units {
		fs := byUnit[u]
		if len(fs) < 2 {
			continue
		}
		for i, f := range fs {
			if len(items) == len(fs) {
				f.Subject = items[i].Subject
			} else {
				f.Key = ""
			}
		}
	}
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
