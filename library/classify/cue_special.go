package classify

import (
	"tamis/i18n"
	"tamis/library/classify/text"
)

// Special categories in everyday words (issue 7, section 4): joining a
// union named by its acronym, voting a strike, eating only after sunset,
// a body trait captured to identify the association's people. Each is a
// fact about identifiable people even when no noun names the category.

func (a *analysis) findEverydaySpecial(cs cueSet) {
	if a.sentenceGeneric() && len(a.names) == 0 {
		return // a framing (« le mois sans tabac ») hides no fact, unless someone is named
	}
	people := len(a.anchors) > 0 || a.hasAny(cPerson, cPopulation) || cs.has(cueMember)
	if k := a.unionNamed(); k >= 0 && (a.joinedBefore(k) || k+1 < len(a.s.Toks) && unionMembers[a.s.Toks[k+1].Norm]) || cs.has(cueStrikeVote) && people {
		if k < 0 {
			k, _ = a.cueAt(cueStrikeVote)
		}
		a.add(ruleUnion, k, k+1)
	}
	if cs.has(cueFasting, cueEating) && len(a.anchors) > 0 {
		i, j := a.cueAt(cueFasting)
		a.add(ruleReligion, i, j)
	}
	if cs.has(cueBiometric) && people {
		i, j := a.cueAt(cueBiometric)
		a.addAs(ruleBiometric, Blocked, i, j,
			ruleBiometric.reason()+i18n.T(" : collecte sur des personnes de l'association", ": collected from the association's people"))
	}
}

// joinedBefore: a joining word ends at most two tokens before the union
// at k (« ont rejoint la CFDT », "are all in the GMB"), not anywhere in
// the sentence (« les syndicats CFDT et CGT tiennent un stand à la fête »).
func (a *analysis) joinedBefore(k int) bool {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(cueJoin) && h.j <= k && h.j >= k-2 {
			return true
		}
	}
	return false
}

// unionNamed returns the token of a union written as its name: an
// acronym in capitals (CFDT, GMB), a longer name with a capital (Unite),
// so that « le sud de la France » is no union; or -1.
func (a *analysis) unionNamed() int {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueUnionName) {
			continue
		}
		t := toks[h.i]
		if t.Has(text.Upper) || len(t.Norm) > 4 && t.Has(text.Cap) && h.i > 0 {
			return h.i
		}
	}
	return -1
}
