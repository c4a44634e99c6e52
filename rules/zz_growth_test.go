package rules

import (
	"fmt"
	"os"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/source"
)

func TestZZGrowth(t *testing.T) {
	dir := os.Getenv("DBG_CORPUS")
	if dir == "" {
		t.Skip()
	}
	docs, errs := source.Load([]string{dir}, source.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var facts []*claims.Fact
	for _, d := range docs {
		facts = append(facts, claims.Extract(d)...)
	}
	ix := claims.NewIndex(docs, facts)
	p := NewPass(ix, GrowthMismatch(), Settings{})
	levels := sentenceLevels(p)
	fmt.Println("HEADS", claims.Head("revenu usd"), claims.Head("revenu percent"), claims.Head("record revenu usd"))
	for _, ch := range ix.Kind(claims.KindChange) {
		own := levels[sentenceKey{ch.Doc, ch.Sentence}]
		fmt.Printf("CHANGE %q key=%q own=%d ownLevels=%t\n", ch.Text(), ch.Key, len(own), ownLevels(ch, own))
		for _, c := range levelCandidates(p, ch, nil) {
			fmt.Printf("   cand %q %q level=%t plan=%t\n", c.Text(), c.Key, isLevel(c), c.Plan)
		}
		for _, g := range levelGroups(p, ch, own, modeOf(ch.Quantity)) {
			for _, m := range g {
				fmt.Printf("   level %q %q %s\n", m.f.Text(), m.f.Key, levelDate(m.f))
			}
			s, e, ok := periodLevels(p, ch, own, g)
			f, to, ok2 := periodOf(p, ch, own)
			fmt.Println("   ->", ok, s.f != nil && e.f != nil, f, to, ok2)
		}
	}
}
