package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A member of a religious order is often named by the title of the order
// (issue 7, section 4): « Sœur Marie-Claire, des Ursulines de Tours »,
// "Sister Agnes from the convent". The title before a first name, in a
// sentence that names a house or an order of consecrated life, tells the
// person's religion: category 4. The title alone is no such fact: « ma
// sœur Claire » is kin, « Frère Jacques » a song, and a guided visit of
// the convent names no one.

// religiousTitles are the titles of data/words/religious_titles.txt.
var religiousTitles = lexicon.Words(lexicon.Data, "religious_titles")

// findReligiousTitle reports a title followed by a capitalised first
// name, with no possessive before it (« ma sœur », "my brother").
func (a *analysis) findReligiousTitle() {
	if !a.has(cConsecrated) {
		return // no house or order named: « Frère Jacques » is a song
	}
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if !religiousTitles[toks[i].Norm] || !toks[i].Has(text.Cap) || !toks[i+1].Has(text.Cap) {
			continue
		}
		if i > 0 && (personPossessives[toks[i-1].Norm] || toks[i-1].IsAny(cTopicPossessives, cDefiniteDets)) || !toks[i+1].IsAny(cFirst, cAmbig) {
			continue
		}
		a.addAs(ruleReligion, Blocked, i, i+2, ruleReligion.reason()+
			i18n.T(" : membre d’un ordre religieux", ": member of a religious order"))
	}
}
