package classify

import "testing"

// A member who bears a famous name, said so by a namesake's mark or a
// public title negated, is a person; the public figure in their public
// role stays public.
func TestNamesakeOfAFamousPersonIsAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre adhérent Michel Platini (pas le footballeur) a réglé sa cotisation en liquide.", Blocked, Personal, "name"},
		{"Zinedine Zidane, homonyme du champion, est inscrit au stage d'arbitrage.", Blocked, Personal, "name"},
		{"Céline Dion (aucun lien avec la chanteuse) tient la buvette le dimanche.", Blocked, Personal, "name"},
		{"Le footballeur Michel Platini a présidé l'UEFA de 2007 à 2015.", OK, 0, ""},
		{"La chanteuse Céline Dion a annoncé une tournée mondiale.", OK, 0, ""},
	})
}
