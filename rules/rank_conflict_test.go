package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/rank"
)

// rankOf builds a rank fact for phrase of d.
func rankOf(t *testing.T, d *claims.Document, phrase, subject string, r int, atMost bool, owner, scope string, cats ...string) *claims.Fact {
	t.Helper()
	sp := spanOf(t, d, phrase)
	return &claims.Fact{Kind: claims.KindRank, Doc: d, Span: sp, Sentence: sentenceOf(d, sp),
		Rank: &rank.Rank{Start: sp.Start, End: sp.End, Rank: r, AtMost: atMost, Categories: cats,
			Subject: subject, SubjectStart: -1, SubjectEnd: -1, Owner: owner, Scope: scope}}
}

func TestRankConflict(t *testing.T) {
	type rk struct {
		doc, phrase, subject string
		rank                 int
		atMost               bool
		owner, scope         string
		cats                 []string
	}
	tests := []struct {
		name   string
		da, db string // publication dates
		ranks  []rk
		want   []string
		sev    Severity
	}{
		{name: "different rank in one category", ranks: []rk{
			{"a", "its top provider of ODA and partner in labour cooperation", "Japan", 1, false, "Vietnam", "", []string{"oda", "labor"}},
			{"b", "second in labor", "japan", 2, false, "", "", []string{"labor"}},
		}, want: []string{`Japan ranks 1 in labor ("its top provider of ODA and partner in labour cooperation", a.txt:1) but 2 ("second in labor", b.txt:1)`}, sev: Warning},
		{name: "several categories in one finding", ranks: []rk{
			{"a", "the fourth-largest trading and tourism partner", "Japan", 4, false, "", "", []string{"trade", "tourism"}},
			{"b", "third in trade and tourism", "Japan", 3, false, "", "", []string{"trade", "tourism"}},
		}, want: []string{`Japan ranks 4 in trade and tourism ("the fourth-largest trading and tourism partner", a.txt:1) but 3 ("third in trade and tourism", b.txt:1)`}},
		{name: "dated sources give a change", da: "2023-11-07", db: "2025-11-25", ranks: []rk{
			{"a", "second in labor", "Japan", 2, false, "", "", []string{"labor"}},
			{"b", "its top partner in labour cooperation", "Japan", 1, false, "", "", []string{"labor"}},
		}, want: []string{`Japan ranked 2 in labor on 2023-11-07 ("second in labor", a.txt:1) and 1 on 2025-11-25 ("its top partner in labour cooperation", b.txt:1)`}, sev: Info},
		{name: "top five holds rank three", ranks: []rk{
			{"a", "among the top five investors", "Japan", 5, true, "", "", []string{"investment"}},
			{"b", "the third-largest investor", "Japan", 3, false, "", "", []string{"investment"}},
		}},
		{name: "top five against rank seven", ranks: []rk{
			{"a", "among the top five investors", "Japan", 5, true, "", "", []string{"investment"}},
			{"b", "the seventh-largest investor", "Japan", 7, false, "", "", []string{"investment"}},
		}, want: []string{`Japan ranks top 5 in investment ("among the top five investors", a.txt:1) but 7 ("the seventh-largest investor", b.txt:1)`}},
		{name: "foreign investor and source of FDI are one ranking", ranks: []rk{
			{"a", "the third-largest foreign investor", "Japan", 3, false, "Indonesia", "", []string{"foreign investment"}},
			{"b", "the fourth-largest source of foreign direct investment", "Japan", 4, false, "Indonesia", "", []string{"investment"}},
		}, want: []string{`Japan ranks 3 in investment ("the third-largest foreign investor", a.txt:1) but 4 ("the fourth-largest source of foreign direct investment", b.txt:1)`}},
		{name: "the site and the plant of one story", ranks: []rk{
			{"a", "the second-largest battery cell plant", "the site", 2, false, "", "in Hungary", []string{"battery cell plant"}},
			{"b", "the third-largest battery cell factory", "the plant", 3, false, "", "in Hungary", []string{"battery cell plant"}},
		}, want: []string{`the site ranks 2 in battery cell plant ("the second-largest battery cell plant", a.txt:1) but 3 ("the third-largest battery cell factory", b.txt:1)`}},
		{name: "different categories", ranks: []rk{
			{"a", "first in ODA", "Japan", 1, false, "", "", []string{"oda"}},
			{"b", "second in labor", "Japan", 2, false, "", "", []string{"labor"}},
		}},
		{name: "different subjects", ranks: []rk{
			{"a", "the largest investor", "South Korea", 1, false, "", "", []string{"investment"}},
			{"b", "the third-largest investor", "Japan", 3, false, "", "", []string{"investment"}},
		}},
		{name: "different scopes", ranks: []rk{
			{"a", "first in Asia and Oceania", "Vietnam", 1, false, "", "in Asia and Oceania", []string{"expansion"}},
			{"b", "second in the world", "Vietnam", 2, false, "", "in the world", []string{"expansion"}},
		}},
		{name: "scope on one side only", ranks: []rk{
			{"a", "first in expansion plans", "Vietnam", 1, false, "", "", []string{"expansion"}},
			{"b", "second in the world", "Vietnam", 2, false, "", "in the world", []string{"expansion"}},
		}},
		{name: "different owners", ranks: []rk{
			{"a", "Vietnam's third-largest investor", "Japan", 3, false, "Vietnam", "", []string{"investment"}},
			{"b", "Laos's largest investor", "Japan", 1, false, "Laos", "", []string{"investment"}},
		}},
		{name: "same rank twice", ranks: []rk{
			{"a", "the third-largest investor", "Japan", 3, false, "", "", []string{"investment"}},
			{"b", "third in investment", "JAPAN", 3, false, "", "", []string{"investment"}},
		}},
		{name: "no subject", ranks: []rk{
			{"a", "the third-largest investor", "", 3, false, "", "", []string{"investment"}},
			{"b", "the largest investor", "", 1, false, "", "", []string{"investment"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := map[string]*claims.Document{}
			var facts []*claims.Fact
			for _, r := range tt.ranks {
				if docs[r.doc] == nil {
					date := tt.da
					if r.doc == "b" {
						date = tt.db
					}
					docs[r.doc] = newDoc(t, r.doc+".txt", date, "")
				}
				d := docs[r.doc]
				d.Text += r.phrase + ".\n"
				d.Raw = d.Text
			}
			for _, r := range tt.ranks {
				facts = append(facts, rankOf(t, docs[r.doc], r.phrase, r.subject, r.rank, r.atMost, r.owner, r.scope, r.cats...))
			}
			got := runOneRule(RankConflict(), []*claims.Document{docs["a"], docs["b"]}, facts...)
			assert.Equal(t, tt.want, nilIfEmpty(messages(got)))
			if tt.sev != 0 && len(got) > 0 {
				assert.Equal(t, tt.sev, got[0].Severity)
			}
		})
	}
}

// TestRankConflictPeriods pins how a ranking with a stated period meets one
// without: the undated one is its source's current ranking.
func TestRankConflictPeriods(t *testing.T) {
	type rk struct {
		doc, date, phrase, period string
		rank                      int
	}
	tests := []struct {
		name  string
		ranks []rk
		want  int
	}{
		{"last year's ranking against a current one months later", []rk{
			{"a", "2026-03-24", "ranked ninth last year", "2025-01-01/2026-01-01", 9},
			{"b", "2026-03-25", "is the seventh-largest", "", 7},
		}, 1},
		{"an old year's ranking is no current one", []rk{
			{"a", "2026-03-24", "ranked ninth in 2019", "2019-01-01/2020-01-01", 9},
			{"b", "2026-03-25", "is the seventh-largest", "", 7},
		}, 0},
		{"then and now in one source", []rk{
			{"a", "2026-03-24", "ranked ninth last year", "2025-01-01/2026-01-01", 9},
			{"a", "2026-03-24", "is now seventh", "", 7},
		}, 0},
		{"two stated periods differ", []rk{
			{"a", "2026-03-24", "ranked ninth in 2024", "2024-01-01/2025-01-01", 9},
			{"b", "2026-03-25", "ranked seventh in 2025", "2025-01-01/2026-01-01", 7},
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := map[string]*claims.Document{}
			var order []*claims.Document
			for _, r := range tt.ranks {
				if docs[r.doc] == nil {
					docs[r.doc] = newDoc(t, r.doc+".txt", r.date, "")
					order = append(order, docs[r.doc])
				}
				docs[r.doc].Text += "MAC " + r.phrase + ".\n"
				docs[r.doc].Raw = docs[r.doc].Text
			}
			var facts []*claims.Fact
			for _, r := range tt.ranks {
				f := rankOf(t, docs[r.doc], r.phrase, "MAC", r.rank, false, "", "ASEAN", "airport operator")
				f.Period = r.period
				facts = append(facts, f)
			}
			got := runOneRule(RankConflict(), order, facts...)
			assert.Len(t, got, tt.want, messages(got))
		})
	}
}

func TestScopeKey(t *testing.T) {
	same := [][2]string{
		{"in Latin America", "among Latin American airlines"},
		{"in Asia", "among Asian investors"},
		{"in Europe", "among European carmakers"},
		{"in ASEAN", "ASEAN"},
		{"in the United States", "in the United States"},
		{"in the European Union", "in the EU"},
		{"within the European Union", "in the EU"},
		{"among listed private bank", "among listed private lending"},
	}
	for _, c := range same {
		assert.Equal(t, scopeKey(c[0]), scopeKey(c[1]), c)
	}
	differ := [][2]string{
		{"in Asia", "in Europe"},
		{"in the United States", "in the United Kingdom"},
		{"among Asian investors", "in the world"},
		{"in Latin America", "in North America"},
	}
	for _, c := range differ {
		assert.NotEqual(t, scopeKey(c[0]), scopeKey(c[1]), c)
	}
}

func TestNameCore(t *testing.T) {
	for in, want := range map[string]string{
		"hon khoi international port": "hon khoi",
		"hon khoi":                    "hon khoi",
		"vietnam airlines":            "vietnam airlines",
		"the port":                    "the port",
		"port":                        "port",
		"mekong airports corporation": "mekong airports",
	} {
		assert.Equal(t, want, nameCore(in), in)
	}
}

func TestStoryCountryOwners(t *testing.T) {
	for _, o := range []string{"the country's", "the kingdom's", "the nation's", "the republic's"} {
		assert.Equal(t, "", ownerKey(o), o)
	}
	assert.Equal(t, "", scopeKey("in the kingdom"))
	assert.NotEqual(t, "", ownerKey("Saudi Arabia's"))
}

func TestFullerCategory(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"basmati export", "basmati rice export", true},
		{"carbon bicycle frame", "carbon fibre bicycle frame", true},
		{"wind turbine blade", "wind turbine blade", false}, // the same, not fuller
		{"wheat export", "wheat flour export", false},       // a product of wheat
		{"busiest airport", "busiest cargo airport", false}, // a superlative's field narrowed
		{"oil export", "sunflower oil export", false},       // a first word added: a narrower field
		{"bicycle frame", "carbon bicycle frame", false},    // likewise
		{"frame", "carbon frame", false},                    // one word: no first and last
		{"coffee export", "coffee export volume", false},    // the last word differs
	}
	for _, tt := range tests {
		if got := fullerCategory(tt.short, tt.long); got != tt.want {
			t.Errorf("fullerCategory(%q, %q) = %t, want %t", tt.short, tt.long, got, tt.want)
		}
	}
}
