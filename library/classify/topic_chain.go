package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A theme told as a noun phrase after « sur le », "on the": « conférence
// sur le sommeil des enfants autistes », "a talk on the sleep of autistic
// children". genericBefore took the special word only right after the
// marker (or its article); the theme goes on through « de », « des »,
// "of" and the plain words of the phrase. One person in it (a name, a
// possessive, a person's noun in the singular, a relative clause, a
// verb) makes the word someone's fact again: « sur le dossier de mon
// voisin malade », « sur la façon dont il vit son diabète ».

// topicChain: tokens [from, k) are the rest of a theme that a marker
// opened at from, linked by « de », "of", up to the special word at k,
// in a sentence that names a talk, a class or a work before it.
func (a *analysis) topicChain(from, k int) bool {
	toks := a.s.Toks
	if k-from < 2 || k-from > 4 || !a.themeHeadBefore(from) {
		return false
	}
	linked := false
	for m := from; m < k; m++ {
		t := &toks[m]
		if m > from && isClauseSep(t.Sep) || t.Has(text.Cap) || t.Has(text.Digit) || a.named(m) {
			return false
		}
		switch {
		case themeLinks[t.Norm]:
			linked = true
		case isArticle(t.Norm):
		case ownerWords[t.Norm] || themeStops[t.Norm] || subjectAuxiliaries[t.Norm]:
			return false
		case t.IsAny(cPerson, cKin, cRole, cKinPlural) && !t.Is(cPopulation):
			return false // one person's or a family's: « sur le suivi de la voisine malade », « des jumeaux »
		}
	}
	return linked && !themeLinks[toks[k-1].Norm] || linked && isArticle(toks[k-1].Norm)
}

// themeHeadBefore: a noun of a talk, a class or a work stands before k.
func (a *analysis) themeHeadBefore(k int) bool {
	for _, t := range a.s.Toks[:k] {
		if themeHeads[t.Norm] {
			return true
		}
	}
	return false
}

var (
	themeHeads = lexicon.Words(lexicon.Data, "theme_heads")
	themeLinks = prepositionUses.of("theme")
	themeStops = pronounUses.of("relative")
)
