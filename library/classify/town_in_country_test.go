package classify

import "testing"

// An unknown capitalised word before « en », « au », "in" and a country
// is a town abroad; after a verb of reaching someone, « chez » or with a
// possessive, it stays a person.
func TestTownInACountryIsNoSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le comité de jumelage avec Cracovie en Pologne organise un cours de polonais pour débutants.", OK, 0, ""},
		{"Échange de chorales avec Timișoara en Roumanie : concert commun le 12 octobre à la cathédrale.", OK, 0, ""},

		{"Relancer Zbrzeżniak en Pologne pour son dossier.", Blocked, Sensitive, "origin"},
		{"Relancer Zbrzeżniak en Pologne.", Blocked, 0, "name"},
		{"Visite chez Oumarou au Niger.", Blocked, 0, "name"},
		{"Échange avec Zbrzeżniak en Pologne sur sa demande d'asile.", Blocked, Sensitive, "origin"},
	})
}
