package classify

import "testing"

// A heading that announces information (« Info générale : », « Bon à
// savoir : ») opens the sentence as information does; after it, a person
// or a fact of one stays blocked.
func TestInformationHeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Info générale : la RQTH (reconnaissance de la qualité de travailleur handicapé) se demande auprès de la MDPH.", OK, 0, ""},
		{"Info générale : les personnes séropositives peuvent adopter.", OK, 0, ""},
		{"Good to know: HIV treatment is free at the clinic.", OK, 0, ""},
		{"Rappel : la bénévole du jeudi est enceinte.", Blocked, Sensitive, "health"},
		{"Rappel : diabétique, ne pas lui donner de sucre.", Blocked, Sensitive, "health"},
		{"Info : il est séropositif.", Blocked, Sensitive, "health"},
		{"Rappel : ma sœur est sous chimio.", Blocked, Sensitive, "health"},
		{"Note : la diabétique du lundi ne vient plus.", Blocked, Sensitive, "health"},
	})
}
