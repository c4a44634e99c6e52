package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/config"
	"github.com/spf13/cobra"
)

type initOptions struct {
	Force bool
}

func newInitCmd(io *streams) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented default " + config.FileName + " in the working directory",
		Long: `Init writes the default configuration, every key commented, to ` + config.FileName + `
in the working directory. It refuses to replace an existing file unless --force is given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runInit(io, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, "replace an existing "+config.FileName)
	return cmd
}

func runInit(io *streams, opts *initOptions) error {
	dir, err := io.workDir()
	if err != nil {
		return withCode(exitError, fmt.Errorf("init: %w", err))
	}
	path := filepath.Join(dir, config.FileName)
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !opts.Force {
		flags |= os.O_EXCL // refuse atomically, not after a racy Stat
	}
	fh, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, os.ErrExist) {
		return withCode(exitError, fmt.Errorf("init: %s already exists (use --force to replace it)", config.FileName))
	}
	if err != nil {
		return withCode(exitError, fmt.Errorf("init: %w", err))
	}
	if _, err := fh.WriteString(config.Template()); err != nil {
		fh.Close()
		return withCode(exitError, fmt.Errorf("init: write %s: %w", config.FileName, err))
	}
	if err := fh.Close(); err != nil {
		return withCode(exitError, fmt.Errorf("init: write %s: %w", config.FileName, err))
	}
	fmt.Fprintf(io.Out, "wrote %s\n", config.FileName)
	return nil
}
