package classify

import "testing"

// A word of invention beside a person or a case (« adhérente fictive »,
// « situation imaginaire », "a fictional tenant") says the case is
// invented, and the sentences after it go on with the same case; a real
// case, contact details or a fake job (« emploi fictif ») do not.
func TestInventedPersonBesideItsNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Cas pratique pour la formation : Mme X, locataire fictive, ne paie plus son loyer depuis trois mois. Son fils Marc refuse de l'aider. Que proposer ?", OK, 0, ""},
		{"Cas pratique pour la formation : Mme Odile Brun, locataire fictive, ne paie plus son loyer depuis trois mois. Son fils Marc refuse de l'aider. Que proposer ?", Doubt, 0, "name"}, // a name: the volunteer checks it is made up (invented_case_test.go)
		{"Jeu de rôle (situation imaginaire) : Yanis, 16 ans, a été exclu du collège. Sa mère Samia appelle l'association.", OK, 0, ""},
		// A full name in a later sentence may be the real person behind the
		// case (« Il s'agit en fait de M. Paul Girard »): it ends the case.
		{"Training exercise: 'Dave', a fictional volunteer, keeps forgetting to log his hours. His coordinator, Sue Baker, must talk to him.", Blocked, 0, ""},
		{"Mise en situation : Mme Dupont, adhérente fictive, se plaint du bruit.", OK, 0, ""},
		{"Mise en situation : Mme Lopez, adhérente fictive, se plaint du bruit.", Doubt, 0, "name"},
		{"Cas pratique inspiré d'une vraie situation : Mme Odile Brun ne paie plus son loyer. Son fils Marc Brun refuse de l'aider.", Blocked, 0, ""},
		{"Cas fictif : Mme Brun, 80 ans. En vrai, c'est Mme Colette Roux, qui est diabétique.", Blocked, Sensitive, ""},
		{"Paul Martin, accusé d'emploi fictif, a été condamné.", Blocked, Sensitive, ""},
		{"Exercice fictif : Mme Brun est diabétique. Appeler Mme Colette Roux au 06 12 34 56 78.", Blocked, 0, ""},
		{"Le bénévole a inventé une excuse : Paul Martin serait malade.", Blocked, Sensitive, ""},
	})
}

func TestAfterAnInventedCaseSomeoneElse(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Cas fictif : Mme Brun, 80 ans, vit seule. Sinon, Paul Girard est diabétique, il ne viendra pas.", Blocked, Sensitive, ""},
		{"Ce soir, projection de « La Haine ». Paul Martin et Léa Roux prennent leur insuline avant la séance.", Blocked, Sensitive, ""},
	})
}
