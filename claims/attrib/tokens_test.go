package attrib

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
)

// checkScanTokens holds newScanner's tokens to token.Scan and its flags and
// folds to refScanner's, which works them out token by token.
func checkScanTokens(t *testing.T, text string) {
	t.Helper()
	want := token.Scan(text, nil)
	s := newScanner(text)
	if !slices.Equal(s.toks, want) {
		t.Fatalf("scan(%q) = %v, token.Scan gives %v", text, s.toks, want)
	}
	r := refScanner(text)
	if len(s.flags) != len(s.toks) {
		t.Fatalf("scan(%q): %d flags for %d tokens", text, len(s.flags), len(s.toks))
	}
	for i, tk := range s.toks {
		if s.flags[i] != r.flags[i] {
			t.Errorf("scan(%q): token %q has flags %b, want %b", text, tk.Text(text), s.flags[i], r.flags[i])
		}
	}
	for i := range s.toks {
		if got, want := s.fold(i), r.fold(i); got != want || s.flags[i]&fWide != 0 && !slices.ContainsFunc(s.wide, func(w wideFold) bool { return w.tok == i }) {
			t.Errorf("scan(%q): token %d folds to %q, want %q", text, i, got, want)
		}
	}
	want2 := refQuotePairs(text)
	if got := quotePairs(text, s.marks); !slices.Equal(got, want2) {
		t.Errorf("quotePairs(%q) by the scan's marks = %v, want %v", text, got, want2)
	}
	if got := quotePairs(text, markPositions(text)); !slices.Equal(got, want2) {
		t.Errorf("quotePairs(%q) by markPositions = %v, want %v", text, got, want2)
	}
}

func TestScanTokens(t *testing.T) {
	for _, text := range []string{
		"", "a", "A", "AB", "Ab", "aB", "U.S.", "U.S. trade", "u.s.a. and U.K.", "A.b.",
		"Vietnam's Vietnam’s nations’ ties", "JETRO's VNA", "“We believe,” said Mr. Sato.",
		"Nguyễn Thị Lan, Đà Nẵng", "Ðoàn ĐOÀN", "X-ray Jae-myung", "1,200,000 14.83 2.6%",
		"\xff\xfe bad", "tab\tnew\nline\r", "café CAFÉ", "'quoted' ‘single’", "I", "Z9", "e\u0301",
		"O’Neil O'Neil A’", "\u00a0nbsp\u2003em", "“a” 'b c' ‘d’ \"e\" «f» e\u0301'g h' x\n\n“y",
		"'a \"b\" c' n’ 'x\ny' é'a b'",
	} {
		checkScanTokens(t, text)
	}
}

func FuzzScanTokens(f *testing.F) {
	for _, s := range []string{"U.S. trade", "Nguyễn’s JETRO", "a.b.c.", "x\xffy", "1,2.3", "“a” 'b' e\u0301'g h' \"c\"\n\n“"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkScanTokens(t, text)
		if got, want := lowerASCII(text), lowerBytewise(text); got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", text, got, want)
		}
	})
}

// lowerBytewise is lowerASCII one byte at a time.
func lowerBytewise(text string) string {
	b := []byte(text)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestLowerASCII(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	texts := []string{"", "A", "Z@[`az{", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Nguyễn Thị LAN said", string(all)}
	for shift := 0; shift < 33; shift++ { // every tail after the 32-byte steps
		texts = append(texts, string(all[shift:]), string(all[:len(all)-shift]))
	}
	for _, text := range texts {
		if got, want := lowerASCII(text), lowerBytewise(text); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestNextMarkByte(t *testing.T) {
	base := "plain text with no marks at all, but words; and more words."
	for _, mark := range []string{"\n", "\"", "'", "’", "“", "\xff", "\x80", ""} {
		for at := 0; at <= len(base); at++ {
			text := base[:at] + mark + base[at:]
			for from := 0; from <= len(text); from += 3 {
				want := len(text)
				for k := from; k < len(text); k++ {
					if c := text[k]; c >= 0x80 || c == '\n' || c == '"' || c == '\'' {
						want = k
						break
					}
				}
				if got := nextMarkByte(text, from); got != want {
					t.Fatalf("nextMarkByte(%q, %d) = %d, want %d", text, from, got, want)
				}
			}
		}
	}
}

// TestLetterRunEnd puts every byte value at every place of a run of letters.
func TestLetterRunEnd(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			text := []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[:20])
			text[at] = byte(c)
			for from := 0; from <= at; from++ {
				want := from
				for want < len(text) && token.IsASCIILetter(text[want]) {
					want++
				}
				if got := letterRunEnd(string(text), from); got != want {
					t.Fatalf("letterRunEnd(%q, %d) = %d, want %d", text, from, got, want)
				}
			}
		}
	}
}

func TestAppendFoldKey(t *testing.T) {
	for _, w := range []string{"Vietnam’s", "NATIONS’", "’", "a’b’C", "x", "", "Nguyễn’s", "café", "’’", "\xe2\x80", "a\xe2\x80\x98b", "\xff", "한국"} {
		got, ok := appendFoldKey([]byte("pre"), w)
		if !ok {
			if string(got) != "pre" {
				t.Errorf("appendFoldKey(%q) refused but gave %q", w, got)
			}
			continue
		}
		if want := "pre" + Fold(w); string(got) != want {
			t.Errorf("appendFoldKey(%q) = %q, want %q", w, got, want)
		}
	}
	for _, w := range []string{"Vietnam’s", "Nguyễn", "Đặng"} {
		if _, ok := appendFoldKey(nil, w); !ok {
			t.Errorf("appendFoldKey refused %q", w)
		}
	}
}

func TestNextFlagged(t *testing.T) {
	for n := 0; n < 20; n++ {
		for at := 0; at <= n; at++ {
			flags := make([]uint8, n)
			for k := range flags {
				flags[k] = fWord | fAllCaps
			}
			if at < n {
				flags[at] |= fCap
			}
			for from := 0; from <= n; from++ {
				want := n
				if at < n && from <= at {
					want = at
				}
				if got := nextFlagged(flags, from, fCap); got != want {
					t.Fatalf("nextFlagged(%v, %d) = %d, want %d", flags, from, got, want)
				}
			}
		}
	}
}
