package rank

// goalWord reports a word marking a rank that is aimed at, not held: "her goal was a place in
// the top eight", "aims for a top-five finish", "strives to become one of the
// top 10".
func goalWord(w string) bool {
	switch w {
	case "goal", "goals", "aim", "aims", "aimed", "aiming",
		"target", "targets", "targeted", "targeting", "hope",
		"hopes", "hoped", "hoping", "bid", "strive", "strives",
		"striving", "seek", "seeks", "seeking", "ambition",
		"ambitions", "aspire", "aspires", "aspiring", "want",
		"wants", "wanted", "dream", "dreams", "plan", "plans",
		"planned", "planning", "expects", "expected", "vie",
		"vying", "eyes", "eyeing":
		return true
	}
	return false
}

// goalReach is how many tokens before a rank phrase a goal word still governs it.
const goalReach = 8

// isGoal reports whether the rank phrase starting at token start is a goal: a
// goal word shortly before it in the same clause (no full stop, colon or
// semicolon between), or "to become/be/reach/enter/break into" before it.
func (s *scanner) isGoal(start, lo int) bool {
	if start-2 >= lo && (s.word(start-1) == "than" && s.word(start-2) == "rather" || s.word(start-1) == "of" && s.word(start-2) == "instead") {
		return true // "to be the one passengers choose rather than the biggest airline": set aside, not held
	}
	for j := start - 1; j >= lo && j >= start-goalReach; j-- {
		w := s.word(j)
		if w == "" {
			// not a word: only a clause end stops the look back
			if s.isSym(j, ";") || s.isSym(j, ":") || s.isSym(j, ".") {
				return false
			}
			continue
		}
		if goalWord(w) {
			return true
		}
		switch w {
		case "become", "be", "reach", "enter", "join", "crack", "finish", "place", "rank":
			if s.word(j-1) == "to" {
				return true
			}
		}
	}
	return false
}
