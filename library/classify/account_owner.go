package classify

import (
	"tamis/i18n"
	"tamis/library/classify/text"
)

// A social-network handle, an IBAN or a foreign phone number the byte
// scanner leaves in doubt (a handle may be the association's own, an
// IBAN with a wrong key may be a typo, a foreign number a company's, a
// plate the association's minibus)
// belongs to a person when the sentence points at one: « Pseudo
// Insta de la jeune : @… », "He's on Insta as @…", « Coordonnées
// bancaires de la bénévole : FR76… », « Plaque du bénévole qui se gare
// devant la sortie : GH-482-TK ». Personal, blocked.

func (a *analysis) upgradePersonAccount() {
	if len(a.anchors) == 0 && !a.hasAny(cRole, cKin, cPerson) {
		return
	}
	for k := a.di; k < len(a.direct) && a.direct[k].Start < a.s.End; k++ {
		f := &a.direct[k]
		reason, ok := personAccountReasons[ruleNamed(f.Rule)]
		if f.Verdict != Doubt || !ok || !a.anchorOutside(f) {
			continue
		}
		f.Verdict, f.Reason = Blocked, i18n.T(reason[0], reason[1])
	}
}

// personAccountReasons are the identifiers a person in the sentence
// makes that person's, with the reason of the blocked finding.
var personAccountReasons = map[RuleID][2]string{
	ruleHandle:       {"pseudonyme de réseau social d’une personne", "a person's social-network handle"},
	ruleIBAN:         {"coordonnées bancaires d’une personne", "a person's bank details"},
	rulePhone:        {"numéro de téléphone d’une personne", "a person's phone number"},
	ruleLicencePlate: {"plaque d’immatriculation d’une personne", "a person's licence plate"},
}

// anchorOutside: the sentence points at a person, by an anchor, a role
// or a kin word, outside the finding (the handle itself is no person).
func (a *analysis) anchorOutside(f *Finding) bool {
	toks := a.s.Toks
	outside := func(t *text.Token) bool { return t.To() <= f.Start || t.From() >= f.End }
	for _, an := range a.anchors {
		if outside(&toks[an.k]) {
			return true
		}
	}
	for k := range toks {
		if toks[k].IsAny(cRole, cKin, cPerson) && outside(&toks[k]) {
			return true
		}
	}
	return false
}
