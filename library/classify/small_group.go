package classify

// A special category told of a small counted group (issue 7, section 4):
// « les deux sœurs gitanes qui viennent le mercredi » are two known
// people, not a public. judgeSpecial leaves a plural in doubt; a count of
// two or three persons, or a habit that singles them out, makes it a fact
// about identifiable people: blocked.

func (a *analysis) upgradeSmallGroup() {
	if !a.groupFactsHere() || a.sentenceGeneric() {
		return
	}
	from, to := 0, len(a.s.Toks)
	if !a.smallGroup() {
		if from = a.knownKinState(); from < 0 {
			return
		}
		to = from + 1 // what the kin are, right after the copula
	}
	// everyday words of special_terms.txt are weak: judgeSpecial leaves them
	// without a person; a small counted group is identifiable people
	a.scratch = a.spansOf(dSpecial, a.scratch[:0])
	for _, sp := range a.scratch {
		if t := a.lex.special[sp.val-1]; t.flags&weak != 0 && groupFacts[t.rule] && sp.i >= from && sp.i < to && faithFormHolds(a.s.Toks, sp, t) && !a.notAFact(sp) { // faith_group_named.go: « Rubrique Témoins : deux voisins … »
			a.add(t.rule, sp.i, sp.j)
		}
	}
	start, end := a.s.Toks[from].From(), a.s.Toks[len(a.s.Toks)-1].To()
	if to < len(a.s.Toks) {
		end = a.s.Toks[from].To()
	}
	for k := a.sentenceFindings(); k < len(a.findings); k++ {
		f := &a.findings[k]
		if f.Start >= start && (f.End <= end || to < len(a.s.Toks) && f.Start < end) && f.Category == Sensitive && f.Verdict == Doubt {
			f.Verdict = Blocked
		}
	}
}

// groupFactsHere: the sentence holds what upgradeSmallGroup changes, a
// word of the special terms or a sensitive doubt of its own; checked
// first because it is cheaper than looking for a counted group.
func (a *analysis) groupFactsHere() bool {
	for _, h := range a.hits {
		if h.dict == dSpecial {
			return true
		}
	}
	for k := len(a.findings) - 1; k >= 0 && a.findings[k].Start >= a.s.Start; k-- {
		if f := &a.findings[k]; f.Category == Sensitive && f.Verdict == Doubt {
			return true
		}
	}
	return false
}

// smallGroup: « deux sœurs », "both drivers", « les trois éducateurs ».
func (a *analysis) smallGroup() bool {
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Is(cSmallCounts) {
			continue
		}
		for n := i + 1; n < min(len(toks), i+3); n++ {
			if toks[n].IsAny(cPopulation, cKinPlural) {
				return true
			}
		}
	}
	return false
}

// knownKinState returns the token right after « les jumeaux sont »,
// "the twins are", "her sisters are" (a plural kin noun after a
// determiner of known people, then a copula): what a family's members
// are, not a public; -1 when the sentence has no such subject.
// « Les voisins sont invités à la fête de l'Aïd » tells where they go,
// not what they are: only the words right after the copula count.
func (a *analysis) knownKinState() int {
	toks := a.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		if toks[i+1].Is(cKinPlural) && knownGroupDets[toks[i].Norm] && statingCopulas[toks[i+2].Norm] {
			return i + 3
		}
	}
	return -1
}

// groupFacts are the categories a weak word tells of a small group:
// origin, religion, health (not « syndicat » or « police », which a group
// meets without belonging).
var groupFacts = map[RuleID]bool{ruleOrigin: true, ruleReligion: true, ruleHealth: true}
