package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims"
)

func TestOneLetterApart(t *testing.T) {
	tests := []struct {
		a, b, want string
		lastToo    bool
	}{
		{"vidmar", "vidmer", "one letter changed", false},
		{"bregar", "bergar", "two letters swapped", false},
		{"phillips", "philips", "one letter more or less", false},
		{"philips", "phillips", "one letter more or less", false},
		{"maria", "mario", "", false},                              // the last letter: another person
		{"haruki", "haruka", "one letter changed", true},           // under one title: a slip
		{"minister", "ministers", "", false},                       // a plural, not a slip
		{"hung", "hong", "", false},                                // too short to judge
		{"vidmar", "vidmar", "", false},                            // the same
		{"vidmar", "vodmer", "", false},                            // two changes
		{"bregar", "gerbar", "", false},                            // not adjacent
		{"kowalska", "kowalski", "", false},                        // endings
		{"nguyễn", "nguyen", "one letter changed", false},          // callers fold first; raw runes differ
		{"whitcomb", "whitcombe", "one letter more or less", true}, // a letter added at the end (a crasher once)
		{"whitcombe", "whitcomb", "one letter more or less", true},
		{"whitcomb", "whitcombe", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneLetterApart(tt.a, tt.b, tt.lastToo), "%s/%s", tt.a, tt.b)
	}
}

func TestUmlautSpelling(t *testing.T) {
	assert.Equal(t, umlautSpelling("Kroeger"), umlautSpelling("Kröger"))
	assert.Equal(t, umlautSpelling("Mueller"), umlautSpelling("Müller"))
	assert.Equal(t, umlautSpelling("Strauss"), umlautSpelling("Strauß"))
	assert.NotEqual(t, umlautSpelling("Kroger"), umlautSpelling("Kröger"), "a dropped umlaut is still one letter off the German spelling")
	assert.NotEqual(t, umlautSpelling("Krüger"), umlautSpelling("Kröger"))
}

func TestRomanized(t *testing.T) {
	assert.Equal(t, romanized("insaaf"), romanized("insaf"))
	assert.Equal(t, romanized("tehreek-i-labaik"), romanized("tehreek-e-labaik"))
	assert.NotEqual(t, romanized("mwangangi"), romanized("mwangi"))
	assert.NotEqual(t, romanized("halloran"), romanized("holloran"))
}

func TestTwoLettersApart(t *testing.T) {
	assert.True(t, twoLettersApart("villacres", "villacis"))
	assert.False(t, twoLettersApart("weerakoon", "weerasinghe"), "another family name")
	assert.False(t, twoLettersApart("mwangi", "mwangangi"), "too short")
	assert.False(t, twoLettersApart("villacres", "villacrest"), "another last letter")
	assert.True(t, twoLettersApart("echavarria", "echeverria"), "two vowels")
	assert.False(t, twoLettersApart("fernandez", "hernandez"), "a consonant at the start")
	assert.False(t, twoLettersApart("martinez", "martines"), "another last letter")
}

func TestUnhyphened(t *testing.T) {
	assert.Equal(t, unhyphened("Southeast"), unhyphened("South-East"))
	assert.NotEqual(t, unhyphened("Southeast"), unhyphened("Southwest"))
}

// spellingIn is a spelling mentioned once in a document of text, at the first
// place name is written.
func spellingIn(text, name string) *spelling {
	d := &claims.Document{Path: "t.txt", Text: text}
	at := strings.Index(text, name)
	f := &claims.Fact{Kind: claims.KindName, Doc: d, Span: claims.Span{Start: at, End: at + len(name)}}
	return &spelling{parts: strings.Fields(strings.ToLower(name)), facts: []*claims.Fact{f}, docs: map[*claims.Document]bool{d: true}}
}

func TestTwoPlaces(t *testing.T) {
	tests := []struct {
		textA, nameA, textB, nameB string
		titled                     bool
		want                       bool
	}{
		{"Officials from Khanh Hoa met investors.", "Khanh Hoa", "Farms in Thanh Hoa grew.", "Thanh Hoa", false, true},
		{"The Quang Ninh province council met.", "Quang Ninh", "Rain hit Quang Binh province.", "Quang Binh", false, true},
		{"Officials from Khanh Hoa met investors.", "Khanh Hoa", "Thanh Hoa said the plan was late.", "Thanh Hoa", false, false}, // a speaker is a person
		{"A letter from Tran Van Minh arrived.", "Tran Van Minh", "Dr Tran Van Binh spoke.", "Tran Van Binh", false, false},
		{"Officials from Khanh Hoa met investors.", "Khanh Hoa", "Farms in Thanh Hoa grew.", "Thanh Hoa", true, false},              // a title makes people
		{"Workers at Ghimbav Park struck.", "Ghimbav Park", "Jobs in Ghimbau Park grew.", "Ghimbau Park", false, false},             // a long word a letter off: a slip
		{"Villages in Rukam West were cut off.", "Rukam West", "Rescuers reached Rukum West district.", "Rukum West", false, false}, // a vowel inside: a slip
		{"Khanh Hoa beat its target.", "Khanh Hoa", "Farms in Thanh Hoa grew.", "Thanh Hoa", false, false},                          // nothing marks the first a place
	}
	for _, tt := range tests {
		a, b := spellingIn(tt.textA, tt.nameA), spellingIn(tt.textB, tt.nameB)
		wa, wb, _ := oneWordApart(a.parts, b.parts)
		assert.Equal(t, tt.want, twoPlaces(a, b, wa, wb, tt.titled), "%s / %s", tt.nameA, tt.nameB)
	}
}

func TestEndVowelSwap(t *testing.T) {
	assert.True(t, endVowelSwap("ondrejka", "ondrejko"))
	assert.True(t, endVowelSwap("maria", "mario"), "the caller keeps it to family names")
	assert.False(t, endVowelSwap("kowalski", "kowalska"), "i is no end vowel swapped here")
	assert.False(t, endVowelSwap("ondrejka", "ondrejka"))
}

func TestGluedParticle(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"lacroix", "delacroix", true},
		{"delacroix", "lacroix", true},
		{"donald", "macdonald", true},
		{"berg", "vanberg", false}, // a short rest is as often another name
		{"lacroix", "lacroixe", false},
		{"rossi", "rossi", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, gluedParticle(tc.a, tc.b) != "", "%s/%s", tc.a, tc.b)
	}
}

// FuzzOneLetterApart checks that any pair of words, in either order, is
// judged without a panic and symmetrically.
func FuzzOneLetterApart(f *testing.F) {
	f.Add("whitcomb", "whitcombe", true)
	f.Add("vidmar", "vidmer", false)
	f.Fuzz(func(t *testing.T, a, b string, lastToo bool) {
		if (oneLetterApart(a, b, lastToo) == "") != (oneLetterApart(b, a, lastToo) == "") {
			t.Errorf("%q/%q judged differently in the other order", a, b)
		}
	})
}

func TestNearGivenNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"aidos", "aidar", true},
		{"leandro", "leonardo", true},
		{"kiprotich", "kiprono", true}, // four apart after the same first five
		{"magdalena", "marta", false},  // too far: only a family name of two parts holds these
		{"south", "southeast", false},  // a word and its longer form
		{"ana", "anabel", false},
		{"kwame", "kofi", false},
		{"ivan", "ivana", false},
		{"daniel", "danielle", false},
		{"maria", "mario", false}, // a last letter: the other form of one name
	} {
		assert.Equal(t, c.want, nearGivenNames(c.a, c.b), "%s/%s", c.a, c.b)
	}
}

func TestCompoundFamily(t *testing.T) {
	assert.True(t, compoundFamily([]string{"kwabena", "darko-mensah"}))
	assert.True(t, compoundFamily([]string{"wilmer", "quispe", "huaman"}))
	assert.False(t, compoundFamily([]string{"kwabena", "mensah"}))
	assert.False(t, compoundFamily([]string{"a", "b", "c", "d"}))
}
