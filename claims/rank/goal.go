package rank

// goalWords mark a rank that is aimed at, not held: "her goal was a place in
// the top eight", "aims for a top-five finish", "strives to become one of the
// top 10".
var goalWords = map[string]bool{
	"goal": true, "goals": true, "aim": true, "aims": true, "aimed": true, "aiming": true,
	"target": true, "targets": true, "targeted": true, "targeting": true, "hope": true,
	"hopes": true, "hoped": true, "hoping": true, "bid": true, "strive": true, "strives": true,
	"striving": true, "seek": true, "seeks": true, "seeking": true, "ambition": true,
	"ambitions": true, "aspire": true, "aspires": true, "aspiring": true, "want": true,
	"wants": true, "wanted": true, "dream": true, "dreams": true, "plan": true, "plans": true,
	"planned": true, "planning": true, "expects": true, "expected": true, "vie": true,
	"vying": true, "eyes": true, "eyeing": true,
}

// goalReach is how many tokens before a rank phrase a goal word still governs it.
const goalReach = 8

// isGoal reports whether the rank phrase starting at token start is a goal: a
// goal word shortly before it in the same clause (no full stop, colon or
// semicolon between), or "to become/be/reach/enter/break into" before it.
func (s *scanner) isGoal(start, lo int) bool {
	for j := start - 1; j >= lo && j >= start-goalReach; j-- {
		if s.isSym(j, ";") || s.isSym(j, ":") || s.isSym(j, ".") {
			return false
		}
		w := s.word(j)
		if goalWords[w] {
			return true
		}
		if s.word(j-1) == "to" {
			switch w {
			case "become", "be", "reach", "enter", "join", "crack", "finish", "place", "rank":
				return true
			}
		}
	}
	return false
}
