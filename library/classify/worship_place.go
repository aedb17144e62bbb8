package classify

import "tamis/library/classify/lexicon"

// English names a place by a noun before its head: "the church hall",
// "the mosque car park" are rooms and car parks that every association
// of the village books, as « la salle paroissiale » or « le parking de
// l'église » are in French, where no faith word stands. Meeting someone
// there tells no faith; going to church, praying at the mosque still do.

// worshipPremises are the parts of such premises (data/words/worship_premises.txt).
var worshipPremises = lexicon.Words(lexicon.Data, "worship_premises")

// worshipPremisesAt: the special term at sp ends on a place of worship
// (worship_words.txt: "church", "at the mosque") right before a part of
// its premises.
func (a *analysis) worshipPremisesAt(sp span) bool {
	toks := a.s.Toks
	return sp.j < len(toks) && worshipWords[toks[sp.j-1].Norm] &&
		worshipPremises[toks[sp.j].Norm] && toks[sp.j].Sep == 0
}
