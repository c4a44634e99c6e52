package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPersonName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Camilo Arrieta", true},
		{"Pieter van Loon", true},
		{"Germán Olaciregui", true}, // an accented given name is no adjective of a country
		{"German Olaciregui", false},
		{"Chinese Embassy", false},
		{"Vietnam Airlines", false},
		{"Selat Partners", false},
		{"Park Ji-hoon", true},
		{"South Africa", false},
		{"Madonna", false}, // one word: too little to tell
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, PersonName(tt.name))
		})
	}
}
