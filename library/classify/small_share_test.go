package classify

import "testing"

// A share of a small group of the association points at one person
// (small_share.go); a share of a population or of a territory stays a
// statistic.
func TestShareOfASmallGroupIsAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Bilan de la section escalade : 1 grimpeur sur 8 est témoin de Jéhovah.", Blocked, Sensitive, "religion"},
		{"À l'antenne de Carhaix, 1 bénévole sur 5 est séropositif.", Blocked, Sensitive, "health"},
		{"In our choir, 1 singer in 9 is a Jehovah's Witness.", Blocked, Sensitive, "religion"},
	})
	allPass(t,
		"En France, 1 adulte sur 5 souffre de troubles anxieux.",
		"Selon Santé publique France, 1 adulte sur 10 est diabétique.",
	)
}
