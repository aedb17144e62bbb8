package classify

import "testing"

// A party leader named acting in public is a politician, not someone's
// opinion; voting for or backing the leader stays a political opinion.
func TestAPoliticianNamedIsNoOnesOpinion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// the name alone is left to the name rules and the learned release
		{"Jean-Luc Mélenchon tiendra un meeting à Marseille dimanche.", Blocked, Personal, "name"},
		{"Emmanuel Macron a présenté ses vœux aux Français le 31 décembre.", Blocked, Personal, "name"},
		{"Karim vote Macron depuis 2017.", Blocked, Sensitive, "politics"},
		{"Karim est fan de Jean-Luc Mélenchon.", Blocked, Sensitive, "politics"},
		{"Mon voisin Paul vote Emmanuel Macron.", Blocked, Sensitive, "politics"},
		{"Sophie soutient Marine Le Pen.", Blocked, Sensitive, "politics"},
		// a name is no fact about its bearer: « Christian » is no faith, « Roussel » no party
		{"Christian Dupont tient la buvette samedi.", Blocked, Personal, "name"},
		{"Tél. de Mme Roussel : 02 40 55 18 62", Blocked, Personal, ""},
		{"Christian est catholique.", Blocked, Sensitive, "religion"},
	})
}
