package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/baseline"
	"github.com/claimcheck/claimcheck/rules"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifInfoURI = "https://github.com/claimcheck/claimcheck"
	// fingerprintKey names the partial fingerprint; bump the suffix whenever
	// baseline.Fingerprint changes meaning, so code scanning does not mix them.
	fingerprintKey = "claimcheck/v1"
)

// writeSARIF emits a SARIF 2.1.0 log as GitHub code scanning accepts it.
func writeSARIF(w io.Writer, res Result, opt Options) error {
	version := opt.Version
	if version == "" {
		version = "dev"
	}
	driver := sarifDriver{Name: "claimcheck", Version: version, InformationURI: sarifInfoURI, Rules: []sarifRule{}}
	index := map[string]int{}
	addRule := func(r *rules.Rule) {
		if _, ok := index[r.ID]; ok {
			return
		}
		index[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRuleOf(r))
	}
	for _, r := range res.Rules {
		if r != nil {
			addRule(r)
		}
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, f := range res.Findings {
		if _, ok := index[f.Rule]; !ok {
			addRule(&rules.Rule{ID: f.Rule, Title: f.Rule, Severity: f.Severity})
			run.Tool.Driver = driver
		}
		run.Results = append(run.Results, sarifResultOf(f, index[f.Rule], opt))
	}
	run.Tool.Driver = driver
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func sarifRuleOf(r *rules.Rule) sarifRule {
	title := r.Title
	if title == "" {
		title = r.ID
	}
	full := firstParagraph(r.Doc)
	if full == "" {
		full = title
	}
	help := r.Doc
	if strings.TrimSpace(help) == "" {
		help = title
	}
	return sarifRule{
		ID: r.ID, Name: pascalCase(r.ID),
		ShortDescription:     sarifText{Text: title},
		FullDescription:      sarifText{Text: full},
		Help:                 &sarifMultiformat{Text: help, Markdown: help},
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity)},
	}
}

func sarifResultOf(f rules.Finding, ruleIndex int, opt Options) sarifResult {
	res := sarifResult{
		RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message:             sarifText{Text: strings.ToValidUTF8(f.Message, "\uFFFD")},
		Locations:           []sarifLocation{},
		PartialFingerprints: map[string]string{fingerprintKey: baseline.Fingerprint(f)},
	}
	if res.Message.Text == "" {
		res.Message.Text = f.Rule
	}
	for i, c := range f.Claims {
		loc := sarifLocation{PhysicalLocation: sarifPhysical{
			ArtifactLocation: sarifArtifactLocation(c.File, opt.Root),
			Region:           sarifRegionOf(c),
		}}
		if i == 0 {
			res.Locations = append(res.Locations, loc)
			continue
		}
		id := i
		loc.ID = &id
		loc.Message = &sarifText{Text: strings.ToValidUTF8(c.Text, "\uFFFD")}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	if f.Suppressed != "" {
		res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppressed}}
	}
	return res
}

// sarifRegionOf leaves out coordinates the claim does not have, since SARIF
// requires them to be at least 1.
func sarifRegionOf(c rules.Claim) sarifRegion {
	var r sarifRegion
	if c.Line < 1 {
		r.StartLine = 1
		return r
	}
	r.StartLine = c.Line
	if c.Column > 0 {
		r.StartColumn = c.Column
	}
	if c.EndLine >= c.Line {
		r.EndLine = c.EndLine
		if c.EndColumn > 0 && (c.EndLine > c.Line || c.EndColumn >= c.Column) {
			r.EndColumn = c.EndColumn
		}
	}
	return r
}

// sarifArtifactLocation turns a path as given on the command line into a
// relative, forward-slash URI under %SRCROOT%; absolute paths outside root
// become file: URIs.
func sarifArtifactLocation(file, root string) sarifArtifact {
	p := file
	if filepath.IsAbs(p) && root != "" {
		if rel, err := filepath.Rel(root, p); err == nil && !strings.HasPrefix(rel, "..") {
			p = rel
		}
	}
	if filepath.IsAbs(p) {
		u := url.URL{Scheme: "file", Path: filepath.ToSlash(p)}
		return sarifArtifact{URI: u.String()}
	}
	p = strings.TrimPrefix(filepath.ToSlash(filepath.Clean(p)), "./")
	u := url.URL{Path: strings.ToValidUTF8(p, "\uFFFD")}
	return sarifArtifact{URI: u.String(), URIBaseID: "%SRCROOT%"}
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	case rules.Info:
		return "note"
	}
	return "none"
}

// firstParagraph is the doc up to its first blank line, joined into one line.
func firstParagraph(doc string) string {
	doc = strings.TrimSpace(strings.ReplaceAll(doc, "\r\n", "\n"))
	if i := strings.Index(doc, "\n\n"); i >= 0 {
		doc = doc[:i]
	}
	return strings.Join(strings.Fields(doc), " ")
}

// pascalCase makes the SARIF rule name from a kebab-case ID: count-mismatch → CountMismatch.
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		b.WriteString(strings.ToUpper(part[:1]))
		b.WriteString(part[1:])
	}
	return b.String()
}
