package classify

import "testing"

// The association's support for an elected person traded for a favour
// is a confidential negotiation; a candidate's public meeting, a call to
// vote and a weather condition beside a campaign are not.
func TestPoliticalSupportTradedForAFavour(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'adjointe nous garde le créneau du gymnase si on colle ses affiches en mars", Blocked, Sensitive, "negotiation"},
		{"Le député veut bien appuyer notre dossier si on appelle à voter pour lui", Blocked, Sensitive, "negotiation"},
		{"The mayor will renew our lease if we campaign for him in May", Blocked, Sensitive, "negotiation"},
		{"Si le temps le permet, la candidate présentera sa campagne électorale au marché", OK, 0, ""},
		{"Réunion publique : le candidat présentera sa liste aux municipales, entrée libre", OK, 0, ""},
		{"Si vous voulez soutenir sa liste, votez le 15 mars", OK, 0, ""},
	})
}
