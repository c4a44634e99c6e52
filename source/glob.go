package source

import (
	"path"
	"strings"
)

// matchGlob reports whether a slash-separated path matches a glob pattern in
// which "**" stands for any number of directories. A pattern without a slash
// matches the base name, as in .gitignore files.
func matchGlob(pattern, name string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	if !strings.Contains(pattern, "/") {
		ok, _ := path.Match(pattern, path.Base(name))
		return ok
	}
	return matchParts(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

// matchParts matches pattern segments against path segments.
func matchParts(pat, parts []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for k := 0; k <= len(parts); k++ {
				if matchParts(pat[1:], parts[k:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], parts[0]); !ok {
			return false
		}
		pat, parts = pat[1:], parts[1:]
	}
	return len(parts) == 0
}

// matchAny reports whether name (relative to the walked root) or the full path
// matches one of the patterns.
func matchAny(patterns []string, rel, full string) bool {
	for _, p := range patterns {
		if matchGlob(p, rel) || matchGlob(p, full) {
			return true
		}
	}
	return false
}
