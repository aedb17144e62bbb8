package classify

import "tamis/i18n"

// An IBAN whose key is wrong is only a doubt: it may be a typo of the
// association's own account. When the sentence says whose it is, a name
// or a possessive (« son RIB », "her bank details"), it is a person's
// bank details, mistyped: blocked like a valid one.
func (a *analysis) upgradeOwnedBankNumber() {
	// the byte scanner's findings of the sentence are kept when the
	// sentence cursor passes them (collectDirect): upgrade them in place
	for k := a.di; k < len(a.direct) && a.direct[k].Start < a.s.End; k++ {
		f := &a.direct[k]
		if f.Rule != ruleIBAN.String() || f.Verdict != Doubt || !a.bankOwner() {
			continue
		}
		f.Verdict = Blocked
		f.Reason = i18n.T("coordonnées bancaires d'une personne (IBAN à la clé fausse)",
			"a person's bank details (IBAN with a wrong key)")
	}
}

// bankOwner: the sentence names a person or speaks of someone's own
// details with a possessive.
func (a *analysis) bankOwner() bool {
	if a.privateNames() {
		return true
	}
	for _, t := range a.s.Toks {
		if ownerDets[t.Norm] {
			return true
		}
	}
	return false
}
