package classify

import "tamis/library/classify/lexicon"

// The public an activity serves, described (issue 7, section 4, public
// text flagged as doubt): « groupe de parole pour les personnes touchées
// par un cancer », « cours adaptés aux personnes en situation de
// handicap », "a support group for people living with HIV". A sensitive
// word beside a public in the plural is a statistic about the public —
// a doubt — only when something counts it (a number, « plusieurs »,
// « la moitié ») or when the public is the association's own (« nos
// bénéficiaires »); otherwise it says whom the activity is for, as a
// leaflet would, and names no one.

// publicServed: the sentence's public in the plural is counted by
// nothing and is not the association's own.
func (a *analysis) publicServed() bool {
	return !a.digits && !a.hasAny(cQuantity, cNumberWords, cSpelledNumber) &&
		!affairSet(a.listsFound(dAffair)).has(affShare) && !a.ownPopulation()
}

// toldOfPublic: the term is said of the public, which opens the
// sentence (maybe with its « du club », « de l'épicerie »), by a copula
// and at most a few adverbs (« Les parents sont musulmans », « Les
// bénévoles du club sont tous musulmans », « Nos adhérents sont plutôt de
// gauche », "the carers are all depressed"): a fact about them, a
// statistic to check, not whom an activity is for.
func (a *analysis) toldOfPublic(sp span) bool {
	toks := a.s.Toks
	k := 0
	for k < min(sp.i, 2) && !toks[k].IsAny(cPopulation, cOwnPeople) {
		k++
	}
	if k >= sp.i || !toks[k].IsAny(cPopulation, cOwnPeople) {
		return false
	}
	c := k + 1
	if c < sp.i && (toks[c].Norm == "du" || toks[c].Norm == "de" || toks[c].Norm == "des" || toks[c].Norm == "of") {
		for c < min(sp.i, k+5) && !statingCopulas[toks[c].Norm] && !isClauseSep(toks[c].Sep) {
			c++ // « les bénévoles du club sont… »
		}
	}
	if c >= sp.i || !statingCopulas[toks[c].Norm] {
		return false
	}
	for n := c + 1; n < sp.i; n++ {
		if !attributeAdverbs[toks[n].Norm] {
			return false
		}
	}
	return true
}

// attributeAdverbs stand between a group and its fact (data/words/attribute_adverbs.txt).
var attributeAdverbs = lexicon.Words(lexicon.Data, "attribute_adverbs")
