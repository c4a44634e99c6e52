package main

import (
	"fmt"
	"os"

	"github.com/claimcheck/claimcheck/baseline"
	"github.com/claimcheck/claimcheck/rules"
)

// readBaseline reads --baseline; no path means no baseline.
func readBaseline(path string) (*baseline.Baseline, error) {
	if path == "" {
		return nil, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	defer fh.Close()
	b, err := baseline.Read(fh)
	if err != nil {
		return nil, fmt.Errorf("--baseline %s: %w", path, err)
	}
	return b, nil
}

// writeBaseline writes the findings (all but the suppressed) as the baseline
// at path, replacing what was there.
func writeBaseline(path string, findings []rules.Finding) (err error) {
	fh, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--write-baseline: %w", err)
	}
	defer func() {
		if cerr := fh.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("--write-baseline %s: %w", path, cerr)
		}
	}()
	if err := baseline.Write(fh, findings); err != nil {
		return fmt.Errorf("--write-baseline %s: %w", path, err)
	}
	return nil
}
