package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Few people only (issue 7, section 4, the gray zone): « cette année,
// seules trois personnes ont suivi l'atelier », "only four volunteers
// turned up on Saturday". A small count said to be small, of the
// association's public (« il ne reste que deux bénévoles »), is a statistic about few identifiable people and
// internal news: a doubt. A limit announced to the public (« 3 enfants
// par groupe seulement », "only 10 places") is no count of people.

var fewOnly = lexicon.Words(lexicon.Data, "few_only") // seules, only, à peine

// perWords make a count a rule of the offer (data/words/per_words.txt).
var perWords = lexicon.Words(lexicon.Data, "per_words")

// findFewOnly reports « seules trois personnes … ».
func (a *analysis) findFewOnly() {
	toks := a.s.Toks
	if a.has(cPerWords) {
		return
	}
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].Is(cFewOnly) && !(toks[i].Norm == "que" && a.negatedBefore(i)) { // « il ne reste que deux … »
			continue
		}
		for c := i + 1; c < min(len(toks)-1, i+3); c++ {
			if !toks[c].Is(cSmallCounts) && !toks[c].Is(cSpelledNumber) && !(toks[c].Has(text.Digit) && len(toks[c].Norm) <= 2) {
				continue
			}
			if toks[c+1].Is(cPopulation) || c+2 < len(toks) && toks[c+2].Is(cPopulation) {
				a.add(ruleAggregate, 0, len(toks))
				return
			}
		}
	}
}
