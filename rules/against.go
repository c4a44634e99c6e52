package rules

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// AgainstFacts returns the facts to index when a draft is checked against
// sources: every draft fact, and only the source facts that could meet one. A
// source fact meets the draft when they share a handle: the head word of the
// measure key, a word of a speaker's or person's name, a rank category, or a
// named list's name or member. A draft fact with no handle (an unattributed
// quote, an undated-key date) meets the source facts of its kind that have none
// either. The sources may be a large folder; this keeps the rules' work
// proportional to what the draft says, not to the archive.
func AgainstFacts(draft, sources []*claims.Fact) []*claims.Fact {
	want := map[string]bool{}
	for _, f := range draft {
		for _, h := range Handles(f) {
			want[h] = true
		}
	}
	out := make([]*claims.Fact, 0, len(draft))
	out = append(out, draft...)
	for _, f := range sources {
		for _, h := range Handles(f) {
			if want[h] {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// Handles are the strings by which a fact can be matched with another before
// any rule compares them: "h:" the head of its key, "n:" the words of a name,
// "r:" rank categories, "l:" list names and members, and "k:" its kind when it
// has none of these.
func Handles(f *claims.Fact) []string {
	if f == nil {
		return nil
	}
	var hs []string
	if f.Key != "" {
		hs = append(hs, "h:"+claims.Head(f.Key))
		if i := strings.LastIndexByte(f.Key, ' '); i > 0 {
			switch f.Key[i+1:] {
			case "percent", "pp", "fraction":
				// "the Vietnamese population in Japan has expanded by 20%": a
				// share or change of a measure meets that measure's levels.
				hs = append(hs, "h:"+claims.Head(f.Key[:i]))
			}
		}
	}
	hs = appendNames(hs, f.Speaker)
	if f.Quote != nil {
		hs = appendNames(hs, f.Quote.Speaker)
	}
	if p := f.Person; p != nil {
		hs = appendNames(hs, p.Name)
		hs = appendNames(hs, p.FullName)
	}
	if r := f.Rank; r != nil {
		for _, c := range r.Categories {
			if c = strings.ToLower(strings.TrimSpace(c)); c != "" {
				hs = append(hs, "r:"+c)
			}
		}
	}
	if l := f.List; l != nil {
		if k := claims.NormalizeKey(l.Name); k != "" {
			hs = append(hs, "l:"+claims.Head(k))
		}
		for _, m := range l.Members {
			if k := claims.NormalizeKey(m.Label); k != "" {
				hs = append(hs, "l:"+k)
			}
		}
	}
	if len(hs) == 0 {
		hs = append(hs, "k:"+string(f.Kind))
	}
	return hs
}

// appendNames adds "n:" and each word of a name that can tell people apart:
// capitalised words of three letters or more, lower-cased ("Mr." and "Le" are
// too common to narrow anything down, so they are left out).
func appendNames(hs []string, name string) []string {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		r := []rune(w)
		if len(r) < 3 || !unicode.IsUpper(r[0]) {
			continue
		}
		hs = append(hs, "n:"+strings.ToLower(w))
	}
	return hs
}

// Against returns the filter of the editor's workflow: it keeps the findings
// that involve a claim of the draft files (their Path as reported), moves the
// draft's claims to the front so the primary claim is the draft's, and sorts by
// draft line so the report reads top to bottom through the draft.
func Against(draftPaths []string) Filter {
	isDraft := map[string]bool{}
	for _, p := range draftPaths {
		isDraft[p] = true
	}
	return func(fs []Finding) []Finding {
		out := fs[:0]
		for _, f := range fs {
			n := 0
			for _, c := range f.Claims {
				if isDraft[c.File] {
					n++
				}
			}
			if n == 0 {
				continue
			}
			cs := make([]Claim, len(f.Claims))
			copy(cs, f.Claims)
			sort.SliceStable(cs, func(i, j int) bool { return isDraft[cs[i].File] && !isDraft[cs[j].File] })
			f.Claims = cs
			out = append(out, f)
		}
		return SortFindings(out)
	}
}
