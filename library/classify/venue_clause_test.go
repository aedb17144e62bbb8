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
