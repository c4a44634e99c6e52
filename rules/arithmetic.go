package rules

// Arithmetic flags figures that should add up and do not.
func Arithmetic() *Rule {
	return &Rule{
		ID:       "arithmetic",
		Title:    "figures do not add up",
		Severity: Warning,
		Run:      func(p *Pass) {},
		Doc:      "TODO Bad: Good:",
	}
}
