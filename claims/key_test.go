package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalizeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cooperation agreements", "cooper agreement"},
		{"cooperative agreements", "cooper agreement"},
		{"local cooperation agreements", "local cooper agreement"},
		{"Vietnamese people living in Japan", "vietnames people in japan"},
		{"Vietnamese population residing in Japan", "vietnames people in japan"},
		{"Vietnamese residents", "vietnames people"},
		{"Japanese investments in Vietnam", "japanes investment in vietnam"},
		{"foreign direct investment", "foreign direct investment"},
		{"foreign investors", "foreign investment"},
		{"Two-way trade between the nations", "trade between nation"},
		{"the two countries' localities", "local"},
		{"Nguyễn's firms", "company"},
		{"the two countries", "countri"},
		{"Đà Nẵng residents", "da nang people"},
		{"labour exports", "labor export"},
		{"of expressways", "expressway"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, NormalizeKey(tt.in))
		})
	}
}

func TestKeysMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"cooperation agreements", "local cooperation agreements", true},
		{"cooperation agreements", "cooperative agreements", true},
		{"Vietnamese people living in Japan", "Vietnamese people", true},
		{"Vietnamese people living in Japan", "Vietnamese population residing in Japan", true},
		{"Vietnamese people living in Japan", "Vietnamese people living in Korea", false},
		{"Vietnamese people", "Vietnamese workers", false},
		{"cooperation agreements", "delegations", false},
		{"runners", "foreign runners", false},
		{"largest project in the package", "projects", false},
		{"final stage", "stage", false},
		{"final turnout", "turnout", true},
		{"module capacity GW", "modules GW", false},
		{"module capacity GW", "module capacity GW", true},
		{"largest projects", "largest projects in the package", true},
		{"attendance at final session", "attendance", false},
		{"attendance at opening day", "attendance at final day", false},
		{"attendance at final", "sellout attendance", true},
		{"runners", "runners for cramps", false},
		{"investment", "Japanese investment", false},
		{"Vietnamese people in Japan", "Vietnamese residents", true},
		{"Japanese investment in Vietnam", "Japanese investment", true},
		{"Japanese investment", "Korean investment", false},
		{"average attendance", "average home attendance", false},
		{"away games", "games", false},
		{"online sales", "sales", false},
		{"home games", "home games in May", true},
		{"damage to farms PHP", "farm damage PHP", true},
		{"coal abroad", "coal exports", true},
		{"exports of rice", "rice exports", true},
		{"customers", "customers without electricity", true},
		{"prize pool total MYR", "prize MYR", false},
		{"quarterly revenue MYR", "revenue MYR", true},
		{"average MYR", "average crude palm oil price MYR", true},
		{"customers without power", "customers without electricity", false},
		{"damage to farms", "damage", false},
		{"damage to farms", "road damage", false},
		{"exports to Japan", "rice exports", false},
		{"gross loans MYR", "loans in Malaysia MYR", false},
		{"total exports", "exports to Japan", false},
		{"loans MYR", "loans in Malaysia MYR", true},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			a, b := NormalizeKey(tt.a), NormalizeKey(tt.b)
			assert.Equal(t, tt.want, KeysMatch(a, b), "%q vs %q", a, b)
			assert.Equal(t, tt.want, KeysMatch(b, a), "symmetric")
		})
	}
}

func TestKeysMatchPredicates(t *testing.T) {
	assert.True(t, KeysMatch("people =miss", "people =miss"))
	assert.False(t, KeysMatch("people =miss", "people =evacu"))
	assert.False(t, KeysMatch("people =miss", "people"), "a predicate on one side only is another measure")
	assert.Equal(t, "people", Head("people =miss"))
	assert.Equal(t, "=miss", predicateOf("vietnames people in japan =miss"))
	assert.Equal(t, "", predicateOf("people"))
	assert.False(t, KeysMatch("car =oper", "car =leas"), "two different predicates")
	assert.True(t, KeysMatch("finish", "runner =finish"), "finishers are runners who finished")
	assert.True(t, KeysMatch("employe", "people =employ"), "employees are the people employed")
	assert.True(t, KeysMatch("headcount", "people =employ"), "a headcount counts the people employed")
	assert.True(t, KeysMatch("workforc", "employe"), "a workforce counts the employees")
	assert.False(t, KeysMatch("headcount", "people =hire"), "the people hired are not the headcount")
	assert.False(t, KeysMatch("employe", "vehicl =employ"), "only people are employees")
	assert.True(t, KeysMatch("vessel =call", "vessel call"), "vessels that called are the vessel calls")
	assert.True(t, KeysMatch("home =damag", "damag home"), "homes damaged are the damaged homes")
	assert.False(t, KeysMatch("home =damag", "destroy home"), "another participle")
	assert.True(t, KeysMatch("death =confirm", "people =dead"), "deaths confirmed are people confirmed dead")
	assert.False(t, KeysMatch("death", "people =injur"), "deaths are no injured people")
	assert.False(t, KeysMatch("vessel =call", "vessel"), "a predicate on one side only is another measure")
	assert.False(t, KeysMatch("finish", "runner =start"), "an agent of another predicate")
	assert.Equal(t, NormalizeKey("mm of rain"), NormalizeKey("mm of rainfall"), "rainfall is rain")
}

func TestHead(t *testing.T) {
	assert.Equal(t, "people", Head("vietnames people in japan"))
	assert.Equal(t, "agreement", Head("local cooper agreement"))
	assert.Equal(t, "custom", Head("custom without electr"))
	assert.Equal(t, "store", Head("store nationwid"), "an adverb of the whole after the noun heads nothing")
	assert.Equal(t, "nationwid", Head("nationwid"))
	assert.Equal(t, "", Head(""))
}

func FuzzNormalizeKey(f *testing.F) {
	f.Add("Vietnamese population residing in Japan")
	f.Add("Đà Nẵng’s residents of")
	f.Add("\xff in of")
	f.Fuzz(func(t *testing.T, s string) {
		k := NormalizeKey(s)
		if k != NormalizeKey(s) {
			t.Fatalf("not deterministic for %q", s)
		}
		if k != "" && !KeysMatch(k, k) {
			t.Fatalf("key %q does not match itself", k)
		}
		_ = Head(k)
	})
}

func TestWithMeasure(t *testing.T) {
	tests := []struct {
		key, from, to, want string
		ok                  bool
	}{
		{"quay slot", "quay slot", "contain berth", "contain berth", true},
		{"quay slot =oper", "quay slot", "contain berth", "contain berth =oper", true},
		{"quay slot usd", "quay slot", "contain berth", "contain berth usd", true},
		{"quay slot in japan", "quay slot", "contain berth", "quay slot in japan", false},
		{"old quay slot", "quay slot", "contain berth", "old quay slot", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			got, ok := WithMeasure(tt.key, tt.from, tt.to)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

func TestWithoutRole(t *testing.T) {
	tests := []struct{ in, want string }{
		{"striker mateus conceicao", "mateus conceicao"},
		{"head coach irena dvorak", "irena dvorak"},
		{"prime minister pham minh chinh", "pham minh chinh"},
		{"mateus conceicao", "mateus conceicao"},
		{"the prime minister", "the prime minister"}, // nothing but a role: kept whole
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, WithoutRole(tt.in))
		})
	}
}

func TestUnitClosedKeys(t *testing.T) {
	heads := map[string]string{
		"rain mm":                  "mm",
		"rain in dadu mm":          "mm",
		"rain in dadu mm =fell":    "mm",
		"capit in hai phong usd":   "usd",
		"people in japan percent":  "percent", // a share meets the shares of the head "percent"
		"turnout in round percent": "percent", // as "turnout percent" does
		"turnout percent":          "percent",
		"people in japan":          "people",
		"throughput at port tonne": "tonne",
	}
	for key, want := range heads {
		assert.Equal(t, want, Head(key), key)
	}
	matches := []struct {
		a, b string
		want bool
	}{
		{"rain mm", "rain in dadu mm", true},
		{"rain in dadu mm", "rain in nakuru mm", false},
		{"rain mm", "snow mm", false},
		{"capit usd", "capit in hai phong usd", true},
		{"turnout percent", "turnout in round percent", true},
	}
	for _, m := range matches {
		assert.Equal(t, m.want, KeysMatch(m.a, m.b), "%s / %s", m.a, m.b)
	}
}
