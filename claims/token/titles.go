package token

// titleAbbrevs are titles shortened with a dot before a name ("Dr. Ana
// Lim", "Engr. Chinwe Okafor", "Capt. Samuel Otim"), lower-case. Some are
// words too ("an arc.", "the rev."), so callers ask only of a capitalised
// word before a name.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "fr": true, "rev": true, "hon": true,
	"engr": true, "arc": true, "arch": true, "atty": true, "barr": true, "amb": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "sec": true, "dir": true, "mgr": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "cpl": true, "brig": true,
	"cmdr": true, "cdr": true, "adm": true, "supt": true, "insp": true,
}

// TitleAbbrev reports whether w, in any case, is a title shortened with a
// dot before a name: the dot after it ends no sentence. It folds ASCII case
// on the stack, since sentence splitters ask it at every capitalised dot.
func TitleAbbrev(w string) bool {
	var low [8]byte
	if len(w) > len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return titleAbbrevs[string(low[:len(w)])]
}
