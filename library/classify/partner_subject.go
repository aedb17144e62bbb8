package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// Whose partner a partner phrase tells is its subject's: the nearest
// person before the link (« Il a aidé Mme Roux, qui a un mari malade » is
// Mme Roux's husband; « Il dit que Julie a un mari » is Julie's). Its
// gender comes from a pronoun, a first name or a civility, a word of kin
// (« mon frère a un mari », « sa sœur et son époux »), or a role, by its
// determiner or its ending (« notre trésorier », « la doyenne »).

// femalePersons and malePersons are the gendered words of kin and persons
// (data/words/female_persons.txt, data/words/male_persons.txt).
var (
	femalePersons = lexicon.Words(lexicon.Data, "female_persons")
	malePersons   = lexicon.Words(lexicon.Data, "male_persons")
)

// partnerSubjectWindow bounds how far before the link the subject is looked for.
const partnerSubjectWindow = 12

// subjectGender returns the gender of the nearest person before token
// i, and whether one was found.
func (a *analysis) subjectGender(i int) (female, male, found bool) {
	toks := a.s.Toks
	g := genders()
	for k := i - 1; k >= max(0, i-partnerSubjectWindow); k-- {
		w := toks[k].Norm
		switch w {
		case "elle", "she", "elles":
			return true, false, true
		case "il", "he", "lui", "him":
			return false, true, true
		}
		for _, n := range a.names {
			if n.i <= k && k < n.j {
				f, m := a.nameGender(n, g)
				return f, m, true
			}
		}
		if femalePersons[w] {
			return true, false, true
		}
		if malePersons[w] {
			return false, true, true
		}
		if toks[k].IsAny(cRole, cPerson) {
			f, m := roleWordGender(w)
			if !f && !m && k > 0 {
				f, m = determinerGender(toks[k-1].Norm)
			}
			return f, m, true
		}
	}
	return false, false, false
}

// roleWordGender: the gender a French role says by its ending
// (« trésorière », « animatrice », « présidente » are a woman's;
// « trésorier », « animateur » a man's); « secrétaire », « bénévole »
// say none.
func roleWordGender(w string) (female, male bool) {
	for _, s := range []string{"iere", "trice", "ente", "euse", "enne", "onne", "elle"} {
		if strings.HasSuffix(w, s) {
			return true, false
		}
	}
	for _, s := range []string{"ier", "teur", "eur", "ent", "ien", "on"} {
		if strings.HasSuffix(w, s) {
			return false, true
		}
	}
	return false, false
}
