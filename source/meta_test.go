package source

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestMetadataForms(t *testing.T) {
	tests := []struct {
		name, path, text string
		want             time.Time
		from             string
		outlet, title    string
		metaLines        int // lines 1..metaLines are a metadata skip
	}{
		{name: "front matter", path: "testdata/meta/front.md", want: day(2024, 3, 15), from: "front-matter",
			outlet: "Energy Weekly", title: "Solar farm doubles output", metaLines: 6},
		{name: "header lines", path: "testdata/meta/header.txt", want: day(2023, 11, 7), from: "header",
			outlet: "Harbour Times", title: "Port handles record cargo", metaLines: 3},
		{name: "header keys any case", path: "x.txt", text: "DATE: 2021-02-03\nurl: https://example.org/a\n\nBody of 3 words.\n",
			want: day(2021, 2, 3), from: "header", metaLines: 2},
		{name: "dateline weekday", path: "testdata/meta/dateline.txt", want: day(2023, 11, 7), from: "dateline"},
		{name: "dateline with time", path: "x.txt", text: "Title here\nNovember 07, 2023 | 10:26\n\nThe port grew 5%.\n", want: day(2023, 11, 7), from: "dateline"},
		{name: "dateline day first", path: "x.txt", text: "Title\n7 November 2023\nThe port grew 5%.\n", want: day(2023, 11, 7), from: "dateline"},
		{name: "dateline iso", path: "x.txt", text: "Title\n2023-11-07\nThe port grew 5%.\n", want: day(2023, 11, 7), from: "dateline"},
		{name: "dateline abbreviated", path: "x.txt", text: "HANOI, Nov. 7, 2023 (Wire) - The port grew 5% this year.\n", want: day(2023, 11, 7), from: "dateline"},
		{name: "dateline too deep", path: "x.txt", text: "a\nb\nc\nd\ne\nf\ng\nh\ni\nNovember 7, 2023\n"},
		{name: "no year is no dateline", path: "x.txt", text: "On November 2, the port grew 5%.\n"},
		// Not header blocks: the date line is only a dateline, and nothing is skipped.
		{name: "not a key first", path: "x.txt", text: "The plan: build 5 ports\nDate: 2020-01-01\n\nMore.\n", want: day(2020, 1, 1), from: "dateline"},
		{name: "unknown key first", path: "x.txt", text: "Note: build 5 ports\nDate: 2020-01-01\n\nMore.\n", want: day(2020, 1, 1), from: "dateline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc = readOrParse(t, tt.path, tt.text)
			assert.Equal(t, tt.want, doc.Meta.Published)
			assert.Equal(t, tt.from, doc.Meta.DateFrom)
			assert.Equal(t, tt.outlet, doc.Meta.Outlet)
			assert.Equal(t, tt.title, doc.Meta.Title)
			assert.Equal(t, doc.Raw, doc.Text, "text keeps metadata byte for byte")
			for n := 1; n <= tt.metaLines; n++ {
				assert.Equal(t, "skip", lineState(doc, n), "line %d", n)
			}
			if tt.metaLines == 0 {
				assert.Empty(t, doc.Skips)
			} else {
				assert.Equal(t, "metadata", doc.Skips[0].Reason)
				assert.NotEqual(t, "skip", lineState(doc, tt.metaLines+2))
			}
		})
	}
}

func readOrParse(t *testing.T, path, text string) *claims.Document {
	t.Helper()
	if text == "" {
		return readDoc(t, path, Options{})
	}
	doc, err := ReadOne(path, []byte(text), Options{})
	require.NoError(t, err)
	return doc
}

func TestManifestPrecedence(t *testing.T) {
	docs, errs := Load([]string{"testdata/manifest"}, Options{})
	require.Empty(t, errs)
	require.Len(t, docs, 2, "the manifest is not an article")
	byName := map[string]*claims.Document{}
	for _, d := range docs {
		byName[filepath.Base(d.Path)] = d
	}
	plain := byName["plain.txt"]
	require.NotNil(t, plain)
	assert.Equal(t, day(2025, 6, 2), plain.Meta.Published)
	assert.Equal(t, "manifest", plain.Meta.DateFrom)
	assert.Equal(t, "Manifest Outlet", plain.Meta.Outlet)
	assert.Equal(t, "Plain article", plain.Meta.Title)

	header := byName["header.txt"]
	require.NotNil(t, header)
	assert.Equal(t, day(2025, 5, 30), header.Meta.Published, "metadata in the file wins")
	assert.Equal(t, "header", header.Meta.DateFrom)
	assert.Equal(t, "Rail line opening", header.Meta.Title)
	assert.Equal(t, "Manifest Outlet", header.Meta.Outlet, "the manifest fills what the file lacks")
}

func TestBadMetadata(t *testing.T) {
	tests := []struct{ name, text, reason string }{
		{"bad date", "Published: someday\n\nThe port grew 5%.\n", "not a date"},
		{"bad yaml", "---\ntitle: [unclosed\n---\nThe port grew 5%.\n", "invalid front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadOne("bad.md", []byte(tt.text), Options{})
			require.Error(t, err)
			require.NotNil(t, doc, "the article still loads")
			assert.Contains(t, err.Error(), "load bad.md: ")
			assert.Contains(t, err.Error(), tt.reason)
			assert.True(t, doc.Meta.Published.IsZero())
		})
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2023-11-07", day(2023, 11, 7)},
		{"2024-09-18T08:30:00+07:00", day(2024, 9, 18)},
		{"\"2023-11-07\"", day(2023, 11, 7)},
		{"November 7, 2023", day(2023, 11, 7)},
		{"Nov. 7, 2023", day(2023, 11, 7)},
		{"7 November 2023", day(2023, 11, 7)},
		{"Tuesday, November 7, 2023", day(2023, 11, 7)},
		{"November 07, 2023 | 10:26", day(2023, 11, 7)},
		{"Sept. 30, 2024", day(2024, 9, 30)},
		{"2023-02-30", time.Time{}},
		{"2023-13-01", time.Time{}},
		{"11/07/2023", time.Time{}}, // ambiguous
		{"2023 11 07", time.Time{}},
		{"tomorrow", time.Time{}},
		{"November 7, 2023 or later", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _ := parseMetaDate(tt.in)
			assert.Equal(t, tt.want, got)
		})
	}
}
