package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Two people said to be together (issue 7, section 4: sex life in
// everyday words): « les deux animateurs du centre aéré sont ensemble,
// ça jase », "the lifeguards are together now". « Ensemble » ends the
// clause, or a length of time or "now" follows it; with a place or a
// task after it (« sont ensemble au stand crêpes ») they are two people
// working side by side. The pair must be people: two names, or « deux »,
// "two", "both" before a person.

var (
	pairCopulas  = lexicon.Words(lexicon.Data, "pair_copulas")  // sont, are
	togetherEnds = lexicon.Words(lexicon.Data, "together_ends") // depuis, now
)

// findTogetherAsCouple reports « sont ensemble » said of a pair of people.
func (a *analysis) findTogetherAsCouple() {
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		n := toks[i].Norm
		if n != "ensemble" && n != "together" || !pairCopulas[toks[i-1].Norm] {
			continue
		}
		end := i+1 == len(toks) || isClauseSep(toks[i+1].Sep) || togetherEnds[toks[i+1].Norm] && !notAfter(toks, i+1)
		if end && a.pairBefore(i-1) {
			a.add(ruleSexuality, i-1, i+1)
			return
		}
	}
}

// pairBefore: two names, or a pair word and a person, before token k.
func (a *analysis) pairBefore(k int) bool {
	names := 0
	for _, nm := range a.names {
		if nm.i < k {
			names++
		}
	}
	if names >= 2 {
		return true
	}
	toks := a.s.Toks
	pair := false
	for i := 0; i < k; i++ {
		switch toks[i].Norm {
		case "deux", "two", "both":
			pair = true
		}
		if pair && toks[i].IsAny(cPerson, cPopulation, cOwnPeople, cRole) {
			return true
		}
	}
	return false
}

// notAfter: « pas » or "not" follows the word at k (« ensemble mais pas
// dans la même équipe »): the clause denies a place, not a couple.
func notAfter(toks []text.Token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].Norm == "pas" || toks[k+1].Norm == "not")
}
