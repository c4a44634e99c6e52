package claims

import "strings"

// Head returns the head word of a key: its last word ("cooperation agreement" → "agreement").
func Head(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}
