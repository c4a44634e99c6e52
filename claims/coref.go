package claims

import "strings"

// resolveDefiniteSubjects gives a rank whose subject is a definite noun ("The
// port handled …, making it the third-largest container port") the name that
// noun stands for: the latest name before it in the document whose last word
// is that noun ("Hon Khoi International Port"). Facts are in document order
// within each sentence and sentences in order, as Extract makes them.
func resolveDefiniteSubjects(facts []*Fact) {
	var names []*Fact
	for _, f := range facts {
		switch {
		case f.Kind == KindName:
			names = append(names, f)
		case f.Kind == KindRank && f.Rank != nil:
			noun, ok := definiteNoun(f.Rank.Subject)
			if !ok {
				continue
			}
			for i := len(names) - 1; i >= 0; i-- {
				n := names[i]
				if n.Span.End > f.Span.Start || n.Doc != f.Doc {
					continue
				}
				text := n.Doc.Text[n.Span.Start:n.Span.End]
				if sp := strings.LastIndexByte(text, ' '); sp > 0 && strings.EqualFold(text[sp+1:], noun) {
					r := *f.Rank
					r.Subject = text
					f.Rank, f.Subject = &r, fold(text)
					break
				}
			}
		}
	}
}

// definiteNoun returns the noun of a subject written "the port" or "this
// city".
func definiteNoun(subject string) (string, bool) {
	det, noun, ok := strings.Cut(subject, " ")
	if !ok || strings.Contains(noun, " ") || noun == "" {
		return "", false
	}
	switch strings.ToLower(det) {
	case "the", "this":
		return noun, true
	}
	return "", false
}
