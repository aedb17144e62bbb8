package classify

import "testing"

// The subject of a police act may be a person noun with its complement
// (« la dame au chien », « notre voisine du 2e ») or « nous », "we";
// not the generic reader of a rights leaflet (« si on se fait
// contrôler »), nor a thing of a person (« le vélo de la dame »).
func TestPolicePathSubjectWithComplement(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La dame au chien a été arrêtée hier soir.", Blocked, Sensitive, "criminal"},
		{"We got arrested at the demo on Saturday, Kev and me.", Blocked, Sensitive, "criminal"},
		{"Si on se fait contrôler, on doit présenter ses papiers.", OK, 0, ""},
	})
}
