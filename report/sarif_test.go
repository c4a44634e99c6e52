package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/baseline"
	"github.com/claimcheck/claimcheck/rules"
)

// sarifSchemaFile is the official OASIS SARIF 2.1.0 schema, copied verbatim.
const sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"

func compileSARIFSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)
	return sch
}

func validateSARIF(t testing.TB, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	require.NoError(t, err)
	require.NoError(t, sch.Validate(inst))
}

func TestSARIFSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	odd := sample()
	odd.Findings = append(odd.Findings,
		rules.Finding{Rule: "not-in-rules", Severity: rules.Warning, Message: "",
			Claims: []rules.Claim{claimAt("/abs/dir/x y.txt", 0, 0, 0, "", "")}},
		rules.Finding{Rule: "count-mismatch", Severity: rules.Error, Message: "no claims"},
		rules.Finding{Rule: "count-mismatch", Severity: rules.Error, Message: "inverted span",
			Claims: []rules.Claim{claimAt(`dir\win.txt`, 5, 9, 3, "x", "")}},
	)
	tests := []struct {
		name string
		res  Result
	}{
		{"sample", sample()},
		{"empty", Result{}},
		{"odd positions and unknown rule", odd},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Write(&buf, "sarif", tt.res, Options{}))
			validateSARIF(t, sch, buf.Bytes())
		})
	}
	t.Run("schema rejects a broken log", func(t *testing.T) {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`)))
		require.NoError(t, err)
		assert.Error(t, sch.Validate(inst), "driver.name is required")
	})
}

func TestSARIFContent(t *testing.T) {
	res := sample()
	res.Findings = append(res.Findings, rules.Finding{Rule: "not-in-rules", Severity: rules.Info, Message: "m",
		Claims: []rules.Claim{claimAt("/abs/root/sub/z.txt", 1, 1, 2, "z", "")}})
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, "sarif", res, Options{Root: "/abs/root"}))
	var log sarifLog
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "claimcheck", run.Tool.Driver.Name)
	assert.Equal(t, "dev", run.Tool.Driver.Version)
	require.Len(t, run.Tool.Driver.Rules, 5, "four rules plus one only seen in findings")
	assert.Equal(t, "NumericConflict", run.Tool.Driver.Rules[0].Name)
	assert.Equal(t, "Two sources give figures for one measure whose hedged intervals do not overlap.", run.Tool.Driver.Rules[0].FullDescription.Text)
	assert.Equal(t, "note", run.Tool.Driver.Rules[2].DefaultConfiguration.Level)

	require.Len(t, run.Results, len(res.Findings))
	for i, r := range run.Results {
		f := res.Findings[i]
		assert.Equal(t, f.Rule, run.Tool.Driver.Rules[r.RuleIndex].ID, "ruleIndex points at the rule")
		assert.Equal(t, baseline.Fingerprint(f), r.PartialFingerprints[fingerprintKey])
		assert.Len(t, r.RelatedLocations, len(f.Claims)-1)
	}
	rank := run.Results[2]
	assert.Equal(t, "note", rank.Level)
	assert.Equal(t, "corpus/other%20ports.txt", rank.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI)
	assert.Equal(t, "the third-largest port, Hải Phòng", rank.RelatedLocations[0].Message.Text)
	quote := run.Results[3]
	require.Len(t, quote.Suppressions, 1)
	assert.Equal(t, sarifSuppression{Kind: "inSource", Justification: "reworded in translation, checked by the desk"}, quote.Suppressions[0])
	abs := run.Results[4].Locations[0].PhysicalLocation.ArtifactLocation
	assert.Equal(t, sarifArtifact{URI: "sub/z.txt", URIBaseID: "%SRCROOT%"}, abs, "absolute paths under Root become relative")
}

func TestSARIFArtifactLocation(t *testing.T) {
	tests := []struct{ file, root, uri, base string }{
		{"a.txt", "", "a.txt", "%SRCROOT%"},
		{"./corpus/../corpus/a.txt", "", "corpus/a.txt", "%SRCROOT%"},
		{"dir with space/ä.txt", "", "dir%20with%20space/%C3%A4.txt", "%SRCROOT%"},
		{"c:odd.txt", "", "./c:odd.txt", "%SRCROOT%"},
		{"/elsewhere/a.txt", "/root", "file:///elsewhere/a.txt", ""},
		{"/root/a.txt", "/root", "a.txt", "%SRCROOT%"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := sarifArtifactLocation(filepath.FromSlash(tt.file), tt.root)
			assert.Equal(t, sarifArtifact{URI: tt.uri, URIBaseID: tt.base}, got)
		})
	}
}
