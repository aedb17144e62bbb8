package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A copy of a person's document (issue 7, section 4): « scan de la carte
// d'identité du président », « photocopie de son permis », "a scan of her
// signature". The text holds no number, but it hands over, or asks for,
// the document of someone the association knows: personal, blocked. A
// copy word and a document word close together, and a person: a name, a
// role, a possessive, a person noun.

func (a *analysis) findDocumentCopy() {
	if !a.has(cPersonalDoc) || a.privateNames() {
		return // a name blocks already, and stays the finding anonymisation replaces
	}
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Is(cPersonalDoc) && a.ownerNamedAfter(k+1) && !a.identifierInSentence() { // a number found is the identifier rules' (« RIB du donateur : FR76… »)
			a.addAs(ruleIndirect, Blocked, k, len(toks),
				i18n.T("document personnel d'une personne nommée", "personal document of a named person"))
			return // « la carte Vitale de Zéphyrin est restée au bureau »
		}
	}
	if !a.has(cCopy) {
		return
	}
	for i := range toks {
		if !toks[i].Is(cCopy) {
			continue
		}
		for k := max(0, i-3); k < min(len(toks), i+7); k++ {
			if toks[k].Is(cPersonalDoc) && a.documentOwner(min(i, k)) {
				a.addAs(ruleIndirect, Blocked, min(i, k), len(toks),
					i18n.T("copie d'un document personnel", "copy of a personal document"))
				return
			}
		}
	}
}

// documentOwner: a person owns the document, after token k: a role, a
// person noun, or a possessive (« son permis », "her passport"), but not
// the person noun that names a kind of card (document_kinds.go).
func (a *analysis) documentOwner(k int) bool {
	toks := a.s.Toks
	for i := k; i < len(toks); i++ {
		if ownerDets[toks[i].Norm] || toks[i].IsAny(cRole, cPerson, cKin) && !namesACard(toks, i) {
			return true
		}
		if i > k && a.ownerNamedAfter(i-1) {
			return true // « photocopie du passeport de Pierre »
		}
	}
	return false
}

// ownerNamedAfter: « de », « du » (or "of") at k, then who owns the
// document: a relative or a person noun (« de Mamie », « du petit », « de
// la bénévole », « de ma mère »), a capitalised first name or surname of
// the lists, even one that is a word (« de Pierre »), a capitalised word
// no dictionary knows (« de Zéphyrin »), a first name in lower case
// (« de pierre »). Not a how-to's « de son enfant », a body's name (« de
// Paris Habitat ») nor a commune.
func (a *analysis) ownerNamedAfter(k int) bool {
	toks := a.s.Toks
	if k+1 >= len(toks) || toks[k].Norm != "de" && toks[k].Norm != "d" && toks[k].Norm != "du" && toks[k].Norm != "of" || isClauseSep(toks[k+1].Sep) {
		return false
	}
	n := k + 1
	if isArticle(toks[n].Norm) && n+1 < len(toks) && toks[n+1].IsAny(cKin, cPerson, cRole) || writerOwns[toks[n].Norm] && n+1 < len(toks) && toks[n+1].IsAny(cKin, cPerson) {
		n++ // « de la bénévole », « de ma mère »; not « de son enfant », the how-to's anyone
	}
	t := &toks[n]
	if isPossessive(t.Norm) || t.Is(cFunctionWords) {
		return false // « de son enfant »: the how-to's anyone (« son » is also an English kin word)
	}
	if t.IsAny(cKin, cPerson, cRole) && !namesACard(toks, n) {
		return true // « de Mamie », « du petit », « de l'adhérente »
	}
	if t.Has(text.Cap) {
		if n+1 < len(toks) && toks[n+1].Has(text.Cap) && toks[n+1].Sep == 0 && a.dictionaryWord(n+1) {
			return false // « de Paris Habitat », « de Santé de la Région »: a body's name
		}
		return !t.Has(text.Upper) && (t.IsAny(cFirst, cAmbig) || t.Is(cLast) && !a.dictionaryWord(n) || a.unknownCapWord(n)) &&
			!t.IsAny(cCapWord, cVenue, cOrg, cKnownBodies) && !a.communeStartsAt(n)
	}
	return t.IsAny(cFirst, cAmbig) || len(t.Norm) >= 3 && !a.dictionaryWord(n) && t.Has(text.Letter) && !t.Has(text.Digit) // « de pierre », « de zéphyrin »
}

// identifierInSentence: the byte scanner found an identifier (an IBAN, a
// phone…) in the sentence.
func (a *analysis) identifierInSentence() bool { return len(a.sdirect) > 0 }

// ownerDets are the possessives of one person (data/words/owner_dets.txt).
var ownerDets = lexicon.Words(lexicon.Data, "owner_dets")
