package main

import (
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
	docs, errs := source.Load(paths, opt)
	c := &corpus{Docs: docs, Facts: make([][]*claims.Fact, len(docs)), Errors: errs}
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				c.Facts[i] = claims.Extract(docs[i])
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
