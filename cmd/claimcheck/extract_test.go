package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractJSON(t *testing.T) {
	c := newCLI(t)
	path := c.write(t, "a.txt", "Published: 2026-03-10\n\n"+
		"The firms registered 31 new projects last year.\n\n"+
		"The province plans to build 12 schools.\n")
	r := c.run("extract", "--format", "json", path)
	require.Equal(t, exitOK, r.code, r.errOut)
	var out struct {
		Version int        `json:"version"`
		Facts   []factJSON `json:"facts"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.out), &out))
	assert.Equal(t, 1, out.Version)
	byText := map[string]factJSON{}
	for _, f := range out.Facts {
		byText[f.Text] = f
	}
	tests := []struct {
		text, kind, key, period string
		flow, plan              bool
		line                    int
	}{
		{text: "31", kind: "quantity", key: "project", period: "2025-01-01/2026-01-01", flow: true, line: 3},
		{text: "last year", kind: "date", line: 3},
		{text: "12", kind: "quantity", key: "school =build", plan: true, line: 5},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f, ok := byText[tt.text]
			require.True(t, ok, "no fact %q in %s", tt.text, r.out)
			assert.Equal(t, tt.kind, f.Kind)
			assert.Equal(t, tt.line, f.Line)
			assert.Equal(t, tt.key, f.Key)
			assert.Equal(t, tt.period, f.Period)
			assert.Equal(t, tt.flow, f.Flow)
			assert.Equal(t, tt.plan, f.Plan)
		})
	}
}

func TestExtractBadFormat(t *testing.T) {
	c := newCLI(t)
	path := c.write(t, "a.txt", "Published: 2026-03-10\n\nThe firms registered 31 projects.\n")
	r := c.run("extract", "--format", "yaml", path)
	assert.Equal(t, exitError, r.code)
	assert.Contains(t, r.errOut, `unknown format "yaml"`)
}
