package main

import (
	"fmt"
	"os"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/source"
	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	Paths  []string
	Format string
	FailOn string
	Output string
	Color  string
}

func newCheckCmd(io *streams) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Report where the articles contradict each other or themselves",
		Long: `Check reads articles (files, directories walked for .txt .md .markdown .html .htm,
or - for stdin), extracts their facts, runs every rule and prints the findings.
The exit code is 1 when a finding reaches --fail-on, 2 on a usage or input error.`,
		Example: "  claimcheck check fixtures/seeds\n  claimcheck check --format json --fail-on warning articles/",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runCheck(io, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: "+formatList())
	f.StringVar(&opts.FailOn, "fail-on", "error", "lowest severity that makes the exit code 1: error, warning, info or none")
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to this file instead of stdout")
	f.StringVar(&opts.Color, "color", "auto", "colour the table: auto, always or never (NO_COLOR is honoured)")
	return cmd
}

func formatList() string {
	s := ""
	for i, f := range report.Formats() {
		if i > 0 {
			s += ", "
		}
		s += f
	}
	return s
}

// failThreshold parses --fail-on; 0 means never fail on findings.
func failThreshold(s string) (rules.Severity, error) {
	if s == "none" {
		return 0, nil
	}
	sev, err := rules.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("--fail-on: %w", err)
	}
	return sev, nil
}

func runCheck(io *streams, opts *checkOptions) error {
	format, err := report.ParseFormat(opts.Format)
	if err != nil {
		return withCode(exitError, err)
	}
	threshold, err := failThreshold(opts.FailOn)
	if err != nil {
		return withCode(exitError, err)
	}
	c := loadCorpus(opts.Paths, source.Options{Stdin: io.In})
	for _, e := range c.Errors {
		fmt.Fprintln(io.ErrOut, "claimcheck:", e)
	}
	facts := c.all()
	ix := claims.NewIndex(c.Docs, facts)
	findings := rules.Run(ix, rules.All(), rules.Settings{})

	out := io.Out
	if opts.Output != "" {
		fh, err := os.Create(opts.Output)
		if err != nil {
			return withCode(exitError, fmt.Errorf("--output: %w", err))
		}
		defer fh.Close()
		out = fh
	}
	res := report.Result{Findings: findings, Rules: rules.All(), Sources: len(c.Docs), Facts: len(facts)}
	if err := report.Write(out, format, res, report.Options{Color: useColor(opts.Color, out)}); err != nil {
		return withCode(exitError, fmt.Errorf("write report: %w", err))
	}
	if len(c.Errors) > 0 {
		return withCode(exitError, nil)
	}
	if threshold > 0 {
		for _, f := range findings {
			if f.Severity >= threshold && f.Suppressed == "" {
				return withCode(exitFindings, nil)
			}
		}
	}
	return nil
}

// useColor decides colouring: never in pipes or files, never with NO_COLOR, unless --color=always.
func useColor(mode string, w any) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}
