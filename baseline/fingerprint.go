// Package baseline records the findings a corpus already has so that later runs
// report only new ones, and names each finding by a fingerprint that survives
// edits which merely move lines.
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/claimcheck/claimcheck/rules"
)

// Fingerprint names a finding by its rule, the normalised texts of its claims
// and the base names of their files. Line and column numbers are left out on
// purpose: inserting a paragraph above a claim must not make an old finding new.
// The primary claim keeps its place; the other claims are sorted so the order
// in which a rule happened to list them does not matter.
func Fingerprint(f rules.Finding) string {
	h := sha256.New()
	h.Write([]byte("claimcheck/v1\x00"))
	h.Write([]byte(f.Rule))
	parts := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		parts = append(parts, baseName(c.File)+"\x00"+NormalizeText(c.Text))
	}
	if len(parts) > 1 {
		sort.Strings(parts[1:])
	}
	for _, p := range parts {
		h.Write([]byte{0x1e})
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// baseName keeps only the file name, whichever separator the path was given with,
// so a corpus checked from another directory or OS keeps its fingerprints.
func baseName(p string) string {
	return path.Base(strings.ReplaceAll(p, "\\", "/"))
}

// NormalizeText folds what an edit may change without changing the claim:
// Unicode composition, letter case, typographic quotes and dashes, and runs of
// white space (line breaks included, since rewrapping moves them).
func NormalizeText(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune lowercases r and maps look-alike punctuation to its ASCII form.
func foldRune(r rune) rune {
	switch r {
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	case '\u00a0', '\u202f':
		return ' '
	}
	return unicode.ToLower(r)
}
