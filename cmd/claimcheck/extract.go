package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/source"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/spf13/cobra"
)

type extractOptions struct {
	Paths  []string
	Format string
}

func newExtractCmd(io *streams) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print every fact found in the articles",
		Long: `Extract prints the typed facts claimcheck reads from each article (quantities,
changes, counts, listings, ranks, named lists, quotes, dates, people) and the
line ranges it skipped as boilerplate.`,
		Example: "  claimcheck extract fixtures/seeds/000.txt\n  claimcheck extract --format json article.md",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runExtract(io, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: table or json")
	return cmd
}

func runExtract(io *streams, opts *extractOptions) error {
	if opts.Format != "table" && opts.Format != "json" {
		return withCode(exitError, fmt.Errorf("unknown format %q for extract (want table or json)", opts.Format))
	}
	c := loadCorpus(opts.Paths, source.Options{Stdin: io.In})
	for _, e := range c.Errors {
		fmt.Fprintln(io.ErrOut, "claimcheck:", e)
	}
	var err error
	if opts.Format == "json" {
		err = writeFactsJSON(io.Out, c)
	} else {
		err = writeFactsTable(io.Out, c)
	}
	if err != nil {
		return withCode(exitError, err)
	}
	if len(c.Errors) > 0 {
		return withCode(exitError, nil)
	}
	return nil
}

// factJSON is one fact in the extract JSON contract (version 1).
type factJSON struct {
	Kind      string          `json:"kind"`
	File      string          `json:"file"`
	Line      int             `json:"line"`
	Column    int             `json:"column"`
	EndLine   int             `json:"end_line"`
	EndColumn int             `json:"end_column"`
	Text      string          `json:"text"`
	Number    *float64        `json:"number,omitempty"`
	NumberHi  json.RawMessage `json:"number_hi,omitempty"` // null for a single number, absent for other kinds
	Lo        *float64        `json:"lo,omitempty"`
	Hi        *float64        `json:"hi,omitempty"`
	LoOpen    *bool           `json:"lo_open,omitempty"`
	HiOpen    *bool           `json:"hi_open,omitempty"`
	Unit      string          `json:"unit,omitempty"`
	Hedge     *string         `json:"hedge,omitempty"`
	Count     *int            `json:"count,omitempty"`
	Items     []string        `json:"items,omitempty"`
	Rank      *int            `json:"rank,omitempty"`
	Category  string          `json:"category,omitempty"`
	Subject   string          `json:"subject,omitempty"`
	Period    string          `json:"period,omitempty"` // "2024-01-01/2025-01-01": figures of other periods are other measures
	Flow      bool            `json:"flow,omitempty"`   // counted over a period ("ten new agreements this year")
	Plan      bool            `json:"plan,omitempty"`   // a target or plan, not an actual
	Prior     bool            `json:"prior,omitempty"`  // the earlier value of a stated change ("from 13.9%")
	Date      string          `json:"date,omitempty"`
	Key       string          `json:"key"`
	Speaker   string          `json:"speaker"`
	Published string          `json:"published"`
}

type skipJSON struct {
	File     string `json:"file"`
	FromLine int    `json:"from_line"`
	ToLine   int    `json:"to_line"`
	Reason   string `json:"reason"`
}

func toFactJSON(f *claims.Fact) factJSON {
	p := f.Position()
	j := factJSON{Kind: string(f.Kind), File: p.File, Line: p.Line, Column: p.Column, EndLine: p.EndLine,
		EndColumn: p.EndColumn, Text: f.Text(), Key: f.Key, Speaker: f.Speaker, Subject: f.Subject,
		Period: f.Period, Flow: f.Flow, Plan: f.Plan, Prior: f.Prior}
	if !f.Doc.Meta.Published.IsZero() {
		j.Published = f.Doc.Meta.Published.Format("2006-01-02")
	}
	if q := f.Quantity; q != nil {
		j.Number, j.Lo, j.Hi = &q.Value, &q.Interval.Lo, &q.Interval.Hi
		j.NumberHi = json.RawMessage("null")
		if q.IsRange {
			j.NumberHi, _ = json.Marshal(q.ValueHi)
		}
		j.LoOpen, j.HiOpen = &q.Interval.LoOpen, &q.Interval.HiOpen
		j.Unit, j.Hedge = q.Unit, &q.Hedge
	}
	if a := f.Announcement; a != nil {
		j.Count = &a.Count
		for _, it := range a.Items {
			j.Items = append(j.Items, it.Label)
		}
	}
	if l := f.List; l != nil {
		j.Category = l.Name
		for _, it := range l.Members {
			j.Items = append(j.Items, it.Label)
		}
	}
	if r := f.Rank; r != nil {
		j.Rank = &r.Rank
		j.Category = strings.Join(r.Categories, ", ")
	}
	if d := f.Date; d != nil && d.Resolved {
		j.Date = d.From.Format("2006-01-02")
	}
	return j
}

func writeFactsJSON(w io.Writer, c *corpus) error {
	out := struct {
		Version int        `json:"version"`
		Facts   []factJSON `json:"facts"`
		Skipped []skipJSON `json:"skipped"`
	}{Version: 1, Facts: []factJSON{}, Skipped: []skipJSON{}}
	for _, f := range c.all() {
		out.Facts = append(out.Facts, toFactJSON(f))
	}
	for _, d := range c.Docs {
		for _, s := range d.Skips {
			out.Skipped = append(out.Skipped, skipJSON{File: d.Path, FromLine: d.Line(s.Start), ToLine: d.Line(max(s.Start, s.End-1)), Reason: s.Reason})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeFactsTable(w io.Writer, c *corpus) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint()),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(48),
		tablewriter.WithHeaderAutoFormat(tw.Off))
	t.Header("where", "kind", "text", "value", "key")
	var rows [][]string
	for _, f := range c.all() {
		j := toFactJSON(f)
		rows = append(rows, []string{fmt.Sprintf("%s:%d:%d", j.File, j.Line, j.Column), j.Kind, j.Text, valueSummary(f), f.Key})
	}
	if err := t.Bulk(rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, d := range c.Docs {
		for _, s := range d.Skips {
			fmt.Fprintf(w, "skipped %s:%d-%d (%s)\n", d.Path, d.Line(s.Start), d.Line(max(s.Start, s.End-1)), s.Reason)
		}
	}
	return nil
}

// valueSummary is the fact's value in one short cell.
func valueSummary(f *claims.Fact) string {
	switch {
	case f.Quantity != nil:
		q := f.Quantity
		return fmt.Sprintf("%s %s", intervalText(q.Interval), q.Unit)
	case f.Announcement != nil:
		return fmt.Sprintf("announced %d, listed %d", f.Announcement.Count, len(f.Announcement.Items))
	case f.Rank != nil:
		s := "#" + strconv.Itoa(f.Rank.Rank)
		if f.Rank.AtMost {
			s = "top " + strconv.Itoa(f.Rank.Rank)
		}
		return s + " in " + strings.Join(f.Rank.Categories, ", ")
	case f.List != nil:
		return fmt.Sprintf("%s: %d members", f.List.Name, len(f.List.Members))
	case f.Date != nil && f.Date.Resolved:
		return f.Date.From.Format("2006-01-02") + " … " + f.Date.To.Format("2006-01-02")
	case f.Speaker != "":
		return "by " + f.Speaker
	}
	return ""
}

// intervalText writes an interval in the usual notation: "(110, 120]".
func intervalText(iv quantity.Interval) string {
	l, r := "[", "]"
	if iv.LoOpen {
		l = "("
	}
	if iv.HiOpen {
		r = ")"
	}
	return l + strconv.FormatFloat(iv.Lo, 'f', -1, 64) + ", " + strconv.FormatFloat(iv.Hi, 'f', -1, 64) + r
}
