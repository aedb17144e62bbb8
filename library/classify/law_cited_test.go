package classify

import "testing"

// The persons a cited law speaks of are whoever; a person pinned down
// beside the citation, one's own or an office of the association stays
// described.
func TestPersonsOfACitedLawAreWhoever(t *testing.T) {
	allPass(t,
		"Article 16 du Code civil : la loi assure la primauté de la personne.",
		"Article 371-1 du Code civil : l'autorité parentale appartient aux parents jusqu'à la majorité de l'enfant.",
		"Under the Housing Act 1988, the tenant must be given two months' notice.",
	)
	runRuleCases(t, []ruleCase{
		{"D'après le Code civil, la locataire du 5e gauche doit payer la réparation.", Blocked, Personal, "indirect"},
		{"Selon le Code civil, Mme Perrin doit payer la réparation.", Blocked, Personal, "name"},
		// a door's code is no legal code; one's own people and the association's offices keep their rules
		{"Code du portail : la trésorière part vivre à Rennes avec son nouveau compagnon.", Blocked, Personal, "indirect"},
		{"Selon le Code civil, notre trésorière, divorcée depuis mars, doit rendre la clé.", Blocked, Personal, "indirect"},
		{"Selon le Code civil, la présidente doit rendre la clé.", Doubt, Personal, "single-role"},
	})
}
