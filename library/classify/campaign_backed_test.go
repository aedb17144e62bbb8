package classify

import "testing"

// One person's backing of a party's campaign is their political
// opinion, in French (the campaign before the party) and in English
// (the party before its campaign); the campaign itself, or a party's
// support of the association, stays public.
func TestCampaignBackedByOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Merci à mon oncle pour son soutien à la campagne de Zemmour", Blocked, Sensitive, "politics"},
		{"Thanks to my uncle for his support to the Reform UK campaign", Blocked, Sensitive, "politics"},
		{"Thanks to my uncle for his support to the Labour campaign", Blocked, Sensitive, "politics"},

		{"The Labour campaign launched its manifesto today.", OK, 0, ""},
		{"Thanks to Labour for their support to our food bank", OK, 0, ""},
	})
}
