package classify

import "tamis/library/classify/lexicon"

// A name that opens with a civility tells its gender by the civility
// (« Mme Dubois », "Mr Khan") when no first name does: « Mme Claire
// Dubois vit avec une femme » tells an orientation as « Julie vit avec une
// femme » does (special_couples.go sameGenderPartner).
var (
	femaleCivilities = lexicon.Words(lexicon.Data, "civility_female")
	maleCivilities   = lexicon.Words(lexicon.Data, "civility_male")
)

// nameGender returns the gender the name n tells: its civility's, or its
// first name's (data/firstnames_female.txt, data/firstnames_male.txt).
func (a *analysis) nameGender(n nameHit, g firstnameGenders) (female, male bool) {
	w := a.s.Toks[n.i].Norm
	switch {
	case femaleCivilities[w]:
		return true, false
	case maleCivilities[w]:
		return false, true
	}
	return g.female[w], g.male[w]
}
