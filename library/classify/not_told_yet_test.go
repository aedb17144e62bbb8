package classify

import "testing"

// A funder, the town hall or the staff not told yet of a matter of the
// association (« la mairie ne sait pas encore qu'on… », « on n'a pas
// encore dit aux salariés qu'on ferme… ») is a matter kept from the other
// side: confidential. A surprise kept from the children of a public party
// stays a doubt at most.
func TestAMatterNotToldYetToTheOtherSideIsConfidential(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La mairie ne sait pas encore qu'on va répondre avec l'asso concurrente.", Blocked, Sensitive, "confidential"},
		{"On n'a pas encore dit aux salariés qu'on ferme l'antenne de Bagnols en juin.", Blocked, Sensitive, "confidential"},
		{"Surprise : les enfants ne savent pas encore que le Père Noël passera au goûter !", Doubt, Personal, ""},
	})
}
