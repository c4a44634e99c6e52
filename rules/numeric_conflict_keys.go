package rules

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// keyPairs holds pairs of different keys that one source uses side by side for
// figures of one unit and one subject ("12,000 runners" and "1,500 foreign
// runners"): that source tells the measures apart, so a figure of one key is never
// compared with a figure of the other, in any source. Figures of different subjects
// ("Gunma's 16,000 Vietnamese residents") tell nothing about the measures.
type keyPairs map[[2]string]bool

// distinctKeys returns the key pairs the sources of ms tell apart.
func distinctKeys(ms []member) keyPairs {
	type docUnit struct {
		doc           *claims.Document
		unit, subject string
	}
	keys := map[docUnit][]string{}
	out := keyPairs{}
	for _, m := range ms {
		du := docUnit{m.f.Doc, m.f.Quantity.Unit, m.f.Subject}
		for _, k := range keys[du] {
			if k != m.f.Key {
				out[orderedPair(k, m.f.Key)] = true
			}
		}
		keys[du] = append(keys[du], m.f.Key)
	}
	// Refinements a source told apart from one general key are sub-measures of it
	// ("1,500 foreign runners", "60 runners treated for cramps" against "runners"):
	// two different sub-measures are different measures too.
	subs := map[string][]string{}
	for pr := range out {
		for _, x := range [][2]string{{pr[0], pr[1]}, {pr[1], pr[0]}} {
			if wordsIn(x[0], x[1]) {
				subs[x[0]] = append(subs[x[0]], x[1])
			}
		}
	}
	for _, rs := range subs {
		for i := range rs {
			for _, b := range rs[i+1:] {
				if rs[i] != b {
					out[orderedPair(rs[i], b)] = true
				}
			}
		}
	}
	return out
}

// wordsIn reports whether every word of general is a word of specific.
func wordsIn(general, specific string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(specific) {
		have[w] = true
	}
	for _, w := range strings.Fields(general) {
		if !have[w] {
			return false
		}
	}
	return general != ""
}

// apart reports whether some source tells keys a and b apart.
func (kp keyPairs) apart(a, b string) bool {
	return a != b && kp[orderedPair(a, b)]
}

func orderedPair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}
