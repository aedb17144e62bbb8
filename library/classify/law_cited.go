package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sentence that cites a legal text (« Article 9 du Code civil :
// chacun a droit au respect de sa vie privée », « Le Code du travail
// prévoit que le salarié a droit à une pause », "Under the Care Act 2014,
// unpaid carers have a right to an assessment") speaks of the persons
// the law speaks of — « le salarié », « le patient », « l'enfant »,
// "carers" — whoever they are: no one is described there. Only the
// description rules stand aside (indirect.go); a name, a possessive
// person (« mon frère ») and a special-category fact keep their rules.

// citesLaw: the sentence names a legal code (« Code civil », « Code de la
// santé publique ») or an English act ("the Care Act").
func (a *analysis) citesLaw() bool {
	toks := a.s.Toks
	for k := range toks {
		t := &toks[k]
		if !t.Has(text.Cap) || k+1 >= len(toks) {
			continue
		}
		next := toks[k+1].Norm
		switch t.Norm {
		case "code":
			if next == "civil" || next == "penal" || next == "general" || legalCodeOf(toks, k+1) {
				return true
			}
		case "act":
			if k > 0 && toks[k-1].Has(text.Cap) && !isClauseSep(t.Sep) {
				return true
			}
		}
	}
	return false
}

// legalCodes name the matter of a French legal code after « Code du »,
// « Code de la », « Code de l' », « Code des » (data/words/legal_codes.txt):
// « Code du travail », « Code de la santé publique »; « Code de la
// porte », « Code de bonne conduite » are no law.
var legalCodes = lexicon.Words(lexicon.Data, "legal_codes")

// legalCodeOf: « du », « de la », « de l' », « des » at k, then a matter
// of legalCodes.
func legalCodeOf(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "du", "des":
		k++
	case "de":
		k++
		if k < len(toks) && (toks[k].Norm == "la" || toks[k].Norm == "l") {
			k++
		}
	default:
		return false
	}
	return k < len(toks) && legalCodes[toks[k].Norm]
}

// lawsPerson: the person anchored at k is the law's own way of naming
// whoever: after an article (« l'enfant », "the tenant"), or in a
// sentence about everyone (« chacun a droit au respect de sa vie
// privée »); not a possessive (« mon frère », « notre trésorière ») nor a
// demonstrative.
func (a *analysis) lawsPerson(k int) bool {
	switch a.s.Toks[k].Norm {
	case "le", "la", "l", "les", "un", "une", "the", "a", "an":
		return true
	}
	return a.anyWordIn(everyoneWords)
}

// everyoneWords name everyone (data/words/everyone_words.txt).
var everyoneWords = lexicon.Words(lexicon.Data, "everyone_words")
