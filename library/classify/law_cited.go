package classify

import "tamis/library/classify/text"

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
			if next == "civil" || next == "penal" || next == "general" || (next == "du" || next == "de" || next == "des") && k+2 < len(toks) && !toks[k+2].Has(text.Digit) {
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
