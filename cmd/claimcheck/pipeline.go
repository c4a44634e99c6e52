package main

import (
	"path/filepath"
	"runtime"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/source"
)

// corpus is what loading and extraction produced for a set of paths.
type corpus struct {
	Docs   []*claims.Document
	Facts  [][]*claims.Fact // per document, in document order
	Errors []error
}

// all returns every fact of the corpus in document order.
func (c *corpus) all() []*claims.Fact {
	var out []*claims.Fact
	for _, fs := range c.Facts {
		out = append(out, fs...)
	}
	return out
}

// loadCorpus loads the paths and extracts the facts of every document, one
// document per worker.
func loadCorpus(paths []string, opt source.Options) *corpus {
	return loadCorpusProgress(paths, opt, noProgress{})
}

// loadCorpusProgress is loadCorpus reporting a step per extracted document.
func loadCorpusProgress(paths []string, opt source.Options, pr progress) *corpus {
	docs, errs := source.Load(paths, opt)
	c := &corpus{Docs: docs, Facts: make([][]*claims.Fact, len(docs)), Errors: errs}
	pr.Start(len(docs))
	defer pr.Finish()
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				c.Facts[i] = claims.Extract(docs[i])
				pr.Step()
			}
		}()
	}
	for i := range docs {
		work <- i
	}
	close(work)
	wg.Wait()
	return c
}

// drop removes the documents that are the same files as docs, or have the same
// content (a draft piped on stdin that also lies in its sources folder), so no
// claim is compared with itself.
func (c *corpus) drop(docs []*claims.Document) {
	same, text := map[string]bool{}, map[string]bool{}
	for _, d := range docs {
		same[fileID(d.Path)] = true
		text[d.Raw] = true
	}
	keepDocs, keepFacts := c.Docs[:0], c.Facts[:0]
	for i, d := range c.Docs {
		if !same[fileID(d.Path)] && !text[d.Raw] {
			keepDocs, keepFacts = append(keepDocs, d), append(keepFacts, c.Facts[i])
		}
	}
	c.Docs, c.Facts = keepDocs, keepFacts
}

// fileID names a file by its absolute path; stdin ("-") is its own name.
func fileID(path string) string {
	if path == "-" {
		return path
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
