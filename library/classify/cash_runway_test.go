package classify

import "testing"

// How long the association's cash will last is its distress, kept inside
// until the board speaks: category 4. A training on the same topic is
// no matter of ours; a test result said of someone is health.
func TestCashRunwayIsConfidentialAndTrainingOnItIsNot(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Avec le retard du Département, on a six semaines de trésorerie", Blocked, Sensitive, "finance"},
		{"Without the lottery money we have three months of reserves", Blocked, Sensitive, "finance"},
		{"Formation : gérer une cessation de paiements dans une association", OK, 0, ""},
		{"Résultat du test de Mathéo : test positif, il reste à la maison", Blocked, Sensitive, "health"},
	})
}
