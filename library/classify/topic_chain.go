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

// topicChain: tokens [from, k) are the rest of a theme that the marker
// at m opened, right after a noun of a talk, a class or a work
// (« conférence sur le sommeil des enfants autistes », "a talk on the
// sleep of…"), linked by « de », "of", up to the special word at k. A
// theme noun elsewhere in the sentence frames nothing: « Au cours de la
// semaine, mon fils est revenu sur les effets de la chimio ».
func (a *analysis) topicChain(m, from, k int) bool {
	toks := a.s.Toks
	if k-from < 2 || k-from > 4 || m == 0 || !themeHeads[toks[m-1].Norm] && !a.themeAfterSpeaker(m) {
		return false
	}
	linked := false
	for n := from; n < k; n++ {
		t := &toks[n]
		if n > from && isClauseSep(t.Sep) || t.Has(text.Cap) || t.Has(text.Digit) || a.named(n) {
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

// themeAfterSpeaker: the marker at m follows a comma in a sentence that
// opens on a talk and its speaker (« Conférence du Pr Martin, oncologue
// au CHU, sur les nouveaux traitements du cancer »): the theme is the
// talk's.
func (a *analysis) themeAfterSpeaker(m int) bool {
	toks := a.s.Toks
	if toks[m].Sep != ',' || !themeHeads[toks[0].Norm] {
		return false
	}
	for k := 1; k < m; k++ {
		if a.named(k) || toks[k].Is(cCivility) {
			return true // the speaker: « du Pr Martin », "by Dr Patel"
		}
	}
	return false
}

var (
	themeHeads = lexicon.Words(lexicon.Data, "theme_heads")
	themeLinks = prepositionUses.of("theme")
	themeStops = pronounUses.of("relative")
)
