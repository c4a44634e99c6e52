package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/claimcheck/claimcheck/rules"
)

// Version is the baseline file format version Write emits and Read accepts.
const Version = 1

// Baseline is the set of findings accepted as known.
type Baseline struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// Entry is one known finding. Rule and Message are there for people reading
// the file; only Fingerprint is matched.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Message     string `json:"message"`
}

// New builds a baseline of the findings that are not suppressed, sorted by
// rule and fingerprint so that regenerating it gives small diffs.
func New(findings []rules.Finding) *Baseline {
	b := &Baseline{Version: Version, Entries: []Entry{}}
	for _, f := range findings {
		if f.Suppressed != "" {
			continue
		}
		b.Entries = append(b.Entries, Entry{Fingerprint: Fingerprint(f), Rule: f.Rule, Message: f.Message})
	}
	sort.SliceStable(b.Entries, func(i, j int) bool {
		ei, ej := b.Entries[i], b.Entries[j]
		if ei.Rule != ej.Rule {
			return ei.Rule < ej.Rule
		}
		return ei.Fingerprint < ej.Fingerprint
	})
	return b
}

// Write writes the baseline of findings as indented JSON.
func Write(w io.Writer, findings []rules.Finding) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(New(findings)); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// Read parses a baseline written by Write.
func Read(r io.Reader) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("read baseline: version %d is not supported (want %d)", b.Version, Version)
	}
	for i, e := range b.Entries {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("read baseline: entry %d has no fingerprint", i+1)
		}
	}
	return &b, nil
}

// Filter returns the findings the baseline does not account for. Matching
// counts: a baseline holding a fingerprint once absorbs one finding with it,
// so a second, identical contradiction still shows up. Suppressed findings
// pass through untouched; later stages decide what to do with them.
func (b *Baseline) Filter(findings []rules.Finding) []rules.Finding {
	left := make(map[string]int)
	if b != nil {
		for _, e := range b.Entries {
			left[e.Fingerprint]++
		}
	}
	out := make([]rules.Finding, 0, len(findings))
	for _, f := range findings {
		if f.Suppressed == "" {
			fp := Fingerprint(f)
			if left[fp] > 0 {
				left[fp]--
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// Len reports how many findings the baseline holds.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.Entries)
}
