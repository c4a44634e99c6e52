package rules

// All returns every rule, in the order `claimcheck rules` lists them. Rules are
// listed here explicitly (no init registration) so the set is visible in one place;
// add one line per rule.
func All() []*Rule {
	return []*Rule{
		CountMismatch(),
		NumericConflict(),
		RankConflict(),
		GrowthMismatch(),
		Arithmetic(),
		ListMismatch(),
		QuoteMismatch(),
		QuoteSpeaker(),
		NameMismatch(),
		EnumerationMismatch(),
		DateConflict(),
		Suppression(),
	}
}

// ByID returns the rule of All with the given ID, or nil.
func ByID(id string) *Rule {
	for _, r := range All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}
