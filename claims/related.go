package claims

import (
	"math"
	"strings"
	"unicode"
)

// Sources about different stories share measures by accident ("21 countries" of a
// port and "42 countries" of a marathon). Documents are related when their word
// profiles are alike: the cosine of their tf-idf vectors over content words.
// Rules compare facts across documents only when the documents are related.

// relatedThreshold is the cosine above which two documents tell the same story.
// Calibrated on the fixtures and seeds: same-story pairs score 0.12 to 0.54 (short
// wire pieces on one event as low as 0.12), different stories 0.02 to 0.09, with a
// few pairs of neighbouring stories (a province and its port) at 0.10 to 0.15.
const relatedThreshold = 0.10

// profile is a document's weighted content words, normalised to length 1.
type profile map[string]float64

// termCounts counts the content words of a document outside its skipped ranges.
func termCounts(d *Document) map[string]int {
	text := analysedText(d)
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 4 {
			continue
		}
		lw := fold(w)
		if isDropWord(lw) || verbWord(lw) || stopWords[lw] {
			continue
		}
		counts[lw]++
	}
	return counts
}

// profiles builds the tf-idf profile of every document; idf is smoothed so that
// words in every document of a small corpus still count.
func profiles(docs []*Document) map[*Document]profile {
	counts := make([]map[string]int, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		counts[i] = termCounts(d)
		for w := range counts[i] {
			df[w]++
		}
	}
	out := make(map[*Document]profile, len(docs))
	n := float64(len(docs))
	for i, d := range docs {
		p := profile{}
		var norm float64
		for w, c := range counts[i] {
			x := (1 + math.Log(float64(c))) * math.Log(1+n/float64(df[w]))
			p[w] = x
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for w := range p {
			p[w] /= norm
		}
		out[d] = p
	}
	return out
}

func cosine(a, b profile) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var s float64
	for w, x := range a {
		s += x * b[w]
	}
	return s
}

// stopWords are frequent function words that say nothing about a story.
var stopWords = map[string]bool{
	"with": true, "from": true, "have": true, "will": true, "also": true, "into": true,
	"they": true, "their": true, "said": true, "which": true, "were": true, "been": true,
	"more": true, "than": true, "this": true, "that": true, "over": true, "about": true,
	"after": true, "before": true, "would": true, "there": true, "these": true, "other": true,
	"while": true, "such": true, "most": true, "some": true, "well": true, "very": true,
}

// Related reports whether two documents tell the same story, so that their facts
// may be compared. A document is related to itself.
func (ix *Index) Related(a, b *Document) bool {
	if a == b || len(ix.Docs) <= 2 {
		return true
	}
	if ix.profiles == nil {
		ix.profiles = profiles(ix.Docs)
	}
	pa, pb := ix.profiles[a], ix.profiles[b]
	if len(pa) < minProfile || len(pb) < minProfile {
		return true // too little text to tell stories apart
	}
	return cosine(pa, pb) >= relatedThreshold
}

// minProfile is the number of distinct content words a document needs before its
// profile says which story it tells.
const minProfile = 40

// Similarity is the cosine of two documents' profiles, for messages and tuning.
func (ix *Index) Similarity(a, b *Document) float64 {
	if ix.profiles == nil {
		ix.profiles = profiles(ix.Docs)
	}
	return cosine(ix.profiles[a], ix.profiles[b])
}
