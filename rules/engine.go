package rules

import "github.com/claimcheck/claimcheck/claims"

// All returns every rule, in the order `claimcheck rules` lists them.
func All() []*Rule {
	return nil
}

// Run runs the rules over the index and returns their findings, sorted by file,
// line, column and rule.
func Run(ix *claims.Index, rs []*Rule, s Settings) []Finding {
	var out []Finding
	for _, r := range rs {
		p := &Pass{Index: ix, Config: s, rule: r}
		r.Run(p)
		out = append(out, p.findings...)
	}
	return out
}
