package classify

import "testing"

// A home pointed at by a possessive (« son adresse », « mon adresse »,
// "her flat") or by « chez » and a pronoun, then placed against a
// landmark or a named street, is an address told in words
// (home_pointed.go). A venue's or a body's own address, and a home in a
// story, keep their verdict.
func TestHomePointedByPossessive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son adresse : juste derrière le lavoir, la porte bleue, à Plestin.", Blocked, Personal, "postal-address"},
		{"Chez lui, c'est la petite maison à l'angle de la rue Neuve et de la rue du Port.", Blocked, Personal, "postal-address"},
		{"Pour le colis de Gaëlle, chez elle c'est en face de la boulangerie, premier étage.", Blocked, Personal, "postal-address"},
		{"Mon adresse, c'est au bout du chemin après le moulin, à Kerlouan.", Blocked, Personal, "postal-address"},
		{"Her flat is above the bakery on Mill Street, the blue door.", Blocked, Personal, "postal-address"},
		{"La ludothèque ouvre le mercredi, son adresse : derrière la mairie, entrée par la cour.", OK, 0, ""},
		{"Le musée et sa maison natale, en face de l'église, ouvrent en juillet.", OK, 0, ""},
		{"Notre local est à l'angle de la rue Neuve et de la rue du Port.", OK, 0, ""},
	})
}
