package rules

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/numword"
)

// wtok is a token of a quote: its text as written and its compared form.
type wtok struct {
	text, norm string
}

// quoteTokens splits a quote into words and the punctuation that changes how it
// reads ("!", "?", ".", ";", ":", and "…" for an omission). Quote marks, commas,
// dashes and brackets are dropped: outlets restyle them freely. Words compare
// folded (case, diacritics, ’ vs ').
func quoteTokens(s string) []wtok {
	var out []wtok
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) && !(isApostrophe(r2) && j+n2 < len(s) && startsWord(s[j+n2:])) {
					break
				}
				j += n2
			}
			norm := attrib.Fold(s[i:j])
			if head, ok := negativeContraction(norm); ok {
				// "won't" is "will not": outlets expand and contract freely.
				out = append(out, wtok{text: head, norm: head}, wtok{text: "not", norm: "not"})
			} else if head, verb, ok := verbContraction(norm); ok {
				// "We've kept" is "We have kept".
				text := head
				if j-i >= len(head) && strings.EqualFold(s[i:i+len(head)], head) {
					text = s[i : i+len(head)] // as written: "We"
				}
				out = append(out, wtok{text: text, norm: head}, wtok{text: verb, norm: verb})
			} else {
				if n, ok := numword.Cardinal(norm); ok && n > 0 {
					norm = strconv.Itoa(n) // "eighteen months" is "18 months"
				}
				out = append(out, wtok{text: s[i:j], norm: norm})
			}
			i = j
			continue
		case r == '!' || r == '?' || r == ';' || r == ':':
			out = append(out, wtok{text: string(r), norm: string(r)})
		case r == '…':
			out = append(out, wtok{text: "…", norm: "…"})
		case r == '.':
			if strings.HasPrefix(s[i:], "...") {
				out = append(out, wtok{text: "...", norm: "…"})
				i += 3
				continue
			}
			out = append(out, wtok{text: ".", norm: "."})
		}
		i += n
	}
	return out
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
		r > 127 && (unicode.IsLetter(r) || unicode.IsDigit(r)))
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// trimPunct drops punctuation at both ends: "…trust." quoted inside a sentence
// loses its full stop, and that is no difference.
func trimPunct(ts []wtok) []wtok {
	for len(ts) > 0 && !isWordTok(ts[0]) {
		ts = ts[1:]
	}
	for len(ts) > 0 && !isWordTok(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	return ts
}

func isWordTok(t wtok) bool {
	r, _ := utf8.DecodeRuneInString(t.norm)
	return isWordRune(r)
}

// wordCount counts the word tokens.
func wordCount(ts []wtok) int {
	n := 0
	for _, t := range ts {
		if isWordTok(t) {
			n++
		}
	}
	return n
}

// editOps returns the edit script turning a into b, by compared form: '=' keep,
// '-' delete from a, '+' insert from b; with the Levenshtein distance.
func editOps(a, b []wtok) (ops []byte, dist int) {
	n, m := len(a), len(b)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			c := d[i-1][j-1] + 1
			if a[i-1].norm == b[j-1].norm {
				c = d[i-1][j-1]
			}
			d[i][j] = min(c, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1].norm == b[j-1].norm && d[i][j] == d[i-1][j-1]:
			ops = append(ops, '=')
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			// A substitution shows as a deletion and an insertion.
			ops = append(ops, '+', '-')
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, '-')
			i--
		default:
			ops = append(ops, '+')
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return ops, d[n][m]
}

// similarity is 1 − distance / longer length, in [0, 1].
func similarity(a, b []wtok) float64 {
	l := max(len(a), len(b))
	if l == 0 {
		return 1
	}
	_, d := editOps(a, b)
	return 1 - float64(d)/float64(l)
}

// wordDiff renders the edit script in git's word-diff notation:
// "Work! Work! Work{+!+} and Work!".
func wordDiff(a, b []wtok) string {
	ops, _ := editOps(a, b)
	var sb strings.Builder
	i, j := 0, 0
	var cur byte
	write := func(op byte, t wtok) {
		if op != cur {
			switch cur {
			case '-':
				sb.WriteString("-]")
			case '+':
				sb.WriteString("+}")
			}
		}
		if sb.Len() > 0 && isWordTok(t) && !(op == '+' && cur == '-') {
			sb.WriteByte(' ')
		}
		if op != cur {
			switch op {
			case '-':
				sb.WriteString("[-")
			case '+':
				sb.WriteString("{+")
			}
			cur = op
		}
		sb.WriteString(t.text)
	}
	for _, op := range ops {
		switch op {
		case '=':
			write('=', a[i])
			i, j = i+1, j+1
		case '-':
			write('-', a[i])
			i++
		case '+':
			write('+', b[j])
			j++
		}
	}
	write('=', wtok{})
	return sb.String()
}

// containedInOrder reports whether the fragments of short (split at "…") all
// occur in long, in order: a partial quote of a longer remark.
func containedInOrder(short, long []wtok) bool {
	var frags [][]wtok
	start := 0
	for k, t := range short {
		if t.norm == "…" {
			frags = append(frags, trimPunct(short[start:k]))
			start = k + 1
		}
	}
	frags = append(frags, trimPunct(short[start:]))
	pos := 0
	for _, f := range frags {
		if len(f) == 0 {
			continue
		}
		k := indexTokens(long[pos:], f)
		if k < 0 {
			return false
		}
		pos += k + len(f)
	}
	return true
}

// indexTokens returns the first index of sub in s by compared form, or -1.
func indexTokens(s, sub []wtok) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		ok := true
		for k := range sub {
			if s[i+k].norm != sub[k].norm {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// overlapCut reports whether two quotes give one remark cut at different
// places: a long run of words they share, with words of their own only
// before it in at most one and after it in at most one ("one of the most
// dynamic economies … to ASEAN, a market of nearly 700 million people" and
// "Vietnam is one of the most dynamic economies … to ASEAN"). Where both quote
// the same words they agree; neither can be checked beyond what the other gives.
func overlapCut(a, b []wtok) bool {
	i, j, n := longestCommonRun(a, b)
	if n < overlapMinWords || float64(n) < overlapMinShare*float64(min(len(a), len(b))) {
		return false
	}
	if i > 0 && negationWord(a[i-1].norm) || j > 0 && negationWord(b[j-1].norm) {
		return false // "not every guest was wearing …" against "Every guest was wearing …": turned, not cut
	}
	before := (i > 0) && (j > 0)              // both have words of their own before the run
	after := (i+n < len(a)) && (j+n < len(b)) // both have words of their own after it
	return !before && !after
}

// overlapMinWords and overlapMinShare bound the shared run overlapCut needs:
// a remark's worth of words, most of the shorter quote.
const (
	overlapMinWords = 8
	overlapMinShare = 0.6
)

// longestCommonRun returns where the longest run of equal tokens of a and b
// starts in each, and its length.
func longestCommonRun(a, b []wtok) (int, int, int) {
	bi, bj, bn := 0, 0, 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1].norm == b[j-1].norm {
				cur[j] = prev[j-1] + 1
				if cur[j] > bn {
					bi, bj, bn = i-cur[j], j-cur[j], cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return bi, bj, bn
}

// verbContraction splits a folded word with a contracted verb that reads
// one way only ("we've" → "we", "have"; "they're", "I'll", "I'm"). "'s" and
// "'d" are left alone: a possessive, or "had" against "would".
func verbContraction(w string) (head, verb string, ok bool) {
	w = strings.ReplaceAll(w, "’", "'")
	for _, c := range [...]struct{ suffix, verb string }{{"'ve", "have"}, {"'re", "are"}, {"'ll", "will"}, {"'m", "am"}} {
		if head, found := strings.CutSuffix(w, c.suffix); found && head != "" {
			return head, c.verb, true
		}
	}
	return "", "", false
}

// negativeContraction returns the verb of a folded negative contraction
// ("won't" → "will", "can't" and "cannot" → "can", "doesn't" → "does").
func negativeContraction(w string) (string, bool) {
	w = strings.ReplaceAll(w, "’", "'")
	switch w {
	case "won't":
		return "will", true
	case "can't", "cannot":
		return "can", true
	case "shan't":
		return "shall", true
	}
	if head, ok := strings.CutSuffix(w, "n't"); ok && head != "" {
		return head, true
	}
	return "", false
}
