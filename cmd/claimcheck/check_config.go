package main

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/config"
)

// loadConfig reads --config, or else the .claimcheck.yaml found from the working
// directory up to the repository root, or else the defaults; it also checks that
// every rule the file names exists.
func loadConfig(io *streams, path string) (*config.Config, error) {
	if path == "" {
		dir, err := io.workDir()
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		if path, err = config.Find(dir); err != nil {
			return nil, err
		}
		if path == "" {
			return config.Default(), nil
		}
		// Name the file relative to where the user stands, as paths are elsewhere.
		if rel, err := filepath.Rel(dir, path); err == nil {
			path = rel
			if io.WorkDir != "" {
				path = filepath.Join(io.WorkDir, rel)
			}
		}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	if err := cfg.ValidateRules(ruleIDs()); err != nil {
		return nil, err
	}
	return cfg, nil
}

// aliasMap maps the key of every alias phrase to the key of its canonical
// phrase. An alias whose key equals its canonical key is left out.
func aliasMap(cfg *config.Config) map[string]string {
	m := map[string]string{}
	canon := make([]string, 0, len(cfg.Aliases))
	for c := range cfg.Aliases {
		canon = append(canon, c)
	}
	sort.Strings(canon) // a phrase listed under two canonicals maps to the first, every run
	for _, c := range canon {
		ck := claims.NormalizeKey(c)
		if ck == "" {
			continue
		}
		for _, a := range cfg.Aliases[c] {
			ak := claims.NormalizeKey(a)
			if ak == "" || ak == ck {
				continue
			}
			if _, ok := m[ak]; !ok {
				m[ak] = ck
			}
		}
	}
	return m
}

// applyAliases rewrites the keys of facts that use an alias onto the canonical
// key, after extraction and before indexing, so rules compare them.
func applyAliases(facts []*claims.Fact, aliases map[string]string) {
	if len(aliases) == 0 {
		return
	}
	for _, f := range facts {
		for from, to := range aliases {
			if k, ok := claims.WithMeasure(f.Key, from, to); ok {
				f.Key = k
				break
			}
		}
	}
}
