// Package source loads articles from paths into claims.Documents: plain text,
// Markdown and HTML, with their metadata, boilerplate ranges and inline
// suppressions.
package source

import (
	"io"

	"github.com/claimcheck/claimcheck/claims"
)

// Options control loading.
type Options struct {
	Stdin io.Reader // read for the path "-"
	// ExtraBoilerplate are more markers that start a trailing non-article block.
	ExtraBoilerplate []string
	// Include and Exclude are glob patterns on paths found while walking directories.
	Include, Exclude []string
}

// Load reads every path (files, directories walked recursively, "-" for stdin) and
// returns the documents in a stable order. Errors name the file and the reason; a bad
// file does not stop the others from loading.
func Load(paths []string, opt Options) ([]*claims.Document, []error) {
	return nil, nil
}
