package dates

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/claims/token"
)

func TestWordClassesFitLength(t *testing.T) {
	for w := range wordClasses {
		assert.LessOrEqual(t, len(w), maxClassWord, w)
	}
}

func TestMayHoldDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The council met and agreed on a plan.", false},
		{"Officials said the talks went well, the minister added.", false},
		{"THE COUNCIL MET AND AGREED.", false},
		{"Ministers met on Monday.", true},
		{"Exports rose in March.", true},
		{"The tender closed two weeks ago.", true},
		{"I went back for the thirty.", true},
		{"It opens on the fourth.", true},
		{"Prices fell 3%.", false},
		{"The 40 delegations signed 12 deals worth 2,200 billion.", false},
		{"Prices fell 3% last year.", true},
		{"The 3 firms met for talks.", true},
		{"It opens on 15.", true},
		{"Output rose 1.5 points.", true},
		{"It ran 4-2 over them.", true},
		{"The plant opened in 2023.", true},
		{"The results come TOMORROW.", true},
		{"Sales grew in the quarter.", true},
		{"Ça a été fait hier à Genève.", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := token.Scan(tt.in, nil)
			all, _ := classify(tt.in, toks, make([]class, len(toks)))
			assert.Equal(t, tt.want, mayHoldDate(all))
		})
	}
}

func TestLowerASCII(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The UN said", "the un said"},
		{"İstanbul and KRAKÓW", "İstanbul and krakÓw"},
		{"already lower", "already lower"},
		{"", ""},
		{"\xffMAY", "\xffmay"},
		{"The MAY 5 Report, ON THE 21ST OF JUNE", "the may 5 report, on the 21st of june"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := lowerASCII(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Len(t, got, len(tt.in), "offsets stay valid")
			var buf [64]byte
			assert.Equal(t, tt.want, lowerASCIIInto(buf[:], tt.in), "the buffered copy agrees")
			for n := 0; n <= len(tt.in); n++ {
				assert.Equal(t, lowerASCII(tt.in[:n]), lowerASCIIInto(buf[:], tt.in[:n]), "prefix of %d bytes", n)
			}
		})
	}
}

// TestWordRolesMatchMap checks the packed table against the map it is built
// from, in any ASCII case, and that other words have no role.
func TestWordRolesMatchMap(t *testing.T) {
	if !assert.NotNil(t, wordRoles, "every word fits the table") {
		return
	}
	for w, c := range wordClasses {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			assert.True(t, wordRoles.maybe(v[0], v[len(v)-1], len(v)), v)
		}
		assert.Equal(t, c, wordRoles.lookup(packWord(w)), w)
		assert.Equal(t, c, wordRoles.lookup(packWord(strings.ToUpper(w))), w)
		if len(w) > 1 {
			assert.Equal(t, c, wordRoles.lookup(packWord(strings.ToUpper(w[:1])+w[1:])), w)
			assert.Zero(t, wordRoles.lookup(packWord(w[:len(w)-1]+"\x00")), w)
		}
	}
	for _, w := range []string{"", "x", "thes", "th", "janu", "Ça", "décembre", "june\xff", "anniversar", "yesterdays", "a.", "MAYo"} {
		assert.Zero(t, wordRoles.lookup(packWord(w)), w)
	}
}

// TestPackAtAgrees checks that the eight-byte path of packAt gives the key
// the byte path gives, for every word length and case.
func TestPackAtAgrees(t *testing.T) {
	words := []string{"a", "An", "MAY", "Sept", "fOuRtH", "Tuesday", "TOMORROW", "September", "seventieth", "ANNIVERSARY",
		"[@`{", "Ça", "ÉTÉ", "\xff\xc0Z", "a\x00b", "Zz@[", "z{"}
	for _, w := range words {
		padded := w + " and more text"
		assert.Equal(t, packWord(w), packAt(padded, 0, len(w)), w)
		if lowerASCII(w) == strings.ToLower(w) {
			assert.Equal(t, packWord(strings.ToLower(w)), packAt(padded, 0, len(w)), w)
		}
	}
	for c := 0; c < 256; c++ {
		w := strings.Repeat(string(rune(0))+string([]byte{byte(c)}), 4)[:7] + string([]byte{byte(c)})
		assert.Equal(t, packWord(w), packAt(w+"12345678", 0, len(w)), "byte %#x", c)
		assert.Equal(t, uint64(lowerByte(byte(c))), lowerSWAR(uint64(c)), "byte %#x", c)
		assert.Equal(t, uint64(lowerByte(byte(c)))<<56, lowerSWAR(uint64(c)<<56), "byte %#x", c)
	}
}

func TestPackWord(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"may", "MAY", true},
		{"May", "may", true},
		{"anniversary", "ANNIVERSARY", true},
		{"anniversary", "anniversarx", false},
		{"a", "a\x00", false},
		{"twentieth", "twentietH", true},
		{"É", "é", false},
		{"[", "{", false},
		{"@", "`", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.same, packWord(tt.a) == packWord(tt.b), "%q %q", tt.a, tt.b)
	}
}

func TestThousands(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2,200", true},
		{"630,000", true},
		{"1,234,567.89", true},
		{"12,2016", false},
		{"1234,567", false},
		{"1,23", false},
		{"1,234,56", false},
		{"12", true},
		{"1234", false},
		{"123.4567", true},
		{"1,234.5,6", true},
		{",", false},
		{"", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, thousands(tt.in), tt.in)
		assert.Equal(t, thousandsSplit(tt.in), thousands(tt.in), "agrees with the split reading: %q", tt.in)
	}
}

// thousandsSplit is the reading thousands replaced, by splitting.
func thousandsSplit(n string) bool {
	parts := strings.Split(strings.SplitN(n, ".", 2)[0], ",")
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return len(parts[0]) <= 3
}

// TestParseAllocations bounds the allocations of a sentence with no date: the
// lead calls Parse on every sentence, most of which hold none.
func TestParseAllocations(t *testing.T) {
	in := "The council, which Mr. Reyes leads, approved the Plan after a long debate about roads."
	toks := token.Scan(in, nil)
	ref := tuesday
	n := testing.AllocsPerRun(50, func() { Parse(in, toks, ref) })
	assert.Zero(t, n)
}
