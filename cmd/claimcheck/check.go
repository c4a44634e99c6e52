package main

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/config"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/source"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	Paths          []string
	Formats        []string // "table", "sarif=out.sarif"
	FailOn         string
	FailOnSet      bool // --fail-on given: it beats the config's fail_on
	Output         string
	Color          string
	Config         string
	Quiet          bool
	ShowSuppressed bool
	Baseline       string
	WriteBaseline  string
	Against        bool
}

func newCheckCmd(io *streams) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Report where the articles contradict each other or themselves",
		Long: `Check reads articles (files, directories walked for .txt .md .markdown .html .htm,
or - for stdin), extracts their facts, runs every rule and prints the findings.

With --against, the first PATH is a draft and the others are its sources: only
findings that involve the draft are reported, the draft's claim first.

The configuration is --config, or the first ` + config.FileName + ` found from the
working directory up to the repository root.
The exit code is 1 when a finding reaches --fail-on, 2 on a usage, config or input error.`,
		Example: `  claimcheck check fixtures/seeds
  claimcheck check --format table --format sarif=claimcheck.sarif --fail-on warning articles/
  claimcheck check draft.md --against archive/
  claimcheck check --write-baseline .claimcheck-baseline.json articles/
  claimcheck check --baseline .claimcheck-baseline.json articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.FailOnSet = cmd.Flags().Changed("fail-on")
			return runCheck(io, opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&opts.Formats, "format", "f", nil, "output format, repeatable, NAME or NAME=FILE: "+formatList()+" (default table)")
	f.StringVar(&opts.FailOn, "fail-on", config.DefaultFailOn, "lowest severity that makes the exit code 1: error, warning, info or none (default: the config's fail_on)")
	f.StringVarP(&opts.Output, "output", "o", "", "write the report of the format without its own file here instead of stdout")
	f.StringVar(&opts.Color, "color", "auto", "colour the table: auto, always or never (auto honours NO_COLOR)")
	f.StringVar(&opts.Config, "config", "", "config file (default: "+config.FileName+" found from the working directory up)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print only the findings and errors: no summary, notes or progress bar")
	f.BoolVar(&opts.ShowSuppressed, "show-suppressed", false, "show findings silenced by inline directives in table, markdown, csv and github output")
	f.StringVar(&opts.Baseline, "baseline", "", "report only findings that are not in this baseline file")
	f.StringVar(&opts.WriteBaseline, "write-baseline", "", "write the current findings to this baseline file and accept them")
	f.BoolVar(&opts.Against, "against", false, "check the first PATH (a draft, - for stdin) against the other PATHs")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(report.Formats()))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", fixedCompletion(failOnValues))
	_ = cmd.RegisterFlagCompletionFunc("color", fixedCompletion(colorValues))
	return cmd
}

func fixedCompletion(values []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
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

func runCheck(io *streams, opts *checkOptions) error {
	outs, err := parseOutputs(opts.Formats, opts.Output)
	if err != nil {
		return withCode(exitError, err)
	}
	color, err := oneOf("--color", opts.Color, colorValues)
	if err != nil {
		return withCode(exitError, err)
	}
	if opts.FailOnSet {
		if _, err := failThreshold(opts.FailOn); err != nil {
			return withCode(exitError, err)
		}
	}
	if opts.Against && len(opts.Paths) < 2 {
		return withCode(exitError, fmt.Errorf("--against: give the draft and at least one source, as in: claimcheck check draft.md --against sources/"))
	}
	cfg, err := loadConfig(io, opts.Config)
	if err != nil {
		return withCode(exitError, err)
	}
	failOn := cfg.FailOn
	if opts.FailOnSet {
		failOn = opts.FailOn
	}
	threshold, err := failThreshold(failOn)
	if err != nil {
		return withCode(exitError, err)
	}
	base, err := readBaseline(opts.Baseline)
	if err != nil {
		return withCode(exitError, err)
	}

	in := loadInput(io, opts, cfg)
	for _, e := range in.errors {
		fmt.Fprintln(io.ErrOut, "claimcheck:", e)
	}
	ran := rules.Enabled(rules.All(), cfg)
	filters := []rules.Filter{rules.Suppress(in.docs, ran), rules.Override(cfg), rules.Dedupe, rules.DedupeLists}
	if opts.Against {
		filters = append(filters, rules.Against(in.draftPaths))
	}
	filters = append(filters, rules.SortFindings)
	ix := claims.NewIndex(in.docs, in.indexed)
	findings := rules.Apply(rules.Collect(ix, ran, cfg.Settings()), filters...)

	if opts.WriteBaseline != "" {
		if err := writeBaseline(opts.WriteBaseline, findings); err != nil {
			return withCode(exitError, err)
		}
		base, err = readBaseline(opts.WriteBaseline)
		if err != nil {
			return withCode(exitError, err)
		}
		if !opts.Quiet {
			fmt.Fprintf(io.ErrOut, "claimcheck: wrote baseline %s (%s)\n", opts.WriteBaseline, countOf(base.Len(), "finding"))
		}
	}
	if base != nil {
		before := len(findings)
		findings = base.Filter(findings)
		if n := before - len(findings); n > 0 && !opts.Quiet && opts.WriteBaseline == "" {
			fmt.Fprintf(io.ErrOut, "claimcheck: baseline hides %s\n", countOf(n, "known finding"))
		}
	}

	res := report.Result{Findings: findings, Rules: ran, Sources: len(in.docs), Facts: in.facts}
	ro := reportOptions{Color: color, Quiet: opts.Quiet, ShowSuppressed: opts.ShowSuppressed}
	if err := writeReports(io, outs, res, ro); err != nil {
		return withCode(exitError, err)
	}
	if len(in.errors) > 0 {
		return withCode(exitError, nil)
	}
	if failing(findings, threshold) {
		return withCode(exitFindings, nil)
	}
	return nil
}

// failing reports whether a finding that is not suppressed reaches the
// threshold; a zero threshold (--fail-on none) never fails.
func failing(fs []rules.Finding, threshold rules.Severity) bool {
	if threshold == 0 {
		return false
	}
	for _, f := range fs {
		if f.Severity >= threshold && f.Suppressed == "" {
			return true
		}
	}
	return false
}

// input is the loaded corpus of a check: every document, the facts the rules
// see, and, with --against, which documents are the draft.
type input struct {
	docs       []*claims.Document
	indexed    []*claims.Fact
	facts      int // every fact extracted, indexed or not
	draftPaths []string
	errors     []error
}

// loadInput loads the paths with the config's source options and aliases. With
// --against the draft (first path) and the sources load apart, and only the
// source facts that could meet a draft fact are indexed.
func loadInput(io *streams, opts *checkOptions, cfg *config.Config) input {
	so := source.Options{Stdin: io.In, ExtraBoilerplate: cfg.Boilerplate, Include: cfg.Include, Exclude: cfg.Exclude}
	aliases := aliasMap(cfg)
	pr := newProgress(io, opts.Quiet)
	if !opts.Against {
		c := loadCorpusProgress(opts.Paths, so, pr)
		facts := c.all()
		applyAliases(facts, aliases)
		return input{docs: c.Docs, indexed: facts, facts: len(facts), errors: c.Errors}
	}
	draft := loadCorpus(opts.Paths[:1], so)
	srcs := loadCorpusProgress(opts.Paths[1:], so, pr)
	srcs.drop(draft.Docs)
	df, sf := draft.all(), srcs.all()
	applyAliases(df, aliases)
	applyAliases(sf, aliases)
	in := input{
		docs:    append(append([]*claims.Document{}, draft.Docs...), srcs.Docs...),
		indexed: rules.AgainstFacts(df, sf),
		facts:   len(df) + len(sf),
		errors:  append(append([]error{}, draft.Errors...), srcs.Errors...),
	}
	for _, d := range draft.Docs {
		in.draftPaths = append(in.draftPaths, d.Path)
	}
	return in
}

// countOf writes "1 finding", "2 findings".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
