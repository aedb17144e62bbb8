package classify

import "testing"

// Kin said as known people (« les jumeaux sont… », "the twins are…") are
// a family's members: what they are, right after the copula, is a fact
// about identifiable people. Where they go is not.
func TestKnownKinStateIsTheirs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The twins are on the autism spectrum, so the outing must be quiet.", Blocked, Sensitive, "health"},
		{"Les jumeaux sont sous dialyse depuis l'été.", Blocked, Sensitive, "health"},
		{"The neighbours are Muslims, no pork at the barbecue.", Blocked, Sensitive, "religion"},
	})
	allPass(t,
		"Les voisins sont invités à la fête de l'Aïd.",
		"Les amis de la mosquée sont invités.",
		"The neighbours are welcome at the church fete.",
	)
}
