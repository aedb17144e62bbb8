package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// British English writes an elected office in letters right after the
// name ("Daniel Price MP visited the food bank"), where French writes
// the role before it (« le député Daniel Price ») or in apposition: the
// same public role, read by publicRoleNear with every guard of a public
// role (a private fact, a tie, news, contact details keep the person).

// postnominalRoles are the letters of an office (data/words/postnominal_roles.txt).
var postnominalRoles = lexicon.Words(lexicon.Data, "postnominal_roles")

// postnominalRole: the name at [i, j) ends with, or is followed without
// a comma by, the capital letters of an office (the name shapes may
// take them in).
func (a *analysis) postnominalRole(i, j int) bool {
	toks := a.s.Toks
	office := func(k int) bool {
		return k > i && k < len(toks) && toks[k].Sep == 0 && toks[k].Has(text.Upper) && postnominalRoles[toks[k].Norm]
	}
	return office(j) || office(j-1)
}
