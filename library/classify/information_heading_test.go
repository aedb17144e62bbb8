package classify

import "testing"

// A heading that says its information is general (« Info générale : »,
// « Bon à savoir : ») opens the sentence as information does; « Rappel : »
// or « Info : » head a note about its person as often, and a state told
// after any heading (« est positive ») is one case's.
func TestInformationHeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Info générale : la RQTH (reconnaissance de la qualité de travailleur handicapé) se demande auprès de la MDPH.", OK, 0, ""},
		{"Info générale : les personnes séropositives peuvent adopter.", OK, 0, ""},
		{"Good to know: HIV treatment is free at the clinic.", OK, 0, ""},
		{"Rappel : la bénévole du jeudi est enceinte.", Blocked, Sensitive, "health"},
		{"Rappel : diabétique, ne pas lui donner de sucre.", Blocked, Sensitive, "health"},
		{"Info : il est séropositif.", Blocked, Sensitive, "health"},
		{"Rappel : ma sœur est sous chimio.", Blocked, Sensitive, "health"},
		{"Rappel : la sérologie VIH est positive.", Blocked, Sensitive, "health"},
		{"Info : le test VIH est positif.", Blocked, Sensitive, "health"},
		{"Reminder: the suicide attempt is recent, stay alert.", Blocked, Sensitive, "health"},
		{"Rappel : en cas de crise d'épilepsie, la mettre en PLS.", Blocked, Sensitive, "health"},
		{"Info générale : la mesure de tutelle est renouvelée.", Blocked, Sensitive, "health"},
		{"Pratique : la sérologie VIH est positive.", Blocked, Sensitive, "health"},
		{"Savoir : le diagnostic d'autisme est confirmé.", Blocked, Sensitive, "health"},
	})
}
