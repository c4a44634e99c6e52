package dates

// wordKey is a word of at most 11 bytes, ASCII capitals lower-cased, packed
// into two integers with its length: classify looks every word of every
// sentence up, and comparing two integers costs less than hashing a string
// into a map.
type wordKey struct{ lo, hi uint64 }

// packWord returns the key of w (len(w) <= maxClassWord) with ASCII capitals
// lower-cased. Other bytes stay as they are, so a word holding a non-ASCII
// letter equals no key of the ASCII tables, as it equals no map key.
func packWord(w string) wordKey { return packAt(w, 0, len(w)) }

// packAt is packWord of text[start:end]. It reads the word as at most two
// loads of eight bytes, lower-casing each load at once: classify packs
// every short word of every sentence. A load may reach past the word on
// either side; the shifts and the mask drop what is not the word.
func packAt(text string, start, end int) wordKey {
	n := end - start
	var k wordKey
	switch {
	case n >= 8:
		k.lo = lowerSWAR(load8(text[start : start+8]))
		if n > 8 {
			// The last eight bytes hold the n-8 after the first eight.
			k.hi = lowerSWAR(load8(text[end-8:end]) >> (8 * (16 - n)))
		}
	case start+8 <= len(text):
		k.lo = lowerSWAR(load8(text[start:start+8]) & (1<<(8*n) - 1))
	case end >= 8:
		// A word at the end of the text: the eight bytes ending with it.
		k.lo = lowerSWAR(load8(text[end-8:end]) >> (8 * (8 - n)))
	default:
		for i := 0; i < n; i++ {
			k.lo |= uint64(lowerByte(text[start+i])) << (8 * i)
		}
	}
	// The length tells "a" from "a\x00" and keeps hi of every key non-zero,
	// which marks the used slots of wordTable.
	k.hi |= uint64(n) << 56
	return k
}

// load8 reads the eight bytes of b (len(b) == 8) as a little-endian integer;
// the compiler turns the shifts into one load.
func load8(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// lowerSWAR lower-cases the ASCII capitals among the eight bytes of x and
// keeps every other byte, as lowerByte does one at a time.
func lowerSWAR(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	// On the low seven bits of each byte the sums below carry into no
	// neighbour; their top bits say "at least 'A'" and "above 'Z'".
	h := x &^ high
	atLeastA := h + ones*(0x80-'A')
	aboveZ := h + ones*(0x80-'Z'-1)
	upper := atLeastA &^ aboveZ &^ x & high
	return x | upper>>2
}

// lowerByte lower-cases an ASCII capital and keeps every other byte.
func lowerByte(c byte) byte {
	if c-'A' < 26 {
		return c + 'a' - 'A'
	}
	return c
}

// wordTableBits sizes wordTable at four slots a word or more, so most
// lookups end at their first slot.
const wordTableBits = 9

// maxGateWord is the length of the longest word gate lets through: a
// word of the table with a possessive "'s".
const maxGateWord = maxClassWord + 2

// wordTable is an open-addressed hash set of word keys with their roles.
type wordTable struct {
	slots [1 << wordTableBits]struct {
		key wordKey
		c   class
	}
	// ends has, for each length and first letter of a word in the table, a
	// bit for its last letter (letters folded to five bits): most words of a
	// sentence have no bit and skip packing and hashing.
	ends [(maxClassWord + 1) << 5]uint32
	// gate is ends with the bits of the possessives of some words as well
	// ("monday's"): one look turns away a word that is neither.
	gate [(maxGateWord + 1) << 5]uint32
}

func (k wordKey) slot() uint64 {
	return ((k.lo ^ k.hi*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> (64 - wordTableBits)
}

// newWordTable builds the table of words, whose possessives ("monday's")
// the gate lets through when they are keys of possessive. It returns nil
// when the words do not fit, which a test catches.
func newWordTable[V any](words map[string]class, possessive map[string]V) *wordTable {
	t := new(wordTable)
	if len(words) > len(t.slots)/2 {
		return nil
	}
	for w, c := range words {
		if len(w) == 0 || len(w) > maxClassWord {
			return nil
		}
		k := packWord(w)
		h := k.slot()
		for t.slots[h].key.hi != 0 {
			h = (h + 1) & (1<<wordTableBits - 1)
		}
		t.slots[h].key, t.slots[h].c = k, c
		t.ends[endsIndex(w[0], len(w))] |= endsBit(w[len(w)-1])
		t.gate[endsIndex(w[0], len(w))] |= endsBit(w[len(w)-1])
	}
	for w := range possessive {
		if len(w) == 0 || len(w) > maxClassWord {
			return nil
		}
		t.gate[endsIndex(w[0], len(w)+2)] |= endsBit('s')
	}
	return t
}

// maybe reports whether a word of n bytes (1 <= n <= maxClassWord) from
// first to last byte may be in the table; false means it is not. Folding
// with |0x20 maps both cases of a letter to one bit and a non-letter to
// the bit of the letter it equals on five bits, which gives only false
// positives: lookup decides.
func (t *wordTable) maybe(first, last byte, n int) bool {
	return t.ends[endsIndex(first, n)]&endsBit(last) != 0
}

// mayHold is maybe for a word of n bytes (1 <= n <= maxGateWord) that may
// also be a possessive of the table.
func (t *wordTable) mayHold(first, last byte, n int) bool {
	return t.gate[endsIndex(first, n)]&endsBit(last) != 0
}

func endsIndex(first byte, n int) int { return n<<5 | int(first|0x20)&31 }

func endsBit(last byte) uint32 { return 1 << ((last | 0x20) & 31) }

// lookup returns the roles of the word with key k, 0 when it has none.
func (t *wordTable) lookup(k wordKey) class {
	h := k.slot()
	for {
		e := &t.slots[h]
		if e.key == k {
			return e.c
		}
		if e.key.hi == 0 {
			return 0
		}
		h = (h + 1) & (1<<wordTableBits - 1)
	}
}
