package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mapPolicy is a Policy from two maps, as a config would give.
type mapPolicy struct {
	off map[string]bool
	sev map[string]Severity
}

func (p mapPolicy) Enabled(id string) bool { return !p.off[id] }
func (p mapPolicy) Severity(id string, def Severity) Severity {
	if s, ok := p.sev[id]; ok {
		return s
	}
	return def
}

func TestOverride(t *testing.T) {
	p := mapPolicy{off: map[string]bool{"quote-mismatch": true}, sev: map[string]Severity{"numeric-conflict": Error}}
	tests := []struct {
		name    string
		in      Finding
		keep    bool
		wantSev Severity
	}{
		{"severity raised", Finding{Rule: "numeric-conflict", Severity: Warning}, true, Error},
		{"default kept", Finding{Rule: "rank-conflict", Severity: Info}, true, Info},
		{"disabled dropped", Finding{Rule: "quote-mismatch", Severity: Warning}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Override(p)([]Finding{tt.in})
			if !tt.keep {
				assert.Empty(t, out)
				return
			}
			require.Len(t, out, 1)
			assert.Equal(t, tt.wantSev, out[0].Severity)
		})
	}
	t.Run("nil policy", func(t *testing.T) {
		out := Override(nil)([]Finding{{Rule: "x", Severity: Info}})
		assert.Len(t, out, 1)
	})
}

func TestEnabled(t *testing.T) {
	p := mapPolicy{off: map[string]bool{"quote-mismatch": true, "suppression": true}}
	got := Enabled(All(), p)
	assert.Len(t, got, len(All())-2)
	assert.Nil(t, ByIDIn(got, "quote-mismatch"))
	assert.NotNil(t, ByIDIn(got, "numeric-conflict"))
	assert.Len(t, Enabled(All(), nil), len(All()))
}

func TestCheckIDs(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		want string
	}{
		{"all known", []string{"numeric-conflict", "suppression"}, ""},
		{"typo", []string{"numeric-conflct"}, `unknown rule "numeric-conflct": did you mean numeric-conflict?`},
		{"far off", []string{"zzz"}, `unknown rule "zzz" (run claimcheck rules for the list)`},
		{"none", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckIDs(tt.ids, All())
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
