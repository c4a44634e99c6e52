package baseline

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

func claim(file string, line int, text string) rules.Claim {
	return rules.Claim{Position: claims.Position{File: file, Line: line, Column: 3, EndLine: line, EndColumn: 30}, Text: text}
}

func finding(rule string, cs ...rules.Claim) rules.Finding {
	return rules.Finding{Rule: rule, Severity: rules.Warning, Message: "m", Claims: cs}
}

var base = finding("numeric-conflict",
	claim("corpus/a.txt", 12, "more than 40 trade offices"),
	claim("corpus/b.txt", 7, `nearly 30 "trade offices"`))

func TestFingerprintStable(t *testing.T) {
	tests := []struct {
		name string
		f    rules.Finding
	}{
		{"lines moved", finding("numeric-conflict",
			claim("corpus/a.txt", 40, "more than 40 trade offices"),
			claim("corpus/b.txt", 2, `nearly 30 "trade offices"`))},
		{"other directory", finding("numeric-conflict",
			claim("other/dir/a.txt", 12, "more than 40 trade offices"),
			claim(`C:\work\b.txt`, 7, `nearly 30 "trade offices"`))},
		{"case and spacing", finding("numeric-conflict",
			claim("corpus/a.txt", 12, "More than  40\ntrade offices"),
			claim("corpus/b.txt", 7, ` nearly 30 "trade offices" `))},
		{"typographic quotes", finding("numeric-conflict",
			claim("corpus/a.txt", 12, "more than 40 trade offices"),
			claim("corpus/b.txt", 7, "nearly 30 “trade offices”"))},
		{"message changed", func() rules.Finding { f := base; f.Message = "new wording"; return f }()},
	}
	want := Fingerprint(base)
	require.Len(t, want, 32)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, want, Fingerprint(tt.f))
		})
	}
}

func TestFingerprintChanges(t *testing.T) {
	tests := []struct {
		name string
		f    rules.Finding
	}{
		{"claim text changed", finding("numeric-conflict",
			claim("corpus/a.txt", 12, "more than 50 trade offices"),
			claim("corpus/b.txt", 7, `nearly 30 "trade offices"`))},
		{"rule changed", finding("count-mismatch",
			claim("corpus/a.txt", 12, "more than 40 trade offices"),
			claim("corpus/b.txt", 7, `nearly 30 "trade offices"`))},
		{"file renamed", finding("numeric-conflict",
			claim("corpus/c.txt", 12, "more than 40 trade offices"),
			claim("corpus/b.txt", 7, `nearly 30 "trade offices"`))},
		{"primary swapped", finding("numeric-conflict",
			claim("corpus/b.txt", 7, `nearly 30 "trade offices"`),
			claim("corpus/a.txt", 12, "more than 40 trade offices"))},
		{"claim dropped", finding("numeric-conflict",
			claim("corpus/a.txt", 12, "more than 40 trade offices"))},
		{"text split differently", finding("numeric-conflict",
			claim("corpus/a.txt", 12, "more than 40 trade"),
			claim("corpus/b.txt", 7, `offices nearly 30 "trade offices"`))},
	}
	want := Fingerprint(base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotEqual(t, want, Fingerprint(tt.f))
		})
	}
}

func TestFingerprintOtherClaimsUnordered(t *testing.T) {
	a := finding("list-mismatch", claim("x.txt", 1, "p"), claim("y.txt", 2, "q"), claim("z.txt", 3, "r"))
	b := finding("list-mismatch", claim("x.txt", 1, "p"), claim("z.txt", 9, "r"), claim("y.txt", 8, "q"))
	assert.Equal(t, Fingerprint(a), Fingerprint(b))
}

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  \t\n ", ""},
		{"A  B\r\nC", "a b c"},
		{"“Quoted” ‘words’", `"quoted" 'words'`},
		{"2010–2020 — dash", "2010-2020 - dash"},
		{"Cafe\u0301", "café"},
		{"bad \xff byte", "bad \ufffd byte"},
		{"non\u00a0breaking", "non breaking"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, NormalizeText(tt.in))
		})
	}
}

func TestRoundTripAndFilter(t *testing.T) {
	other := finding("rank-conflict", claim("a.txt", 3, "second largest"), claim("b.txt", 4, "third largest"))
	quiet := finding("quote-mismatch", claim("a.txt", 5, "we will"))
	quiet.Suppressed = "checked with the desk"

	var buf bytes.Buffer
	require.NoError(t, Write(&buf, []rules.Finding{other, base, quiet}))
	assert.Contains(t, buf.String(), `"version": 1`)
	b, err := Read(&buf)
	require.NoError(t, err)
	require.Equal(t, 2, b.Len(), "suppressed findings stay out of the baseline")
	assert.Equal(t, "numeric-conflict", b.Entries[0].Rule, "entries are sorted by rule")

	moved := finding("numeric-conflict",
		claim("corpus/a.txt", 99, "more than 40 trade offices"),
		claim("corpus/b.txt", 98, `nearly 30 "trade offices"`))
	changed := finding("numeric-conflict",
		claim("corpus/a.txt", 12, "more than 45 trade offices"),
		claim("corpus/b.txt", 7, `nearly 30 "trade offices"`))
	got := b.Filter([]rules.Finding{moved, changed, other, other, quiet})
	require.Len(t, got, 3)
	assert.Equal(t, changed.Claims[0].Text, got[0].Claims[0].Text)
	assert.Equal(t, "rank-conflict", got[1].Rule, "a second identical finding is new")
	assert.Equal(t, quiet.Suppressed, got[2].Suppressed)

	var nilBase *Baseline
	assert.Len(t, nilBase.Filter([]rules.Finding{base}), 1)
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "read baseline: EOF"},
		{"not json", "{", "read baseline: unexpected EOF"},
		{"wrong version", `{"version": 2, "entries": []}`, "version 2 is not supported"},
		{"unknown field", `{"version": 1, "entires": []}`, `unknown field "entires"`},
		{"missing fingerprint", `{"version": 1, "entries": [{"rule": "x"}]}`, "entry 1 has no fingerprint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func FuzzFingerprint(f *testing.F) {
	f.Add("numeric-conflict", "a.txt", "More than 40", "b.txt", "nearly 30")
	f.Add("", "", "", "", "\xff\xfe")
	f.Fuzz(func(t *testing.T, rule, f1, t1, f2, t2 string) {
		fd := finding(rule, claim(f1, 1, t1), claim(f2, 2, t2))
		fp := Fingerprint(fd)
		if len(fp) != 32 || fp != Fingerprint(fd) {
			t.Fatalf("fingerprint %q not stable 32 hex digits", fp)
		}
		n := NormalizeText(t1)
		if n != NormalizeText(n) {
			t.Fatalf("NormalizeText not idempotent on %q: %q", t1, n)
		}
	})
}
