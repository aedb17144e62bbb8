package classify

import "testing"

// The words of a web or e-mail address are no facts.
func TestWordsOfAnAddressAreNoFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Renseignements : accueil.cada@asso-horizon.fr", OK, 0, ""},
		{"Voir www.aides.org/vih-depistage pour les dates.", OK, 0, ""},
		{"Questions sur les adhésions : tresorerie@asso-bellevue.org", OK, 0, ""},
		{"marie.tresorerie@gmail.com nous doit 300 €", Blocked, Sensitive, "finance"},
		{"confidentiel@asso-bellevue.org a reçu le signalement sur Paul Martin.", Blocked, Sensitive, "confidential"},
		{"Karim est séropositif, écrivez-lui à karim.b@gmail.com", Blocked, Sensitive, "health"},
	})
}
