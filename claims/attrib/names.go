package attrib

import "strings"

// The name lexicons are space-separated folded words, kept as constants so the
// package has no mutable state. They are short on purpose: each is a list a
// reviewer can read through, and the look-ups only serve names already found.

// vietFamily holds common Vietnamese family names (folded). Together these
// cover the great majority of Vietnamese people; Ho, Ngo, Do, To and Ly are
// listed though they are also English or Chinese words, because in a name
// slot they are family names.
const vietFamily = " nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly to ta " +
	"trinh dinh mai cao lam luong doan trieu truong la luu kieu quach thai tong tieu vuong " +
	"khuc chu giang nong thach hua quan ton au bach dao diep dam lai tang hau chau "

// japanFamily holds about 150 of the most common Japanese family names and the
// family names of post-war prime ministers and prominent politicians (folded,
// long vowels unmarked: "Ito", "Ono").
const japanFamily = " sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato " +
	"yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe " +
	"ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa " +
	"murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara " +
	"okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida " +
	"ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando " +
	"taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda " +
	"sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura " +
	"kikuchi sano onishi sugimoto arai hamada ichikawa furukawa mizuno komatsu shimada koyama " +
	"takano yamauchi nishida nishikawa igarashi kitamura yasuda nakata kawaguchi hirata " +
	"kawasaki iida yoshikawa homma honda kubota sawada tsuji seki yoshimura iwata nakanishi " +
	"hattori higuchi fukushima kawakami nagai matsuoka taguchi yamanaka morimoto tsuchiya " +
	"yano hirose oda nishiyama akiyama miyata ishihara sakata oshima kojima okabe " +
	"suga kishida ishiba takaichi koizumi motegi kono kamikawa iwaya akazawa noda aso " +
	"hatoyama kan obuchi murayama nakasone tamaki edano kishi hagiuda kihara onodera shindo " +
	"koike matsuno nukaga ishidera takebe nikai amari tanigaki okuda "

// sinoKoreanFamily holds common Chinese and Korean family names, which news
// writes first ("Xi Jinping", "Lee Jae-myung").
const sinoKoreanFamily = " wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin " +
	"gao luo zheng liang xie song tang feng deng peng zeng xiao tian pan yuan cai jiang du " +
	"ye cheng wei su ding ren shen yao xi wen kim lee park choi jung jeong kang cho yoon jang " +
	"lim oh seo shin kwon hwang ahn yoo hong jeon moon bae baek heo nam shim roh kwak sung " +
	"cha joo woo min ryu "

// japanGivenEndings are endings typical of Japanese given names, longest first;
// they decide which part is the given name when neither part is a known family
// name ("Takio", "Haruto", "Shigeru", "Sanae").
var japanGivenEndings = [...]string{
	"hiko", "hide", "hiro", "nori", "nobu", "yuki", "suke", "kazu",
	"shi", "aki", "ro", "ko", "to", "ta", "ru", "ji", "ya", "ki", "mi", "mu", "ka", "na", "e", "o",
}

func inList(list, w string) bool {
	if w == "" || strings.ContainsAny(w, " ") {
		return false
	}
	i := strings.Index(list, w)
	for i >= 0 {
		if list[i-1] == ' ' && list[i+len(w)] == ' ' {
			return true
		}
		j := strings.Index(list[i+1:], w)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func isVietFamily(w string) bool  { return inList(vietFamily, w) }
func isJapanFamily(w string) bool { return inList(japanFamily, w) }
func isSinoKorean(w string) bool  { return inList(sinoKoreanFamily, w) }

// japanGivenEnding returns the typical given-name ending w ends with, or "".
func japanGivenEnding(w string) string {
	for _, e := range japanGivenEndings {
		if len(w) > len(e)+1 && strings.HasSuffix(w, e) {
			return e
		}
	}
	return ""
}

// looksJapanese reports whether w can be spelled in Hepburn romanisation:
// syllables of an optional onset and a vowel, a syllabic n, and doubled
// consonants ("Hattori").
func looksJapanese(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); {
		if isVowel(w[i]) {
			i++
			continue
		}
		if w[i] == 'n' && (i+1 == len(w) || !isVowel(w[i+1]) && w[i+1] != 'y') {
			i++
			continue
		}
		n := onset(w[i:])
		if n == 0 || i+n >= len(w) || !isVowel(w[i+n]) {
			return false
		}
		i += n + 1
	}
	return true
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// onset returns the length of the Hepburn consonant onset s starts with, 0 if none.
func onset(s string) int {
	for _, o := range [...]string{"kky", "ssh", "tch", "tts", "ppy", "sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "kk", "ss", "tt", "pp"} {
		if strings.HasPrefix(s, o) {
			return len(o)
		}
	}
	if strings.IndexByte("kgsztdnhbpmyrwjf", s[0]) >= 0 {
		return 1
	}
	return 0
}
