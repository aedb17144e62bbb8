package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Luc travaille à l'hôpital comme cuisinier », "she works at the
// hospital", « bénévole aux urgences »: a place of care right after a
// word of working there is the person's workplace, not a fact of their
// health. Only right after it: « Paul, qui travaille, est à l'hôpital »
// is a stay.

var careWorkWords = lexicon.Words(lexicon.Data, "care_work_words")

// careWorkplace: the weak health place at sp follows a word of work.
func (a *analysis) careWorkplace(sp span) bool {
	if sp.i == 0 {
		return false
	}
	prev, first := a.s.Toks[sp.i-1].Norm, a.s.Toks[sp.i].Norm
	if (first == "en" || first == "in") && careSpecialtyStaff[prev] {
		return true // « infirmière en cardiologie », "specialised in cardiology"
	}
	return careWorkWords[prev] && placePrepositions[first] && !a.auxiliaryHas(sp.i)
}

// auxiliaryHas: the unaccented « a » at k is the verb « avoir », not the
// preposition « à »: no article, elision or place name follows it (« le
// nouveau bénévole a fait de la prison » tells a past, not a workplace).
func (a *analysis) auxiliaryHas(k int) bool {
	toks := a.s.Toks
	if a.text[toks[k].Start:toks[k].End] != "a" || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	return !next.Has(text.Cap) && !next.Is(cPlainDets) && !isElision(next.Norm)
}

// careSpecialtyStaff hold a post in a hospital specialty (« une infirmière
// en cardiologie »): data/words/care_specialty_staff.txt.
var careSpecialtyStaff = lexicon.Words(lexicon.Data, "care_specialty_staff")

// placePrepositions open a place of care (« à l'hôpital », "at the").
var placePrepositions = prepositionUses.of("workplace")
