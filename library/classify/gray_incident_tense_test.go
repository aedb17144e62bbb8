package classify

import "testing"

// Damage or a reprimand told in the past tense happened: an incident of
// the association, doubt, without a word of past time.
func TestAnIncidentToldInThePastTenseIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Des graffitis ont été faits sur la porte du local.", Doubt, 0, "vague"},
		{"Le cadenas du garage à vélos a été forcé.", Doubt, 0, "vague"},
		{"Deux ados de l'atelier ont été recadrés par l'animateur.", Doubt, 0, ""},
		{"Les jardinières de l'entrée ont été cassées pendant le week-end.", Doubt, 0, "vague"},
		{"The minibus got damaged in the car park.", Doubt, 0, "vague"},
		{"Our polytunnel was vandalised again.", Doubt, 0, "vague"},
		{"Some of the tools were stolen from the community shed.", Doubt, 0, "vague"},
	})
}

// The same words without the past tense — a notice, advice, a workshop,
// the summer (« cet été ») — pass.
func TestIncidentWordsWithoutThePastTensePass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les vélos volés sont rendus à leurs propriétaires lors de la bourse du 12 mai.", OK, 0, ""},
		{"Atelier graffiti cet été pour les ados du quartier.", OK, 0, ""},
		{"Stolen bikes can be reported on the police website.", OK, 0, ""},
		{"Street art workshop: learn graffiti lettering with a local artist, Saturday 2 pm.", OK, 0, ""},
		{"Réparation des objets cassés au repair café, chaque premier samedi du mois.", OK, 0, ""},
	})
}
