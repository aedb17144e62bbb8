package classify

import "testing"

// A surname of the lists in the plural after "the" and a verb is one
// household; a school teacher is a trade that points at one person with
// the school and the town.
func TestPluralFamiliesAndSchoolStaff(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The Patels won't make it to the quiz night", Blocked, Personal, "name"},
		{"Sorry, the Smiths have moved to Leeds", Blocked, Personal, "name"},
		{"L'instit de CE1 de l'école de Tulle est en arrêt depuis lundi", Blocked, Personal, "indirect"},
		{"Un instit interviendra sur la lecture auprès des parents", OK, 0, ""},
		{"Thursdays are busy at the food bank, come early", OK, 0, ""},
	})
}
