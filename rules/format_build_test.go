package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// Builders of hand-made documents and facts, so rules are tested without the
// extraction.

// newDoc returns a document; date is YYYY-MM-DD or "" for undated.
func newDoc(t *testing.T, path, date, text string) *claims.Document {
	t.Helper()
	d := &claims.Document{Path: path, Raw: text, Text: text}
	if date != "" {
		tm, err := time.Parse("2006-01-02", date)
		require.NoError(t, err)
		d.Meta.Published = tm
	}
	return d
}

// spanOf returns the span of the first occurrence of s in the document.
func spanOf(t *testing.T, d *claims.Document, s string) claims.Span {
	t.Helper()
	i := strings.Index(d.Text, s)
	require.GreaterOrEqual(t, i, 0, "%q not in %s", s, d.Path)
	return claims.Span{Start: i, End: i + len(s)}
}

// sentenceOf widens a span to its sentence: from after the previous ". " or line
// break to the next one.
func sentenceOf(d *claims.Document, sp claims.Span) claims.Span {
	start := 0
	for i := sp.Start - 1; i > 0; i-- {
		if d.Text[i] == '\n' || (d.Text[i] == ' ' && d.Text[i-1] == '.') {
			start = i + 1
			break
		}
	}
	end := len(d.Text)
	for i := sp.End; i < len(d.Text); i++ {
		if d.Text[i] == '\n' || (d.Text[i] == '.' && (i+1 == len(d.Text) || d.Text[i+1] == ' ' || d.Text[i+1] == '\n')) {
			end = i + 1
			break
		}
	}
	return claims.Span{Start: start, End: end}
}

// qty builds an amount fact for the text s of d.
func qty(t *testing.T, d *claims.Document, s, key string, iv quantity.Interval, unit string, opts ...func(*claims.Fact)) *claims.Fact {
	t.Helper()
	sp := spanOf(t, d, s)
	f := &claims.Fact{
		Kind: claims.KindQuantity, Doc: d, Span: sp, Sentence: sentenceOf(d, sp), Key: key,
		Quantity: &quantity.Quantity{Start: sp.Start, End: sp.End, Kind: quantity.Amount, Interval: iv, Unit: unit, Value: iv.Lo},
	}
	if iv.LoOpen && !iv.HiOpen {
		f.Quantity.Value = iv.Lo // "over N": written N is the open low end
	} else if iv.HiOpen && !iv.LoOpen {
		f.Quantity.Value = iv.Hi // "nearly N": written N is the open high end
	}
	for _, o := range opts {
		o(f)
	}
	return f
}

func qSubject(s string) func(*claims.Fact) { return func(f *claims.Fact) { f.Subject = s } }
func qFlow(f *claims.Fact)                 { f.Flow = true }
func qPlan(f *claims.Fact)                 { f.Plan = true }

// Interval shorthands: oc = (lo, hi], co = [lo, hi), cc = [lo, hi].
func oc(lo, hi float64) quantity.Interval {
	return quantity.Interval{Lo: lo, Hi: hi, LoOpen: true}
}
func co(lo, hi float64) quantity.Interval {
	return quantity.Interval{Lo: lo, Hi: hi, HiOpen: true}
}
func cc(lo, hi float64) quantity.Interval { return quantity.Interval{Lo: lo, Hi: hi} }

// runRule runs one rule over hand-built facts through the engine.
func runOneRule(r *Rule, docs []*claims.Document, facts ...*claims.Fact) []Finding {
	return Run(claims.NewIndex(docs, facts), []*Rule{r}, Settings{})
}

// messages returns the messages of findings.
func messages(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Message
	}
	return out
}

// arithmeticMessages runs the arithmetic rule over one document of text.
func arithmeticMessages(t *testing.T, text string) []string {
	t.Helper()
	d := newDoc(t, "a.txt", "2025-06-02", text)
	return messages(Run(claims.NewIndex([]*claims.Document{d}, claims.Extract(d)), []*Rule{Arithmetic()}, Settings{}))
}

// arithCase is one sentence and the text its one finding must hold ("" for none).
type arithCase struct{ name, text, want string }

func runArithmeticCases(t *testing.T, tests []arithCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := arithmeticMessages(t, tt.text+"\n")
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			if assert.Len(t, got, 1) {
				assert.Contains(t, got[0], tt.want)
			}
		})
	}
}
