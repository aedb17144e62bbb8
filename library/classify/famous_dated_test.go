package classify

import "testing"

// A listed famous name whose surname is no ordinary one, in a sentence
// that dates a deed, speaks of the public figure; a namesake tied to the
// association, or a birth, stays a person's.
func TestFamousNameWithADatedDeed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Greta Thunberg a commencé sa grève pour le climat en 2018.", OK, 0, ""},
		{"Marcus Rashford a lancé sa campagne pour les repas scolaires en 2020.", OK, 0, ""},
		{"Greta Thunberg, notre bénévole, est arrivée en 2023.", Blocked, Personal, "name"},
		{"Greta Thunberg est née en 2003.", Blocked, Personal, "name"},
		{"Paul Martin a commencé le bénévolat en 2018.", Blocked, Personal, "name"},
	})
}
