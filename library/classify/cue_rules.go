package classify

// findWithoutKeyword runs the rules of issue 7 (section 4) that read a
// sentence without a keyword: each asks for two cues together (cues.go),
// so a sentence without cues costs one pass over its dictionary hits.
func (a *analysis) findWithoutKeyword() {
	cs := a.sentenceCues()
	if cs != 0 {
		a.findUnsettledNews(cs)
		a.findEverydaySpecial(cs)
		a.findUnspokenDeals(cs)
		a.findKeptMatters(cs)   // kept_matters.go
		a.findSecretWords(cs)   // secret_words.go
		a.findPoliticalDeal(cs) // political_deal.go
		a.findKeptQuiet(cs)     // kept_quiet.go
		a.findMoneyPosition(cs) // money_position.go
	}
	a.findPendingMatters(cs) // gray_pending.go
	a.findCredentialPair(cs)
	a.findSecretsToldOtherwise(cs) // secret_hints.go
	a.findGenderedCouple()
	a.findDescribedPerson()
	a.findBareSurname()
	a.findNickname()           // nickname.go: « le Grand Mimi », « Dédé a oublié »
	a.findSurnameValue()       // surname_value.go: « Kowalski » alone
	a.findRecordSurname()      // record_surname.go: « le dossier Kerbrat »
	a.findCapsSurnameInitial() // caps_surname_initial.go: « DUPONT J. »
	a.findSurnameCode()        // record_codes.go: « Dupont 2024-0173 »
	a.findNicknameSaid()       // nickname_said.go: « surnommé Rambo »
	a.findBirthdayAge()        // birthday_age.go: « elle aura 70 ans le 14 juillet »
	a.findFamilySurname()      // family_surname.go: « noces d'argent des Kerjean »
	a.findAskedToLeave()       // asked_to_leave.go: « le bureau pense lui demander de partir »
	a.findAgedName()
	a.findClassTagged()
	a.findDocumentCopy()
	a.upgradeOwnedBankNumber()
	a.upgradePersonAccount() // account_owner.go
	a.upgradeNamedHandle()   // handle_first_name.go: « @julie_m74 »
	a.upgradeActingHandle()  // handle_acts.go: « @bricoleur_du_93 qui filme nos ateliers »
	a.upgradeSmallGroup()
	a.dropPublicFalseAlarms(cs)
	a.noteSecretAsked(cs) // secret_carried.go: « Mdp oublié ? »
}

// addressesPublic: the sentence speaks to its reader ("vous pourriez
// gagner", "venez"), as an announcement does.
func (a *analysis) addressesPublic() bool {
	return a.has(cAddressing) // the union of the tokens' classes: no token to read
}

// roleAfter returns the first single role of the association within n
// tokens after k ("écarter le vice-président"), or -1.
func (a *analysis) roleAfter(k, n int) int {
	toks := a.s.Toks
	for i := k; i < min(len(toks), k+n); i++ {
		if toks[i].Is(cRole) {
			return i
		}
	}
	return -1
}
