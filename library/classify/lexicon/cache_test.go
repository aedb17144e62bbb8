package lexicon

import (
	"strings"
	"testing"
)

// A cache shared by two lexicons, and by far more words than it holds,
// answers every word as Lookup does: a word of one lexicon is never
// answered from the other's entry, and a slot taken by another word is
// never taken for this one.
func TestLookupCachedAnswersAsLookup(t *testing.T) {
	words := LoadWords(Data, "data/lastnames.txt") // thousands of words: slots are shared
	one, two := ClassBuilder{}, ClassBuilder{}
	one.Add(words, 3)
	one.Add(WordSet{"le": true, "vélo": true}, 1)
	two.Add(WordSet{"le": true, "martin": true}, 150)
	cls := []*Classes{one.Build(NewDict()), two.Build(NewDict())}
	var c WordCache
	probe := []string{"le", "martin", "vélo", "", strings.Repeat("a", maxKey+1), "zzzz"}
	for w := range words {
		probe = append(probe, w)
	}
	for round := 0; round < 2; round++ {
		for _, w := range probe {
			for _, cl := range cls {
				if got, want := *cl.LookupCached(w, &c), *cl.Lookup(w); got != want {
					t.Fatalf("%.12q: cached %+v, Lookup %+v", w, got, want)
				}
			}
		}
	}
}
