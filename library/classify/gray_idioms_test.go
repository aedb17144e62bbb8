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

// Reserves counted in months of costs are the association's health, a
// doubt until a published account says it; an application turned down
// and reused elsewhere is its strategy.
func TestReservesAndReusedBid(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nos réserves couvrent à peine deux mois de salaires", Doubt, Personal, "internal"},
		{"Our reserves only cover two months of salaries", Doubt, Personal, "internal"},
		{"We reused the bid the Lottery turned down and sent it to another trust", Blocked, Sensitive, "grant"},
	})
	allPass(t, "Rapport financier 2024 publié : fonds propres équivalents à quatre mois de fonctionnement")
}
