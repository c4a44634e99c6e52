package source

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// MaxFileSize is the largest file Load reads; bigger files are reported, not read.
const MaxFileSize = 64 << 20

// Error is a path that could not be loaded and why. The other paths still load.
type Error struct {
	Path   string
	Reason string
	Err    error // the underlying error, if any
}

// Error formats as "load PATH: reason".
func (e *Error) Error() string {
	return "load " + e.Path + ": " + e.Reason
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// newError builds an *Error; a non-nil err is appended to the reason so the
// message stays complete.
func newError(path, reason string, err error) *Error {
	if err != nil {
		reason = reason + ": " + err.Error()
	}
	return &Error{Path: path, Reason: reason, Err: err}
}

// checkBytes rejects input that is not an article: too big, empty, binary or not
// UTF-8. The reason says what is wrong and, for bad UTF-8, where.
func checkBytes(path string, data []byte) *Error {
	switch {
	case len(data) > MaxFileSize:
		return newError(path, fmt.Sprintf("file too large (%d bytes, limit %d)", len(data), MaxFileSize), nil)
	case len(bytes.TrimSpace(data)) == 0:
		if len(data) == 0 {
			return newError(path, "empty file", nil)
		}
		return newError(path, "empty file (only white space)", nil)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return newError(path, "UTF-16 text is not supported; convert the file to UTF-8", nil)
	case bytes.IndexByte(data, 0) >= 0:
		return newError(path, "binary file (contains NUL bytes)", nil)
	case mostlyNonText(data):
		return newError(path, "binary file (mostly non-text bytes)", nil)
	}
	if !utf8.Valid(data) {
		l, c := firstInvalid(data)
		return newError(path, fmt.Sprintf("invalid UTF-8 at line %d, column %d", l, c), nil)
	}
	return nil
}

// mostlyNonText reports whether more than a quarter of the first 8 KiB are control
// bytes or invalid UTF-8: such a file is binary, not text in a legacy encoding.
func mostlyNonText(data []byte) bool {
	sample := data[:min(len(data), 8192)]
	bad, n := 0, 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			// A rune cut by the sample's end is not evidence of binary data.
			if len(sample) == len(data) || len(sample)-i >= utf8.UTFMax {
				bad++
			}
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f', r == 0x7F:
			bad++
		}
		n++
		i += size
	}
	return n > 0 && bad*4 > n
}

// firstInvalid returns the 1-based line and column (in code points) of the first
// byte that is not valid UTF-8.
func firstInvalid(data []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}
