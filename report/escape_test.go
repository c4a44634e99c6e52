package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/rules"
)

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ name, in, data, prop string }{
		{"plain", "abc", "abc", "abc"},
		{"percent first", "100%\n", "100%25%0A", "100%25%0A"},
		{"crlf", "a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"separators", "a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"already escaped stays literal", "%0A", "%250A", "%250A"},
		{"invalid utf8", "a\xffb", "a\uFFFDb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.data, ghData(tt.in))
			assert.Equal(t, tt.prop, ghProperty(tt.in))
		})
	}
}

func TestGitHubOneCommandPerFinding(t *testing.T) {
	res := Result{Findings: []rules.Finding{{Rule: "r", Severity: rules.Info, Message: "line1\nline2",
		Claims: []rules.Claim{claimAt("we,ird:name.txt", 3, 1, 5, "x", ""), claimAt("b.txt", 4, 1, 2, "y\nz", "")}}}}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, "github", res, Options{}))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, 1)
	assert.Equal(t, "::notice file=we%2Cird%3Aname.txt,line=3,col=1,endLine=3,endColumn=5,title=r::line1%0Aline2%0Asee b.txt:4: “y z”", lines[0])
}

func TestMarkdownCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a | b", `a \| b`},
		{`back\slash`, `back\\slash`},
		{"two\nlines", "two<br>lines"},
		{"crlf\r\nend", "crlf<br>end"},
		{"<script>&", "&lt;script&gt;&amp;"},
		{"tab\there", "tab here"},
		{"bell\x07", "bell\uFFFD"},
		{"Hải Phòng", "Hải Phòng"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, mdCell(tt.in))
		})
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  a \n\t b  ", "a b"},
		{"esc\x1b[31mred", "esc\uFFFD[31mred"},
		{"bad\xff", "bad\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, oneLine(tt.in))
		})
	}
}

// FuzzWrite renders arbitrary findings in every format: no panic, machine
// formats parse back, human formats stay valid UTF-8, and output is deterministic.
func FuzzWrite(f *testing.F) {
	f.Add("numeric-conflict", "a|b\n\"c\"", "corpus/a.txt", "more than 40", "b.txt", "nearly 30", 3, 5, "")
	f.Add("", "", "", "", "", "", 0, 0, "why")
	f.Add("r", "\xff%\r\n", "/abs:x,y.txt", "\x1b[0m", "\\", "<b>", -1, 1<<30, "reason")
	sch := compileSARIFSchema(f)
	f.Fuzz(func(t *testing.T, rule, msg, file1, text1, file2, text2 string, line, col int, suppressed string) {
		res := Result{Sources: 2, Facts: 3, Findings: []rules.Finding{{
			Rule: rule, Severity: rules.Severity(line%4 + 1), Message: msg, Suppressed: suppressed,
			Claims: []rules.Claim{claimAt(file1, line, col, col+3, text1, ""), claimAt(file2, col, line, 1, text2, "2026-01-01")},
		}}}
		for _, format := range Formats() {
			var a, b bytes.Buffer
			if err := Write(&a, format, res, Options{Color: line%2 == 0}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			require.NoError(t, Write(&b, format, res, Options{Color: line%2 == 0}))
			if a.String() != b.String() {
				t.Fatalf("%s: output not deterministic", format)
			}
			switch format {
			case "json":
				var v map[string]any
				require.NoError(t, json.Unmarshal(a.Bytes(), &v))
			case "sarif":
				validateSARIF(t, sch, a.Bytes())
			case "csv":
				recs, err := csv.NewReader(&a).ReadAll()
				require.NoError(t, err)
				require.Len(t, recs, 2)
			default:
				if !utf8.Valid(a.Bytes()) {
					t.Fatalf("%s: invalid UTF-8 output", format)
				}
			}
		}
	})
}
