package classify

import "tamis/library/classify/text"

// Internal news told without a keyword (issue 7): tension in the board,
// a fall in the association's activity, a statistic about a small group.
// None is public yet: doubt, so that a volunteer checks.

func (a *analysis) findInternalNews() {
	fall := a.has(cFall) && a.has(cActivity) || a.digits && a.hasAny(cPopulation, cPerson, cActivity) && a.smallGroupStat()
	tension := a.tensionSaid() && a.hasAny(cBoard, cPopulation) // tension_said.go
	pending := a.has(cPending) && a.has(cFunding)
	if !fall && !tension && !pending || a.isPublished() {
		return
	}
	toks := a.s.Toks
	if fall {
		// even in a class's or a workshop's sentence: "attendance at the language class has halved"
		a.add(ruleAggregate, 0, len(toks))
	}
	if a.sentenceGeneric() {
		return
	}
	if tension {
		a.add(ruleInternal, 0, len(toks))
	}
	if pending {
		a.add(rulePartner, 0, len(toks)) // "pas sûrs d'avoir la subvention"
	}
}

// smallGroupStat: "sur les 12 élèves du cours, 10 sont des femmes", "of
// the 8 people in the group, 6 live alone": a count within a small
// known group describes its people.
func (a *analysis) smallGroupStat() bool {
	toks := a.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i+2].Has(text.Digit) || !(toks[i].Norm == "sur" || toks[i].Norm == "parmi" || toks[i].Norm == "of" || toks[i].Norm == "among") ||
			!(toks[i+1].Norm == "les" || toks[i+1].Norm == "nos" || toks[i+1].Norm == "the" || toks[i+1].Norm == "our") ||
			!toks[i+2].Has(text.Digit) || !(toks[i+3].IsAny(cPopulation, cPerson) || toks[i+3].Is(cActivity) || toks[i+3].Norm == "personnes" || toks[i+3].Norm == "people") {
			continue
		}
		for k := i + 4; k < len(toks); k++ {
			if toks[k].Has(text.Digit) {
				return true
			}
		}
	}
	return false
}
