package classify

import "testing"

// A place word names what follows it in its own clause only (« centre de
// dialyse »): across a comma, what follows is another clause, a fact or
// an instruction of its own.
func TestAPlaceDoesNotNameWhatFollowsItsClause(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On reprend leur épicerie, pas un mot.", Blocked, Sensitive, "confidential"},
		{"Elle vient à la pharmacie, diabétique depuis l'an dernier.", Blocked, Sensitive, "health"},
		{"Permanence au centre de dialyse le mardi.", OK, Public, ""},
	})
}

// A fact of several words said of a person (« placé par le juge »,
// « suivie par l'ASE ») after a place word is the person's, not the
// place's name: « le gamin de l'immeuble placé en famille d'accueil ».
func TestAPersonsFactAfterAPlaceWordIsTheirs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La petite de la résidence suivie par l'ASE vient le mardi.", Blocked, Sensitive, "child-protection"},
		{"Le gamin de l'immeuble placé en famille d'accueil a changé d'école.", Blocked, Sensitive, "child-protection"},
		{"Le centre de dialyse ouvre une permanence.", OK, Public, ""},
	})
}
