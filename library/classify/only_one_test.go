package classify

import "testing"

// « Notre seul mécanicien », "our only nurse": the only one of a trade in
// the association is one person, as a role the association gives once
// is; a private fact told of them is blocked. The only one of a thing
// (« la seule sortie ») is no one.
func TestTheOnlyOneOfATradeIsOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre seul mécanicien déménage à Lyon.", Blocked, Personal, "indirect"},
		{"Notre seule salariée est enceinte.", Blocked, Sensitive, "health"},
		{"Our only nurse is moving to Leeds.", Blocked, Personal, "indirect"},
		{"La seule sortie prévue ce mois-ci est la visite du musée.", OK, Public, ""},
		{"Our only fundraiser this year is the summer fair.", OK, Public, ""},
	})
}
