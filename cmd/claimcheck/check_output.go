package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/mattn/go-isatty"
)

// output is one report to write: a format and its file ("" for stdout).
type output struct {
	Format string
	File   string
}

// parseOutputs reads the --format values ("table", "sarif=out.sarif") and
// --output. Each format may name its own file; the formats without one go to
// --output or stdout, and at most one may, since two reports in one stream
// cannot be told apart.
func parseOutputs(formats []string, outFile string) ([]output, error) {
	if len(formats) == 0 {
		formats = []string{"table"}
	}
	var outs []output
	toDefault := 0
	seenFile := map[string]bool{}
	for _, spec := range formats {
		name, file, hasFile := strings.Cut(spec, "=")
		f, err := report.ParseFormat(name)
		if err != nil {
			return nil, fmt.Errorf("--format: %w", err)
		}
		if hasFile && strings.TrimSpace(file) == "" {
			return nil, fmt.Errorf("--format %s: empty file name after '='", spec)
		}
		if !hasFile {
			file = outFile
			toDefault++
		}
		if file != "" {
			if seenFile[file] {
				return nil, fmt.Errorf("--format: two reports would write to %s", file)
			}
			seenFile[file] = true
		}
		outs = append(outs, output{Format: f, File: file})
	}
	if toDefault > 1 {
		where := "stdout"
		if outFile != "" {
			where = outFile
		}
		return nil, fmt.Errorf("--format: %d formats would write to %s: give each its own file, as in --format sarif=claimcheck.sarif", toDefault, where)
	}
	return outs, nil
}

// reportOptions are the knobs of the report stage.
type reportOptions struct {
	Color          string // auto, always or never
	Quiet          bool
	ShowSuppressed bool
}

// writeReports renders the result once per output. Files are created only
// when everything before succeeded, so a failed run leaves no half report.
func writeReports(io *streams, outs []output, res report.Result, ro reportOptions) error {
	for _, o := range outs {
		if err := writeOne(io, o, res, ro); err != nil {
			return err
		}
		if o.File != "" && !ro.Quiet {
			fmt.Fprintf(io.ErrOut, "claimcheck: wrote %s report to %s\n", o.Format, o.File)
		}
	}
	return nil
}

func writeOne(io *streams, o output, res report.Result, ro reportOptions) (err error) {
	var w = io.Out
	if o.File != "" {
		fh, err := os.Create(o.File)
		if err != nil {
			return fmt.Errorf("--format %s: %w", o.Format, err)
		}
		defer func() {
			if cerr := fh.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("write %s: %w", o.File, cerr)
			}
		}()
		w = fh
	}
	res.Findings = visible(o.Format, res.Findings, ro.ShowSuppressed)
	opt := report.Options{Color: useColor(ro.Color, w, io.getenv), Version: version}
	if ro.Quiet && o.Format == "table" {
		// The table ends with its summary sentence; --quiet keeps only the rows.
		var buf bytes.Buffer
		if err := report.Write(&buf, o.Format, res, opt); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		_, err := w.Write(dropLastLine(buf.Bytes()))
		return err
	}
	if err := report.Write(w, o.Format, res, opt); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// visible returns the findings a format shows. JSON and SARIF keep suppressed
// findings, marked. The human formats hide them unless show is set: the table,
// Markdown and annotations then carry the reason in the message, CSV in its
// suppressed column.
func visible(format string, fs []rules.Finding, show bool) []rules.Finding {
	switch format {
	case "json", "sarif":
		return fs
	case "csv":
		if show {
			return fs
		}
		out := make([]rules.Finding, 0, len(fs))
		for _, f := range fs {
			if f.Suppressed == "" {
				out = append(out, f)
			}
		}
		return out
	}
	if show {
		return unsuppress(fs)
	}
	return fs
}

// unsuppress makes suppressed findings visible in the human formats, which
// otherwise hide them, by moving the reason into the message.
func unsuppress(fs []rules.Finding) []rules.Finding {
	out := make([]rules.Finding, len(fs))
	for i, f := range fs {
		if f.Suppressed != "" {
			f.Message = "[suppressed: " + f.Suppressed + "] " + f.Message
			f.Suppressed = ""
		}
		out[i] = f
	}
	return out
}

// dropLastLine removes the final line of b.
func dropLastLine(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		return b[:i+1]
	}
	return nil
}

// useColor decides colouring: never in pipes or files and never with NO_COLOR,
// unless --color=always; --color=never always wins.
func useColor(mode string, w io.Writer, getenv func(string) string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if getenv("NO_COLOR") != "" {
		return false
	}
	return isTerminal(w)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
