package attrib

import (
	"slices"
	"strings"
)

// lexWords holds, folded, every word lexFlags looks for: the speech verbs,
// the office words, "according" and the title acronyms. Only its
// shapes are used: lexShapes is built from it, and
// TestLexWordsCoverLexicons checks it holds every word of speechVerb and
// isCoreWord.
const lexWords = " " + "said says say stated states state emphasized emphasised emphasizes emphasises emphasize " +
	"emphasise stressed stresses stress noted notes affirmed affirms affirm reaffirmed " +
	"reaffirms proposed proposes highlighted highlights highlight told explained explains " +
	"concluded underscored underscores underlined remarked commented assessed announced " +
	"announces declared declares insisted insists argued argues mentioned confirmed confirms " +
	"suggested suggests recalled observed acknowledged acknowledges warned warns reiterated " +
	"reiterates wrote writes replied answered asserted asserts pointed urged urges added adds " +
	"claimed claims estimated predicted forecast reported reports revealed disclosed held " +
	"holds maintained maintains shared shares expressed believes believed believe continued " +
	"characterized characterised considers considered thinks thought hoped hopes agreed " +
	"welcomed joked jokes quipped cautioned cautions vowed vows lamented laments complained " +
	"complains boasted boasts conceded concedes admitted admits minister president chairman " +
	"governor mayor ambassador secretary director head chief speaker king queen emperor empress prince princess premier chancellor senator " +
	"congressman congresswoman advisor commissioner consul envoy spokesperson ceo general " +
	"colonel professor judge chairman's lawmaker representative leader specialist officer " +
	"expert coordinator manager economist analyst consultant researcher according pm dpm fm " +
	"coach captain striker midfielder goalkeeper defender undersecretary commander magistrate " +
	"collector superintendent administrator prosecutor registrar "

// lexShapes has, for each length up to maxLexLen and first letter a-z of a
// word of lexWords, the bit of each last letter a-z such a word has. A
// folded word whose shape has no bit cannot be in a lexicon, which settles
// about nine words in ten of news text with three look-ups.
var lexShapes = buildLexShapes()

const maxLexLen = 15

func buildLexShapes() *[maxLexLen + 1][26]uint32 {
	var t [maxLexLen + 1][26]uint32
	for w := range strings.FieldsSeq(lexWords) {
		t[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return &t
}

// mayBeLexWord reports whether the folded word w may be in lexWords. It
// says yes to every word it cannot place (non-letters at either end).
func mayBeLexWord(w string) bool {
	if len(w) > maxLexLen {
		return false
	}
	if len(w) == 0 {
		return true
	}
	a, z := w[0]-'a', w[len(w)-1]-'a'
	if a >= 26 || z >= 26 {
		return true
	}
	return lexShapes[len(w)][a]&(1<<z) != 0
}

// lexSlot is an entry of lexTable: a word of lexWords and its flags, or,
// for the words whose flags hang on their case ("according", "pm"), the
// note to ask lexFlags.
type lexSlot struct {
	word    string
	flags   uint8
	byCase  bool
	present bool
}

// lexTableBits sizes lexTable: about six slots a word, so a look-up of a
// word that is not there mostly lands on an empty slot at once.
const lexTableBits = 10

// lexTable holds the words of lexWords by lexHash, open-addressed with
// linear probing. It answers lexFlags for an ASCII word with one hash and
// mostly one probe, where mayBeLexWord and the lexicon switches take more.
var lexTable = buildLexTable()

func buildLexTable() *[1 << lexTableBits]lexSlot {
	var t [1 << lexTableBits]lexSlot
	for w := range strings.FieldsSeq(lexWords) {
		e := lexSlot{word: w, present: true}
		switch w {
		case "according", "pm", "dpm", "fm":
			e.byCase = true
		default:
			e.flags = lexFlags(w, w)
		}
		h := lexHash(w)
		for t[h].present {
			if t[h].word == w {
				break // a word listed twice
			}
			h = (h + 1) & (1<<lexTableBits - 1)
		}
		t[h] = e
	}
	return &t
}

// lexHash hashes a folded word of two bytes or more from its length and
// its first two and last bytes.
func lexHash(w string) uint32 {
	h := uint32(len(w))*0x27d4eb2f ^ uint32(w[0])*0x9e3779b1 ^ uint32(w[1])*0x85ebca77 ^ uint32(w[len(w)-1])*0xc2b2ae3d
	return h >> (32 - lexTableBits)
}

// asciiLexFlags is lexFlags(w, fold) for an ASCII word w whose fold is its
// lower-cased text.
func asciiLexFlags(w, fold string) uint8 {
	if len(fold) < 2 {
		return 0 // every lexicon word has two letters or more
	}
	for h := lexHash(fold); lexTable[h].present; h = (h + 1) & (1<<lexTableBits - 1) {
		if e := &lexTable[h]; e.word == fold {
			if e.byCase {
				return lexFlags(w, fold)
			}
			return e.flags
		}
	}
	return 0
}

// wordKey returns the bytes of a word of up to eight bytes as a number,
// the first in the low byte, as scan reads them.
func wordKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// lexByCase is what lexShort gives for a word whose flags hang on its case
// ("pm" is an office word only as "PM"): lexFlags must be asked. It is
// fWord, which no lexicon flag is.
const lexByCase = fWord

// lexShortBits sizes lexShortTable: 2048 slots for the hundred-odd short
// words, so that a multiplier placing each in a slot of its own is found
// after a few tries.
const lexShortBits = 11

// lexShortTable holds the words of lexWords of up to eight bytes by their
// wordKey, each alone in its slot (a perfect hash): scan looks a short
// word up by the number it has read it as, with one probe and no string.
var lexShortTable = buildLexShortTable()

type lexShortTab struct {
	mul   uint64 // the hash multiplier, odd
	keys  [1 << lexShortBits]uint64
	flags [1 << lexShortBits]uint8
}

// honorificWords are the honorifics isHonorific knows, folded: lexShortTable
// holds them too, so that scan's loop for common words leaves them, like
// lexicon words, to the general case, which flags them.
const honorificWords = "mr mrs ms dr prof mme mx madam madame sir miss mister professor doctor"

func buildLexShortTable() *lexShortTab {
	var words []string
	for w := range strings.FieldsSeq(lexWords + " " + honorificWords) {
		if len(w) <= 8 && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	t := &lexShortTab{}
	for t.mul = 0x9e3779b97f4a7c15; ; t.mul += 2 {
		clear(t.keys[:])
		ok := true
		for _, w := range words {
			h := t.hash(wordKey(w))
			if t.keys[h] != 0 {
				ok = false
				break
			}
			t.keys[h] = wordKey(w)
			t.flags[h] = lexFlags(w, w)
			switch w {
			case "according", "pm", "dpm", "fm":
				t.flags[h] = lexByCase
			}
		}
		if ok {
			return t
		}
	}
}

func (t *lexShortTab) hash(key uint64) uint64 { return key * t.mul >> (64 - lexShortBits) }

// lexShort returns the lexicon flags of the lower-case word of up to eight
// ASCII letters whose wordKey is key, or lexByCase.
func lexShort(key uint64) uint8 {
	t := lexShortTable
	if h := t.hash(key); t.keys[h] == key {
		return t.flags[h]
	}
	return 0
}

// lexLongBits sizes lexLongTable: 1024 slots for the sixty-odd long words.
const lexLongBits = 10

// lexLongTable holds the words of lexWords and honorificWords of eight to
// fifteen bytes by their first eight bytes and the rest, read as scan reads
// them (see wordKey), each alone in its slot: scan's loop for common words
// finds with one probe whether a long word is one it must leave to the
// general case. A filter by length and first and last letter, which it
// once used, let through three words in four that were none.
var lexLongTable = buildLexLongTable()

type lexLongTab struct {
	mul    uint64 // the hash multiplier, odd
	lo, hi [1 << lexLongBits]uint64
}

func buildLexLongTable() *lexLongTab {
	var words []string
	for w := range strings.FieldsSeq(lexWords + " " + honorificWords) {
		if len(w) >= 8 && len(w) <= 15 && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	t := &lexLongTab{}
	for t.mul = 0x9e3779b97f4a7c15; ; t.mul += 2 {
		clear(t.lo[:])
		ok := true
		for _, w := range words {
			lo, hi := wordKey(w[:8]), wordKey(w[8:])
			h := t.hash(lo, hi)
			if t.lo[h] != 0 {
				ok = false
				break
			}
			t.lo[h], t.hi[h] = lo, hi
		}
		if ok {
			return t
		}
	}
}

func (t *lexLongTab) hash(lo, hi uint64) uint64 {
	return (lo ^ hi*0xc2b2ae3d27d4eb4f) * t.mul >> (64 - lexLongBits)
}

// lexLong reports whether the lower-case word whose first eight bytes read
// as lo and whose rest (up to eight bytes, zero-padded) read as hi is in
// lexLongTable.
func lexLong(lo, hi uint64) bool {
	t := lexLongTable
	h := t.hash(lo, hi)
	return t.lo[h] == lo && t.hi[h] == hi
}
