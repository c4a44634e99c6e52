package claims

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"
)

// factDump names a file to write every fact of the benchmark corpus to. Speed
// work must not change what is extracted: dump before and after a change and
// compare the files (cmp).
var factDump = flag.String("factdump", "", "write every fact Extract finds in the generated benchmark corpus to this file, one JSON line each")

func TestFactDump(t *testing.T) {
	if *factDump == "" {
		t.Skip("no -factdump file given")
	}
	docs, err := benchCorpus()
	if err != nil {
		t.Fatal(err)
	}
	docs = docs[:len(docs)/4] // about 12 MB: enough variety, quick to compare
	f, err := os.Create(*factDump)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	published := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	for i, text := range docs {
		doc := &Document{Path: "bench.txt", Raw: text, Text: text, Meta: Meta{Published: published}}
		for _, fact := range Extract(doc) {
			out := *fact
			out.Doc = nil
			if err := enc.Encode(struct {
				Doc int
				Fact
			}{i, out}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
