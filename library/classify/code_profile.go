package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/text"
)

// An anonymisation code with the quasi-identifiers left around it is
// still someone (RGPD, considérant 26): « Bénéficiaire_014 : 41 ans,
// boulangère à Ussel, trois enfants » points at one woman in Ussel. The
// code is no person for indirect.go (it replaced a name); here two
// quasi-identifiers next to it make the sentence personal. A writer's own
// codes (« Bénéficiaire_014 ») count as tamis's (« Personne_001 »).

// findCodeProfile reports a code described by two quasi-identifiers.
func (a *analysis) findCodeProfile() {
	if len(a.names) > 0 {
		return // already personal
	}
	if strings.IndexByte(a.text[a.s.Start:a.s.End], '_') < 0 {
		return // every code holds an underscore (pseudonymAt): one byte search, not a look at each token
	}
	toks := a.s.Toks
	code := -1
	for k := range toks {
		if a.pseudonymAt(k) {
			code = k
			break
		}
	}
	if code < 0 || a.sentenceGeneric() {
		return
	}
	if score, at := a.quasiScore(); score >= 2 {
		a.addAs(ruleIndirect, Blocked, min(code, at), len(toks),
			i18n.T("code d’anonymisation encore reconnaissable (âge, lieu, métier, famille)",
				"anonymisation code still recognisable (age, place, job, family)"))
	}
}

// pseudonymAt: tamis's own person codes (codes.go) and those of the writer's
// own scheme, a capitalised word and a number joined by an underscore
// (« Bénéficiaire_014 », "Client_12").
func (a *analysis) pseudonymAt(k int) bool {
	toks := a.s.Toks
	if toks[k].Has(text.Code) {
		// a person's code; « [TÉLÉPHONE_001] » replaced an identifier, and
		// the words around it (« numéro ») are its label, no description
		return strings.HasPrefix(a.text[toks[k].Start:toks[k].End], "Personne_")
	}
	return toks[k].Has(text.Cap) && k+1 < len(toks) && toks[k+1].Sep == '_' && !toks[k+1].Has(text.Letter)
}

// writerCodeAt: a code of the writer's own scheme whose head is a person
// noun (« Bénéficiaire_112 », "Client_12") stands for one person, as
// tamis's « Personne_001 » does: a fact about it is a fact about someone.
// « Dossier_2024 » or « Salle_2 » name no one.
func (a *analysis) writerCodeAt(k int) bool {
	toks := a.s.Toks
	return toks[k].Is(cPerson) && a.pseudonymAt(k) && !toks[k].Has(text.Code)
}
