package rules

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/quantity"
)

// chg builds a stated-change fact.
func chg(t *testing.T, d *claims.Document, s, key string, iv quantity.Interval, unit string, kind quantity.Kind, dir int) *claims.Fact {
	t.Helper()
	f := qty(t, d, s, key, iv, unit)
	f.Kind = claims.KindChange
	f.Quantity.Kind = kind
	f.Quantity.Direction = dir
	return f
}

// dateFact builds a resolved date fact covering a year.
func dateFact(t *testing.T, d *claims.Document, s string, year int) *claims.Fact {
	t.Helper()
	sp := spanOf(t, d, s)
	from := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	return &claims.Fact{Kind: claims.KindDate, Doc: d, Span: sp, Sentence: sentenceOf(d, sp),
		Date: &dates.Date{Start: sp.Start, End: sp.End, From: from, To: from.AddDate(1, 0, 0), Granularity: dates.Year, Resolved: true}}
}

func TestGrowthMismatch(t *testing.T) {
	type lv struct {
		date, text string
		iv         quantity.Interval
		unit       string
		plan       bool
	}
	tests := []struct {
		name   string
		levels []lv
		cdate  string // the change's source date
		ctext  string // sentence holding the change
		phrase string // the change itself
		iv     quantity.Interval
		unit   string
		kind   quantity.Kind
		dir    int
		year   int // a "since YEAR" date in the change sentence, 0 for none
		want   []string
	}{
		{name: "growth smaller than the figures imply",
			levels: []lv{{"2023-11-07", "Nearly 500,000 people", co(490000, 500000), "count", false}, {"2025-11-25", "More than 630,000 people", oc(630000, 640000), "count", false}},
			cdate:  "2025-11-26", ctext: "The community has expanded by 20%.", phrase: "expanded by 20%", iv: cc(20, 20), unit: "percent", kind: quantity.Change, dir: 1,
			want: []string{`"expanded by 20%" vs "Nearly 500,000 people" (2023-11-07, l0.txt:1) → "More than 630,000 people" (2025-11-25, l1.txt:1): these imply at least +26% (630,000/500,000 − 1), more than the 20% stated`}},
		{name: "growth inside the implied range",
			levels: []lv{{"2023-11-07", "Nearly 500,000 people", co(490000, 500000), "count", false}, {"2025-11-25", "More than 630,000 people", oc(630000, 640000), "count", false}},
			cdate:  "2025-11-26", ctext: "The community has grown by about 28%.", phrase: "grown by about 28%", iv: cc(27.5, 28.5), unit: "percent", kind: quantity.Change, dir: 1},
		{name: "a stated fall against a rise",
			levels: []lv{{"2023-01-01", "100 firms", cc(100, 100), "count", false}, {"2025-01-01", "120 firms", cc(120, 120), "count", false}},
			cdate:  "2025-02-01", ctext: "The number of firms fell by 10%.", phrase: "fell by 10%", iv: cc(10, 10), unit: "percent", kind: quantity.Change, dir: -1,
			want: []string{`"fell by 10%" vs "100 firms" (2023-01-01, l0.txt:1) → "120 firms" (2025-01-01, l1.txt:1): these imply at least +20% (120/100 − 1), more than the -10% stated`}},
		{name: "percentage points",
			levels: []lv{{"2023-01-01", "30% of firms", cc(30, 30), "percent", false}, {"2025-01-01", "35% of firms", cc(35, 35), "percent", false}},
			cdate:  "2025-02-01", ctext: "The share rose by 10 percentage points.", phrase: "rose by 10 percentage points", iv: cc(10, 10), unit: "pp", kind: quantity.Change, dir: 1,
			want: []string{`"rose by 10 percentage points" vs "30% of firms" (2023-01-01, l0.txt:1) → "35% of firms" (2025-01-01, l1.txt:1): these imply at most +5 percentage points (35 − 30), less than the 10 percentage points stated`}},
		{name: "percent change is not checked against percent levels",
			levels: []lv{{"2023-01-01", "30% of firms", cc(30, 30), "percent", false}, {"2025-01-01", "35% of firms", cc(35, 35), "percent", false}},
			cdate:  "2025-02-01", ctext: "The share rose by 50%.", phrase: "rose by 50%", iv: cc(50, 50), unit: "percent", kind: quantity.Change, dir: 1},
		{name: "a factor",
			levels: []lv{{"2020-01-01", "100 projects", cc(100, 100), "count", false}, {"2025-01-01", "150 projects", cc(150, 150), "count", false}},
			cdate:  "2025-02-01", ctext: "The number of projects has doubled.", phrase: "doubled", iv: cc(2, 2), unit: "count", kind: quantity.Multiple, dir: 1,
			want: []string{`"doubled" vs "100 projects" (2020-01-01, l0.txt:1) → "150 projects" (2025-01-01, l1.txt:1): these imply at most ×1.5 (150/100), less than the ×2 stated`}},
		{name: "an absolute change",
			levels: []lv{{"2023-01-01", "USD 10 billion", cc(10e9, 10e9), "USD", false}, {"2025-01-01", "USD 12 billion", cc(12e9, 12e9), "USD", false}},
			cdate:  "2025-02-01", ctext: "Investment rose by USD 8 billion.", phrase: "rose by USD 8 billion", iv: cc(8e9, 8e9), unit: "USD", kind: quantity.Change, dir: 1,
			want: []string{`"rose by USD 8 billion" vs "USD 10 billion" (2023-01-01, l0.txt:1) → "USD 12 billion" (2025-01-01, l1.txt:1): these imply at most +2,000,000,000 (12,000,000,000 − 10,000,000,000), less than the USD 8,000,000,000 stated`}},
		{name: "levels published after the change are not used",
			levels: []lv{{"2023-01-01", "100 firms", cc(100, 100), "count", false}, {"2026-01-01", "300 firms", cc(300, 300), "count", false}},
			cdate:  "2025-02-01", ctext: "The number of firms grew by 10%.", phrase: "grew by 10%", iv: cc(10, 10), unit: "percent", kind: quantity.Change, dir: 1},
		{name: "plans are not levels",
			levels: []lv{{"2023-01-01", "100 firms", cc(100, 100), "count", false}, {"2025-01-01", "300 firms", cc(300, 300), "count", true}},
			cdate:  "2025-02-01", ctext: "The number of firms grew by 10%.", phrase: "grew by 10%", iv: cc(10, 10), unit: "percent", kind: quantity.Change, dir: 1},
		{name: "the period stated in the sentence",
			levels: []lv{{"2023-01-01", "100 firms", cc(100, 100), "count", false}, {"2024-01-01", "200 firms", cc(200, 200), "count", false}, {"2025-01-01", "240 firms", cc(240, 240), "count", false}},
			cdate:  "2025-02-01", ctext: "The number of firms has grown by 20% since 2024.", phrase: "grown by 20%", iv: cc(20, 20), unit: "percent", kind: quantity.Change, dir: 1, year: 2024},
		{name: "without the period the whole span is used",
			levels: []lv{{"2023-01-01", "100 firms", cc(100, 100), "count", false}, {"2024-01-01", "200 firms", cc(200, 200), "count", false}, {"2025-01-01", "240 firms", cc(240, 240), "count", false}},
			cdate:  "2025-02-01", ctext: "The number of firms has grown by 20%.", phrase: "grown by 20%", iv: cc(20, 20), unit: "percent", kind: quantity.Change, dir: 1,
			want: []string{`"grown by 20%" vs "100 firms" (2023-01-01, l0.txt:1) → "240 firms" (2025-01-01, l2.txt:1): these imply at least +140% (240/100 − 1), more than the 20% stated`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*claims.Document
			var facts []*claims.Fact
			for i, l := range tt.levels {
				d := newDoc(t, "l"+string(rune('0'+i))+".txt", l.date, l.text+" are counted.\n")
				docs = append(docs, d)
				f := qty(t, d, l.text, "firm", l.iv, l.unit)
				f.Plan = l.plan
				facts = append(facts, f)
			}
			cd := newDoc(t, "c.txt", tt.cdate, tt.ctext+"\n")
			docs = append(docs, cd)
			facts = append(facts, chg(t, cd, tt.phrase, "firm", tt.iv, tt.unit, tt.kind, tt.dir))
			if tt.year != 0 {
				facts = append(facts, dateFact(t, cd, "2024", tt.year))
			}
			got := runOneRule(GrowthMismatch(), docs, facts...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
		})
	}
}
