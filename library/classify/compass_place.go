package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Sud » is also the union SUD (Solidaires). Written with only its
// first letter capitalised after « le », « du », « au » it is a region
// or a country's part: « dans le Sud », « l'Afrique du Sud », « au Sud
// de la Loire ». The union is written in capitals (« délégué SUD ») or
// heads its branch's name without an article (« Sud Rail »).

// compassWords are the points of the compass a special term shares (data/words/compass_words.txt).
var compassWords = lexicon.Words(lexicon.Data, "compass_words")

// regionArticles stand before a region's compass point (data/words/region_articles.txt).
var regionArticles = lexicon.Words(lexicon.Data, "region_articles")

// compassPlace: the term at sp is a compass point read as a place.
func (a *analysis) compassPlace(sp span) bool {
	toks := a.s.Toks
	t := &toks[sp.i]
	branch := sp.j < len(toks) && toks[sp.j].Has(text.Cap) && !isClauseSep(toks[sp.j].Sep) // « du Sud Rail », « au Sud PTT »
	return sp.j == sp.i+1 && sp.i > 0 && compassWords[t.Norm] && !t.Has(text.Upper) && regionArticles[toks[sp.i-1].Norm] && !branch
}
