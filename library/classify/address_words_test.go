package classify

import "testing"

// The words of a web or e-mail address are no facts.
func TestWordsOfAnAddressAreNoFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Renseignements : accueil.cada@asso-horizon.fr", OK, 0, ""},
		{"Voir www.aides.org/vih-depistage pour les dates.", OK, 0, ""},
		{"Karim est séropositif, écrivez-lui à karim.b@gmail.com", Blocked, Sensitive, "health"},
	})
}
