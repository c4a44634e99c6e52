package source

import (
	"bytes"
	"os"
	"testing"
)

func BenchmarkReadOneHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		b.Fatal(err)
	}
	big := bytes.Repeat(data, 200) // about 250 KB
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := ReadOne("/nonexistent-claimcheck/a.html", big, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadOneText(b *testing.B) {
	var big []byte
	for _, p := range []string{"testdata/boiler/captions.txt", "testdata/boiler/teaser.txt", "testdata/boiler/weather.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		big = append(big, data...)
	}
	big = bytes.Repeat(big, 100)
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := ReadOne("/nonexistent-claimcheck/a.txt", big, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadSeeds(b *testing.B) {
	if _, err := os.Stat(seedsDir); err != nil {
		b.Skip("no seed articles here")
	}
	for b.Loop() {
		if _, errs := Load([]string{seedsDir}, Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
