package classify

import "testing"

// A name beside a role or a person of the association's own (« X,
// présidente de notre amicale », « X, notre trésorier », "our canteen
// manager, X") is one of its people, however public the words around
// sound: a book signing, a solo, a re-election at the general meeting.
// It is neither a public figure (names.go isPublicFigure) nor a name the
// learned release may let through (learned_release.go). A guest or a
// sponsor of ours stays a public figure who came.
func TestOneOfOursIsNoPublicFigure(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dédicace du recueil de Martine Jacq, présidente de notre amicale, à la librairie samedi.", Blocked, Personal, "name"},
		{"Le concert a été marqué par le solo de Jeanne Le Floch, soprano de notre chorale.", Blocked, Personal, "name"},
		{"Zinédine Zidane, notre secrétaire, a été réélu à l'unanimité lors de l'assemblée générale de mardi.", Blocked, Personal, "name"},
		{"Zinédine Zidane, notre président, a été réélu lors de l'assemblée générale de samedi.", Blocked, Personal, "name"},
		{"Le recueil de poèmes de Fabienne Gauthier, secrétaire de notre comité des fêtes, est en vente à la librairie.", Blocked, Personal, "name"},
		{"Book launch for Alan Pryor, chair of our bowls club, at the town library on Friday.", Blocked, Personal, "name"},
		{"Signing session with Tom Baxter, a former prisoner helped by our housing project, at the town library on Saturday.", Blocked, 0, ""},
		{"The cookbook by our canteen manager, Rita Oduya, is out next month.", Blocked, Personal, "name"},

		{"Dédicace du livre de Delphine de Vigan, invitée de notre salon du livre, samedi à 15 h.", OK, 0, ""},
		{"Notre marraine, la comédienne Line Renaud, sera présente au gala.", OK, 0, ""},
		{"Sadiq Khan, Mayor of London, will open our summer fête in the park.", OK, 0, ""},
		{"Le député de la circonscription, Christophe Lambertini, tiendra sa permanence dans nos locaux lundi.", OK, 0, ""},
	})
}
