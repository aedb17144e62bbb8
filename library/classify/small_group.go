package classify

// A special category told of a small counted group (issue 7, section 4):
// « les deux sœurs gitanes qui viennent le mercredi » are two known
// people, not a public. judgeSpecial leaves a plural in doubt; a count of
// two or three persons, or a habit that singles them out, makes it a fact
// about identifiable people: blocked.

func (a *analysis) upgradeSmallGroup() {
	if !a.smallGroup() || a.sentenceGeneric() {
		return
	}
	// everyday words of data/special/ are weak: judgeSpecial leaves them
	// without a person; a small counted group is identifiable people
	a.scratch = a.spansOf(dSpecial, a.scratch[:0])
	for _, sp := range a.scratch {
		if t := specialTerms[sp.val-1]; sp.val-1 >= firstFileTerm && !a.notAFact(sp) {
			a.add(t.kind, Sensitive, Blocked, sp.i, sp.j, specialReason(t.kind))
		}
	}
	start, end := a.s.toks[0].start, a.s.toks[len(a.s.toks)-1].end
	for k := range a.findings {
		f := &a.findings[k]
		if f.Start >= start && f.End <= end && f.Category == Sensitive && f.Verdict == Doubt {
			f.Verdict = Blocked
		}
	}
}

// smallGroup: « deux sœurs », "both drivers", « les trois éducateurs ».
func (a *analysis) smallGroup() bool {
	toks := a.s.toks
	for i := 0; i+1 < len(toks); i++ {
		if !smallCounts[toks[i].norm] {
			continue
		}
		for n := i + 1; n < min(len(toks), i+3); n++ {
			if a.lex.population[toks[n].norm] || kinPlural[toks[n].norm] {
				return true
			}
		}
	}
	return false
}

var (
	smallCounts = loadWords("data/words/small_counts.txt")
	kinPlural   = loadWords("data/words/kin_plural.txt")
)
