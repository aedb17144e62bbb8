package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A special-category word that qualifies a place, a body or an event
// names no one (issue 7, section 4): "the Anglican church hall", "St
// Michael's Anglican Chaplaincy", « l'Entraide protestante », "a
// dementia-friendly afternoon tea", « l'ESAT Les Ateliers du Val vend ses
// légumes ». The word describes the institution or the public an event
// is made for; the door test passes. Said of a person, or in a sentence
// that names or points at someone, it stays a fact.

var (
	specialBodyNouns      = lexicon.Words(lexicon.Data, "special_body_nouns")
	specialBodyQualifiers = lexicon.Words(lexicon.Data, "special_body_qualifiers")
)

// specialNamesABody: the special term at sp qualifies a body, a place or
// an event, and the sentence names, points at and describes no one.
func (a *analysis) specialNamesABody(sp span) bool {
	if len(a.names) > 0 || len(a.anchors) > 0 || a.carried || a.describesSomeone() || a.someoneAtHome() {
		return false
	}
	return a.bodyNounNext(sp) || a.bodyNounBefore(sp) || a.hyphenQualifier(sp) || a.establishmentNamed(sp) || a.establishmentSubject(sp)
}

// establishmentSubject: the word is an establishment written in capitals
// (a venue word: CMP, MDPH) that opens the sentence after its article, as
// its subject: « Le CMP du quartier change d'horaires », « La MDPH sera
// fermée le 14 juillet ». The sentence tells the establishment's news;
// « Paul va au CMP » has a person and a way in.
func (a *analysis) establishmentSubject(sp span) bool {
	toks := a.s.Toks
	return sp.i == 1 && sp.j == 2 && toks[0].Is(cDefiniteArticles) && toks[1].Is(cVenue) && toks[1].Has(text.Upper) &&
		(len(toks) < 3 || !objectPronouns[toks[2].Norm] && !toldObjects[toks[2].Norm] && !toks[2].Is(cWeSubjects) && toks[2].Norm != "vous") // « Le CMP me suit », « le CMP nous reçoit »: someone's care
}

// someoneAtHome: a subject pronoun (« qu'ils célèbrent », "they"), the
// possessive of others (« leur appartement », "their flat") or a home
// pointed at (« chez eux », « sa chambre », home_pointed.go) says whose
// rite it is: « Office juif le vendredi soir dans leur appartement ».
func (a *analysis) someoneAtHome() bool {
	for _, t := range a.s.Toks {
		if subjectPronouns[t.Norm] || theirWords[t.Norm] {
			return true
		}
	}
	return a.homePointed()
}

// describesSomeone: the sentence holds a person noun in the singular
// ("Jewish community member, 54", « membre de l'aumônerie, 34 ans »): the
// body may be where that person belongs, so the special word stays a
// fact about them. Plural nouns are the public (« ouvert à toutes les
// personnes seules »).
func (a *analysis) describesSomeone() bool {
	for k, t := range a.s.Toks {
		if t.IsAny(cPerson, cRole) && !a.isPlural(span{i: k, j: k + 1}) {
			return true
		}
	}
	return false
}

// bodyNounNext: English order, the body noun right after the word
// ("Anglican church hall", "Jewish community centre").
func (a *analysis) bodyNounNext(sp span) bool {
	toks := a.s.Toks
	if sp.j >= len(toks) || toks[sp.j].Sep != 0 {
		return false
	}
	return specialBodyNouns[toks[sp.j].Norm] || toks[sp.j].Is(cVenue) && !toks[sp.j].Has(text.Upper)
}

// bodyNounBefore: French order, the body noun right before the word
// (« l'Entraide protestante », « l'aumônerie catholique »).
func (a *analysis) bodyNounBefore(sp span) bool {
	toks := a.s.Toks
	return sp.i > 0 && toks[sp.i].Sep == 0 && specialBodyNouns[toks[sp.i-1].Norm]
}

// hyphenQualifier: "dementia-friendly", "autism-friendly".
func (a *analysis) hyphenQualifier(sp span) bool {
	toks := a.s.Toks
	return sp.j < len(toks) && text.Joined(toks, sp.j, '-') && specialBodyQualifiers[toks[sp.j].Norm]
}

// establishmentNamed: the word is itself an establishment (a venue word
// written in capitals, ESAT, IME) followed by its proper name (« l'ESAT
// Les Ateliers du Val », « l'IME des Tilleuls »).
func (a *analysis) establishmentNamed(sp span) bool {
	toks := a.s.Toks
	if sp.j != sp.i+1 || !toks[sp.i].Is(cVenue) || !toks[sp.i].Has(text.Upper) || sp.j >= len(toks) || toks[sp.j].Sep != 0 {
		return false
	}
	k := sp.j
	if isParticle(toks[k].Norm) && !toks[k].Has(text.Cap) {
		k++
	}
	return k < len(toks) && toks[k].Sep == 0 && toks[k].Has(text.Cap) && toks[k].Has(text.Letter)
}
