package main

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/spf13/cobra"
)

func newRulesCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "List the rules with their default severity",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			t := tablewriter.NewTable(io.Out,
				tablewriter.WithRenderer(renderer.NewBlueprint()),
				tablewriter.WithHeaderAutoFormat(tw.Off))
			t.Header("rule", "severity", "title")
			var rows [][]string
			for _, r := range rules.All() {
				rows = append(rows, []string{r.ID, r.Severity.String(), r.Title})
			}
			if err := t.Bulk(rows); err != nil {
				return err
			}
			return t.Render()
		},
	}
}

func newExplainCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Print a rule's documentation with a bad and a good example",
		Args:  cobra.ExactArgs(1),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var ids []string
			for _, id := range ruleIDs() {
				if strings.HasPrefix(id, toComplete) {
					ids = append(ids, id)
				}
			}
			return ids, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			r := rules.ByID(args[0])
			if r == nil {
				return withCode(exitError, fmt.Errorf("explain: %w", rules.CheckIDs(args, rules.All())))
			}
			fmt.Fprintf(io.Out, "%s (%s): %s\n\n%s\n", r.ID, r.Severity, r.Title, strings.TrimSpace(r.Doc))
			return nil
		},
	}
}
