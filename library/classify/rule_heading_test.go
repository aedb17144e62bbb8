package classify

import "testing"

// A rule set for anyone speaks of anyone: an indefinite person under a
// rule's heading, an office of the courts stating what it may do. A
// person pointed at under the same heading stays someone.
func TestRulesForAnyone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Volunteer rule: never stay alone with a child, always two adults in the room.", OK, 0, ""},
		{"rappel general : un enfant qui a de la fievre reste a la maison, c'est la regle de l'ecole", OK, 0, ""},
		{"le JAP peut accorder une libération conditionnelle à mi-peine sous conditions", OK, 0, ""},

		{"Rappel : l'enfant de la voisine qui a de la fièvre reste à la maison.", Blocked, Personal, "indirect"},
		{"Règle : la dame qui vient le lundi ne doit plus entrer.", Blocked, Personal, "indirect"},
		{"le JAP peut lui accorder une libération conditionnelle", Blocked, Sensitive, "criminal"},
		{"le JAP a accordé une libération conditionnelle à Karim", Blocked, Sensitive, "criminal"},
	})
}
