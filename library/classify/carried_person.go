package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A value is often several sentences about one person: « Mme Leroy est
// passée hier. Elle sort de trois semaines en psychiatrie. », "Tom came
// by. His probation officer called." The person stands in one sentence, the
// fact in the next; a pronoun or a possessive that points back carries the
// fact to that person. (A subject pronoun is an anchor of its own
// sentence, anchors.go.) A sentence cut short with no word pointing back
// (« Grève jeudi. ») carries nothing: notices are written so too.

// backReferences point back at a person of an earlier sentence.
var backReferences = lexicon.Words(lexicon.Data, "back_references")

// durationUnits count time after a number (isDuration).
var durationUnits = lexicon.Words(lexicon.Data, "duration_units")

// notePerson remembers that the sentence is about one person, for the
// sentences after it in the same value. It runs last, once the anchors
// of the sentence are known.
func (a *analysis) notePerson() {
	if !a.carried && len(a.anchors) > 0 && !a.sentenceGeneric() && !a.hasPopulation() {
		a.carried = true
	}
}

// carriedAnchor: the special-category word at sp has no person in its own
// sentence, but an earlier sentence of the value has one and this
// sentence points back at it. The anchor returned stands at the word.
func (a *analysis) carriedAnchor(sp span) (anchor, bool) {
	if !a.carried || a.sentenceGeneric() || a.hasPopulation() || a.aggregated() {
		return anchor{}, false
	}
	if a.pointsBack() {
		return anchor{k: sp.i, kind: anchorPronoun}, true
	}
	return anchor{}, false
}

// pointsBack: the sentence holds a possessive or an object pronoun.
func (a *analysis) pointsBack() bool {
	for _, t := range a.s.Toks {
		if backReferences[t.Norm] {
			return true
		}
	}
	return false
}

// isDuration: a month, a week or a day counted (« trois mois », "6 weeks")
// is a length of time, not a public campaign (« Mois sans tabac »): the
// fact that follows it (« six mois de prison ferme ») is still a fact.
func isDuration(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	if !durationUnits[toks[i].Norm] {
		return false
	}
	prev := toks[i-1]
	return prev.Flags&text.Letter == 0 || prev.Is(cNumberWords)
}
