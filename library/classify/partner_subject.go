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

// partnerSubject is the nearest person before a partner link: its
// gender, and whether it is a pronoun (« elle vit avec une femme » needs
// no possessive).
type partnerSubject struct {
	female, male, pronoun, found bool
}

// subjectGender returns the nearest person before token i.
func (a *analysis) subjectGender(i int) partnerSubject {
	toks := a.s.Toks
	g := genders()
	for k := i - 1; k >= max(0, i-partnerSubjectWindow); k-- {
		w := toks[k].Norm
		switch w {
		case "elle", "she", "elles":
			return partnerSubject{female: true, pronoun: true, found: true}
		case "il", "he":
			return partnerSubject{male: true, pronoun: true, found: true}
		case "lui", "him":
			return partnerSubject{male: true, found: true}
		}
		for _, n := range a.names {
			if n.i <= k && k < n.j {
				f, m := a.nameGender(n, g)
				return partnerSubject{female: f, male: m, found: true}
			}
		}
		if femalePersons[w] {
			return partnerSubject{female: true, found: true}
		}
		if malePersons[w] {
			return partnerSubject{male: true, found: true}
		}
		if toks[k].IsAny(cRole, cPerson) {
			f, m := roleWordGender(w)
			if !f && !m && k > 0 {
				f, m = determinerGender(toks[k-1].Norm)
			}
			return partnerSubject{female: f, male: m, found: true}
		}
	}
	return partnerSubject{}
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
