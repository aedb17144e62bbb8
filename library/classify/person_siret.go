package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A business number is published (« le SIRET de l'association figure sur
// nos factures »), but one who works on their own account has a SIRET
// that is theirs: « facture de Karima Benali, traiteur, 803 218 415
// 00027 », « le SIRET de ma micro-entreprise », « son numéro
// d'entreprise : 81245396700018 ». A SIRET (fourteen digits) or SIREN
// (nine) that passes the Luhn check, in a sentence that names a person,
// points at one with a possessive or says the work is on one's own
// account, and does not give it to the association or a company, is the
// person's identifier: blocked.

var (
	selfEmployed      = lexicon.Words(lexicon.Data, "self_employed")
	associationOwners = lexicon.Words(lexicon.Data, "association_owners")
	sampleWords       = lexicon.Words(lexicon.Data, "sample_words")
)

// findPersonSIRET reports the first SIRET or SIREN of a person.
func (a *analysis) findPersonSIRET() {
	toks := a.s.Toks
	for i := 0; i < len(toks); i++ {
		if !toks[i].Has(text.Digit) {
			continue
		}
		j, n := i, 0 // the digits' length first: they are joined only at 9 or 14
		for j < len(toks) && toks[j].Has(text.Digit) && (j == i || toks[j].Sep == 0) && n < 14 {
			n += len(toks[j].Norm)
			j++
		}
		if n != 14 && (n != 9 || !a.saysSIREN()) {
			i = j - 1
			continue
		}
		var buf [14]byte
		digits := buf[:0]
		for k := i; k < j; k++ {
			digits = append(digits, toks[k].Norm...)
		}
		if s := string(digits); allDigits(s) && luhnValid(s) && a.businessOfPerson() {
			a.addAs(rulePublicID, Blocked, i, j, i18n.T("numéro SIRET ou SIREN d’une personne (entreprise individuelle)",
				"SIRET or SIREN of a person (sole trader)"))
			return
		}
		i = j - 1
	}
}

// saysSIREN: the sentence names the nine-digit number (« SIREN »): nine
// digits alone are as often a phone without its zero or an order number.
func (a *analysis) saysSIREN() bool {
	for _, t := range a.s.Toks {
		if t.Norm == "siren" {
			return true
		}
	}
	return false
}

// businessOfPerson: the sentence ties the business to a person — a name,
// a possessive of one owner, the writer's own, or a word of work on one's
// own account — and gives it to no association or company, nor as a
// sample in a tutorial that names no one (« Modèle de facture pour
// auto-entrepreneur »).
func (a *analysis) businessOfPerson() bool {
	toks := a.s.Toks
	person := len(a.names) > 0
	for k, t := range toks {
		if associationOwners[t.Norm] || len(a.names) == 0 && sampleWords[t.Norm] {
			return false
		}
		person = person || selfEmployed[t.Norm] || singularOwners[t.Norm] || writerOwns[t.Norm] ||
			k+1 < len(toks) && (selfEmployed[t.Norm+" "+toks[k+1].Norm] || selfEmployed[t.Norm+"-"+toks[k+1].Norm])
	}
	return person
}

// luhnValid: the Luhn check of SIRET and SIREN numbers.
func luhnValid(s string) bool {
	sum := 0
	for i := 0; i < len(s); i++ {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}
