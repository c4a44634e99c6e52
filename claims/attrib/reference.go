package attrib

import (
	"fmt"
	"strings"
	"unicode"
)

// Verdict is the judgement of Reference on a short reference to a full name.
type Verdict struct {
	// OK is true when the short form is a correct way to refer to the person.
	OK bool
	// Sure is false when the name's origin or order was guessed; rules should
	// then report at a lower severity or not at all.
	Sure bool
	// Family is the folded part taken as the family name, "" when unknown.
	Family string
	// Reason explains the judgement so a human can check it.
	Reason string
}

// Origin is the naming convention Reference decided a full name follows.
type Origin string

// The origins Reference tells apart.
const (
	Vietnamese Origin = "Vietnamese" // family name first, referred to by the given name (last part)
	Japanese   Origin = "Japanese"   // referred to by the family name, written in either order
	SinoKorean Origin = "Chinese/Korean"
	Western    Origin = "Western" // family name last
)

// Reference judges whether short is a correct short reference to the person
// named full: "Takio" for "Yamada Takio" is not (Takio is the given name;
// Japanese people are referred to by the family name, Yamada), "Chinh" for
// "Pham Minh Chinh" is (Vietnamese people are referred to by the given name,
// the last part). Comparison is on folded names, so diacritics do not matter.
func Reference(full, short string) Verdict {
	parts, sp := nameParts(full), nameParts(short)
	if len(parts) == 0 || len(sp) == 0 {
		return Verdict{Reason: "empty name"}
	}
	if SameName(full, short) {
		return Verdict{OK: true, Sure: true, Reason: fmt.Sprintf("%q is the full name", short)}
	}
	idx := indexParts(parts, sp)
	if idx < 0 {
		return Verdict{Sure: true, Reason: fmt.Sprintf("%q is not part of the name %q", short, full)}
	}
	origin, family, sure, why := familyOf(full, parts)
	v := Verdict{Family: parts[family], Sure: sure}
	// Messages quote the parts as written, which a reader recognises.
	if raw := rawParts(full); len(raw) == len(parts) {
		parts = raw
	}
	switch {
	case origin == Vietnamese:
		// A trailing run ("Minh Chinh") keeps the given name and is also used.
		if idx+len(sp) == len(parts) {
			v.OK = true
			v.Reason = fmt.Sprintf("%s: %s name %q is referred to by the given name %q", why, origin, full, parts[len(parts)-1])
		} else {
			v.Reason = fmt.Sprintf("%s: %s name %q should be referred to by the given name %q, not %q", why, origin, full, parts[len(parts)-1], short)
		}
	case len(sp) == 1 && idx == family:
		v.OK = true
		v.Reason = fmt.Sprintf("%s: %q is the family name of %s name %q", why, short, origin, full)
	default:
		v.Reason = fmt.Sprintf("%s: %q is not the family name of %s name %q; refer to %q", why, short, origin, full, parts[family])
		if len(parts) == 2 && len(sp) == 1 {
			v.Reason = fmt.Sprintf("%s: %q is the given name of %s name %q; refer to the family name %q", why, short, origin, full, parts[family])
		}
	}
	return v
}

// rawParts splits a name like nameParts, without folding.
func rawParts(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '.' || r == ',' || r == '‐' || r == '–'
	})
}

// indexParts returns where sp stands as a contiguous run in parts, or -1.
func indexParts(parts, sp []string) int {
	for i := 0; i+len(sp) <= len(parts); i++ {
		if i > 0 && patronymic(parts[i-1]) {
			continue // "Mohammed bin Salman": Salman is his father, not him
		}
		ok := true
		for j := range sp {
			if parts[i+j] != sp[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// patronymic reports a folded word that says "son of" or "daughter of"
// before a father's name: what follows names another person.
func patronymic(w string) bool {
	switch w {
	case "bin", "ibn", "bint", "binti", "binte", "ben", "bat":
		return true
	}
	return false
}

// familyOf decides the origin of a name and the index of its family name, with
// whether the decision rests on a lexicon (sure) and a short account of why.
func familyOf(raw string, parts []string) (Origin, int, bool, string) {
	first, last := parts[0], parts[len(parts)-1]
	n := len(parts)
	switch {
	case n >= 2 && isVietFamily(first) && !isJapanFamily(last):
		return Vietnamese, 0, true, fmt.Sprintf("%q is a Vietnamese family name", first)
	case n >= 2 && hasVietLetters(raw):
		return Vietnamese, 0, false, "Vietnamese letters in the name"
	case isJapanFamily(first) && !isJapanFamily(last):
		return Japanese, 0, true, fmt.Sprintf("%q is a common Japanese family name", first)
	case isJapanFamily(last) && !isJapanFamily(first):
		return Japanese, n - 1, true, fmt.Sprintf("%q is a common Japanese family name", last)
	case isJapanFamily(first):
		return Japanese, 0, false, fmt.Sprintf("both %q and %q are Japanese family names; taking the first", first, last)
	case isSinoKorean(first) && n <= 3:
		return SinoKorean, 0, true, fmt.Sprintf("%q is a common Chinese or Korean family name", first)
	case n == 2 && looksJapanese(first) && looksJapanese(last):
		ef, el := japanGivenEnding(first), japanGivenEnding(last)
		switch {
		case el != "" && ef == "":
			return Japanese, 0, false, fmt.Sprintf("%q ends like a Japanese given name (-%s)", last, el)
		case ef != "" && el == "":
			return Japanese, 1, false, fmt.Sprintf("%q ends like a Japanese given name (-%s)", first, ef)
		}
		return Japanese, 0, false, "Japanese-looking name of unknown order; taking the first part"
	}
	return Western, n - 1, false, "no family name known; assuming the family name is last"
}

// hasVietLetters reports whether s holds letters used only in Vietnamese
// spelling (ư, ơ, ă, đ and tone marks on circumflexed vowels).
func hasVietLetters(s string) bool {
	return strings.ContainsAny(s, "ưƯơƠăĂđĐếềểễệẾỀỂỄỆốồổỗộỐỒỔỖỘấầẩẫậẤẦẨẪẬắằẳẵặẮẰẲẴẶứừửữựỨỪỬỮỰớờởỡợỚỜỞỠỢ")
}
