package classify

import "testing"

// Tension in the board said in idioms (« de l'eau dans le gaz », « des
// frictions », "bad blood") is internal news: a doubt, as « ambiance
// tendue » is; a workshop on frictions in general tells none.
func TestTensionToldInIdioms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il y a eu de l'eau dans le gaz à la dernière réunion du bureau", Doubt, Personal, "internal"},
		{"Des frictions entre l'équipe du mardi et celle du samedi", Doubt, Personal, "internal"},
		{"There's bad blood between the two coordinators", Doubt, Personal, "internal"},
	})
	allPass(t, "Atelier : comment gérer les frictions dans une équipe de bénévoles ?")
}
