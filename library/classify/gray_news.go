package classify

// Internal news told without a keyword (issue 7): tension in the board,
// a fall in the association's activity, a statistic about a small group.
// None is public yet: doubt, so that a volunteer checks.

func (a *analysis) findInternalNews() {
	fall := a.has(cFall) && a.has(cActivity) || a.digits && a.hasAny(cPopulation, cPerson, cActivity) && a.smallGroupStat()
	tension := a.has(cTension) && a.hasAny(cBoard, cPopulation)
	pending := a.has(cPending) && a.has(cFunding)
	if !fall && !tension && !pending || a.isPublished() {
		return
	}
	toks := a.s.toks
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
	toks := a.s.toks
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i+2].has(fDigit) || !(toks[i].norm == "sur" || toks[i].norm == "parmi" || toks[i].norm == "of" || toks[i].norm == "among") ||
			!(toks[i+1].norm == "les" || toks[i+1].norm == "nos" || toks[i+1].norm == "the" || toks[i+1].norm == "our") ||
			!toks[i+2].has(fDigit) || !(toks[i+3].isAny(cPopulation, cPerson) || toks[i+3].is(cActivity) || toks[i+3].norm == "personnes" || toks[i+3].norm == "people") {
			continue
		}
		for k := i + 4; k < len(toks); k++ {
			if toks[k].has(fDigit) {
				return true
			}
		}
	}
	return false
}
