// Package attrib finds who says what: quotes with their speakers, attribution
// phrases ("Deputy Minister Van said", "According to ..."), and mentions of people
// with their titles. It also holds the name and title helpers the name-mismatch
// rules build on: Fold, SameName, Reference, SameTitle and TitleRefers.
//
// Every span is a pair of byte offsets into the text the function was given;
// spans always fall on rune boundaries. Nothing here panics, whatever the input.
package attrib

// Person is a mention of a person. Start and End are byte offsets of the whole
// mention, title included ("Deputy Minister of Foreign Affairs Ngo Le Van").
type Person struct {
	Start, End int
	Title      string // "Deputy Minister of Foreign Affairs", "Ambassador", "" when none
	Name       string // the name as written: "Ngo Le Van", "Van", "Yamada Takio"
	NameStart  int

	// Honorific is "Mr.", "Ms.", "Dr." ... when written before the name.
	Honorific string
	// Of is what the office is of, as written ("Foreign Affairs", "Gunma
	// Prefecture"); To is where an envoy is sent ("Vietnam").
	Of, To string
	// Country is the country the office belongs to, from a nationality
	// ("Japanese Ambassador"), a possessive ("Japan's Prime Minister") or an
	// of-complement that is a country ("Ambassador of Japan"): "Japan".
	Country string
	// Former is set for "former Japanese Prime Minister Ishiba Shigeru".
	Former bool
	// FullName is the longest name in the same text that this mention's name is
	// part of ("Yamada Takio" for "Ambassador Takio"), "" when the mention is
	// already the longest. Rules check the pair with Reference.
	FullName string
}

// Quote is a quoted remark. Start and End cover the quoted words without the quote marks.
type Quote struct {
	Start, End int
	Speaker    string // the speaker's name as written, "" when unknown

	// SpeakerStart and SpeakerEnd locate the text Speaker was taken from; both
	// are 0 when Speaker is "". For a pronoun ("he said") they point at the
	// person mention it was resolved to.
	SpeakerStart, SpeakerEnd int
	// Short marks scare quotes and slogans: at most three words with no
	// speech verb next to them ("golden period", 'bonds of friendship').
	// They are kept, not dropped, so that callers can still compare them,
	// but they are not remarks and carry no Speaker.
	Short bool
}

// Attribution is a phrase naming the source of a sentence's claim.
type Attribution struct {
	Start, End int
	Speaker    string // "Deputy Minister Van", "the PM", "JETRO"

	// SpeakerStart and SpeakerEnd locate Speaker in the sentence.
	SpeakerStart, SpeakerEnd int
	// Verb is the reporting word as written ("said", "emphasized", "According to").
	Verb string
}
