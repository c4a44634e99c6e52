package dates

import (
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/internal/benchcpu"
	"github.com/claimcheck/claimcheck/internal/fixturetext"
)

// proseSentences are news sentences of the usual mix: most name no date, a few
// name one. The lead calls Parse once a sentence, so the benchmark does too.
var proseSentences = []string{
	"The regional council approved the new transit plan after a long debate.",
	"Officials said the line would link the northern suburbs with the port.",
	"Construction is scheduled to begin on Wednesday, according to the ministry.",
	"The project, worth about 2.4 billion dollars, drew criticism from residents.",
	"Critics argued that the route cuts through farmland and two protected wetlands.",
	"Mayor Lena Ortiz told reporters that the benefits outweigh the costs.",
	"Ridership on the existing buses fell 12% in the first nine months of 2025.",
	"The agency expects the first trains to run by the end of 2027.",
	"Unions have threatened strikes since March over pay and staffing.",
	"A spokesperson for the operator declined to comment on the dispute.",
	"Environmental groups plan to file a legal challenge next month.",
	"The council will hold a public hearing before the final vote.",
}

func BenchmarkParseProse(b *testing.B) {
	toks := make([][]token.Token, len(proseSentences))
	size := 0
	for i, s := range proseSentences {
		toks[i] = token.Scan(s, nil)
		size += len(s)
	}
	ref := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, s := range proseSentences {
			Parse(s, toks[i], ref)
		}
	}
}

// BenchmarkParseCorpus times Parse one sentence at a time over the fixture corpus.
func BenchmarkParseCorpus(b *testing.B) {
	sents, toks, n := fixturetext.Sentences(b, "../..", 2<<20)
	ref := time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(n)
	b.ReportAllocs()
	cpu0 := benchcpu.Now()
	for b.Loop() {
		for i, s := range sents {
			Parse(s, toks[i], ref)
		}
	}
	benchcpu.Report(b, n, cpu0)
}
