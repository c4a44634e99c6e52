package source

import "strings"

// creditLabels open a photo credit ("Photo: VNA", "Photo by Le Hai").
var creditLabels = []string{"Photo:", "Photos:", "Photo by ", "Photo credit:", "Photograph:", "Image:", "PHOTO:", "Ảnh:", "File photo:"}

// maxCreditWords bounds a credit: an agency, a photographer, "MDW/Le Hai".
const maxCreditWords = 6

// trailingCredit reports a caption that ends with a credit: "Runners cross the
// bridge at dawn. Photo: SWA/Hoang Nam". The label must open the line or follow
// the caption's sentence, and the credit after it must be short, so a sentence
// that merely mentions a photo ("the photo: a crane") is not one.
func trailingCredit(t string) bool {
	for _, lab := range creditLabels {
		k := strings.LastIndex(t, lab)
		if k < 0 {
			continue
		}
		credit := strings.TrimSpace(t[k+len(lab):])
		if credit == "" || len(strings.Fields(credit)) > maxCreditWords || strings.Contains(credit, ". ") {
			continue
		}
		before := strings.TrimRight(t[:k], " \t")
		if before == "" {
			return true
		}
		switch before[len(before)-1] {
		case '.', '!', '?', '|', '-', ')', '"':
			return true
		}
		if strings.HasSuffix(before, "”") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "—") {
			return true
		}
	}
	return false
}

// parenCredit reports a bracketed credit anywhere on a (lower-cased) short
// line: "(Photo: VNA)", "(photo by Le Hai)", "(Ảnh: TTXVN)".
func parenCredit(low string) bool {
	for rest := low; ; {
		k := strings.Index(rest, "(")
		if k < 0 {
			return false
		}
		rest = rest[k+1:]
		end := strings.Index(rest, ")")
		if end < 0 {
			return false
		}
		in := strings.TrimSpace(rest[:end])
		for _, p := range []string{"photo:", "photos:", "photo by ", "photo credit", "ảnh:", "image:", "file photo"} {
			if strings.HasPrefix(in, p) && len(strings.Fields(in)) <= maxCreditWords+2 {
				return true
			}
		}
	}
}
