package classify

import "testing"

// Faiths named side by side in the plural are communities; one plural
// alone, a pronoun, a possessive or a person's noun keep the precaution.
func TestCommunitiesNamedSideBySide(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rencontre interreligieuse à la médiathèque : juifs, chrétiens et musulmans dialoguent.", OK, 0, ""},
		{"Juifs et musulmans dialoguent à la médiathèque.", OK, 0, ""},
		{"Catholics and Protestants pray together at the Unity service.", OK, 0, ""},
		{"Sont musulmans.", Blocked, Sensitive, "religion"},
		{"Nos voisins juifs et musulmans viennent au repas.", Blocked, Sensitive, "religion"},
		{"Ils sont juifs et pratiquants.", Blocked, Sensitive, "religion"},
		{"Couple mixte : lui juif, elle musulmane.", Blocked, Sensitive, "religion"},
		{"Nos deux colocataires, musulmans et juifs, s'entendent bien.", Blocked, Sensitive, "religion"},
		{"Dans la chambre 4, séropositifs et diabétiques, à isoler.", Blocked, Sensitive, "health"},
	})
}

// A public that opens the sentence, with a special-category fact said of
// it by « sont », "are", is a statistic to check, not whom an activity
// is for.
func TestFactSaidOfAPublicIsAStatistic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les parents sont musulmans.", Doubt, Personal, "aggregate"},
		{"Les bénévoles sont tous catholiques.", Doubt, Personal, "aggregate"},
		{"Nos adhérents sont plutôt de gauche.", Doubt, Personal, "aggregate"},
		{"Our volunteers are mostly Catholic.", Doubt, Personal, "aggregate"},
		{"Les bénévoles du club sont tous musulmans.", Doubt, Personal, "aggregate"},
		{"Nos bénévoles sont très catholiques.", Doubt, Personal, "aggregate"},
		{"Les parents sont devenus musulmans.", Doubt, Personal, "aggregate"},
		{"Atelier pour parents musulmans.", OK, 0, ""},
		{"Groupe de parole pour les personnes touchées par un cancer.", OK, 0, ""},
		{"Les bénévoles ont passé une journée à l'hôpital pour décorer le service pédiatrie.", OK, 0, ""},
	})
}
