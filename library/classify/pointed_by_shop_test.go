package classify

import "testing"

// Whoever keeps a shop of a named street or village is one person: « elle
// tient la mercerie de la Grand-Rue » points at her as a name would
// (quasi_terms.txt, the shops kept). The shop itself, a volunteer's task
// (« tient la buvette ») and a beard in a public workshop point at no one.
func TestOnePersonPointedAtByTheShopSheKeeps(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Demande à son frère, il tient le garage de la route de Vichy", Blocked, Personal, "indirect"},
		{"Sa belle-sœur tient la pharmacie de Saint-Amand, elle pourra te dire", Blocked, Personal, "indirect"},
		{"Ask her husband, he runs the corner shop in Little Haddon", Blocked, Personal, "indirect"},
		{"La pharmacie de Saint-Amand offre les trousses de secours du tournoi", OK, 0, ""},
		{"Qui tient la buvette samedi au stade Jean-Moulin ?", OK, 0, ""},
		{"Atelier barbier : tailler sa barbe et sa moustache, samedi à la MJC de Vierzon", OK, 0, ""},
	})
}
