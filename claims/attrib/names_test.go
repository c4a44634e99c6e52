package attrib

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "Pham Minh Chinh", "pham minh chinh"},
		{"vietnamese tones", "Phạm Minh Chính", "pham minh chinh"},
		{"d with stroke", "Đặng Văn Đức", "dang van duc"},
		{"lower d with stroke", "đồng", "dong"},
		{"curly apostrophe", "Vietnam’s", "vietnam's"},
		{"fullwidth letters", "ＰＭ", "pm"},
		{"ligature", "ﬁnance", "finance"},
		{"horn and breve", "Trương Ưng Ăn", "truong ung an"},
		{"japanese macron", "Itō Ōno", "ito ono"},
		{"empty", "", ""},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Fold(tt.in))
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"diacritics", "Nguyễn Thị Lan", "Nguyen Thi Lan", true},
		{"order", "Kenji Watanabe", "Watanabe Kenji", true},
		{"case", "YAMADA takio", "Yamada Takio", true},
		{"hyphen", "Lee Jae-myung", "Lee Jae Myung", true},
		{"d stroke", "Đỗ Hùng", "Do Hung", true},
		{"different given", "Nguyen Thi Lan", "Nguyen Thi Lam", false},
		{"part only", "Pham Minh Chinh", "Chinh", false},
		{"extra part", "Yamada Takio", "Yamada Takio Jr", false},
		{"empty", "", "", false},
		{"repeated parts differ", "Le Le Van", "Le Van Van", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, SameName(tt.a, tt.b))
		})
	}
}

func TestReference(t *testing.T) {
	tests := []struct {
		name        string
		full, short string
		ok, sure    bool
	}{
		{"japanese family first", "Yamada Takio", "Yamada", true, true},
		{"a father's name after bin is no part of his", "Mohammed bin Salman", "Salman", false, true},
		{"japanese given as surname", "Yamada Takio", "Takio", false, true},
		{"japanese western order", "Kenji Watanabe", "Watanabe", true, true},
		{"japanese western order given", "Kenji Watanabe", "Kenji", false, true},
		{"politician family last", "Sanae Takaichi", "Takaichi", true, true},
		{"politician given", "Sanae Takaichi", "Sanae", false, true},
		{"ishiba", "Ishiba Shigeru", "Ishiba", true, true},
		{"ishiba given", "Ishiba Shigeru", "Shigeru", false, true},
		{"suzuki haruto", "Suzuki Haruto", "Haruto", false, true},
		{"unknown japanese by ending", "Nagasawa Tsutomu", "Nagasawa", true, false},
		{"unknown japanese given by ending", "Nagasawa Tsutomu", "Tsutomu", false, false},
		{"vietnamese given", "Pham Minh Chinh", "Chinh", true, true},
		{"vietnamese with diacritics", "Phạm Minh Chính", "Chinh", true, true},
		{"vietnamese family used", "Pham Minh Chinh", "Pham", false, true},
		{"vietnamese middle used", "Pham Minh Chinh", "Minh", false, true},
		{"vietnamese trailing run", "Pham Minh Chinh", "Minh Chinh", true, true},
		{"ngo le van", "Ngo Le Van", "Van", true, true},
		{"ngo le van family", "Ngo Le Van", "Ngo", false, true},
		{"two part vietnamese", "To Lam", "Lam", true, true},
		{"full name", "Le Trung Kien", "Le Trung Kien", true, true},
		{"not part", "Yamada Takio", "Yamamoto", false, true},
		{"korean", "Lee Jae-myung", "Lee", true, true},
		{"chinese", "Xi Jinping", "Xi", true, true},
		{"western", "Mark Tucker", "Tucker", true, false},
		{"western first name", "Mark Tucker", "Mark", false, false},
		{"empty short", "Yamada Takio", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Reference(tt.full, tt.short)
			assert.Equal(t, tt.ok, v.OK, v.Reason)
			assert.Equal(t, tt.sure, v.Sure, v.Reason)
			assert.NotEmpty(t, v.Reason)
		})
	}
}

func TestReferenceReasonNamesFamily(t *testing.T) {
	v := Reference("Yamada Takio", "Takio")
	assert.Equal(t, "yamada", v.Family)
	assert.Contains(t, v.Reason, `"Yamada"`)
	assert.Contains(t, v.Reason, "given name")
}

func TestSameTitle(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", "Prime Minister", "Prime Minister", true},
		{"abbreviation", "PM", "Prime Minister", true},
		{"one corporate office in two wordings", "Chief financial officer", "finance chief", true},
		{"two corporate offices", "chief financial officer", "chief executive officer", false},
		{"portfolio order", "Deputy Foreign Minister", "Deputy Minister of Foreign Affairs", true},
		{"vice chairman is not chairman", "Vice Chairman", "Chairman", false},
		{"deputy mayor is not mayor", "Deputy Mayor", "Mayor", false},
		{"minister inside prime minister", "Minister", "Prime Minister", false},
		{"secretary inside general secretary", "Secretary", "General Secretary", false},
		{"vice equals deputy", "Vice Minister", "Deputy Minister", true},
		{"secretary-general", "Secretary-General", "General Secretary", true},
		{"chairwoman", "Chairwoman", "Chairman", true},
		{"of complement differs", "Governor of Gunma Prefecture", "Governor of Yamanashi Prefecture", false},
		{"generic provincial body", "Vice Chairman of the provincial People's Committee", "Vice Chairman of the Tay Son People's Committee", true},
		{"generic city body", "Director of the municipal Department of Health", "Director of the Vorn Department of Health", true},
		{"generic body of another kind", "Vice Chairman of the provincial People's Council", "Vice Chairman of the Tay Son People's Committee", false},
		{"generic is not a rank word", "Chairman of the provincial People's Committee", "Vice Chairman of the Tay Son People's Committee", false},
		{"generic versus specific", "Governor", "Governor of Gunma Prefecture", false},
		{"country both stated differ", "Japanese Ambassador", "Vietnamese Ambassador", false},
		{"country one side", "Japanese Prime Minister", "Prime Minister", true},
		{"possessive country", "Japan's Prime Minister", "Japanese PM", true},
		{"to destination", "Ambassador to Vietnam", "Ambassador to Viet Nam", true},
		{"to differs", "Ambassador to Vietnam", "Ambassador to China", false},
		{"deputy pm", "Deputy PM", "Deputy Prime Minister", true},
		{"deputy pm vs pm", "Deputy PM", "PM", false},
		{"no title", "Mr.", "Mr.", false},
		{"people's committee", "Vice Chairman of Gia Lai Provincial People's Committee", "Vice Chairman of Gia Lai Provincial People’s Committee", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, SameTitle(tt.a, tt.b))
			assert.Equal(t, tt.want, SameTitle(tt.b, tt.a), "symmetric")
		})
	}
}

func TestTitleRefers(t *testing.T) {
	tests := []struct {
		name        string
		full, short string
		want        bool
	}{
		{"drop portfolio", "Foreign Minister", "Minister", true},
		{"drop of", "Governor of Gunma Prefecture", "Governor", true},
		{"drop country and to", "Japanese Ambassador to Vietnam", "Ambassador", true},
		{"keep rank", "Deputy Minister of Foreign Affairs", "Minister", false},
		{"prime minister is not minister", "Prime Minister", "Minister", false},
		{"abbreviated", "Prime Minister", "PM", true},
		{"deputy foreign minister", "Deputy Minister of Foreign Affairs", "Deputy Foreign Minister", true},
		{"wrong of", "Governor of Gunma Prefecture", "Governor of Yamanashi Prefecture", false},
		{"one of a joint portfolio", "minister of industry and trade", "trade minister", true},
		{"no part of a joint portfolio", "minister of industry and trade", "finance minister", false},
		{"a joint portfolio is no part of one", "trade minister", "minister of industry and trade", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, TitleRefers(tt.full, tt.short))
		})
	}
}

func TestSplitASCIIParts(t *testing.T) {
	for _, name := range []string{"", "Chinh", "Pham Minh Chinh", "Jae-myung Lee", "U.S. Envoy", "a,,b", " x  y ", "O'Neil", "-", "Le\tVan\nAn", "A.B.C.", "x\vy\fz\rw"} {
		want := nameParts(name)
		got := splitASCIIParts(strings.ToLower(name))
		if !slices.Equal(got, want) {
			t.Errorf("splitASCIIParts(%q) = %q, want %q", name, got, want)
		}
	}
}
