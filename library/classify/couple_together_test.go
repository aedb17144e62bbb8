package classify

import "testing"

// Two people said to be together (« les deux animateurs sont ensemble,
// ça jase », « Julie et Karim sont ensemble depuis le camp », "the two
// volunteers are together now") tell a relationship: category 4. With a
// place or a task after « ensemble » they are two people side by side,
// and two teams or two associations are no couple.
func TestTwoPeopleSaidToBeTogether(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les deux animateurs du centre aéré sont ensemble, ça jase chez les parents.", Blocked, Sensitive, "sexuality"},
		{"Julie et Karim sont ensemble depuis le camp.", Blocked, Sensitive, "sexuality"},
		{"The two volunteers are together now, so keep them on different shifts.", Blocked, Sensitive, "sexuality"},
		{"Lucas et Inès sont ensemble, ne les mettez pas dans la même équipe.", Blocked, Sensitive, "sexuality"},
		{"Les deux stagiaires sont ensemble maintenant, ça pose problème au bureau.", Blocked, Sensitive, "sexuality"},
		{"Les deux animateurs sont ensemble au stand crêpes samedi.", OK, Public, ""},
		{"Les deux équipes sont ensemble depuis 2019 dans la même ligue.", OK, Public, ""},
		{"Nos deux associations sont ensemble depuis dix ans pour la fête de quartier.", OK, Public, ""},
		{"Both coaches were together for the whole tournament.", OK, Public, ""},
		{"Venez nombreux, on sera ensemble pour fêter les 20 ans du club !", OK, Public, ""},
		{"Julie et Karim sont ensemble à l'accueil le mardi.", Blocked, Personal, ""}, // personal before this rule, and still
	})
}
