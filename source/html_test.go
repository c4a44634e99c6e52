package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLPositions(t *testing.T) {
	doc := readDoc(t, "testdata/html/article.html", Options{})
	require.NotNil(t, doc.Pieces)
	tests := []struct {
		sub       string // a fact-like substring of Text
		line, col int    // where it starts in the HTML file
		rawText   string // what Raw holds there
	}{
		{"about 25 million", 16, 9, "about 25 million"},
		{"Airport expansion opens", 14, 7, "Airport expansion opens"},
		{"15 million", 16, 64, "15&nbsp;million"},
		{"Café owners", 26, 6, "Caf&eacute; owners"},
		{"by 2025", 26, 56, "by&nbsp;2025"},
		{"The airport employs 9,000 people", 26, 73, "The airport employs 9,000 people"},
		{"Parking for 4,000 cars", 24, 11, "Parking for 4,000 cars"},
	}
	for _, tt := range tests {
		t.Run(tt.sub, func(t *testing.T) {
			i := strings.Index(doc.Text, tt.sub)
			require.GreaterOrEqual(t, i, 0)
			raw := doc.RawOffset(i)
			assert.True(t, strings.HasPrefix(doc.Raw[raw:], tt.rawText), "raw at %d: %q", raw, doc.Raw[raw:min(len(doc.Raw), raw+30)])
			pos := doc.Position(claimsSpan(i, i+len(tt.sub)))
			assert.Equal(t, tt.line, pos.Line)
			assert.Equal(t, tt.col, pos.Column)
			assert.Equal(t, tt.line, pos.EndLine)
			assert.Equal(t, tt.col+len([]rune(tt.rawText)), pos.EndColumn, "the span ends where the raw text ends")
		})
	}
}

func TestHTMLText(t *testing.T) {
	doc := readDoc(t, "testdata/html/article.html", Options{})
	for _, want := range []string{
		"The new terminal can serve about 25 million passengers a year – up from 15 million.",
		"\n1. Faster security checks\n2. More gates\n3. A rail link\n",
		"\n- Parking for 4,000 cars\n",
		"by 2025.\nThe airport employs",
	} {
		assert.Contains(t, doc.Text, want)
	}
	for _, gone := range []string{"color: red", "500 flights", "Home", "News 24", "Site banner", "Most read", "Copyright", "claimcheck"} {
		assert.NotContains(t, doc.Text, gone, "dropped element or comment")
	}
	assert.Equal(t, day(2024, 9, 18), doc.Meta.Published)
	assert.Equal(t, "html-meta", doc.Meta.DateFrom)
	assert.Equal(t, "Airport expansion & new terminal", doc.Meta.Title)
	assert.Equal(t, "Aviation Daily", doc.Meta.Outlet)
	i := strings.Index(doc.Text, "The new terminal hall")
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "caption", reasonAt(doc, i))
	assert.False(t, doc.Skipped(i-1), "the caption skip starts at its text")
}

func TestHTMLReduce(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"entities", "<p>A &amp; B &lt;3&gt; &#8220;x&#x201D; &copy</p>", "A & B <3> “x” ©"},
		{"lone ampersand", "<p>R&D costs &unknown; rose</p>", "R&D costs &unknown; rose"},
		{"nested drop", "<p>a</p><nav><nav>x</nav>y</nav><p>b</p>", "a\n\nb"},
		{"unclosed drop", "<p>a</p><aside>x", "a"},
		{"table cells", "<table><tr><td>Hanoi</td><td>12%</td></tr><tr><td>Hue</td><td>8%</td></tr></table>", "Hanoi 12%\nHue 8%"},
		{"nested lists", "<ol><li>a<ul><li>x</li></ul></li><li>b</li></ol>", "1. a\n- x\n2. b"},
		{"pre text collapses", "<p>  many\n\n   spaces  </p>", "many spaces"},
		{"title in body ignored", "<title>T</title><p>x</p>", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := reduceHTML(tt.in)
			assert.Equal(t, tt.want, r.text.String())
			for _, p := range r.pieces {
				require.LessOrEqual(t, p.TextStart+p.Len, r.text.Len())
				require.LessOrEqual(t, p.RawStart, len(tt.in))
			}
		})
	}
}
