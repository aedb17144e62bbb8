package classify

import "testing"

// The newest one of a small group is one person; a new office holder
// stays a role's doubt, and new things and a welcome pass.
var newcomerCases = []ruleCase{
	{"the new girl at the Thursday knitting group", Blocked, Personal, "indirect"},
	{"la nouvelle bénévole du jeudi a encore des soucis avec son propriétaire", Blocked, Personal, "indirect"},
	{"Le nouveau bénévole de la rue Carnot ne vient plus.", Blocked, Personal, "indirect"},
	// look-alikes
	{"Bienvenue à notre nouvelle bénévole !", OK, 0, ""},
	{"Le nouveau site du club est en ligne.", OK, 0, ""},
}

func TestNewcomerOfAGroupIsOnePerson(t *testing.T) {
	runRuleCases(t, newcomerCases)
}
