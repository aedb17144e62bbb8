package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// One person designated by a role the association gives once (« le
// cuistot », « la coordinatrice », "the caretaker") is identifiable
// (indirect.go: a doubt by itself). When the sentence tells a fact about
// that person that is the association's internal business — a complaint
// or a grievance against them, a suspicion that they take or sell what is
// not theirs, pay or money kept out of the accounts — the fact is an HR
// matter or a suspicion about someone named all but by name (issue 7,
// section 4): category 4, blocked. Their own trouble — rent unpaid, a
// job lost, a divorce (data/cues/hardship.txt) — is their private life:
// personal data, blocked. A role in a published or public text
// (« la présidente animera la table ronde »), a sentence about roles in
// general and a role of a public body keep their verdict.

// findRoleFact reports a fact of the association's internal business
// about one person designated by their single role.
func (a *analysis) findRoleFact() {
	k := a.oneRole()
	if k < 0 {
		a.findDescribedHardship()
		return
	}
	if a.isPublished() || a.startsGeneric() || a.addressesPublic() || a.sensitiveInSentence() {
		return
	}
	cs, ps := a.sentenceCues(), a.sentencePending()
	n := len(a.s.Toks)
	switch {
	case ps.has(pendComplaint) && a.complaintAbout(k):
		a.addAs(ruleHR, Blocked, 0, n, i18n.T("plainte ou grief visant une personne désignée par sa fonction",
			"complaint or grievance against a person designated by their role"))
	case cs.has(cueSuspicion, cueTaking):
		a.addAs(ruleCriminal, Blocked, 0, n, i18n.T("soupçon visant une personne de l’association",
			"suspicion against a person of the association"))
	case cs.has(cueOffBooks):
		a.addAs(ruleFinance, Blocked, 0, n, i18n.T("rémunération ou argent hors des comptes",
			"pay or money kept off the books"))
	case cs.has(cueHardship):
		a.addAs(ruleIndirect, Blocked, 0, n, i18n.T("vie privée d’une personne désignée par sa fonction",
			"private life of a person designated by their role"))
	}
}

// oneRole returns the token of the first person the sentence designates
// by a single role of the association (an anchor indirect.go reads as
// such), not an office of a public body (« la conseillère
// départementale »), or -1. « la charge de travail » folds as « la
// chargée »: no one.
func (a *analysis) oneRole() int {
	for _, an := range a.anchors {
		if an.role && !a.publicRole(an.k) && !a.foldedCharge(an.k) {
			return an.k
		}
	}
	return -1
}

// foldedCharge: the role word after k is « charge », a load, not « chargé ».
func (a *analysis) foldedCharge(k int) bool {
	toks := a.s.Toks
	for i := k; i < min(len(toks), k+2); i++ {
		if t := toks[i]; t.Is(cRole) {
			return strings.EqualFold(a.text[t.Start:t.End], "charge")
		}
	}
	return false
}

// complaintAbout: the person at k is the one complained of, just after
// the complaint (« se plaignent de l'animateur », "grievances against the
// coordinator"); the one who complains (« la présidente se plaint du
// bruit ») tells no grievance against anyone of the association.
func (a *analysis) complaintAbout(k int) bool {
	for _, h := range a.hits {
		if h.dict == dPending && h.val == int(pendComplaint) && k >= h.j-1 && k <= h.j+3 {
			return true
		}
	}
	return false
}

// findDescribedHardship: one person pointed at by a definite description
// rather than a role (« la dame du club », « le monsieur de la
// chorale », "the gentleman from the bridge club") with their own
// trouble — a debt (« nous doit trente euros », "still owes us forty
// pounds"), rent unpaid, a job lost — is their private life as a role's
// is: blocked, personal. So is a nickname no list holds that opens the
// sentence as its subject (« Bébert du comité des fêtes a perdu son
// travail »). « Les adhérents qui nous doivent », « le club
// doit encore trente euros au traiteur » point at no one; « le bénévole
// qui doit encore sa cotisation pourra la régler » is a rule for whoever.
func (a *analysis) findDescribedHardship() {
	cs := a.sentenceCues()
	if !cs.has(cueHardship) && !a.owesAnAmount() {
		return
	}
	k := a.describedOne()
	if k < 0 {
		k = a.unknownOpener() // unknown_subject.go: « Bébert du comité des fêtes a perdu son travail »
	}
	if k < 0 {
		k = a.eventWinner() // « la gagnante du loto de Pâques »
	}
	if k < 0 {
		k = a.cappedPersonOpener() // unknown_subject.go: « Le Colonel du club de boules doit 200 euros »
	}
	reason := i18n.T("vie privée d’une personne désignée par une description", "private life of a person pointed at by a description")
	if k < 0 {
		k = a.writersRelation() // « Ma voisine va être expulsée de son logement lundi »
	}
	if k < 0 {
		k = a.writerTold() // « Je suis interdit bancaire, je paierai en liquide »
		reason = i18n.T("vie privée de la personne qui écrit", "the writer's private life")
	}
	if k < 0 || a.isPublished() || a.startsGeneric() || a.addressesPublic() || a.sensitiveInSentence() {
		return
	}
	a.addAs(ruleIndirect, Blocked, k, len(a.s.Toks), reason)
}

// writerTold returns the token of the writer as the subject among the
// sentence's first words (« Je suis interdit bancaire », "I've got
// bailiffs after me"): the writer's own trouble is personal data too. Not
// after a condition (« Si je suis interdit bancaire, puis-je… ? » asks a
// rule); -1 if none.
func (a *analysis) writerTold() int {
	toks := a.s.Toks
	for k := 0; k < min(maxWriterOpener, len(toks)); k++ {
		switch {
		case caseOpeners[toks[k].Norm]:
			return -1
		case selfSubjects[toks[k].Norm]:
			return k
		}
	}
	return -1
}

// writersRelation returns the token of the writer's possessive that
// opens the sentence before a person's noun (« Ma voisine », "My
// neighbour"): one known person; -1 if none.
func (a *analysis) writersRelation() int {
	toks := a.s.Toks
	if len(toks) > 1 && writerOwns[toks[0].Norm] && toks[1].Is(cPerson) {
		return 0
	}
	return -1
}

// maxWriterOpener bounds the words before the writer's « je »: « Depuis
// le mois de mars, je suis interdit bancaire ».
const maxWriterOpener = 8

// eventWinners name the one who won an event (data/words/event_winners.txt).
var eventWinners = lexicon.Words(lexicon.Data, "event_winners")

// eventWinner returns the token of a pointing determiner before the
// winner of an event, linked to it (« la gagnante du loto de Pâques »,
// "the winner of the raffle"), not a rule for whoever (a modal or a
// future after it); -1 if none.
func (a *analysis) eventWinner() int {
	toks := a.s.Toks
	for k := 0; k+3 < len(toks); k++ {
		if !toks[k].Is(cPointingDets) || !eventWinners[toks[k+1].Norm] || isClauseSep(toks[k+2].Sep) {
			continue
		}
		if toks[k+2].Is(cBelongLinks) && !a.hypothetical(k+2) {
			return k
		}
	}
	return -1
}

// describedOne returns the token of the first person the sentence points
// at by a definite description: a definite determiner, a person noun,
// then in the same clause a link to a group or a place (« du club »,
// « de l'atelier tricot », "from the bridge club"), a relative clause
// or a sign (« à la poussette », "with the red scooter"); not a post
// (« de permanence »), an office of a public body, or a rule for
// whoever (a modal or a future after it). -1 if none.
func (a *analysis) describedOne() int {
	toks := a.s.Toks
	for _, an := range a.anchors {
		if an.kind != anchorPerson || !toks[an.k].Is(cPointingDets) || a.publicRole(an.k) {
			continue
		}
		n := a.headNounAfter(an.k)
		if n+2 >= len(toks) || !a.describedNoun(n) || isClauseSep(toks[n+1].Sep) || notOnePerson[toks[n+2].Norm] {
			continue
		}
		if !descriptionOpeners[toks[n+1].Norm] && !toks[n+1].Is(cBelongLinks) || a.hypothetical(n+1) {
			continue
		}
		return an.k
	}
	return -1
}

// owesAnAmount: a form of « devoir », "owe" followed within four words by
// a counted sum (« doit vingt euros à la caisse », "owes forty pounds"):
// what a person owes, told without « nous ».
func (a *analysis) owesAnAmount() bool {
	if !a.has(cOweVerb) {
		return false // the class first (set_classes.go): most sentences owe nothing
	}
	toks := a.s.Toks
	for i := range toks {
		if toks[i].Is(cOweVerb) && sumAfter(toks, i) {
			return true
		}
	}
	return false
}

// sumAfter: a counted sum of money follows token i within four words, in
// the same clause (« vingt euros », « 80 € », "forty pounds").
func sumAfter(toks []text.Token, i int) bool {
	for j := i + 1; j < min(len(toks), i+5); j++ {
		if isClauseSep(toks[j].Sep) {
			return false
		}
		if moneyUnits[toks[j].Norm] && (toks[j-1].Has(text.Digit) || toks[j-1].IsAny(cSpelledNumber, cNumberWords) || sumNumbers[toks[j-1].Norm]) {
			return true
		}
	}
	return false
}
