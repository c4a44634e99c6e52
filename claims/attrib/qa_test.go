package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below are QA findings: titles of several words, hyphenated given
// names, "the United States" and "the United Nations", pronouns and
// appositives; each comes with look-alikes that must keep their old reading.

func TestPeopleTitlesAndHyphenatedNames(t *testing.T) {
	type person struct{ title, name string }
	tests := []struct {
		name string
		in   string
		want []person
	}{
		{"three-word corporate title", "Chief Operating Officer Han Ji-woo presented the results.",
			[]person{{"Chief Operating Officer", "Han Ji-woo"}}},
		{"core pair then office word", "Chief Executive Officer Baek Seung-ho left early.",
			[]person{{"Chief Executive Officer", "Baek Seung-ho"}}},
		{"managing director", "Managing Director Oh Se-ra spoke.",
			[]person{{"Managing Director", "Oh Se-ra"}}},
		{"a field and a lower-case title opening a sentence", "Finance director Daniel Payet said so.",
			[]person{{"Finance director", "Daniel Payet"}}},
		{"ministry of two portfolios before a name", "It was signed by Lao Minister of Energy and Mines Viengkham Phommachanh.",
			[]person{{"Minister of Energy and Mines", "Viengkham Phommachanh"}}},
		{"look-alike: title then plain name", "Chief Justice Amara Lindqvist ruled.",
			[]person{{"Chief Justice", "Amara Lindqvist"}}},
		{"lower-case job title before a full name", "The forecast is weak, economist Seo Da-bin wrote.",
			[]person{{"economist", "Seo Da-bin"}}},
		{"look-alike: lower-case title before one word", "The minister Tuesday rejected it.", nil},
		{"look-alike: lower-case title before a place", "The mayor of Valmora resigned.", nil},
		{"bare full name after a sentence adverb", "Governor Ahn Hee-jung arrived. Then Ahn Hee-jung spoke.",
			[]person{{"Governor", "Ahn Hee-jung"}, {"", "Ahn Hee-jung"}}},
		{"the United Nations is no person", "Governor Ahn Hee-jung thanked the United Nations. The United States agreed.",
			[]person{{"Governor", "Ahn Hee-jung"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []person
			for _, p := range People(tt.in) {
				got = append(got, person{p.Title, p.Name})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAttributionsQA(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // speakers
	}{
		{"hyphenated name after the verb", "Demand is not the question, said Seo Da-bin, an economist at Ardent Capital.",
			[]string{"Seo Da-bin"}},
		{"hyphenated name before the verb", "Seo Da-bin said that chip prices will rise.", []string{"Seo Da-bin"}},
		{"three-word title", "Chief Financial Officer Han Ji-woo said that debt fell.",
			[]string{"Chief Financial Officer Han Ji-woo"}},
		{"United States is not a verb", "The pledge came from the United States, officials said.", nil},
		{"United States with a possessive", "Aid from the United States' agency arrived on Monday.", nil},
		{"United Nations as a whole source", "According to the United Nations, aid rose.", []string{"the United Nations"}},
		{"look-alike: lower-case states is a verb", "The report states that aid rose.", []string{"The report"}},
		{"appositive age and place", "Orsolya Brandt, 52, a former governor of Keld, said that taxes will fall.",
			[]string{"Orsolya Brandt"}},
		{"appositive age only", "Brandt, 52, said that taxes will fall.", []string{"Brandt"}},
		{"look-alike: inverted after an appositive", "Keld, a key partner, said Minister Sato Kenji.",
			[]string{"Minister Sato Kenji"}},
		{"look-alike: appositive with a verb inside", "Prices rose, as the bank said in May, said Governor Anna Keld.",
			[]string{"Governor Anna Keld"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Attributions(tt.in) {
				got = append(got, a.Speaker)
				assert.Equal(t, a.Speaker, tt.in[a.SpeakerStart:a.SpeakerEnd])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestQuotePronounsQA(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		{"most recent mention, not the last speaker",
			"“Trade grows every year,” said Minister Tanaka Kenji. Governor Ahn Hee-jung arrived later. “We agree with all of this,” she said.",
			"Governor Ahn Hee-jung"},
		{"bare mention is the most recent",
			"President Yoon Min-ho met Minister Tanaka Kenji. Then Yoon Min-ho toured the plant. “We will build it here,” he said.",
			"Yoon Min-ho"},
		{"look-alike: object of a preposition is skipped",
			"Governor Ahn Hee-jung read a letter from Minister Tanaka Kenji. “We agree with all of this,” she said.",
			"Governor Ahn Hee-jung"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quotes(tt.in)
			require.NotEmpty(t, qs)
			q := qs[len(qs)-1]
			assert.Equal(t, tt.speaker, q.Speaker)
			assert.Equal(t, q.Speaker, tt.in[q.SpeakerStart:q.SpeakerEnd])
		})
	}
}
