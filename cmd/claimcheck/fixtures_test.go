package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the expected outputs under fixtures/expected/")

// TestFixturesGolden runs the main job on the bundled corpora and compares the
// output with the expected findings in fixtures/expected/ (refresh with -update).
func TestFixturesGolden(t *testing.T) {
	t.Chdir("../..") // paths in the output are relative to the repository root, as in README
	tests := []struct {
		name, corpus, format string
		code                 int
	}{
		{"seeds.table", "fixtures/seeds", "table", exitFindings},
		{"seeds.json", "fixtures/seeds", "json", exitFindings},
		{"clean.table", "fixtures/clean", "table", exitOK},
		{"news.json", "fixtures/news", "json", exitFindings},
		// The QA corpora, as Markdown tables: a change in what the rules find shows
		// in review as a changed row.
		{"wire.md", "fixtures/wire", "markdown", exitFindings},
		{"feature.md", "fixtures/feature", "markdown", exitFindings},
		{"blind.md", "fixtures/blind", "markdown", exitFindings},
		{"fresh.md", "fixtures/fresh", "markdown", exitFindings},
		{"fresh2.md", "fixtures/fresh2", "markdown", exitFindings},
		{"fresh3.md", "fixtures/fresh3", "markdown", exitFindings},
		{"fresh4.md", "fixtures/fresh4", "markdown", exitFindings},
		{"fresh5.md", "fixtures/fresh5", "markdown", exitFindings},
		{"fresh6.md", "fixtures/fresh6", "markdown", exitFindings},
		{"fresh7.md", "fixtures/fresh7", "markdown", exitFindings},
		{"fresh8.md", "fixtures/fresh8", "markdown", exitFindings},
		{"fresh9.md", "fixtures/fresh9", "markdown", exitFindings},
		{"fresh10.md", "fixtures/fresh10", "markdown", exitFindings},
		{"fresh11.md", "fixtures/fresh11", "markdown", exitFindings},
		{"fresh12.md", "fixtures/fresh12", "markdown", exitFindings},
		{"fresh13.md", "fixtures/fresh13", "markdown", exitFindings},
		{"fresh14.md", "fixtures/fresh14", "markdown", exitFindings},
		{"fresh15.md", "fixtures/fresh15", "markdown", exitFindings},
		{"fresh16.md", "fixtures/fresh16", "markdown", exitFindings},
		{"fresh17.md", "fixtures/fresh17", "markdown", exitFindings},
		{"fresh18.md", "fixtures/fresh18", "markdown", exitFindings},
		{"fresh19.md", "fixtures/fresh19", "markdown", exitFindings},
		{"fresh20.md", "fixtures/fresh20", "markdown", exitFindings},
		{"fresh21.md", "fixtures/fresh21", "markdown", exitFindings},
		{"fresh22.md", "fixtures/fresh22", "markdown", exitFindings},
		{"fresh23.md", "fixtures/fresh23", "markdown", exitFindings},
		{"fresh24.md", "fixtures/fresh24", "markdown", exitFindings},
		{"fresh25.md", "fixtures/fresh25", "markdown", exitFindings},
		{"fresh26.md", "fixtures/fresh26", "markdown", exitFindings},
		{"fresh27.md", "fixtures/fresh27", "markdown", exitFindings},
		{"fresh28.md", "fixtures/fresh28", "markdown", exitFindings},
		{"fresh29.md", "fixtures/fresh29", "markdown", exitFindings},
		{"fresh30.md", "fixtures/fresh30", "markdown", exitFindings},
		{"fresh31.md", "fixtures/fresh31", "markdown", exitFindings},
		{"fresh32.md", "fixtures/fresh32", "markdown", exitFindings},
		{"fresh33.md", "fixtures/fresh33", "markdown", exitFindings},
		{"fresh34.md", "fixtures/fresh34", "markdown", exitFindings},
		{"fresh35.md", "fixtures/fresh35", "markdown", exitFindings},
		{"fresh36.md", "fixtures/fresh36", "markdown", exitFindings},
		{"fresh37.md", "fixtures/fresh37", "markdown", exitFindings},
		{"fresh38.md", "fixtures/fresh38", "markdown", exitFindings},
		{"fresh39.md", "fixtures/fresh39", "markdown", exitFindings},
		{"fresh40.md", "fixtures/fresh40", "markdown", exitFindings},
		{"fresh41.md", "fixtures/fresh41", "markdown", exitFindings},
		{"fresh42.md", "fixtures/fresh42", "markdown", exitFindings},
		{"fresh43.md", "fixtures/fresh43", "markdown", exitFindings},
		{"fresh44.md", "fixtures/fresh44", "markdown", exitFindings},
		{"fresh45.md", "fixtures/fresh45", "markdown", exitFindings},
		{"fresh46.md", "fixtures/fresh46", "markdown", exitFindings},
		{"fresh47.md", "fixtures/fresh47", "markdown", exitFindings},
		{"fresh49.md", "fixtures/fresh49", "markdown", exitFindings},
		{"fresh50.md", "fixtures/fresh50", "markdown", exitFindings},
		{"fresh51.md", "fixtures/fresh51", "markdown", exitFindings},
		{"fresh52.md", "fixtures/fresh52", "markdown", exitFindings},
		{"fresh53.md", "fixtures/fresh53", "markdown", exitFindings},
		{"fresh55.md", "fixtures/fresh55", "markdown", exitFindings},
		{"fresh59.md", "fixtures/fresh59", "markdown", exitFindings},
		{"fresh61.md", "fixtures/fresh61", "markdown", exitFindings},
		{"fresh62.md", "fixtures/fresh62", "markdown", exitFindings},
		{"fresh63.md", "fixtures/fresh63", "markdown", exitFindings},
		{"fresh64.md", "fixtures/fresh64", "markdown", exitFindings},
		{"fresh65.md", "fixtures/fresh65", "markdown", exitFindings},
		{"fresh66.md", "fixtures/fresh66", "markdown", exitFindings},
		{"fresh67.md", "fixtures/fresh67", "markdown", exitFindings},
		{"fresh68.md", "fixtures/fresh68", "markdown", exitFindings},
		{"fresh69.md", "fixtures/fresh69", "markdown", exitFindings},
		{"fresh70.md", "fixtures/fresh70", "markdown", exitFindings},
		{"fresh71.md", "fixtures/fresh71", "markdown", exitFindings},
		{"fresh72.md", "fixtures/fresh72", "markdown", exitFindings},
		{"fresh73.md", "fixtures/fresh73", "markdown", exitFindings},
		{"fresh74.md", "fixtures/fresh74", "markdown", exitFindings},
		{"fresh75.md", "fixtures/fresh75", "markdown", exitFindings},
		{"fresh76.md", "fixtures/fresh76", "markdown", exitFindings},
		{"fresh78.md", "fixtures/fresh78", "markdown", exitFindings},
		{"fresh79.md", "fixtures/fresh79", "markdown", exitFindings},
		{"fresh83.md", "fixtures/fresh83", "markdown", exitFindings},
		{"fresh84.md", "fixtures/fresh84", "markdown", exitFindings},
		{"fresh85.md", "fixtures/fresh85", "markdown", exitFindings},
		{"fresh86.md", "fixtures/fresh86", "markdown", exitFindings},
		{"fresh87.md", "fixtures/fresh87", "markdown", exitFindings},
		{"fresh88.md", "fixtures/fresh88", "markdown", exitFindings},
		{"fresh89.md", "fixtures/fresh89", "markdown", exitFindings},
		{"fresh90.md", "fixtures/fresh90", "markdown", exitFindings},
		{"fresh91.md", "fixtures/fresh91", "markdown", exitFindings},
		{"fresh92.md", "fixtures/fresh92", "markdown", exitFindings},
		{"fresh93.md", "fixtures/fresh93", "markdown", exitFindings},
		{"fresh94.md", "fixtures/fresh94", "markdown", exitFindings},
		{"fresh95.md", "fixtures/fresh95", "markdown", exitFindings},
		{"fresh96.md", "fixtures/fresh96", "markdown", exitFindings},
		{"fresh97.md", "fixtures/fresh97", "markdown", exitFindings},
		{"fresh98.md", "fixtures/fresh98", "markdown", exitFindings},
		{"fresh99.md", "fixtures/fresh99", "markdown", exitFindings},
		{"fresh100.md", "fixtures/fresh100", "markdown", exitFindings},
		{"fresh101.md", "fixtures/fresh101", "markdown", exitFindings},
		{"fresh102.md", "fixtures/fresh102", "markdown", exitFindings},
		{"fresh103.md", "fixtures/fresh103", "markdown", exitFindings},
		{"fresh104.md", "fixtures/fresh104", "markdown", exitFindings},
		{"fresh105.md", "fixtures/fresh105", "markdown", exitFindings},
		{"fresh106.md", "fixtures/fresh106", "markdown", exitFindings},
		{"fresh107.md", "fixtures/fresh107", "markdown", exitFindings},
		{"fresh82.md", "fixtures/fresh82", "markdown", exitFindings},
		{"fresh81.md", "fixtures/fresh81", "markdown", exitFindings},
		{"fresh80.md", "fixtures/fresh80", "markdown", exitFindings},
		{"fresh77.md", "fixtures/fresh77", "markdown", exitFindings},
		{"fresh60.md", "fixtures/fresh60", "markdown", exitFindings},
		{"fresh58.md", "fixtures/fresh58", "markdown", exitFindings},
		{"fresh56.md", "fixtures/fresh56", "markdown", exitFindings},
		{"fresh57.md", "fixtures/fresh57", "markdown", exitFindings},
		{"fresh54.md", "fixtures/fresh54", "markdown", exitFindings},
		{"fresh48.md", "fixtures/fresh48", "markdown", exitFindings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			io := &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Getenv: func(string) string { return "" }}
			code := run([]string{"check", "--format", tt.format, tt.corpus}, io)
			require.Equal(t, tt.code, code, "stderr: %s", errOut.String())
			golden := filepath.Join("fixtures", "expected", tt.name)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./cmd/claimcheck -run TestFixturesGolden -update")
			assert.Equal(t, string(want), out.String())
		})
	}
}
