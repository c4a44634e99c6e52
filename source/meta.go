package source

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/claimcheck/claimcheck/claims"
)

// metaFields are the metadata values of a source before they are merged; empty
// strings are unknown.
type metaFields struct {
	Published, Outlet, URL, Title string
}

// set stores a metadata value under its canonical field; keys are
// case-insensitive and have the usual synonyms. It reports whether key is known.
func (m *metaFields) set(key, value string) bool {
	value = strings.TrimSpace(value)
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "published", "date", "published_at", "pubdate", "publish_date", "published_time":
		m.Published = value
	case "outlet", "source", "publisher", "site":
		m.Outlet = value
	case "url", "link", "canonical":
		m.URL = value
	case "title", "headline":
		m.Title = value
	default:
		return false
	}
	return true
}

// fill copies the fields of o that m lacks.
func (m *metaFields) fill(o metaFields) {
	if m.Outlet == "" {
		m.Outlet = o.Outlet
	}
	if m.URL == "" {
		m.URL = o.URL
	}
	if m.Title == "" {
		m.Title = o.Title
	}
}

// apply fills meta from m; from names the origin of the date. A date that does
// not parse is an error, and leaves Published unset.
func (m metaFields) apply(meta *claims.Meta, from string) error {
	if meta.Outlet == "" {
		meta.Outlet = m.Outlet
	}
	if meta.URL == "" {
		meta.URL = m.URL
	}
	if meta.Title == "" {
		meta.Title = m.Title
	}
	if m.Published == "" || !meta.Published.IsZero() {
		return nil
	}
	t, ok := parseMetaDate(m.Published)
	if !ok {
		return fmt.Errorf("%s: published date %q is not a date (want YYYY-MM-DD or e.g. 7 November 2023)", from, m.Published)
	}
	meta.Published, meta.DateFrom = t, from
	return nil
}

// frontMatter finds YAML front matter between "---" lines at the top of text.
// It returns the end offset of the block (after the closing line) or 0.
func frontMatter(text string, lines []line) (fields metaFields, end int, err error) {
	if len(lines) < 2 || lines[0].text(text) != "---" {
		return fields, 0, nil
	}
	for i := 1; i < len(lines); i++ {
		t := strings.TrimRight(lines[i].text(text), " \t")
		if t != "---" && t != "..." {
			continue
		}
		end = lines[i].End
		body := text[lines[1].Start:lines[i].Start]
		var node yaml.Node
		if err := yaml.Unmarshal([]byte(body), &node); err != nil {
			return fields, end, fmt.Errorf("front matter: %w", err)
		}
		if len(node.Content) > 0 {
			mappingFields(node.Content[0], &fields)
		}
		return fields, end, nil
	}
	return fields, 0, nil // no closing line: a thematic break, not front matter
}

// mappingFields reads the scalar values of a YAML mapping into fields.
func mappingFields(n *yaml.Node, fields *metaFields) {
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if v := n.Content[i+1]; v.Kind == yaml.ScalarNode {
			fields.set(n.Content[i].Value, v.Value)
		}
	}
}

// headerLines reads "Key: value" lines at the top of text, up to the first blank
// line, when the first line has a known key. It returns the end offset of the
// last header line or 0.
func headerLines(text string, lines []line) (fields metaFields, end int) {
	for i, l := range lines {
		t := l.text(text)
		if strings.TrimSpace(t) == "" {
			break
		}
		k, v, ok := strings.Cut(t, ":")
		if !ok || !isKey(k) {
			break
		}
		if !fields.set(k, v) && i == 0 {
			return metaFields{}, 0
		}
		end = l.End
	}
	return fields, end
}

// isKey reports whether k looks like a header key: one word of letters, digits,
// '-' or '_', as "Published" or "og-title".
func isKey(k string) bool {
	if k == "" || len(k) > 30 || !isLetter(k[0]) {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !isLetter(c) && !isDigit(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// manifest is a sources.yaml file: metadata by file name.
type manifest map[string]metaFields

// ManifestName is the file beside articles that holds their metadata.
const ManifestName = "sources.yaml"

// parseManifest reads a manifest: a YAML map from file name to a map of fields.
func parseManifest(data []byte) (manifest, error) {
	var node yaml.Node
	if err := yaml.Unmarshal(data, &node); err != nil {
		return nil, err
	}
	out := manifest{}
	if len(node.Content) == 0 {
		return out, nil
	}
	root := node.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("want a map from file name to metadata")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		var f metaFields
		mappingFields(root.Content[i+1], &f)
		out[root.Content[i].Value] = f
	}
	return out, nil
}
