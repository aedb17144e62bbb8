package classify

import "tamis/i18n"

// Money of the association kept out of its accounts (issue 7, section
// 4), told without « au noir » or « non déclaré »: the association (« on »,
// « nous », "we") speaks of money it receives — gifts, takings, a cheque,
// cash, an amount — and of keeping it out of the books (« les dons du
// vide-grenier ne sont pas comptabilisés, on s'en sert pour les
// avances », « les 500 du mécène on les encaisse pas », « mets les 2 000
// dans l'enveloppe, pas à la banque », "the donation won't appear in the
// accounts"). Category 4, blocked. cue_strategy.go reads the stronger
// words of off_books.txt with a word of cash; these need a word of money
// and the association speaking of itself (« on », « nous », « notre »,
// "we", "our": affair_subjects.txt), so that a report's note (« les dons
// en nature ne sont pas comptabilisés dans ce total »), a question or a
// lesson pass.

// findMoneyOffBooks reports money of the association kept out of its
// accounts.
func (a *analysis) findMoneyOffBooks() {
	us := a.sentenceUntold()
	if !us.has(untoldOffBooks) {
		return
	}
	cs := a.sentenceCues()
	money := us.has(untoldMoney) || cs.has(cueCash) || cs.has(cueDonor) || a.digits && a.hasMoney()
	if !money || !affairSet(a.listsFound(dAffair)).has(affSubject) || a.endsOnQuestion() {
		return // the association must say it does so (affair_subjects.txt): « les dons en nature ne sont pas comptabilisés dans ce total » explains a figure
	}
	if a.has(cReaderWords) || a.addressesPublic() || a.startsGeneric() || a.howToQuestion() || a.asksHow() ||
		a.isPublished() || a.sentencePending().has(pendPublicSource) || a.blockedInSentence() {
		return // advice, a lesson, a published or cited text; a fact already blocked as category 4 keeps its own reason
	}
	a.addAs(ruleFinance, Blocked, 0, len(a.s.Toks),
		i18n.T("argent de l’association gardé hors de ses comptes : stratégie confidentielle",
			"the association's money kept out of its accounts: confidential strategy"))
}
