package classify

import (
	"tamis/i18n"
	"tamis/library/classify/text"
)

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

// bankOwner: the sentence names a person, speaks of someone's own
// details with a possessive, or says whose the RIB is by a common noun
// (« RIB de la pigiste »).
func (a *analysis) bankOwner() bool {
	if a.privateNames() {
		return true
	}
	toks := a.s.Toks
	for k := range toks {
		if ownerDets[toks[k].Norm] || a.bankDetailsOf(k) {
			return true // « son RIB », « RIB de la pigiste »
		}
	}
	return false
}

// bankDetailsOf: a RIB or an IBAN at k belongs to someone the words after
// it name by a person's noun (« RIB de la pigiste », « IBAN du
// donateur »), not to the association or another body (« RIB de
// l'association », « RIB de la coopérative »).
func (a *analysis) bankDetailsOf(k int) bool {
	toks := a.s.Toks
	if toks[k].Norm != "rib" && toks[k].Norm != "iban" {
		return false
	}
	n := k + 1
	if n < len(toks) && (toks[n].Norm == "de" || toks[n].Norm == "d" || toks[n].Norm == "du" || toks[n].Norm == "des") {
		n++
	} else {
		return false
	}
	if n < len(toks) && toks[n].Is(cDefiniteArticles) {
		n++
	}
	if n >= len(toks) || toks[n].Has(text.Cap) || isClauseSep(toks[n].Sep) {
		return false // a capitalised owner is a name (privateNames) or a body's
	}
	return a.describedNoun(n) || toks[n].IsAny(cKin, cRole) // an allow-list of persons: « de la coopérative » is a body's
}
