package classify

import (
	"tamis/i18n"
	"tamis/library/classify/text"
)

// A social-network handle or an IBAN the byte scanner leaves in doubt
// (a handle may be the association's own, an IBAN with a wrong key may
// be a typo) belongs to a person when the sentence points at one: « Pseudo
// Insta de la jeune : @… », "He's on Insta as @…", « Coordonnées
// bancaires de la bénévole : FR76… ». Personal, blocked.

func (a *analysis) upgradePersonAccount() {
	if len(a.anchors) == 0 && !a.hasAny(cRole, cKin, cPerson) {
		return
	}
	for k := a.di; k < len(a.direct) && a.direct[k].Start < a.s.End; k++ {
		f := &a.direct[k]
		if f.Verdict != Doubt || f.Rule != ruleHandle.String() && f.Rule != ruleIBAN.String() || !a.anchorOutside(f) {
			continue
		}
		f.Verdict = Blocked
		if f.Rule == ruleHandle.String() {
			f.Reason = i18n.T("pseudonyme de réseau social d’une personne", "a person's social-network handle")
		} else {
			f.Reason = i18n.T("coordonnées bancaires d’une personne", "a person's bank details")
		}
	}
}

// anchorOutside: the sentence points at a person, by an anchor, a role
// or a kin word, outside the finding (the handle itself is no person).
func (a *analysis) anchorOutside(f *Finding) bool {
	toks := a.s.Toks
	outside := func(t *text.Token) bool { return t.End <= f.Start || t.Start >= f.End }
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
