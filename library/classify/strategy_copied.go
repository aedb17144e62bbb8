package classify

import (
	"tamis/i18n"
	"tamis/library/classify/text"
)

// Another body's work copied by the association (issue 7, section 4),
// told in passing: its grant application, its project, its budget or
// its handbook, obtained somehow and copied for our own (« j'ai le
// projet déposé par les Petits Débrouillards, on recopie la trame »,
// « on a eu le dossier du centre social concurrent : on calque notre
// budget dessus », "we'll borrow their outcomes section wholesale").
// Who: the association (« on », « nous », "we"); what: a word of copying
// and a document; whose: another body — « leur », "their", a rival, or
// a name. Category 4, blocked. A question (« Peut-on recopier le projet
// d'une autre association ? »), a lesson and an offer to the reader
// (« recopiez notre modèle de statuts ») pass.

// findCopiedWork reports another body's work copied by the association.
func (a *analysis) findCopiedWork() {
	us := a.sentenceUntold()
	if !us.has(untoldCopy) || !us.has(untoldDocument) {
		return
	}
	if !affairSet(a.listsFound(dAffair)).has(affSubject) && !a.has(cWeSubjects) || !a.otherBody() {
		return
	}
	if a.has(cReaderWords) || a.addressesPublic() || a.startsGeneric() || a.howToQuestion() || a.asksHow() || a.endsOnQuestion() ||
		a.isPublished() || a.blockedInSentence() {
		return
	}
	a.addAs(ruleGrant, Blocked, 0, len(a.s.Toks),
		i18n.T("travail d’une autre structure recopié pour le nôtre : stratégie confidentielle de l’association",
			"another body's work copied for our own: the association's confidential strategy"))
}

// otherBody: the sentence names another body: a rival (cRival),
// « leur », "their" (theirWords, pronouns.txt use their), a name, or a
// capitalised word past the first (« les Petits Débrouillards »,
// "St Mark's").
func (a *analysis) otherBody() bool {
	if a.has(cRival) || len(a.names) > 0 {
		return true
	}
	for i, t := range a.s.Toks {
		if theirWords[t.Norm] || i > 0 && t.Has(text.Cap) && !t.Has(text.Digit) {
			return true
		}
	}
	return false
}

// theirWords are the possessives of another body (pronouns.txt, use
// their).
var theirWords = pronounUses.of("their")
