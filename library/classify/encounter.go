package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Rencontre avec X » is a poster's title for an author's visit and a
// volunteer's note of meeting a beneficiary (« Rencontre avec Mme X pour
// son dossier »). The title phrase makes X a public figure, a doubt; it
// must not also be the public event that lets the name pass
// (event_guest.go) or the public frame of a role (public_role.go): the
// same word would be both the evidence and what it proves. Another word
// of an event, a work or a source still lets the name pass.

var encounterWords = lexicon.Words(lexicon.Data, "encounter_words")

// encounterWith: the word at k is an everyday meeting word followed by
// « avec », "with" and a capitalised word (a name, a civility). A title
// in between (« Rencontre avec l'autrice X ») tells the public figure on
// its own, and the meeting is then the event.
func encounterWith(toks []text.Token, k int) bool {
	return encounterWords[toks[k].Norm] && k+2 < len(toks) && (toks[k+1].Norm == "avec" || toks[k+1].Norm == "with") &&
		toks[k+2].Has(text.Cap)
}

// anyWordBut: a word of set in the sentence, an encounter aside.
func (a *analysis) anyWordBut(set lexicon.WordSet) bool {
	for k := range a.s.Toks {
		if set[a.s.Toks[k].Norm] && !encounterWith(a.s.Toks, k) {
			return true
		}
	}
	return false
}

// classBut: a token of one of the classes in the sentence, an encounter
// aside.
func (a *analysis) classBut(cs text.ClassSet) bool {
	if !a.sentCls.Intersects(cs) {
		return false
	}
	for k := range a.s.Toks {
		if a.s.Toks[k].Cls.Intersects(cs) && !encounterWith(a.s.Toks, k) {
			return true
		}
	}
	return false
}
