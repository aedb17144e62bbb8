package classify

import "testing"

// The persons a cited law speaks of are whoever; a person pinned down
// beside the citation stays described.
func TestPersonsOfACitedLawAreWhoever(t *testing.T) {
	allPass(t,
		"Article 16 du Code civil : la loi assure la primauté de la personne.",
		"Le Code du travail prévoit que l'apprenti a droit à cinq semaines de congés.",
		"Under the Housing Act 1988, the tenant must be given two months' notice.",
	)
	runRuleCases(t, []ruleCase{
		{"D'après le Code civil, la locataire du 5e gauche doit payer la réparation.", Blocked, Personal, "indirect"},
		{"Selon le Code civil, Mme Perrin doit payer la réparation.", Blocked, Personal, "name"},
	})
}
