package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes: CI gates on them.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage, config or input error
)

// version is set by the release build (-ldflags "-X main.version=...").
var version = "dev"

// streams are the command's input and outputs, replaced by buffers in tests,
// with the environment the command reads.
type streams struct {
	In          io.Reader
	Out, ErrOut io.Writer
	// WorkDir is where the config search starts; "" is the process's working directory.
	WorkDir string
	// Getenv reads the environment (NO_COLOR, CI); nil is os.Getenv.
	Getenv func(string) string
}

func newStreams() *streams { return &streams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr} }

// getenv reads an environment variable through the streams.
func (s *streams) getenv(k string) string {
	if s.Getenv != nil {
		return s.Getenv(k)
	}
	return os.Getenv(k)
}

// workDir is where relative lookups start.
func (s *streams) workDir() (string, error) {
	if s.WorkDir != "" {
		return s.WorkDir, nil
	}
	return os.Getwd()
}

// codeError carries an exit code through cobra's error return.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func withCode(code int, err error) error { return &codeError{code: code, err: err} }

func newRootCmd(io *streams) *cobra.Command {
	root := &cobra.Command{
		Use:           "claimcheck",
		Short:         "Flag where news articles contradict each other or themselves",
		Long:          "claimcheck reads news-style articles, turns their claims into typed facts (quantities,\nranks, counts, lists, quotes, dates) and reports where sources disagree.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.AddCommand(newCheckCmd(io), newExtractCmd(io), newRulesCmd(io), newExplainCmd(io), newVersionCmd(io), newInitCmd(io))
	return root
}

// run executes the command line and returns the exit code.
func run(args []string, io *streams) int {
	root := newRootCmd(io)
	stopProfile := addProfileFlag(root)
	root.SetArgs(args)
	err := root.Execute()
	if perr := stopProfile(); perr != nil && err == nil {
		err = withCode(exitError, perr)
	}
	if err == nil {
		return exitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil {
			fmt.Fprintln(io.ErrOut, "claimcheck:", ce.err)
		}
		return ce.code
	}
	fmt.Fprintln(io.ErrOut, "claimcheck:", err)
	return exitError
}

func newVersionCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(io.Out, "claimcheck", version)
		},
	}
}
