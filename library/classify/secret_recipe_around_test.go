package classify

import "testing"

// A secret's recipe right after its noun, before « comme code » or "as
// the PIN", or after a lock that "opens with" it: category 4. Advice
// about what not to use as a code keeps its verdict.
func TestSecretRecipeAroundItsNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour l'ordi de l'accueil, Julie a mis sa date de naissance comme code.", Blocked, Sensitive, "credential"},
		{"Admin du site : identifiant admin, mot de passe le nom de l'asso avec une majuscule.", Blocked, Sensitive, "credential"},
		{"The safe opens with the last four digits of the landline.", Blocked, Sensitive, "credential"},
		{"N'utilisez jamais votre date de naissance comme code de carte bancaire.", OK, Public, ""},
		{"Atelier numérique : choisir un mot de passe le plus long possible.", OK, Public, ""},
		{"Never use your pet's name as a password, says the bank's leaflet.", OK, Public, ""},
	})
}
