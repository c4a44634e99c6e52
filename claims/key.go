package claims

import "strings"

// Head returns the head word of a key: its last word ("cooperation agreement" → "agreement").
func Head(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// KeysMatch reports whether two measure keys name the same measure: equal, or one
// key's words are a subset of the other's with the same head ("local cooperation
// agreement" and "cooperation agreement").
func KeysMatch(a, b string) bool {
	if a == b {
		return a != ""
	}
	if Head(a) != Head(b) {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		found := false
		for _, v := range wb {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
