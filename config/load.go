package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Load reads and validates a config file. Keys it leaves out keep their
// Default values. Every problem found is reported, each with its line.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Parse is Load on data already read; name is used in error messages.
func Parse(name string, data []byte) (*Config, error) {
	cfg := Default()
	cfg.Path = name
	cfg.lines = map[string]int{}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return cfg, nil
		}
		return nil, yamlError(name, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return cfg, nil
	}
	errs := &errorList{file: name}
	w := walker{errs: errs, lines: cfg.lines}
	w.walk(root, reflect.ValueOf(cfg).Elem(), "")
	// Values that failed to decode kept their defaults, so validating now
	// adds only real problems, and the user sees them all at once.
	errs.errs = append(errs.errs, cfg.validate().errs...)
	if err := errs.err(); err != nil {
		return nil, err
	}
	// The walk has checked every key; a strict decode stays as a safety net
	// should the walker and the struct tags ever drift apart.
	strict := yaml.NewDecoder(bytes.NewReader(data))
	strict.KnownFields(true)
	if err := strict.Decode(Default()); err != nil {
		return nil, yamlError(name, err)
	}
	return cfg, nil
}

// yamlLine matches the position yaml puts in its messages ("line 3: ").
var yamlLine = regexp.MustCompile(`line (\d+): `)

// yamlError moves the line of a yaml syntax error into our error format.
func yamlError(name string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	e := &Error{File: name, Msg: msg}
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		e.Line, _ = strconv.Atoi(msg[m[2]:m[3]])
		e.Msg = strings.TrimSpace(strings.Join(strings.Fields(msg[:m[0]]+msg[m[1]:]), " "))
	}
	return e
}

// Find looks for a config file in dir and its parents, stopping after the
// repository root (a directory holding .git) or the filesystem root. It
// returns "" and no error when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	for {
		for _, name := range []string{FileName, FileNameAlt} {
			p := filepath.Join(dir, name)
			st, err := os.Stat(p)
			if err == nil && !st.IsDir() {
				return p, nil
			}
			if err != nil && !errors.Is(err, os.ErrNotExist) {
				return "", fmt.Errorf("find config: %w", err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}
