package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
		{"maria", "mario", "", false},                     // the last letter: another person
		{"haruki", "haruka", "one letter changed", true},  // under one title: a slip
		{"minister", "ministers", "", false},              // a plural, not a slip
		{"hung", "hong", "", false},                       // too short to judge
		{"vidmar", "vidmar", "", false},                   // the same
		{"vidmar", "vodmer", "", false},                   // two changes
		{"bregar", "gerbar", "", false},                   // not adjacent
		{"kowalska", "kowalski", "", false},               // endings
		{"nguyễn", "nguyen", "one letter changed", false}, // callers fold first; raw runes differ
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
