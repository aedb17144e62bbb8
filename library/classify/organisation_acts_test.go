package classify

import "testing"

// A party or a union acting in public, or holding its public event, is
// the organisation; someone named, pointed at or ours beside it keeps the
// membership blocked.
func TestPartyOrUnionActingInPublicIsTheOrganisation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Réunion publique du Parti socialiste de la section locale, salle des fêtes, vendredi 20h.", OK, 0, ""},
		{"Reconquête tient une réunion publique au palais des congrès le 3 avril.", OK, 0, ""},
		{"Le Rassemblement national tient une réunion publique jeudi.", OK, 0, ""},

		{"Le syndicat appelle Paul à témoigner.", Blocked, Sensitive, "union"},
		{"Réunion publique du PS : notre trésorier y sera.", Blocked, Sensitive, "politics"},
		{"Reconquête tient une réunion chez mon voisin.", Blocked, Sensitive, "politics"},
		{"Meeting du RN : Marc y va avec sa femme.", Blocked, Sensitive, "politics"},
		{"Le militant de Reconquête tient le stand du marché.", Blocked, Sensitive, "politics"},
	})
}
