package config

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/internal/suggest"
)

// Error is one problem in a config file, located by its key path and line.
type Error struct {
	File string // as given to Load; "" for a config built in code
	Line int    // 1-based; 0 when unknown
	Key  string // dotted key path, "" for the top level
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("config")
	if e.File != "" {
		b.WriteString(" ")
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// errorList collects errors so a user fixes a file in one go, not one
// complaint per run.
type errorList struct {
	file string
	errs []*Error
}

func (l *errorList) add(line int, key, format string, args ...any) {
	l.errs = append(l.errs, &Error{File: l.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// err returns the collected errors in file order, joined; nil when none.
func (l *errorList) err() error {
	if len(l.errs) == 0 {
		return nil
	}
	sort.SliceStable(l.errs, func(i, j int) bool { return l.errs[i].Line < l.errs[j].Line })
	errs := make([]error, len(l.errs))
	for i, e := range l.errs {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// didYouMean returns ` (did you mean "x"?)` for the candidate closest to s, or "".
func didYouMean(s string, candidates []string) string {
	best, ok := suggest.Closest(s, candidates)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
