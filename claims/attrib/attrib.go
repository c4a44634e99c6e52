// Package attrib finds who says what: quotes with their speakers, attribution
// phrases ("Deputy Minister Van said", "According to ..."), and mentions of people
// with their titles.
package attrib

// Person is a mention of a person. Start and End are byte offsets of the whole
// mention, title included ("Deputy Minister of Foreign Affairs Ngo Le Van").
type Person struct {
	Start, End int
	Title      string // "Deputy Minister of Foreign Affairs", "Ambassador", "" when none
	Name       string // the name as written: "Ngo Le Van", "Van", "Yamada Takio"
	NameStart  int
}

// Quote is a quoted remark. Start and End cover the quoted words without the quote marks.
type Quote struct {
	Start, End int
	Speaker    string // the speaker's name as written, "" when unknown
}

// Attribution is a phrase naming the source of a sentence's claim.
type Attribution struct {
	Start, End int
	Speaker    string // "Deputy Minister Van", "the PM", "JETRO"
}

// People returns the person mentions in text.
func People(text string) []Person { return nil }

// Quotes returns the quotes in text with their speakers when stated nearby.
func Quotes(text string) []Quote { return nil }

// Attributions returns the attribution phrases in a sentence.
func Attributions(sentence string) []Attribution { return nil }
