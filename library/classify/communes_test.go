package classify

import (
	"testing"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A commune's name runs over its hyphens and apostrophes.
func TestCommuneNamesSpanHyphensAndApostrophes(t *testing.T) {
	const club = "le club de Saint-Martin-d'Hères joue"
	var sc text.Scanner
	sc.Reset(club, nil)
	var s text.Sentence
	sc.Next(&s)
	a := analysis{lex: sharedLexicon(), text: club, s: s}
	end, pop := a.communeAt(3)
	if end != 7 || pop < 30000 {
		t.Fatalf("communeAt: end %d pop %d, want the four tokens of Saint-Martin-d'Hères", end, pop)
	}
	if end, _ := a.communeAt(0); end != 0 {
		t.Fatalf("communeAt(le) = %d, want 0", end)
	}
}

// Every word class has words: a class whose list is missing from
// classFiles would silently never match.
func TestEveryWordClassHasWords(t *testing.T) {
	lx := sharedLexicon()
	lists := []lexicon.WordSet{lx.firstnames, lx.ambiguous, lx.lastnames, lexicon.Words(lexicon.Data, "venue_words")}
	for _, cf := range classFiles {
		lists = append(lists, lexicon.Words(lexicon.Data, cf.files...))
	}
	var seen text.ClassSet
	for _, words := range lists {
		for w := range words {
			seen.Union(lx.class.Lookup(w).Cls)
		}
	}
	for c := text.Class(0); c < numClasses; c++ {
		if !seen.Has(c) {
			t.Errorf("word class %d has no word", c)
		}
	}
}
