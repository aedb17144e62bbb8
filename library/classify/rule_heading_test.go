package classify

import "testing"

// A rule set for anyone speaks of anyone: an indefinite person under a
// rule's heading, an office of the courts stating what it may do. A
// person pointed at under the same heading stays someone.
func TestRulesForAnyone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Volunteer rule: never stay alone with a child, always two adults in the room.", OK, 0, ""},
		{"le JAP peut accorder une libération conditionnelle à mi-peine sous conditions", OK, 0, ""},

		{"Rappel : l'enfant de la voisine qui a de la fièvre reste à la maison.", Blocked, Personal, "indirect"},
		{"Règle : la dame qui vient le lundi ne doit plus entrer.", Blocked, Personal, "indirect"},
		{"le JAP peut lui accorder une libération conditionnelle", Blocked, Sensitive, "criminal"},
		{"le JAP a accordé une libération conditionnelle à Karim", Blocked, Sensitive, "criminal"},
		{"le JAP peut accorder une libération conditionnelle à mon ex", Blocked, Sensitive, "criminal"},
		{"le juge peut accorder une libération conditionnelle à mon ex", Blocked, Sensitive, "criminal"},
		{"Rappel : une enfant de 6 ans de l'accueil du mercredi a été signalée au juge pour maltraitance", Doubt, 0, "indirect"},
		{"Les aumôneries catholique, protestante et musulmane, dont la mienne", Blocked, Sensitive, "religion"},
		{"notre studio, 3 rue de la Paix, 56100 Lorient, porte gauche au fond de la cour", Blocked, Personal, "postal-address"},
	})
}
