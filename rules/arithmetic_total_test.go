package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// TestArithmeticTotalChoice checks which total parts are held against: their own
// sentence first, then the sentence just before, never one further back.
func TestArithmeticTotalChoice(t *testing.T) {
	type q struct {
		s, key string
		iv     quantity.Interval
	}
	parts := []q{{"52,000 children in towns", "children in town", cc(52000, 52000)}, {"48,000 children in villages", "children in villag", cc(48000, 48000)}}
	tests := []struct {
		name string
		text string
		qs   []q
		want []string
	}{
		{name: "own sentence beats the sentence before",
			text: "The province has about 140,000 children in the target group. So far, nearly 95,000 children have had a dose: 52,000 children in towns and 48,000 children in villages.\n",
			qs:   append([]q{{"about 140,000 children", "children", cc(135000, 145000)}, {"nearly 95,000 children", "children", co(90000, 95000)}}, parts...),
			want: []string{`"nearly 95,000 children" is [90,000, 95,000) but its parts "52,000 children in towns" + "48,000 children in villages" (a.txt:1) add up to 100,000, which exceed it`}},
		{name: "a hedged total the parts fit",
			text: "So far, about 100,000 children have had a dose: 52,000 children in towns and 48,000 children in villages.\n",
			qs:   append([]q{{"about 100,000 children", "children", cc(95000, 105000)}}, parts...)},
		{name: "the sentence before",
			text: "Nearly 95,000 children have had a dose. They were 52,000 children in towns and 48,000 children in villages.\n",
			qs:   append([]q{{"Nearly 95,000 children", "children", co(90000, 95000)}}, parts...),
			want: []string{`"Nearly 95,000 children" is [90,000, 95,000) but its parts "52,000 children in towns" + "48,000 children in villages" (a.txt:1) add up to 100,000, which exceed it`}},
		{name: "a total two sentences back is another measure",
			text: "The province has about 140,000 children. Clinics opened early. They vaccinated 52,000 children in towns and 48,000 children in villages.\n",
			qs:   append([]q{{"about 140,000 children", "children", cc(135000, 145000)}}, parts...)},
		{name: "a total with another head is no total",
			text: "Nearly 95,000 doses were given: 52,000 children in towns and 48,000 children in villages.\n",
			qs:   append([]q{{"Nearly 95,000 doses", "dose", co(90000, 95000)}}, parts...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "", tt.text)
			var fs []*claims.Fact
			for _, x := range tt.qs {
				f := qty(t, d, x.s, x.key, x.iv, "count")
				fs = append(fs, f)
			}
			got := runOneRule(Arithmetic(), []*claims.Document{d}, fs...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}

// TestArithmeticShareOrders checks both orders of a share: "A of B, or P%" and
// "Of the B ..., A, or P%", including the rule's own Bad and Good examples.
func TestArithmeticShareOrders(t *testing.T) {
	tests := []struct {
		name, text, base, part, pc string
		bv, av, pv                 float64
		want                       []string
	}{
		{"doc Bad example", "Of the 200 firms surveyed, 40 firms, or 25%, plan to expand.\n", "200 firms", "40 firms", "25%", 200, 40, 25,
			[]string{`"40 firms" of "200 firms" is 20%, not "25%" (40/200)`}},
		{"doc Good example", "Of the 200 firms surveyed, 40 firms, or 20%, plan to expand.\n", "200 firms", "40 firms", "20%", 200, 40, 20, nil},
		{"bare count after the base", "Of the 60 communes and wards, 54, or 80%, have reached the goal.\n", "60 communes", "54", "80%", 60, 54, 80,
			[]string{`"54" of "60 communes" is 90%, not "80%" (54/60)`}},
		{"right share in the other order", "Of the 60 communes and wards, 45, or 75%, have reached the goal.\n", "60 communes", "45", "75%", 60, 45, 75, nil},
		{"possessive lead", "Of its 60 communes and wards, 54, or 80%, have reached the goal.\n", "60 communes", "54", "80%", 60, 54, 80,
			[]string{`"54" of "60 communes" is 90%, not "80%" (54/60)`}},
		{"right share after a possessive lead", "Of the province's 60 communes, 54, or 90%, have reached the goal.\n", "60 communes", "54", "90%", 60, 54, 90, nil},
		{"no leading of", "In the 60 communes and wards, 54, or 80%, of clinics opened.\n", "60 communes", "54", "80%", 60, 54, 80, nil},
		{"a list between base and count", "Of the 60 communes, wards and towns, 54, or 80%, have reached the goal.\n", "60 communes", "54", "80%", 60, 54, 80,
			[]string{`"54" of "60 communes" is 90%, not "80%" (54/60)`}},
		{"base in another sentence", "Of the 60 communes. Then 54, or 80%, have reached the goal.\n", "60 communes", "54", "80%", 60, 54, 80, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "a.txt", "", tt.text)
			fs := []*claims.Fact{
				qty(t, d, tt.base, "firm", cc(tt.bv, tt.bv), "count"),
				qty(t, d, tt.part, "firm", cc(tt.av, tt.av), "count"),
				qty(t, d, tt.pc, "firm", cc(tt.pv, tt.pv), "percent"),
			}
			got := runOneRule(Arithmetic(), []*claims.Document{d}, fs...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}

// TestArithmeticDocExamples runs the extraction and the rule on the Bad and Good
// examples of the rule's own documentation: each Bad line must be flagged, no
// Good line may be.
func TestArithmeticDocExamples(t *testing.T) {
	doc := Arithmetic().Doc
	for _, block := range []struct {
		name string
		want bool
	}{{"Bad:", true}, {"Good:", false}} {
		lines := docExampleLines(doc, block.name)
		require.NotEmpty(t, lines, "no %s example", block.name)
		for _, line := range lines {
			t.Run(block.name+line, func(t *testing.T) {
				d := newDoc(t, "a.txt", "2025-05-21", line+"\n")
				got := Run(claims.NewIndex([]*claims.Document{d}, claims.Extract(d)), []*Rule{Arithmetic()}, Settings{})
				assert.Equal(t, block.want, len(got) > 0, "findings: %v", messages(got))
			})
		}
	}
}

// docExampleLines returns the indented lines after a "Bad:" or "Good:" heading.
func docExampleLines(doc, heading string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(doc, "\n") {
		switch {
		case strings.TrimSpace(l) == heading:
			in = true
		case in && strings.HasPrefix(l, "    "):
			out = append(out, strings.TrimSpace(l))
		case in:
			return out
		}
	}
	return out
}
