package classify

import "testing"

// A surname of the lists in the plural after "the" and a verb is one
// household; a school teacher is a trade that points at one person with
// the school and the town.
func TestPluralFamiliesAndSchoolStaff(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The Patels won't make it to the quiz night", Blocked, Personal, "name"},
		{"Sorry, the Smiths have moved to Leeds", Blocked, Personal, "name"},
		{"L'instit de CE1 de l'école de Tulle est en arrêt depuis lundi", Blocked, Sensitive, "indirect"},
		{"Un instit interviendra sur la lecture auprès des parents", OK, 0, ""},
		{"Thursdays are busy at the food bank, come early", OK, 0, ""},
	})
}

// Siblings named by their surname after a plural kin word are one
// family when an age or a role follows; famous siblings in a title pass.
func TestSiblingsBySurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les jumeaux Kerbrat, 8 ans, arrivent au centre aéré lundi", Blocked, Personal, "name"},
		{"Les frères Chevalier, 9 ans, sont inscrits au judo", Blocked, Personal, "name"},
		{"Les cousines Marchand, nos bénévoles du jeudi, tiennent la buvette", Blocked, Personal, "name"},
		{"Les sœurs Ould-Ali, nos bénévoles du mardi, tiennent le stand", Blocked, Personal, "name"},
		{"Contes des frères Grimm à la médiathèque, dès 5 ans", OK, 0, ""},
	})
}

// A special-category fact told after the siblings' surname makes them a
// family the association knows, whatever the surname ends with.
func TestSiblingsBySurnameWithAFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les enfants Dubois sont suivis par l'ASE.", Blocked, Sensitive, "child-protection"},
		{"Les frères Haddad prient à la mosquée du quartier.", Blocked, Sensitive, "religion"},
		{"Les époux Morel sont diabétiques.", Blocked, Sensitive, "health"},
		{"Atelier philo pour enfants : Pinocchio avait-il raison de mentir ?", OK, 0, ""},
		{"Les frères Lumière ont inventé le cinéma.", OK, 0, ""},
	})
}
