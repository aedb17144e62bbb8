package classify

import "testing"

// A matter dated a generation ago is history: its gray cues pass.
func TestOldNewsPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le krach de 1929 provoqua la faillite de milliers de petites banques.", OK, 0, ""},
		{"In 1929 many small banks could not pay back their customers and had to close.", OK, 0, ""},
	})
}

// A date that reaches the present or a matter of ours keeps the doubt; a
// person of ours with a private fact stays blocked.
func TestOldDateBesideOurNewsStaysGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"En 1990, la mairie nous a retiré le local et on a failli fermer.", Doubt, 0, "partner"},
		{"Depuis 1990, la fréquentation du club baisse un peu plus chaque année.", Doubt, 0, "aggregate"},
		{"En 1985, Jean Dupuis, notre trésorier, a été condamné pour vol.", Blocked, 0, ""},
	})
}
