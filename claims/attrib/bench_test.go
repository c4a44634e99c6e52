package attrib

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchcpu"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// benchText is a paragraph with titles, quotes and attributions, repeated to
// article size.
var benchText = strings.Repeat("In his speech, Japanese Ambassador to Laos Sato Kenji said that trade rose. "+
	"“We believe the climate is good for firms,” said Ambassador Sato Kenji. "+
	"According to Deputy Minister of Foreign Affairs Ngo Le Van, ties are at their best, with a “golden period” ahead. "+
	"Governor of Kiso Prefecture, Mr. Okamura Shinji, shared 'bonds of friendship' with Hue. Okamura noted that 16,000 people live there.\n\n", 40)

func BenchmarkPeople(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		People(benchText)
	}
}

func BenchmarkQuotes(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Quotes(benchText)
	}
}

func BenchmarkAttributions(b *testing.B) {
	sentences := strings.SplitAfter(benchText, ". ")
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		for _, s := range sentences {
			Attributions(s)
		}
	}
}

// BenchmarkDoc is what a caller that reads a document once pays for its
// people, quotes and every sentence's attributions.
func BenchmarkDoc(b *testing.B) {
	sentences := strings.SplitAfter(benchText, ". ")
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		d := NewDoc(benchText)
		d.People()
		d.Quotes()
		off := 0
		for _, s := range sentences {
			d.Attributions(off, off+len(s))
			off += len(s)
		}
		d.Release()
	}
}

func BenchmarkQuotesWith(b *testing.B) {
	people := People(benchText)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		QuotesWith(benchText, people)
	}
}

func BenchmarkDocAttributions(b *testing.B) {
	sentences := strings.SplitAfter(benchText, ". ")
	d := NewDoc(benchText)
	d.People()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		off := 0
		for _, s := range sentences {
			d.Attributions(off, off+len(s))
			off += len(s)
		}
	}
}

func BenchmarkAttributionsWith(b *testing.B) {
	sentences := strings.SplitAfter(benchText, ". ")
	people := People(benchText)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		off := 0
		for _, s := range sentences {
			AttributionsWith(s, people, off)
			off += len(s)
		}
	}
}

// FixtureTexts lets the external benchmarks (package attrib_test) share the loader.
var FixtureTexts = fixtureTexts

// fixtureTexts returns the fixture articles and their total size.
func fixtureTexts(b *testing.B) ([]string, int64) {
	docs := fixturetext.Articles(b, "../..")
	var size int64
	for _, d := range docs {
		size += int64(len(d))
	}
	return docs, size
}

// BenchmarkScanner is the tokenising and flagging every Doc starts with.
func BenchmarkScanner(b *testing.B) {
	docs, size := fixtureTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	start := benchcpu.Now()
	for b.Loop() {
		for _, d := range docs {
			newScanner(d).release()
		}
	}
	benchcpu.Report(b, size, start)
}

// BenchmarkScannerPeople is the scan and the people of each fixture article.
func BenchmarkScannerPeople(b *testing.B) {
	docs, size := fixtureTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	start := benchcpu.Now()
	for b.Loop() {
		for _, d := range docs {
			s := newScanner(d)
			s.people()
			s.release()
		}
	}
	benchcpu.Report(b, size, start)
}
