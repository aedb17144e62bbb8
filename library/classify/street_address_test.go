package classify

import "testing"

// Where a person lives is their postal address even when the number is
// spelled out or missing: a residence verb, a named street, a person.
// A street named for a meeting place, or with nobody living there, is no
// one's address.
func TestStreetWhereAPersonLives(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il habite au numéro sept de la rue des Lilas, à Quimperlé.", Blocked, Personal, "postal-address"},
		{"Elle vit rue des Tanneurs, la maison rose au bout.", Blocked, Personal, "postal-address"},
		{"She lives at number twelve, Mill Lane, behind the bakery.", Blocked, Personal, "postal-address"},
		{"Notre bénévole loge chez sa sœur, impasse des Cerisiers.", Blocked, Personal, "postal-address"},
		{"Rendez-vous rue des Lilas devant la mairie à 10 h.", OK, 0, ""},
		{"La fête des voisins aura lieu rue des Tanneurs, ouverte à tous.", OK, 0, ""},
	})
}
