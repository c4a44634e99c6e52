package main

import (
	"io"

	"github.com/schollz/progressbar/v3"
)

// progressMin is the number of files below which a bar is noise: the run is
// over before anyone reads it.
const progressMin = 20

// progress reports extraction progress, one step per document.
type progress interface {
	Start(total int)
	Step()
	Finish()
}

// noProgress is the progress of pipes, CI and --quiet.
type noProgress struct{}

func (noProgress) Start(int) {}
func (noProgress) Step()     {}
func (noProgress) Finish()   {}

// barProgress draws a bar on stderr once the total is known to be large enough.
type barProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (p *barProgress) Start(total int) {
	if total <= progressMin {
		return
	}
	// progressbar writes to stdout unless told otherwise; the report owns stdout.
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("reading articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
}

func (p *barProgress) Step() {
	if p.bar != nil {
		_ = p.bar.Add(1) // a bar that cannot draw must not fail the check
	}
}

func (p *barProgress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// newProgress shows a bar only where a person watches: stderr is a terminal, CI
// is unset and --quiet is not given. The file count is checked in Start.
func newProgress(io *streams, quiet bool) progress {
	if quiet || io.getenv("CI") != "" || !isTerminal(io.ErrOut) {
		return noProgress{}
	}
	return &barProgress{w: io.ErrOut}
}
