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

// An elected person named by his post, the association's condition and
// a favour to it (political_deal.go politicalBargain) is a bargain too; a
// mayor's promise to come, or a condition that gives nothing, is not.
func TestElectedFavourTraded(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le député nous garantit l'agrément si on retire la banderole du stade.", Blocked, Sensitive, "negotiation"},
		{"Au téléphone, l'adjoint : si on ne manifeste pas samedi, on récupère le gymnase le mardi.", Blocked, Sensitive, "negotiation"},
		{"The mayor will sort out our lease if we stay quiet at the council meeting.", Blocked, Sensitive, "negotiation"},
		{"Pour sa campagne on fournit les tables, et il débloque notre subvention.", Blocked, Sensitive, "negotiation"},
	})
	for _, s := range []string{
		"Le maire a promis de venir si nous l'invitons.",
		"Si on invite le maire, il promet de venir à l'inauguration.",
		"Le député a promis une réponse si nous envoyons le dossier avant lundi.",
		"The councillor will open the fair if we finish the stalls on time.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
