package classify

import "testing"

// The association's strategy told casually: an order to keep it quiet in
// the familiar form (« ne le dis pas », « on ne dit rien pour l'instant »),
// a decision not to declare a takings, a reserve price. Advice about the
// same words passes.
func TestStrategyToldCasuallyIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ne le dis pas encore aux salariés : le CA a décidé de fermer l'antenne de Saint-Nazaire fin juin.", Blocked, Sensitive, ""},
		{"Le trésorier paie ses courses avec la carte de l'asso depuis des mois ; on ne dit rien pour l'instant.", Blocked, Sensitive, ""},
		{"Le bureau a décidé de ne pas déclarer la recette de la brocante, 2 300 € en espèces.", Blocked, Sensitive, ""},
		{"Keep it quiet: the board will merge with the Hull youth club in spring.", Blocked, Sensitive, ""},
		{"Formation : pourquoi une association doit déclarer toutes ses recettes, même en espèces.", OK, 0, ""},
	})
}
